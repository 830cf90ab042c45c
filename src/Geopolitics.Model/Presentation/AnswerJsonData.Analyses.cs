using System.Text.Json;
using Geopolitics.Model.Analysis.Alignment;
using Geopolitics.Model.Analysis.Compliance;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Analysis.Ledger;
using Geopolitics.Model.Analysis.Partnership;
using Geopolitics.Model.Serialization;
using Geopolitics.Model.Transfers;
using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Presentation;

/// <summary>The answers of defence, ledger, compliance, alignment and partnership as data that reads back (see <c>AnswerJsonData.cs</c>).</summary>
internal sealed partial class AnswerJsonData
{
    private static readonly JsonEnum<DefenceConditionKind> ConditionKinds = new(Enum.GetValues<DefenceConditionKind>(), "a kind of defence condition");
    private static readonly JsonEnum<PartyInBreach> PartiesInBreach = new(Enum.GetValues<PartyInBreach>(), "a party in breach");
    private static readonly JsonEnum<AlignmentBasis> Bases = new(Enum.GetValues<AlignmentBasis>(), "a basis of alignment");
    private static readonly JsonEnum<PartnershipStage> Stages = new(Enum.GetValues<PartnershipStage>(), "a partnership stage");

    // Defence.

    internal static void WriteDefenceAnswer(Utf8JsonWriter writer, DefenceAnswer answer)
    {
        writer.WriteStartObject();
        writer.WriteString("victim", answer.Victim.Value);
        Day(writer, "on", answer.Day);
        if (answer.Attacker is { } attacker)
        {
            writer.WriteString("attacker", attacker.Value);
        }

        if (answer.Place is { } place)
        {
            writer.WritePropertyName("place");
            ScenarioJsonWriter.WritePlace(writer, place);
        }

        writer.WriteBoolean("placeIsHomeTerritory", answer.PlaceIsHomeTerritory);
        if (answer.VictimProvoked is { } provoked)
        {
            writer.WriteBoolean("victimProvoked", provoked);
        }

        writer.WriteString("minConfidence", JsonEnums.Name(answer.Minimum));
        Array(writer, "obligations", answer.Obligations, WriteObligation);
        Array(writer, "ruledOut", answer.RuledOut, WriteObligation);
        Facts(writer, "facts", answer.Facts);
        Facts(writer, "ignoredFacts", answer.IgnoredFacts);
        Strings(writer, "explanation", answer.Explanation);
        writer.WriteEndObject();
    }

    internal DefenceAnswer? ReadDefenceAnswer(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a defence answer");
        if (o is null)
        {
            return null;
        }

        var victim = o.Required("victim", _reader.ActorIds);
        var day = o.Required("on", _values.Day);
        var attacker = o.OptionalValue("attacker", _reader.ActorIds);
        var place = o.Optional("place", _reader.ReadPlace);
        var home = o.Required("placeIsHomeTerritory", _values.Boolean);
        var provoked = o.OptionalValue("victimProvoked", _values.Boolean);
        var minimum = o.Required("minConfidence", _values.Enum(JsonEnums.Confidence));
        var obligations = o.Array("obligations", ReadObligation);
        var ruledOut = o.Array("ruledOut", ReadObligation);
        var facts = o.Array("facts", ReadFactReference);
        var ignored = o.Array("ignoredFacts", ReadFactReference);
        var explanation = o.Array("explanation", _values.String);
        return o.Finish()
            ? new DefenceAnswer(victim, day, attacker, place, home, provoked, minimum, obligations, ruledOut, facts, ignored, explanation)
            : null;
    }

    internal static void WriteObligation(Utf8JsonWriter writer, DefenceObligation obligation)
    {
        writer.WriteStartObject();
        writer.WriteString("guarantor", obligation.Guarantor.Value);
        writer.WriteString("beneficiary", obligation.Beneficiary.Value);
        writer.WriteString("treaty", obligation.Treaty.Value);
        writer.WriteString("treatyName", obligation.TreatyName);
        writer.WritePropertyName("clause");
        ScenarioJsonWriter.WriteClause(writer, obligation.Clause);
        Array(writer, "conditions", obligation.Conditions, WriteCondition);
        Array(writer, "placeAlternatives", obligation.PlaceAlternatives, WritePlaceAlternative);
        writer.WriteEndObject();
    }

    internal DefenceObligation? ReadObligation(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a defence obligation");
        if (o is null)
        {
            return null;
        }

        var guarantor = o.Required("guarantor", _reader.ActorIds);
        var beneficiary = o.Required("beneficiary", _reader.ActorIds);
        var treaty = o.Required("treaty", _reader.TreatyIds);
        var name = o.Required("treatyName", _values.String);
        var clause = o.Required("clause", _reader.ReadClause);
        var conditions = o.Array("conditions", ReadCondition);
        var alternatives = o.Array("placeAlternatives", ReadPlaceAlternative);
        if (clause is not null and not MutualDefenceClause)
        {
            o.Refuse("clause", $"'{o.PathText}.clause' is a clause of kind '{JsonEnums.Name(clause.Kind)}'; a defence obligation comes from a mutual defence clause.");
        }

        return o.Finish() ? new DefenceObligation(guarantor, beneficiary, treaty, name!, (MutualDefenceClause)clause!, conditions, alternatives) : null;
    }

    internal static void WriteCondition(Utf8JsonWriter writer, DefenceCondition condition)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", JsonEnums.Name(condition.Kind));
        writer.WriteString("holds", condition.Holds.ToString());
        writer.WriteString("reason", condition.Reason);
        writer.WriteEndObject();
    }

    internal DefenceCondition? ReadCondition(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a defence condition");
        if (o is null)
        {
            return null;
        }

        var kind = o.Required("kind", _values.Enum(ConditionKinds));
        var holds = o.Required("holds", ReadTruth);
        var reason = o.Required("reason", _values.String);
        return o.Finish() ? new DefenceCondition(kind, holds, reason!) : null;
    }

    internal static void WritePlaceAlternative(Utf8JsonWriter writer, PlaceAlternative alternative)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("place");
        ScenarioJsonWriter.WritePlace(writer, alternative.Place);
        writer.WriteString("applies", alternative.Applies.ToString());
        writer.WriteString("reason", alternative.Reason);
        writer.WriteEndObject();
    }

    internal PlaceAlternative? ReadPlaceAlternative(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a place that would change the answer");
        if (o is null)
        {
            return null;
        }

        var place = o.Required("place", _reader.ReadPlace);
        var applies = o.Required("applies", ReadTruth);
        var reason = o.Required("reason", _values.String);
        return o.Finish() ? new PlaceAlternative(place!, applies, reason!) : null;
    }

    internal static void WriteDefenceSetAsideFact(Utf8JsonWriter writer, DefenceSetAsideFact fact)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("fact");
        WriteFactReference(writer, fact.Fact);
        writer.WriteBoolean("changesAnswer", fact.ChangesAnswer);
        writer.WriteEndObject();
    }

    internal DefenceSetAsideFact? ReadDefenceSetAsideFact(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a fact set aside by a defence answer");
        if (o is null)
        {
            return null;
        }

        var fact = o.Required("fact", ReadFactReference);
        var changes = o.Required("changesAnswer", _values.Boolean);
        return o.Finish() ? new DefenceSetAsideFact(fact!, changes) : null;
    }

    internal static void WriteNetwork(Utf8JsonWriter writer, DefenceNetwork network)
    {
        writer.WriteStartObject();
        Day(writer, "on", network.Day);
        writer.WriteString("minConfidence", JsonEnums.Name(network.Minimum));
        Array(writer, "nodes", network.Nodes, WriteNode);
        Array(writer, "edges", network.Edges, WriteEdge);
        Facts(writer, "facts", network.Facts);
        Facts(writer, "ignoredFacts", network.IgnoredFacts);
        writer.WriteEndObject();
    }

    internal DefenceNetwork? ReadNetwork(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a defence network");
        if (o is null)
        {
            return null;
        }

        var day = o.Required("on", _values.Day);
        var minimum = o.Required("minConfidence", _values.Enum(JsonEnums.Confidence));
        var nodes = o.Array("nodes", ReadNode);
        var edges = o.Array("edges", ReadEdge);
        var facts = o.Array("facts", ReadFactReference);
        var ignored = o.Array("ignoredFacts", ReadFactReference);
        return o.Finish() ? new DefenceNetwork(day, minimum, nodes, edges, facts, ignored) : null;
    }

    internal static void WriteNode(Utf8JsonWriter writer, DefenceNode node)
    {
        writer.WriteStartObject();
        writer.WriteString("actor", node.Actor.Value);
        writer.WriteString("name", node.Name);
        writer.WriteEndObject();
    }

    internal DefenceNode? ReadNode(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a node of the defence network");
        if (o is null)
        {
            return null;
        }

        var actor = o.Required("actor", _reader.ActorIds);
        var name = o.Required("name", _values.String);
        return o.Finish() ? new DefenceNode(actor, name!) : null;
    }

    internal static void WriteEdge(Utf8JsonWriter writer, DefenceEdge edge)
    {
        writer.WriteStartObject();
        writer.WriteString("guarantor", edge.Guarantor.Value);
        writer.WriteString("beneficiary", edge.Beneficiary.Value);
        writer.WriteString("treaty", edge.Treaty.Value);
        writer.WriteString("treatyName", edge.TreatyName);
        writer.WriteString("clause", edge.Clause.Value);
        if (edge.Article is { } article)
        {
            writer.WriteString("article", article);
        }

        writer.WriteString("trigger", JsonEnums.Name(edge.Trigger));
        writer.WriteString("response", JsonEnums.Name(edge.Response));
        writer.WritePropertyName("conditions");
        ScenarioJsonWriter.WriteConditions(writer, edge.Conditions);
        writer.WriteString("inForce", edge.InForce.ToString());
        writer.WriteEndObject();
    }

    internal DefenceEdge? ReadEdge(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "an edge of the defence network");
        if (o is null)
        {
            return null;
        }

        var guarantor = o.Required("guarantor", _reader.ActorIds);
        var beneficiary = o.Required("beneficiary", _reader.ActorIds);
        var treaty = o.Required("treaty", _reader.TreatyIds);
        var name = o.Required("treatyName", _values.String);
        var clause = o.Required("clause", _reader.ClauseIds);
        var article = o.Optional("article", _values.String);
        var trigger = o.Required("trigger", _values.Enum(JsonEnums.DefenceTrigger));
        var response = o.Required("response", _values.Enum(JsonEnums.DefenceResponse));
        var conditions = o.Required("conditions", _reader.ReadConditions);
        var inForce = o.Required("inForce", ReadTruth);
        return o.Finish() ? new DefenceEdge(guarantor, beneficiary, treaty, name!, clause, article, trigger, response, conditions!, inForce) : null;
    }

    // Ledger.

    internal static void WriteLedger(Utf8JsonWriter writer, LedgerReport ledger)
    {
        writer.WriteStartObject();
        writer.WriteString("first", ledger.First.Value);
        writer.WriteString("second", ledger.Second.Value);
        OptionalDay(writer, "from", ledger.From);
        OptionalDay(writer, "to", ledger.To);
        writer.WriteString("minConfidence", JsonEnums.Name(ledger.Minimum));
        writer.WritePropertyName("firstToSecond");
        WriteFlow(writer, ledger.FirstToSecond);
        writer.WritePropertyName("secondToFirst");
        WriteFlow(writer, ledger.SecondToFirst);
        writer.WriteString("reciprocal", ledger.IsReciprocal.ToString());
        Array(writer, "exchanges", ledger.Exchanges, WriteLinkedExchange);
        Facts(writer, "used", ledger.Used);
        Facts(writer, "possiblyInPeriod", ledger.PossiblyInPeriod);
        Array(writer, "setAside", ledger.SetAside, WriteSetAsideFact);
        writer.WriteEndObject();
    }

    internal LedgerReport? ReadLedger(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a ledger");
        if (o is null)
        {
            return null;
        }

        var first = o.Required("first", _reader.ActorIds);
        var second = o.Required("second", _reader.ActorIds);
        var from = o.OptionalValue("from", _values.Day);
        var to = o.OptionalValue("to", _values.Day);
        var minimum = o.Required("minConfidence", _values.Enum(JsonEnums.Confidence));
        var firstToSecond = o.Required("firstToSecond", ReadFlow);
        var secondToFirst = o.Required("secondToFirst", ReadFlow);
        var reciprocal = o.Required("reciprocal", ReadTruth);
        var exchanges = o.Array("exchanges", ReadLinkedExchange);
        var used = o.Array("used", ReadFactReference);
        var possibly = o.Array("possiblyInPeriod", ReadFactReference);
        var setAside = o.Array("setAside", ReadSetAsideFact);
        return o.Finish()
            ? new LedgerReport(first, second, from, to, minimum, firstToSecond!, secondToFirst!, reciprocal, exchanges, used, possibly, setAside)
            : null;
    }

    internal static void WriteLinkedExchange(Utf8JsonWriter writer, LinkedExchange exchange)
    {
        writer.WriteStartObject();
        writer.WriteString("id", exchange.Id.Value);
        writer.WritePropertyName("fact");
        WriteFactReference(writer, exchange.Fact);
        TransferIds(writer, "linkedTransfers", exchange.LinkedTransfers);
        writer.WriteEndObject();
    }

    internal LinkedExchange? ReadLinkedExchange(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a linked exchange");
        if (o is null)
        {
            return null;
        }

        var id = o.Required("id", _reader.ExchangeIds);
        var fact = o.Required("fact", ReadFactReference);
        var linked = o.Array("linkedTransfers", _reader.TransferIds);
        return o.Finish() ? new LinkedExchange(id, fact!, linked) : null;
    }

    internal static void WriteFlow(Utf8JsonWriter writer, LedgerFlow flow)
    {
        writer.WriteStartObject();
        writer.WriteString("supplier", flow.Supplier.Value);
        writer.WriteString("recipient", flow.Recipient.Value);
        TransferIds(writer, "transfers", flow.Transfers);
        Strings(writer, "kinds", flow.Kinds.Select(JsonEnums.Name));
        Array(writer, "munitions", flow.Munitions, WriteMunitions);
        Array(writer, "weaponSystems", flow.WeaponSystems, WriteWeaponSystems);
        Array(writer, "technology", flow.Technology, WriteTechnology);
        Array(writer, "money", flow.Money, WriteMoney);
        Array(writer, "personnel", flow.Personnel, WritePersonnel);
        Array(writer, "resources", flow.Resources, WriteResources);
        writer.WriteEndObject();
    }

    internal LedgerFlow? ReadFlow(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a flow of the ledger");
        if (o is null)
        {
            return null;
        }

        var supplier = o.Required("supplier", _reader.ActorIds);
        var recipient = o.Required("recipient", _reader.ActorIds);
        var transfers = o.Array("transfers", _reader.TransferIds);
        var kinds = o.Array("kinds", _values.Enum(JsonEnums.TransferItemKind));
        var munitions = o.Array("munitions", ReadMunitions);
        var weaponSystems = o.Array("weaponSystems", ReadWeaponSystems);
        var technology = o.Array("technology", ReadTechnology);
        var money = o.Array("money", ReadMoney);
        var personnel = o.Array("personnel", ReadPersonnel);
        var resources = o.Array("resources", ReadResources);
        return o.Finish()
            ? new LedgerFlow(supplier, recipient, transfers, kinds, munitions, weaponSystems, technology, money, personnel, resources)
            : null;
    }

    internal static void WriteMunitions(Utf8JsonWriter writer, MunitionsTotal total)
    {
        writer.WriteStartObject();
        writer.WriteString("category", JsonEnums.Name(total.Category));
        writer.WritePropertyName("quantity");
        ScenarioJsonWriter.WriteQuantity(writer, total.Quantity);
        TransferIds(writer, "transfers", total.Transfers);
        writer.WriteEndObject();
    }

    internal MunitionsTotal? ReadMunitions(JsonElement element, JsonPathRef path) =>
        ReadQuantityTotal(element, path, "a munitions total", "category", JsonEnums.MunitionsCategory, static (category, quantity, transfers) => new MunitionsTotal(category, quantity, transfers));

    internal static void WriteWeaponSystems(Utf8JsonWriter writer, WeaponSystemsTotal total)
    {
        writer.WriteStartObject();
        writer.WriteString("designation", total.Designation);
        OptionalEstimate(writer, "numberOrdered", total.NumberOrdered);
        OptionalEstimate(writer, "numberDelivered", total.NumberDelivered);
        OptionalEstimate(writer, "tivOrder", total.TivOrder);
        OptionalEstimate(writer, "tivDelivered", total.TivDelivered);
        TransferIds(writer, "transfers", total.Transfers);
        writer.WriteEndObject();
    }

    internal WeaponSystemsTotal? ReadWeaponSystems(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a weapon systems total");
        if (o is null)
        {
            return null;
        }

        var designation = o.Required("designation", _values.String);
        var ordered = o.OptionalValue("numberOrdered", _reader.ReadEstimate);
        var delivered = o.OptionalValue("numberDelivered", _reader.ReadEstimate);
        var tivOrder = o.OptionalValue("tivOrder", _reader.ReadEstimate);
        var tivDelivered = o.OptionalValue("tivDelivered", _reader.ReadEstimate);
        var transfers = o.Array("transfers", _reader.TransferIds);
        return o.Finish() ? new WeaponSystemsTotal(designation!, ordered, delivered, tivOrder, tivDelivered, transfers) : null;
    }

    internal static void WriteTechnology(Utf8JsonWriter writer, TechnologyTotal total)
    {
        writer.WriteStartObject();
        writer.WriteString("domain", JsonEnums.Name(total.Domain));
        Strings(writer, "forms", total.Forms.Select(JsonEnums.Name));
        TransferIds(writer, "transfers", total.Transfers);
        writer.WriteEndObject();
    }

    internal TechnologyTotal? ReadTechnology(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a technology total");
        if (o is null)
        {
            return null;
        }

        var domain = o.Required("domain", _values.Enum(JsonEnums.TechnologyDomain));
        var forms = o.Array("forms", _values.Enum(JsonEnums.TechnologyForm));
        var transfers = o.Array("transfers", _reader.TransferIds);
        return o.Finish() ? new TechnologyTotal(domain, forms, transfers) : null;
    }

    internal static void WriteMoney(Utf8JsonWriter writer, MoneyTotal total)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("amount");
        ScenarioJsonWriter.WriteMoney(writer, total.Amount);
        TransferIds(writer, "transfers", total.Transfers);
        writer.WriteEndObject();
    }

    internal MoneyTotal? ReadMoney(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a money total");
        if (o is null)
        {
            return null;
        }

        var amount = o.Required("amount", _reader.ReadMoney);
        var transfers = o.Array("transfers", _reader.TransferIds);
        return o.Finish() ? new MoneyTotal(amount!, transfers) : null;
    }

    internal static void WritePersonnel(Utf8JsonWriter writer, PersonnelTotal total)
    {
        writer.WriteStartObject();
        writer.WriteString("role", JsonEnums.Name(total.Role));
        writer.WritePropertyName("count");
        ScenarioJsonWriter.WriteEstimate(writer, total.Count);
        TransferIds(writer, "transfers", total.Transfers);
        writer.WriteEndObject();
    }

    internal PersonnelTotal? ReadPersonnel(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a personnel total");
        if (o is null)
        {
            return null;
        }

        var role = o.Required("role", _values.Enum(JsonEnums.PersonnelRole));
        var count = o.Required("count", _reader.ReadEstimate);
        var transfers = o.Array("transfers", _reader.TransferIds);
        return o.Finish() ? new PersonnelTotal(role, count, transfers) : null;
    }

    internal static void WriteResources(Utf8JsonWriter writer, ResourcesTotal total)
    {
        writer.WriteStartObject();
        writer.WriteString("resource", JsonEnums.Name(total.Resource));
        writer.WritePropertyName("quantity");
        ScenarioJsonWriter.WriteQuantity(writer, total.Quantity);
        TransferIds(writer, "transfers", total.Transfers);
        writer.WriteEndObject();
    }

    internal ResourcesTotal? ReadResources(JsonElement element, JsonPathRef path) =>
        ReadQuantityTotal(element, path, "a resources total", "resource", JsonEnums.ResourceKind, static (resource, quantity, transfers) => new ResourcesTotal(resource, quantity, transfers));

    // A total of one kind of item in a quantity (munitions by category, resources by kind): {KIND, quantity, transfers}.
    private T? ReadQuantityTotal<TKind, T>(
        JsonElement element,
        JsonPathRef path,
        string what,
        string kindMember,
        JsonEnum<TKind> kinds,
        Func<TKind, Quantity, System.Collections.Immutable.ImmutableArray<TransferId>, T> create)
        where TKind : struct, Enum
        where T : class
    {
        var o = JsonMembers.Open(_values, element, path, what);
        if (o is null)
        {
            return null;
        }

        var kind = o.Required(kindMember, _values.Enum(kinds));
        var quantity = o.Required("quantity", _reader.ReadQuantity);
        var transfers = o.Array("transfers", _reader.TransferIds);
        return o.Finish() ? create(kind, quantity!, transfers) : null;
    }

    // Compliance.

    internal static void WriteCompliance(Utf8JsonWriter writer, ComplianceReport report)
    {
        writer.WriteStartObject();
        OptionalDay(writer, "on", report.Day);
        writer.WriteString("minConfidence", JsonEnums.Name(report.Minimum));
        Array(writer, "breaches", report.Breaches, WriteBreach);
        Facts(writer, "facts", report.Facts);
        Array(writer, "setAside", report.SetAside, WriteSetAsideFact);
        writer.WriteEndObject();
    }

    internal ComplianceReport? ReadCompliance(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a compliance report");
        if (o is null)
        {
            return null;
        }

        var day = o.OptionalValue("on", _values.Day);
        var minimum = o.Required("minConfidence", _values.Enum(JsonEnums.Confidence));
        var breaches = o.Array("breaches", ReadBreach);
        var facts = o.Array("facts", ReadFactReference);
        var setAside = o.Array("setAside", ReadSetAsideFact);
        return o.Finish() ? new ComplianceReport(day, minimum, breaches, facts, setAside) : null;
    }

    internal static void WriteBreach(Utf8JsonWriter writer, SanctionsBreach breach)
    {
        writer.WriteStartObject();
        writer.WriteString("regime", breach.Regime.Value);
        writer.WriteString("target", breach.Target.Value);
        writer.WritePropertyName("measure");
        ScenarioJsonWriter.WriteSanctionsMeasure(writer, breach.Measure);
        writer.WriteString("transfer", breach.Transfer.Value);
        writer.WriteString("supplier", breach.Supplier.Value);
        writer.WriteString("recipient", breach.Recipient.Value);
        writer.WriteString("party", JsonEnums.Name(breach.Party));
        writer.WriteString("breach", breach.Truth.ToString());
        Strings(writer, "reasons", breach.Reasons);
        Facts(writer, "facts", breach.Facts);
        writer.WriteEndObject();
    }

    internal SanctionsBreach? ReadBreach(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a sanctions breach");
        if (o is null)
        {
            return null;
        }

        var regime = o.Required("regime", _reader.RegimeIds);
        var target = o.Required("target", _reader.ActorIds);
        var measure = o.Required("measure", _reader.ReadSanctionsMeasure);
        var transfer = o.Required("transfer", _reader.TransferIds);
        var supplier = o.Required("supplier", _reader.ActorIds);
        var recipient = o.Required("recipient", _reader.ActorIds);
        var party = o.Required("party", _values.Enum(PartiesInBreach));
        var truth = o.Required("breach", ReadTruth);
        var reasons = o.Array("reasons", _values.String);
        var facts = o.Array("facts", ReadFactReference);
        return o.Finish() ? new SanctionsBreach(regime, target, measure!, transfer, supplier, recipient, party, truth, reasons, facts) : null;
    }

    // Alignment.

    internal static void WriteLink(Utf8JsonWriter writer, AlignmentLink link)
    {
        writer.WriteStartObject();
        writer.WriteString("first", link.First.Value);
        writer.WriteString("second", link.Second.Value);
        writer.WriteString("basis", JsonEnums.Name(link.Basis));
        OptionalNumber(writer, "scoreLow", link.ScoreLow);
        OptionalNumber(writer, "scoreHigh", link.ScoreHigh);
        writer.WriteNumber("threshold", link.Threshold);
        writer.WriteString("conflict", link.Conflict.ToString());
        writer.WriteString("linked", link.Linked.ToString());
        Facts(writer, "facts", link.Facts);
        writer.WriteString("reason", link.Reason);
        writer.WriteEndObject();
    }

    internal AlignmentLink? ReadLink(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "an alignment link");
        if (o is null)
        {
            return null;
        }

        var first = o.Required("first", _reader.ActorIds);
        var second = o.Required("second", _reader.ActorIds);
        var basis = o.Required("basis", _values.Enum(Bases));
        var low = o.OptionalValue("scoreLow", _values.Double);
        var high = o.OptionalValue("scoreHigh", _values.Double);
        var threshold = o.Required("threshold", _values.Double);
        var conflict = o.Required("conflict", ReadTruth);
        var linked = o.Required("linked", ReadTruth);
        var facts = o.Array("facts", ReadFactReference);
        var reason = o.Required("reason", _values.String);
        return o.Finish()
            ? new AlignmentLink(first, second, basis, low, high, threshold, conflict, linked, facts, reason!)
            : null;
    }

    internal static void WriteBlocs(Utf8JsonWriter writer, AlignmentBlocs blocs)
    {
        writer.WriteStartObject();
        Day(writer, "on", blocs.Day);
        writer.WriteString("minConfidence", JsonEnums.Name(blocs.Minimum));
        writer.WriteNumber("threshold", blocs.Threshold);
        // A bloc's links are the certain links among its members, which "links" holds already: each bloc is its members.
        Array(writer, "blocs", blocs.Blocs, static (w, bloc) =>
        {
            w.WriteStartObject();
            Strings(w, "members", bloc.Members.Select(member => member.Value));
            w.WriteEndObject();
        });
        Strings(writer, "unaligned", blocs.Unaligned.Select(actor => actor.Value));
        Array(writer, "links", blocs.Links, WriteLink);
        writer.WriteEndObject();
    }

    internal AlignmentBlocs? ReadBlocs(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "the blocs");
        if (o is null)
        {
            return null;
        }

        var day = o.Required("on", _values.Day);
        var minimum = o.Required("minConfidence", _values.Enum(JsonEnums.Confidence));
        var threshold = o.Required("threshold", _values.Double);
        var members = o.Array("blocs", ReadBlocMembers);
        var unaligned = o.Array("unaligned", _reader.ActorIds);
        var links = o.Array("links", ReadLink);
        if (!o.Finish())
        {
            return null;
        }

        var blocs = members.Select(bloc =>
        {
            var inBloc = bloc.ToHashSet();
            return new AlignmentBloc(bloc, [.. links.Where(link => link.Linked.IsTrue && inBloc.Contains(link.First) && inBloc.Contains(link.Second))]);
        });
        return new AlignmentBlocs(day, minimum, threshold, [.. blocs], unaligned, links);
    }

    private System.Collections.Immutable.ImmutableArray<Actors.ActorId> ReadBlocMembers(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a bloc");
        if (o is null)
        {
            return [];
        }

        var members = o.Array("members", _reader.ActorIds);
        if (members.IsEmpty)
        {
            o.Refuse("members", $"'{o.PathText}.members' is empty; a bloc has members.");
        }

        return o.Finish() ? members : [];
    }

    internal static void WriteBloc(Utf8JsonWriter writer, AlignmentBloc bloc)
    {
        writer.WriteStartObject();
        Strings(writer, "members", bloc.Members.Select(member => member.Value));
        Array(writer, "links", bloc.Links, WriteLink);
        writer.WriteEndObject();
    }

    internal AlignmentBloc? ReadBloc(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a bloc");
        if (o is null)
        {
            return null;
        }

        var members = o.Array("members", _reader.ActorIds);
        var links = o.Array("links", ReadLink);
        if (members.IsEmpty)
        {
            o.Refuse("members", $"'{o.PathText}.members' is empty; a bloc has members.");
        }

        return o.Finish() ? new AlignmentBloc(members, links) : null;
    }

    internal static void WritePortfolios(Utf8JsonWriter writer, PortfolioSimilarity similarity)
    {
        writer.WriteStartObject();
        writer.WriteString("first", similarity.First.Value);
        writer.WriteString("second", similarity.Second.Value);
        Day(writer, "on", similarity.Day);
        writer.WriteString("minConfidence", JsonEnums.Name(similarity.Minimum));
        Array(writer, "entries", similarity.Entries, WritePortfolioEntry);
        Facts(writer, "facts", similarity.Facts);
        Facts(writer, "ignoredFacts", similarity.IgnoredFacts);
        writer.WriteEndObject();
    }

    internal PortfolioSimilarity? ReadPortfolios(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a portfolio similarity");
        if (o is null)
        {
            return null;
        }

        var first = o.Required("first", _reader.ActorIds);
        var second = o.Required("second", _reader.ActorIds);
        var day = o.Required("on", _values.Day);
        var minimum = o.Required("minConfidence", _values.Enum(JsonEnums.Confidence));
        var entries = o.Array("entries", ReadPortfolioEntry);
        var facts = o.Array("facts", ReadFactReference);
        var ignored = o.Array("ignoredFacts", ReadFactReference);
        if (entries.IsEmpty)
        {
            o.Refuse("entries", $"'{o.PathText}.entries' is empty; portfolios are compared over at least one actor.");
        }

        return o.Finish() ? new PortfolioSimilarity(first, second, day, minimum, entries, facts, ignored) : null;
    }

    internal static void WritePortfolioEntry(Utf8JsonWriter writer, PortfolioEntry entry)
    {
        writer.WriteStartObject();
        writer.WriteString("actor", entry.Actor.Value);
        writer.WriteString("firstTie", entry.FirstTie.ToString());
        writer.WriteString("secondTie", entry.SecondTie.ToString());
        writer.WriteEndObject();
    }

    internal PortfolioEntry ReadPortfolioEntry(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a portfolio entry");
        if (o is null)
        {
            return default;
        }

        var actor = o.Required("actor", _reader.ActorIds);
        var firstTie = o.Required("firstTie", ReadTruth);
        var secondTie = o.Required("secondTie", ReadTruth);
        return o.Finish() ? new PortfolioEntry(actor, firstTie, secondTie) : default;
    }

    internal static void WriteStances(Utf8JsonWriter writer, StanceSimilarity similarity)
    {
        writer.WriteStartObject();
        writer.WriteString("first", similarity.First.Value);
        writer.WriteString("second", similarity.Second.Value);
        Day(writer, "on", similarity.Day);
        writer.WriteString("minConfidence", JsonEnums.Name(similarity.Minimum));
        Array(writer, "comparisons", similarity.Comparisons, WriteComparison);
        Array(writer, "undecidedTargets", similarity.UndecidedTargets, ScenarioJsonWriter.WriteTarget);
        Facts(writer, "ignoredFacts", similarity.IgnoredFacts);
        writer.WriteEndObject();
    }

    internal StanceSimilarity? ReadStances(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a stance similarity");
        if (o is null)
        {
            return null;
        }

        var first = o.Required("first", _reader.ActorIds);
        var second = o.Required("second", _reader.ActorIds);
        var day = o.Required("on", _values.Day);
        var minimum = o.Required("minConfidence", _values.Enum(JsonEnums.Confidence));
        var comparisons = o.Array("comparisons", ReadComparison);
        var undecided = o.Array("undecidedTargets", _reader.ReadStanceTarget);
        var ignored = o.Array("ignoredFacts", ReadFactReference);
        return o.Finish() ? new StanceSimilarity(first, second, day, minimum, comparisons, undecided, ignored) : null;
    }

    internal static void WriteComparison(Utf8JsonWriter writer, StanceComparison comparison)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("target");
        ScenarioJsonWriter.WriteTarget(writer, comparison.Target);
        writer.WriteString("firstPosition", JsonEnums.Name(comparison.FirstPosition));
        writer.WriteString("secondPosition", JsonEnums.Name(comparison.SecondPosition));
        writer.WritePropertyName("firstStance");
        WriteFactReference(writer, comparison.FirstStance);
        writer.WritePropertyName("secondStance");
        WriteFactReference(writer, comparison.SecondStance);
        writer.WriteEndObject();
    }

    internal StanceComparison? ReadComparison(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a comparison of stances");
        if (o is null)
        {
            return null;
        }

        var target = o.Required("target", _reader.ReadStanceTarget);
        var firstPosition = o.Required("firstPosition", _values.Enum(JsonEnums.StancePosition));
        var secondPosition = o.Required("secondPosition", _values.Enum(JsonEnums.StancePosition));
        var firstStance = o.Required("firstStance", ReadFactReference);
        var secondStance = o.Required("secondStance", ReadFactReference);
        return o.Finish() ? new StanceComparison(target!, firstPosition, secondPosition, firstStance!, secondStance!) : null;
    }

    // Partnership.

    internal static void WriteProfile(Utf8JsonWriter writer, PartnershipProfile profile)
    {
        writer.WriteStartObject();
        writer.WriteString("first", profile.First.Value);
        writer.WriteString("second", profile.Second.Value);
        Day(writer, "on", profile.Day);
        writer.WriteString("minConfidence", JsonEnums.Name(profile.Minimum));
        Array(writer, "indicators", profile.Indicators, WriteIndicator);
        Facts(writer, "ignoredFacts", profile.IgnoredFacts);
        writer.WriteEndObject();
    }

    internal PartnershipProfile? ReadProfile(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a partnership profile");
        if (o is null)
        {
            return null;
        }

        var first = o.Required("first", _reader.ActorIds);
        var second = o.Required("second", _reader.ActorIds);
        var day = o.Required("on", _values.Day);
        var minimum = o.Required("minConfidence", _values.Enum(JsonEnums.Confidence));
        var indicators = o.Array("indicators", ReadIndicator);
        var ignored = o.Array("ignoredFacts", ReadFactReference);
        var missing = Enum.GetValues<PartnershipStage>().Where(stage => stage != PartnershipStage.None && indicators.All(i => i is null || i.Stage != stage)).ToList();
        if (missing.Count > 0)
        {
            o.Refuse("indicators", $"'{o.PathText}.indicators' has no indicator of {string.Join(", ", missing.Select(JsonEnums.Name))}; a profile has one for every stage.");
        }

        return o.Finish() ? new PartnershipProfile(first, second, day, minimum, indicators, ignored) : null;
    }

    internal static void WriteIndicator(Utf8JsonWriter writer, PartnershipIndicator indicator)
    {
        writer.WriteStartObject();
        writer.WriteString("stage", JsonEnums.Name(indicator.Stage));
        writer.WriteString("holds", indicator.Holds.ToString());
        Facts(writer, "facts", indicator.Facts);
        writer.WriteString("explanation", indicator.Explanation);
        writer.WriteEndObject();
    }

    internal PartnershipIndicator? ReadIndicator(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a partnership indicator");
        if (o is null)
        {
            return null;
        }

        var stage = o.Required("stage", _values.Enum(Stages));
        var holds = o.Required("holds", ReadTruth);
        var facts = o.Array("facts", ReadFactReference);
        var explanation = o.Required("explanation", _values.String);
        return o.Finish() ? new PartnershipIndicator(stage, holds, facts, explanation!) : null;
    }

    internal static void WritePartnershipTimeline(Utf8JsonWriter writer, PartnershipTimeline timeline)
    {
        writer.WriteStartObject();
        writer.WriteString("first", timeline.First.Value);
        writer.WriteString("second", timeline.Second.Value);
        Day(writer, "from", timeline.From);
        Day(writer, "to", timeline.To);
        writer.WriteString("minConfidence", JsonEnums.Name(timeline.Minimum));
        Array(writer, "spans", timeline.Spans, WriteSpan);
        Array(writer, "changes", timeline.Changes, WriteChange);
        writer.WriteEndObject();
    }

    internal PartnershipTimeline? ReadPartnershipTimeline(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a partnership timeline");
        if (o is null)
        {
            return null;
        }

        var first = o.Required("first", _reader.ActorIds);
        var second = o.Required("second", _reader.ActorIds);
        var from = o.Required("from", _values.Day);
        var to = o.Required("to", _values.Day);
        var minimum = o.Required("minConfidence", _values.Enum(JsonEnums.Confidence));
        var spans = o.Array("spans", ReadSpan);
        var changes = o.Array("changes", ReadChange);
        return o.Finish() ? new PartnershipTimeline(first, second, from, to, minimum, spans, changes) : null;
    }

    internal static void WriteSpan(Utf8JsonWriter writer, PartnershipSpan span)
    {
        writer.WriteStartObject();
        Day(writer, "from", span.From);
        Day(writer, "to", span.To);
        writer.WriteString("certainStage", JsonEnums.Name(span.CertainStage));
        writer.WriteString("possibleStage", JsonEnums.Name(span.PossibleStage));
        writer.WriteEndObject();
    }

    internal PartnershipSpan? ReadSpan(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a span of one stage");
        if (o is null)
        {
            return null;
        }

        var from = o.Required("from", _values.Day);
        var to = o.Required("to", _values.Day);
        var certain = o.Required("certainStage", _values.Enum(Stages));
        var possible = o.Required("possibleStage", _values.Enum(Stages));
        return o.Finish() ? new PartnershipSpan(from, to, certain, possible) : null;
    }

    internal static void WriteChange(Utf8JsonWriter writer, PartnershipStageChange change)
    {
        writer.WriteStartObject();
        writer.WriteString("before", JsonEnums.Name(change.Before));
        writer.WriteString("after", JsonEnums.Name(change.After));
        writer.WritePropertyName("when");
        ModelJsonConverters.WriteDayRange(writer, change.When);
        Facts(writer, "facts", change.Facts);
        writer.WriteEndObject();
    }

    internal PartnershipStageChange? ReadChange(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_values, element, path, "a change of stage");
        if (o is null)
        {
            return null;
        }

        var before = o.Required("before", _values.Enum(Stages));
        var after = o.Required("after", _values.Enum(Stages));
        var when = o.Required("when", ReadDayRange);
        var facts = o.Array("facts", ReadFactReference);
        return o.Finish() ? new PartnershipStageChange(before, after, when, facts) : null;
    }

    private static void TransferIds(Utf8JsonWriter writer, string name, IEnumerable<TransferId> transfers) =>
        Strings(writer, name, transfers.Select(transfer => transfer.Value));

    private static void OptionalEstimate(Utf8JsonWriter writer, string name, Estimate? estimate)
    {
        if (estimate is { } value)
        {
            writer.WritePropertyName(name);
            ScenarioJsonWriter.WriteEstimate(writer, value);
        }
    }
}
