using System.Globalization;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Datasets.Atop;
using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Datasets.Tests.Atop;

/// <summary>
/// Every clause of ATOP 5.1 checked against the member file's own cells, row by row: which obligations each member
/// gives, which of the codebook's condition columns each summary names, where a location or non-provocation limits it,
/// the threats it names, the provisions (MILAID, BASE, INTCOM) and the names and COW references of the treaties. The
/// file is read here with a plain split (it holds no quotes), not with the importer's reader.
/// </summary>
public sealed class AtopClauseCellsTests
{
    private static readonly string[] Obligations = ["defense", "offense", "neutral", "nonagg", "consul"];

    private readonly AtopData _atop = new();

    private readonly Lazy<AtopCells> _cells = new(() => AtopCells.Read(AtopData.MembersV51));

    [Fact]
    public void Import_Atop51_EachMemberGivesTheClausesItsRowsCode()
    {
        var checkedMembers = 0;
        foreach (var (treaty, actor, rows) in Members())
        {
            foreach (var obligation in Obligations)
            {
                var coded = rows.Exists(r => r.Int(obligation) == 1);
                Assert.True(coded == treaty.Clause(new ClauseId($"{obligation}-{actor}")) is not null, $"{treaty.Id} {actor} {obligation}");
            }

            checkedMembers++;
        }

        Assert.Equal(_atop.V51.Scenario!.Treaties.Sum(t => t.Parties.Count(p => CowActors.TryGetCowCode(p.Actor, out _))), checkedMembers);
    }

    [Fact]
    public void Import_Atop51_EachSummaryNamesExactlyTheConditionsOfItsObligationInTheMembersFirstRow()
    {
        var conditionColumns = _cells.Value.Header.Where(IsCondition).ToList();
        var named = 0;
        foreach (var (treaty, actor, rows) in Members())
        {
            var first = rows[0];
            foreach (var obligation in Obligations)
            {
                if (treaty.Clause(new ClauseId($"{obligation}-{actor}")) is not { } clause)
                {
                    continue;
                }

                var prefix = obligation[..3] == "non" ? "nonagg" : obligation[..3] + "co";
                foreach (var column in conditionColumns)
                {
                    var expected = column.StartsWith(prefix, StringComparison.Ordinal) && first.Int(column) == 1;
                    Assert.True(
                        expected == clause.Summary!.Contains($"({column.ToUpperInvariant()})", StringComparison.Ordinal),
                        $"{treaty.Id} {clause.Id}: {column} is {first.Cell(column)} but the summary is '{clause.Summary}'");
                    named += expected ? 1 : 0;
                }

                var location = obligation == "nonagg" ? null : obligation[..3] + "coloc";
                Assert.Equal(location is not null && first.Int(location) == 1, clause.Conditions.GeographicScope is not null);
                var nonProvocation = obligation is "defense" or "neutral" ? obligation[..3] + "conpr" : null;
                Assert.Equal(nonProvocation is not null && first.Int(nonProvocation) == 1, clause.Conditions.NonProvocation);

                var threats = new[] { first.Int("statthr1"), first.Int("statthr2") }.Where(c => c > 0).ToList();
                var namesThreats = obligation != "nonagg" && first.Int(obligation[..3] + "coadv") == 1 && threats.Count > 0;
                Assert.Equal(namesThreats, clause.Summary!.Contains("(STATTHR1/2)", StringComparison.Ordinal));
                if (namesThreats)
                {
                    Assert.Contains($"COW {string.Join(", ", threats)} as threats", clause.Summary, StringComparison.Ordinal);
                }

                Assert.Equal(!clause.Summary!.Contains("Conditions: ", StringComparison.Ordinal), clause.Summary.EndsWith(" No condition coded.", StringComparison.Ordinal));
            }
        }

        Assert.True(named > 500, $"only {named} conditions named");
    }

    [Fact]
    public void Import_Atop51_OnlyObligationsThatVaryAreOwedToSomeAndUnknownToTheOtherGuarantors()
    {
        var kinds = new Dictionary<string, int>();
        foreach (var (treaty, actor, rows) in Members())
        {
            foreach (var obligation in Obligations)
            {
                if (treaty.Clause(new ClauseId($"{obligation}-{actor}")) is not { } clause)
                {
                    continue;
                }

                var varies = rows[0].Int("obvary") == 1 && obligation is "defense" or "offense" or "neutral";
                if (!varies || clause.Beneficiaries.IsEmpty)
                {
                    Assert.Empty(clause.Beneficiaries);
                    Assert.False(clause.Conditions.Unrecorded, $"{treaty.Id} {clause.Id}");
                    Assert.Contains($" to every other party.", clause.Summary, StringComparison.Ordinal);
                }
                else
                {
                    Assert.True(clause.Conditions.Unrecorded, $"{treaty.Id} {clause.Id}");
                    Assert.DoesNotContain(actor, clause.Beneficiaries);
                    Assert.All(clause.Beneficiaries, b => Assert.Null(treaty.Clause(new ClauseId($"{obligation}-{b}"))));
                }

                var unstated = treaty.Clause(new ClauseId($"{obligation}-{actor}-unstated"));
                if (unstated is not null)
                {
                    Assert.True(varies && !clause.Beneficiaries.IsEmpty, $"{treaty.Id} {unstated.Id}");
                    Assert.NotEmpty(unstated.Beneficiaries);
                    Assert.Equal(clause.Kind, unstated.Kind);
                    Assert.Equal(clause.GetType(), unstated.GetType());
                    Assert.True(unstated.Conditions.Unrecorded);
                    Assert.All(unstated.Beneficiaries, b => Assert.NotNull(treaty.Clause(new ClauseId($"{obligation}-{b}"))));
                    kinds[obligation] = kinds.GetValueOrDefault(obligation) + 1;
                }
            }
        }

        Assert.Equal(["defense", "neutral", "offense"], kinds.Keys.Order());
    }

    [Fact]
    public void Import_Atop51_ProvisionsAreThoseOfThePhasesFirstRowAndNamesAndReferencesFollowTheFile()
    {
        var phases = _cells.Value.Rows.GroupBy(r => (Id: r.Int("atopid"), Phase: r.Int("phase")));
        var checkedPhases = 0;
        foreach (var phase in phases)
        {
            if (_atop.V51.Scenario!.FindTreaty(TreatyIdOf(phase.Key.Id, phase.Key.Phase)) is not { } treaty)
            {
                continue;
            }

            var first = phase.First();
            var (milaid, bases, intcom) = (first.Int("milaid"), first.Int("base"), first.Int("intcom"));
            var forms = milaid switch
            {
                1 or 2 => MilitaryCooperationForms.Aid,
                3 => MilitaryCooperationForms.Training,
                4 => MilitaryCooperationForms.Aid | MilitaryCooperationForms.Training,
                _ => MilitaryCooperationForms.None,
            };
            forms |= bases is >= 1 and <= 3 ? MilitaryCooperationForms.Bases : MilitaryCooperationForms.None;
            forms |= intcom == 1 ? MilitaryCooperationForms.IntegratedCommand : MilitaryCooperationForms.None;

            var clause = treaty.Clause(new ClauseId("milcoop")) as MilitaryCooperationClause;
            Assert.Equal(forms, clause?.Forms ?? MilitaryCooperationForms.None);
            if (clause is not null)
            {
                Assert.Equal(milaid is >= 1 and <= 4, clause.Summary!.Contains($"(MILAID={milaid})", StringComparison.Ordinal));
                Assert.Equal(bases is >= 1 and <= 3, clause.Summary.Contains($"(BASE={bases})", StringComparison.Ordinal));
                Assert.Equal(intcom == 1, clause.Summary.Contains("(INTCOM=1)", StringComparison.Ordinal));
            }

            var label = phase.Key.Phase == 0 ? $"ATOP alliance {phase.Key.Id}" : $"ATOP alliance {phase.Key.Id}, phase {phase.Key.Phase}";
            Assert.Equal(label, treaty.Name);
            var cowId = phase.Select(r => r.Int("cowid")).FirstOrDefault(c => c > 0);
            Assert.Equal(
                cowId > 0 ? [cowId.ToString(CultureInfo.InvariantCulture)] : [],
                treaty.ExternalReferences.Where(r => r.Dataset == DatasetNames.CowAlliancesV3).Select(r => r.Id));
            checkedPhases++;
        }

        Assert.Equal(_atop.V51.Scenario!.Treaties.Length, checkedPhases);
    }

    private static bool IsCondition(string column) =>
        column.Length > 5 && column[3..5] == "co" && column[..3] is "def" or "off" or "neu" or "con" && column != "consul";

    private static TreatyId TreatyIdOf(int atopId, int phase) =>
        new(phase == 0 ? string.Create(CultureInfo.InvariantCulture, $"atop-{atopId}") : string.Create(CultureInfo.InvariantCulture, $"atop-{atopId}.{phase}"));

    /// <summary>Each imported member of each imported treaty, with its rows in the order of their entry dates.</summary>
    private IEnumerable<(Treaty Treaty, ActorId Actor, List<AtopCells.Row> Rows)> Members()
    {
        var rejected = _atop.V51.Rejected.Where(e => e.Location.File == AtopData.MembersV51).Select(e => e.Location.Row).ToHashSet();
        var groups = _cells.Value.Rows
            .Where(r => !rejected.Contains(r.Number))
            .GroupBy(r => (Id: r.Int("atopid"), Phase: r.Int("phase"), Member: r.Int("member")));
        foreach (var group in groups)
        {
            if (_atop.V51.Scenario!.FindTreaty(TreatyIdOf(group.Key.Id, group.Key.Phase)) is not { } treaty ||
                !CowActors.TryGetActor(group.Key.Member, out var actor))
            {
                continue;
            }

            Assert.Contains(treaty.Parties, p => p.Actor == actor.Id);
            yield return (treaty, actor.Id, [.. group.OrderBy(r => (r.Int("yrent"), r.Int("moent"), r.Int("dayent")))]);
        }
    }

    /// <summary>The member file's cells by column name, read with a plain split.</summary>
    private sealed class AtopCells
    {
        private AtopCells(string[] header, List<Row> rows) => (Header, Rows) = (header, rows);

        public string[] Header { get; }

        public List<Row> Rows { get; }

        public static AtopCells Read(string file)
        {
            var lines = File.ReadAllLines(file);
            var header = lines[0].Split(',');
            var columns = header.Select((name, index) => (name, index)).Where(c => c.name.Length > 0).ToDictionary(c => c.name, c => c.index);
            var rows = lines.Skip(1).Select((line, index) => new Row(index + 1, line.Split(','), columns)).ToList();
            return new AtopCells(header, rows);
        }

        /// <summary>A data row: <see cref="Number"/> counts data rows from 1, as the importer's error locations do.</summary>
        public sealed record Row(long Number, string[] Cells, Dictionary<string, int> Columns)
        {
            public string Cell(string column) => Cells[Columns[column]];

            public int Int(string column) => Cell(column) is { Length: > 0 } text ? int.Parse(text, CultureInfo.InvariantCulture) : 0;
        }
    }
}
