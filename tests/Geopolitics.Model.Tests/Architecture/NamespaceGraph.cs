using System.Reflection.Emit;
using System.Reflection;

namespace Geopolitics.Model.Tests.Architecture;

/// <summary>
/// The dependency graph between the namespaces of a compiled assembly, read from what its types really reference:
/// base types, interfaces, fields, properties, method signatures, attributes and every type, method and field token
/// in the method bodies (so a <c>using</c> line that is not needed adds nothing, and a fully qualified name counts).
/// Compiler-generated nested types (closures, state machines) count for the type that declares them.
/// </summary>
internal sealed class NamespaceGraph
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(op => op.Value);

    private NamespaceGraph(Assembly assembly, IReadOnlyDictionary<string, IReadOnlySet<string>> edges)
    {
        Assembly = assembly;
        Edges = edges;
    }

    /// <summary>The assembly the graph was read from.</summary>
    public Assembly Assembly { get; }

    /// <summary>Each namespace of the assembly and the other namespaces of the same assembly it uses.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Edges { get; }

    /// <summary>Reads the graph of <paramref name="assembly"/>.</summary>
    public static NamespaceGraph Of(Assembly assembly)
    {
        var edges = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            var from = NamespaceOf(type);
            if (from is null)
            {
                continue;
            }

            if (!edges.TryGetValue(from, out var targets))
            {
                edges[from] = targets = new SortedSet<string>(StringComparer.Ordinal);
            }

            foreach (var used in ReferencedTypes(type))
            {
                if (used.Assembly == assembly && NamespaceOf(used) is { } to && to != from)
                {
                    targets.Add(to);
                }
            }
        }

        return new NamespaceGraph(assembly, edges.ToDictionary(e => e.Key, e => (IReadOnlySet<string>)e.Value, StringComparer.Ordinal));
    }

    /// <summary>
    /// The strongly connected components of more than one namespace (each a knot where every namespace reaches every
    /// other), by Tarjan's algorithm; empty when the graph has no cycle.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var knots = new List<IReadOnlyList<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in Edges.GetValueOrDefault(node) ?? new HashSet<string>())
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next) && index.TryGetValue(next, out var nextIndex))
                {
                    low[node] = Math.Min(low[node], nextIndex);
                }
            }

            if (low[node] == index[node])
            {
                var knot = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    knot.Add(member);
                }
                while (member != node);

                if (knot.Count > 1)
                {
                    knot.Sort(StringComparer.Ordinal);
                    knots.Add(knot);
                }
            }
        }

        foreach (var node in Edges.Keys)
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return knots;
    }

    /// <summary>The graph as Mermaid flowchart lines, for the docs and for failure messages.</summary>
    public string ToMermaid(string prefix)
    {
        string Short(string ns) => ns.Length > prefix.Length && ns.StartsWith(prefix, StringComparison.Ordinal) ? ns[(prefix.Length + 1)..] : ns;
        var lines = Edges.SelectMany(e => e.Value.Select(to => $"  {Short(e.Key)} --> {Short(to)}"));
        return "flowchart TD\n" + string.Join("\n", lines);
    }

    private static string? NamespaceOf(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return string.IsNullOrEmpty(type.Namespace) ? null : type.Namespace;
    }

    private static List<Type> ReferencedTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var found = new List<Type>();
        void Add(Type? t)
        {
            if (t is null)
            {
                return;
            }

            if (t.HasElementType)
            {
                Add(t.GetElementType());
                return;
            }

            found.Add(t);
            if (t.IsGenericType && !t.IsGenericTypeDefinition)
            {
                foreach (var argument in t.GetGenericArguments())
                {
                    Add(argument);
                }
            }
        }

        Add(type.BaseType);
        foreach (var face in type.GetInterfaces())
        {
            Add(face);
        }

        foreach (var attribute in type.CustomAttributes)
        {
            Add(attribute.AttributeType);
        }

        foreach (var field in type.GetFields(all))
        {
            Add(field.FieldType);
        }

        foreach (var property in type.GetProperties(all))
        {
            Add(property.PropertyType);
        }

        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            if (method is MethodInfo info)
            {
                Add(info.ReturnType);
            }

            foreach (var parameter in method.GetParameters())
            {
                Add(parameter.ParameterType);
            }

            foreach (var used in TypesInBody(method))
            {
                Add(used);
            }
        }

        return found;
    }

    private static IEnumerable<Type> TypesInBody(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var module = method.Module;
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            short value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            at += il[at] == 0xFE ? 2 : 1;
            var op = OpCodesByValue[value];
            switch (op.OperandType)
            {
                case OperandType.InlineType:
                case OperandType.InlineMethod:
                case OperandType.InlineField:
                case OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, at);
                    var member = module.ResolveMember(token, typeArguments, methodArguments);
                    yield return member as Type ?? member!.DeclaringType!;
                    if (member is FieldInfo field)
                    {
                        yield return field.FieldType;
                    }

                    break;
            }

            at += op.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
                _ => 4,
            };
        }
    }
}
