using System.Text;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Serialization;

namespace Geopolitics.Model.Tests.Serialization;

/// <summary>
/// Actor ids that a file repeats are read once per document and then found by their bytes: every occurrence must still
/// read as written, escaped or not, beyond the number of ids kept, and a bad id must be reported at every occurrence.
/// </summary>
public sealed class ScenarioJsonRepeatedIdsTests
{
    [Fact]
    public void EveryOccurrenceOfManyRepeatedIdsReadsAsWritten()
    {
        // More distinct actors than are kept, each named by three transfers (one of them escaped).
        const int actors = JsonIdCache<ActorId>.MaxEntries + 904;
        var json = new StringBuilder("""{ "formatVersion": 1, "name": "Repeated ids", "actors": [""");
        for (var i = 0; i < actors; i++)
        {
            json.Append(i == 0 ? string.Empty : ",").Append($$"""{ "id": "{{Id(i)}}", "kind": "organisation", "name": "Actor {{i}}" }""");
        }

        json.Append("""], "transfers": [""");
        for (var i = 0; i < actors; i++)
        {
            json.Append(i == 0 ? string.Empty : ",").Append(Transfer($"t{i}a", Id(i), Id((i + 1) % actors)));
            json.Append(',').Append(Transfer($"t{i}b", Escaped(Id(i)), Id((i + 7) % actors)));
        }

        json.Append("]}");

        var scenario = ScenarioJson.Parse(json.ToString()).AsT0;

        Assert.Equal(2 * actors, scenario.Transfers.Length);
        for (var i = 0; i < actors; i++)
        {
            Assert.Equal(new ActorId(Id(i)), scenario.Transfers[2 * i].Supplier);
            Assert.Equal(new ActorId(Id((i + 1) % actors)), scenario.Transfers[2 * i].Recipient);
            Assert.Equal(new ActorId(Id(i)), scenario.Transfers[(2 * i) + 1].Supplier);
            Assert.Equal(new ActorId(Id((i + 7) % actors)), scenario.Transfers[(2 * i) + 1].Recipient);
        }

        // Each actor supplies two transfers and receives two: one from its predecessor, one from seven before.
        Assert.All(Enumerable.Range(0, actors), i => Assert.Equal(4, scenario.TransfersOf(new ActorId(Id(i))).Length));
    }

    [Fact]
    public void AnInvalidIdIsReportedAtEveryOccurrenceAroundValidOnes()
    {
        var json = $$"""
            {
              "formatVersion": 1,
              "name": "Bad ids",
              "actors": [{ "id": "USA", "kind": "state", "name": "United States" }, { "id": "RUS", "kind": "state", "name": "Russia" }],
              "transfers": [
                {{Transfer("t1", "usa", "RUS")}},
                {{Transfer("t2", "USA", "RUS")}},
                {{Transfer("t3", "usa", "RUS")}},
                {{Transfer("t4", "USA", "RUS")}},
                {{Transfer("t5", Escaped("usa"), "RUS")}}
              ]
            }
            """;

        var errors = ScenarioJson.Parse(json, "bad.json").AsT1;

        string?[] paths = ["$.transfers[0].supplier", "$.transfers[2].supplier", "$.transfers[4].supplier"];
        long[] lines = [6, 8, 10];
        Assert.All(errors, error => Assert.Equal(ErrorCodes.InvalidIdentifier, error.Code));
        Assert.Equal(paths, errors.Select(error => error.Location.Path?.ToString()).ToArray());
        Assert.Equal(lines, errors.Select(error => error.Location.Line ?? 0).ToArray());
    }

    private static string Id(int i) => $"A{i:D5}";

    // The first letter as a \u escape sequence: the same id, written otherwise.
    private static string Escaped(string id) => $"\\u{(int)id[0]:X4}{id[1..]}";

    private static string Transfer(string id, string supplier, string recipient) =>
        $$"""{ "id": "{{id}}", "supplier": "{{supplier}}", "recipient": "{{recipient}}", "period": { "start": "2020" }, "status": "ongoing", "item": { "kind": "technology", "domain": "space", "form": "training" }, "evidence": { "confidence": "reported" } }""";
}
