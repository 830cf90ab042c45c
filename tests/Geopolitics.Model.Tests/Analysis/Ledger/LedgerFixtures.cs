using Geopolitics.Model.Actors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Time;
using Geopolitics.Model.Transfers;
using NodaTime;

namespace Geopolitics.Model.Tests.Analysis.Ledger;

/// <summary>Small scenarios built in code for the ledger, compliance and timeline tests.</summary>
internal static class LedgerFixtures
{
    public static LocalDate Day(int year, int month, int day) => new(year, month, day);

    public static PartialDate Month(int year, int month) => new(year, month);

    public static Evidence EvidenceOf(Confidence confidence) =>
        confidence == Confidence.Confirmed ? Evidence.Of(confidence, ArticleFacts.Pentagon) : Evidence.Unsourced(confidence);

    public static Transfer Transfer(
        string id,
        ActorId supplier,
        ActorId recipient,
        DatePeriod period,
        TransferItem item,
        Confidence confidence = Confidence.Reported,
        TransferStatus status = TransferStatus.Ongoing) =>
        new(new TransferId(id), supplier, recipient, period, status, item, EvidenceOf(confidence));

    public static TransferItem ShellsOf(Estimate containers) =>
        new MunitionsItem(MunitionsCategory.ArtilleryShells, new Quantity(containers, "containers"));

    public static TransferItem TroopsOf(Estimate count) => new PersonnelItem(count, PersonnelRole.CombatTroops);

    public static TransferItem CashOf(Estimate amount, CurrencyCode? currency = null) => new MoneyItem(new Money(currency ?? CurrencyCode.Usd, amount));

    public static TransferItem TechnologyOf(TechnologyDomain domain, TechnologyForm form = TechnologyForm.KnowHow) => new TechnologyItem(domain, form);

    public static TransferItem FuelOf(Estimate barrels, ResourceKind kind = ResourceKind.RefinedPetroleum, string unit = "barrels per year") =>
        new ResourcesItem(kind, new Quantity(barrels, unit));

    /// <summary>A scenario with the seven states of the seed, the UN Security Council, and whatever <paramref name="add"/> adds.</summary>
    public static Scenario Build(Action<ScenarioBuilder> add)
    {
        var builder = new ScenarioBuilder("test").AddStates("RUS", "PRK", "KOR", "JPN", "CHN", "USA", "UKR")
            .AddActor(new Actor(ArticleFacts.Unsc, ActorKind.Organisation, "UN Security Council"));
        add(builder);
        return builder.Build().Match(
            scenario => scenario,
            errors => throw new InvalidOperationException("The test scenario is invalid: " + string.Join("; ", errors)));
    }

    public static Scenario WithTransfers(params Transfer[] transfers) => Build(b =>
    {
        foreach (var transfer in transfers)
        {
            b.AddTransfer(transfer);
        }
    });
}
