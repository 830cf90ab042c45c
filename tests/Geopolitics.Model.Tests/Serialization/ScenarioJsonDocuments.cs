using System.Collections.Immutable;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Serialization;
using OneOf;

namespace Geopolitics.Model.Tests.Serialization;

/// <summary>Hand-written scenario files and the helpers that load them and find errors, shared by the file-format tests.</summary>
internal static class ScenarioJsonDocuments
{
    /// <summary>A valid file with one treaty; tests break one thing in it with <see cref="Mutate"/>.</summary>
    public const string TreatyDoc = """
        {
          "formatVersion": 1,
          "name": "Treaty test",
          "actors": [
            { "id": "RUS", "kind": "state", "name": "Russia" },
            { "id": "PRK", "kind": "state", "name": "North Korea" }
          ],
          "treaties": [
            {
              "id": "rus-prk-2024",
              "name": "Treaty on Comprehensive Strategic Partnership",
              "parties": [
                { "actor": "RUS", "signature": { "date": "2024-06-19", "evidence": { "confidence": "reported" } } },
                {
                  "actor": "PRK",
                  "signature": { "date": "2024-06-19", "evidence": { "confidence": "reported" } },
                  "consent": { "kind": "ratification", "date": "2024-11-11", "evidence": { "confidence": "reported" } }
                }
              ],
              "entryIntoForce": { "kind": "onExchangeOfInstruments", "exchanged": "2024-12-04" },
              "duration": { "kind": "indefinite" },
              "clauses": [
                { "kind": "mutualDefence", "id": "art4", "trigger": "stateOfWar", "response": "immediateMilitaryAssistance" }
              ],
              "withdrawalNotice": "P1Y",
              "evidence": { "confidence": "reported" }
            }
          ]
        }
        """;

    /// <summary>A valid file with transfers, an exchange, a stance and a sanctions regime.</summary>
    public const string FactsDoc = """
        {
          "formatVersion": 1,
          "name": "Facts test",
          "actors": [
            { "id": "RUS", "kind": "state", "name": "Russia" },
            { "id": "PRK", "kind": "state", "name": "North Korea" },
            { "id": "USA", "kind": "state", "name": "United States" },
            { "id": "UNSC", "kind": "organisation", "name": "UN Security Council" }
          ],
          "places": [
            { "id": "PYONGYANG", "name": "Pyongyang", "kind": "territory", "administeredBy": "PRK", "regions": ["ASIA"] }
          ],
          "transfers": [
            {
              "id": "prk-rus-shells",
              "supplier": "PRK",
              "recipient": "RUS",
              "period": { "start": "2023-08" },
              "status": "ongoing",
              "item": { "kind": "munitions", "category": "artilleryShells", "quantity": { "amount": { "qualifier": "several", "low": 1000 }, "unit": "containers" } },
              "evidence": { "confidence": "reported" }
            },
            {
              "id": "rus-prk-cash",
              "supplier": "RUS",
              "recipient": "PRK",
              "period": { "start": "2023-09" },
              "status": "ongoing",
              "item": { "kind": "money", "money": { "currency": "USD", "amount": { "qualifier": "unknown" } } },
              "evidence": { "confidence": "reported" }
            }
          ],
          "exchanges": [
            { "id": "munitions-for-cash", "transfers": ["prk-rus-shells", "rus-prk-cash"], "evidence": { "confidence": "reported" } }
          ],
          "stances": [
            {
              "id": "usa-condemns",
              "holder": "USA",
              "target": { "kind": "actors", "actors": ["RUS", "PRK"] },
              "position": "condemns",
              "date": "2024-06-24",
              "evidence": { "confidence": "reported" }
            }
          ],
          "sanctionsRegimes": [
            {
              "id": "unsc-1718",
              "authority": "UNSC",
              "target": "PRK",
              "legalBasis": [{ "name": "UNSCR 1718 (2006)", "adopted": "2006-10-14" }],
              "period": { "start": "2006-10-14" },
              "measures": [{ "kind": "armsEmbargo", "direction": "both" }],
              "binding": "allStates",
              "evidence": { "confidence": "reported" }
            }
          ]
        }
        """;

    /// <summary>The smallest valid file.</summary>
    public const string MinimalDoc = """{ "formatVersion": 1, "name": "Minimal" }""";

    /// <summary>The example of <c>docs/scenario-format.md</c>: its first JSON code block.</summary>
    public static string DocumentationExample()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "scenario-format.md"));
        var start = text.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        return text[start..text.IndexOf("```", start, StringComparison.Ordinal)];
    }

    /// <summary>Replaces the one occurrence of <paramref name="old"/> in <paramref name="json"/>.</summary>
    public static string Mutate(string json, string old, string replacement)
    {
        var at = json.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0 && json.IndexOf(old, at + 1, StringComparison.Ordinal) < 0, $"'{old}' must occur exactly once.");
        return string.Concat(json.AsSpan(0, at), replacement, json.AsSpan(at + old.Length));
    }

    /// <summary>The 1-based line and column of the first occurrence of <paramref name="marker"/> (after <paramref name="after"/>, if given).</summary>
    public static (long Line, long Column) Position(string json, string marker, string? after = null)
    {
        var start = after is null ? 0 : json.IndexOf(after, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{after}' is not in the text.");
        var at = json.IndexOf(marker, start, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{marker}' is not in the text.");
        var lineStart = at == 0 ? 0 : json.LastIndexOf('\n', at - 1) + 1;
        return (json.AsSpan(0, at).Count('\n') + 1, at - lineStart + 1);
    }

    /// <summary>Parses text that must be refused, and returns the errors.</summary>
    public static ImmutableArray<ModelError> ErrorsOf(string json, string? fileName = "scenario.json", ScenarioJsonOptions? options = null) =>
        Refused(ScenarioJson.Parse(json, fileName, options));

    /// <summary>The errors of a result that must be a refusal.</summary>
    public static ImmutableArray<ModelError> Refused(OneOf<Scenario, ImmutableArray<ModelError>> result)
    {
        Assert.True(result.IsT1, "The file should have been refused.");
        return result.AsT1;
    }

    /// <summary>Parses text that must be accepted, and returns the scenario.</summary>
    public static Scenario Accepted(string json) =>
        ScenarioJson.Parse(json).Match(
            scenario => scenario,
            errors => throw new Xunit.Sdk.XunitException("The file should have been accepted:\n" + string.Join("\n", errors)));

    /// <summary>The one error of a refused file.</summary>
    public static ModelError Single(string json, ScenarioJsonOptions? options = null) => Assert.Single(ErrorsOf(json, options: options));
}
