using System.Globalization;
using Geopolitics.Model.Stances;

namespace Geopolitics.Model.Analysis.Votes;

/// <summary>
/// How alike two states' votes are over a common set of roll calls, by the field's four measures: the agreement share,
/// Signorino and Ritter's S, Cohen's κ and Scott's π (formulas and references in <c>docs/analyses/vote-similarity.md</c>).
/// </summary>
/// <remarks>
/// <para>
/// Votes are coded yes = 1, abstain = 2, no = 3 (<see cref="VoteChoice"/>). Over the <see cref="N"/> roll calls with a
/// vote from both, with <c>n_ij</c> the number on which the first voted <c>i</c> and the second <c>j</c>:
/// <see cref="Agree"/> = Σ n_ii / N; <see cref="S"/> = 1 − 2·Σ n_ij·|i − j| / (N·2) (absolute distances, unweighted,
/// maximum distance 2); <see cref="Kappa"/> = (p_o − p_e) / (1 − p_e) with p_e = Σ_k (r_k/N)(c_k/N) from each state's
/// own shares; <see cref="Pi"/> the same with p_e = Σ_k ((r_k + c_k)/2N)² from the pooled shares.
/// </para>
/// <para>
/// κ and π are <see langword="null"/> (undefined) where their expected agreement is 1 (both states cast the same vote on
/// every roll call); every measure is <see langword="null"/> when <see cref="N"/> is 0. The chance-corrected measures are
/// computed from the integer counts, so "expected agreement is 1" is decided exactly. <c>default</c> is the similarity
/// over no roll call.
/// </para>
/// </remarks>
public readonly record struct VoteSimilarity
{
    /// <summary>The largest distance between two votes (yes against no).</summary>
    public const int MaxDistance = 2;

    internal VoteSimilarity(int n, double? agree, double? s, double? kappa, double? pi)
    {
        N = n;
        Agree = agree;
        S = s;
        Kappa = kappa;
        Pi = pi;
    }

    /// <summary>The number of roll calls compared (those on which both voted).</summary>
    public int N { get; }

    /// <summary>The share of the roll calls on which the two cast the same vote, in [0, 1]; <see langword="null"/> when <see cref="N"/> is 0.</summary>
    public double? Agree { get; }

    /// <summary>Signorino–Ritter S, in [−1, 1]; <see langword="null"/> when <see cref="N"/> is 0.</summary>
    public double? S { get; }

    /// <summary>Cohen's κ, at most 1; <see langword="null"/> where the expected agreement is 1 or <see cref="N"/> is 0.</summary>
    public double? Kappa { get; }

    /// <summary>Scott's π, at most 1; <see langword="null"/> where the expected agreement is 1 or <see cref="N"/> is 0.</summary>
    public double? Pi { get; }

    /// <summary>The similarity of two states' votes on the same roll calls, given in the same order.</summary>
    /// <param name="first">The first state's votes.</param>
    /// <param name="second">The second state's votes, one per vote of the first, on the same roll calls.</param>
    /// <returns>The similarity over the roll calls.</returns>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A vote is not a defined <see cref="VoteChoice"/>.</exception>
    public static VoteSimilarity Of(ReadOnlySpan<VoteChoice> first, ReadOnlySpan<VoteChoice> second)
    {
        if (first.Length != second.Length)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The two states' votes must be on the same roll calls: got {first.Length} and {second.Length} votes."),
                nameof(second));
        }

        Span<int> counts = stackalloc int[9];
        for (var k = 0; k < first.Length; k++)
        {
            counts[(Index(first[k], nameof(first)) * 3) + Index(second[k], nameof(second))]++;
        }

        return FromCounts(counts);
    }

    /// <summary>The similarity from the 3×3 table of counts of the two states' votes.</summary>
    /// <param name="counts">
    /// Nine counts, row by row: <c>counts[3·(i − 1) + (j − 1)]</c> is the number of roll calls on which the first state
    /// voted <c>i</c> and the second <c>j</c> (1 = yes, 2 = abstain, 3 = no).
    /// </param>
    /// <returns>The similarity.</returns>
    /// <exception cref="ArgumentException"><paramref name="counts"/> does not have nine elements.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static VoteSimilarity FromCounts(ReadOnlySpan<int> counts)
    {
        if (counts.Length != 9)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A 3×3 table of vote counts has 9 cells; got {counts.Length}."), nameof(counts));
        }

        long n = 0, same = 0, distance = 0;
        Span<long> rows = stackalloc long[3];
        Span<long> columns = stackalloc long[3];
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                long count = counts[(i * 3) + j];
                ArgumentOutOfRangeException.ThrowIfNegative(count, nameof(counts));
                n += count;
                rows[i] += count;
                columns[j] += count;
                distance += count * Math.Abs(i - j);
                if (i == j)
                {
                    same += count;
                }
            }
        }

        if (n == 0)
        {
            return default;
        }

        // κ = (n·d − Σ r·c) / (n² − Σ r·c) and π = (4n·d − Σ (r + c)²) / (4n² − Σ (r + c)²): the expected agreement is 1
        // exactly when the denominator is 0, which integers decide without rounding.
        long byOwn = 0, pooled = 0;
        for (var k = 0; k < 3; k++)
        {
            byOwn += rows[k] * columns[k];
            pooled += (rows[k] + columns[k]) * (rows[k] + columns[k]);
        }

        var kappaDenominator = (n * n) - byOwn;
        var piDenominator = (4 * n * n) - pooled;
        return new VoteSimilarity(
            (int)n,
            (double)same / n,
            1.0 - (2.0 * distance / (n * MaxDistance)),
            kappaDenominator == 0 ? null : (double)((n * same) - byOwn) / kappaDenominator,
            piDenominator == 0 ? null : (double)((4 * n * same) - pooled) / piDenominator);
    }

    /// <summary>Culture-invariant text such as <c>n=120 agree=0.850000 s=0.900000 kappa=0.612000 pi=0.610000</c>; an undefined measure prints as <c>-</c>.</summary>
    /// <returns>The similarity as text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"n={N} agree={Text(Agree)} s={Text(S)} kappa={Text(Kappa)} pi={Text(Pi)}");

    private static string Text(double? value) => value is { } v ? v.ToString("0.000000", CultureInfo.InvariantCulture) : "-";

    private static int Index(VoteChoice vote, string paramName) =>
        vote is VoteChoice.Yes or VoteChoice.Abstain or VoteChoice.No
            ? (int)vote - 1
            : throw new ArgumentOutOfRangeException(paramName, vote, "A vote is yes (1), abstain (2) or no (3).");
}
