using CsCheck;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Time;
using Geopolitics.Model.Transfers;
using NodaTime;

namespace Geopolitics.Model.Tests.Generators;

/// <summary>
/// CsCheck generators for the model's values and for whole valid scenarios. Values lean towards the edges of their
/// ranges (the first and last years, month ends, leap days, zero), where the laws are most likely to break.
/// </summary>
internal static class ModelGen
{
    /// <summary>The first day a <see cref="PartialDate"/> can cover.</summary>
    public static readonly LocalDate FirstDay = new(1, 1, 1);

    /// <summary>The last day a <see cref="PartialDate"/> can cover.</summary>
    public static readonly LocalDate LastDay = new(9999, 12, 31);

    private static readonly int DaysInRange = Period.DaysBetween(FirstDay, LastDay);

    /// <summary>
    /// One of <paramref name="values"/>, each as likely. CsCheck 5 calls it <c>Gen.OneOf</c> and 4.9 (the net8.0
    /// tests') <c>Gen.OneOfConst</c>: this works with both.
    /// </summary>
    public static Gen<T> OneOf<T>(params T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    /// <summary>A year from 1 to 9999, often one of the first or last or a modern one.</summary>
    public static Gen<int> Years { get; } = Gen.Frequency(
        (4, Gen.Int[1, 9999]),
        (3, Gen.Int[1900, 2100]),
        (1, Gen.Int[1, 3]),
        (1, Gen.Int[9997, 9999]));

    /// <summary>Any day from 0001-01-01 to 9999-12-31, often near a month end or an end of the range.</summary>
    public static Gen<LocalDate> Days { get; } = Gen.Frequency(
        (4, Gen.Int[0, DaysInRange].Select(offset => FirstDay.PlusDays(offset))),
        (3, Gen.Select(Years, Gen.Int[1, 12], Gen.Int[0, 3], (year, month, back) =>
            new LocalDate(year, month, CalendarSystem.Iso.GetDaysInMonth(year, month) - back))),
        (1, Gen.Int[0, 40].Select(offset => FirstDay.PlusDays(offset))),
        (1, Gen.Int[0, 40].Select(offset => LastDay.PlusDays(-offset))));

    /// <summary>
    /// Any day NodaTime can represent (<see cref="LocalDate.MinIsoValue"/> to <see cref="LocalDate.MaxIsoValue"/>), often
    /// one of its first or last days: the days a caller may ask about, beyond those a partial date covers.
    /// </summary>
    public static Gen<LocalDate> CalendarDays { get; } = Gen.Frequency(
        (4, Gen.Int[0, Period.DaysBetween(LocalDate.MinIsoValue, LocalDate.MaxIsoValue)].Select(offset => LocalDate.MinIsoValue.PlusDays(offset))),
        (2, Days),
        (1, Gen.Int[0, 40].Select(offset => LocalDate.MinIsoValue.PlusDays(offset))),
        (1, Gen.Int[0, 40].Select(offset => LocalDate.MaxIsoValue.PlusDays(-offset))));

    /// <summary>A confidence an analysis takes as its minimum: any but <see cref="Confidence.Denied"/>, which is no threshold.</summary>
    public static Gen<Confidence> MinimumConfidences { get; } = Gen.Enum<Confidence>().Where(confidence => confidence != Confidence.Denied);

    /// <summary>A day in the years the random scenarios' facts fall in (1940–2050), for analyses of those scenarios.</summary>
    public static Gen<LocalDate> ScenarioDays { get; } =
        Gen.Int[0, Period.DaysBetween(new LocalDate(1940, 1, 1), new LocalDate(2050, 12, 31))]
            .Select(offset => new LocalDate(1940, 1, 1).PlusDays(offset));

    /// <summary>A date known to the year, the month or the day, in equal shares.</summary>
    public static Gen<PartialDate> PartialDates { get; } = Gen.Frequency(
        (1, Years.Select(year => new PartialDate(year))),
        (1, Gen.Select(Years, Gen.Int[1, 12], (year, month) => new PartialDate(year, month))),
        (1, Days.Select(day => new PartialDate(day.Year, day.Month, day.Day))));

    /// <summary>True, false or unknown.</summary>
    public static Gen<Truth> Truths { get; } = OneOf(Truth.True, Truth.False, Truth.Unknown);

    /// <summary>A range of days, its latest day not before its earliest.</summary>
    public static Gen<DayRange> DayRanges { get; } = Gen.Select(Days, Days, (a, b) => new DayRange(LocalDate.Min(a, b), LocalDate.Max(a, b)));

    /// <summary>A period whose end, when it has one, is not before its start (as validation requires).</summary>
    public static Gen<DatePeriod> DatePeriods { get; } = Gen.Select(PartialDates, PartialDates, Gen.Bool, (a, b, open) =>
        open ? new DatePeriod(a) : new DatePeriod(a <= b ? a : b, a <= b ? b : a));

    /// <summary>A non-negative figure with up to three decimal places, often 0 or a round number.</summary>
    public static Gen<decimal> Figures { get; } = Gen.Frequency(
        (6, Gen.Select(Gen.Long[0, 10_000_000_000], Gen.Int[0, 3], (units, scale) => new decimal(units) / Scale(scale))),
        (1, OneOf(0m, 1m, 10m, 1000m, 10_000m)));

    /// <summary>An estimate of every qualifier, its bounds fitting the qualifier.</summary>
    public static Gen<Estimate> Estimates { get; } = Gen.Select(Gen.Enum<EstimateQualifier>(), Figures, Figures, (qualifier, a, b) =>
    {
        var low = Math.Min(a, b);
        var high = Math.Max(a, b);
        return qualifier switch
        {
            EstimateQualifier.Unknown => Estimate.Unknown,
            EstimateQualifier.Exact => Estimate.Exactly(low),
            EstimateQualifier.About => Estimate.About(low),
            EstimateQualifier.Over => Estimate.Over(low),
            EstimateQualifier.AtLeast => Estimate.AtLeast(low),
            EstimateQualifier.UpTo => Estimate.UpTo(high),
            EstimateQualifier.Under => Estimate.Under(high + 1),
            EstimateQualifier.Between => new Estimate(low, high, EstimateQualifier.Between),
            _ => Estimate.Several(low + 1),
        };
    });

    /// <summary>The seed of a <see cref="RandomScenario"/>; shrinking a seed only tries other scenarios.</summary>
    public static Gen<int> ScenarioSeed { get; } = Gen.Int[0, int.MaxValue - 1];

    /// <summary>A whole valid scenario (<see cref="RandomScenario"/>): every kind of fact, every union case over many draws.</summary>
    public static Gen<Scenario> Scenarios { get; } = ScenarioSeed.Select(seed => new RandomScenario(seed).Scenario());

    private static decimal Scale(int places) => places switch { 0 => 1m, 1 => 10m, 2 => 100m, _ => 1000m };
}
