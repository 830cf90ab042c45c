namespace Geopolitics.Model.Treaties;

/// <summary>The treaty binds on signature: it enters into force on the day the second party signs, and binds each later signatory from its own signature.</summary>
public sealed record OnSignatureRule : EntryIntoForceRule
{
    /// <summary>Creates the rule.</summary>
    public OnSignatureRule()
    {
    }

    private protected override string Describe() => "on signature";
}
