using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Places;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;
using Geopolitics.Model.Validation;
using NodaTime;
using OneOf;

namespace Geopolitics.Model.Analysis;

/// <summary>
/// Answers who must come to the defence of a victim on a day, optionally given the attacker, the place of the attack
/// and whether the victim provoked it, from the mutual-defence clauses of a scenario's treaties; and draws the
/// defence network on a day.
/// </summary>
/// <remarks>
/// <para>
/// For every <see cref="MutualDefenceClause"/> whose guarantee pairs (<see cref="Treaty.GuaranteePairs"/>) have the
/// victim as beneficiary, the guarantor's obligation <em>applies</em> when each of its conditions holds
/// (<see cref="DefenceConditionKind"/>), three-valued: the treaty binds both the guarantor and the victim on the day
/// (<see cref="TreatyStatusEvaluator"/>, so a date known only to the month leaves the days of that month unknown); the
/// attacker is one of the clause's adversaries, if it names any (unknown when the query names no attacker); the place
/// of the attack lies within the clause's geographic scope (administered by one of the actors it names, and lying in
/// one of its regions: unknown for a place that lies only partly in the region); the victim did not provoke the
/// attack, if the clause requires it (unknown unless the query says); and, when the query names the attacker, the
/// attacker is not the guarantor itself (false) nor a fellow party bound by the treaty (unknown: the clause does not
/// say).
/// </para>
/// <para>
/// A query that names no place means an attack on the victim's home territory
/// (<see cref="Gazetteer.HomeTerritoryOf"/>). A treaty whose own evidence the minimum confidence does not admit is set
/// aside: its clauses oblige no one, and they are reported among the ignored facts. Instances are immutable and safe
/// to share between threads.
/// </para>
/// </remarks>
public sealed class DefenceObligations
{
    private readonly Scenario _scenario;
    private readonly TreatyStatusEvaluator _evaluator;
    private readonly ScenarioFacts _facts;
    private readonly ImmutableArray<Guarantee> _guarantees;
    private readonly FrozenDictionary<ActorId, ImmutableArray<Guarantee>> _byBeneficiary;

    // For DefendersOf, per minimum confidence: each treaty's status calendar and each victim's calendar of defenders,
    // built when first needed (racing threads build equal calendars); and whether each guarantee's conditions other than
    // being in force may hold for an attack on the beneficiary's home territory by an attacker not named.
    private readonly StatusCalendar?[][] _calendars;
    private readonly Lazy<bool[]> _mayApplyAtHome;
    private readonly ConcurrentDictionary<ActorId, DefenderCalendar>[] _victimCalendars;

    /// <summary>Prepares the analysis of <paramref name="scenario"/>: indexes its mutual-defence clauses by beneficiary.</summary>
    /// <param name="scenario">The scenario, normally validated by <see cref="ScenarioBuilder.Build"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two treaties share an id (the scenario was not validated).</exception>
    public DefenceObligations(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _scenario = scenario;
        _evaluator = new TreatyStatusEvaluator(scenario.Treaties);
        _facts = new ScenarioFacts(scenario);
        var guarantees = ImmutableArray.CreateBuilder<Guarantee>();
        for (var i = 0; i < scenario.Treaties.Length; i++)
        {
            var treaty = scenario.Treaties[i];
            for (var j = 0; j < treaty.Clauses.Length; j++)
            {
                if (treaty.Clauses[j] is MutualDefenceClause clause)
                {
                    foreach (var pair in treaty.GuaranteePairs(clause))
                    {
                        guarantees.Add(new Guarantee(guarantees.Count, treaty, i, clause, j, pair.Guarantor, pair.Beneficiary));
                    }
                }
            }
        }

        _guarantees = guarantees.ToImmutable();
        _byBeneficiary = _guarantees.GroupBy(g => g.Beneficiary).ToFrozenDictionary(group => group.Key, group => group.ToImmutableArray());
        _calendars = [.. Enum.GetValues<Confidence>().Select(_ => new StatusCalendar?[scenario.Treaties.Length])];
        _victimCalendars = [.. Enum.GetValues<Confidence>().Select(_ => new ConcurrentDictionary<ActorId, DefenderCalendar>())];
        _mayApplyAtHome = new Lazy<bool[]>(() =>
        [
            .. _guarantees.Select(g =>
                new Conditions(g, null!, default, null, _scenario.Gazetteer.HomeTerritoryOf(g.Beneficiary), true, null).AllButInForce().IsPossible),
        ]);
    }

    /// <summary>The scenario analysed.</summary>
    public Scenario Scenario => _scenario;

    /// <summary>Who must come to the defence of <paramref name="victim"/> on <paramref name="day"/>.</summary>
    /// <param name="victim">The actor attacked.</param>
    /// <param name="day">The day of the attack.</param>
    /// <param name="attacker">The attacker, or <see langword="null"/> when not known (adversary conditions are then unknown).</param>
    /// <param name="location">
    /// Where the attack happens: a place of the scenario's gazetteer by id, name or alias (<c>Guam</c>,
    /// <c>OKINAWA</c>); <see langword="null"/> for the victim's home territory.
    /// </param>
    /// <param name="victimProvoked">Whether the victim provoked the attack, or <see langword="null"/> when not known (non-provocation conditions are then unknown).</param>
    /// <param name="minimum">The weakest confidence admitted.</param>
    /// <returns>
    /// The answer, or an error: <see cref="ErrorCodes.UnknownDefenceVictim"/> (path <c>victim</c>),
    /// <see cref="ErrorCodes.UnknownDefenceAttacker"/> (path <c>attacker</c>), <see cref="ErrorCodes.AttackerIsVictim"/>
    /// (path <c>attacker</c>) or <see cref="ErrorCodes.UnknownPlace"/> (path <c>location</c>; the message suggests the
    /// nearest names).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is not a defined confidence, or is <see cref="Confidence.Denied"/>.</exception>
    public OneOf<DefenceAnswer, ModelError> Defenders(
        ActorId victim,
        LocalDate day,
        ActorId? attacker = null,
        string? location = null,
        bool? victimProvoked = null,
        Confidence minimum = ConfidenceExtensions.DefaultMinimum)
    {
        CheckMinimum(minimum);
        if (CheckActors(victim, attacker) is { } error)
        {
            return error;
        }

        Place? place = null;
        if (location is not null)
        {
            var resolved = _scenario.Gazetteer.Resolve(location);
            if (resolved.TryPickT1(out var unknown, out var found))
            {
                return unknown with { Location = ErrorLocation.AtPath("location") };
            }

            place = found;
        }

        return Answer(victim, day, attacker, place, victimProvoked, minimum);
    }

    /// <summary>Who must come to the defence of <paramref name="victim"/> on <paramref name="day"/>, attacked at a place already resolved.</summary>
    /// <param name="victim">The actor attacked.</param>
    /// <param name="day">The day of the attack.</param>
    /// <param name="place">Where the attack happens (a place of the gazetteer, or one built for the query).</param>
    /// <param name="attacker">The attacker, or <see langword="null"/> when not known.</param>
    /// <param name="victimProvoked">Whether the victim provoked the attack, or <see langword="null"/> when not known.</param>
    /// <param name="minimum">The weakest confidence admitted.</param>
    /// <returns>The answer, or an error as for <see cref="Defenders"/> (never <see cref="ErrorCodes.UnknownPlace"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="place"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is not a defined confidence, or is <see cref="Confidence.Denied"/>.</exception>
    public OneOf<DefenceAnswer, ModelError> DefendersAt(
        ActorId victim,
        LocalDate day,
        Place place,
        ActorId? attacker = null,
        bool? victimProvoked = null,
        Confidence minimum = ConfidenceExtensions.DefaultMinimum)
    {
        ArgumentNullException.ThrowIfNull(place);
        CheckMinimum(minimum);
        return CheckActors(victim, attacker) is { } error ? error : Answer(victim, day, attacker, place, victimProvoked, minimum);
    }

    /// <summary>
    /// Who must come to the defence of <paramref name="victim"/> on <paramref name="day"/>, attacked on its home territory by
    /// an attacker not named, provocation not stated: the guarantors of the obligations that
    /// <see cref="Defenders"/> lists for that query (those that apply or may apply), without the conditions, facts and
    /// explanation. Meant for many queries: the first query about a victim computes its defenders for every stretch of
    /// days between the days on which its treaties' statuses may change; later queries look the day up.
    /// </summary>
    /// <param name="victim">The actor attacked.</param>
    /// <param name="day">The day of the attack.</param>
    /// <param name="minimum">The weakest confidence admitted.</param>
    /// <returns>The guarantors, each once, in id order; or an error as for <see cref="Defenders"/> (<see cref="ErrorCodes.UnknownDefenceVictim"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is not a defined confidence, or is <see cref="Confidence.Denied"/>.</exception>
    public OneOf<ImmutableArray<ActorId>, ModelError> DefendersOf(ActorId victim, LocalDate day, Confidence minimum = ConfidenceExtensions.DefaultMinimum)
    {
        CheckMinimum(minimum);
        if (CheckActors(victim, null) is { } error)
        {
            return error;
        }

        var calendars = _victimCalendars[(int)minimum];
        if (!calendars.TryGetValue(victim, out var calendar))
        {
            calendar = calendars.GetOrAdd(victim, VictimCalendar(victim, minimum));
        }

        return calendar.On(day);
    }

    /// <summary>
    /// The defenders of one victim on every day: the days on which any of its guarantees may change (those of their
    /// treaties' calendars), and for each stretch between two of them the guarantors whose obligation may apply.
    /// </summary>
    private DefenderCalendar VictimCalendar(ActorId victim, Confidence minimum)
    {
        var mayApply = _mayApplyAtHome.Value;
        var calendars = _calendars[(int)minimum];
        var guarantees = new List<(Guarantee Guarantee, StatusCalendar Calendar)>();
        var days = new SortedSet<LocalDate>();
        foreach (var guarantee in _byBeneficiary.GetValueOrDefault(victim, []))
        {
            // A treaty the minimum does not admit obliges no one, as in Defenders.
            if (!mayApply[guarantee.Number] || !guarantee.Treaty.Evidence.IsAdmittedBy(minimum))
            {
                continue;
            }

            var calendar = calendars[guarantee.TreatyIndex] ??= new StatusCalendar(_evaluator, guarantee.Treaty, minimum);
            guarantees.Add((guarantee, calendar));
            days.UnionWith(calendar.Days);
        }

        LocalDate[] changes = [.. days];
        var defenders = new ImmutableArray<ActorId>[changes.Length + 1];
        for (var i = 0; i < defenders.Length; i++)
        {
            var day = i > 0 ? changes[i - 1] : changes.Length > 0 && changes[0] > LocalDate.MinIsoValue ? changes[0].PlusDays(-1) : LocalDate.MinIsoValue;
            defenders[i] = [.. guarantees
                .Where(g => g.Calendar.InForce(g.Guarantee.Guarantor, g.Guarantee.Beneficiary, day).IsPossible)
                .Select(g => g.Guarantee.Guarantor)
                .Distinct()
                .Order()];
        }

        return new DefenderCalendar(changes, defenders);
    }

    /// <summary>The defence network on <paramref name="day"/>: an edge guarantor → beneficiary for each guarantee of a mutual-defence clause that is, or may be, in force between them.</summary>
    /// <param name="day">The day.</param>
    /// <param name="minimum">The weakest confidence admitted.</param>
    /// <returns>The network; edges certainly not in force on the day are left out, those whose being in force is unknown are kept and marked so.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is not a defined confidence, or is <see cref="Confidence.Denied"/>.</exception>
    public DefenceNetwork Network(LocalDate day, Confidence minimum = ConfidenceExtensions.DefaultMinimum)
    {
        CheckMinimum(minimum);
        var context = new Context(this, day, minimum);
        var edges = new List<DefenceEdge>();
        foreach (var guarantee in _guarantees)
        {
            if (context.Report(guarantee) is not { } report)
            {
                continue;
            }

            var inForce = report.Party(guarantee.Guarantor)!.IsInForce & report.Party(guarantee.Beneficiary)!.IsInForce;
            if (inForce.IsPossible)
            {
                edges.Add(new DefenceEdge(guarantee.Guarantor, guarantee.Beneficiary, guarantee.Treaty, guarantee.Clause, inForce));
            }
        }

        var nodes = edges.SelectMany(edge => new[] { edge.Guarantor, edge.Beneficiary }).Distinct().Order()
            .Select(actor => new DefenceNode(actor, _scenario.FindActor(actor)?.Name ?? actor.Value));
        return new DefenceNetwork(
            day,
            minimum,
            [.. nodes],
            [.. edges.OrderBy(e => e.Guarantor).ThenBy(e => e.Beneficiary).ThenBy(e => e.Treaty).ThenBy(e => e.Clause)],
            [.. context.Facts.Values],
            [.. context.Ignored.Values]);
    }

    private static void CheckMinimum(Confidence minimum)
    {
        ArgumentChecks.Threshold(minimum, nameof(minimum));
    }

    private static string Iso(LocalDate day) => day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private ModelError? CheckActors(ActorId victim, ActorId? attacker)
    {
        if (_scenario.FindActor(victim) is null)
        {
            return new ModelError(ErrorCodes.UnknownDefenceVictim, $"The victim '{victim}' is not an actor of scenario '{_scenario.Name}'.", "victim");
        }

        if (attacker is { } a)
        {
            if (_scenario.FindActor(a) is null)
            {
                return new ModelError(ErrorCodes.UnknownDefenceAttacker, $"The attacker '{a}' is not an actor of scenario '{_scenario.Name}'.", "attacker");
            }

            if (a == victim)
            {
                return new ModelError(ErrorCodes.AttackerIsVictim, $"The attacker '{a}' must differ from the victim.", "attacker");
            }
        }

        return null;
    }

    private DefenceAnswer Answer(ActorId victim, LocalDate day, ActorId? attacker, Place? place, bool? victimProvoked, Confidence minimum)
    {
        var implied = place is null;
        place ??= _scenario.Gazetteer.HomeTerritoryOf(victim);
        var context = new Context(this, day, minimum);
        var applying = new List<DefenceObligation>();
        var ruledOut = new List<DefenceObligation>();
        var setAside = new List<string>();
        foreach (var guarantee in _byBeneficiary.GetValueOrDefault(victim, []))
        {
            if (context.Report(guarantee) is not { } report)
            {
                var line = $"Set aside: {guarantee.Treaty.Id} rests on {guarantee.Treaty.Evidence.Confidence} evidence, which the minimum {minimum} does not admit.";
                if (!setAside.Contains(line))
                {
                    setAside.Add(line);
                }

                continue;
            }

            var conditions = new Conditions(guarantee, report, day, attacker, place, implied, victimProvoked).All();
            var obligation = new DefenceObligation(guarantee.Guarantor, victim, guarantee.Treaty, guarantee.Clause, conditions);
            (obligation.Applies.IsFalse ? ruledOut : applying).Add(obligation);
        }

        if (place is not null)
        {
            context.AddPlace(place);
        }

        // Guarantees are in the scenario's order of treaties and clauses; a stable sort by guarantor keeps it within each.
        ImmutableArray<DefenceObligation> obligations = [.. applying.OrderBy(o => o.Guarantor)];
        ImmutableArray<DefenceObligation> excluded = [.. ruledOut.OrderBy(o => o.Guarantor)];

        var where = place is null ? "at no known place (no place named, and no home territory in the gazetteer)"
            : implied ? $"on its home territory, {place}"
            : $"at {place}";
        var lines = new List<string>
        {
            $"Who must defend {victim} on {Iso(day)}, attacked {where}, by {(attacker is { } a ? a.ToString() : "an attacker not named")}, " +
            $"{(victimProvoked switch { true => "having provoked the attack", false => "not having provoked the attack", null => "provocation not stated" })}; " +
            $"facts of confidence {minimum} or stronger.",
            obligations.IsEmpty ? "Defenders: none." : $"Defenders: {string.Join(", ", obligations.Select(o => o.Guarantor).Distinct().Order())}.",
        };
        foreach (var obligation in obligations.Concat(excluded))
        {
            lines.Add((obligation.Applies.IsTrue ? "Applies: " : obligation.Applies.IsFalse ? "Ruled out: " : "May apply: ") + obligation);
            lines.AddRange(obligation.Conditions.Select(c => $"  {c.Kind}: {c.Holds}. {c.Reason}"));
        }

        lines.AddRange(setAside);
        return new DefenceAnswer(
            victim,
            day,
            attacker,
            place,
            implied && place is not null,
            victimProvoked,
            minimum,
            obligations,
            excluded,
            [.. context.Facts.Values],
            [.. context.Ignored.Values],
            [.. lines]);
    }

    /// <summary>One direction of one mutual-defence clause, with where it sits in the scenario.</summary>
    private sealed record Guarantee(int Number, Treaty Treaty, int TreatyIndex, MutualDefenceClause Clause, int ClauseIndex, ActorId Guarantor, ActorId Beneficiary)
    {
        public string ClausePath => string.Create(CultureInfo.InvariantCulture, $"Treaties[{TreatyIndex}].Clauses[{ClauseIndex}]");
    }

    /// <summary>The treaty reports and the facts gathered while answering one query; not shared between threads.</summary>
    private sealed class Context(DefenceObligations owner, LocalDate day, Confidence minimum)
    {
        private readonly Dictionary<TreatyId, TreatyStatusReport> _reports = [];

        // Keyed by kind and path so that a fact met through several guarantees is listed once, in the order first met.
        public Dictionary<(FactKind, string), FactReference> Facts { get; } = [];

        public Dictionary<(FactKind, string), FactReference> Ignored { get; } = [];

        /// <summary>The status report of the guarantee's treaty, with its facts recorded; <see langword="null"/> when the treaty's evidence is not admitted.</summary>
        public TreatyStatusReport? Report(Guarantee guarantee)
        {
            var treaty = guarantee.Treaty;
            var clauseFact = new FactReference(
                FactKind.Clause, $"{treaty.Id}/{guarantee.Clause.Id}", guarantee.ClausePath, null, treaty.Evidence.Confidence, $"{treaty.Id} {guarantee.Clause}");
            if (!treaty.Evidence.IsAdmittedBy(minimum))
            {
                Ignored.TryAdd((clauseFact.Kind, clauseFact.Path), clauseFact);
                return null;
            }

            if (!_reports.TryGetValue(treaty.Id, out var report))
            {
                report = owner._evaluator.Evaluate(treaty, day, minimum);
                _reports[treaty.Id] = report;
                foreach (var fact in report.Facts)
                {
                    var reference = owner.Reference(fact);
                    Facts.TryAdd((reference.Kind, reference.Path), reference);
                }

                foreach (var fact in report.IgnoredFacts)
                {
                    var reference = owner.Reference(fact);
                    Ignored.TryAdd((reference.Kind, reference.Path), reference);
                }
            }

            Facts.TryAdd((clauseFact.Kind, clauseFact.Path), clauseFact);
            return report;
        }

        public void AddPlace(Place place)
        {
            var index = owner._scenario.Places.LastIndexOf(place);
            var path = index >= 0 ? string.Create(CultureInfo.InvariantCulture, $"Places[{index}]") : $"Gazetteer[{place.Id}]";
            var where = new List<string>();
            if (place.AdministeredBy is { } admin)
            {
                where.Add($"administered by {admin}");
            }

            if (!place.Regions.IsEmpty)
            {
                where.Add("lies in " + string.Join(", ", place.Regions));
            }

            if (!place.PartlyIn.IsEmpty)
            {
                where.Add("lies partly in " + string.Join(", ", place.PartlyIn));
            }

            var description = where.Count == 0 ? $"{place} is a {place.Kind}." : $"{place} is a {place.Kind}, {string.Join(", ", where)}.";

            // The gazetteer is a curated reference table, not a reported fact, so it is taken as confirmed.
            Facts.TryAdd((FactKind.Place, path), new FactReference(FactKind.Place, place.Id.Value, path, null, Confidence.Confirmed, description));
        }
    }

    private FactReference Reference(TreatyFact fact) => _facts.TreatyFact(fact);

    /// <summary>The conditions of one guarantee for one query.</summary>
    private sealed class Conditions(Guarantee guarantee, TreatyStatusReport report, LocalDate day, ActorId? attacker, Place? place, bool implied, bool? victimProvoked)
    {
        private ClauseConditions Clause => guarantee.Clause.Conditions;

        private ActorId Guarantor => guarantee.Guarantor;

        private ActorId Victim => guarantee.Beneficiary;

        /// <summary>Whether every condition but the treaty being in force holds: what does not change from day to day.</summary>
        public Truth AllButInForce() => Truth.All(All(withInForce: false).Select(condition => condition.Holds));

        public ImmutableArray<DefenceCondition> All(bool withInForce = true)
        {
            var conditions = ImmutableArray.CreateBuilder<DefenceCondition>();
            if (withInForce)
            {
                conditions.Add(InForce());
            }

            if (!Clause.Adversaries.IsEmpty)
            {
                conditions.Add(Adversary());
            }

            if (Clause.GeographicScope is { IsUnrestricted: false } scope)
            {
                conditions.Add(Scope(scope));
            }

            if (Clause.NonProvocation)
            {
                conditions.Add(NonProvocation());
            }

            if (attacker is { } a)
            {
                conditions.Add(AttackerOutside(a));
            }

            return conditions.ToImmutable();
        }

        private static string PartyText(TreatyPartyStatus status)
        {
            var statuses = status.Statuses.Length == 1 ? status.Statuses[0].ToString() : $"one of {string.Join(", ", status.Statuses)}";
            var bound = status.EntryIntoForce is { } range ? $"bound from {TreatyTimeline.Describe(range)}" : "never bound on the admitted facts";
            return $"{status.Actor}: {statuses}, {bound}";
        }

        private DefenceCondition InForce()
        {
            var guarantor = report.Party(Guarantor)!;
            var victim = report.Party(Victim)!;
            var holds = guarantor.IsInForce & victim.IsInForce;
            return new DefenceCondition(
                DefenceConditionKind.InForce,
                holds,
                $"{report.Treaty} binds both {Guarantor} and {Victim} on {Iso(day)}: {holds} ({PartyText(guarantor)}; {PartyText(victim)}).");
        }

        private DefenceCondition Adversary()
        {
            var list = string.Join(", ", Clause.Adversaries);
            if (attacker is not { } a)
            {
                return new DefenceCondition(DefenceConditionKind.Adversary, Truth.Unknown, $"The clause covers attacks by {list} only, and the query does not name the attacker.");
            }

            return Clause.Adversaries.Contains(a)
                ? new DefenceCondition(DefenceConditionKind.Adversary, Truth.True, $"The clause covers attacks by {list} only, and the attacker is {a}.")
                : new DefenceCondition(DefenceConditionKind.Adversary, Truth.False, $"The clause covers attacks by {list} only, and the attacker, {a}, is not one of them.");
        }

        private DefenceCondition Scope(GeographicScope scope)
        {
            if (place is null)
            {
                return new DefenceCondition(
                    DefenceConditionKind.GeographicScope,
                    Truth.Unknown,
                    $"The clause's scope is {scope}, and the query names no place ({Victim} has no home territory in the gazetteer).");
            }

            var where = implied ? $"{place}, {Victim}'s home territory," : place.ToString();
            var parts = new List<(Truth Holds, string Text)>();
            if (!scope.AdministeredBy.IsEmpty)
            {
                var list = string.Join(" or ", scope.AdministeredBy);
                parts.Add(place.AdministeredBy is not { } admin
                    ? (Truth.Unknown, $"{where} is a region, so whose territory in it was attacked is unknown")
                    : scope.AdministeredBy.Contains(admin)
                        ? (Truth.True, $"{where} is administered by {admin}")
                        : (Truth.False, $"{where} is administered by {admin}, not by {list}"));
            }

            if (!scope.Regions.IsEmpty)
            {
                var lies = Truth.Any(scope.Regions.Select(place.LiesIn));
                parts.Add(lies.IsTrue ? (lies, $"{where} lies in {scope.Regions.First(r => place.LiesIn(r).IsTrue)}")
                    : lies.IsUnknown ? (lies, $"{where} lies only partly in {string.Join(", ", scope.Regions.Where(r => place.LiesIn(r).IsUnknown))}, so whether the attack fell inside is unknown")
                    : (lies, $"{where} lies outside {string.Join(" and ", scope.Regions)}"));
            }

            if (parts.Count == 0)
            {
                parts.Add((Truth.Unknown, $"the scope is stated only in words, which cannot be checked against {where}"));
            }

            var holds = Truth.All(parts.Select(p => p.Holds));
            return new DefenceCondition(DefenceConditionKind.GeographicScope, holds, $"The clause's scope is {scope}: {string.Join("; ", parts.Select(p => p.Text))}.");
        }

        private DefenceCondition NonProvocation() => victimProvoked switch
        {
            true => new DefenceCondition(DefenceConditionKind.NonProvocation, Truth.False, $"The clause applies only if {Victim} did not provoke the attack, and the query says it did."),
            false => new DefenceCondition(DefenceConditionKind.NonProvocation, Truth.True, $"The clause applies only if {Victim} did not provoke the attack, and the query says it did not."),
            null => new DefenceCondition(DefenceConditionKind.NonProvocation, Truth.Unknown, $"The clause applies only if {Victim} did not provoke the attack, and the query does not say whether it did."),
        };

        private DefenceCondition AttackerOutside(ActorId a)
        {
            if (a == Guarantor)
            {
                return new DefenceCondition(DefenceConditionKind.AttackerOutsideTreaty, Truth.False, $"The attacker is {Guarantor} itself, which cannot be bound to defend {Victim} against its own attack.");
            }

            if (report.Party(a) is not { } party)
            {
                return new DefenceCondition(DefenceConditionKind.AttackerOutsideTreaty, Truth.True, $"The attacker, {a}, is not a party to {report.Treaty}.");
            }

            return party.IsInForce.IsFalse
                ? new DefenceCondition(DefenceConditionKind.AttackerOutsideTreaty, Truth.True, $"The attacker, {a}, is a party to {report.Treaty} but not bound by it on {Iso(day)}.")
                : new DefenceCondition(DefenceConditionKind.AttackerOutsideTreaty, Truth.Unknown, $"The attacker, {a}, is itself a party to {report.Treaty} (bound on {Iso(day)}: {party.IsInForce}), and the clause does not say whether it covers an attack by a party.");
        }
    }
    /// <summary>
    /// The statuses of one treaty's parties on every day, at one minimum confidence: the treaty is evaluated once per
    /// stretch of days between the days its statuses may change (<see cref="TreatyStatusEvaluator.ChangeDays"/>), by the
    /// same evaluator as <see cref="Defenders"/>, so the answers agree.
    /// </summary>
    private sealed class StatusCalendar
    {
        private readonly LocalDate[] _days;

        /// <summary>The days on which a status may change, sorted.</summary>
        public IReadOnlyList<LocalDate> Days => _days;
        private readonly Truth[][] _inForce;
        private readonly FrozenDictionary<ActorId, int> _parties;

        public StatusCalendar(TreatyStatusEvaluator evaluator, Treaty treaty, Confidence minimum)
        {
            _days = evaluator.ChangeDays(treaty, minimum);

            // Stretch 0 runs up to the day before the first change day; stretch i from change day i - 1 to the day before
            // change day i (the last one has no end).
            var representatives = new LocalDate[_days.Length + 1];
            representatives[0] = _days.Length == 0 ? new LocalDate(2000, 1, 1) : _days[0] > LocalDate.MinIsoValue ? _days[0].PlusDays(-1) : _days[0];
            _days.CopyTo(representatives, 1);
            _inForce = new Truth[representatives.Length][];
            var parties = new Dictionary<ActorId, int>();
            for (var i = 0; i < representatives.Length; i++)
            {
                var report = evaluator.Evaluate(treaty, representatives[i], minimum);
                for (var p = 0; i == 0 && p < report.Parties.Length; p++)
                {
                    parties.TryAdd(report.Parties[p].Actor, p);
                }

                _inForce[i] = [.. report.Parties.Select(party => party.IsInForce)];
            }

            _parties = parties.ToFrozenDictionary();
        }

        /// <summary>Whether the treaty binds both actors on the day.</summary>
        public Truth InForce(ActorId first, ActorId second, LocalDate day)
        {
            var found = Array.BinarySearch(_days, day);
            var truths = _inForce[found >= 0 ? found + 1 : ~found];
            return _parties.TryGetValue(first, out var a) && _parties.TryGetValue(second, out var b) ? truths[a] & truths[b] : Truth.False;
        }
    }
    /// <summary>The defenders of one victim: for each stretch between two change days, the guarantors, in id order.</summary>
    private sealed class DefenderCalendar(LocalDate[] days, ImmutableArray<ActorId>[] defenders)
    {
        public ImmutableArray<ActorId> On(LocalDate day)
        {
            var found = Array.BinarySearch(days, day);
            return defenders[found >= 0 ? found + 1 : ~found];
        }
    }
}
