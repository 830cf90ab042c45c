using Geopolitics.Model.Time;

namespace Geopolitics.Model.Treaties;

/// <summary>The treaty enters into force on a day fixed in its text.</summary>
public sealed record OnFixedDateRule : EntryIntoForceRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="date">The day fixed by the treaty.</param>
    public OnFixedDateRule(PartialDate date) => Date = ArgumentChecks.NotDefault(date, nameof(date));

    /// <summary>The day fixed by the treaty.</summary>
    public PartialDate Date { get; }

    private protected override string Describe() => $"on {Date} (fixed)";
}
