using Geopolitics.Model.Actors;

namespace Geopolitics.Model.Treaties;

/// <summary>
/// An obligation to come to the defence of the beneficiaries (ATOP <c>DEFENSE</c>): what sets it off
/// (<see cref="Trigger"/>), what the guarantors must do (<see cref="Response"/>), who guarantees whom (mutual when
/// no guarantor nor beneficiary is named) and its <see cref="Clause.Conditions"/>.
/// </summary>
/// <remarks>
/// Russia–DPRK 2024, article 4: <c>StateOfWar</c>, <c>ImmediateMilitaryAssistance</c>, mutual, unconditional.
/// US–ROK 1953, article 3: <c>ArmedAttack</c>, <c>ConstitutionalProcesses</c>, mutual, scope administered by USA or
/// KOR in the PACIFIC region. US–Japan 1960, article 5: <c>ArmedAttack</c>, <c>ConstitutionalProcesses</c>, mutual,
/// scope administered by JPN.
/// </remarks>
public sealed record MutualDefenceClause : Clause
{
    /// <summary>Creates the clause.</summary>
    /// <param name="id">The clause's id, unique within its treaty.</param>
    /// <param name="trigger">What sets it off.</param>
    /// <param name="response">What the guarantors must do.</param>
    /// <param name="conditions">What limits when it applies, or <see langword="null"/> for no condition.</param>
    /// <param name="guarantors">The parties that must defend; empty or <see langword="null"/> for every party.</param>
    /// <param name="beneficiaries">The parties to be defended; empty or <see langword="null"/> for every party.</param>
    /// <param name="article">The article label, or <see langword="null"/>.</param>
    /// <param name="summary">The content in a sentence, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trigger"/> or <paramref name="response"/> is not a defined value.</exception>
    public MutualDefenceClause(
        ClauseId id,
        DefenceTrigger trigger,
        DefenceResponse response,
        ClauseConditions? conditions = null,
        IEnumerable<ActorId>? guarantors = null,
        IEnumerable<ActorId>? beneficiaries = null,
        string? article = null,
        string? summary = null)
        : base(id, conditions, guarantors, beneficiaries, article, summary)
    {
        if (!Enum.IsDefined(trigger))
        {
            throw new ArgumentOutOfRangeException(nameof(trigger), trigger, "Unknown defence trigger.");
        }

        if (!Enum.IsDefined(response))
        {
            throw new ArgumentOutOfRangeException(nameof(response), response, "Unknown defence response.");
        }

        Trigger = trigger;
        Response = response;
    }

    /// <inheritdoc/>
    public override ClauseKind Kind => ClauseKind.MutualDefence;

    /// <summary>What sets the obligation off.</summary>
    public DefenceTrigger Trigger { get; }

    /// <summary>What the guarantors must do.</summary>
    public DefenceResponse Response { get; }

    private protected override string Details() => $"{Trigger} → {Response}";
}
