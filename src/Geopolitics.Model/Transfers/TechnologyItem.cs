namespace Geopolitics.Model.Transfers;

/// <summary>Technology or expertise: a <see cref="Domain"/> ("ballistic missiles") and a <see cref="Form"/> ("know-how").</summary>
public sealed record TechnologyItem : TransferItem
{
    /// <summary>Creates a technology item.</summary>
    /// <param name="domain">The field of technology.</param>
    /// <param name="form">The form it is passed on in.</param>
    /// <param name="description">Free text, for example what "other" technology is; blank is stored as <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="domain"/> or <paramref name="form"/> is not defined.</exception>
    public TechnologyItem(TechnologyDomain domain, TechnologyForm form, string? description = null)
    {
        Domain = ArgumentChecks.Defined(domain, nameof(domain));
        Form = ArgumentChecks.Defined(form, nameof(form));
        Description = ArgumentChecks.OptionalText(description);
    }

    /// <summary>The field of technology.</summary>
    public TechnologyDomain Domain { get; }

    /// <summary>The form it is passed on in.</summary>
    public TechnologyForm Form { get; }

    /// <summary>Free text, or <see langword="null"/>.</summary>
    public string? Description { get; }

    private protected override TransferItemKind KindCore => TransferItemKind.Technology;

    /// <summary>Culture-invariant text such as "technology BallisticMissiles (KnowHow)".</summary>
    /// <returns>The item as text.</returns>
    public override string ToString() =>
        $"technology {Domain} ({Form}){(Description is null ? string.Empty : ": " + Description)}";
}
