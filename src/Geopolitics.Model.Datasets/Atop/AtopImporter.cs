using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Datasets.Atop;

/// <summary>
/// Imports the ATOP (Alliance Treaty Obligations and Provisions) member-level file, and optionally the alliance-level
/// file, of version 5.1 or 4.01 into a scenario: one treaty per alliance phase, each member a party with its own entry
/// and exit, its obligations as clauses it owes, the provisions that map to the model, and the ATOP id kept as an
/// external reference. <c>docs/datasets.md</c> describes the mapping column by column.
/// </summary>
/// <remarks>
/// <para>
/// <b>Treaties.</b> A single-phase alliance is the treaty <c>atop-NNNN</c>. A multi-phase alliance (a new phase starts
/// when the texts change any ATOP coding) is one treaty per phase, <c>atop-NNNN.P</c> after ATOP's <c>atopidphase</c>,
/// each superseding the latest earlier phase that began before it; all carry the reference <c>ATOP:NNNN</c>. Clauses in
/// the model have no dates of their own, so a phase's obligations can only be kept apart as their own treaty.
/// </para>
/// <para>
/// <b>Dates.</b> A member's entry date is its signature (ATOP never codes ratification); the phase enters into force
/// (<see cref="RecordedRule"/>) on its second signature, which is the alliance's <c>begyr/begmo/begday</c>
/// for the first phase. A blank day makes a year-month date. An exit is the day the commitment ended (the party is not
/// bound from that day): the phase's last exit is its <see cref="Termination"/>, an earlier exit a
/// <see cref="Withdrawal"/>; an exit of 0/0/0 means still in effect at the end of the version's coverage. A member
/// listed twice in one phase (it left and came back) is one party whose gaps are <see cref="Suspension"/>s.
/// </para>
/// <para>
/// <b>Facts.</b> Every fact rests on <see cref="Confidence.Reported"/> evidence citing the ATOP release as a
/// <see cref="SourceKind.Dataset"/>: ATOP codes treaty texts, but a dataset is a secondary source. Member codes become
/// actors through <see cref="CowActors"/>; a code outside the COW state list (8152) is rejected unless
/// <see cref="AtopImportOptions.KeepUnlistedMembers"/>.
/// </para>
/// <para>Bad data never throws: every rejected row is reported with its file, line, row, column and reason.</para>
/// </remarks>
public static class AtopImporter
{
    /// <summary>Imports ATOP files from disk.</summary>
    /// <param name="membersPath">The member-level file (<c>atop5_1m.csv</c>, or v4.01's member-level file).</param>
    /// <param name="alliancesPath">The alliance-level file (<c>atop5_1a.csv</c>), used to check the alliances' begin and end dates; or <see langword="null"/>.</param>
    /// <param name="options">How to import; <see langword="null"/> for <see cref="AtopImportOptions.Default"/>.</param>
    /// <returns>The import: the scenario (or none when it failed), rejected rows, notes and counts.</returns>
    /// <param name="cancellationToken">Stops the import: checked between reads and rows, and a read waiting on a source that sends nothing (a FIFO, standard input) gives up when it is cancelled.</param>
    /// <exception cref="ArgumentNullException"><paramref name="membersPath"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the input was read to its end.</exception>
    public static AtopImport Import(string membersPath, string? alliancesPath = null, AtopImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(membersPath);
        TextReader? members = null;
        TextReader? alliances = null;
        try
        {
            if (!TryOpen(membersPath, cancellationToken, out members, out var error) || (alliancesPath is not null && !TryOpen(alliancesPath, cancellationToken, out alliances, out error)))
            {
                return Failed(membersPath, alliancesPath, error!, options?.Version);
            }

            return ImportFrom(members!, membersPath, alliances, alliancesPath, options, cancellationToken);
        }
        finally
        {
            members?.Dispose();
            alliances?.Dispose();
        }
    }

    /// <summary>Imports ATOP tables from readers.</summary>
    /// <param name="members">The member-level table.</param>
    /// <param name="membersName">The member-level file's name, for locations and counts.</param>
    /// <param name="alliances">The alliance-level table, or <see langword="null"/>.</param>
    /// <param name="alliancesName">The alliance-level file's name, or <see langword="null"/>.</param>
    /// <param name="options">How to import; <see langword="null"/> for <see cref="AtopImportOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the import: checked before each row.</param>
    /// <returns>The import: the scenario (or none when it failed), rejected rows, notes and counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> or <paramref name="membersName"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the tables were read to their end.</exception>
    public static AtopImport ImportFrom(TextReader members, string membersName, TextReader? alliances, string? alliancesName, AtopImportOptions? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(membersName);
        options ??= AtopImportOptions.Default;
        alliancesName ??= alliances is null ? null : "alliances";
        var files = new AtopFiles();
        files.ReadMembers(members, membersName, options, cancellationToken);
        if (!files.Failed && alliances is not null)
        {
            files.ReadAlliances(alliances, alliancesName!, cancellationToken);
        }

        var version = options.Version;
        if (!files.Failed && version is null)
        {
            version = AtopVersion.FromName(files.VersionName);
            if (version is null && files.Members.Count > 0)
            {
                files.Fail(new ModelError(
                    DatasetErrorCodes.AtopUnsupportedVersion,
                    $"'{membersName}' is ATOP version {TableReading.Text(files.VersionName)}, whose end of coverage (the meaning of exit 0) the library does not know; give it in AtopImportOptions.Version.",
                    new ErrorLocation(File: membersName, Line: 2, Row: 1, Path: TableReading.Column("version"))));
            }
        }

        if (files.Failed)
        {
            return new AtopImport(
                null,
                version,
                new DatasetRowCounts(membersName, files.MembersRead, 0, 0),
                alliancesName is null ? null : new DatasetRowCounts(alliancesName, files.AlliancesRead, 0, 0),
                Sorted(files.Rejected),
                []);
        }

        version ??= AtopVersion.V51;
        var evidence = Evidence.Of(Confidence.Reported, SourceOf(version));
        var factory = new AtopTreatyFactory(membersName, alliancesName, evidence, files.Rejected, files.Notes, files.UnrecordedConditions);
        var phases = factory.Build(files.Members, files.Alliances, out var alliancesImported);
        var scenario = BuildScenario(phases, files.Members, version, membersName, factory);
        var membersImported = files.Members.Count(r => !r.Rejected);
        var rejected = Sorted(files.Rejected);
        var memberRejections = files.MembersRead - membersImported;
        if (options.Strict && rejected.Length > 0)
        {
            return new AtopImport(
                null,
                version,
                new DatasetRowCounts(membersName, files.MembersRead, 0, memberRejections),
                alliancesName is null ? null : new DatasetRowCounts(alliancesName, files.AlliancesRead, 0, files.AlliancesRead - alliancesImported),
                [rejected[0]],
                Sorted(files.Notes));
        }

        return new AtopImport(
            scenario,
            version,
            new DatasetRowCounts(membersName, files.MembersRead, scenario is null ? 0 : membersImported, memberRejections),
            alliancesName is null ? null : new DatasetRowCounts(alliancesName, files.AlliancesRead, alliancesImported, files.AlliancesRead - alliancesImported),
            rejected,
            Sorted(files.Notes));
    }

    /// <summary>The source every fact of an import from <paramref name="version"/> cites.</summary>
    /// <param name="version">The ATOP version.</param>
    /// <returns>A <see cref="SourceKind.Dataset"/> source naming the ATOP project and the release.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="version"/> is <see langword="null"/>.</exception>
    public static Source SourceOf(AtopVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return new Source(
            "ATOP project (Leeds, Ritter, Mitchell and Long; Rice University)",
            $"Alliance Treaty Obligations and Provisions (ATOP) version {version.Name}, member-level data",
            new Uri("http://www.atopdata.org"),
            null,
            SourceKind.Dataset);
    }

    private static bool TryOpen(string path, CancellationToken cancellationToken, out TextReader? reader, out ModelError? error)
    {
        try
        {
            reader = new StreamReader(Serialization.CancellableReadStream.Of(File.OpenRead(path), cancellationToken), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            error = null;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            reader = null;
            error = new ModelError(DatasetErrorCodes.AtopFileUnreadable, $"'{path}' cannot be opened: {e.Message}", new ErrorLocation(File: path));
            return false;
        }
    }

    private static AtopImport Failed(string membersPath, string? alliancesPath, ModelError error, AtopVersion? version) =>
        new(
            null,
            version,
            new DatasetRowCounts(membersPath, 0, 0, 0),
            alliancesPath is null ? null : new DatasetRowCounts(alliancesPath, 0, 0, 0),
            [error],
            []);

    private static ImmutableArray<ModelError> Sorted(List<ModelError> errors) =>
        [.. errors.OrderBy(e => e.Location.File, StringComparer.Ordinal).ThenBy(e => e.Location.Row ?? 0)];

    private static Scenario? BuildScenario(List<AtopPhase> phases, List<AtopMemberRow> rows, AtopVersion version, string membersName, AtopTreatyFactory factory)
    {
        // Validation should pass by construction; if a treaty still fails, its rows are rejected with the validator's
        // reasons, its successors forget it, and the rest is built again.
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var actors = new SortedDictionary<ActorId, Actor>();
            foreach (var phase in phases)
            {
                foreach (var row in phase.Rows)
                {
                    if (!row.Rejected)
                    {
                        actors.TryAdd(row.Actor.Id, row.Actor);
                    }
                }
            }

            var builder = new ScenarioBuilder(
                $"ATOP {version.Name}",
                string.Create(CultureInfo.InvariantCulture, $"Alliance Treaty Obligations and Provisions (ATOP) version {version.Name}, imported from '{Path.GetFileName(membersName)}': one treaty per alliance phase; exit 0 means in effect on {version.CoverageEnd:uuuu'-'MM'-'dd}."));
            foreach (var actor in actors.Values)
            {
                builder.AddActor(actor);
            }

            foreach (var phase in phases)
            {
                builder.AddTreaty(phase.Treaty);
            }

            var built = builder.Build();
            if (built.TryPickT0(out var scenario, out var errors))
            {
                return scenario;
            }

            var broken = new HashSet<int>();
            foreach (var error in errors)
            {
                if (ScenarioPaths.TreatyIndex(error.Location.Path) is { } index && index < phases.Count && broken.Add(index))
                {
                    foreach (var row in phases[index].Rows)
                    {
                        factory.Reject(row, DatasetErrorCodes.AtopTreatyInvalid, "atopid", $"{phases[index].Id} is not a valid treaty: {error.Message}");
                    }
                }
            }

            if (broken.Count == 0)
            {
                foreach (var row in rows)
                {
                    factory.Reject(row, DatasetErrorCodes.AtopTreatyInvalid, "atopid", $"The imported scenario is not valid: {errors[0]}");
                }

                return null;
            }

            var gone = broken.Select(i => phases[i].Id).ToHashSet();
            phases = [.. phases.Where((_, i) => !broken.Contains(i))];
            foreach (var phase in phases)
            {
                if (phase.Treaty.Supersedes.Any(gone.Contains))
                {
                    var t = phase.Treaty;
                    phase.Treaty = new Treaty(t.Id, t.Name, t.Parties, t.EntryIntoForce, t.Evidence, t.Duration, t.Clauses, t.WithdrawalNotice,
                        t.Suspensions, t.Termination, t.Supersedes.Where(s => !gone.Contains(s)), t.ExternalReferences);
                }
            }
        }

        return null;
    }
}
