using System.Collections.Immutable;
using Geopolitics.Model.Time;

namespace Geopolitics.Model.Analysis.Status;

/// <summary>The three-valued answer to "is the status X" for each <see cref="TreatyStatus"/>, normalised so that a single possible status is true.</summary>
internal sealed class StatusTruths
{
    private static readonly TreatyStatus[] AllStatuses = Enum.GetValues<TreatyStatus>();
    private readonly Truth[] _truths = new Truth[AllStatuses.Length];

    public StatusTruths(IReadOnlyDictionary<TreatyStatus, Truth> truths)
        : this(AllStatuses.Select(status => truths.TryGetValue(status, out var truth) ? truth : Truth.False).ToArray())
    {
    }

    /// <summary>The truths by status (<c>(int)status</c>), before normalising.</summary>
    public StatusTruths(ReadOnlySpan<Truth> truths)
    {
        foreach (var status in AllStatuses)
        {
            _truths[(int)status] = Normalised(truths, status);
        }

        Possible = [.. AllStatuses.Where(status => _truths[(int)status].IsPossible)];
    }

    /// <summary>How many statuses there are: the length of the spans the constructor and <see cref="Normalised"/> read.</summary>
    public static int Count => AllStatuses.Length;

    public ImmutableArray<TreatyStatus> Possible { get; }

    /// <summary>
    /// The truth of <paramref name="status"/> as <see cref="Is"/> gives it, without making the instance: exactly one
    /// status holds on any day, so when only one remains possible it holds.
    /// </summary>
    public static Truth Normalised(ReadOnlySpan<Truth> truths, TreatyStatus status)
    {
        var possible = 0;
        foreach (var truth in truths)
        {
            possible += truth.IsPossible ? 1 : 0;
        }

        return possible == 1 && truths[(int)status].IsPossible ? Truth.True : truths[(int)status];
    }

    public Truth Is(TreatyStatus status) =>
        (int)status >= 0 && (int)status < _truths.Length ? _truths[(int)status] : throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown treaty status.");
}
