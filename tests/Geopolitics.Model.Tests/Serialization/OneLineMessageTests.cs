using Geopolitics.Model.Errors;
using Geopolitics.Model.Time;
using NodaTime;
using static Geopolitics.Model.Tests.Serialization.ScenarioJsonDocuments;

namespace Geopolitics.Model.Tests.Serialization;

/// <summary>
/// Error messages quote input on one line: a line break or another control in a value is escaped, so one error is one
/// line (issue 15, item 10).
/// </summary>
public class OneLineMessageTests
{
    [Theory]
    [InlineData("a\nb", "a\\nb")]
    [InlineData("a\r\nb", "a\\r\\nb")]
    [InlineData("tab\there", "tab\\there")]
    [InlineData("esc\u001B[31m", "esc\\u001B[31m")]
    [InlineData("nul\0", "nul\\u0000")]
    [InlineData("sep\u2028x", "sep\\u2028x")]
    [InlineData("non\uFFFEchar", "non\\uFFFEchar")]
    [InlineData("plain Ünïcode", "plain Ünïcode")]
    [InlineData("del\u007F", "del\\u007F")]
    [InlineData("c1\u0080\u009F", "c1\\u0080\\u009F")]
    [InlineData("edges ~\u00A0 ", "edges ~\u00A0 ")]
    [InlineData("para\u2029", "para\\u2029")]
    [InlineData("\uFFFF\uFFFD", "\\uFFFF\uFFFD")]
    [InlineData("\u001F first", "\\u001F first")]
    [InlineData("", "")]
    public void Escaped_ControlsAndLineBreaks_AreWrittenAsEscapes(string text, string expected) =>
        Assert.Equal(expected, InputText.Escaped(text));

    [Fact]
    public void Shortened_LongTextWithLineBreaks_IsCutEscapedAndGivesTheLength()
    {
        var shown = InputText.Shortened(string.Concat(Enumerable.Repeat("ab\n", 100)), 80);

        Assert.DoesNotContain('\n', shown);
        Assert.Equal(string.Concat(Enumerable.Repeat("ab\\n", 21)) + "a… (300 characters)", shown);
    }

    [Fact]
    public void Shortened_TextOfTheMaximumLength_IsOnlyEscaped()
    {
        var text = new string('x', 79) + "\n";

        Assert.Equal(new string('x', 79) + "\\n", InputText.Shortened(text, 80));
        Assert.Equal(new string('x', 64) + "… (81 characters)", InputText.Shortened(text + "y", 80));
    }

    [Theory]
    [InlineData("""{ "formatVersion": 1, "name": "x", "actors": [ { "id": "R\nUS", "kind": "state", "name": "R" } ] }""")]
    [InlineData("""{ "formatVersion": 1, "name": "x", "actors": [ { "id": "RUS", "kind": "sta\r\nte", "name": "R" } ] }""")]
    [InlineData("""{ "formatVersion": 1, "name": "x", "transfers": [ { "id": "t", "period": { "start": "2024\n-06" } } ] }""")]
    public void Parse_ValueWithALineBreak_IsQuotedEscaped(string json)
    {
        var errors = ErrorsOf(json);

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.DoesNotContain('\n', e.Message));
        Assert.All(errors, e => Assert.DoesNotContain('\r', e.Message));
        Assert.Contains(errors, e => e.Message.Contains("\\n", StringComparison.Ordinal));
    }
}

/// <summary><c>default(PartialDate)</c> prints, ranges and orders as the year 0, consistently, and no parser makes it (issue 15, item 10).</summary>
public class DefaultPartialDateTests
{
    [Fact]
    public void Default_PrintsAndRangesAsTheYearZero()
    {
        var zero = default(PartialDate);

        Assert.Equal("0000", zero.ToString());
        Assert.Equal(DatePrecision.Year, zero.Precision);
        Assert.Equal((0, (int?)null, (int?)null), (zero.Year, zero.Month, zero.Day));
        Assert.Equal(new LocalDate(0, 1, 1), zero.Start);
        Assert.Equal(new LocalDate(0, 12, 31), zero.End);
        Assert.Equal(new DayRange(zero.Start, zero.End), zero.Range);
        Assert.True(zero.Contains(new LocalDate(0, 6, 1)));
        Assert.False(zero.Contains(new LocalDate(1, 1, 1)));
    }

    [Fact]
    public void Default_OrdersBeforeEveryValidDateAndEqualsOnlyItself()
    {
        var zero = default(PartialDate);

        Assert.True(zero < new PartialDate(1));
        Assert.Equal(zero, default);
        Assert.NotEqual(new PartialDate(1), zero);
    }

    [Fact]
    public void Default_ItsTextIsNotADate() =>
        Assert.Equal(Geopolitics.Model.Errors.ErrorCodes.InvalidPartialDate, PartialDate.Parse(default(PartialDate).ToString()).AsT1.Code);
}
