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
    internal static void WriteTreaty(Utf8JsonWriter writer, Treaty treaty)
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
            writer.WritePropertyName("termination");
            WriteTermination(writer, termination);
        }

        Array(writer, "supersedes", treaty.Supersedes, (w, id) => w.WriteStringValue(id.Value));
        Array(writer, "externalReferences", treaty.ExternalReferences, WriteExternalReference);
        Evidence(writer, treaty.Evidence);
        writer.WriteEndObject();
    }

    internal static void WriteTermination(Utf8JsonWriter writer, Termination termination)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", JsonEnums.TerminationKind.Name(termination.Kind));
        Date(writer, "date", termination.Date);
        Date(writer, "effective", termination.Effective);
        Evidence(writer, termination.Evidence);
        Text(writer, "description", termination.Description);
        writer.WriteEndObject();
    }

    internal static void WriteExternalReference(Utf8JsonWriter writer, ExternalReference reference)
    {
        writer.WriteStartObject();
        writer.WriteString("dataset", reference.Dataset);
        writer.WriteString("id", reference.Id);
        writer.WriteEndObject();
    }

    internal static void WriteParty(Utf8JsonWriter writer, TreatyParty party)
    {
        writer.WriteStartObject();
        writer.WriteString("actor", party.Actor.Value);
        if (party.Signature is { } signature)
        {
            writer.WritePropertyName("signature");
            WriteSignature(writer, signature);
        }

        if (party.Consent is { } consent)
        {
            writer.WritePropertyName("consent");
            WriteConsent(writer, consent);
        }

        Array(writer, "domesticSteps", party.DomesticSteps, WriteDomesticStep);
        if (party.Withdrawal is { } withdrawal)
        {
            writer.WritePropertyName("withdrawal");
            WriteWithdrawal(writer, withdrawal);
        }

        Array(writer, "suspensions", party.Suspensions, WriteSuspension);
        Array(writer, "partnerSuspensions", party.PartnerSuspensions, WritePartnerSuspension);
        Array(writer, "understandings", party.Understandings, WriteUnderstanding);
        writer.WriteEndObject();
    }

    internal static void WritePartnerSuspension(Utf8JsonWriter writer, PartnerSuspension suspension)
    {
        writer.WriteStartObject();
        writer.WriteString("partner", suspension.Partner.Value);
        DatePeriod(writer, "period", suspension.Period);
        Evidence(writer, suspension.Evidence);
        Text(writer, "description", suspension.Description);
        writer.WriteEndObject();
    }

    internal static void WriteUnderstanding(Utf8JsonWriter writer, PartyUnderstanding understanding)
    {
        writer.WriteStartObject();
        writer.WriteString("clause", understanding.Clause.Value);
        writer.WritePropertyName("conditions");
        WriteConditions(writer, understanding.Conditions);
        Evidence(writer, understanding.Evidence);
        Text(writer, "description", understanding.Description);
        writer.WriteEndObject();
    }

    internal static void WriteSignature(Utf8JsonWriter writer, Signature signature)
    {
        writer.WriteStartObject();
        Date(writer, "date", signature.Date);
        Evidence(writer, signature.Evidence);
        writer.WriteEndObject();
    }

    internal static void WriteConsent(Utf8JsonWriter writer, Consent consent)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", JsonEnums.ConsentKind.Name(consent.Kind));
        Date(writer, "date", consent.Date);
        Evidence(writer, consent.Evidence);
        writer.WriteEndObject();
    }

    internal static void WriteDomesticStep(Utf8JsonWriter writer, DomesticStep step)
    {
        writer.WriteStartObject();
        writer.WriteString("description", step.Description);
        Date(writer, "date", step.Date);
        Evidence(writer, step.Evidence);
        writer.WriteEndObject();
    }

    internal static void WriteWithdrawal(Utf8JsonWriter writer, Withdrawal withdrawal)
    {
        writer.WriteStartObject();
        Date(writer, "notified", withdrawal.Notified);
        Date(writer, "effective", withdrawal.Effective);
        Evidence(writer, withdrawal.Evidence);
        writer.WriteEndObject();
    }

    internal static void WriteSuspension(Utf8JsonWriter writer, Suspension suspension)
    {
        writer.WriteStartObject();
        DatePeriod(writer, "period", suspension.Period);
        Evidence(writer, suspension.Evidence);
        Text(writer, "description", suspension.Description);
        writer.WriteEndObject();
    }

    internal static void WriteEntryIntoForce(Utf8JsonWriter writer, EntryIntoForceRule rule)
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

    internal static void WriteDuration(Utf8JsonWriter writer, TreatyDuration duration)
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

    internal static void WriteClause(Utf8JsonWriter writer, Clause clause)
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
            writer.WritePropertyName("conditions");
            WriteConditions(writer, clause.Conditions);
        }

        Text(writer, "summary", clause.Summary);
        writer.WriteEndObject();
    }

    internal static void WriteConditions(Utf8JsonWriter writer, ClauseConditions conditions)
    {
        writer.WriteStartObject();
        Array(writer, "adversaries", conditions.Adversaries, (w, id) => w.WriteStringValue(id.Value));
        if (conditions.GeographicScope is { } scope)
        {
            writer.WritePropertyName("geographicScope");
            WriteGeographicScope(writer, scope);
        }

        writer.WriteBoolean("nonProvocation", conditions.NonProvocation);
        if (conditions.Unrecorded)
        {
            writer.WriteBoolean("unrecorded", true);
        }

        writer.WriteEndObject();
    }

    internal static void WriteGeographicScope(Utf8JsonWriter writer, GeographicScope scope)
    {
        writer.WriteStartObject();
        Array(writer, "administeredBy", scope.AdministeredBy, (w, id) => w.WriteStringValue(id.Value));
        Array(writer, "regions", scope.Regions, (w, id) => w.WriteStringValue(id.Value));
        Array(writer, "places", scope.Places, (w, id) => w.WriteStringValue(id.Value));
        Text(writer, "description", scope.Description);
        writer.WriteEndObject();
    }
}
