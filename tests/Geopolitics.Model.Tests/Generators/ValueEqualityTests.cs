using System.Collections.Immutable;
using Xunit.Sdk;

namespace Geopolitics.Model.Tests.Generators;

/// <summary>The member-wise equality check fails on the mistakes it is there to find.</summary>
public class ValueEqualityTests
{
    [Fact]
    public void AssertMemberwise_EqualityOverEveryMember_Passes()
    {
        ValueEquality.AssertMemberwise(new Pair("a", [1, 2], Compared: true), new Pair("b", [3], Compared: false));
    }

    [Fact]
    public void AssertMemberwise_AMemberLeftOut_FailsNamingIt()
    {
        var failure = Assert.ThrowsAny<XunitException>(() =>
            ValueEquality.AssertMemberwise(new Pair("a", [1, 2], Compared: true, LeaveOutFlag: true), new Pair("b", [3], Compared: false, LeaveOutFlag: true)));

        Assert.Contains("ignores Compared", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AssertMemberwise_ArraysComparedByReference_Fails()
    {
        var failure = Assert.ThrowsAny<XunitException>(() =>
            ValueEquality.AssertMemberwise(new Pair("a", [1, 2], Compared: true, ByReference: true), new Pair("b", [3], Compared: false, ByReference: true)));

        Assert.Contains("arrays are rebuilt", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AssertMemberwise_NoDifferingValue_FailsNamingTheMember()
    {
        var failure = Assert.ThrowsAny<XunitException>(() =>
            ValueEquality.AssertMemberwise(new Pair("a", [], Compared: true), new Pair("b", [], Compared: false)));

        Assert.Contains("no differing value for Numbers", failure.Message, StringComparison.Ordinal);
    }

    private sealed record Pair(string Name, ImmutableArray<int> Numbers, bool Compared, bool LeaveOutFlag = false, bool ByReference = false)
    {
        public bool Equals(Pair? other) =>
            other is not null && Name == other.Name &&
            (ByReference ? Numbers == other.Numbers : Numbers.SequenceEqual(other.Numbers)) &&
            (LeaveOutFlag || Compared == other.Compared) && LeaveOutFlag == other.LeaveOutFlag && ByReference == other.ByReference;

        public override int GetHashCode() => HashCode.Combine(Name, Numbers.Length);
    }
}
