using System.Globalization;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Datasets.Atop;

/// <summary>One alliance phase and the treaty made of it.</summary>
internal sealed class AtopPhase
{
    public required int AtopId { get; init; }

    public required int Phase { get; init; }

    public required List<AtopMemberRow> Rows { get; init; }

    public required PartialDate Start { get; init; }

    public required PartialDate? End { get; init; }

    public required Treaty Treaty { get; set; }

    public TreatyId Id => Treaty.Id;
}

/// <summary>
/// Makes one <see cref="Treaty"/> per ATOP alliance phase from the member rows: each member a party signing on its
/// entry date and leaving on its exit date, its obligations as clauses it owes, the phase's provisions as clauses,
/// and each later phase superseding the one it follows.
/// </summary>
internal sealed class AtopTreatyFactory
{
    private readonly string _membersFile;
    private readonly string? _alliancesFile;
    private readonly Evidence _evidence;
    private readonly List<ModelError> _rejected;
    private readonly List<ModelError> _notes;

    private readonly AtopConditions _unrecorded;

    public AtopTreatyFactory(string membersFile, string? alliancesFile, Evidence evidence, List<ModelError> rejected, List<ModelError> notes, AtopConditions unrecorded = AtopConditions.None)
    {
        _unrecorded = unrecorded;
        _membersFile = membersFile;
        _alliancesFile = alliancesFile;
        _evidence = evidence;
        _rejected = rejected;
        _notes = notes;
    }

    public List<AtopPhase> Build(List<AtopMemberRow> rows, List<AtopAllianceRow> alliances, out int alliancesImported)
    {
        var phases = new List<AtopPhase>();
        var byAlliance = new SortedDictionary<int, List<AtopMemberRow>>();
        foreach (var row in rows)
        {
            if (!byAlliance.TryGetValue(row.AtopId, out var list))
            {
                byAlliance[row.AtopId] = list = [];
            }

            list.Add(row);
        }

        foreach (var (atopId, allianceRows) in byAlliance)
        {
            if (allianceRows.Exists(r => r.Phase == 0) && allianceRows.Exists(r => r.Phase > 0))
            {
                foreach (var row in allianceRows.Where(r => r.Phase == 0))
                {
                    Reject(row, DatasetErrorCodes.AtopInvalidPhase, "phase", Invariant(
                        $"ATOP alliance {atopId} has numbered phases, so a row with phase 0 (which marks a single-phase alliance) does not belong to any of them."));
                }
            }

            var built = new List<AtopPhase>();
            foreach (var group in allianceRows.Where(r => !r.Rejected).GroupBy(r => r.Phase).OrderBy(g => g.Key))
            {
                if (BuildPhase(atopId, group.Key, [.. group]) is { } phase)
                {
                    built.Add(phase);
                }
            }

            LinkPhases(built);
            phases.AddRange(built);
        }

        alliancesImported = CheckAlliances(alliances, phases);
        return phases;
    }

    public void Reject(AtopMemberRow row, string code, string column, string message)
    {
        if (!row.Rejected)
        {
            row.Rejected = true;
            _rejected.Add(new ModelError(code, message, new ErrorLocation(File: _membersFile, Line: row.Line, Row: row.Row, Path: TableReading.Column(column))));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void LinkPhases(List<AtopPhase> phases)
    {
        // A later phase replaces the latest earlier phase that began before it; phases that begin together (the Czech and
        // Slovak continuations of 1993) run side by side and both replace the phase before them.
        for (var i = 1; i < phases.Count; i++)
        {
            for (var j = i - 1; j >= 0; j--)
            {
                if (phases[j].Start < phases[i].Start)
                {
                    phases[i].Treaty = With(phases[i].Treaty, supersedes: phases[j].Id);
                    break;
                }
            }
        }
    }

    private static Treaty With(Treaty treaty, TreatyId? supersedes) =>
        new(treaty.Id, treaty.Name, treaty.Parties, treaty.EntryIntoForce, treaty.Evidence, treaty.Duration, treaty.Clauses,
            treaty.WithdrawalNotice, treaty.Suspensions, treaty.Termination, supersedes is { } s ? [s] : [], treaty.ExternalReferences);

    private static string TerminationText(int? mode) => mode switch
    {
        1 => "not renewed",
        2 => "replaced by a new agreement",
        3 => "broken before its end",
        4 => "a member lost its independence",
        5 => "its purpose was gone",
        6 => "a war was lost",
        _ => "for a reason not coded",
    };

    private AtopPhase? BuildPhase(int atopId, int phase, List<AtopMemberRow> rows)
    {
        var label = phase == 0 ? Invariant($"ATOP alliance {atopId}") : Invariant($"ATOP alliance {atopId}, phase {phase}");
        var members = new List<Member>();
        foreach (var byMember in rows.GroupBy(r => r.Member))
        {
            var member = new Member(byMember.First().Actor);
            foreach (var row in byMember.OrderBy(r => r.Entry))
            {
                if (member.Rows.Count == 0)
                {
                    member.Add(row, row.Entry, row.Exit);
                    continue;
                }

                switch (MembershipSpells.Compare(member.End, row.Entry))
                {
                    case MembershipSpells.Join.Overlap:
                        Reject(row, DatasetErrorCodes.AtopOverlappingSpells, "yrent", Invariant(
                            $"Member {row.Member} of {label} enters on {row.Entry} while its row {member.Rows[^1].Row} (from {member.Rows[^1].Entry}) has not ended; spells of one member must not overlap."));
                        break;
                    case MembershipSpells.Join.Contiguous:
                        member.Extend(row);
                        break;
                    default:
                        _notes.Add(new ModelError(
                            DatasetErrorCodes.AtopSeparateSpells,
                            Invariant($"Member {row.Member} of {label} left on {member.End} (row {member.Rows[^1].Row}) and came back on {row.Entry}; the gap is recorded as a suspension of {member.Actor.Id}."),
                            new ErrorLocation(File: _membersFile, Line: row.Line, Row: row.Row, Path: TableReading.Column("yrent"))));
                        member.Suspend(MembershipSpells.Gap(member.End!.Value, row.Entry, _evidence, Invariant(
                            $"ATOP lists separate spells of {row.Member} in {label}: one ended on {member.End}, the next began on {row.Entry}.")));
                        member.Add(row, row.Entry, row.Exit);
                        break;
                }
            }

            members.Add(member);
        }

        if (members.Count < 2)
        {
            foreach (var row in rows)
            {
                Reject(row, DatasetErrorCodes.AtopAllianceTooFewMembers, "member", Invariant(
                    $"{label} has {members.Count} member with an actor once its other rows are rejected; a treaty needs two parties, so the row is not imported."));
            }

            return null;
        }

        var starts = members.Select(m => m.Start).Order().ToList();
        var start = starts[1];
        PartialDate? end = members.Exists(m => m.End is null) ? null : members.Max(m => m.End!.Value);
        var parties = new List<TreatyParty>(members.Count);
        var clauses = new List<Clause>();
        foreach (var member in members)
        {
            var leaves = member.End is { } left && left != end ? new Withdrawal(left, left, _evidence) : null;
            parties.Add(new TreatyParty(member.Actor.Id, new Signature(member.Start, _evidence), withdrawal: leaves, suspensions: member.Suspensions));
        }

        foreach (var member in members)
        {
            AddObligations(member, members, start, clauses);
        }

        AddProvisions(rows[0], clauses);
        Termination? termination = null;
        if (end is { } ended)
        {
            var how = string.Join("; ", members.Where(m => m.End == ended).Select(m => m.Rows[^1].TerminationMode).Distinct().Select(TerminationText));
            termination = new Termination(TerminationKind.Other, ended, null, _evidence, Invariant($"ATOP records that {label} ended on {ended} ({how})."));
        }

        var references = new List<ExternalReference> { new(DatasetNames.Atop, atopId.ToString(CultureInfo.InvariantCulture)) };
        if (rows.Find(r => r.CowId is not null)?.CowId is { } cowId)
        {
            references.Add(new ExternalReference(DatasetNames.CowAlliancesV3, cowId.ToString(CultureInfo.InvariantCulture)));
        }

        if (rows.Find(r => r.Cow4Id is not null)?.Cow4Id is { } cow4Id)
        {
            references.Add(new ExternalReference(DatasetNames.CowAlliances, cow4Id.ToString(CultureInfo.InvariantCulture)));
        }

        var id = new TreatyId(phase == 0 ? Invariant($"atop-{atopId}") : Invariant($"atop-{atopId}.{phase}"));
        var treaty = new Treaty(id, label, parties, new RecordedRule(start), _evidence, clauses: clauses, termination: termination, externalReferences: references);
        return new AtopPhase { AtopId = atopId, Phase = phase, Rows = rows.Where(r => !r.Rejected).ToList(), Start = start, End = end, Treaty = treaty };
    }

    private void AddObligations(Member member, List<Member> members, PartialDate phaseStart, List<Clause> clauses)
    {
        var row = member.Rows[0];
        var actor = member.Actor.Id;
        foreach (var obligation in new[] { AtopObligations.Defense, AtopObligations.Offense, AtopObligations.Neutral, AtopObligations.NonAggression, AtopObligations.Consultation })
        {
            if ((member.Obligations & obligation) == 0)
            {
                continue;
            }

            // ATOP says (OBVARY) that this member owes different things to different partners, not to whom. As in the
            // codebook's example (Britain and France defend Sweden in 1855, not each other), a guarantee — defence, offence
            // or neutrality — is taken to be owed to the original parties that do not give it themselves; non-aggression
            // and consultation, and a guarantee with no such party, are owed to every other party.
            List<ActorId>? beneficiaries = null;
            List<ActorId>? unstated = null;
            var owedTo = "every other party";
            var directionUnstated = false;
            if (row.ObligationsVary && obligation is AtopObligations.Defense or AtopObligations.Offense or AtopObligations.Neutral)
            {
                var receivers = members
                    .Where(m => m != member && (m.Obligations & obligation) == 0 && m.Start <= phaseStart)
                    .Select(m => m.Actor.Id)
                    .ToList();
                if (receivers.Count > 0)
                {
                    // The tables keep ATOP's convention; the analyses answer unknown for these directions, since the files
                    // do not say them (the clause's conditions are marked unrecorded).
                    beneficiaries = receivers;
                    directionUnstated = true;

                    // The other guarantors: whether it owes them the guarantee too the files do not say either; the codebook's
                    // convention says no, so the tables leave these directions out, and the analyses answer unknown.
                    unstated = [.. members.Where(m => m != member && (m.Obligations & obligation) != 0 && m.Start <= phaseStart).Select(m => m.Actor.Id)];
                    owedTo = string.Join(", ", receivers) + " (ATOP codes that its obligations differ among partners, OBVARY=1, but not to whom: for the tables a guarantee is taken to be owed to the original parties that do not give it themselves, as in the codebook's example; the analyses answer unknown whether it is owed, since the files do not say)";
                }
            }

            var (name, column, text, location, nonProvocation, conditionFlags) = obligation switch
            {
                AtopObligations.Defense => ("defense", "DEFENSE", "active military support if a partner is attacked", AtopConditions.DefenseLocation, AtopConditions.DefenseNonProvocation,
                    AtopConditions.DefenseAdversary | AtopConditions.DefenseLocation | AtopConditions.DefenseConflict | AtopConditions.DefenseNumber | AtopConditions.DefenseDemands | AtopConditions.DefenseNonProvocation | AtopConditions.DefenseConditional),
                AtopObligations.Offense => ("offense", "OFFENSE", "active military support other than in defence", AtopConditions.OffenseLocation, AtopConditions.None,
                    AtopConditions.OffenseAdversary | AtopConditions.OffenseLocation | AtopConditions.OffenseConflict | AtopConditions.OffenseNumber | AtopConditions.OffenseDemands | AtopConditions.OffenseConditional),
                AtopObligations.Neutral => ("neutral", "NEUTRAL", "neutrality: no help to a partner's adversary", AtopConditions.NeutralLocation, AtopConditions.NeutralNonProvocation,
                    AtopConditions.NeutralAdversary | AtopConditions.NeutralLocation | AtopConditions.NeutralConflict | AtopConditions.NeutralNumber | AtopConditions.NeutralDemands | AtopConditions.NeutralNonProvocation | AtopConditions.NeutralAttack | AtopConditions.NeutralConditional),
                AtopObligations.NonAggression => ("nonagg", "NONAGG", "no use of force against its partners", AtopConditions.None, AtopConditions.None, AtopConditions.None),
                _ => ("consul", "CONSUL", "consultation in a crisis", AtopConditions.ConsultLocation, AtopConditions.None,
                    AtopConditions.ConsultAdversary | AtopConditions.ConsultLocation | AtopConditions.ConsultConflict | AtopConditions.ConsultRequest | AtopConditions.ConsultConditional),
            };

            var conditionTexts = AtopConditionColumns.All.Where(c => (row.Conditions & conditionFlags & c.Flag) != 0).Select(c => c.Text).ToList();
            var adversaryCondition = obligation switch
            {
                AtopObligations.Defense => AtopConditions.DefenseAdversary,
                AtopObligations.Offense => AtopConditions.OffenseAdversary,
                AtopObligations.Neutral => AtopConditions.NeutralAdversary,
                AtopObligations.Consultation => AtopConditions.ConsultAdversary,
                _ => AtopConditions.None,
            };
            if ((row.Conditions & adversaryCondition) != 0 && Threats(row) is { Length: > 0 } threats)
            {
                conditionTexts.Add($"the treaty names COW {threats} as threats (STATTHR1/2), which ATOP does not tie to this condition");
            }

            var hasScope = location != AtopConditions.None && (row.Conditions & location) != 0;
            var hasNonProvocation = nonProvocation != AtopConditions.None && (row.Conditions & nonProvocation) != 0;

            // A column the file lacks of a condition the model evaluates (location, non-provocation): whether that
            // condition limits the promise is not on record. (The other conditions are kept as text only, present or not.)
            var unrecorded = AtopConditionColumns.All.Where(c => (_unrecorded & (location | nonProvocation) & c.Flag) != 0).Select(c => c.Column.ToUpperInvariant()).ToList();
            var conditions = hasScope || hasNonProvocation || unrecorded.Count > 0 || directionUnstated
                ? new ClauseConditions(
                    geographicScope: hasScope ? new GeographicScope(description: Invariant($"a location ATOP codes but does not name ({column[..3]}COLOC)")) : null,
                    nonProvocation: hasNonProvocation,
                    unrecorded: unrecorded.Count > 0 || directionUnstated)
                : null;
            if (unrecorded.Count > 0)
            {
                conditionTexts.Add($"not recorded whether {string.Join(", ", unrecorded)} apply: the file lacks {(unrecorded.Count == 1 ? "that column" : "those columns")}");
            }

            var summary = Invariant($"ATOP {column}=1: {actor} promises {text} to {owedTo}.") +
                (conditionTexts.Count == 0 ? " No condition coded." : " Conditions: " + string.Join("; ", conditionTexts) + ".");
            var clauseId = new ClauseId(Invariant($"{name}-{actor}"));
            clauses.Add(obligation switch
            {
                AtopObligations.Defense => new MutualDefenceClause(clauseId, DefenceTrigger.ArmedAttack, DefenceResponse.ImmediateMilitaryAssistance, conditions, [actor], beneficiaries, summary: summary),
                AtopObligations.Offense => new ObligationClause(clauseId, ClauseKind.Offence, conditions, [actor], beneficiaries, summary: summary),
                AtopObligations.Neutral => new ObligationClause(clauseId, ClauseKind.Neutrality, conditions, [actor], beneficiaries, summary: summary),
                AtopObligations.NonAggression => new ObligationClause(clauseId, ClauseKind.NonAggression, conditions, [actor], beneficiaries, summary: summary),
                _ => new ObligationClause(clauseId, ClauseKind.Consultation, conditions, [actor], beneficiaries, summary: summary),
            });

            if (unstated is { Count: > 0 })
            {
                var unstatedId = new ClauseId(Invariant($"{name}-{actor}{UnstatedSuffix}"));
                var unstatedSummary = Invariant($"ATOP {column}=1 with OBVARY=1: whether {actor} also promises {text} to {string.Join(", ", unstated)}, who give it themselves, the files do not say. The tables follow the codebook's convention and leave these directions out; the analyses answer unknown.");
                var unstatedConditions = new ClauseConditions(unrecorded: true);
                clauses.Add(obligation == AtopObligations.Defense
                    ? new MutualDefenceClause(unstatedId, DefenceTrigger.ArmedAttack, DefenceResponse.ImmediateMilitaryAssistance, unstatedConditions, [actor], unstated, summary: unstatedSummary)
                    : new ObligationClause(unstatedId, obligation == AtopObligations.Offense ? ClauseKind.Offence : ClauseKind.Neutrality, unstatedConditions, [actor], unstated, summary: unstatedSummary));
            }
        }
    }

    /// <summary>
    /// The end of the id of a clause that holds the directions of an OBVARY=1 guarantee the files do not state (towards
    /// the other guarantors): the analyses see them as unknown; the tables, following ATOP's codebook, leave them out.
    /// </summary>
    internal const string UnstatedSuffix = "-unstated";

    /// <summary>Whether <paramref name="clause"/> holds directions of a guarantee that the ATOP files do not state (see <see cref="UnstatedSuffix"/>).</summary>
    internal static bool IsUnstated(Clause clause) => clause.Id.Value.EndsWith(UnstatedSuffix, StringComparison.Ordinal);

    private static string Threats(AtopMemberRow row)
    {
        var codes = new[] { row.Threat1, row.Threat2 }.Where(c => c is > 0).Select(c => c!.Value.ToString(CultureInfo.InvariantCulture));
        return string.Join(", ", codes);
    }

    private static void AddProvisions(AtopMemberRow row, List<Clause> clauses)
    {
        var forms = MilitaryCooperationForms.None;
        var texts = new List<string>();
        switch (row.MilitaryAid)
        {
            case 1:
                forms |= MilitaryCooperationForms.Aid;
                texts.Add("general military aid (MILAID=1)");
                break;
            case 2:
                forms |= MilitaryCooperationForms.Aid;
                texts.Add("military aid by grants or loans (MILAID=2)");
                break;
            case 3:
                forms |= MilitaryCooperationForms.Training;
                texts.Add("training and/or technology transfer (MILAID=3)");
                break;
            case 4:
                forms |= MilitaryCooperationForms.Aid | MilitaryCooperationForms.Training;
                texts.Add("grants or loans, and training and/or technology transfer (MILAID=4)");
                break;
        }

        if (row.Bases is { } bases and >= 1 and <= 3)
        {
            forms |= MilitaryCooperationForms.Bases;
            texts.Add(bases switch
            {
                1 => "joint bases on neutral territory (BASE=1)",
                2 => "reciprocal basing rights (BASE=2)",
                _ => "one party's troops based on another's territory, ATOP not saying whose (BASE=3)",
            });
        }

        if (row.IntegratedCommand is 1)
        {
            forms |= MilitaryCooperationForms.IntegratedCommand;
            texts.Add("an integrated military command (INTCOM=1)");
        }

        if (forms != MilitaryCooperationForms.None)
        {
            clauses.Add(new MilitaryCooperationClause(new ClauseId("milcoop"), forms,
                summary: "ATOP provisions: " + string.Join("; ", texts) + ". ATOP codes them for the alliance, not who gives and who receives."));
        }

        if (row.EconomicAid is { } aid and >= 1 and <= 3)
        {
            var text = aid switch
            {
                1 => "general economic aid (ECAID=1)",
                2 => "aid for post-war recovery (ECAID=2)",
                _ => "trade concessions or most-favoured-nation treatment (ECAID=3)",
            };
            clauses.Add(new ObligationClause(new ClauseId("ecaid"), ClauseKind.EconomicCooperation, summary: $"ATOP provision: {text}. ATOP codes it for the alliance, not who gives and who receives."));
        }
    }

    private int CheckAlliances(List<AtopAllianceRow> alliances, List<AtopPhase> phases)
    {
        var file = _alliancesFile ?? string.Empty;
        var byAlliance = phases.GroupBy(p => p.AtopId).ToDictionary(g => g.Key, g => g.ToList());
        var seen = new HashSet<int>();
        var imported = 0;
        foreach (var alliance in alliances)
        {
            ModelError Error(string code, string column, string message) =>
                new(code, message, new ErrorLocation(File: file, Line: alliance.Line, Row: alliance.Row, Path: TableReading.Column(column)));

            if (!seen.Add(alliance.AtopId))
            {
                _rejected.Add(Error(DatasetErrorCodes.AtopAllianceWithoutMembers, "atopid", Invariant($"ATOP alliance {alliance.AtopId} is listed again; each alliance has one row.")));
                continue;
            }

            if (!byAlliance.TryGetValue(alliance.AtopId, out var found))
            {
                _rejected.Add(Error(DatasetErrorCodes.AtopAllianceWithoutMembers, "atopid", Invariant(
                    $"ATOP alliance {alliance.AtopId} has no imported member rows in '{_membersFile}', so there is no treaty to date.")));
                continue;
            }

            var first = found.MinBy(p => p.Phase)!;
            PartialDate? end = found.Exists(p => p.End is null) ? null : found.Max(p => p.End!.Value);
            if (alliance.Begin != first.Start)
            {
                _rejected.Add(Error(DatasetErrorCodes.AtopAllianceDatesDisagree, "begyr", Invariant(
                    $"ATOP alliance {alliance.AtopId} begins on {alliance.Begin} here, but its member rows have a second signature on {first.Start}; the member dates are used.")));
                continue;
            }

            if (alliance.End != end)
            {
                _rejected.Add(Error(DatasetErrorCodes.AtopAllianceDatesDisagree, "endyr", Invariant(
                    $"ATOP alliance {alliance.AtopId} ends {(alliance.End is { } e ? "on " + e : "never (0)")} here, but its member rows end {(end is { } m ? "on " + m : "never (still in effect)")}; the member dates are used.")));
                continue;
            }

            imported++;
        }

        return imported;
    }

    /// <summary>One member of a phase: its rows (spells) and what it owes.</summary>
    private sealed class Member(Actor actor)
    {
        public Actor Actor { get; } = actor;

        public List<AtopMemberRow> Rows { get; } = [];

        public List<Suspension> Suspensions { get; } = [];

        public PartialDate Start { get; private set; }

        public PartialDate? End { get; private set; }

        public AtopObligations Obligations { get; private set; }

        public void Add(AtopMemberRow row, PartialDate start, PartialDate? end)
        {
            if (Rows.Count == 0)
            {
                Start = start;
            }

            Rows.Add(row);
            End = end;
            Obligations |= row.Obligations;
        }

        public void Extend(AtopMemberRow row)
        {
            Rows.Add(row);
            End = row.Exit;
            Obligations |= row.Obligations;
        }

        public void Suspend(Suspension suspension) => Suspensions.Add(suspension);
    }
}
