using System.Collections.Immutable;
using Geopolitics.Model.Actors;

namespace Geopolitics.Model.Treaties;

/// <summary>
/// One party to a treaty and its own steps: signature, consent to be bound, the domestic steps towards consent,
/// withdrawal and suspensions that concern only this party; and its directed facts: suspensions of its obligations
/// towards one partner only (<see cref="PartnerSuspensions"/>) and understandings that narrow its own obligation under a
/// clause (<see cref="Understandings"/>). Equality compares every member, collections in order.
/// </summary>
/// <remarks>
/// The directed facts are set with an object initializer or a <see langword="with"/> expression:
/// <c>new TreatyParty(actor, signature) { Understandings = [understanding] }</c>.
/// </remarks>
public sealed record TreatyParty
{
    /// <summary>Creates a party.</summary>
    /// <param name="actor">The party.</param>
    /// <param name="signature">Its signature, or <see langword="null"/> when it did not sign (or the signature is not on record).</param>
    /// <param name="consent">Its consent to be bound, or <see langword="null"/> when it has not consented (or the consent is not on record).</param>
    /// <param name="domesticSteps">Its internal steps towards consent, in any order.</param>
    /// <param name="withdrawal">Its withdrawal, or <see langword="null"/>.</param>
    /// <param name="suspensions">Periods during which its obligations were suspended.</param>
    public TreatyParty(
        ActorId actor,
        Signature? signature = null,
        Consent? consent = null,
        IEnumerable<DomesticStep>? domesticSteps = null,
        Withdrawal? withdrawal = null,
        IEnumerable<Suspension>? suspensions = null)
    {
        Actor = ArgumentChecks.NotDefault(actor, nameof(actor));
        Signature = signature;
        Consent = consent;
        DomesticSteps = domesticSteps is null ? [] : [.. domesticSteps];
        Withdrawal = withdrawal;
        Suspensions = suspensions is null ? [] : [.. suspensions];
        if (DomesticSteps.Any(step => step is null))
        {
            throw new ArgumentException("A domestic step must not be null.", nameof(domesticSteps));
        }

        if (Suspensions.Any(suspension => suspension is null))
        {
            throw new ArgumentException("A suspension must not be null.", nameof(suspensions));
        }
    }

    /// <summary>The party.</summary>
    public ActorId Actor { get; }

    /// <summary>Its signature, or <see langword="null"/>.</summary>
    public Signature? Signature { get; }

    /// <summary>Its consent to be bound, or <see langword="null"/>.</summary>
    public Consent? Consent { get; }

    /// <summary>Its internal steps towards consent (parliamentary votes, decrees), as given.</summary>
    public ImmutableArray<DomesticStep> DomesticSteps { get; }

    /// <summary>Its withdrawal, or <see langword="null"/>.</summary>
    public Withdrawal? Withdrawal { get; }

    /// <summary>Periods during which its obligations under the treaty were suspended.</summary>
    public ImmutableArray<Suspension> Suspensions { get; }

    /// <summary>
    /// Periods during which its obligations towards one partner only were suspended or ended, while its obligations to
    /// the others, and everyone's obligations to it, continue; empty by default.
    /// </summary>
    /// <exception cref="ArgumentException">Set to an array that holds <see langword="null"/>.</exception>
    public ImmutableArray<PartnerSuspension> PartnerSuspensions
    {
        get => _partnerSuspensions;
        init => _partnerSuspensions = NoNulls(value, "A partner suspension must not be null.");
    }

    /// <summary>Its understandings or reservations that narrow its own obligation under a clause; empty by default.</summary>
    /// <exception cref="ArgumentException">Set to an array that holds <see langword="null"/>.</exception>
    public ImmutableArray<PartyUnderstanding> Understandings
    {
        get => _understandings;
        init => _understandings = NoNulls(value, "An understanding must not be null.");
    }

    private readonly ImmutableArray<PartnerSuspension> _partnerSuspensions = [];

    private readonly ImmutableArray<PartyUnderstanding> _understandings = [];

    /// <inheritdoc/>
    public bool Equals(TreatyParty? other) =>
        other is not null && Actor == other.Actor && Equals(Signature, other.Signature) && Equals(Consent, other.Consent) &&
        DomesticSteps.SequenceEqual(other.DomesticSteps) && Equals(Withdrawal, other.Withdrawal) &&
        Suspensions.SequenceEqual(other.Suspensions) && PartnerSuspensions.SequenceEqual(other.PartnerSuspensions) &&
        Understandings.SequenceEqual(other.Understandings);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Actor, Signature, Consent, DomesticSteps.Length, Withdrawal, Suspensions.Length, PartnerSuspensions.Length, Understandings.Length);

    /// <summary>Culture-invariant text, for diagnostics.</summary>
    /// <returns>For example <c>RUS: signed 2024-06-19; Ratification 2024-11-09</c>.</returns>
    public override string ToString()
    {
        var parts = new List<string>(3);
        if (Signature is not null)
        {
            parts.Add(Signature.ToString());
        }

        if (Consent is not null)
        {
            parts.Add(Consent.ToString());
        }

        if (Withdrawal is not null)
        {
            parts.Add(Withdrawal.ToString());
        }

        return parts.Count == 0 ? Actor.ToString() : $"{Actor}: {string.Join("; ", parts)}";
    }

    private static ImmutableArray<T> NoNulls<T>(ImmutableArray<T> value, string message)
        where T : class
    {
        var items = value.IsDefault ? [] : value;
        return items.Any(item => item is null) ? throw new ArgumentException(message, nameof(value)) : items;
    }
}
