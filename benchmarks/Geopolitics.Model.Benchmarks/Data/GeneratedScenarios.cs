using System.Collections.Immutable;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Places;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Time;
using Geopolitics.Model.Transfers;
using Geopolitics.Model.Treaties;
using NodaTime;

namespace Geopolitics.Model.Benchmarks.Data;

/// <summary>
/// Valid scenarios of any size, generated deterministically from a seed, for the benchmarks whose cost must be seen to
/// grow: transfers (with exchanges), stances held by camps of actors, and treaties with mutual-defence clauses.
/// </summary>
public static class GeneratedScenarios
{
    private static readonly LocalDate Epoch = new(1995, 1, 1);
    private static readonly Source Registry = new("Generated register", "Benchmark data", null, new PartialDate(2024), SourceKind.Dataset);
    private static readonly Evidence Confirmed = Evidence.Of(Confidence.Confirmed, Registry);
    private static readonly Evidence Reported = Evidence.Unsourced(Confidence.Reported);
    private static readonly Evidence Assessed = Evidence.Unsourced(Confidence.Assessed);
    private static readonly string[] Designations = ["T-90", "Su-35", "S-400", "F-16", "Leopard 2", "HIMARS", "Patriot", "K9 Thunder", "Bayraktar TB2", "J-10", "Mi-17", "Kh-101"];
    private static readonly CurrencyCode[] Currencies = [new("USD"), new("EUR"), new("RUB"), new("CNY")];

    /// <summary>
    /// The first <paramref name="count"/> current states of the built-in catalogue in alpha-3 order, followed, when the
    /// catalogue has fewer, by made-up states <c>ZZ001</c>, <c>ZZ002</c>… (which have no home territory in the gazetteer).
    /// </summary>
    /// <param name="count">How many states.</param>
    /// <returns>The states as actors.</returns>
    public static ImmutableArray<Actor> States(int count)
    {
        var catalogue = CountryCatalogue.Default.Countries.Take(count).Select(c => c.ToActor());
        var madeUp = Enumerable.Range(1, Math.Max(0, count - CountryCatalogue.Default.Countries.Length))
            .Select(i => new Actor(new ActorId($"ZZ{i:D3}"), ActorKind.State, $"Made-up state {i}"));
        return [.. catalogue.Concat(madeUp)];
    }

    /// <summary>
    /// A scenario of <paramref name="actors"/> states and <paramref name="transfers"/> transfers of every kind of item
    /// between random pairs, dated 1995–2024 (mostly to the day, some to the month or year), with one exchange for every
    /// ten transfers linking a transfer to the next one going back the other way.
    /// </summary>
    /// <param name="actors">How many states.</param>
    /// <param name="transfers">How many transfers.</param>
    /// <param name="seed">The seed of the generator.</param>
    /// <returns>The scenario, valid.</returns>
    public static Scenario Transfers(int actors, int transfers, int seed = 1)
    {
        var random = new Random(seed);
        var states = States(actors);
        var builder = new ScenarioBuilder($"Generated: {actors} actors, {transfers} transfers");
        foreach (var state in states)
        {
            builder.AddActor(state);
        }

        var exchanges = 0;
        var (supplier, recipient) = (0, 0);
        for (var i = 0; i < transfers; i++)
        {
            var exchanged = i % 20 == 1;
            if (exchanged)
            {
                // The previous transfer's pair, the other way round: the exchange below links the two.
                (supplier, recipient) = (recipient, supplier);
            }
            else
            {
                supplier = random.Next(actors);
                recipient = (supplier + 1 + random.Next(actors - 1)) % actors;
            }

            builder.AddTransfer(Transfer(random, i, states[supplier].Id, states[recipient].Id));
            if (exchanged)
            {
                builder.AddExchange(new Exchange(new ExchangeId($"x{exchanges++:D7}"), [TransferId(i - 1), TransferId(i)], Reported));
            }
        }

        return Valid(builder);
    }

    /// <summary>
    /// A scenario of <paramref name="actors"/> states and about <paramref name="stances"/> stances: every actor holds a
    /// history of stances towards every other actor and towards 50 issues, its latest stances following its camp (one of
    /// three, plus a few neutral actors) — positive towards its camp, negative towards the others, and the camp's line on
    /// each issue — and older ones (and a share of Assessed ones) random. Every stance is dated to the day; the days of one
    /// holder's stances on one target differ. Fewer stances than one per holder and target (<c>actors × (actors + 49)</c>)
    /// are made by giving each holder one stance on each issue and on a random share of the other actors (none when
    /// <paramref name="stances"/> is at most <c>actors × 50</c>).
    /// </summary>
    /// <param name="actors">How many states.</param>
    /// <param name="stances">About how many stances (rounded to whole histories, or to a share of the actors as targets).</param>
    /// <param name="seed">The seed of the generator.</param>
    /// <returns>The scenario, valid.</returns>
    public static Scenario Stances(int actors, int stances, int seed = 1)
    {
        const int issues = 50;
        var random = new Random(seed);
        var states = States(actors);
        var targets = states.Select(s => (StanceTarget)new ActorTarget(s.Id))
            .Concat(Enumerable.Range(0, issues).Select(i => (StanceTarget)new IssueTarget($"issue-{i:D2}")))
            .ToImmutableArray();
        var campLine = Enumerable.Range(0, 3).Select(_ => Enumerable.Range(0, issues).Select(_ => random.Next(-3, 4)).ToArray()).ToArray();
        var series = actors * (targets.Length - 1);
        var perSeries = Math.Max(1, stances / series);
        var share = Math.Clamp((double)(stances - (actors * issues)) / (actors * (actors - 1)), 0.0, 1.0);
        var spacing = Math.Max(1, 8800 / perSeries);
        var builder = new ScenarioBuilder($"Generated: {actors} actors, {perSeries * ((actors * issues) + (int)(actors * (actors - 1) * share))} stances");
        foreach (var state in states)
        {
            builder.AddActor(state);
        }

        var id = 0;
        for (var h = 0; h < actors; h++)
        {
            var camp = Camp(h, actors);
            for (var t = 0; t < targets.Length; t++)
            {
                if (t == h || (t < actors && share < 1.0 && random.NextDouble() >= share))
                {
                    continue; // no stance on oneself, nor on the targets left out
                }

                var latest = t < actors ? Towards(camp, Camp(t, actors), random) : Line(camp, campLine[Math.Max(camp, 0)][t - actors], random);
                for (var j = 0; j < perSeries; j++)
                {
                    var last = j == perSeries - 1;
                    var day = Epoch.PlusDays((j * spacing) + random.Next(spacing));
                    var position = last ? latest : (StancePosition)random.Next(-3, 4);
                    var evidence = last ? Reported : random.Next(5) == 0 ? Assessed : Reported;
                    builder.AddStance(new Stance(new StanceId($"s{id++:D7}"), states[h].Id, targets[t], position, day, evidence));
                }
            }
        }

        return Valid(builder);
    }

    /// <summary>
    /// A scenario of <paramref name="actors"/> states and <paramref name="treaties"/> defence treaties in the manner of
    /// ATOP: mostly bilateral, some regional pacts of up to 30 parties, signed 1900–2018, each with a mutual-defence
    /// clause (some one-way, some limited to named adversaries or to the Pacific area) and a consultation clause; a
    /// third terminated, one party withdrawn from a third of the pacts of three or more, some joining later by accession.
    /// </summary>
    /// <param name="actors">How many states.</param>
    /// <param name="treaties">How many treaties.</param>
    /// <param name="seed">The seed of the generator.</param>
    /// <returns>The scenario, valid.</returns>
    public static Scenario Treaties(int actors, int treaties, int seed = 1)
    {
        var random = new Random(seed);
        var states = States(actors);
        var builder = new ScenarioBuilder($"Generated: {actors} actors, {treaties} defence treaties");
        foreach (var state in states)
        {
            builder.AddActor(state);
        }

        for (var i = 0; i < treaties; i++)
        {
            var size = random.Next(10) switch { < 7 => 2, < 9 => 3 + random.Next(5), _ => 8 + random.Next(23) };
            var members = Enumerable.Range(0, actors).OrderBy(_ => random.Next()).Take(size).Select(a => states[a].Id).ToList();
            var signed = new LocalDate(1900, 1, 1).PlusDays(random.Next(43_000));
            var inForce = signed.PlusDays(random.Next(400));
            // At most one party of a pact of three or more withdraws, so a pact never falls below two bound parties.
            var withdrawing = size >= 3 && random.Next(3) == 0 ? random.Next(size) : -1;
            var parties = members.Select((actor, index) =>
            {
                var joinsLater = index >= 2 && random.Next(5) == 0;
                var consent = joinsLater ? inForce.PlusDays(365 + random.Next(3650)) : inForce.PlusDays(-random.Next(Period.Between(signed, inForce, PeriodUnits.Days).Days + 1));
                Withdrawal? withdrawal = index == withdrawing ? new Withdrawal(consent.PlusDays(2000 + random.Next(4000)), null, Reported) : null;
                return new TreatyParty(
                    actor,
                    joinsLater ? null : new Signature(signed, Reported),
                    new Consent(joinsLater ? ConsentKind.Accession : ConsentKind.Ratification, consent, Reported),
                    withdrawal: withdrawal);
            }).ToList();
            var oneWay = size == 2 && random.Next(6) == 0;
            var conditions = random.Next(8) switch
            {
                0 => new ClauseConditions(adversaries: [states[random.Next(actors)].Id is var a && members.Contains(a) ? states[(random.Next(actors - 1) + 1) % actors].Id : a]),
                1 => new ClauseConditions(geographicScope: new GeographicScope(regions: [Gazetteer.Pacific])),
                _ => null,
            };
            if (conditions?.Adversaries.Any(members.Contains) == true)
            {
                conditions = null;
            }

            var defence = new MutualDefenceClause(
                new ClauseId("defence"),
                random.Next(3) == 0 ? DefenceTrigger.StateOfWar : DefenceTrigger.ArmedAttack,
                random.Next(2) == 0 ? DefenceResponse.ImmediateMilitaryAssistance : DefenceResponse.ConstitutionalProcesses,
                conditions,
                oneWay ? [members[0]] : null,
                oneWay ? [members[1]] : null);
            var termination = random.Next(3) == 0
                ? new Termination(TerminationKind.ByAgreement, inForce.PlusDays(1000 + random.Next(15_000)), null, Reported)
                : null;
            builder.AddTreaty(new Treaty(
                new TreatyId($"atop-{1000 + i}"),
                $"Generated defence pact {i}",
                parties,
                new RecordedRule(inForce),
                random.Next(10) == 0 ? Confirmed : Reported,
                clauses: [defence, new ObligationClause(new ClauseId("consult"), ClauseKind.Consultation)],
                withdrawalNotice: Period.FromYears(1),
                termination: termination));
        }

        return Valid(builder);
    }

    /// <summary>Builds the scenario; the generators make only valid ones, so an error is a bug here.</summary>
    private static Scenario Valid(ScenarioBuilder builder) =>
        builder.Build().Match(
            scenario => scenario,
            errors => throw new InvalidOperationException($"The generated scenario is invalid: {string.Join("; ", errors.Take(5))}"));

    private static TransferId TransferId(int index) => new($"t{index:D7}");

    private static Transfer Transfer(Random random, int index, ActorId supplier, ActorId recipient)
    {
        var day = Epoch.PlusDays(random.Next(10_900));
        PartialDate start = random.Next(20) switch
        {
            0 => new PartialDate(day.Year),
            < 3 => new PartialDate(day.Year, day.Month),
            _ => day,
        };
        var end = PartialDate.FromLocalDate(start.End.PlusDays(random.Next(720)));
        var status = random.Next(10) switch { < 4 => TransferStatus.Delivered, < 6 => TransferStatus.Ongoing, < 8 => TransferStatus.Agreed, < 9 => TransferStatus.Planned, _ => TransferStatus.Suspended };
        DatePeriod period = status is TransferStatus.Ongoing or TransferStatus.Planned ? new(start) : new(start, end);
        TransferItem item = random.Next(20) switch
        {
            < 6 => new MunitionsItem((MunitionsCategory)random.Next(6), new Quantity(Amount(random, 100_000), random.Next(2) == 0 ? "rounds" : "containers")),
            < 9 => Weapons(random),
            < 11 => new TechnologyItem((TechnologyDomain)random.Next(12), (TechnologyForm)random.Next(5)),
            < 15 => new MoneyItem(new Money(Currencies[random.Next(Currencies.Length)], random.Next(8) == 0 ? Estimate.Unknown : Amount(random, 500_000_000))),
            < 17 => new PersonnelItem(Amount(random, 12_000), (PersonnelRole)random.Next(6)),
            _ => new ResourcesItem((ResourceKind)random.Next(5), new Quantity(Amount(random, 1_000_000), "tonnes")),
        };
        var evidence = random.Next(10) switch { 0 => Confirmed, 1 => Assessed, _ => Reported };
        return new Transfer(TransferId(index), supplier, recipient, period, status, item, evidence);
    }

    private static WeaponSystemsItem Weapons(Random random)
    {
        var ordered = 1 + random.Next(200);
        var delivered = random.Next(ordered + 1);
        var perUnit = 1 + random.Next(100);
        return new WeaponSystemsItem(
            Designations[random.Next(Designations.Length)],
            "armoured vehicles",
            Estimate.Exactly(ordered),
            Estimate.Exactly(delivered),
            perUnit,
            perUnit * ordered,
            perUnit * delivered);
    }

    private static Estimate Amount(Random random, int scale)
    {
        var value = 1 + random.Next(scale);
        return random.Next(6) switch
        {
            0 => Estimate.About(value),
            1 => Estimate.Over(value),
            2 => Estimate.Between(value, value * 2m),
            _ => Estimate.Exactly(value),
        };
    }

    /// <summary>The camp of the actor at <paramref name="index"/>: 0, 1 or 2, or −1 for the last tenth, who stay neutral.</summary>
    private static int Camp(int index, int actors) => index >= actors - (actors / 10) ? -1 : index % 3;

    private static StancePosition Towards(int holderCamp, int targetCamp, Random random) =>
        holderCamp < 0 || targetCamp < 0 ? StancePosition.Neutral
        : holderCamp == targetCamp ? (StancePosition)(2 + random.Next(2))
        : (StancePosition)(-2 - random.Next(2));

    private static StancePosition Line(int camp, int line, Random random) =>
        camp < 0 ? StancePosition.Neutral : (StancePosition)Math.Clamp(line + random.Next(-1, 2), -3, 3);

    /// <summary>
    /// A scenario of <paramref name="actors"/> states and <paramref name="treaties"/> pacts to which every state is party,
    /// each with one mutual mutual-defence clause, in force from 1 July of the year <c>1900 + i mod 90</c>; the state
    /// <paramref name="withdrawn"/> withdrew from every pact on 1 January 2000. The shape of the hostile files of issue
    /// "Reliability, round two" (item 8): <c>n·(n−1)</c> guarantees a pact.
    /// </summary>
    /// <param name="actors">How many states (those of <see cref="States"/>).</param>
    /// <param name="treaties">How many pacts.</param>
    /// <param name="withdrawn">The state that withdrew from every pact.</param>
    /// <returns>The scenario, valid.</returns>
    public static Scenario ManyPartyPacts(int actors, int treaties, ActorId withdrawn)
    {
        var states = States(actors);
        var builder = new ScenarioBuilder($"Many-party pacts: {actors} states, {treaties} pacts");
        foreach (var state in states)
        {
            builder.AddActor(state);
        }

        for (var t = 0; t < treaties; t++)
        {
            var year = 1900 + (t % 90);
            var parties = states.Select(state => new TreatyParty(
                state.Id,
                new Signature(new PartialDate(year, 1, 1), Reported),
                new Consent(ConsentKind.Ratification, new PartialDate(year, 6, 1), Reported),
                withdrawal: state.Id == withdrawn ? new Withdrawal(new PartialDate(1999, 1, 1), new PartialDate(2000, 1, 1), Reported) : null));
            builder.AddTreaty(new Treaty(
                new TreatyId($"pact-{t}"),
                $"Pact {t}",
                parties,
                new RecordedRule(new PartialDate(year, 7, 1)),
                Reported,
                new IndefiniteDuration(),
                [new MutualDefenceClause(new ClauseId("art1"), DefenceTrigger.ArmedAttack, DefenceResponse.ImmediateMilitaryAssistance)]));
        }

        return builder.Build().Match(s => s, errors => throw new InvalidOperationException(string.Join("; ", errors.Take(5))));
    }
}
