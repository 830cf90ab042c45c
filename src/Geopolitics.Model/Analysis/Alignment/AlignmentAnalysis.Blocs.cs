using System.Collections.Immutable;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Provenance;
using NodaTime;

namespace Geopolitics.Model.Analysis.Alignment;

// Blocs: the connected groups of aligned actors, with their links (Blocs) or their members only (BlocMembers).
public sealed partial class AlignmentAnalysis
{
    /// <summary>The blocs of aligned actors on a day: the connected groups of two or more actors joined by certain links.</summary>
    /// <param name="day">The day asked about.</param>
    /// <param name="minimum">The weakest confidence a fact needs to be used.</param>
    /// <param name="threshold">The least score that links two actors, in [−1, 1].</param>
    /// <returns>The blocs, the actors in none, and every link considered.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> or <paramref name="threshold"/> is out of range.</exception>
    public AlignmentBlocs Blocs(LocalDate day, Confidence minimum = ConfidenceExtensions.DefaultMinimum, double threshold = DefaultThreshold)
    {
        ConfidenceExtensions.Threshold(minimum, nameof(minimum));
        CheckThreshold(threshold);
        var context = new Context(this, day, minimum);
        var links = new List<AlignmentLink>();
        var certain = new List<(AlignmentLink Link, int First)>();
        var parent = NewForest();
        for (var i = 0; i < _actors.Length; i++)
        {
            for (var j = i + 1; j < _actors.Length; j++)
            {
                var link = context.Link(_actors[i], _actors[j], threshold);
                if (link.Basis != AlignmentBasis.None)
                {
                    links.Add(link);
                }

                if (link.Linked.IsTrue)
                {
                    Union(parent, i, j);
                    certain.Add((link, i));
                }
            }
        }

        // Each certain link belongs to the bloc of its actors, listed in the order of the pairs.
        var components = Components(parent);
        var blocOf = new int[_actors.Length];
        Array.Fill(blocOf, -1);
        for (var c = 0; c < components.Count; c++)
        {
            foreach (var member in components[c])
            {
                blocOf[member] = c;
            }
        }

        var blocLinks = components.Select(_ => ImmutableArray.CreateBuilder<AlignmentLink>()).ToList();
        foreach (var (link, first) in certain)
        {
            blocLinks[blocOf[first]].Add(link);
        }

        var blocs = components.Select((members, c) => new AlignmentBloc([.. members.Select(m => _actors[m])], blocLinks[c].DrainToImmutable())).ToImmutableArray();
        var unaligned = _actors.Where((_, i) => blocOf[i] < 0).ToImmutableArray();
        return new AlignmentBlocs(day, minimum, threshold, blocs, unaligned, [.. links]);
    }

    /// <summary>
    /// The members of the blocs of aligned actors on a day: the members of each of <see cref="Blocs"/>' blocs, in the same
    /// order, without the links, their scores, reasons and facts. Meant for many queries or many actors: each pair is
    /// decided by the same rule as <see cref="Link"/> (scores and conflicts), without building a link.
    /// </summary>
    /// <param name="day">The day asked about.</param>
    /// <param name="minimum">The weakest confidence a fact needs to be used.</param>
    /// <param name="threshold">The least score that links two actors, in [−1, 1].</param>
    /// <returns>The members of each bloc in id order, the blocs largest first (then by their first member's id).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> or <paramref name="threshold"/> is out of range.</exception>
    public ImmutableArray<ImmutableArray<ActorId>> BlocMembers(LocalDate day, Confidence minimum = ConfidenceExtensions.DefaultMinimum, double threshold = DefaultThreshold)
    {
        ConfidenceExtensions.Threshold(minimum, nameof(minimum));
        CheckThreshold(threshold);
        var context = new Context(this, day, minimum);
        var parent = NewForest();
        for (var i = 0; i < _actors.Length; i++)
        {
            for (var j = i + 1; j < _actors.Length; j++)
            {
                if (context.Decide(_actors[i], _actors[j], threshold, null).Linked.IsTrue)
                {
                    Union(parent, i, j);
                }
            }
        }

        return [.. Components(parent).Select(members => members.Select(m => _actors[m]).ToImmutableArray())];
    }

    /// <summary>The root of the set of actor <paramref name="index"/> in a union-find forest over the indexes of the actors.</summary>
    private static int Root(int[] parent, int index)
    {
        while (parent[index] != index)
        {
            index = parent[index] = parent[parent[index]];
        }

        return index;
    }

    /// <summary>Joins the sets of two actors; the root is the lower index, so the actor first in id order.</summary>
    private static void Union(int[] parent, int first, int second)
    {
        var (a, b) = (Root(parent, first), Root(parent, second));
        if (a != b)
        {
            parent[Math.Max(a, b)] = Math.Min(a, b);
        }
    }

    /// <summary>The sets of two or more actors, each in index order, largest first, then by their first index.</summary>
    private static List<List<int>> Components(int[] parent)
    {
        var byRoot = new Dictionary<int, List<int>>();
        for (var i = 0; i < parent.Length; i++)
        {
            var root = Root(parent, i);
            if (!byRoot.TryGetValue(root, out var members))
            {
                byRoot[root] = members = [];
            }

            members.Add(i);
        }

        return [.. byRoot.Values.Where(members => members.Count >= 2).OrderByDescending(members => members.Count).ThenBy(members => members[0])];
    }

    /// <summary>A union-find forest in which every actor is alone.</summary>
    private int[] NewForest() => [.. Enumerable.Range(0, _actors.Length)];
}
