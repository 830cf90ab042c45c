using System.Reflection;
using System.Text.RegularExpressions;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Scenarios;

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
    public void PublicTypes_HaveNoPublicSetterExceptInitOnRecords() => AssertNone("Public setters", PublicApiRules.PublicSetters(PublicTypes));

    [Fact]
    public void PublicTypes_HaveNoWritablePublicField() => AssertNone("Writable public fields", PublicApiRules.WritableFields(PublicTypes));

    [Fact]
    public void PublicTypes_ExposeNoMutableCollection() => AssertNone("Mutable collections exposed", PublicApiRules.ExposedMutableCollections(PublicTypes));

    [Fact]
    public void PublicTypes_KeepNoStateThatCanChange() =>
        AssertNone("State that can change after construction", PublicTypes.SelectMany(PublicApiRules.MutableState));

    [Fact]
    public void MutableAllowlist_EveryTypeOnItIsMutable() =>
        Assert.All(MutableAllowlist.Keys, type => Assert.NotEmpty(PublicApiRules.MutableState(type)));

    [Fact]
    public void PublicTypes_HaveNoInstanceMethodThatReturnsNothing() =>
        AssertNone("Instance methods returning nothing", PublicApiRules.MethodsReturningNothing(PublicTypes));

    // An outside assembly can derive from a public abstract type only through a constructor it can call, and can
    // instantiate the derived type only if it can override every abstract member.
    [Fact]
    public void AbstractPublicTypes_AreClosedUnions() =>
        AssertNone("Unions an outside assembly could extend", PublicApiRules.OpenUnions(typeof(Scenario).Assembly.GetExportedTypes()));

    [Fact]
    public void Unions_HaveAMatchAndASwitchOverEveryCase() =>
        AssertNone("Unions without an exhaustive Match and Switch", PublicApiRules.UnionsWithoutMatchAndSwitch(typeof(Scenario).Assembly.GetExportedTypes()));

    // Assembly scanning (FluentValidation's AddValidatorsFromAssembly) builds every public validator through dependency
    // injection, which fills a constructor's collections with empty ones: a validator that takes the scenario's ids
    // would then refuse valid facts. Only validators that are right on their own may be public.
    [Fact]
    public void PublicValidators_NeedNoContext()
    {
        var validators = typeof(Scenario).Assembly.GetExportedTypes()
            .Where(t => !t.IsAbstract && typeof(FluentValidation.IValidator).IsAssignableFrom(t))
            .ToList();

        Assert.Contains(typeof(ScenarioValidator), validators);
        Assert.All(validators, t => Assert.All(t.GetConstructors(), c => Assert.Empty(c.GetParameters())));
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

    private static void AssertNone(string what, IEnumerable<string> found)
    {
        var list = found.ToList();
        Assert.True(list.Count == 0, $"{what}: {string.Join(", ", list)}");
    }

    [GeneratedRegex("^GM[0-9]{4}$")]
    private static partial Regex CodePattern();
}
