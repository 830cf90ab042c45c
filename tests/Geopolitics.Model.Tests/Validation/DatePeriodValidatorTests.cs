using FluentValidation.TestHelper;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Time;
using Geopolitics.Model.Validation;
using static Geopolitics.Model.Tests.Time.PartialDateTests;

namespace Geopolitics.Model.Tests.Validation;

public class DatePeriodValidatorTests
{
    private readonly DatePeriodValidator _validator = new();

    [Theory]
    [InlineData("2024-06", "2024-05")]
    [InlineData("2024-06-19", "2024-06-18")]
    [InlineData("2024", "2023-12-31")]
    public void Validate_EndBeforeStart_ReportsGM0102(string start, string end)
    {
        var result = _validator.TestValidate(new DatePeriod(P(start), P(end)));

        result.ShouldHaveValidationErrorFor(p => p.End).WithErrorCode(ErrorCodes.PeriodEndsBeforeStart);
    }

    [Theory]
    [InlineData("2024-06", "2024")]
    [InlineData("2024-06-19", "2024-06-19")]
    [InlineData("2024-06", "2024-06-01")]
    [InlineData("2024", null)]
    public void Validate_EndOnOrAfterStart_IsValid(string start, string? end) =>
        _validator.TestValidate(new DatePeriod(P(start), end is null ? null : P(end))).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Check_PrefixesPath()
    {
        var errors = ModelValidation.Check(_validator, new DatePeriod(P("2024-06"), P("2024-05")), TestPaths.Graph("Transfers", 3, "Period"));

        var error = Assert.Single(errors);
        Assert.Equal("Transfers[3].Period.End", error.Location.Path?.ToString());
        Assert.Equal(ErrorCodes.PeriodEndsBeforeStart, error.Code);
        Assert.Contains("2024-05", error.Message, StringComparison.Ordinal);
    }
}
