using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Votes;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Time;
using OneOf;

namespace Geopolitics.Model.Datasets.Unga;

/// <summary>
/// What <see cref="UngaImporter"/> read: the roll calls, the votes (yes, abstain, no) of each state on them, the rows it
/// rejected and why, and the row counts of every file. <see cref="ToScenario"/> makes each vote a stance.
/// </summary>
/// <remarks>
/// <para>
/// <b>Row accounting.</b> For each file, read = imported + rejected + set aside, where only the 2016 release sets rows
/// aside: its rows coded 8 (absent) and 9 (not a member), which are not votes (<see cref="Absent"/>,
/// <see cref="NotMember"/>). Every rejected row is in <see cref="Rejected"/> with its file, line, row, column and code.
/// </para>
/// <para>
/// <b>States</b> are COW state codes (<see cref="RecordedVote.State"/>): as given in the 2016 release, mapped from ISO
/// alpha-2 codes or names in the 2021 release. Historical states are kept as themselves (260 the German Federal
/// Republic, 265 the German Democratic Republic, 315 Czechoslovakia, 678 and 680 the two Yemens, 511 Zanzibar).
/// </para>
/// <para>
/// <b>Years</b> are the calendar years of the roll calls' dates. In the 2016 release the <c>year</c> column is, for 238
/// roll calls, the year the session opened rather than the year of the vote; those roll calls are in <see cref="Notes"/>.
/// </para>
/// </remarks>
public sealed class UngaImport
{
    private readonly FrozenDictionary<int, ResolutionTarget> _rollCalls;

    internal UngaImport(
        UngaRelease? release,
        ImmutableArray<ResolutionTarget> rollCalls,
        ImmutableArray<RecordedVote> votes,
        ImmutableArray<DatasetRowCounts> files,
        int absent,
        int notMember,
        ImmutableArray<ModelError> rejected,
        ImmutableArray<ModelError> notes,
        bool succeeded)
    {
        Release = release;
        RollCalls = rollCalls;
        Votes = votes;
        Files = files;
        Absent = absent;
        NotMember = notMember;
        Rejected = rejected;
        Notes = notes;
        Succeeded = succeeded;
        _rollCalls = rollCalls.ToFrozenDictionary(r => r.RollCall);
    }

    /// <summary>The source every fact of an import cites: the UN General Assembly voting data.</summary>
    public static Source Source { get; } = new(
        "Erik Voeten, Anton Strezhnev and Michael Bailey",
        "United Nations General Assembly Voting Data, hdl:1902.1/12379, Harvard Dataverse",
        new Uri("https://hdl.handle.net/1902.1/12379"),
        null,
        SourceKind.Dataset);

    /// <summary>The release read, or <see langword="null"/> when the file was of neither release.</summary>
    public UngaRelease? Release { get; }

    /// <summary>Whether the import succeeded; when not, <see cref="RollCalls"/> and <see cref="Votes"/> are empty and <see cref="Rejected"/> says why.</summary>
    public bool Succeeded { get; }

    /// <summary>The roll calls, in the order of their numbers.</summary>
    public ImmutableArray<ResolutionTarget> RollCalls { get; }

    /// <summary>The votes imported (yes, abstain, no), in file order.</summary>
    public ImmutableArray<RecordedVote> Votes { get; }

    /// <summary>The row counts of each file read, the votes first.</summary>
    public ImmutableArray<DatasetRowCounts> Files { get; }

    /// <summary>The row counts of the votes file.</summary>
    public DatasetRowCounts Rows => Files.IsDefaultOrEmpty ? default : Files[0];

    /// <summary>Rows of the 2016 release coded 8, absent: read, not a vote, neither imported nor rejected.</summary>
    public int Absent { get; }

    /// <summary>Rows of the 2016 release coded 9, not a member: read, not a vote, neither imported nor rejected.</summary>
    public int NotMember { get; }

    /// <summary>The rejected rows (and file-level failures), each with its file, line, row, column and reason, in file order.</summary>
    public ImmutableArray<ModelError> Rejected { get; }

    /// <summary>
    /// Roll calls imported with a caveat, each noted once at its first row: a 2016 <c>year</c> that is not the calendar
    /// year of the date (<see cref="DatasetErrorCodes.UngaYearNotCalendarYear"/>; votes count in the date's year), or an
    /// issue flag with stray characters (<see cref="DatasetErrorCodes.UngaStrayCharacters"/>).
    /// </summary>
    public ImmutableArray<ModelError> Notes { get; }

    /// <summary>Finds a roll call by its number.</summary>
    /// <param name="rollCall">The roll call's number.</param>
    /// <returns>The roll call, or <see langword="null"/>.</returns>
    public ResolutionTarget? FindRollCall(int rollCall) => _rollCalls.GetValueOrDefault(rollCall);

    /// <summary>
    /// Makes a scenario of the votes: one actor per state that voted (<see cref="CowActors"/>), and per vote the stance
    /// <see cref="Stance.ForVote"/> makes (<c>unga-{roll call}-{actor}</c>, on the roll call's <see cref="ResolutionTarget"/>,
    /// dated the day of the vote, the signal <see cref="StanceSignal.Vote"/>) with confirmed evidence citing
    /// <see cref="Source"/>. The scenario file writes such votes in its compact <c>votes</c> form.
    /// </summary>
    /// <param name="name">The scenario's name, or <see langword="null"/> for one naming the release.</param>
    /// <returns>The scenario, or the errors of a failed import or of validation.</returns>
    public OneOf<Scenario, ImmutableArray<ModelError>> ToScenario(string? name = null)
    {
        if (!Succeeded)
        {
            return Rejected;
        }

        var builder = new ScenarioBuilder(
            name ?? $"UN General Assembly votes ({(Release == UngaRelease.Voeten2016 ? "Voeten 2016 release" : "unvotes 2021 release")})",
            "Recorded votes of the UN General Assembly as stances on resolutions (Voeten, Strezhnev and Bailey, United Nations General Assembly Voting Data).");
        var actors = new Dictionary<int, ActorId>();
        foreach (var code in Votes.Select(v => v.State).Distinct().Order())
        {
            if (CowActors.TryGetActor(code, out var actor))
            {
                builder.AddActor(actor);
                actors[code] = actor.Id;
            }
        }

        var evidence = Evidence.Of(Confidence.Confirmed, Source);
        foreach (var vote in Votes)
        {
            builder.AddStance(Stance.ForVote(actors[vote.State], _rollCalls[vote.RollCall], vote.Vote, evidence));
        }

        return builder.Build();
    }

    /// <summary>The counts, for diagnostics.</summary>
    /// <returns>For example <c>UNGA Voeten2016: UNVotesPublished.csv.gz: 1066613 read, 738764 imported, 0 rejected; 73328 absent, 254521 not members</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"UNGA {Release?.ToString() ?? "(unknown release)"}: {string.Join("; ", Files)}") +
        (Release == UngaRelease.Voeten2016 ? string.Create(CultureInfo.InvariantCulture, $"; {Absent} absent, {NotMember} not members") : string.Empty) +
        (Succeeded ? string.Empty : "; failed");
}
