using System.Reflection;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Places;
using Geopolitics.Model.Scenarios;

namespace Geopolitics.Model.Tests;

/// <summary>
/// Every id type of the library (a value made from its text, comparable) accepts exactly the documented syntax (1 to 64
/// ASCII letters, digits or <c>_ - . :</c>, starting with a letter or digit; upper-case only for actors and places),
/// its constructor and <c>IsValid</c> agree, and it orders by its text, ordinally, its operators <c>&lt;</c>,
/// <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c> agreeing with <see cref="IComparable{T}.CompareTo"/>.
/// </summary>
public class IdentifierTests
{
    // Ids whose letters must be upper-case: actors (ISO codes and the like) and places.
    private static readonly Type[] UpperCaseOnly = [typeof(ActorId), typeof(PlaceId)];

    private static readonly string Longest = "A" + new string('9', 63);

    // Text, whether any id type accepts it, whether upper-case-only types accept it.
    private static readonly (string Text, bool Valid, bool ValidUpperCase)[] Syntax =
    [
        ("RUS", true, true),
        ("USA-DOD", true, true),
        ("9A_B.C:D-E", true, true),
        (Longest, true, true),
        ("rus-prk-2024", true, false),
        ("aB", true, false),
        ("", false, false),
        (Longest + "9", false, false),
        ("-RUS", false, false),
        ("_A", false, false),
        (".A", false, false),
        (":A", false, false),
        ("RU S", false, false),
        ("RUS/PRK", false, false),
        ("RUSÉ", false, false),
        ("Ａ", false, false),
        ("A\n", false, false),
    ];

    public static TheoryData<Type> IdTypes =>
    [
        .. typeof(Scenario).Assembly.GetExportedTypes()
            .Where(type => type.IsValueType && type.Name.EndsWith("Id", StringComparison.Ordinal) && type.GetConstructor([typeof(string)]) is not null)
            .OrderBy(type => type.Name, StringComparer.Ordinal),
    ];

    [Fact]
    public void IdTypes_AreFound()
    {
        Assert.True(IdTypes.Count >= 8, $"Only {IdTypes.Count} id types were found.");
    }

    [Theory]
    [MemberData(nameof(IdTypes))]
    public void ConstructorAndIsValid_AcceptExactlyTheDocumentedSyntax(Type type)
    {
        var upperCaseOnly = UpperCaseOnly.Contains(type);
        var isValid = type.GetMethod("IsValid", BindingFlags.Public | BindingFlags.Static, [typeof(string)])!;
        var constructor = type.GetConstructor([typeof(string)])!;

        foreach (var (text, valid, validUpperCase) in Syntax)
        {
            var expected = upperCaseOnly ? validUpperCase : valid;
            Assert.True(expected == (bool)isValid.Invoke(null, [text])!, $"{type.Name}.IsValid(\"{text}\") should be {expected}.");
            if (expected)
            {
                Assert.Equal(text, type.GetProperty("Value")!.GetValue(constructor.Invoke([text])));
            }
            else
            {
                var error = Assert.Throws<ArgumentException>(() => Invoke(constructor, text));
                Assert.Equal("value", error.ParamName);
                Assert.StartsWith($"'{text}' is not a valid ", error.Message, StringComparison.Ordinal);
                Assert.Contains(upperCaseOnly ? "it must be 1 to 64 upper-case ASCII letters" : "it must be 1 to 64 ASCII letters", error.Message, StringComparison.Ordinal);
            }
        }

        Assert.False((bool)isValid.Invoke(null, [null])!);
    }

    [Theory]
    [MemberData(nameof(IdTypes))]
    public void Operators_AgreeWithTheOrdinalOrderOfTheText(Type type)
    {
        object Id(string text) => type.GetConstructor([typeof(string)])!.Invoke([text]);
        bool Operator(string name, object left, object right) => (bool)type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [type, type])!.Invoke(null, [left, right])!;

        foreach (var (left, right) in new[] { ("AB", "AC"), ("AC", "AB"), ("AB", "AB"), ("A", "AB"), ("Z1", "Z10") })
        {
            var (a, b) = (Id(left), Id(right));
            var order = Math.Sign(string.CompareOrdinal(left, right));

            Assert.Equal(order, Math.Sign((int)type.GetMethod("CompareTo", [type])!.Invoke(a, [b])!));
            Assert.Equal(order < 0, Operator("op_LessThan", a, b));
            Assert.Equal(order <= 0, Operator("op_LessThanOrEqual", a, b));
            Assert.Equal(order > 0, Operator("op_GreaterThan", a, b));
            Assert.Equal(order >= 0, Operator("op_GreaterThanOrEqual", a, b));
        }
    }

    private static object Invoke(ConstructorInfo constructor, string text)
    {
        try
        {
            return constructor.Invoke([text]);
        }
        catch (TargetInvocationException invocation) when (invocation.InnerException is not null)
        {
            throw invocation.InnerException;
        }
    }
}
