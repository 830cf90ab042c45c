namespace Geopolitics.Model.Validation;

/// <summary>Finds the items of a reference graph that lie on a cycle (supersession, "speaks for", regions).</summary>
internal static class ReferenceCycles
{
    /// <summary>
    /// The nodes that lie on a cycle of the graph: in a strongly connected component of two or more nodes, or with an
    /// edge to themselves when <paramref name="selfLoops"/>. Edges to nodes outside <paramref name="nodes"/> are ignored.
    /// Iterative (Tarjan's algorithm), so a long chain cannot exhaust the stack.
    /// </summary>
    public static HashSet<T> OnCycles<T>(IReadOnlyCollection<T> nodes, Func<T, IEnumerable<T>> next, bool selfLoops)
        where T : notnull
    {
        var known = nodes.ToHashSet();
        var index = new Dictionary<T, int>();
        var low = new Dictionary<T, int>();
        var onStack = new HashSet<T>();
        var stack = new Stack<T>();
        var result = new HashSet<T>();
        var counter = 0;
        foreach (var root in nodes)
        {
            if (index.ContainsKey(root))
            {
                continue;
            }

            var work = new Stack<(T Node, IEnumerator<T> Edges)>();
            Visit(root);
            while (work.Count > 0)
            {
                var (node, edges) = work.Peek();
                if (edges.MoveNext())
                {
                    var target = edges.Current;
                    if (!known.Contains(target))
                    {
                        continue;
                    }

                    if (EqualityComparer<T>.Default.Equals(target, node))
                    {
                        if (selfLoops)
                        {
                            result.Add(node);
                        }
                    }
                    else if (!index.TryGetValue(target, out var targetIndex))
                    {
                        Visit(target);
                    }
                    else if (onStack.Contains(target))
                    {
                        low[node] = Math.Min(low[node], targetIndex);
                    }

                    continue;
                }

                work.Pop();
                if (work.Count > 0)
                {
                    var parent = work.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[node]);
                }

                if (low[node] == index[node])
                {
                    var component = new List<T>();
                    T member;
                    do
                    {
                        member = stack.Pop();
                        onStack.Remove(member);
                        component.Add(member);
                    }
                    while (!EqualityComparer<T>.Default.Equals(member, node));

                    if (component.Count > 1)
                    {
                        result.UnionWith(component);
                    }
                }
            }

            void Visit(T node)
            {
                index[node] = low[node] = counter++;
                stack.Push(node);
                onStack.Add(node);
                work.Push((node, next(node).GetEnumerator()));
            }
        }

        return result;
    }
}
