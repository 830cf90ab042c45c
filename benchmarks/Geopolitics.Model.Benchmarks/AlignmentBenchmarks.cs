using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Alignment;
using Geopolitics.Model.Benchmarks.Data;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Stances;
using NodaTime;

namespace Geopolitics.Model.Benchmarks;

/// <summary>
/// The blocs of aligned actors on a day in a generated scenario of 200 actors and 10k, 100k or 1M stances (three camps and
/// a few neutral actors; no treaties, so links rest on stances alone), against a straightforward LINQ group-by that finds the
/// stance in effect per holder and target, scores every pair and joins the linked ones. Goal: at least 3× faster than
/// LINQ. <see cref="Library"/> gives the explained answer (every link with its score and conflict; each link's reason and
/// facts are made when first read, so they are not in the measure),
/// <see cref="LibraryMembers"/> the members of the blocs alone; <see cref="Prepare"/> measures the one-off cost of the
/// analyzer's indexes. The actors stay 200 at every size (19,900 pairs): 1M stances is a history of 20 stances per holder
/// and target, 100k two, and 10k one on each of the 50 issues and none on the actors (so no conflicts).
/// </summary>
[MemoryDiagnoser]
public class AlignmentBenchmarks
{
    private static readonly LocalDate Day = new(2024, 6, 30);
    private static readonly int[] FullSizes = [10_000, 100_000, 1_000_000];
    private Scenario _scenario = null!;
    private AlignmentAnalysis _analyzer = null!;

    /// <summary>About how many stances the scenario holds.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Stances { get; set; }

    /// <summary>
    /// The sizes measured: 10,000, 100,000 and 1,000,000 stances (a thousandth in smoke mode, which the generator rounds
    /// up to one stance per actor and issue: 10,000).
    /// </summary>
    public static IEnumerable<int> Sizes => FullSizes.Select(BenchmarkSizes.Facts);

    /// <summary>
    /// Generates the scenario, builds the analyzer and checks that the three computations find the same blocs (and that
    /// the members alone come in the order of the explained answer), and that a link's reason and facts are made when read.
    /// </summary>
    [GlobalSetup]
    public void Setup()
    {
        _scenario = GeneratedScenarios.Stances(200, Stances);
        _analyzer = new AlignmentAnalysis(_scenario);
        var answer = Library();
        var explained = answer.Blocs.Select(b => string.Join(" ", b.Members)).ToList();

        var members = LibraryMembers().Select(b => string.Join(" ", b)).ToList();
        if (!members.SequenceEqual(explained))
        {
            throw new InvalidOperationException($"BlocMembers finds [{string.Join("], [", members)}] and Blocs [{string.Join("], [", explained)}].");
        }

        var library = explained.Order(StringComparer.Ordinal).ToList();
        var linq = Linq().Select(b => string.Join(" ", b)).Order(StringComparer.Ordinal).ToList();
        if (!library.SequenceEqual(linq) || library.Count < 3)
        {
            throw new InvalidOperationException($"The analyzer finds {library.Count} blocs and LINQ {linq.Count}; they should agree on at least 3.");
        }

        var link = answer.Blocs[0].Links[0];
        if (!link.Reason.StartsWith("stance S = ", StringComparison.Ordinal) || link.Facts.Length < 2)
        {
            throw new InvalidOperationException($"The link {link.First}–{link.Second} gives the reason '{link.Reason}' and {link.Facts.Length} facts.");
        }
    }

    /// <summary>The baseline: the latest admitted stance per holder and target by group-by, then every pair scored.</summary>
    /// <returns>The blocs, each a sorted list of actors.</returns>
    [Benchmark(Baseline = true)]
    public List<List<ActorId>> Linq()
    {
        var positions = _scenario.Stances
            .Where(s => s.Evidence.IsAdmittedBy(Confidence.Reported) && s.Date.End <= Day)
            .GroupBy(s => (s.Holder, s.Target))
            .Select(g => g.MaxBy(s => s.Date.End)!)
            .GroupBy(s => s.Holder)
            .ToDictionary(g => g.Key, g => g.ToDictionary(s => s.Target, s => (int)s.Position));
        var actors = _scenario.Actors.Select(a => a.Id).Order().ToList();
        var parent = actors.ToDictionary(a => a, a => a);
        ActorId Root(ActorId actor) => parent[actor] == actor ? actor : parent[actor] = Root(parent[actor]);

        for (var i = 0; i < actors.Count; i++)
        {
            for (var j = i + 1; j < actors.Count; j++)
            {
                var (a, b) = (actors[i], actors[j]);
                var pa = positions.GetValueOrDefault(a) ?? [];
                var pb = positions.GetValueOrDefault(b) ?? [];
                var common = pa.Keys.Where(pb.ContainsKey).ToList();
                if (common.Count == 0)
                {
                    continue;
                }

                var score = 1 - (2.0 * common.Sum(t => Math.Abs(pa[t] - pb[t])) / (6.0 * common.Count));
                var conflict = pa.Any(p => p.Value <= -1 && Names(p.Key, b)) || pb.Any(p => p.Value <= -1 && Names(p.Key, a));
                if (score >= AlignmentAnalysis.DefaultThreshold && !conflict)
                {
                    var (ra, rb) = (Root(a), Root(b));
                    if (ra != rb)
                    {
                        parent[ra < rb ? rb : ra] = ra < rb ? ra : rb;
                    }
                }
            }
        }

        return [.. actors.GroupBy(Root).Where(g => g.Count() >= 2).Select(g => g.Order().ToList())];
    }

    /// <summary>The library: <see cref="AlignmentAnalysis.Blocs"/>, with every link and the facts behind it.</summary>
    /// <returns>The blocs.</returns>
    [Benchmark]
    public AlignmentBlocs Library() => _analyzer.Blocs(Day);

    /// <summary>The library: <see cref="AlignmentAnalysis.BlocMembers"/>, the members of each bloc alone.</summary>
    /// <returns>The members of each bloc.</returns>
    [Benchmark]
    public ImmutableArray<ImmutableArray<ActorId>> LibraryMembers() => _analyzer.BlocMembers(Day);

    /// <summary>The one-off cost of <see cref="AlignmentAnalysis"/>'s indexes over the stances (one operation).</summary>
    /// <returns>The analyzer.</returns>
    [Benchmark]
    public AlignmentAnalysis Prepare() => new(_scenario);

    private static bool Names(StanceTarget target, ActorId actor) => target switch
    {
        ActorTarget t => t.Actor == actor,
        ActorsTarget t => t.Actors.Contains(actor),
        _ => false,
    };
}
