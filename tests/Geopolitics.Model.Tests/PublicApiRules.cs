using System.Collections.Immutable;
using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Analysis.Facts;

namespace Geopolitics.Model.Tests;

/// <summary>
/// The immutability rules of the public API, by reflection over a package's public types: used by
/// <c>PublicApiTests</c> for the model and, linked, by the datasets' tests for the importers.
/// </summary>
internal static class PublicApiRules
{
    // Collection types that a caller could change, whether concrete or through a mutable interface.
    public static readonly Type[] MutableCollections =
    [
        typeof(List<>), typeof(Dictionary<,>), typeof(HashSet<>), typeof(SortedDictionary<,>), typeof(SortedSet<>),
        typeof(Queue<>), typeof(Stack<>), typeof(LinkedList<>), typeof(ICollection<>), typeof(IList<>),
        typeof(IDictionary<,>), typeof(ISet<>), typeof(System.Collections.ObjectModel.Collection<>),
        typeof(ImmutableArray<>.Builder), typeof(ImmutableList<>.Builder), typeof(ImmutableDictionary<,>.Builder),
    ];

    /// <summary>Public properties with a setter, except init-only ones on records.</summary>
    public static IEnumerable<string> PublicSetters(IEnumerable<Type> types) => types
        .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(p => p.SetMethod is { IsPublic: true } setter && !(IsInitOnly(setter) && IsRecord(type)))
            .Select(p => $"{type.FullName}.{p.Name}"));

    /// <summary>Public fields that are neither constant nor read-only.</summary>
    public static IEnumerable<string> WritableFields(IEnumerable<Type> types) => types
        .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(f => !f.IsLiteral && !f.IsInitOnly && !type.IsEnum)
            .Select(f => $"{type.FullName}.{f.Name}"));

    /// <summary>Properties, fields and method results that hand out a mutable collection.</summary>
    public static IEnumerable<string> ExposedMutableCollections(IEnumerable<Type> types)
    {
        const BindingFlags Members = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in types)
        {
            foreach (var p in type.GetProperties(Members).Where(p => IsMutableCollection(p.PropertyType)))
            {
                yield return $"{type.FullName}.{p.Name}: {p.PropertyType.Name}";
            }

            foreach (var f in type.GetFields(Members).Where(f => IsMutableCollection(f.FieldType)))
            {
                yield return $"{type.FullName}.{f.Name}: {f.FieldType.Name}";
            }

            foreach (var m in type.GetMethods(Members).Where(m => !m.IsSpecialName && IsMutableCollection(m.ReturnType)))
            {
                yield return $"{type.FullName}.{m.Name}(): {m.ReturnType.Name}";
            }
        }
    }

    /// <summary>
    /// Public instance methods that return nothing: on an immutable value they could only change it. A union's
    /// <c>Switch</c> is the exception: it calls the caller's action for the case and changes nothing.
    /// </summary>
    public static IEnumerable<string> MethodsReturningNothing(IEnumerable<Type> types) => types
        .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.ReturnType == typeof(void) && !m.IsSpecialName && m.Name is not ("Deconstruct" or "Switch"))
            .Select(m => $"{type.FullName}.{m.Name}"));

    /// <summary>
    /// Closed unions (public abstract types) without the house idiom: a <c>Match</c> that takes one
    /// <c>Func&lt;Case, TResult&gt;</c> and a <c>Switch</c> that takes one <c>Action&lt;Case&gt;</c> for each public sealed
    /// case, in the same order, so that a caller handles every case and the compiler says when one is added.
    /// </summary>
    public static IEnumerable<string> UnionsWithoutMatchAndSwitch(IReadOnlyCollection<Type> types) => types
        .Where(t => t.IsClass && t.IsAbstract && !t.IsSealed)
        .Where(union =>
        {
            var cases = types.Where(t => t.IsSealed && t.BaseType == union).ToHashSet();
            var match = union.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).SingleOrDefault(m => m.Name == "Match");
            var change = union.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).SingleOrDefault(m => m.Name == "Switch");
            if (cases.Count == 0 || match is not { IsGenericMethodDefinition: true } || change is null)
            {
                return true;
            }

            var matched = match.GetParameters().Select(p => p.ParameterType.GetGenericArguments()[0]).ToList();
            var switched = change.GetParameters().Select(p => p.ParameterType.GetGenericArguments()[0]).ToList();
            return !matched.ToHashSet().SetEquals(cases) || !matched.SequenceEqual(switched)
                || match.GetParameters().Any(p => p.ParameterType.GetGenericTypeDefinition() != typeof(Func<,>))
                || change.GetParameters().Any(p => p.ParameterType.GetGenericTypeDefinition() != typeof(Action<>));
        })
        .Select(t => t.FullName!);

    /// <summary>Public abstract types an outside assembly could derive from and instantiate.</summary>
    public static IEnumerable<string> OpenUnions(IEnumerable<Type> types) => types
        .Where(t => t.IsClass && t.IsAbstract && !t.IsSealed)
        .Where(t => t.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Any(c => c.IsPublic || c.IsFamily || c.IsFamilyOrAssembly))
        .Where(t => !t.GetMethods(BindingFlags.NonPublic | BindingFlags.Instance).Any(m => m.IsAbstract && (m.IsAssembly || m.IsFamilyAndAssembly)))
        .Select(t => t.FullName!);

    /// <summary>Instance fields, private ones included, that are writable or hold a mutable collection.</summary>
    public static IEnumerable<string> MutableState(Type type) =>
        type.IsEnum ? [] : type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(f => !f.IsInitOnly || IsMutableCollection(f.FieldType))
            .Select(f => $"{type.FullName}.{f.Name}: {f.FieldType.Name}")
            .Where(field => !Caches.Contains(field));

    /// <summary>
    /// Private caches that fill on first use and never change what the type answers: each is written once per slot,
    /// with a value computed from immutable data, so a race only computes the same value twice.
    /// </summary>
    private static readonly HashSet<string> Caches =
    [
        // The hash of a fact reference, computed on first use (0 = not yet); the copy constructor does not copy it.
        "Geopolitics.Model.Analysis.Facts.FactReference._hash: Int32",
        // Each treaty's status calendar per confidence level, computed on first query.
        "Geopolitics.Model.Analysis.Defence.DefenceAnalysis._calendars: StatusCalendar[][]",
        // Each victim's defender calendar per confidence level, in a concurrent dictionary.
        "Geopolitics.Model.Analysis.Defence.DefenceAnalysis._victimCalendars: ConcurrentDictionary`2[]",
        // An alignment link's facts and reason, made when first read by the rule that decided it, published once.
        "Geopolitics.Model.Analysis.Alignment.AlignmentLink._facts: FactReference[]",
        "Geopolitics.Model.Analysis.Alignment.AlignmentLink._reason: String",
        // A defence answer's facts and explanation, and a condition's reason, written when first read (kept once written).
        "Geopolitics.Model.Analysis.Defence.DefenceAnswer._explained: Explained",
        "Geopolitics.Model.Analysis.Defence.DefenceCondition._reason: String",
    ];

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    // The compiler gives every record a hidden clone method.
    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null || type.IsValueType;

    public static bool IsMutableCollection(Type type)
    {
        if (type.IsArray)
        {
            return true;
        }

        var definition = type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        return MutableCollections.Contains(definition) ||
               (type.IsClass && type != typeof(string) && typeof(IList).IsAssignableFrom(type) && !type.Namespace!.StartsWith("System.Collections.Immutable", StringComparison.Ordinal));
    }

}
