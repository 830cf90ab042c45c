using Geopolitics.Model.Time;

namespace Geopolitics.Model.Treaties;

/// <summary>The day of entry into force is on record (from the depositary, a dataset or an official announcement), whatever the rule that produced it.</summary>
public sealed record RecordedRule : EntryIntoForceRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="date">The recorded day of entry into force.</param>
    public RecordedRule(PartialDate date) => Date = ArgumentChecks.NotDefault(date, nameof(date));

    /// <summary>The recorded day of entry into force.</summary>
    public PartialDate Date { get; }

    private protected override string Describe() => $"on {Date} (recorded)";
}
