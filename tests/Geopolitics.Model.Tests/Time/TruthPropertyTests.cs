using CsCheck;
using Geopolitics.Model.Tests.Generators;
using Geopolitics.Model.Time;

namespace Geopolitics.Model.Tests.Time;

/// <summary>
/// The laws of Kleene's strong three-valued logic, which every "is X true on day D" answer is combined with. Three
/// values make 27 triples, so each law is checked on all of them (a proof, not a sample); the folds are sampled.
/// </summary>
public class TruthPropertyTests
{
    private static readonly Truth[] Values = [Truth.True, Truth.False, Truth.Unknown];

    private static IEnumerable<(Truth A, Truth B, Truth C)> Triples() =>
        from a in Values from b in Values from c in Values select (a, b, c);

    [Fact]
    public void Not_DeMorgan_HoldsForEveryPair() =>
        Assert.All(Triples(), t =>
        {
            Assert.Equal(!t.A | !t.B, !(t.A & t.B));
            Assert.Equal(!t.A & !t.B, !(t.A | t.B));
        });

    [Fact]
    public void AndOr_Identities_HoldForEveryValue() =>
        Assert.All(Values, a =>
        {
            Assert.Equal(a, a & Truth.True);
            Assert.Equal(a, a | Truth.False);
            Assert.Equal(Truth.False, a & Truth.False);
            Assert.Equal(Truth.True, a | Truth.True);
            Assert.Equal(a, a & a);
            Assert.Equal(a, a | a);
            Assert.Equal(a, !!a);
        });

    [Fact]
    public void AndOr_Commutativity_HoldsForEveryPair() =>
        Assert.All(Triples(), t =>
        {
            Assert.Equal(t.A & t.B, t.B & t.A);
            Assert.Equal(t.A | t.B, t.B | t.A);
        });

    [Fact]
    public void AndOr_Associativity_HoldsForEveryTriple() =>
        Assert.All(Triples(), t =>
        {
            Assert.Equal((t.A & t.B) & t.C, t.A & (t.B & t.C));
            Assert.Equal((t.A | t.B) | t.C, t.A | (t.B | t.C));
        });

    [Fact]
    public void AndOr_Absorption_HoldsForEveryPair() =>
        Assert.All(Triples(), t =>
        {
            Assert.Equal(t.A, t.A & (t.A | t.B));
            Assert.Equal(t.A, t.A | (t.A & t.B));
        });

    [Fact]
    public void AndOr_Distributivity_HoldsForEveryTriple() =>
        Assert.All(Triples(), t =>
        {
            Assert.Equal((t.A & t.B) | (t.A & t.C), t.A & (t.B | t.C));
            Assert.Equal((t.A | t.B) & (t.A | t.C), t.A | (t.B & t.C));
        });

    [Fact]
    public void AndOr_ExcludedMiddle_FailsOnlyForUnknown() =>
        Assert.All(Values, a =>
        {
            // Kleene logic has no excluded middle: "unknown or not unknown" is still unknown.
            Assert.Equal(a.IsUnknown ? Truth.Unknown : Truth.True, a | !a);
            Assert.Equal(a.IsUnknown ? Truth.Unknown : Truth.False, a & !a);
        });

    [Fact]
    public void AndOrNot_KnownValues_AgreeWithBooleanLogic()
    {
        bool[] booleans = [false, true];
        foreach (var a in booleans)
        {
            foreach (var b in booleans)
            {
                Assert.Equal(Truth.From(a && b), Truth.From(a) & Truth.From(b));
                Assert.Equal(Truth.From(a || b), Truth.From(a) | Truth.From(b));
                Assert.Equal(Truth.From(!a), !Truth.From(a));
            }
        }
    }

    [Fact]
    public void AndOr_Unknown_IsMonotoneInformation() =>
        Assert.All(Triples(), t =>
        {
            // Replacing an unknown operand by a known value never changes a known answer (the Kleene regularity).
            foreach (var known in new[] { Truth.True, Truth.False })
            {
                var b = t.B.IsUnknown ? known : t.B;
                if (!(t.A & t.B).IsUnknown)
                {
                    Assert.Equal(t.A & t.B, t.A & b);
                }

                if (!(t.A | t.B).IsUnknown)
                {
                    Assert.Equal(t.A | t.B, t.A | b);
                }
            }
        });

    [Fact]
    public void NamedMethods_AgreeWithOperators() =>
        Assert.All(Triples(), t =>
        {
            Assert.Equal(t.A & t.B, t.A.And(t.B));
            Assert.Equal(t.A | t.B, t.A.Or(t.B));
            Assert.Equal(!t.A, t.A.Not());
            Assert.Equal(t.A, Truth.From(t.A.ToNullableBoolean()));
            Assert.Equal(t.A == t.B, t.A.Equals(t.B));
            Assert.Equal(t.A == t.B, t.A.GetHashCode() == t.B.GetHashCode());
            Assert.Equal(t.A.IsPossible, !t.A.IsFalse);
            Assert.Equal(1, new[] { t.A.IsTrue, t.A.IsFalse, t.A.IsUnknown }.Count(x => x));
        });

    [Fact]
    public void AllAny_AnySequence_AreTheFoldsOfAndAndOr() =>
        ModelGen.Truths.Array[0, 12].Sample(values =>
        {
            Assert.Equal(values.Aggregate(Truth.True, (x, y) => x & y), Truth.All(values));
            Assert.Equal(values.Aggregate(Truth.False, (x, y) => x | y), Truth.Any(values));
            Assert.Equal(!Truth.All(values), Truth.Any(values.Select(v => !v)));
            Assert.Equal(Truth.All(values), Truth.All(values.AsEnumerable().Reverse()));
        }, iter: 1_000);

    [Fact]
    public void AllAny_Null_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => Truth.All(null!));
        Assert.Throws<ArgumentNullException>(() => Truth.Any(null!));
    }

    [Fact]
    public void Inequality_EveryPair_IsTheNegationOfEquality() =>
        Assert.All(Triples(), t => Assert.Equal(!(t.A == t.B), t.A != t.B));
}
