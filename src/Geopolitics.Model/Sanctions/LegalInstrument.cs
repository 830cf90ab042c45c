using Geopolitics.Model.Time;

namespace Geopolitics.Model.Sanctions;

/// <summary>An instrument on which a sanctions regime rests: "UNSCR 1718 (2006)", "Executive Order 13722".</summary>
public sealed record LegalInstrument
{
    /// <summary>Creates a legal instrument.</summary>
    /// <param name="name">Its name or citation; not blank.</param>
    /// <param name="adopted">When it was adopted, or <see langword="null"/> when not recorded.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, or <paramref name="adopted"/> is <c>default(PartialDate)</c>.</exception>
    public LegalInstrument(string name, PartialDate? adopted = null)
    {
        Name = ArgumentChecks.Text(name, nameof(name));
        Adopted = adopted is { } date ? ArgumentChecks.NotDefault(date, nameof(adopted)) : null;
    }

    /// <summary>Why the arguments cannot make a value, or <see langword="null"/> when they can.</summary>
    internal static ArgumentProblem? Problem(string name) => ArgumentProblem.Blank(name, nameof(name));

    /// <summary>Its name or citation, trimmed.</summary>
    public string Name { get; }

    /// <summary>When it was adopted, or <see langword="null"/>.</summary>
    public PartialDate? Adopted { get; }

    /// <summary>Culture-invariant text such as "UNSCR 1718 (2006), adopted 2006-10-14".</summary>
    /// <returns>The instrument as text.</returns>
    public override string ToString() => Adopted is { } date ? $"{Name}, adopted {date}" : Name;
}
