using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Analysis.Status;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Places;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Treaties;
using NodaTime;
using OneOf;

namespace Geopolitics.Model.Analysis.Defence;

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
/// (<see cref="StatusAnalysis"/>, so a date known only to the month leaves the days of that month unknown); the
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
public sealed partial class DefenceAnalysis
{
    private readonly Scenario _scenario;
    private readonly StatusAnalysis _evaluator;
    private readonly ScenarioFacts _facts;
    private readonly ImmutableArray<DefenceTreaty> _treaties;

    // For each actor, the indexes into _treaties of the treaties it is party to, ascending; and each victim's guarantees,
    // derived from them when first asked for. A treaty of n parties is kept as its party set, never as its n·(n−1) pairs.
    private readonly FrozenDictionary<ActorId, int[]> _treatiesOf;
    private readonly ConcurrentDictionary<ActorId, ImmutableArray<Guarantee>> _byBeneficiary = [];

    // For each victim, its guarantees in the order of the answers' obligations (ByGuarantor).
    private readonly ConcurrentDictionary<ActorId, int[]> _byGuarantor = [];

    // For each victim and minimum, the conditions its guarantees state for an attack on its home territory (StatedAtHome).
    private readonly ConcurrentDictionary<(ActorId Victim, Confidence Minimum), ImmutableArray<DefenceCondition>[]> _statedAtHome = [];

    // Each victim's places (home territory, then the territories it administers), found when first asked for.
    private readonly ConcurrentDictionary<ActorId, ImmutableArray<Place>> _placesOf = [];

    // The treaties evaluated on the last day asked about (replaced, not grown, when another day is asked).
    private readonly StrongBox<DayReports?> _lastDay = new();

    private readonly StatusCalendar?[][] _calendars;
    private readonly ConcurrentDictionary<ActorId, DefenderCalendar>[] _victimCalendars;

    /// <summary>Prepares the analysis of <paramref name="scenario"/>: indexes its mutual-defence clauses by beneficiary.</summary>
    /// <param name="scenario">The scenario, normally validated by <see cref="ScenarioBuilder.Build"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is <see langword="null"/>.</exception>
    public DefenceAnalysis(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _scenario = scenario;
        _evaluator = StatusAnalysis.Of(scenario);
        _facts = ScenarioFacts.Of(scenario);
        var treaties = ImmutableArray.CreateBuilder<DefenceTreaty>();
        var of = new Dictionary<ActorId, List<int>>();
        for (var i = 0; i < scenario.Treaties.Length; i++)
        {
            var treaty = scenario.Treaties[i];
            if (!treaty.Clauses.Any(c => c is MutualDefenceClause))
            {
                continue;
            }

            foreach (var actor in treaty.PartyActors.Distinct())
            {
                if (!of.TryGetValue(actor, out var list))
                {
                    of[actor] = list = [];
                }

                list.Add(treaties.Count);
            }

            treaties.Add(new DefenceTreaty(treaty, i));
        }

        _treaties = treaties.ToImmutable();
        _treatiesOf = of.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray());
        _calendars = [.. Enum.GetValues<Confidence>().Select(_ => new StatusCalendar?[scenario.Treaties.Length])];
        _victimCalendars = [.. Enum.GetValues<Confidence>().Select(_ => new ConcurrentDictionary<ActorId, DefenderCalendar>())];
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
        ConfidenceExtensions.Threshold(minimum, nameof(minimum));
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
                return unknown with { Location = ErrorLocation.AtPath(ErrorPath.OfMember("location")) };
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
        ConfidenceExtensions.Threshold(minimum, nameof(minimum));
        return CheckActors(victim, attacker) is { } error ? error : Answer(victim, day, attacker, place, victimProvoked, minimum);
    }

    /// <summary>The defence network on <paramref name="day"/>: an edge guarantor → beneficiary for each guarantee of a mutual-defence clause that is, or may be, in force between them.</summary>
    /// <param name="day">The day.</param>
    /// <param name="minimum">The weakest confidence admitted.</param>
    /// <returns>The network; edges certainly not in force on the day are left out, those whose being in force is unknown are kept and marked so.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is not a defined confidence, or is <see cref="Confidence.Denied"/>.</exception>
    public DefenceNetwork Network(LocalDate day, Confidence minimum = ConfidenceExtensions.DefaultMinimum)
    {
        ConfidenceExtensions.Threshold(minimum, nameof(minimum));
        var context = new Context(this, day, minimum);
        var edges = new List<DefenceEdge>();
        foreach (var guarantee in AllGuarantees())
        {
            if (context.Report(guarantee) is not { } report)
            {
                continue;
            }

            var inForce = report.Party(guarantee.Guarantor)!.IsInForce & report.Party(guarantee.Beneficiary)!.IsInForce;
            if (inForce.IsPossible && DirectedObligations.HasSuspensionTowards(guarantee.Treaty, guarantee.Guarantor, guarantee.Beneficiary))
            {
                // The guarantor may have suspended its obligations towards this beneficiary alone.
                inForce &= DirectedObligations.Owed(guarantee.Treaty, guarantee.Guarantor, guarantee.Beneficiary, day, minimum).Owed;
            }

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

    private ModelError? CheckActors(ActorId victim, ActorId? attacker)
    {
        if (_scenario.FindActor(victim) is null)
        {
            return new ModelError(ErrorCodes.UnknownDefenceVictim, $"The victim '{victim}' is not an actor of scenario '{_scenario.Name}'.", ErrorPath.OfMember("victim"));
        }

        if (attacker is { } a)
        {
            if (_scenario.FindActor(a) is null)
            {
                return new ModelError(ErrorCodes.UnknownDefenceAttacker, $"The attacker '{a}' is not an actor of scenario '{_scenario.Name}'.", ErrorPath.OfMember("attacker"));
            }

            if (a == victim)
            {
                return new ModelError(ErrorCodes.AttackerIsVictim, $"The attacker '{a}' must differ from the victim.", ErrorPath.OfMember("attacker"));
            }
        }

        return null;
    }

    private DefenceAnswer Answer(ActorId victim, LocalDate day, ActorId? attacker, Place? place, bool? victimProvoked, Confidence minimum)
    {
        var implied = place is null;
        place ??= _scenario.Gazetteer.HomeTerritoryOf(victim);
        var victimPlaces = PlacesOf(victim);
        var applying = new List<DefenceObligation>();
        var ruledOut = new List<DefenceObligation>();
        var guarantees = GuaranteesTo(victim);

        // The conditions the clauses state for an attack on the home territory, attacker and provocation not stated,
        // are the same every day: made once per victim.
        var stated = attacker is null && implied && victimProvoked is null ? StatedAtHome(victim, minimum) : null;

        // Read by guarantor, each guarantor's in the scenario's order of treaties and clauses: the lists come out sorted.
        foreach (var g in ByGuarantor(victim))
        {
            // A treaty the minimum does not admit is set aside (said in the explanation, gathered when read).
            var guarantee = guarantees[g];
            if (!guarantee.Treaty.Evidence.IsAdmittedBy(minimum))
            {
                continue;
            }

            var status = new TreatyOnDay(this, guarantee, CalendarOf(guarantee, minimum), day, minimum);
            var evaluation = new Conditions(guarantee, status, day, attacker, place, implied, victimProvoked);
            var conditions = evaluation.All(withInForce: true, minimum, stated is null ? default : stated[g]);
            var obligation = new DefenceObligation(guarantee.Guarantor, victim, guarantee.Treaty, guarantee.Clause, conditions, evaluation.PlaceAlternatives(conditions, victimPlaces));
            (obligation.Applies.IsFalse ? ruledOut : applying).Add(obligation);
        }

        ImmutableArray<DefenceObligation> obligations = [.. applying];
        ImmutableArray<DefenceObligation> excluded = [.. ruledOut];
        return new DefenceAnswer(victim, day, attacker, place, implied && place is not null, victimProvoked, minimum, obligations, excluded, answer => Explain(answer, implied));
    }

    /// <summary>
    /// The places of <see cref="GuaranteesTo"/> in the order of the answers' obligations: by guarantor, each guarantor's
    /// in the scenario's order of treaties and clauses (a stable sort); made when first asked for and then kept.
    /// </summary>
    private int[] ByGuarantor(ActorId victim) =>
        _byGuarantor.GetOrAdd(victim, static (victim, owner) =>
        {
            var guarantees = owner.GuaranteesTo(victim);
            return [.. Enumerable.Range(0, guarantees.Length).OrderBy(g => guarantees[g].Guarantor)];
        }, this);

    /// <summary>
    /// The conditions each guarantee to <paramref name="victim"/> states (<see cref="Conditions.Stated"/>) for an attack on
    /// its home territory by an attacker not named, provocation not stated, in the order of <see cref="GuaranteesTo"/>:
    /// made when first asked for and then kept.
    /// </summary>
    private ImmutableArray<DefenceCondition>[] StatedAtHome(ActorId victim, Confidence minimum) =>
        _statedAtHome.GetOrAdd((victim, minimum), static (key, owner) =>
        {
            var home = owner._scenario.Gazetteer.HomeTerritoryOf(key.Victim);
            return [.. owner.GuaranteesTo(key.Victim).Select(g => new Conditions(g, null, default, null, home, true, null).Stated(key.Minimum))];
        }, this);

    /// <summary>
    /// The facts an answer relies on, those left out, and its explanation: the status reports of the victim's treaties
    /// on the day, read in the order of its guarantees, and the reasons of every condition. Gathered when the answer's
    /// <see cref="DefenceAnswer.Facts"/>, <see cref="DefenceAnswer.IgnoredFacts"/> or <see cref="DefenceAnswer.Explanation"/> is first read.
    /// </summary>
    private DefenceAnswer.Explained Explain(DefenceAnswer answer, bool implied)
    {
        var (victim, day, attacker, place, minimum) = (answer.Victim, answer.Day, answer.Attacker, answer.Place, answer.Minimum);
        var context = new Context(this, day, minimum);
        var setAside = new List<string>();
        foreach (var guarantee in GuaranteesTo(victim))
        {
            if (context.Report(guarantee) is null)
            {
                var line = $"Set aside: {guarantee.Treaty.Id} rests on {guarantee.Treaty.Evidence.Confidence} evidence, which the minimum {minimum} does not admit.";
                if (!setAside.Contains(line))
                {
                    setAside.Add(line);
                }
            }
        }

        if (place is not null)
        {
            context.AddPlace(place);
        }

        var (obligations, excluded) = (answer.Obligations, answer.RuledOut);
        var where = place is null ? "at no known place (no place named, and no home territory in the gazetteer)"
            : implied ? $"on its home territory, {place}"
            : $"at {place}";
        var lines = new List<string>
        {
            $"Who must defend {victim} on {DayWindow.Iso(day)}, attacked {where}, by {(attacker is { } a ? a.ToString() : "an attacker not named")}, " +
            $"{(answer.VictimProvoked switch { true => "having provoked the attack", false => "not having provoked the attack", null => "provocation not stated" })}; " +
            $"facts of confidence {minimum} or stronger.",
            obligations.IsEmpty ? "Defenders: none." : $"Defenders: {string.Join(", ", obligations.Select(o => o.Guarantor).Distinct().Order())}.",
        };
        foreach (var obligation in obligations.Concat(excluded))
        {
            lines.Add((obligation.Applies.IsTrue ? "Applies: " : obligation.Applies.IsFalse ? "Ruled out: " : "May apply: ") + obligation);
            lines.AddRange(obligation.Conditions.Select(c => $"  {c.Kind}: {c.Holds}. {c.Reason}"));
            if (!obligation.PlaceAlternatives.IsEmpty)
            {
                lines.Add($"  Elsewhere: {PlaceAlternativesText(obligation.PlaceAlternatives)}.");
            }
        }

        lines.AddRange(setAside);
        return new DefenceAnswer.Explained([.. context.Facts.Values], [.. context.Ignored.Values], [.. lines]);
    }

    /// <summary>
    /// The places an attack on <paramref name="victim"/> could be at, as far as the gazetteer names them: its home
    /// territory first, then the territories it administers, by id.
    /// </summary>
    private ImmutableArray<Place> PlacesOf(ActorId victim) =>
        _placesOf.GetOrAdd(victim, static (victim, gazetteer) =>
            [.. gazetteer.Places
                .Where(p => p.Kind != PlaceKind.Region && p.AdministeredBy == victim)
                .OrderBy(p => p.Kind == PlaceKind.HomeTerritory ? 0 : 1).ThenBy(p => p.Id)], _scenario.Gazetteer);

    /// <summary>The places where an obligation would be answered differently, grouped by answer: <c>true at GUAM (Guam), HAWAII (Hawaii); false at PUERTO_RICO (Puerto Rico)</c>.</summary>
    internal static string PlaceAlternativesText(ImmutableArray<PlaceAlternative> alternatives) =>
        string.Join("; ", alternatives.GroupBy(a => a.Applies.ToString()).Select(g => $"{g.Key} at {string.Join(", ", g.Select(a => a.Place))}"));

    /// <summary>
    /// Every guarantee of every mutual-defence clause, in the scenario's order of treaties and clauses and each clause's
    /// order of pairs (<see cref="Treaty.GuaranteePairs"/>), made one at a time as they are read.
    /// </summary>
    private IEnumerable<Guarantee> AllGuarantees()
    {
        foreach (var treaty in _treaties)
        {
            foreach (var clause in treaty.Clauses)
            {
                foreach (var guarantor in clause.Guarantors)
                {
                    foreach (var beneficiary in clause.Beneficiaries)
                    {
                        if (guarantor != beneficiary)
                        {
                            yield return new Guarantee(treaty.Treaty, treaty.Index, clause.Clause, clause.Index, guarantor, beneficiary);
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// The guarantees owed to <paramref name="victim"/>, in the order of <see cref="AllGuarantees"/>: from the treaties it
    /// is party to only, derived when first asked for and then kept.
    /// </summary>
    private ImmutableArray<Guarantee> GuaranteesTo(ActorId victim) =>
        _byBeneficiary.GetOrAdd(victim, static (victim, owner) =>
        {
            var result = ImmutableArray.CreateBuilder<Guarantee>();
            foreach (var i in owner._treatiesOf.GetValueOrDefault(victim, []))
            {
                var treaty = owner._treaties[i];
                foreach (var clause in treaty.Clauses)
                {
                    if (!clause.IsBeneficiary(victim))
                    {
                        continue;
                    }

                    foreach (var guarantor in clause.Guarantors)
                    {
                        if (guarantor != victim)
                        {
                            result.Add(new Guarantee(treaty.Treaty, treaty.Index, clause.Clause, clause.Index, guarantor, victim));
                        }
                    }
                }
            }

            return result.ToImmutable();
        }, this);

    /// <summary>A treaty with mutual-defence clauses, where it sits in the scenario, and who guarantees whom under each clause.</summary>
    private sealed class DefenceTreaty
    {
        public DefenceTreaty(Treaty treaty, int index)
        {
            Treaty = treaty;
            Index = index;
            var members = treaty.PartyActors.Distinct().ToList();
            Clauses = [.. treaty.Clauses.Select((clause, j) => (clause, j)).Where(c => c.clause is MutualDefenceClause).Select(c => new DefenceClause((MutualDefenceClause)c.clause, c.j, members))];
        }

        public Treaty Treaty { get; }

        public int Index { get; }

        public ImmutableArray<DefenceClause> Clauses { get; }
    }

    /// <summary>A mutual-defence clause's guarantors and beneficiaries among the parties, as <see cref="Clause.GuaranteePairs"/> chooses them.</summary>
    private sealed class DefenceClause
    {
        private readonly FrozenSet<ActorId> _beneficiaries;

        public DefenceClause(MutualDefenceClause clause, int index, List<ActorId> members)
        {
            Clause = clause;
            Index = index;
            Guarantors = [.. clause.Guarantors.IsEmpty ? members : clause.Guarantors.Distinct().Where(members.Contains)];
            Beneficiaries = [.. clause.Beneficiaries.IsEmpty ? members : clause.Beneficiaries.Distinct().Where(members.Contains)];
            _beneficiaries = Beneficiaries.ToFrozenSet();
        }

        public MutualDefenceClause Clause { get; }

        public int Index { get; }

        public ImmutableArray<ActorId> Guarantors { get; }

        public ImmutableArray<ActorId> Beneficiaries { get; }

        public bool IsBeneficiary(ActorId actor) => _beneficiaries.Contains(actor);
    }

    /// <summary>One direction of one mutual-defence clause, with where it sits in the scenario.</summary>
    private sealed record Guarantee(Treaty Treaty, int TreatyIndex, MutualDefenceClause Clause, int ClauseIndex, ActorId Guarantor, ActorId Beneficiary)
    {
        public string ClausePath => string.Create(CultureInfo.InvariantCulture, $"Treaties[{TreatyIndex}].Clauses[{ClauseIndex}]");
    }

    /// <summary>The treaty reports and the facts gathered while answering one query; not shared between threads.</summary>
    private sealed class Context(DefenceAnalysis owner, LocalDate day, Confidence minimum)
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
                var evaluated = owner.Evaluated(guarantee.TreatyIndex, treaty, day, minimum);
                report = evaluated.Report;
                _reports[treaty.Id] = report;
                foreach (var reference in evaluated.Facts)
                {
                    Facts.TryAdd((reference.Kind, reference.Path), reference);
                }

                foreach (var reference in evaluated.Ignored)
                {
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

    /// <summary>
    /// A treaty's status report on a day with its facts described, kept for the last day and minimum asked about: the
    /// answers for many victims on one day (a report on every state) then evaluate each treaty once, not once a victim.
    /// </summary>
    private EvaluatedTreaty Evaluated(int treatyIndex, Treaty treaty, LocalDate day, Confidence minimum)
    {
        var reports = Volatile.Read(ref _lastDay.Value);
        if (reports is null || reports.Day != day || reports.Minimum != minimum)
        {
            reports = new DayReports(day, minimum, new ConcurrentDictionary<int, EvaluatedTreaty>());
            Volatile.Write(ref _lastDay.Value, reports);
        }

        return reports.Treaties.GetOrAdd(treatyIndex, static (_, state) =>
        {
            var (owner, treaty, day, minimum) = state;
            var report = owner._evaluator.EvaluateTreaty(treaty, day, minimum);
            return new EvaluatedTreaty(report, [.. report.Facts.Select(owner.Reference)], [.. report.IgnoredFacts.Select(owner.Reference)]);
        }, (this, treaty, day, minimum));
    }

    /// <summary>A treaty's status report and the references of its facts and ignored facts, in the report's order.</summary>
    private sealed record EvaluatedTreaty(TreatyStatusReport Report, ImmutableArray<FactReference> Facts, ImmutableArray<FactReference> Ignored);

    /// <summary>The treaties evaluated on one day for one minimum confidence, by index in the scenario.</summary>
    private sealed record DayReports(LocalDate Day, Confidence Minimum, ConcurrentDictionary<int, EvaluatedTreaty> Treaties);
}
