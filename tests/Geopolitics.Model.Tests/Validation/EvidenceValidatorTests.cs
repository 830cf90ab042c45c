using FluentValidation.TestHelper;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Validation;

namespace Geopolitics.Model.Tests.Validation;

public class EvidenceValidatorTests
{
    private readonly EvidenceValidator _validator = new();

    [Fact]
    public void Validate_ConfirmedWithoutSource_ReportsGM0301()
    {
        var result = _validator.TestValidate(Evidence.Unsourced(Confidence.Confirmed));

        result.ShouldHaveValidationErrorFor("Sources").WithErrorCode(ErrorCodes.ConfirmedWithoutSource);
    }

    [Theory]
    [InlineData(Confidence.Reported)]
    [InlineData(Confidence.Potential)]
    public void Validate_UnconfirmedWithoutSource_IsValid(Confidence confidence) =>
        _validator.TestValidate(Evidence.Unsourced(confidence)).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_ConfirmedWithSource_IsValid() =>
        _validator.TestValidate(Evidence.Of(Confidence.Confirmed, new Source("White House", null, null, null, SourceKind.OfficialStatement)))
            .ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_SourceWithoutPublisherOrTitle_ReportsGM0302WithIndex()
    {
        var evidence = Evidence.Of(
            Confidence.Reported,
            new Source("Reuters", null, null, null, SourceKind.MediaReport),
            new Source(" ", null, null, null, SourceKind.MediaReport));

        var result = _validator.TestValidate(evidence);

        result.ShouldHaveValidationErrorFor("Sources[1]").WithErrorCode(ErrorCodes.SourceWithoutName);
    }
}
