using System.Collections.Immutable;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;
using NodaTime;

namespace Geopolitics.Model.Treaties;

/// <summary>
/// A treaty, after the Vienna Convention on the Law of Treaties and the UN Treaty Collection: its parties with their
/// own signatures, consents and withdrawals, the rule by which it enters into force, its duration, its clauses, and
/// what ended or replaced it. Equality compares every member, collections in order.
/// </summary>
/// <remarks>
/// The constructor only rejects values that cannot be meant (a blank name, null members, a negative notice period).
/// Rules across fields — two or more distinct parties, consent not before signature, entry into force not before the
/// consents it needs, clauses naming only parties — are checked by <see cref="Validation.TreatyValidator"/>, so that
/// bad data is reported, not thrown. The status on a day is computed by
/// <see cref="Analysis.Status.StatusAnalysis"/>.
/// </remarks>
public sealed record Treaty : IEvidenced
{
    /// <summary>Creates a treaty.</summary>
    /// <param name="id">The treaty's id, unique within a scenario.</param>
    /// <param name="name">Its name in English.</param>
    /// <param name="parties">Its parties, each with its own steps.</param>
    /// <param name="entryIntoForce">How it enters into force.</param>
    /// <param name="evidence">What supports the treaty's existence and text (its clauses).</param>
    /// <param name="duration">How long it lasts; <see langword="null"/> for <see cref="IndefiniteDuration"/>.</param>
    /// <param name="clauses">Its obligations and provisions.</param>
    /// <param name="withdrawalNotice">The notice period for withdrawal or termination by notice (for example one year), or <see langword="null"/> when notice takes effect at once or the treaty says nothing.</param>
    /// <param name="suspensions">Periods during which the whole treaty was suspended.</param>
    /// <param name="termination">How the treaty ended for all parties, or <see langword="null"/>.</param>
    /// <param name="supersedes">The treaties it replaces; each is terminated from this treaty's entry into force.</param>
    /// <param name="externalReferences">The same treaty's identifiers in datasets (ATOP, COW).</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, a collection holds a <see langword="null"/>, or <paramref name="withdrawalNotice"/> is not a non-negative period of years, months, weeks or days.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="parties"/>, <paramref name="entryIntoForce"/> or <paramref name="evidence"/> is <see langword="null"/>.</exception>
    public Treaty(
        TreatyId id,
        string name,
        IEnumerable<TreatyParty> parties,
        EntryIntoForceRule entryIntoForce,
        Evidence evidence,
        TreatyDuration? duration = null,
        IEnumerable<Clause>? clauses = null,
        Period? withdrawalNotice = null,
        IEnumerable<Suspension>? suspensions = null,
        Termination? termination = null,
        IEnumerable<TreatyId>? supersedes = null,
        IEnumerable<ExternalReference>? externalReferences = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(parties);
        ArgumentNullException.ThrowIfNull(entryIntoForce);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentProblem.ThrowIf(Problem(name, withdrawalNotice));

        Id = ArgumentChecks.NotDefault(id, nameof(id));
        Name = name;
        Parties = NoNulls(parties, nameof(parties));
        EntryIntoForce = entryIntoForce;
        Evidence = evidence;
        Duration = duration ?? new IndefiniteDuration();
        Clauses = clauses is null ? [] : NoNulls(clauses, nameof(clauses));
        WithdrawalNotice = withdrawalNotice;
        Suspensions = suspensions is null ? [] : NoNulls(suspensions, nameof(suspensions));
        Termination = termination;
        Supersedes = supersedes is null ? [] : [.. supersedes];
        ExternalReferences = externalReferences is null ? [] : NoNulls(externalReferences, nameof(externalReferences));
    }

    /// <summary>Why the arguments cannot make a value, or <see langword="null"/> when they can.</summary>
    internal static ArgumentProblem? Problem(string name, Period? withdrawalNotice) =>
        ArgumentProblem.Blank(name, nameof(name))
        ?? (withdrawalNotice is not null && !DayArithmetic.IsNonNegativeDatePeriod(withdrawalNotice)
            ? new(nameof(withdrawalNotice), $"The withdrawal notice ({withdrawalNotice}) must be a non-negative period of years, months, weeks or days.")
            : null);

    /// <summary>The treaty's id.</summary>
    public TreatyId Id { get; }

    /// <summary>Its name in English.</summary>
    public string Name { get; }

    /// <summary>Its parties, in the order given.</summary>
    public ImmutableArray<TreatyParty> Parties { get; }

    /// <summary>How it enters into force.</summary>
    public EntryIntoForceRule EntryIntoForce { get; }

    /// <summary>How long it lasts once in force.</summary>
    public TreatyDuration Duration { get; }

    /// <summary>Its obligations and provisions, in the order given.</summary>
    public ImmutableArray<Clause> Clauses { get; }

    /// <summary>The notice period for withdrawal or termination by notice, or <see langword="null"/> when notice takes effect at once.</summary>
    public Period? WithdrawalNotice { get; }

    /// <summary>Periods during which the whole treaty was suspended (both ends included).</summary>
    public ImmutableArray<Suspension> Suspensions { get; }

    /// <summary>How the treaty ended for all parties, or <see langword="null"/>.</summary>
    public Termination? Termination { get; }

    /// <summary>The treaties it replaces (Russia–DPRK 2024 replaced the 2000 treaty); each is terminated from this treaty's entry into force.</summary>
    public ImmutableArray<TreatyId> Supersedes { get; }

    /// <summary>The treaty's identifiers in datasets, for example <c>ATOP:3456</c>.</summary>
    public ImmutableArray<ExternalReference> ExternalReferences { get; }

    /// <summary>What supports the treaty's existence and text. Its steps (signatures, consents…) carry their own evidence.</summary>
    public Evidence Evidence { get; }

    /// <summary>The actors that are parties, in order.</summary>
    public IEnumerable<ActorId> PartyActors => Parties.Select(party => party.Actor);

    /// <summary>Whether <paramref name="actor"/> is a party.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>Whether it is listed among <see cref="Parties"/>.</returns>
    public bool IsParty(ActorId actor) => Parties.Any(party => party.Actor == actor);

    /// <summary>The party entry of <paramref name="actor"/>, or <see langword="null"/> when it is not a party.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>The first entry for that actor, or <see langword="null"/>.</returns>
    public TreatyParty? Party(ActorId actor) => Parties.FirstOrDefault(party => party.Actor == actor);

    /// <summary>The clause with id <paramref name="id"/>, or <see langword="null"/>.</summary>
    /// <param name="id">The clause id.</param>
    /// <returns>The first clause with that id, or <see langword="null"/>.</returns>
    public Clause? Clause(ClauseId id) => Clauses.FirstOrDefault(clause => clause.Id == id);

    /// <summary>Who owes <paramref name="clause"/> to whom among this treaty's parties (see <see cref="Treaties.Clause.GuaranteePairs"/>).</summary>
    /// <param name="clause">A clause, normally one of <see cref="Clauses"/>.</param>
    /// <returns>The guarantor→beneficiary pairs.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clause"/> is <see langword="null"/>.</exception>
    public ImmutableArray<GuaranteePair> GuaranteePairs(Clause clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        return clause.GuaranteePairs(PartyActors);
    }

    /// <inheritdoc/>
    public bool Equals(Treaty? other) =>
        other is not null && Id == other.Id && Name == other.Name && Parties.SequenceEqual(other.Parties) &&
        EntryIntoForce.Equals(other.EntryIntoForce) && Duration.Equals(other.Duration) && Clauses.SequenceEqual(other.Clauses) &&
        Equals(WithdrawalNotice, other.WithdrawalNotice) && Suspensions.SequenceEqual(other.Suspensions) &&
        Equals(Termination, other.Termination) && Supersedes.SequenceEqual(other.Supersedes) &&
        ExternalReferences.SequenceEqual(other.ExternalReferences) && Evidence.Equals(other.Evidence);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Name, Parties.Length, EntryIntoForce, Duration, Clauses.Length, Termination);

    /// <summary>The id and name, for diagnostics.</summary>
    /// <returns>For example <c>rus-prk-2024 (Treaty on Comprehensive Strategic Partnership)</c>.</returns>
    public override string ToString() => $"{Id} ({Name})";

    private static ImmutableArray<T> NoNulls<T>(IEnumerable<T> items, string paramName)
        where T : class
    {
        ImmutableArray<T> array = [.. items];
        if (array.Any(item => item is null))
        {
            throw new ArgumentException("The collection must not hold null.", paramName);
        }

        return array;
    }
}
