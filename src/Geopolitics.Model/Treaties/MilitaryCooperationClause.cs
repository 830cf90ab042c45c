using Geopolitics.Model.Actors;

namespace Geopolitics.Model.Treaties;

/// <summary>A provision for military cooperation in the <see cref="Forms"/> it names: aid, exercises, integrated command, bases, training and the like.</summary>
public sealed record MilitaryCooperationClause : Clause
{
    /// <summary>Creates the clause.</summary>
    /// <param name="id">The clause's id, unique within its treaty.</param>
    /// <param name="forms">The forms of cooperation provided for; <see cref="MilitaryCooperationForms.None"/> when the text names none.</param>
    /// <param name="conditions">What limits when it applies, or <see langword="null"/> for no condition.</param>
    /// <param name="guarantors">The parties that provide it; empty or <see langword="null"/> for every party.</param>
    /// <param name="beneficiaries">The parties that receive it; empty or <see langword="null"/> for every party.</param>
    /// <param name="article">The article label, or <see langword="null"/>.</param>
    /// <param name="summary">The content in a sentence, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="forms"/> has a flag that is not defined.</exception>
    public MilitaryCooperationClause(
        ClauseId id,
        MilitaryCooperationForms forms,
        ClauseConditions? conditions = null,
        IEnumerable<ActorId>? guarantors = null,
        IEnumerable<ActorId>? beneficiaries = null,
        string? article = null,
        string? summary = null)
        : base(id, conditions, guarantors, beneficiaries, article, summary)
    {
        if ((forms & ~MilitaryCooperationForms.All) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(forms), forms, "Unknown form of military cooperation.");
        }

        Forms = forms;
    }

    /// <inheritdoc/>
    public override ClauseKind Kind => ClauseKind.MilitaryCooperation;

    /// <summary>The forms of cooperation provided for.</summary>
    public MilitaryCooperationForms Forms { get; }

    private protected override string Details() => Forms.ToString();
}
