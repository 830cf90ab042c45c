using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Validation;

namespace Geopolitics.Model.Tests;

/// <summary>
/// The public API's promises, checked by reflection over every public type of the package: values are immutable
/// (nothing public can be set after construction, no mutable collection is handed out), unions are closed, and every
/// error code is unique. The build checks the rest: the public surface is tracked in <c>PublicAPI.*.txt</c>
/// (RS0016/RS0017 are errors) and package validation runs on <c>dotnet pack</c>.
/// </summary>
public partial class PublicApiTests
{
    /// <summary>
    /// The public types allowed to be mutable, each with the reason. <see cref="ScenarioBuilder"/> is the one mutable
    /// type of the model: it collects facts, is filled and discarded, and builds an immutable <see cref="Scenario"/>.
    /// </summary>
    private static readonly Dictionary<Type, string> MutableAllowlist = new()
    {
        [typeof(ScenarioBuilder)] = "The intended mutable builder of a scenario (not thread-safe, documented).",
    };

    // Collection types that a caller could change, whether concrete or through a mutable interface.
    private static readonly Type[] MutableCollections =
    [
        typeof(List<>), typeof(Dictionary<,>), typeof(HashSet<>), typeof(SortedDictionary<,>), typeof(SortedSet<>),
        typeof(Queue<>), typeof(Stack<>), typeof(LinkedList<>), typeof(ICollection<>), typeof(IList<>),
        typeof(IDictionary<,>), typeof(ISet<>), typeof(System.Collections.ObjectModel.Collection<>),
        typeof(ImmutableArray<>.Builder), typeof(ImmutableList<>.Builder), typeof(ImmutableDictionary<,>.Builder),
    ];

    private static IEnumerable<Type> PublicTypes =>
        typeof(Scenario).Assembly.GetExportedTypes().Where(t => !MutableAllowlist.ContainsKey(t));

    [Fact]
    public void PublicTypes_AreFoundAndIncludeTheCoreConcepts()
    {
        var names = typeof(Scenario).Assembly.GetExportedTypes().Select(t => t.Name).ToHashSet();

        Assert.True(names.Count > 150, $"Only {names.Count} public types were found.");
        Assert.Superset(new HashSet<string> { "Scenario", "PartialDate", "Truth", "Treaty", "Transfer", "ErrorCodes", "ScenarioJson" }, names);
    }

    [Fact]
    public void PublicTypes_HaveNoPublicSetterExceptInitOnRecords()
    {
        var setters = PublicTypes
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(p => p.SetMethod is { IsPublic: true } setter && !(IsInitOnly(setter) && IsRecord(type)))
                .Select(p => $"{type.FullName}.{p.Name}"))
            .ToList();

        Assert.True(setters.Count == 0, "Public setters: " + string.Join(", ", setters));
    }

    [Fact]
    public void PublicTypes_HaveNoWritablePublicField()
    {
        var fields = PublicTypes
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(f => !f.IsLiteral && !f.IsInitOnly && !type.IsEnum)
                .Select(f => $"{type.FullName}.{f.Name}"))
            .ToList();

        Assert.True(fields.Count == 0, "Writable public fields: " + string.Join(", ", fields));
    }

    [Fact]
    public void PublicTypes_ExposeNoMutableCollection()
    {
        var exposed = new List<string>();
        foreach (var type in PublicTypes)
        {
            const BindingFlags Members = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            exposed.AddRange(type.GetProperties(Members).Where(p => IsMutableCollection(p.PropertyType)).Select(p => $"{type.FullName}.{p.Name}: {p.PropertyType.Name}"));
            exposed.AddRange(type.GetFields(Members).Where(f => IsMutableCollection(f.FieldType)).Select(f => $"{type.FullName}.{f.Name}: {f.FieldType.Name}"));
            exposed.AddRange(type.GetMethods(Members).Where(m => !m.IsSpecialName && IsMutableCollection(m.ReturnType)).Select(m => $"{type.FullName}.{m.Name}(): {m.ReturnType.Name}"));
        }

        Assert.True(exposed.Count == 0, "Mutable collections exposed: " + string.Join(", ", exposed));
    }

    [Fact]
    public void PublicTypes_KeepNoStateThatCanChange()
    {
        // Deep immutability: every instance field, private ones included, is read-only and holds no mutable collection.
        var fields = PublicTypes.SelectMany(MutableState).ToList();

        Assert.True(fields.Count == 0, "State that can change after construction: " + string.Join(", ", fields));
    }

    [Fact]
    public void MutableAllowlist_EveryTypeOnItIsMutable() =>
        Assert.All(MutableAllowlist.Keys, type => Assert.NotEmpty(MutableState(type)));

    [Fact]
    public void PublicTypes_HaveNoInstanceMethodThatReturnsNothing()
    {
        // On an immutable value a method that returns nothing could only change it; the builder is the exception.
        var mutators = PublicTypes
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.ReturnType == typeof(void) && !m.IsSpecialName && m.Name != "Deconstruct")
                .Select(m => $"{type.FullName}.{m.Name}"))
            .ToList();

        Assert.True(mutators.Count == 0, "Instance methods returning nothing: " + string.Join(", ", mutators));
    }

    [Fact]
    public void AbstractPublicTypes_AreClosedUnions()
    {
        // An outside assembly can derive from a public abstract type only through a constructor it can call, and can
        // instantiate the derived type only if it can override every abstract member.
        var open = typeof(Scenario).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && t.IsAbstract && !t.IsSealed)
            .Where(t => t.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Any(c => c.IsPublic || c.IsFamily || c.IsFamilyOrAssembly))
            .Where(t => !t.GetMethods(BindingFlags.NonPublic | BindingFlags.Instance).Any(m => m.IsAbstract && (m.IsAssembly || m.IsFamilyAndAssembly)))
            .Select(t => t.FullName)
            .ToList();

        Assert.True(open.Count == 0, "Unions an outside assembly could extend: " + string.Join(", ", open));
    }

    [Fact]
    public void MutableAllowlist_NamesPublicTypesThatAreMutable()
    {
        Assert.All(MutableAllowlist, entry =>
        {
            Assert.True(entry.Key.IsPublic, $"{entry.Key} is not public: remove it from the allowlist.");
            Assert.False(string.IsNullOrWhiteSpace(entry.Value));
        });
        Assert.Contains(typeof(ScenarioBuilder).GetMethods(), m => m.Name.StartsWith("Add", StringComparison.Ordinal) && m.ReturnType == typeof(ScenarioBuilder));
    }

    [Fact]
    public void ErrorCodes_AreUniqueAndWellFormed()
    {
        var codes = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (f.Name, Code: (string)f.GetRawConstantValue()!))
            .ToList();

        Assert.True(codes.Count >= 60, $"Only {codes.Count} error codes were found.");
        Assert.All(codes, c => Assert.Matches(CodePattern(), c.Code));
        var duplicates = codes.GroupBy(c => c.Code).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(c => c.Name))}").ToList();
        Assert.True(duplicates.Count == 0, "Codes given to more than one constant: " + string.Join("; ", duplicates));
    }

    [Fact]
    public void ErrorCodes_HaveOnlyConstantsAndNoOtherMember()
    {
        var members = typeof(ErrorCodes).GetMembers(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly);

        Assert.All(members, m => Assert.True(m is FieldInfo { IsLiteral: true }, $"ErrorCodes.{m.Name} is not a constant."));
        Assert.True(typeof(ErrorCodes).IsAbstract && typeof(ErrorCodes).IsSealed, "ErrorCodes must be a static class.");
    }

    private static IEnumerable<string> MutableState(Type type) =>
        type.IsEnum ? [] : type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(f => !f.IsInitOnly || IsMutableCollection(f.FieldType))
            .Select(f => $"{type.FullName}.{f.Name}: {f.FieldType.Name}");

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    // The compiler gives every record a hidden clone method.
    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null || type.IsValueType;

    private static bool IsMutableCollection(Type type)
    {
        if (type.IsArray)
        {
            return true;
        }

        var definition = type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        return MutableCollections.Contains(definition) ||
               (type.IsClass && type != typeof(string) && typeof(IList).IsAssignableFrom(type) && !type.Namespace!.StartsWith("System.Collections.Immutable", StringComparison.Ordinal));
    }

    [GeneratedRegex("^GM[0-9]{4}$")]
    private static partial Regex CodePattern();
}
