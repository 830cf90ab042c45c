using Geopolitics.Model.Actors;

namespace Geopolitics.Model.Treaties;

/// <summary>One direction of a clause's obligation: <see cref="Guarantor"/> owes it to <see cref="Beneficiary"/> (for a defence clause, the guarantor must come to the beneficiary's defence).</summary>
/// <param name="Guarantor">The party that owes the obligation.</param>
/// <param name="Beneficiary">The party it is owed to.</param>
public readonly record struct GuaranteePair(ActorId Guarantor, ActorId Beneficiary)
{
    /// <summary>Culture-invariant text, for diagnostics.</summary>
    /// <returns>For example <c>RUS→PRK</c>.</returns>
    public override string ToString() => $"{Guarantor}→{Beneficiary}";
}
