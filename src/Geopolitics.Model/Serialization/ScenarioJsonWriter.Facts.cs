using System.Collections.Immutable;
using System.Text.Json;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Sanctions;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Transfers;
using NodaTime;

namespace Geopolitics.Model.Serialization;

/// <summary>Writes the facts besides treaties: transfers, exchanges, stances (and the compact votes), sanctions regimes.</summary>
internal static partial class ScenarioJsonWriter
{
    internal static void WriteTransfer(Utf8JsonWriter writer, Transfer transfer)
    {
        writer.WriteStartObject();
        writer.WriteString("id", transfer.Id.Value);
        writer.WriteString("supplier", transfer.Supplier.Value);
        writer.WriteString("recipient", transfer.Recipient.Value);
        DatePeriod(writer, "period", transfer.Period);
        writer.WriteString("status", JsonEnums.TransferStatus.Name(transfer.Status));
        writer.WritePropertyName("item");
        WriteTransferItem(writer, transfer.Item);
        Evidence(writer, transfer.Evidence);
        Text(writer, "description", transfer.Description);
        writer.WriteEndObject();
    }

    internal static void WriteTransferItem(Utf8JsonWriter writer, TransferItem item)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", JsonEnums.TransferItemKind.Name(item.Kind));
        switch (item)
        {
            case MunitionsItem munitions:
                writer.WriteString("category", JsonEnums.MunitionsCategory.Name(munitions.Category));
                Quantity(writer, "quantity", munitions.Quantity);
                Text(writer, "description", munitions.Description);
                break;
            case WeaponSystemsItem weapons:
                writer.WriteString("designation", weapons.Designation);
                Text(writer, "sipriCategory", weapons.SipriCategory);
                Estimate(writer, "numberOrdered", weapons.NumberOrdered);
                Estimate(writer, "numberDelivered", weapons.NumberDelivered);
                Number(writer, "tivPerUnit", weapons.TivPerUnit);
                Number(writer, "tivOrder", weapons.TivOrder);
                Number(writer, "tivDelivered", weapons.TivDelivered);
                if (weapons.SecondHand is { } secondHand)
                {
                    writer.WriteBoolean("secondHand", secondHand);
                }

                break;
            case TechnologyItem technology:
                writer.WriteString("domain", JsonEnums.TechnologyDomain.Name(technology.Domain));
                writer.WriteString("form", JsonEnums.TechnologyForm.Name(technology.Form));
                Text(writer, "description", technology.Description);
                break;
            case MoneyItem money:
                writer.WritePropertyName("money");
                WriteMoney(writer, money.Money);
                break;
            case PersonnelItem personnel:
                Estimate(writer, "count", personnel.Count);
                writer.WriteString("role", JsonEnums.PersonnelRole.Name(personnel.Role));
                Text(writer, "deploymentLocation", personnel.DeploymentLocation?.Value);
                writer.WriteBoolean("inSupportOfOperations", personnel.InSupportOfOperations);
                break;
            case ResourcesItem resources:
                writer.WriteString("resource", JsonEnums.ResourceKind.Name(resources.Resource));
                Quantity(writer, "quantity", resources.Quantity);
                Text(writer, "description", resources.Description);
                break;
            default:
                throw new System.Diagnostics.UnreachableException($"Unknown transfer item {item.GetType()}.");
        }

        writer.WriteEndObject();
    }

    internal static void WriteMoney(Utf8JsonWriter writer, Money money)
    {
        writer.WriteStartObject();
        writer.WriteString("currency", money.Currency.Value);
        Estimate(writer, "amount", money.Amount);
        writer.WriteEndObject();
    }

    internal static void WriteExchange(Utf8JsonWriter writer, Exchange exchange)
    {
        writer.WriteStartObject();
        writer.WriteString("id", exchange.Id.Value);
        Array(writer, "transfers", exchange.Transfers, (w, id) => w.WriteStringValue(id.Value));
        Evidence(writer, exchange.Evidence);
        Text(writer, "description", exchange.Description);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Sets apart the recorded votes that the compact <c>votes</c> form reproduces exactly (<see cref="Stance.ForVote"/>),
    /// grouped by roll call and evidence in the order first met; every other stance is written in full.
    /// </summary>
    private static (ImmutableArray<Stance> Stances, ImmutableArray<VoteGroup> Votes) SplitVotes(ImmutableArray<Stance> all)
    {
        if (!all.Any(s => s.Vote is not null))
        {
            return (all, []);
        }

        var stances = ImmutableArray.CreateBuilder<Stance>();
        var groups = new Dictionary<(ResolutionTarget, Evidence), VoteGroup>();
        var order = ImmutableArray.CreateBuilder<VoteGroup>();
        foreach (var stance in all)
        {
            if (stance is { Vote: { } vote, Target: ResolutionTarget target } && stance.Equals(Stance.ForVote(stance.Holder, target, vote, stance.Evidence)))
            {
                if (!groups.TryGetValue((target, stance.Evidence), out var group))
                {
                    groups[(target, stance.Evidence)] = group = new VoteGroup(target, stance.Evidence);
                    order.Add(group);
                }

                group.Holders[(int)vote - 1].Add(stance.Holder);
            }
            else
            {
                stances.Add(stance);
            }
        }

        return (stances.ToImmutable(), order.ToImmutable());
    }

    internal static void WriteTarget(Utf8JsonWriter writer, StanceTarget target)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", JsonEnums.StanceTargetKind.Name(target.Kind));
        switch (target)
        {
            case ActorTarget actor:
                writer.WriteString("actor", actor.Actor.Value);
                break;
            case ActorsTarget actors:
                Array(writer, "actors", actors.Actors, (w, id) => w.WriteStringValue(id.Value));
                break;
            case TreatyTarget treaty:
                writer.WriteString("treaty", treaty.Treaty.Value);
                break;
            case TransferTarget transfer:
                writer.WriteString("transfer", transfer.Transfer.Value);
                break;
            case IssueTarget issue:
                writer.WriteString("issue", issue.Issue);
                break;
            case ResolutionTarget resolution:
                writer.WriteNumber("rollCall", resolution.RollCall);
                writer.WriteNumber("session", resolution.Session);
                Date(writer, "date", resolution.Date);
                Text(writer, "symbol", resolution.Symbol);
                Array(writer, "issues", resolution.Issues, (w, text) => w.WriteStringValue(text));
                Flag(writer, "amendment", resolution.Amendment);
                Flag(writer, "paragraph", resolution.Paragraph);
                Flag(writer, "importantVote", resolution.ImportantVote);
                Text(writer, "title", resolution.Title);
                break;
            default:
                throw new System.Diagnostics.UnreachableException($"Unknown stance target {target.GetType()}.");
        }

        writer.WriteEndObject();
    }

    private static void WriteVotes(Utf8JsonWriter writer, VoteGroup group)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("target");
        WriteTarget(writer, group.Target);
        Evidence(writer, group.Evidence);
        string[] names = ["yes", "abstain", "no"];
        for (var k = 0; k < 3; k++)
        {
            if (group.Holders[k].Count > 0)
            {
                writer.WriteStartArray(names[k]);
                foreach (var holder in group.Holders[k])
                {
                    writer.WriteStringValue(holder.Value);
                }

                writer.WriteEndArray();
            }
        }

        writer.WriteEndObject();
    }

    internal static void WriteStance(Utf8JsonWriter writer, Stance stance)
    {
        writer.WriteStartObject();
        writer.WriteString("id", stance.Id.Value);
        writer.WriteString("holder", stance.Holder.Value);
        Text(writer, "via", stance.Via?.Value);
        writer.WritePropertyName("target");
        WriteTarget(writer, stance.Target);
        writer.WriteString("position", JsonEnums.StancePosition.Name(stance.Position));
        Date(writer, "date", stance.Date);
        Array(writer, "signals", stance.Signals, (w, signal) => w.WriteStringValue(JsonEnums.StanceSignal.Name(signal)));
        Text(writer, "cameoCode", stance.CameoCode);
        if (stance.GoldsteinScore is { } score)
        {
            writer.WriteNumber("goldsteinScore", score);
        }

        Evidence(writer, stance.Evidence);
        Text(writer, "summary", stance.Summary);
        if (stance.Vote is { } vote)
        {
            writer.WriteString("vote", JsonEnums.VoteChoice.Name(vote));
        }

        writer.WriteEndObject();
    }

    internal static void WriteSanctionsRegime(Utf8JsonWriter writer, SanctionsRegime regime)
    {
        writer.WriteStartObject();
        writer.WriteString("id", regime.Id.Value);
        Text(writer, "name", regime.Name);
        writer.WriteString("authority", regime.Authority.Value);
        writer.WriteString("target", regime.Target.Value);
        Array(writer, "legalBasis", regime.LegalBasis, WriteLegalInstrument);
        DatePeriod(writer, "period", regime.Period);
        Array(writer, "measures", regime.Measures, WriteSanctionsMeasure);
        writer.WriteString("binding", JsonEnums.SanctionsBinding.Name(regime.Binding));
        Evidence(writer, regime.Evidence);
        writer.WriteEndObject();
    }

    internal static void WriteLegalInstrument(Utf8JsonWriter writer, LegalInstrument instrument)
    {
        writer.WriteStartObject();
        writer.WriteString("name", instrument.Name);
        Date(writer, "adopted", instrument.Adopted);
        writer.WriteEndObject();
    }

    internal static void WriteSanctionsMeasure(Utf8JsonWriter writer, SanctionsMeasure measure)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", JsonEnums.SanctionsMeasureKind.Name(measure.Kind));
        switch (measure)
        {
            case ArmsEmbargo embargo:
                writer.WriteString("direction", JsonEnums.EmbargoDirection.Name(embargo.Direction));
                break;
            case TechnologyBan ban:
                Array(writer, "domains", ban.Domains, (w, domain) => w.WriteStringValue(JsonEnums.TechnologyDomain.Name(domain)));
                writer.WriteString("direction", JsonEnums.EmbargoDirection.Name(ban.Direction));
                break;
            case FinancialMeasure financial:
                writer.WriteString("restriction", JsonEnums.FinancialMeasureKind.Name(financial.Restriction));
                break;
            case ResourceCap cap:
                writer.WriteString("resource", JsonEnums.ResourceKind.Name(cap.Resource));
                writer.WriteString("direction", JsonEnums.EmbargoDirection.Name(cap.Direction));
                if (cap.Cap is { } quantity)
                {
                    Quantity(writer, "cap", quantity);
                }

                break;
            case WorkerBan:
                break;
            default:
                throw new System.Diagnostics.UnreachableException($"Unknown sanctions measure {measure.GetType()}.");
        }

        Text(writer, "legalBasis", measure.LegalBasis);
        writer.WriteEndObject();
    }
}
