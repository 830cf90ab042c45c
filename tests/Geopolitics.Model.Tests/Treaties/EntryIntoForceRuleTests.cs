using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;
using static Geopolitics.Model.Tests.Treaties.TreatyExamples;

namespace Geopolitics.Model.Tests.Treaties;

public class EntryIntoForceRuleTests
{
    [Theory]
    [InlineData(0, 0, "count")]
    [InlineData(1, -1, "days")]
    public void AfterInstruments_OutOfRange_Throws(int count, int days, string parameter)
    {
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => new AfterInstrumentsRule(count, days)).ParamName);
    }

    public static TheoryData<EntryIntoForceRule, string> TextTable => new()
    {
        { new OnSignatureRule(), "on signature" },
        { new OnExchangeOfInstrumentsRule(Day(2024, 12, 4)), "on exchange of instruments (2024-12-04)" },
        { new OnExchangeOfInstrumentsRule(), "on exchange of instruments (date not recorded)" },
        { new AfterInstrumentsRule(2, 30), "30 days after instrument 2" },
        { new OnFixedDateRule(new PartialDate(2025, 1)), "on 2025-01 (fixed)" },
        { new RecordedRule(Day(1961, 9, 10)), "on 1961-09-10 (recorded)" },
    };

    [Theory]
    [MemberData(nameof(TextTable))]
    public void ToString_EachRule_Describes(EntryIntoForceRule rule, string expected)
    {
        Assert.Equal(expected, rule.ToString());
    }

    [Fact]
    public void Equals_ValueEquality()
    {
        Assert.Equal(new AfterInstrumentsRule(2, 30), new AfterInstrumentsRule(2, 30));
        Assert.NotEqual(new AfterInstrumentsRule(2, 30), new AfterInstrumentsRule(2, 31));
        Assert.NotEqual<EntryIntoForceRule>(new OnFixedDateRule(Day(2025, 1, 1)), new RecordedRule(Day(2025, 1, 1)));
    }

    public static TheoryData<EntryIntoForceRule, string> Cases => new()
    {
        { new OnSignatureRule(), "signature" },
        { new OnExchangeOfInstrumentsRule(), "exchange" },
        { new AfterInstrumentsRule(2, 30), "after 2" },
        { new OnFixedDateRule(Day(2025, 1, 1)), "fixed 2025-01-01" },
        { new RecordedRule(Day(2025, 1, 1)), "recorded 2025-01-01" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchAndSwitch_EachRule_CallItsOwnCase(EntryIntoForceRule rule, string expected)
    {
        string Describe(EntryIntoForceRule r) => r.Match(
            _ => "signature", _ => "exchange", after => $"after {after.Count}", fixedDate => $"fixed {fixedDate.Date}", recorded => $"recorded {recorded.Date}");
        var switched = string.Empty;
        rule.Switch(
            _ => switched = "signature", _ => switched = "exchange", after => switched = $"after {after.Count}",
            fixedDate => switched = $"fixed {fixedDate.Date}", recorded => switched = $"recorded {recorded.Date}");

        Assert.Equal(expected, Describe(rule));
        Assert.Equal(expected, switched);
    }
}
