using Geopolitics.Model.Analysis.Alignment;
using Geopolitics.Model.Analysis.Compliance;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Analysis.Ledger;
using Geopolitics.Model.Analysis.Partnership;
using Geopolitics.Model.Analysis.Status;
using Geopolitics.Model.Analysis.Timeline;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using NodaTime;
using static Geopolitics.Model.Tests.ArticleFacts;

namespace Geopolitics.Model.Tests;

/// <summary>
/// Every public constructor and method of the library refuses <see langword="null"/> for a parameter not annotated
/// nullable with an <see cref="ArgumentNullException"/> naming it (<see cref="NullArguments"/>), the other arguments
/// taken from the seed scenario, its analysers and their answers.
/// </summary>
public sealed class NullArgumentTests : IDisposable
{
    // Look-ups that answer with an error for any text, null included, as their TryX methods answer false.
    private static readonly string[] AnswerNullWithAnError = ["PartialDate.Parse(String)", "Gazetteer.Resolve(String)"];

    private readonly string _folder = Directory.CreateTempSubdirectory("geopolitics-null-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void PublicMembers_NullForANonNullableParameter_ThrowArgumentNullExceptionNamingIt()
    {
        var arguments = Arguments();

        var unguarded = arguments.Unguarded(typeof(Scenario).Assembly.GetExportedTypes())
            .Where(problem => !AnswerNullWithAnError.Any(member => problem.StartsWith(member, StringComparison.Ordinal)))
            .ToList();

        Assert.True(unguarded.Count == 0, $"{unguarded.Count} of {arguments.Checked}:\n{string.Join("\n", unguarded)}\nmissing: {string.Join(", ", arguments.Missing.OrderByDescending(m => m.Value).Select(m => $"{m.Key} {m.Value}"))}");
        Assert.True(arguments.Checked > 240, $"Only {arguments.Checked} members and parameters were checked.");
    }

    // The analyses refuse a minimum confidence that is not a level, or Denied, which admits nothing (issue 15, item 10),
    // and an alignment threshold outside [-1, 1]. (Confidence's own predicates, Admits and IsAdmittedBy, answer for any
    // value.)
    [Theory]
    [InlineData((Confidence)99)]
    [InlineData(Confidence.Denied)]
    public void PublicMembers_MinimumConfidenceNotAThreshold_Refused(Confidence minimum)
    {
        var arguments = Arguments();

        var unrefused = arguments.Unrefused(Analyses, parameter => parameter.ParameterType == typeof(Confidence) && parameter.Name == "minimum", minimum);

        Assert.True(unrefused.Count == 0, $"{unrefused.Count} of {arguments.Checked}:\n{string.Join("\n", unrefused)}");
        Assert.True(arguments.Checked >= 16, $"Only {arguments.Checked} members were checked.");
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(1.5)]
    [InlineData(-1.5)]
    public void PublicMembers_ThresholdOutsideTheScale_Refused(double threshold)
    {
        var arguments = Arguments();

        var unrefused = arguments.Unrefused(
            Analyses.Where(type => type.Namespace == typeof(AlignmentAnalysis).Namespace),
            parameter => parameter.ParameterType == typeof(double) && parameter.Name == "threshold",
            threshold);

        Assert.True(unrefused.Count == 0, $"{unrefused.Count} of {arguments.Checked}:\n{string.Join("\n", unrefused)}");
        Assert.True(arguments.Checked >= 3, $"Only {arguments.Checked} members were checked.");
    }

    private static IEnumerable<Type> Analyses =>
        typeof(Scenario).Assembly.GetExportedTypes().Where(type => type.Namespace!.StartsWith("Geopolitics.Model.Analysis", StringComparison.Ordinal));

    private NullArguments Arguments()
    {
        var seed = BuiltInScenarios.RussiaDprk2024;
        var day = new LocalDate(2024, 12, 4);
        var defence = new DefenceAnalysis(seed);
        var answer = defence.Defenders(Prk, day).AsT0;
        var partnership = new PartnershipAnalysis(seed);
        var alignment = new AlignmentAnalysis(seed);
        return new NullArguments(
            _folder,
            seed,
            new ScenarioBuilder("sample"),
            new StatusAnalysis(seed),
            new StatusAnalysis(seed).Evaluate(seed.Treaties[0].Id, day).AsT0,
            defence,
            answer,
            defence.SetAside(answer),
            defence.Network(day),
            new LedgerAnalysis(seed).Between(Rus, Prk, null, null).AsT0,
            partnership,
            partnership.Profile(Rus, Prk, day).AsT0,
            partnership.Timeline(Rus, Prk, new LocalDate(2023, 1, 1), day).AsT0,
            alignment,
            alignment.Blocs(day, Confidence.Alleged),
            alignment.Link(Rus, Prk, day).AsT0,
            alignment.CompareStances(Rus, Prk, day).AsT0,
            alignment.ComparePortfolios(Rus, Prk, day).AsT0,
            new ComplianceAnalysis(seed),
            new ComplianceAnalysis(seed).Check(),
            new TimelineAnalysis(seed),
            new TimelineAnalysis(seed).Query().AsT0,
            Model.Errors.ErrorPath.Root.Member("sample"),
            Model.Errors.ErrorLocation.AtPath(Model.Errors.ErrorPath.Root),
            Model.Actors.CountryCatalogue.Default,
            new Model.Serialization.ScenarioJsonOptions(),
            new Uri("file:///tmp/source"),
            new Generators.RandomScenario(1).Scenario(),
            new Generators.RandomScenario(2).Scenario(),
            new Generators.RandomScenario(3).Scenario());
    }
}
