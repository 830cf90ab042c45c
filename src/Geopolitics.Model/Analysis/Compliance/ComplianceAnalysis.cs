using System.Collections.Immutable;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Sanctions;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Time;
using Geopolitics.Model.Transfers;
using NodaTime;

namespace Geopolitics.Model.Analysis.Compliance;

/// <summary>
/// Sanctions compliance (DOMAIN.md 3.5): which transfers breach which measures of which sanctions regimes, and which
/// party is in breach, honouring dates, confidence and whom each regime binds.
/// </summary>
/// <remarks>
/// <para>A transfer falls under a measure of a regime when one of its parties is the regime's target (an agency counts
/// as the state it speaks for) and its item and direction are those the measure forbids:</para>
/// <list type="bullet">
/// <item><see cref="ArmsEmbargo"/>: munitions or weapon systems, to the target (<see cref="EmbargoDirection.SupplyToTarget"/>) or from it (<see cref="EmbargoDirection.ProcurementFromTarget"/>);</item>
/// <item><see cref="TechnologyBan"/>: technology in one of the banned domains, in the measure's direction;</item>
/// <item><see cref="FinancialMeasure"/> on <see cref="FinancialMeasureKind.BulkCash"/>: money to the target (other restrictions are not judged from transfers);</item>
/// <item><see cref="ResourceCap"/>: resources of that kind in the capped direction; certain under a ban or when the transfer knowably exceeds the cap, otherwise possible;</item>
/// <item><see cref="WorkerBan"/>: personnel in the role of workers from the target.</item>
/// </list>
/// <para>
/// The breach holds when the transfer's period overlaps the regime's period (three-valued; on a day, when both
/// contain the day). A planned transfer is at most a possible breach. Who is in breach depends on whom the regime
/// binds (<see cref="SanctionsBinding"/>: every state, the target included; the authority; the authority and its
/// members): the party dealing with the target when it is bound, and the target itself when it is the supplier and
/// is bound (UNSCR 1718 and 1874 forbid the DPRK to export arms). The target is never in breach for what it receives.
/// A transfer none of whose parties is bound breaches nothing. Facts below the minimum confidence are set aside.
/// </para>
/// <para>Immutable and thread-safe: build it once per scenario and query it freely.</para>
/// </remarks>
public sealed class ComplianceAnalysis
{
    private readonly ScenarioFacts _facts;

    /// <summary>Creates the compliance analysis of a scenario.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is <see langword="null"/>.</exception>
    public ComplianceAnalysis(Scenario scenario) => _facts = ScenarioFacts.Of(scenario);

    /// <summary>Every breach, over all dates: a transfer breaches a regime when their periods overlap.</summary>
    /// <param name="minimum">The weakest confidence admitted.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is not a defined confidence, or is <see cref="Confidence.Denied"/>.</exception>
    public ComplianceReport Check(Confidence minimum = ConfidenceExtensions.DefaultMinimum) => Compute(null, minimum);

    /// <summary>The breaches under way on a day: the transfer's period and the regime's period both contain the day.</summary>
    /// <param name="day">The day.</param>
    /// <param name="minimum">The weakest confidence admitted.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is not a defined confidence, or is <see cref="Confidence.Denied"/>.</exception>
    public ComplianceReport On(LocalDate day, Confidence minimum = ConfidenceExtensions.DefaultMinimum) => Compute(day, minimum);

    private ComplianceReport Compute(LocalDate? day, Confidence minimum)
    {
        ConfidenceExtensions.Threshold(minimum, nameof(minimum));
        var scenario = _facts.Scenario;
        var breaches = ImmutableArray.CreateBuilder<SanctionsBreach>();
        var facts = new List<FactReference>();
        var setAside = new List<SetAsideFact>();

        foreach (var regime in scenario.SanctionsRegimes)
        {
            if (day is { } d && regime.Period.Contains(d).IsFalse)
            {
                continue;
            }

            if (!regime.Evidence.IsAdmittedBy(minimum))
            {
                setAside.Add(new SetAsideFact(_facts.Regime(regime), SetAsideReason.BelowMinimumConfidence));
                continue;
            }

            foreach (var transfer in scenario.Transfers)
            {
                var direction = DirectionOf(transfer, regime.Target);
                if (direction == EmbargoDirection.None)
                {
                    continue;
                }

                var dated = day is { } on ? transfer.Period.Contains(on) & regime.Period.Contains(on) : DayWindow.Overlap(transfer.Period, regime.Period);
                if (dated.IsFalse)
                {
                    continue;
                }

                if (!transfer.Evidence.IsAdmittedBy(minimum))
                {
                    var fact = new SetAsideFact(_facts.Transfer(transfer), SetAsideReason.BelowMinimumConfidence);
                    if (!setAside.Contains(fact))
                    {
                        setAside.Add(fact);
                    }

                    continue;
                }

                for (var m = 0; m < regime.Measures.Length; m++)
                {
                    if (Examine(regime, m, transfer, direction, dated, day) is { } breach)
                    {
                        breaches.Add(breach);
                        facts.AddRange(breach.Facts.Where(f => !facts.Contains(f)));
                    }
                }
            }
        }

        return new ComplianceReport(day, minimum, breaches.ToImmutable(), [.. facts], [.. setAside]);
    }

    private SanctionsBreach? Examine(SanctionsRegime regime, int index, Transfer transfer, EmbargoDirection direction, Truth dated, LocalDate? day)
    {
        var measure = regime.Measures[index];
        var toTarget = direction == EmbargoDirection.SupplyToTarget;
        var (applies, measureTruth, measureReason) = Applies(measure, transfer.Item, direction);
        if (!applies || measureTruth.IsFalse)
        {
            return null;
        }

        // The party dealing with the target breaches when bound; the target only as an exporter (and when bound).
        var supplierBound = Binds(regime, transfer.Supplier);
        var recipientBound = Binds(regime, transfer.Recipient);
        var supplierInBreach = supplierBound.Bound;
        var recipientInBreach = !toTarget && recipientBound.Bound;
        if (!supplierInBreach && !recipientInBreach)
        {
            return null;
        }

        var planned = transfer.Status == TransferStatus.Planned ? Truth.Unknown : Truth.True;
        var truth = dated & measureTruth & planned;
        var party = supplierInBreach && recipientInBreach ? PartyInBreach.Both
            : supplierInBreach ? PartyInBreach.Supplier
            : PartyInBreach.Recipient;

        var reasons = ImmutableArray.CreateBuilder<string>();
        reasons.Add(toTarget
            ? $"{transfer.Id}: {transfer.Supplier} supplies {transfer.Item} to {transfer.Recipient}, the target of {regime.Id}."
            : $"{transfer.Id}: {transfer.Recipient} procures {transfer.Item} from {transfer.Supplier}, the target of {regime.Id}.");
        reasons.Add(measureReason);
        reasons.Add(day is { } on
            ? $"On {DayWindow.Iso(on)}, the transfer ({transfer.Period}) and the regime ({regime.Period}) are both under way: {dated}."
            : $"The transfer's period ({transfer.Period}) overlaps the regime's period ({regime.Period}): {dated}.");
        if (planned.IsUnknown)
        {
            reasons.Add($"{transfer.Id} is only planned: it breaches the measure if it is carried out.");
        }

        reasons.Add(supplierBound.Reason);
        reasons.Add(toTarget
            ? $"{transfer.Recipient} is the target: the measure forbids supplying it, so it is not in breach for receiving."
            : recipientBound.Reason);
        reasons.Add($"In breach: {party} ({(truth.IsTrue ? "certain" : "possible")}).");

        return new SanctionsBreach(
            regime.Id,
            regime.Target,
            measure,
            transfer.Id,
            transfer.Supplier,
            transfer.Recipient,
            party,
            truth,
            reasons.ToImmutable(),
            [_facts.Measure(regime, index), _facts.Transfer(transfer)]);
    }

    /// <summary>Whether the transfer goes to the target, comes from it, or neither (<see cref="EmbargoDirection.None"/>).</summary>
    private EmbargoDirection DirectionOf(Transfer transfer, ActorId target) =>
        _facts.Principal(transfer.Recipient) == target ? EmbargoDirection.SupplyToTarget
        : _facts.Principal(transfer.Supplier) == target ? EmbargoDirection.ProcurementFromTarget
        : EmbargoDirection.None;

    private static (bool Applies, Truth Truth, string Reason) Applies(SanctionsMeasure measure, TransferItem item, EmbargoDirection direction)
    {
        string Way(string what) => direction == EmbargoDirection.SupplyToTarget ? $"supplying {what} to the target" : $"procuring {what} from the target";
        return measure switch
        {
            ArmsEmbargo embargo when item is MunitionsItem or WeaponSystemsItem && embargo.Direction.HasFlag(direction) =>
                (true, Truth.True, $"The {embargo} forbids {Way("arms")}; {(item is MunitionsItem ? "munitions" : "weapon systems")} are arms."),
            TechnologyBan ban when item is TechnologyItem technology && ban.Domains.Contains(technology.Domain) && ban.Direction.HasFlag(direction) =>
                (true, Truth.True, $"The {ban} forbids {Way($"{technology.Domain} technology")}."),
            FinancialMeasure { Restriction: FinancialMeasureKind.BulkCash } financial when item is MoneyItem && direction == EmbargoDirection.SupplyToTarget =>
                (true, Truth.True, $"The {financial} forbids {Way("bulk cash")}; money went to the target."),
            ResourceCap cap when item is ResourcesItem resources && resources.Resource == cap.Resource && cap.Direction.HasFlag(direction) =>
                CapApplies(cap, resources, Way),
            WorkerBan ban when item is PersonnelItem { Role: PersonnelRole.Workers } && direction == EmbargoDirection.ProcurementFromTarget =>
                (true, Truth.True, $"The {ban} forbids employing the target's workers abroad; workers came from the target."),
            _ => (false, Truth.False, string.Empty),
        };
    }

    private static (bool Applies, Truth Truth, string Reason) CapApplies(ResourceCap cap, ResourcesItem resources, Func<string, string> way)
    {
        if (cap.Cap is not { } limit)
        {
            return (true, Truth.True, $"The {cap} forbids {way($"any {cap.Resource}")}.");
        }

        var exceeds = Exceeds(resources.Quantity, limit);
        return (true, exceeds, exceeds.IsTrue
            ? $"The {cap} forbids {way($"more than {limit} of {cap.Resource}")}; {resources.Quantity} exceeds it."
            : $"The {cap} forbids {way($"more than {limit} of {cap.Resource}")}; {resources.Quantity} is not known to exceed it (other deliveries count towards the cap), so the breach is possible.");
    }

    /// <summary>True when the amount certainly exceeds the cap (same unit); unknown otherwise, since other deliveries count towards a cap.</summary>
    private static Truth Exceeds(Quantity amount, Quantity cap)
    {
        if (!string.Equals(amount.Unit, cap.Unit, StringComparison.Ordinal))
        {
            return Truth.Unknown;
        }

        var limit = cap.Amount.High ?? cap.Amount.Low;
        var low = amount.Amount.Low;
        var strict = amount.Amount.Qualifier == Transfers.EstimateQualifier.Over;
        return low > limit || (strict && low >= limit) ? Truth.True : Truth.Unknown;
    }

    private (bool Bound, string Reason) Binds(SanctionsRegime regime, ActorId actor)
    {
        var principal = _facts.Principal(actor);
        var who = principal == actor ? actor.ToString() : $"{actor} (for {principal})";
        var isTarget = principal == regime.Target;
        switch (regime.Binding)
        {
            case SanctionsBinding.AllStates:
                var isState = _facts.Scenario.FindActor(principal)?.Kind == ActorKind.State;
                return isState
                    ? (true, $"{regime.Id} binds every state{(isTarget ? ", the target included" : string.Empty)}: {who} is bound.")
                    : (false, $"{regime.Id} binds every state: {who} is not a state, so it is not bound.");

            case SanctionsBinding.AuthorityOnly:
                return principal == regime.Authority
                    ? (true, $"{regime.Id} binds only its authority, {regime.Authority}: {who} is bound.")
                    : (false, $"{regime.Id} binds only its authority, {regime.Authority}: {who} is not bound.");

            default:
                var members = _facts.Scenario.FindActor(regime.Authority)?.Members ?? [];
                return principal == regime.Authority || members.Contains(principal)
                    ? (true, $"{regime.Id} binds its authority {regime.Authority} and its members: {who} is bound.")
                    : (false, $"{regime.Id} binds its authority {regime.Authority} and its members: {who} is neither, so it is not bound.");
        }
    }
}
