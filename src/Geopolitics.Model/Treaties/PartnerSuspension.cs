using Geopolitics.Model.Actors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;

namespace Geopolitics.Model.Treaties;

/// <summary>
/// A period during which a party's obligations under a treaty towards <em>one partner</em> were suspended or ended,
/// with the evidence: the party (guarantor) owes that partner (beneficiary) nothing under any clause of the treaty
/// during <see cref="Period"/>, while the treaty, the party's obligations to the other parties, the partner's
/// obligations to everyone and the other parties' obligations to both continue. Both ends of <see cref="Period"/> are
/// included; an open end means from then on (ended for good, or suspended and not yet resumed: <see cref="Description"/>
/// says which).
/// </summary>
/// <remarks>
/// It is held by the <see cref="TreatyParty"/> that owes the obligations (<see cref="TreatyParty.PartnerSuspensions"/>).
/// A resumption is the end of the period; a second suspension towards the same partner is another instance.
/// </remarks>
public sealed record PartnerSuspension : IEvidenced
{
    /// <summary>Creates a suspension of a party's obligations towards one partner.</summary>
    /// <param name="partner">The partner the party's obligations are suspended towards; another party to the treaty.</param>
    /// <param name="period">When the suspension applies (both ends included; an open end for from then on).</param>
    /// <param name="evidence">What supports the fact.</param>
    /// <param name="description">Why or how, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="partner"/> or <paramref name="period"/> is the default value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is <see langword="null"/>.</exception>
    public PartnerSuspension(ActorId partner, DatePeriod period, Evidence evidence, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        Partner = ArgumentChecks.NotDefault(partner, nameof(partner));
        Period = ArgumentChecks.NotDefault(period, nameof(period));
        Evidence = evidence;
        Description = description;
    }

    /// <summary>The partner the party's obligations are suspended towards.</summary>
    public ActorId Partner { get; }

    /// <summary>When the suspension applies; both ends included, an open end means from then on.</summary>
    public DatePeriod Period { get; }

    /// <inheritdoc/>
    public Evidence Evidence { get; }

    /// <summary>Why or how the obligations towards the partner were suspended or ended, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>Culture-invariant text, for diagnostics.</summary>
    /// <returns>For example <c>suspended towards ALB 1961-12/1968-09-13</c>.</returns>
    public override string ToString() => $"suspended towards {Partner} {Period}";
}
