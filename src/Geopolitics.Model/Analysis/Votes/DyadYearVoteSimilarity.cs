using System.Globalization;

namespace Geopolitics.Model.Analysis.Votes;

/// <summary>The similarity of two states' votes over the roll calls of one calendar year on which both voted: one row of the dyad-year table.</summary>
/// <remarks>The pair is unordered and stored with <see cref="First"/> &lt; <see cref="Second"/>.</remarks>
public readonly record struct DyadYearVoteSimilarity
{
    /// <summary>Creates the row.</summary>
    /// <param name="first">The state with the lower number.</param>
    /// <param name="second">The state with the higher number.</param>
    /// <param name="year">The calendar year.</param>
    /// <param name="similarity">The similarity over that year's roll calls on which both voted.</param>
    /// <exception cref="ArgumentException"><paramref name="first"/> is not lower than <paramref name="second"/>.</exception>
    public DyadYearVoteSimilarity(int first, int second, int year, VoteSimilarity similarity)
    {
        if (first >= second)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A dyad is stored with the lower state first; got {first} and {second}."), nameof(second));
        }

        First = first;
        Second = second;
        Year = year;
        Similarity = similarity;
    }

    /// <summary>The state with the lower number (<c>ccode1</c>).</summary>
    public int First { get; }

    /// <summary>The state with the higher number (<c>ccode2</c>).</summary>
    public int Second { get; }

    /// <summary>The calendar year.</summary>
    public int Year { get; }

    /// <summary>The similarity over that year's roll calls on which both voted.</summary>
    public VoteSimilarity Similarity { get; }

    /// <summary>Culture-invariant text such as <c>750–770 1975: n=…</c>.</summary>
    /// <returns>The row as text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{First}–{Second} {Year}: {Similarity}");
}
