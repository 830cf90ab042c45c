using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using NodaTime;

namespace Geopolitics.Model.Tests.Generators;

/// <summary>
/// Checks the value equality a type writes by hand — records holding arrays must, since the compiler's would compare
/// the arrays by reference — member by member: a copy is equal with the same hash, a copy whose arrays are rebuilt with
/// the same elements is still equal, and a copy that differs in any one member is not.
/// </summary>
/// <remarks>
/// The one-member variants are made on the type's fields (a copy of <c>sample</c> with one field replaced), because
/// the answers have no public constructors and a single answer computed from data rarely differs from another in one
/// member only. The replacement is another value's where one differs, else a value derived from <c>sample</c>'s (an
/// array without its last element, another enum member, a number plus one, a negated flag, a longer text, null). A
/// field neither can vary fails the check by name, so a member added later cannot go unchecked; fields that are not
/// part of the value (a cache, an explanation made when read) are named in <c>notCompared</c>.
/// </remarks>
internal static class ValueEquality
{
    private const BindingFlags InstanceFields = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    private static readonly MethodInfo MemberwiseCloneMethod =
        typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!;

    /// <summary>Asserts the member-wise equality of <paramref name="sample"/>'s type.</summary>
    /// <param name="sample">A value of the type.</param>
    /// <param name="other">A value of the same type that differs from <paramref name="sample"/> in as many members as possible.</param>
    /// <param name="notCompared">Fields (by member name) that equality rightly ignores.</param>
    public static void AssertMemberwise<T>(T sample, T other, params string[] notCompared)
        where T : notnull, IEquatable<T> =>
        AssertMemberwise(sample, [other], notCompared);

    /// <summary>
    /// Asserts the member-wise equality of the type of <paramref name="values"/>, taking the one with the most members
    /// set as the sample and the others as the source of differing values.
    /// </summary>
    /// <param name="values">Values of the type, such as every treaty of many random scenarios.</param>
    /// <param name="notCompared">Fields (by member name) that equality rightly ignores.</param>
    public static void AssertMemberwise<T>(IReadOnlyCollection<T> values, params string[] notCompared)
        where T : notnull, IEquatable<T>
    {
        var sample = values.MaxBy(value => Fields(typeof(T)).Count(field => IsSet(field.GetValue(value))))!;
        AssertMemberwise(sample, values, notCompared);
    }

    private static void AssertMemberwise<T>(T sample, IEnumerable<T> others, string[] notCompared)
        where T : notnull, IEquatable<T>
    {
        var copy = Copy(sample);
        AssertEqual(sample, copy, "a copy");
        Assert.False(sample.Equals(default(T)), "equal to null or the default value");
        Assert.False(sample.Equals((object)"not a " + typeof(T).Name), "equal to an object of another type");

        var rebuilt = Copy(sample);
        foreach (var field in Fields(typeof(T)).Where(field => IsImmutableArray(field.FieldType)))
        {
            field.SetValue(rebuilt, Rebuilt(field.GetValue(sample)!));
        }

        AssertEqual(sample, (T)rebuilt, "a copy whose arrays are rebuilt with the same elements");

        var unvaried = new List<string>();
        foreach (var field in Fields(typeof(T)))
        {
            var name = MemberName(field);
            if (notCompared.Contains(name))
            {
                continue;
            }

            var mine = field.GetValue(sample);
            var replacement = others.Select(other => field.GetValue(other)).FirstOrDefault(theirs => !SameValue(mine, theirs)) is { } theirs
                ? (true, theirs)
                : others.Any(other => field.GetValue(other) is null) && mine is not null ? (true, null) : Varied(mine, field.FieldType);
            if (!replacement.Item1)
            {
                unvaried.Add(name);
                continue;
            }

            object variant = Copy(sample);
            field.SetValue(variant, replacement.Item2);
            Assert.False(sample.Equals((T)variant), $"{typeof(T).Name}.Equals ignores {name}");
            Assert.False(((T)variant).Equals(sample), $"{typeof(T).Name}.Equals ignores {name} (the other way round)");
            Assert.False(Equals(sample, variant), $"{typeof(T).Name}.Equals(object) ignores {name}");
        }

        Assert.True(unvaried.Count == 0, $"{typeof(T).Name}: no differing value for {string.Join(", ", unvaried)}; give another sample");
    }

    private static bool IsSet(object? value) =>
        value is not null && (!IsImmutableArray(value.GetType()) || Items(value).Length > 0);

    private static void AssertEqual<T>(T sample, T copy, string what)
        where T : notnull, IEquatable<T>
    {
        Assert.True(sample.Equals(copy), $"{typeof(T).Name} differs from {what}");
        Assert.True(copy.Equals(sample), $"{what} differs from the {typeof(T).Name}");
        Assert.True(Equals(sample, copy), $"{typeof(T).Name}.Equals(object) differs from {what}");
        Assert.Equal(sample.GetHashCode(), copy.GetHashCode());
        var equality = typeof(T).GetMethod("op_Equality", [typeof(T), typeof(T)]);
        if (equality is not null)
        {
            Assert.True((bool)equality.Invoke(null, [sample, copy])!, $"== says {typeof(T).Name} differs from {what}");
            Assert.False((bool)typeof(T).GetMethod("op_Inequality", [typeof(T), typeof(T)])!.Invoke(null, [sample, copy])!);
        }
    }

    private static T Copy<T>(T value)
        where T : notnull =>
        (T)MemberwiseCloneMethod.Invoke(value, null)!;

    private static IEnumerable<FieldInfo> Fields(Type type) =>
        type.GetFields(InstanceFields).Where(field => !field.IsLiteral);

    private static string MemberName(FieldInfo field) =>
        field.Name.StartsWith('<') ? field.Name[1..field.Name.IndexOf('>')] : field.Name;

    private static bool IsImmutableArray(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>);

    private static bool SameValue(object? mine, object? theirs) =>
        mine is not null && theirs is not null && mine.GetType() == theirs.GetType() && IsImmutableArray(mine.GetType())
            ? ((IEnumerable)mine).Cast<object?>().SequenceEqual(((IEnumerable)theirs).Cast<object?>())
            : Equals(mine, theirs);

    private static object Rebuilt(object array) => ToImmutable(Items(array), array.GetType().GetGenericArguments()[0]);

    private static object?[] Items(object array) => ((IEnumerable)array).Cast<object?>().ToArray();

    private static object ToImmutable(object?[] items, Type elementType)
    {
        var typed = Array.CreateInstance(elementType, items.Length);
        Array.Copy(items, typed, items.Length);
        return typeof(ImmutableArray).GetMethods()
            .Single(method => method.Name == nameof(ImmutableArray.Create) && method.GetParameters() is [{ ParameterType.IsArray: true }])
            .MakeGenericMethod(elementType)
            .Invoke(null, [typed])!;
    }

    private static (bool, object?) Varied(object? value, Type type) => value switch
    {
        null => (false, null),
        _ when Nullable.GetUnderlyingType(type) is not null => (true, null),
        string text => (true, text + "\u2032"),
        bool flag => (true, !flag),
        int number => (true, number + 1),
        long number => (true, number + 1),
        double number => (true, number + 1),
        decimal number => (true, number + 1),
        Enum member => Enum.GetValues(type).Cast<object>().FirstOrDefault(candidate => !candidate.Equals(member)) is { } another
            ? (true, another)
            : (false, null),
        LocalDate day => (true, day == LocalDate.MaxIsoValue ? day.PlusDays(-1) : day.PlusDays(1)),
        _ when IsImmutableArray(type) => Items(value) is { Length: > 0 } items
            ? (true, ToImmutable(items[..^1], type.GetGenericArguments()[0]))
            : (false, null),
        _ => NamedValue(value, type) ?? FromText(value, type) ?? (false, null),
    };

    // Another of the type's named values (Truth.Unknown for Truth.True).
    private static (bool, object?)? NamedValue(object value, Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(property => property.PropertyType == type && property.GetIndexParameters().Length == 0)
            .Select(property => property.GetValue(null))
            .Concat(type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(field => field.FieldType == type).Select(field => field.GetValue(null)))
            .FirstOrDefault(candidate => !SameValue(candidate, value)) is { } another
            ? (true, another)
            : null;

    // An identifier made from a longer text (an ActorId "RUS" becomes "RUSX").
    private static (bool, object?)? FromText(object value, Type type)
    {
        if (!type.IsValueType || type.GetConstructor([typeof(string)]) is not { } constructor)
        {
            return null;
        }

        try
        {
            return (true, constructor.Invoke([value.ToString() + "X"]));
        }
        catch (TargetInvocationException)
        {
            return null;
        }
    }
}
