using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;
using NodaTime;
using static Geopolitics.Model.Tests.Treaties.TreatyExamples;

namespace Geopolitics.Model.Tests.Treaties;

public class TerminationTests
{
    [Theory]
    [InlineData(TerminationKind.ByAgreement, 2024, 1, 15)]
    [InlineData(TerminationKind.Other, 2024, 1, 15)]
    [InlineData(TerminationKind.ByNotice, 2025, 1, 15)]
    public void TakesEffect_WithOneYearNotice_OnlyNoticeWaits(TerminationKind kind, int year, int month, int day)
    {
        var termination = new Termination(kind, Day(2024, 1, 15), null, Reported);

        Assert.Equal(DayRange.Exactly(On(year, month, day)), termination.TakesEffect(Period.FromYears(1)));
    }

    [Fact]
    public void TakesEffect_ExplicitEffectiveDate_UsesIt()
    {
        var termination = new Termination(TerminationKind.ByNotice, Day(2024, 1, 15), Day(2024, 7, 1), Reported);

        Assert.Equal(DayRange.Exactly(On(2024, 7, 1)), termination.TakesEffect(Period.FromYears(1)));
    }

    [Fact]
    public void Constructor_UndefinedKind_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Termination((TerminationKind)7, Day(2024, 1, 15), null, Reported));
    }
}
