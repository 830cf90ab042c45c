using System.Collections.Immutable;
using Geopolitics.Model.Time;

namespace Geopolitics.Model.Analysis.Status;

/// <summary>The three-valued answer to "is the status X" for each <see cref="TreatyStatus"/>, normalised so that a single possible status is true.</summary>
internal sealed class StatusTruths
{
    private static readonly TreatyStatus[] AllStatuses = Enum.GetValues<TreatyStatus>();
    private readonly Truth[] _truths = new Truth[AllStatuses.Length];

    public StatusTruths(IReadOnlyDictionary<TreatyStatus, Truth> truths)
    {
        foreach (var status in AllStatuses)
        {
            _truths[(int)status] = truths.TryGetValue(status, out var truth) ? truth : Truth.False;
        }

        Possible = [.. AllStatuses.Where(status => _truths[(int)status].IsPossible)];

        // Exactly one status holds on any day, so when only one remains possible it holds.
        if (Possible.Length == 1)
        {
            _truths[(int)Possible[0]] = Truth.True;
        }
    }

    public ImmutableArray<TreatyStatus> Possible { get; }

    public Truth Is(TreatyStatus status) =>
        (int)status >= 0 && (int)status < _truths.Length ? _truths[(int)status] : throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown treaty status.");
}
