using System.Collections.Immutable;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Places;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Sanctions;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Tests.Serialization;
using Geopolitics.Model.Time;
using Geopolitics.Model.Transfers;
using Geopolitics.Model.Treaties;
using NodaTime;

namespace Geopolitics.Model.Tests.Generators;

/// <summary>
/// Valid scenarios drawn at random from a seed, for the round-trip, validation and concurrency properties (wrapped for CsCheck in <see cref="ModelGen.Scenarios"/>).
/// Every draw respects the domain rules, so the scenario builds.
/// </summary>
internal sealed class RandomScenario(int seed)
{
    private static readonly ActorId[] States = [new("RUS"), new("PRK"), new("CHN"), new("USA"), new("KOR"), new("JPN")];
    private static readonly ActorId Nis = new("KOR-NIS");
    private static readonly ActorId Unsc = new("UNSC");
    private readonly Random _random = new(seed);

    public Scenario Scenario()
    {
        var builder = new ScenarioBuilder($"Random {seed}", Maybe("A scenario drawn at random. Ünïcödé – “quoted” \\ \"escaped\"\n"))
            .AddStates("RUS", "PRK", "CHN", "USA", "KOR", "JPN")
            .AddActor(new Actor(Nis, ActorKind.Agency, "National Intelligence Service", speaksFor: new ActorId("KOR")))
            .AddActor(new Actor(Unsc, ActorKind.Organisation, "UN Security Council", members: Pick(States, 0, 3)));
        if (_random.Next(2) == 0)
        {
            builder.AddPlace(new Place(new PlaceId("SAKHALIN"), "Sakhalin", PlaceKind.Territory, States[0], [Gazetteer.Pacific], aliases: ["Sakhalin Oblast"]));
        }

        var treaties = Enumerable.Range(0, _random.Next(0, 4)).Select(DrawTreaty).ToList();
        treaties.ForEach(treaty => builder.AddTreaty(treaty));

        var transfers = Enumerable.Range(0, _random.Next(0, 6)).Select(DrawTransfer).ToList();
        transfers.Add(new Transfer(new TransferId("ex-a"), States[0], States[1], DrawPeriod(), TransferStatus.Ongoing, DrawItem(), DrawEvidence()));
        transfers.Add(new Transfer(new TransferId("ex-b"), States[1], States[0], DrawPeriod(), TransferStatus.Agreed, DrawItem(), DrawEvidence()));
        transfers.ForEach(transfer => builder.AddTransfer(transfer));
        builder.AddExchange(new Exchange(new ExchangeId("ex"), [new("ex-a"), new("ex-b")], DrawEvidence(), Maybe("both ways")));

        for (var i = 0; i < _random.Next(0, 6); i++)
        {
            builder.AddStance(DrawStance(i, treaties, transfers));
        }

        if (_random.Next(2) == 0)
        {
            builder.AddSanctionsRegime(DrawRegime());
        }

        return ScenarioJsonExamples.Build(builder);
    }

    private Treaty DrawTreaty(int index)
    {
        var year = _random.Next(1950, 2020);
        var parties = Pick(States, 2, 3).ToArray();
        var members = parties.Select(actor => new TreatyParty(
            actor,
            new Signature(DrawDate(year), DrawEvidence()),
            new Consent(ConsentKind.Ratification, DrawDate(year + 1), DrawEvidence()),
            _random.Next(2) == 0 ? [new DomesticStep("Parliament approved", DrawDate(year + 1), DrawEvidence())] : null,
            _random.Next(3) == 0 ? new Withdrawal(DrawDate(year + 5), _random.Next(2) == 0 ? DrawDate(year + 6) : null, DrawEvidence()) : null,
            _random.Next(3) == 0 ? [new Suspension(new DatePeriod(DrawDate(year + 3), DrawDate(year + 4)), DrawEvidence(), Maybe("suspended"))] : null)).ToList();
        EntryIntoForceRule rule = _random.Next(5) switch
        {
            0 => new OnSignatureRule(),
            1 => new OnExchangeOfInstrumentsRule(_random.Next(2) == 0 ? DrawDate(year + 2) : null),
            2 => new AfterInstrumentsRule(_random.Next(1, parties.Length + 1), _random.Next(0, 400)),
            3 => new OnFixedDateRule(DrawDate(year + 2)),
            _ => new RecordedRule(DrawDate(year + 2)),
        };
        TreatyDuration duration = _random.Next(3) switch
        {
            0 => new IndefiniteDuration(),
            1 => new FixedTermDuration(Period.FromYears(_random.Next(1, 50))),
            _ => new FixedTermDuration(Period.FromYears(_random.Next(1, 50)), true, _random.Next(2) == 0 ? Period.FromMonths(_random.Next(1, 24)) + Period.FromDays(_random.Next(0, 30)) : null),
        };
        var others = States.Except(parties).ToArray();
        var clauses = Enum.GetValues<ClauseKind>().Where(_ => _random.Next(2) == 0).Select((kind, n) => DrawClause(kind, new ClauseId($"c{n}"), parties, others)).ToList();

        // Directed facts: a suspension towards one partner, and an understanding on a clause the party owes.
        for (var m = 0; m < members.Count; m++)
        {
            var member = members[m];
            if (_random.Next(3) == 0)
            {
                var partner = _random.Pick(parties.Where(p => p != member.Actor).ToArray());
                member = member with { PartnerSuspensions = [new PartnerSuspension(partner, new DatePeriod(DrawDate(year + 3), _random.Next(2) == 0 ? DrawDate(year + 4) : null), DrawEvidence(), Maybe("suspended towards one partner"))] };
            }

            var owed = clauses.Where(c => c.Guarantors.IsEmpty || c.Guarantors.Contains(member.Actor)).ToArray();
            if (owed.Length > 0 && _random.Next(3) == 0)
            {
                var conditions = new ClauseConditions(Pick(others, 0, 1), nonProvocation: _random.Next(2) == 0);
                member = member with { Understandings = [new PartyUnderstanding(_random.Pick(owed).Id, conditions, DrawEvidence(), Maybe("its understanding"))] };
            }

            members[m] = member;
        }

        return new Treaty(
            new TreatyId($"treaty-{index}"),
            $"Treaty {index}",
            members,
            rule,
            DrawEvidence(),
            duration,
            clauses,
            _random.Next(2) == 0 ? Period.FromWeeks(_random.Next(0, 60)) : null,
            _random.Next(3) == 0 ? [new Suspension(new DatePeriod(DrawDate(year + 3)), DrawEvidence())] : null,
            _random.Next(3) == 0 ? new Termination(_random.Pick(Enum.GetValues<TerminationKind>().Where(kind => kind != TerminationKind.ByNonRenewal || duration is FixedTermDuration { RenewsAutomatically: true }).ToArray()), DrawDate(year + 10), _random.Next(2) == 0 ? DrawDate(year + 11) : null, DrawEvidence(), Maybe("ended")) : null,
            index > 0 && _random.Next(3) == 0 ? [new TreatyId($"treaty-{index - 1}")] : null,
            _random.Next(2) == 0 ? [new ExternalReference("ATOP", $"{1000 + index}")] : null);
    }

    private Clause DrawClause(ClauseKind kind, ClauseId id, ActorId[] parties, ActorId[] others)
    {
        var conditions = _random.Next(3) == 0 ? null : new ClauseConditions(
            Pick(others, 0, 2),
            _random.Next(2) == 0 ? null : new GeographicScope(Pick(States, 0, 2), _random.Next(2) == 0 ? [Gazetteer.Pacific] : null, _random.Next(3) == 0 ? [new PlaceId("GUAM")] : null, Maybe("the Pacific area")),
            _random.Next(2) == 0);
        var guarantors = _random.Next(3) == 0 ? Pick(parties, 1, 1) : null;
        var beneficiaries = _random.Next(3) == 0 ? Pick(parties, 1, 2) : null;
        var article = Maybe($"Article {_random.Next(1, 30)}");
        var summary = Maybe("What the clause says.");
        return kind switch
        {
            ClauseKind.MutualDefence => new MutualDefenceClause(id, _random.Pick(Enum.GetValues<DefenceTrigger>()), _random.Pick(Enum.GetValues<DefenceResponse>()), conditions, guarantors, beneficiaries, article, summary),
            ClauseKind.MilitaryCooperation => new MilitaryCooperationClause(id, (MilitaryCooperationForms)_random.Next(0, 256), conditions, guarantors, beneficiaries, article, summary),
            ClauseKind.TechnologyTransfer => new TechnologyTransferClause(id, Pick(Enum.GetValues<TechnologyDomain>(), 0, 3), conditions, guarantors, beneficiaries, article, summary),
            _ => new ObligationClause(id, kind, conditions, guarantors, beneficiaries, article, summary),
        };
    }

    private Transfer DrawTransfer(int index)
    {
        var pair = Pick(States, 2, 2).ToArray();
        var status = _random.Pick(Enum.GetValues<TransferStatus>());
        var period = DrawPeriod();
        if (status == TransferStatus.Delivered && period.End is null)
        {
            period = period with { End = DrawDate(period.Start.Year + 1) };
        }

        return new Transfer(new TransferId($"transfer-{index}"), pair[0], pair[1], period, status, DrawItem(), DrawEvidence(), Maybe("a transfer"));
    }

    private TransferItem DrawItem() => _random.Pick(Enum.GetValues<TransferItemKind>()) switch
    {
        TransferItemKind.Munitions => new MunitionsItem(_random.Pick(Enum.GetValues<MunitionsCategory>()), DrawQuantity(), Maybe("shells")),
        TransferItemKind.WeaponSystems => DrawWeaponSystems(),
        TransferItemKind.Technology => new TechnologyItem(_random.Pick(Enum.GetValues<TechnologyDomain>()), _random.Pick(Enum.GetValues<TechnologyForm>()), Maybe("know-how")),
        TransferItemKind.Money => new MoneyItem(new Money(_random.Pick(CurrencyCode.ActiveCodes.Order().Select(code => new CurrencyCode(code)).ToArray()), DrawEstimate())),
        TransferItemKind.Personnel => new PersonnelItem(DrawEstimate(whole: true), _random.Pick(Enum.GetValues<PersonnelRole>()), _random.Pick<PlaceId?>([null, new("KURSK"), new("RUS"), new("GUAM")]), _random.Next(2) == 0),
        _ => new ResourcesItem(_random.Pick(Enum.GetValues<ResourceKind>()), DrawQuantity(), Maybe("oil")),
    };

    private WeaponSystemsItem DrawWeaponSystems()
    {
        var ordered = _random.Next(1, 100);
        var tivOrder = DrawDecimal();
        return new WeaponSystemsItem(
            "T-72B3",
            Maybe("armoured vehicles"),
            _random.Next(2) == 0 ? Estimate.Exactly(ordered) : null,
            _random.Next(2) == 0 ? Estimate.Exactly(_random.Next(0, ordered + 1)) : null,
            _random.Next(2) == 0 ? DrawDecimal() : null,
            tivOrder,
            _random.Next(2) == 0 ? decimal.Round(tivOrder / 2, 3) : null,
            _random.Pick<bool?>([null, true, false]));
    }

    private Stance DrawStance(int index, List<Treaty> treaties, List<Transfer> transfers)
    {
        var holder = _random.Pick(States);
        var kind = _random.Next(6);
        StanceTarget target = kind switch
        {
            0 => new ActorTarget(_random.Pick(States.Where(actor => actor != holder).ToArray())),
            1 => new ActorsTarget([.. Pick(States, 2, 4)]),
            2 when treaties.Count > 0 => new TreatyTarget(_random.Pick(treaties.ToArray()).Id),
            3 => new TransferTarget(_random.Pick(transfers.ToArray()).Id),
            5 => new ResolutionTarget(
                _random.Next(1, 10_000),
                _random.Next(1, 80),
                new NodaTime.LocalDate(_random.Next(1946, 2020), _random.Next(1, 13), _random.Next(1, 29)),
                Maybe("A/RES/70/1"),
                [.. Pick(["Human rights", "Colonialism", "Palestinian conflict"], 0, 2)],
                _random.Pick<bool?>([null, true, false]),
                _random.Pick<bool?>([null, true, false]),
                _random.Pick<bool?>([null, true, false]),
                Maybe("SECURITY COUNCIL ELECTIONS")),
            _ => new IssueTarget("Stability on the Korean peninsula"),
        };
        VoteChoice? vote = kind == 5 ? _random.Pick(Enum.GetValues<VoteChoice>()) : null;
        return new Stance(
            new StanceId($"stance-{index}"),
            holder,
            target,
            vote is { } v ? Stance.PositionOf(v) : _random.Pick(Enum.GetValues<StancePosition>()),
            DrawDate(_random.Next(1990, 2030)),
            DrawEvidence(),
            holder != new ActorId("KOR") && _random.Next(2) == 0 ? Nis : null,
            [.. Pick(Enum.GetValues<StanceSignal>(), 0, 4)],
            _random.Pick<string?>([null, "01", "111", "0871", "20", "190"]),
            _random.Next(2) == 0 ? (_random.NextDouble() * 20) - 10 : null,
            Maybe("A position."),
            vote);
    }

    private SanctionsRegime DrawRegime()
    {
        ImmutableArray<SanctionsMeasure> measures =
        [
            new ArmsEmbargo(_random.Pick(JsonDirections), Maybe("para 8")),
            new TechnologyBan([.. Pick(Enum.GetValues<TechnologyDomain>(), 1, 3)], _random.Pick(JsonDirections)),
            new FinancialMeasure(FinancialMeasureKind.BulkCash),
            new ResourceCap(ResourceKind.Oil, _random.Pick(JsonDirections), _random.Next(2) == 0 ? DrawQuantity() : null),
            new WorkerBan(Maybe("UNSCR 2397 (2017)")),
        ];
        return new SanctionsRegime(
            new SanctionsRegimeId("regime"),
            Unsc,
            States[1],
            [new LegalInstrument("UNSCR 1718 (2006)", _random.Next(2) == 0 ? new PartialDate(2006, 10, 14) : null)],
            new DatePeriod(new PartialDate(2006, 10, 14), _random.Next(2) == 0 ? DrawDate(2030) : null),
            [.. measures.Where(_ => _random.Next(3) > 0).DefaultIfEmpty(measures[0])],
            _random.Pick(Enum.GetValues<SanctionsBinding>()),
            DrawEvidence(),
            Maybe("UN sanctions"));
    }

    private static readonly EmbargoDirection[] JsonDirections = [EmbargoDirection.SupplyToTarget, EmbargoDirection.ProcurementFromTarget, EmbargoDirection.Both];

    private Quantity DrawQuantity() => new(DrawEstimate(), _random.Pick(["rounds", "containers", "barrels", "tonnes"]));

    // A whole estimate (people are counted whole) takes the same draws, truncated, so the other facts of a seed stay the same.
    private Estimate DrawEstimate(bool whole = false)
    {
        var low = DrawDecimal();
        var high = low + DrawDecimal() + 1;
        if (whole)
        {
            (low, high) = (decimal.Truncate(low), decimal.Truncate(high));
        }

        return _random.Pick(Enum.GetValues<EstimateQualifier>()) switch
        {
            EstimateQualifier.Unknown => Estimate.Unknown,
            EstimateQualifier.Exact => Estimate.Exactly(low),
            EstimateQualifier.About => Estimate.About(low),
            EstimateQualifier.Over => Estimate.Over(low),
            EstimateQualifier.AtLeast => new Estimate(low, _random.Next(2) == 0 ? high : null, EstimateQualifier.AtLeast),
            EstimateQualifier.UpTo => Estimate.UpTo(high),
            EstimateQualifier.Under => new Estimate(_random.Next(2) == 0 ? 0 : low, high, EstimateQualifier.Under),
            EstimateQualifier.Between => new Estimate(low, high, EstimateQualifier.Between),
            _ => Estimate.Several(_random.Pick([10m, 100m, 1000m, 10_000m])),
        };
    }

    private decimal DrawDecimal() => decimal.Round((decimal)_random.NextDouble() * _random.Pick([1m, 1000m, 1_000_000m]), _random.Next(0, 4));

    private DatePeriod DrawPeriod()
    {
        var start = DrawDate(_random.Next(1990, 2030));
        return new DatePeriod(start, _random.Next(2) == 0 ? DrawDate(start.Year + _random.Next(1, 5)) : null);
    }

    private Evidence DrawEvidence()
    {
        var confidence = _random.Pick(Enum.GetValues<Confidence>());
        var sources = Enumerable.Range(0, confidence == Confidence.Confirmed ? _random.Next(1, 3) : _random.Next(0, 2))
            .Select(_ => new Source(
                _random.Pick(["Kremlin", "KCNA", "Reuters", "38 North"]),
                Maybe("Report"),
                _random.Next(2) == 0 ? new Uri($"https://example.org/{_random.Next(1000)}?q=a&b=ü") : null,
                _random.Next(2) == 0 ? DrawDate(_random.Next(1990, 2030)) : null,
                _random.Pick(Enum.GetValues<SourceKind>())));
        return new Evidence(confidence, sources);
    }

    private PartialDate DrawDate(int year) => _random.Next(3) switch
    {
        0 => new PartialDate(year),
        1 => new PartialDate(year, _random.Next(1, 13)),
        _ => new PartialDate(year, _random.Next(1, 13), _random.Next(1, 29)),
    };

    private string? Maybe(string text) => _random.Next(2) == 0 ? text : null;

    private T[] Pick<T>(T[] items, int atLeast, int atMost) =>
        items.OrderBy(_ => _random.Next()).Take(_random.Next(atLeast, Math.Min(atMost, items.Length) + 1)).ToArray();
}

/// <summary>Draws one element.</summary>
internal static class RandomPicks
{
    public static T Pick<T>(this Random random, T[] items) => items[random.Next(items.Length)];
}
