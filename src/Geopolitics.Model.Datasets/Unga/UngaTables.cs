using System.Globalization;
using Geopolitics.Model.Analysis.Votes;

namespace Geopolitics.Model.Datasets.Unga;

/// <summary>Writes the vote-similarity dyad-year table as the field publishes it.</summary>
public static class UngaTables
{
    /// <summary>The header of the dyad-year table.</summary>
    public const string SimilarityHeader = "ccode1,ccode2,year,n,agree,s,kappa,pi";

    /// <summary>
    /// Writes the rows as CSV with the header <see cref="SimilarityHeader"/>: COW codes with <c>ccode1 &lt; ccode2</c>,
    /// the year, the number of roll calls, and the measures to six decimals (culture-invariant), an undefined measure
    /// as an empty cell; lines end with <c>\n</c>.
    /// </summary>
    /// <param name="rows">The rows, in the order to write them (<see cref="VoteSimilarities.DyadYears"/> gives them sorted).</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteSimilarityCsv(IEnumerable<DyadYearVoteSimilarity> rows, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(SimilarityHeader);
        writer.Write('\n');
        Span<char> buffer = stackalloc char[128];
        foreach (var row in rows)
        {
            var s = row.Similarity;
            if (!buffer.TryWrite(CultureInfo.InvariantCulture, $"{row.First},{row.Second},{row.Year},{s.N},{s.Agree:F6},{s.S:F6},{s.Kappa:F6},{s.Pi:F6}\n", out var written))
            {
                throw new InvalidOperationException("A dyad-year row does not fit its buffer.");
            }

            writer.Write(buffer[..written]);
        }
    }
}
