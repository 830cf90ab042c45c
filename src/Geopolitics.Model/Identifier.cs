namespace Geopolitics.Model;

/// <summary>The shared syntax check of every identifier type.</summary>
internal static class Identifier
{
    /// <summary>The longest identifier accepted.</summary>
    public const int MaxLength = 64;

    /// <summary>
    /// Whether <paramref name="value"/> is 1–64 characters of ASCII letters, digits, <c>_ - . :</c>, starting with a
    /// letter or digit; upper-case only when <paramref name="upperCase"/> is set.
    /// </summary>
    public static bool IsValid(string? value, bool upperCase)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength || !char.IsAsciiLetterOrDigit(value[0]))
        {
            return false;
        }

        foreach (var c in value)
        {
            var allowed = char.IsAsciiDigit(c) || c is '_' or '-' or '.' or ':' ||
                          (upperCase ? char.IsAsciiLetterUpper(c) : char.IsAsciiLetter(c));
            if (!allowed)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns <paramref name="value"/> or throws when it is not a valid identifier.</summary>
    public static string Check(string value, bool upperCase, string kind, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (!IsValid(value, upperCase))
        {
            var rule = upperCase
                ? "1 to 64 upper-case ASCII letters, digits or '_', '-', '.', ':', starting with a letter or digit"
                : "1 to 64 ASCII letters, digits or '_', '-', '.', ':', starting with a letter or digit";
            throw new ArgumentException($"'{value}' is not a valid {kind} id: it must be {rule}.", paramName);
        }

        return value;
    }
}
