using System.Collections.Immutable;
using System.Text.Json;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Sanctions;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Transfers;

namespace Geopolitics.Model.Serialization;

internal sealed partial class ScenarioJsonReader
{
    internal Transfer? ReadTransfer(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_errors, element, path, "a transfer");
        if (o is null)
        {
            return null;
        }

        var id = o.Required("id", _transferId);
        var supplier = o.Required("supplier", _actorId);
        var recipient = o.Required("recipient", _actorId);
        var period = o.Required("period", ReadPeriod);
        var status = o.Required("status", _errors.Enum(JsonEnums.TransferStatus));
        var item = o.Required("item", ReadTransferItem);
        var evidence = o.Required("evidence", ReadEvidence);
        var description = o.Optional("description", _errors.String);
        return o.Finish()
            ? o.Create(null, (id, supplier, recipient, period, status, item, evidence, description), static v => new Transfer(v.id, v.supplier, v.recipient, v.period, v.status, v.item, v.evidence, v.description))
            : null;
    }

    internal TransferItem? ReadTransferItem(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_errors, element, path, "a transfer item");
        if (o is null || !o.Kind(JsonEnums.TransferItemKind, "transfer item", out var kind))
        {
            return null;
        }

        // Each kind builds without a closure: a file holds items by the hundred thousand.
        switch (kind)
        {
            case TransferItemKind.Munitions:
                var category = o.Required("category", _errors.Enum(JsonEnums.MunitionsCategory));
                var quantity = o.Required("quantity", ReadQuantity);
                var description = o.Optional("description", _errors.String);
                return o.Finish() ? o.Create(null, (category, quantity, description), static v => (TransferItem)new MunitionsItem(v.category, v.quantity, v.description)) : null;
            case TransferItemKind.WeaponSystems:
                var designation = o.Required("designation", _errors.String);
                var sipriCategory = o.Optional("sipriCategory", _errors.String);
                var numberOrdered = o.OptionalValue("numberOrdered", ReadEstimate);
                var numberDelivered = o.OptionalValue("numberDelivered", ReadEstimate);
                var tivPerUnit = o.OptionalValue("tivPerUnit", _errors.Decimal);
                var tivOrder = o.OptionalValue("tivOrder", _errors.Decimal);
                var tivDelivered = o.OptionalValue("tivDelivered", _errors.Decimal);
                var secondHand = o.OptionalValue("secondHand", _errors.Boolean);
                return o.Finish()
                    ? o.Create(
                        WeaponSystemsItem.Problem(designation, tivPerUnit, tivOrder, tivDelivered),
                        (designation, sipriCategory, numberOrdered, numberDelivered, tivPerUnit, tivOrder, tivDelivered, secondHand),
                        static v => (TransferItem)new WeaponSystemsItem(v.designation, v.sipriCategory, v.numberOrdered, v.numberDelivered, v.tivPerUnit, v.tivOrder, v.tivDelivered, v.secondHand))
                    : null;
            case TransferItemKind.Technology:
                var domain = o.Required("domain", _errors.Enum(JsonEnums.TechnologyDomain));
                var form = o.Required("form", _errors.Enum(JsonEnums.TechnologyForm));
                var technologyDescription = o.Optional("description", _errors.String);
                return o.Finish() ? o.Create(null, (domain, form, technologyDescription), static v => (TransferItem)new TechnologyItem(v.domain, v.form, v.technologyDescription)) : null;
            case TransferItemKind.Money:
                var money = o.Required("money", ReadMoney);
                return o.Finish() ? o.Create(null, money, static money => (TransferItem)new MoneyItem(money)) : null;
            case TransferItemKind.Personnel:
                var count = o.Required("count", ReadEstimate);
                var role = o.Required("role", _errors.Enum(JsonEnums.PersonnelRole));
                var deploymentLocation = o.OptionalValue("deploymentLocation", _placeId);
                var inSupportOfOperations = o.OptionalOr("inSupportOfOperations", _errors.Boolean, false);
                return o.Finish()
                    ? o.Create(null, (count, role, deploymentLocation, inSupportOfOperations), static v => (TransferItem)new PersonnelItem(v.count, v.role, v.deploymentLocation, v.inSupportOfOperations))
                    : null;
            default:
                var resource = o.Required("resource", _errors.Enum(JsonEnums.ResourceKind));
                var resourceQuantity = o.Required("quantity", ReadQuantity);
                var resourceDescription = o.Optional("description", _errors.String);
                return o.Finish() ? o.Create(null, (resource, resourceQuantity, resourceDescription), static v => (TransferItem)new ResourcesItem(v.resource, v.resourceQuantity, v.resourceDescription)) : null;
        }
    }

    internal Money? ReadMoney(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_errors, element, path, "an amount of money");
        if (o is null)
        {
            return null;
        }

        var currency = o.Required("currency", ReadCurrency);
        var amount = o.Required("amount", ReadEstimate);
        return o.Finish() ? o.Create(null, (currency, amount), static v => new Money(v.currency, v.amount)) : null;
    }

    internal CurrencyCode ReadCurrency(JsonElement element, JsonPathRef path)
    {
        var text = _errors.String(element, path);
        if (text is null)
        {
            return default;
        }

        return CurrencyCode.Parse(text).Match(
            code => code,
            error =>
            {
                _errors.Report(error.Code, $"'{path}' is refused: {error.Message}", path);
                return default;
            });
    }

    internal Quantity? ReadQuantity(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_errors, element, path, "a quantity");
        if (o is null)
        {
            return null;
        }

        var amount = o.Required("amount", ReadEstimate);
        var unit = o.Required("unit", _errors.String);
        return o.Finish() ? o.Create(Quantity.Problem(unit), (amount, unit), static v => new Quantity(v.amount, v.unit)) : null;
    }

    internal Estimate ReadEstimate(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_errors, element, path, "an estimate");
        if (o is null)
        {
            return default;
        }

        var before = _errors.Count;
        var qualifier = o.Required("qualifier", _errors.Enum(JsonEnums.EstimateQualifier));

        // A figure the qualifier speaks of must be written: "over" without a figure must not become "over 0".
        var low = _errors.Count == before && !o.Has("low") && qualifier is not (EstimateQualifier.Unknown or EstimateQualifier.UpTo or EstimateQualifier.Under)
            ? o.Required("low", _errors.Decimal)
            : o.OptionalOr("low", _errors.Decimal, 0m);
        var high = o.OptionalValue("high", _errors.Decimal);
        return o.Finish() ? o.Create(Estimate.ProblemOf(low, high, qualifier), (low, high, qualifier), static v => new Estimate(v.low, v.high, v.qualifier), ErrorCodes.InvalidEstimate) : default;
    }

    internal Exchange? ReadExchange(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_errors, element, path, "an exchange");
        if (o is null)
        {
            return null;
        }

        var id = o.Required("id", _exchangeId);
        var transfers = o.Array("transfers", _transferId);
        var evidence = o.Required("evidence", ReadEvidence);
        var description = o.Optional("description", _errors.String);
        return o.Finish() ? o.Create(null, (id, transfers, evidence, description), static v => new Exchange(v.id, v.transfers, v.evidence, v.description)) : null;
    }

    internal Stance? ReadStance(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_errors, element, path, "a stance");
        if (o is null)
        {
            return null;
        }

        var id = o.Required("id", _stanceId);
        var holder = o.Required("holder", _actorId);
        var via = o.OptionalValue("via", _actorId);
        var target = o.Required("target", ReadStanceTarget);
        var position = o.Required("position", _errors.Enum(JsonEnums.StancePosition));
        var date = o.Required("date", _errors.Date);
        var signals = o.Array("signals", _errors.Enum(JsonEnums.StanceSignal));
        var cameoCode = o.Optional("cameoCode", _errors.String);
        var goldsteinScore = o.OptionalValue("goldsteinScore", _errors.Double);
        var evidence = o.Required("evidence", ReadEvidence);
        var summary = o.Optional("summary", _errors.String);
        var vote = o.OptionalValue("vote", _errors.Enum(JsonEnums.VoteChoice));
        return o.Finish()
            ? o.Create(Stance.Problem(cameoCode, goldsteinScore), () => new Stance(id, holder, target, position, date, evidence, via, signals, cameoCode, goldsteinScore, summary, vote))
            : null;
    }

    /// <summary>One roll call's votes in the compact form: the roll call, the evidence, and the states voting yes, abstain and no.</summary>
    internal ImmutableArray<Stance> ReadVotes(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_errors, element, path, "a roll call's votes");
        if (o is null)
        {
            return [];
        }

        var target = o.Required("target", ReadStanceTarget);
        var evidence = o.Required("evidence", ReadEvidence);
        var yes = o.Array("yes", _actorId);
        var abstain = o.Array("abstain", _actorId);
        var no = o.Array("no", _actorId);
        if (!o.Finish())
        {
            return [];
        }

        if (target is not ResolutionTarget resolution)
        {
            o.Refuse("target", $"The target of a roll call's votes is a resolution; got {target}.");
            return [];
        }

        ImmutableArray<Stance> stances =
        [
            .. yes.Select(actor => Stance.ForVote(actor, resolution, VoteChoice.Yes, evidence)),
            .. abstain.Select(actor => Stance.ForVote(actor, resolution, VoteChoice.Abstain, evidence)),
            .. no.Select(actor => Stance.ForVote(actor, resolution, VoteChoice.No, evidence)),
        ];
        if (!stances.IsEmpty)
        {
            // Validation speaks of Stances[i]; these say where in the file each of these stances stands.
            var group = path.ToErrorPath();
            foreach (var (list, count) in new[] { ("yes", yes.Length), ("abstain", abstain.Length), ("no", no.Length) })
            {
                for (var k = 0; k < count; k++)
                {
                    VoteOrigins.Add((group, group.Member(list).Element(k)));
                }
            }
        }

        return stances;
    }

    internal StanceTarget? ReadStanceTarget(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_errors, element, path, "a stance target");
        if (o is null || !o.Kind(JsonEnums.StanceTargetKind, "stance target", out var kind))
        {
            return null;
        }

        Func<StanceTarget> build;
        Func<ArgumentProblem?>? check = null;
        switch (kind)
        {
            case StanceTargetKind.Actor:
                var actor = o.Required("actor", _actorId);
                build = () => new ActorTarget(actor);
                break;
            case StanceTargetKind.Actors:
                var actors = o.Array("actors", _actorId);
                check = () => ActorsTarget.Problem(actors);
                build = () => new ActorsTarget(actors);
                break;
            case StanceTargetKind.Treaty:
                var treaty = o.Required("treaty", _treatyId);
                build = () => new TreatyTarget(treaty);
                break;
            case StanceTargetKind.Transfer:
                var transfer = o.Required("transfer", _transferId);
                build = () => new TransferTarget(transfer);
                break;
            case StanceTargetKind.Issue:
                var issue = o.Required("issue", _errors.String);
                check = () => IssueTarget.Problem(issue);
                build = () => new IssueTarget(issue);
                break;
            default:
                var rollCall = o.Required("rollCall", _errors.Integer);
                var session = o.Required("session", _errors.Integer);
                var day = o.Required("date", _errors.Date);
                var symbol = o.Optional("symbol", _errors.String);
                var issues = o.Array("issues", _errors.String);
                var amendment = o.OptionalValue("amendment", _errors.Boolean);
                var paragraph = o.OptionalValue("paragraph", _errors.Boolean);
                var important = o.OptionalValue("importantVote", _errors.Boolean);
                var title = o.Optional("title", _errors.String);
                check = () => day.Precision != Time.DatePrecision.Day
                    ? new ArgumentProblem("date", $"The date of a roll call is a day (yyyy-MM-dd); got '{day}'.")
                    : ResolutionTarget.Problem(rollCall, session, issues);
                build = () => new ResolutionTarget(
                    rollCall,
                    session,
                    day.Start,
                    symbol,
                    issues,
                    amendment,
                    paragraph,
                    important,
                    title);
                break;
        }

        return o.Finish() ? o.Create(check?.Invoke(), build) : null;
    }

    internal SanctionsRegime? ReadSanctionsRegime(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_errors, element, path, "a sanctions regime");
        if (o is null)
        {
            return null;
        }

        var id = o.Required("id", _regimeId);
        var name = o.Optional("name", _errors.String);
        var authority = o.Required("authority", _actorId);
        var target = o.Required("target", _actorId);
        var legalBasis = o.Array("legalBasis", ReadLegalInstrument);
        var period = o.Required("period", ReadPeriod);
        var measures = o.Array("measures", ReadSanctionsMeasure);
        var binding = o.Required("binding", _errors.Enum(JsonEnums.SanctionsBinding));
        var evidence = o.Required("evidence", ReadEvidence);
        return o.Finish()
            ? o.Create(null, () => new SanctionsRegime(id, authority, target, legalBasis, period, measures, binding, evidence, name))
            : null;
    }

    internal LegalInstrument? ReadLegalInstrument(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_errors, element, path, "a legal instrument");
        if (o is null)
        {
            return null;
        }

        var name = o.Required("name", _errors.String);
        var adopted = o.OptionalValue("adopted", _errors.Date);
        return o.Finish() ? o.Create(LegalInstrument.Problem(name), () => new LegalInstrument(name, adopted)) : null;
    }

    internal SanctionsMeasure? ReadSanctionsMeasure(JsonElement element, JsonPathRef path)
    {
        var o = JsonMembers.Open(_errors, element, path, "a sanctions measure");
        if (o is null || !o.Kind(JsonEnums.SanctionsMeasureKind, "sanctions measure", out var kind))
        {
            return null;
        }

        var direction = _errors.Enum(JsonEnums.EmbargoDirection);
        var legalBasis = o.Optional("legalBasis", _errors.String);
        Func<SanctionsMeasure> build;
        Func<ArgumentProblem?>? check = null;
        switch (kind)
        {
            case SanctionsMeasureKind.ArmsEmbargo:
                var embargoDirection = o.Required("direction", direction);
                build = () => new ArmsEmbargo(embargoDirection, legalBasis);
                break;
            case SanctionsMeasureKind.TechnologyBan:
                var domains = o.Array("domains", _errors.Enum(JsonEnums.TechnologyDomain));
                var banDirection = o.OptionalOr("direction", direction, EmbargoDirection.Both);
                check = () => TechnologyBan.Problem(domains);
                build = () => new TechnologyBan(domains, banDirection, legalBasis);
                break;
            case SanctionsMeasureKind.Financial:
                var restriction = o.Required("restriction", _errors.Enum(JsonEnums.FinancialMeasureKind));
                build = () => new FinancialMeasure(restriction, legalBasis);
                break;
            case SanctionsMeasureKind.ResourceCap:
                var resource = o.Required("resource", _errors.Enum(JsonEnums.ResourceKind));
                var capDirection = o.Required("direction", direction);
                var cap = o.Optional("cap", ReadQuantity);
                build = () => new ResourceCap(resource, capDirection, cap, legalBasis);
                break;
            default:
                build = () => new WorkerBan(legalBasis);
                break;
        }

        return o.Finish() ? o.Create(check?.Invoke(), build) : null;
    }
}
