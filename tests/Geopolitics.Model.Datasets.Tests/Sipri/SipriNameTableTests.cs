using Geopolitics.Model.Actors;
using Geopolitics.Model.Datasets.Sipri;
using nietras.SeparatedValues;

namespace Geopolitics.Model.Datasets.Tests.Sipri;

/// <summary>
/// The SIPRI name table built afresh for each test (the published one is built once per process, so a test of it sees
/// the table as first built): the spellings of the SIPRI files in the test data resolve, and each listed spelling to
/// its documented actor.
/// </summary>
public sealed class SipriNameTableTests
{
    private readonly (System.Collections.Immutable.ImmutableArray<SipriActorName> Table, System.Collections.Frozen.FrozenDictionary<string, SipriActorName> ByName) _built = SipriActorNames.Build();

    public static TheoryData<string, string, ActorKind, SipriActorBasis> Spellings => new()
    {
        { "Antigua and Barbuda", "ATG", ActorKind.State, SipriActorBasis.CatalogueAlias },
        { "Cabo Verde", "CPV", ActorKind.State, SipriActorBasis.CatalogueAlias },
        { "eSwatini", "SWZ", ActorKind.State, SipriActorBasis.CatalogueAlias },
        { "Viet Nam", "VNM", ActorKind.State, SipriActorBasis.CatalogueAlias },
        { "East Germany (GDR)", "COW-265", ActorKind.State, SipriActorBasis.CowState },
        { "Czechoslovakia", "COW-315", ActorKind.State, SipriActorBasis.CowState },
        { "Yemen Arab Republic (North Yemen)", "COW-678", ActorKind.State, SipriActorBasis.CowState },
        { "South Yemen", "COW-680", ActorKind.State, SipriActorBasis.CowState },
        { "Aruba", "SIPRI-ARUBA", ActorKind.State, SipriActorBasis.Listed },
        { "Katanga", "SIPRI-KATANGA", ActorKind.State, SipriActorBasis.Listed },
        { "Northern Cyprus", "SIPRI-NORTHERN-CYPRUS", ActorKind.State, SipriActorBasis.Listed },
        { "Western Sahara", "SIPRI-WESTERN-SAHARA", ActorKind.State, SipriActorBasis.Listed },
        { "HoR (Libya)*", "SIPRI-LIBYA-HOR", ActorKind.Organisation, SipriActorBasis.Listed },
        { "NTC (Libya)*", "SIPRI-LIBYA-NTC", ActorKind.Organisation, SipriActorBasis.Listed },
        { "European Union**", "EU", ActorKind.Organisation, SipriActorBasis.Listed },
        { "OSCE**", "OSCE", ActorKind.Organisation, SipriActorBasis.Listed },
        { "Hamas (Palestine)*", "SIPRI-HAMAS", ActorKind.Organisation, SipriActorBasis.Listed },
        { "Hezbollah (Lebanon)*", "SIPRI-HEZBOLLAH", ActorKind.Organisation, SipriActorBasis.Listed },
        { "PIJ (Israel/Palestine)*", "SIPRI-PIJ", ActorKind.Organisation, SipriActorBasis.Listed },
        { "Palestinian Islamic Jihad (Israel/Palestine)*", "SIPRI-PIJ", ActorKind.Organisation, SipriActorBasis.Listed },
        { "unknown rebel group*", "SIPRI-UNKNOWN-REBEL-GROUP", ActorKind.Organisation, SipriActorBasis.Listed },
        { "Soviet Union", "SIPRI-SOVIET-UNION", ActorKind.State, SipriActorBasis.Listed },
        { "North Korea", "PRK", ActorKind.State, SipriActorBasis.CatalogueName },
    };

    [Theory]
    [MemberData(nameof(Spellings))]
    public void Build_Spelling_IsItsDocumentedActor(string name, string id, ActorKind kind, SipriActorBasis basis)
    {
        var found = _built.ByName[name];

        Assert.Equal((name, new ActorId(id), kind, basis), (found.SipriName, found.Actor.Id, found.Actor.Kind, found.Basis));
    }

    [Theory]
    [InlineData("trade_register_2014_legacy", "trade_register_report.csv")]
    [InlineData("handmade", "deliveries_2026.csv")]
    public void Build_EverySupplierAndRecipientOfAFile_Resolves(string folder, string file)
    {
        var names = PartyNames(DatasetFiles.Data("sipri", folder, file));

        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.True(_built.ByName.ContainsKey(name) || name.EndsWith('*'), $"'{name}' is not in the table"));
    }

    [Fact]
    public void Build_SpellingsOfOneActor_ShareOneActorAndNoneRepeatsACatalogueName()
    {
        Assert.Equal(_built.Table.Length, _built.Table.Select(e => e.SipriName).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(_built.Table.GroupBy(e => e.Actor.Id), group => Assert.Single(group.Select(e => e.Actor).Distinct()));
        Assert.All(_built.Table, entry => Assert.Same(entry, _built.ByName[entry.SipriName]));
        Assert.All(CountryCatalogue.Default.Countries, country => Assert.Equal(country.Alpha3, _built.ByName[country.Name].Actor.Id.Value));
    }

    [Theory]
    [InlineData("(Contras) Nicaragua*", "SIPRI-CONTRAS-NICARAGUA")]
    [InlineData("-- FMLN --*", "SIPRI-FMLN")]
    public void Find_DerivedNameWithMarksAround_HasNoDashAtEitherEnd(string name, string id)
    {
        Assert.Equal(new ActorId(id), SipriActorNames.Find(name)!.Actor.Id);
    }

    [Fact]
    public void Find_DerivedNameLongerThanAnId_IsCutAtAWordEnd()
    {
        var found = SipriActorNames.Find(string.Join(' ', Enumerable.Repeat("Liberation", 8)) + "*")!;

        Assert.True(found.Actor.Id.Value.Length <= 64);
        Assert.StartsWith("SIPRI-LIBERATION-LIBERATION-", found.Actor.Id.Value, StringComparison.Ordinal);
        Assert.False(found.Actor.Id.Value.EndsWith('-'));
    }

    /// <summary>The cells of the Supplier and Recipient columns of a SIPRI file, below the first line that names both.</summary>
    private static List<string> PartyNames(string path)
    {
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = true }).FromFile(path);
        var names = new List<string>();
        (int Supplier, int Recipient)? columns = null;
        foreach (var row in reader)
        {
            var cells = new List<string>(row.ColCount);
            for (var i = 0; i < row.ColCount; i++)
            {
                cells.Add(row[i].ToString().Trim());
            }

            if (columns is null)
            {
                if (cells.Contains("Supplier") && cells.Contains("Recipient"))
                {
                    columns = (cells.IndexOf("Supplier"), cells.IndexOf("Recipient"));
                }

                continue;
            }

            names.AddRange(new[] { columns.Value.Supplier, columns.Value.Recipient }.Where(i => i < cells.Count && cells[i].Length > 0).Select(i => cells[i]));
        }

        return [.. names.Distinct()];
    }
}
