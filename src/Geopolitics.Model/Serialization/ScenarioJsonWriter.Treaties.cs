using System.Text.Json;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Sanctions;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Time;
using Geopolitics.Model.Transfers;
using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Serialization;

/// <summary>Writes the treaties: parties, entry into force, duration, clauses.</summary>
internal static partial class ScenarioJsonWriter
{
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
            if (conditions.Unrecorded)
            {
                writer.WriteBoolean("unrecorded", true);
            }

            writer.WriteEndObject();
        }

        Text(writer, "summary", clause.Summary);
        writer.WriteEndObject();
    }
}
