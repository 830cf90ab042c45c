namespace Geopolitics.Model;

/// <summary>
/// Why a value cannot be made from the arguments given: the parameter at fault and a sentence. A type whose values
/// depend on their data (a positive term, a non-blank name) says so once, in a static <c>Problem</c> method; its
/// constructor throws the problem (a programmer's error), and the readers of untrusted data (the scenario file)
/// report it at the member it came from, without an exception.
/// </summary>
/// <param name="Parameter">The constructor's parameter at fault, which names the member of the file too.</param>
/// <param name="Message">What is wrong, as a sentence.</param>
/// <param name="OutOfRange">Whether the value lies outside its range (thrown as <see cref="ArgumentOutOfRangeException"/>).</param>
internal readonly record struct ArgumentProblem(string Parameter, string Message, bool OutOfRange = false)
{
    /// <summary>The problem of a text that must not be blank, or <see langword="null"/>.</summary>
    public static ArgumentProblem? Blank(string? value, string parameter) =>
        string.IsNullOrWhiteSpace(value) ? new(parameter, "The text must not be empty or whitespace.") : null;

    /// <summary>Throws the problem, if there is one, as an <see cref="ArgumentException"/> naming the parameter.</summary>
    public static void ThrowIf(ArgumentProblem? problem)
    {
        if (problem is { } found)
        {
            throw found.OutOfRange
                ? new ArgumentOutOfRangeException(found.Parameter, found.Message)
                : new ArgumentException(found.Message, found.Parameter);
        }
    }
}
