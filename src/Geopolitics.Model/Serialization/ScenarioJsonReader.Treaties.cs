using System.Text.Json;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Serialization;

internal sealed partial class ScenarioJsonReader
{
    internal Treaty? ReadTreaty(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_errors, element, path, "a treaty");
        if (o is null)
        {
            return null;
        }

        var id = o.Required("id", _treatyId);
        var name = o.Required("name", _errors.String);
        var parties = o.Array("parties", ReadParty);
        var entryIntoForce = o.Required("entryIntoForce", ReadEntryIntoForce);
        var duration = o.Optional("duration", ReadDuration);
        var clauses = o.Array("clauses", ReadClause);
        var withdrawalNotice = o.Optional("withdrawalNotice", _errors.Period);
        var suspensions = o.Array("suspensions", ReadSuspension);
        var termination = o.Optional("termination", ReadTermination);
        var supersedes = o.Array("supersedes", _treatyId);
        var externalReferences = o.Array("externalReferences", ReadExternalReference);
        var evidence = o.Required("evidence", ReadEvidence);
        return o.Finish()
            ? o.Create(Treaty.Problem(name, withdrawalNotice), () => new Treaty(id, name, parties, entryIntoForce, evidence, duration, clauses, withdrawalNotice, suspensions, termination, supersedes, externalReferences))
            : null;
    }

    internal TreatyParty? ReadParty(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_errors, element, path, "a treaty party");
        if (o is null)
        {
            return null;
        }

        var actor = o.Required("actor", _actorId);
        var signature = o.Optional("signature", ReadSignature);
        var consent = o.Optional("consent", ReadConsent);
        var domesticSteps = o.Array("domesticSteps", ReadDomesticStep);
        var withdrawal = o.Optional("withdrawal", ReadWithdrawal);
        var suspensions = o.Array("suspensions", ReadSuspension);
        var partnerSuspensions = o.Array("partnerSuspensions", ReadPartnerSuspension);
        var understandings = o.Array("understandings", ReadUnderstanding);
        return o.Finish()
            ? o.Create(null, () => new TreatyParty(actor, signature, consent, domesticSteps, withdrawal, suspensions) { PartnerSuspensions = partnerSuspensions, Understandings = understandings })
            : null;
    }

    internal PartnerSuspension? ReadPartnerSuspension(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_errors, element, path, "a suspension towards one partner");
        if (o is null)
        {
            return null;
        }

        var partner = o.Required("partner", _actorId);
        var period = o.Required("period", ReadPeriod);
        var evidence = o.Required("evidence", ReadEvidence);
        var description = o.Optional("description", _errors.String);
        return o.Finish() ? o.Create(null, () => new PartnerSuspension(partner, period, evidence, description)) : null;
    }

    internal PartyUnderstanding? ReadUnderstanding(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_errors, element, path, "an understanding");
        if (o is null)
        {
            return null;
        }

        var clause = o.Required("clause", _clauseId);
        var conditions = o.Required("conditions", ReadConditions);
        var evidence = o.Required("evidence", ReadEvidence);
        var description = o.Optional("description", _errors.String);
        return o.Finish() ? o.Create(null, () => new PartyUnderstanding(clause, conditions, evidence, description)) : null;
    }

    internal Signature? ReadSignature(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_errors, element, path, "a signature");
        if (o is null)
        {
            return null;
        }

        var date = o.Required("date", _errors.Date);
        var evidence = o.Required("evidence", ReadEvidence);
        return o.Finish() ? o.Create(null, () => new Signature(date, evidence)) : null;
    }

    internal Consent? ReadConsent(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_errors, element, path, "a consent to be bound");
        if (o is null)
        {
            return null;
        }

        var kind = o.Required("kind", _errors.Enum(JsonEnums.ConsentKind));
        var date = o.Required("date", _errors.Date);
        var evidence = o.Required("evidence", ReadEvidence);
        return o.Finish() ? o.Create(null, () => new Consent(kind, date, evidence)) : null;
    }

    internal DomesticStep? ReadDomesticStep(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_errors, element, path, "a domestic step");
        if (o is null)
        {
            return null;
        }

        var description = o.Required("description", _errors.String);
        var date = o.Required("date", _errors.Date);
        var evidence = o.Required("evidence", ReadEvidence);
        return o.Finish() ? o.Create(DomesticStep.Problem(description), () => new DomesticStep(description, date, evidence)) : null;
    }

    internal Withdrawal? ReadWithdrawal(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_errors, element, path, "a withdrawal");
        if (o is null)
        {
            return null;
        }

        var notified = o.Required("notified", _errors.Date);
        var effective = o.OptionalValue("effective", _errors.Date);
        var evidence = o.Required("evidence", ReadEvidence);
        return o.Finish() ? o.Create(null, () => new Withdrawal(notified, effective, evidence)) : null;
    }

    internal Suspension? ReadSuspension(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_errors, element, path, "a suspension");
        if (o is null)
        {
            return null;
        }

        var period = o.Required("period", ReadPeriod);
        var evidence = o.Required("evidence", ReadEvidence);
        var description = o.Optional("description", _errors.String);
        return o.Finish() ? o.Create(null, () => new Suspension(period, evidence, description)) : null;
    }

    internal Termination? ReadTermination(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_errors, element, path, "a termination");
        if (o is null)
        {
            return null;
        }

        var kind = o.Required("kind", _errors.Enum(JsonEnums.TerminationKind));
        var date = o.Required("date", _errors.Date);
        var effective = o.OptionalValue("effective", _errors.Date);
        var evidence = o.Required("evidence", ReadEvidence);
        var description = o.Optional("description", _errors.String);
        return o.Finish() ? o.Create(null, () => new Termination(kind, date, effective, evidence, description)) : null;
    }

    internal ExternalReference? ReadExternalReference(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_errors, element, path, "an external reference");
        if (o is null)
        {
            return null;
        }

        var dataset = o.Required("dataset", _errors.String);
        var id = o.Required("id", _errors.String);
        return o.Finish() ? o.Create(ExternalReference.Problem(dataset, id), () => new ExternalReference(dataset, id)) : null;
    }

    internal EntryIntoForceRule? ReadEntryIntoForce(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_errors, element, path, "an entry-into-force rule");
        var kind = o?.Kind(JsonEnums.EntryIntoForceKinds, "entry-into-force rule");
        if (o is null || kind is null)
        {
            return null;
        }

        Func<EntryIntoForceRule> build;
        Func<ArgumentProblem?>? check = null;
        switch (kind)
        {
            case "onSignature":
                build = () => new OnSignatureRule();
                break;
            case "onExchangeOfInstruments":
                var exchanged = o.OptionalValue("exchanged", _errors.Date);
                build = () => new OnExchangeOfInstrumentsRule(exchanged);
                break;
            case "afterInstruments":
                var count = o.Required("count", _errors.Integer);
                var days = o.Required("days", _errors.Integer);
                check = () => AfterInstrumentsRule.Problem(count, days);
                build = () => new AfterInstrumentsRule(count, days);
                break;
            case "onFixedDate":
                var fixedDate = o.Required("date", _errors.Date);
                build = () => new OnFixedDateRule(fixedDate);
                break;
            default:
                var recorded = o.Required("date", _errors.Date);
                build = () => new RecordedRule(recorded);
                break;
        }

        return o.Finish() ? o.Create(check?.Invoke(), build) : null;
    }

    internal TreatyDuration? ReadDuration(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_errors, element, path, "a treaty duration");
        var kind = o?.Kind(JsonEnums.DurationKinds, "treaty duration");
        if (o is null || kind is null)
        {
            return null;
        }

        Func<TreatyDuration> build;
        Func<ArgumentProblem?>? check = null;
        if (kind == "indefinite")
        {
            build = () => new IndefiniteDuration();
        }
        else
        {
            var term = o.Required("term", _errors.Period);
            var renewsAutomatically = o.OptionalOr("renewsAutomatically", _errors.Boolean, false);
            var renewalTerm = o.Optional("renewalTerm", _errors.Period);
            check = () => FixedTermDuration.Problem(term, renewsAutomatically, renewalTerm);
            build = () => new FixedTermDuration(term, renewsAutomatically, renewalTerm);
        }

        return o.Finish() ? o.Create(check?.Invoke(), build) : null;
    }

    internal Clause? ReadClause(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_errors, element, path, "a clause");
        if (o is null || !o.Kind(JsonEnums.ClauseKind, "clause", out var kind))
        {
            return null;
        }

        var id = o.Required("id", _clauseId);
        var conditions = o.Optional("conditions", ReadConditions);
        var guarantors = o.Array("guarantors", _actorId);
        var beneficiaries = o.Array("beneficiaries", _actorId);
        var article = o.Optional("article", _errors.String);
        var summary = o.Optional("summary", _errors.String);
        Func<Clause> build;
        switch (kind)
        {
            case ClauseKind.MutualDefence:
                var trigger = o.Required("trigger", _errors.Enum(JsonEnums.DefenceTrigger));
                var response = o.Required("response", _errors.Enum(JsonEnums.DefenceResponse));
                build = () => new MutualDefenceClause(id, trigger, response, conditions, guarantors, beneficiaries, article, summary);
                break;
            case ClauseKind.MilitaryCooperation:
                var forms = o.Array("forms", _errors.Enum(JsonEnums.MilitaryCooperationForm));
                build = () => new MilitaryCooperationClause(
                    id, forms.Aggregate(MilitaryCooperationForms.None, (all, form) => all | form), conditions, guarantors, beneficiaries, article, summary);
                break;
            case ClauseKind.TechnologyTransfer:
                var domains = o.Array("domains", _errors.Enum(JsonEnums.TechnologyDomain));
                build = () => new TechnologyTransferClause(id, domains, conditions, guarantors, beneficiaries, article, summary);
                break;
            default:
                // Every other kind is a plain obligation: nothing but its kind, direction and conditions.
                var plain = kind;
                build = () => new ObligationClause(id, plain, conditions, guarantors, beneficiaries, article, summary);
                break;
        }

        return o.Finish() ? o.Create(null, build) : null;
    }

    internal ClauseConditions? ReadConditions(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_errors, element, path, "clause conditions");
        if (o is null)
        {
            return null;
        }

        var adversaries = o.Array("adversaries", _actorId);
        var geographicScope = o.Optional("geographicScope", ReadGeographicScope);
        var nonProvocation = o.OptionalOr("nonProvocation", _errors.Boolean, false);
        var unrecorded = o.OptionalOr("unrecorded", _errors.Boolean, false);
        return o.Finish() ? o.Create(null, () => new ClauseConditions(adversaries, geographicScope, nonProvocation, unrecorded)) : null;
    }

    internal GeographicScope? ReadGeographicScope(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_errors, element, path, "a geographic scope");
        if (o is null)
        {
            return null;
        }

        var administeredBy = o.Array("administeredBy", _actorId);
        var regions = o.Array("regions", _placeId);
        var places = o.Array("places", _placeId);
        var description = o.Optional("description", _errors.String);
        return o.Finish() ? o.Create(null, () => new GeographicScope(administeredBy, regions, places, description)) : null;
    }
}
