using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Alignment;
using Geopolitics.Model.Analysis.Compliance;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Analysis.Ledger;
using Geopolitics.Model.Analysis.Partnership;
using Geopolitics.Model.Analysis.Status;
using Geopolitics.Model.Analysis.Timeline;
using Geopolitics.Model.Analysis.Votes;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Presentation;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Tests.Generators;
using NodaTime;

namespace Geopolitics.Model.Tests.Presentation;

/// <summary>
/// Every public answer type of the analyses through System.Text.Json with <see cref="AnswerJson.CreateOptions"/>: the
/// answers asked of the built-in scenario and of random valid scenarios, and every
/// answer part reachable from them, are written, read back and compared member by member over every public property
/// (derived ones too, so a value the JSON leaves out fails), then written again to the same text. The types are found
/// by reflection: a public type of <c>Geopolitics.Model.Analysis</c> that no answer covered fails the test.
/// Broken answers: any one value of any answer type replaced by a stray object is a <see cref="JsonException"/> naming
/// that value's path, never another exception and never an answer.
/// </summary>
public class AnswerJsonRoundTripTests
{
    private static readonly JsonSerializerOptions Options = AnswerJson.CreateOptions();

    [Fact]
    public void Serialize_EveryAnswerType_ReadsBackEqualMemberByMemberAndWritesTheSameText()
    {
        var covered = new ConcurrentDictionary<Type, bool>();
        void Check(Scenario scenario, LocalDate day, Confidence minimum, int maxActors)
        {
            foreach (var answer in Answers(scenario, day, minimum, maxActors))
            {
                foreach (var (type, value) in Reachable(answer))
                {
                    RoundTrip(type, value);
                    covered.TryAdd(type, true);
                }
            }
        }

        Check(BuiltInScenarios.RussiaDprk2024, new LocalDate(2025, 1, 1), Confidence.Alleged, int.MaxValue);
        Check(BuiltInScenarios.RussiaDprk2024, new LocalDate(2024, 11, 10), Confidence.Reported, int.MaxValue);
        Gen.Select(ModelGen.Scenarios, ModelGen.ScenarioDays, ModelGen.MinimumConfidences)
            .Sample((scenario, day, minimum) => Check(scenario, day, minimum, 4), iter: 40);
        foreach (var (type, value) in Reachable(Votes()))
        {
            RoundTrip(type, value);
            covered.TryAdd(type, true);
        }

        var missing = AnswerTypes().Where(type => !covered.ContainsKey(type)).Select(type => type.FullName);
        Assert.True(!missing.Any(), "Public answer types no answer covered: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData("""{"treaty":"t","on":"2024-01-01","minConfidence":"reported","statuses":[]}""", "GM", "statuses")]
    [InlineData("""{"treaty":"t","on":"2024-01-01","minConfidence":"reported","statuses":["inForce"],"colour":"red"}""", "GM", "colour")]
    [InlineData("""{"treaty":"t","on":"2024-13-01","minConfidence":"reported","statuses":["inForce"]}""", "GM", "on")]
    public void Deserialize_BrokenStatusReport_ThrowsJsonExceptionNamingTheMember(string json, string code, string member)
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TreatyStatusReport>(json, Options));

        Assert.Contains(code, exception.Message, StringComparison.Ordinal);
        Assert.Contains(member, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_ObligationOfAClauseThatIsNotMutualDefence_ThrowsJsonException()
    {
        var obligation = AnswerExamples.Defenders("PRK").Obligations[0];
        var json = System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(obligation, Options))!;
        json["clause"]!["kind"] = "consultation";
        json["clause"]!.AsObject().Remove("trigger");
        json["clause"]!.AsObject().Remove("response");

        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DefenceObligation>(json.ToJsonString(), Options));

        Assert.Contains("mutual defence", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_DefenceAnswerOfTheBuiltInScenario_AnswersAsTheAnalysisDid()
    {
        var answer = AnswerExamples.Defenders("PRK");

        var read = JsonSerializer.Deserialize<DefenceAnswer>(JsonSerializer.Serialize(answer, Options), Options)!;

        Assert.Equal<ActorId>([new ActorId("CHN"), new ActorId("RUS")], read.Defenders);
        Assert.Equal<ActorId>(answer.CertainDefenders, read.CertainDefenders);
        Assert.Equal(answer.Obligations.Select(o => o.Applies), read.Obligations.Select(o => o.Applies));
    }

    [Fact]
    public void Deserialize_EveryAnswerTypeWithAnyOneValueReplacedByAStrayObject_ThrowsJsonExceptionAtThatValue()
    {
        // Per answer type, its longest JSON among the seed's answers, random scenarios' answers and the votes; then
        // every value in it (members and array items, at any depth) replaced in turn by an object no reader expects.
        var longest = new Dictionary<Type, string>();
        void Collect(object answer)
        {
            foreach (var (type, value) in Reachable(answer))
            {
                var json = JsonSerializer.Serialize(value, type, Options);
                if (!longest.TryGetValue(type, out var known) || known.Length < json.Length)
                {
                    longest[type] = json;
                }
            }
        }

        Answers(BuiltInScenarios.RussiaDprk2024, new LocalDate(2025, 1, 1), Confidence.Alleged, int.MaxValue).ForEach(Collect);
        Gen.Select(ModelGen.Scenarios, ModelGen.ScenarioDays, ModelGen.MinimumConfidences)
            .Sample((scenario, day, minimum) => Answers(scenario, day, minimum, 3).ForEach(Collect), iter: 10, threads: 1);
        Collect(Votes());

        var checkedValues = 0;
        foreach (var (type, json) in longest)
        {
            foreach (var (path, _) in JsonValuePaths.Of(JsonNode.Parse(json)!))
            {
                var broken = JsonNode.Parse(json)!;
                JsonValuePaths.Replace(broken, path, new JsonObject { ["stray"] = 1 });

                var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(broken.ToJsonString(), type, Options));

                Assert.Contains("GM1", exception.Message, StringComparison.Ordinal);
                Assert.Contains(JsonValuePaths.Text(path), exception.Message, StringComparison.Ordinal);
                checkedValues++;
            }
        }

        // Which answer types random scenarios reach varies with the sample; the round trip above checks that all are reached.
        Assert.True(checkedValues > 1000, $"{checkedValues} values broken");
        Assert.True(longest.Count > 30, $"{longest.Count} answer types broken");
    }

    /// <summary>The public types of the analyses' namespaces that are answers or parts of one: not the analyses, not enumerations, not static helpers.</summary>
    internal static IEnumerable<Type> AnswerTypes() =>
        typeof(StatusAnalysis).Assembly.GetExportedTypes().Where(type =>
            type.Namespace!.StartsWith("Geopolitics.Model.Analysis", StringComparison.Ordinal) &&
            !type.IsEnum && !(type.IsAbstract && type.IsSealed) &&
            !type.Name.EndsWith("Analysis", StringComparison.Ordinal));

    private static List<object> Answers(Scenario scenario, LocalDate day, Confidence minimum, int maxActors)
    {
        var status = new StatusAnalysis(scenario);
        var defence = new DefenceAnalysis(scenario);
        var ledger = new LedgerAnalysis(scenario);
        var partnership = new PartnershipAnalysis(scenario);
        var alignment = new AlignmentAnalysis(scenario);
        var compliance = new ComplianceAnalysis(scenario);
        var timeline = new TimelineAnalysis(scenario);
        var from = day < LocalDate.MinIsoValue.PlusYears(2) ? LocalDate.MinIsoValue : day.PlusYears(-2);
        var actors = scenario.Actors.Select(a => a.Id).Take(maxActors).ToList();
        var answers = new List<object>();
        foreach (var treaty in scenario.Treaties)
        {
            status.Evaluate(treaty.Id, day, minimum).Switch(answers.Add, _ => { });
        }

        foreach (var actor in actors)
        {
            defence.Defenders(actor, day, minimum: minimum).Switch(
                answer =>
                {
                    answers.Add(answer);
                    answers.Add(defence.SetAside(answer));
                },
                _ => { });
            timeline.Query(actor, from, day, minimum).Switch(answers.Add, _ => { });
        }

        foreach (var first in actors)
        {
            foreach (var second in actors.Where(second => first.CompareTo(second) < 0))
            {
                ledger.Between(first, second, from, day, minimum).Switch(answers.Add, _ => { });
                ledger.Between(first, second, null, null, minimum).Switch(answers.Add, _ => { });
                partnership.Profile(first, second, day, minimum).Switch(answers.Add, _ => { });
                partnership.Timeline(first, second, from, day, minimum).Switch(answers.Add, _ => { });
                alignment.Link(first, second, day, minimum).Switch(answers.Add, _ => { });
                alignment.ComparePortfolios(first, second, day, minimum).Switch(answers.Add, _ => { });
                alignment.CompareStances(first, second, day, minimum).Switch(answers.Add, _ => { });
            }
        }

        answers.Add(defence.Network(day, minimum));
        answers.Add(alignment.Blocs(day, minimum));
        answers.Add(alignment.Blocs(day, minimum, threshold: 0.0));
        answers.Add(compliance.Check(minimum));
        answers.Add(compliance.On(day, minimum));
        timeline.Query(null, null, null, minimum).Switch(answers.Add, _ => { });
        return answers;
    }

    // Three states' votes on four roll calls of two years, and their similarities per dyad-year.
    private static object Votes()
    {
        VoteChoice[] choices = [VoteChoice.Yes, VoteChoice.No, VoteChoice.Abstain];
        int[] states = [2, 365, 731];
        var votes = (from state in states
                     from rollCall in Enumerable.Range(1, 4)
                     select new RecordedVote(rollCall, 2000 + (rollCall / 3), state, choices[(state + rollCall) % 3])).ToList();
        return new { votes, similarities = VoteSimilarities.DyadYears(votes) };
    }

    private static void RoundTrip(Type type, object value)
    {
        var json = JsonSerializer.Serialize(value, type, Options);
        var read = JsonSerializer.Deserialize(json, type, Options);

        AssertSame(value, read, type.Name);
        Assert.Equal(json, JsonSerializer.Serialize(read, type, Options));
    }

    // Every public property, derived ones too; an answer type's members compared one by one, the rest by their own equality.
    private static void AssertSame(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{path}: expected {expected ?? "null"}, got {actual ?? "null"}");
            return;
        }

        var type = expected.GetType();
        Assert.Equal(type, actual.GetType());
        if (IsAnswerType(type))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
            {
                AssertSame(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}");
            }
        }
        else if (expected is IEnumerable sequence and not string)
        {
            var left = sequence.Cast<object?>().ToList();
            var right = ((IEnumerable)actual).Cast<object?>().ToList();
            Assert.True(left.Count == right.Count, $"{path}: {left.Count} items written, {right.Count} read back");
            for (var i = 0; i < left.Count; i++)
            {
                AssertSame(left[i], right[i], $"{path}[{i}]");
            }
        }
        else
        {
            Assert.True(expected.Equals(actual), $"{path}: expected {expected}, got {actual}");
        }
    }

    private static bool IsAnswerType(Type type) =>
        type.Namespace?.StartsWith("Geopolitics.Model.Analysis", StringComparison.Ordinal) == true && !type.IsEnum;

    // The answer and every answer part reachable from it through public properties and sequences.
    private static IEnumerable<(Type Type, object Value)> Reachable(object root)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<object>([root]);
        while (pending.TryPop(out var value))
        {
            var type = value.GetType();
            if (IsAnswerType(type))
            {
                if (!type.IsValueType && !seen.Add(value))
                {
                    continue;
                }

                yield return (type, value);
            }

            if (value is IEnumerable sequence and not string)
            {
                foreach (var item in sequence.Cast<object?>().Where(item => item is not null))
                {
                    pending.Push(item!);
                }
            }
            else if (IsAnswerType(type) || type.Name.StartsWith("<>f__AnonymousType", StringComparison.Ordinal))
            {
                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
                {
                    if (property.GetValue(value) is { } member)
                    {
                        pending.Push(member);
                    }
                }
            }
        }
    }
}
