namespace Geopolitics.Model.Provenance;

/// <summary>An asserted fact that carries its <see cref="Evidence"/>.</summary>
public interface IEvidenced
{
    /// <summary>What supports the fact.</summary>
    Evidence Evidence { get; }
}
