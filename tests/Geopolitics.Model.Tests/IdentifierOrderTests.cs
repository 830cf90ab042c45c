using System.Reflection;
using Geopolitics.Model.Scenarios;

namespace Geopolitics.Model.Tests;

/// <summary>
/// Every id type of the library (a value made from its text, comparable) orders by its text, ordinally, and its
/// operators <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c> agree with <see cref="IComparable{T}.CompareTo"/>.
/// </summary>
public class IdentifierOrderTests
{
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
}
