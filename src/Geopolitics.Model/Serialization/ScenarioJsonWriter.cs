using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Places;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Sanctions;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Time;
using Geopolitics.Model.Transfers;
using Geopolitics.Model.Treaties;
using NodaTime.Text;
using NodaTime;

namespace Geopolitics.Model.Serialization;

/// <summary>
/// Writes a scenario in the file format: members in a fixed order, absent optional members and empty arrays left out,
/// so that the same scenario always gives the same bytes.
/// </summary>
internal static class ScenarioJsonWriter
{
    /// <summary>
    /// How the library writes JSON, the scenario file and the answers (<c>Presentation.AnswerJson</c>) alike: indented
    /// by two spaces, lines ended by a line feed, non-ASCII text unescaped.
    /// </summary>
    internal static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",

        // Names, titles and explanations stay readable (no \u escapes for non-ASCII text); the output is data, never HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="scenario"/> to <paramref name="stream"/> and a final line break.</summary>
    public static void Write(Scenario scenario, Stream stream)
    {
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            writer.WriteNumber("formatVersion", ScenarioJson.FormatVersion);
            writer.WriteString("name", scenario.Name);
            Text(writer, "description", scenario.Description);
            Array(writer, "actors", scenario.Actors, WriteActor);
            Array(writer, "places", scenario.Places, WritePlace);
            Array(writer, "treaties", scenario.Treaties, WriteTreaty);
            Array(writer, "transfers", scenario.Transfers, WriteTransfer);
            Array(writer, "exchanges", scenario.Exchanges, WriteExchange);
            var (stances, votes) = SplitVotes(scenario.Stances);
            Array(writer, "stances", stances, WriteStance);
            Array(writer, "votes", votes, WriteVotes);
            Array(writer, "sanctionsRegimes", scenario.SanctionsRegimes, WriteSanctionsRegime);
            writer.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        stream.Flush();
    }

    private static void WriteActor(Utf8JsonWriter writer, Actor actor)
    {
        writer.WriteStartObject();
        writer.WriteString("id", actor.Id.Value);
        writer.WriteString("kind", JsonEnums.ActorKind.Name(actor.Kind));
        writer.WriteString("name", actor.Name);
        Text(writer, "speaksFor", actor.SpeaksFor?.Value);
        Array(writer, "members", actor.Members, (w, id) => w.WriteStringValue(id.Value));
        writer.WriteEndObject();
    }

    private static void WritePlace(Utf8JsonWriter writer, Place place)
    {
        writer.WriteStartObject();
        writer.WriteString("id", place.Id.Value);
        writer.WriteString("name", place.Name);
        writer.WriteString("kind", JsonEnums.PlaceKind.Name(place.Kind));
        Text(writer, "administeredBy", place.AdministeredBy?.Value);
        Array(writer, "regions", place.Regions, (w, id) => w.WriteStringValue(id.Value));
        Array(writer, "partlyIn", place.PartlyIn, (w, id) => w.WriteStringValue(id.Value));
        Array(writer, "aliases", place.Aliases, (w, alias) => w.WriteStringValue(alias));
        writer.WriteEndObject();
    }

    private static void WriteTreaty(Utf8JsonWriter writer, Treaty treaty)
    {
        writer.WriteStartObject();
        writer.WriteString("id", treaty.Id.Value);
        writer.WriteString("name", treaty.Name);
        Array(writer, "parties", treaty.Parties, WriteParty);
        writer.WritePropertyName("entryIntoForce");
        WriteEntryIntoForce(writer, treaty.EntryIntoForce);
        writer.WritePropertyName("duration");
        WriteDuration(writer, treaty.Duration);
        Array(writer, "clauses", treaty.Clauses, WriteClause);
        Period(writer, "withdrawalNotice", treaty.WithdrawalNotice);
        Array(writer, "suspensions", treaty.Suspensions, WriteSuspension);
        if (treaty.Termination is { } termination)
        {
            writer.WriteStartObject("termination");
            writer.WriteString("kind", JsonEnums.TerminationKind.Name(termination.Kind));
            Date(writer, "date", termination.Date);
            Date(writer, "effective", termination.Effective);
            Evidence(writer, termination.Evidence);
            Text(writer, "description", termination.Description);
            writer.WriteEndObject();
        }

        Array(writer, "supersedes", treaty.Supersedes, (w, id) => w.WriteStringValue(id.Value));
        Array(writer, "externalReferences", treaty.ExternalReferences, (w, reference) =>
        {
            w.WriteStartObject();
            w.WriteString("dataset", reference.Dataset);
            w.WriteString("id", reference.Id);
            w.WriteEndObject();
        });
        Evidence(writer, treaty.Evidence);
        writer.WriteEndObject();
    }

    private static void WriteParty(Utf8JsonWriter writer, TreatyParty party)
    {
        writer.WriteStartObject();
        writer.WriteString("actor", party.Actor.Value);
        if (party.Signature is { } signature)
        {
            writer.WriteStartObject("signature");
            Date(writer, "date", signature.Date);
            Evidence(writer, signature.Evidence);
            writer.WriteEndObject();
        }

        if (party.Consent is { } consent)
        {
            writer.WriteStartObject("consent");
            writer.WriteString("kind", JsonEnums.ConsentKind.Name(consent.Kind));
            Date(writer, "date", consent.Date);
            Evidence(writer, consent.Evidence);
            writer.WriteEndObject();
        }

        Array(writer, "domesticSteps", party.DomesticSteps, (w, step) =>
        {
            w.WriteStartObject();
            w.WriteString("description", step.Description);
            Date(w, "date", step.Date);
            Evidence(w, step.Evidence);
            w.WriteEndObject();
        });
        if (party.Withdrawal is { } withdrawal)
        {
            writer.WriteStartObject("withdrawal");
            Date(writer, "notified", withdrawal.Notified);
            Date(writer, "effective", withdrawal.Effective);
            Evidence(writer, withdrawal.Evidence);
            writer.WriteEndObject();
        }

        Array(writer, "suspensions", party.Suspensions, WriteSuspension);
        writer.WriteEndObject();
    }

    private static void WriteSuspension(Utf8JsonWriter writer, Suspension suspension)
    {
        writer.WriteStartObject();
        DatePeriod(writer, "period", suspension.Period);
        Evidence(writer, suspension.Evidence);
        Text(writer, "description", suspension.Description);
        writer.WriteEndObject();
    }

    private static void WriteEntryIntoForce(Utf8JsonWriter writer, EntryIntoForceRule rule)
    {
        writer.WriteStartObject();
        switch (rule)
        {
            case OnSignatureRule:
                writer.WriteString("kind", "onSignature");
                break;
            case OnExchangeOfInstrumentsRule exchange:
                writer.WriteString("kind", "onExchangeOfInstruments");
                Date(writer, "exchanged", exchange.Exchanged);
                break;
            case AfterInstrumentsRule after:
                writer.WriteString("kind", "afterInstruments");
                writer.WriteNumber("count", after.Count);
                writer.WriteNumber("days", after.Days);
                break;
            case OnFixedDateRule fixedDate:
                writer.WriteString("kind", "onFixedDate");
                Date(writer, "date", fixedDate.Date);
                break;
            case RecordedRule recorded:
                writer.WriteString("kind", "recorded");
                Date(writer, "date", recorded.Date);
                break;
            default:
                throw new System.Diagnostics.UnreachableException($"Unknown entry-into-force rule {rule.GetType()}.");
        }

        writer.WriteEndObject();
    }

    private static void WriteDuration(Utf8JsonWriter writer, TreatyDuration duration)
    {
        writer.WriteStartObject();
        switch (duration)
        {
            case IndefiniteDuration:
                writer.WriteString("kind", "indefinite");
                break;
            case FixedTermDuration term:
                writer.WriteString("kind", "fixedTerm");
                Period(writer, "term", term.Term);
                writer.WriteBoolean("renewsAutomatically", term.RenewsAutomatically);
                Period(writer, "renewalTerm", term.RenewalTerm);
                break;
            default:
                throw new System.Diagnostics.UnreachableException($"Unknown treaty duration {duration.GetType()}.");
        }

        writer.WriteEndObject();
    }

    private static void WriteClause(Utf8JsonWriter writer, Clause clause)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", JsonEnums.ClauseKind.Name(clause.Kind));
        writer.WriteString("id", clause.Id.Value);
        Text(writer, "article", clause.Article);
        clause.Switch(
            mutualDefence: defence =>
            {
                writer.WriteString("trigger", JsonEnums.DefenceTrigger.Name(defence.Trigger));
                writer.WriteString("response", JsonEnums.DefenceResponse.Name(defence.Response));
            },
            militaryCooperation: cooperation => Array(
                writer,
                "forms",
                [.. JsonEnums.MilitaryCooperationForm.Names.Where(name =>
                    JsonEnums.MilitaryCooperationForm.TryParse(name, out var form) && cooperation.Forms.HasFlag(form))],
                (w, name) => w.WriteStringValue(name)),
            technologyTransfer: technology =>
                Array(writer, "domains", technology.Domains, (w, domain) => w.WriteStringValue(JsonEnums.TechnologyDomain.Name(domain))),
            obligation: _ => { }); // a plain obligation has nothing beyond its kind

        Array(writer, "guarantors", clause.Guarantors, (w, id) => w.WriteStringValue(id.Value));
        Array(writer, "beneficiaries", clause.Beneficiaries, (w, id) => w.WriteStringValue(id.Value));
        if (!clause.Conditions.Equals(ClauseConditions.None))
        {
            var conditions = clause.Conditions;
            writer.WriteStartObject("conditions");
            Array(writer, "adversaries", conditions.Adversaries, (w, id) => w.WriteStringValue(id.Value));
            if (conditions.GeographicScope is { } scope)
            {
                writer.WriteStartObject("geographicScope");
                Array(writer, "administeredBy", scope.AdministeredBy, (w, id) => w.WriteStringValue(id.Value));
                Array(writer, "regions", scope.Regions, (w, id) => w.WriteStringValue(id.Value));
                Text(writer, "description", scope.Description);
                writer.WriteEndObject();
            }

            writer.WriteBoolean("nonProvocation", conditions.NonProvocation);
            writer.WriteEndObject();
        }

        Text(writer, "summary", clause.Summary);
        writer.WriteEndObject();
    }

    private static void WriteTransfer(Utf8JsonWriter writer, Transfer transfer)
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

    private static void WriteTransferItem(Utf8JsonWriter writer, TransferItem item)
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
                writer.WriteStartObject("money");
                writer.WriteString("currency", money.Money.Currency.Value);
                Estimate(writer, "amount", money.Money.Amount);
                writer.WriteEndObject();
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

    private static void WriteExchange(Utf8JsonWriter writer, Exchange exchange)
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

    private static void WriteTarget(Utf8JsonWriter writer, StanceTarget target)
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

    private static void WriteStance(Utf8JsonWriter writer, Stance stance)
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

    private static void WriteSanctionsRegime(Utf8JsonWriter writer, SanctionsRegime regime)
    {
        writer.WriteStartObject();
        writer.WriteString("id", regime.Id.Value);
        Text(writer, "name", regime.Name);
        writer.WriteString("authority", regime.Authority.Value);
        writer.WriteString("target", regime.Target.Value);
        Array(writer, "legalBasis", regime.LegalBasis, (w, instrument) =>
        {
            w.WriteStartObject();
            w.WriteString("name", instrument.Name);
            Date(w, "adopted", instrument.Adopted);
            w.WriteEndObject();
        });
        DatePeriod(writer, "period", regime.Period);
        Array(writer, "measures", regime.Measures, WriteSanctionsMeasure);
        writer.WriteString("binding", JsonEnums.SanctionsBinding.Name(regime.Binding));
        Evidence(writer, regime.Evidence);
        writer.WriteEndObject();
    }

    private static void WriteSanctionsMeasure(Utf8JsonWriter writer, SanctionsMeasure measure)
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

    private static void Evidence(Utf8JsonWriter writer, Evidence evidence)
    {
        writer.WriteStartObject("evidence");
        writer.WriteString("confidence", JsonEnums.Confidence.Name(evidence.Confidence));
        Array(writer, "sources", evidence.Sources, (w, source) =>
        {
            w.WriteStartObject();
            w.WriteString("publisher", source.Publisher);
            Text(w, "title", source.Title);
            Text(w, "url", source.Url?.OriginalString);
            Date(w, "date", source.Date);
            w.WriteString("kind", JsonEnums.SourceKind.Name(source.Kind));
            w.WriteEndObject();
        });
        writer.WriteEndObject();
    }

    private static void Quantity(Utf8JsonWriter writer, string name, Quantity quantity)
    {
        writer.WriteStartObject(name);
        Estimate(writer, "amount", quantity.Amount);
        writer.WriteString("unit", quantity.Unit);
        writer.WriteEndObject();
    }

    private static void Estimate(Utf8JsonWriter writer, string name, Estimate? estimate)
    {
        if (estimate is not { } value)
        {
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteString("qualifier", JsonEnums.EstimateQualifier.Name(value.Qualifier));
        if (!value.IsUnknown)
        {
            writer.WriteNumber("low", value.Low);
        }

        // An exact or approximate figure has its high bound equal to the low one; writing it would say nothing more.
        if (value.High is { } high && value.Qualifier is not (EstimateQualifier.Exact or EstimateQualifier.About))
        {
            writer.WriteNumber("high", high);
        }

        writer.WriteEndObject();
    }

    private static void DatePeriod(Utf8JsonWriter writer, string name, DatePeriod period)
    {
        writer.WriteStartObject(name);
        Date(writer, "start", period.Start);
        Date(writer, "end", period.End);
        writer.WriteEndObject();
    }

    private static void Date(Utf8JsonWriter writer, string name, PartialDate? date)
    {
        if (date is { } value)
        {
            writer.WriteString(name, value.ToString());
        }
    }

    private static void Period(Utf8JsonWriter writer, string name, Period? period)
    {
        if (period is not null)
        {
            writer.WriteString(name, PeriodPattern.Roundtrip.Format(period));
        }
    }

    private static void Number(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    private static void Flag(Utf8JsonWriter writer, string name, bool? value)
    {
        if (value is { } flag)
        {
            writer.WriteBoolean(name, flag);
        }
    }

    private static void Text(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void Array<T>(Utf8JsonWriter writer, string name, ImmutableArray<T> items, Action<Utf8JsonWriter, T> write)
    {
        if (items.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            write(writer, item);
        }

        writer.WriteEndArray();
    }

    /// <summary>The votes of one roll call sharing one evidence: the holders voting yes, abstain and no, in the order met.</summary>
    private sealed class VoteGroup(ResolutionTarget target, Evidence evidence)
    {
        public ResolutionTarget Target { get; } = target;

        public Evidence Evidence { get; } = evidence;

        public List<ActorId>[] Holders { get; } = [[], [], []];
    }
}
