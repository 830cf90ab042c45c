using System.Collections.Immutable;
using System.Globalization;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;

namespace Geopolitics.Model.Stances;

/// <summary>
/// A position that a <see cref="Holder"/> takes towards a <see cref="Target"/> on a <see cref="Date"/>, optionally
/// speaking through an agency (<see cref="Via"/>) and shown by <see cref="Signals"/>, with its
/// <see cref="Evidence"/>. Equality compares every member, <see cref="Signals"/> in order.
/// </summary>
/// <remarks>
/// A joint statement by several states is recorded as one stance per holder. For interoperability with event data a
/// stance may carry its CAMEO event code (2 to 4 digits whose first two are a CAMEO root, 01 to 20) and Goldstein
/// score (−10 to +10, both included); the constructor refuses values outside those ranges.
/// <para>
/// A recorded vote is a stance on a <see cref="ResolutionTarget"/> with a <see cref="Vote"/>; its position is the
/// vote's (<see cref="PositionOf"/>: yes supports, abstain is neutral, no opposes), which the
/// <see cref="Validation.StanceValidator"/> checks.
/// </para>
/// </remarks>
public sealed record Stance : IEvidenced
{
    private static readonly ImmutableArray<StanceSignal> VoteSignals = [StanceSignal.Vote];

    /// <summary>The lowest Goldstein score, −10 (included).</summary>
    public const double MinGoldsteinScore = -10.0;

    /// <summary>The highest Goldstein score, +10 (included).</summary>
    public const double MaxGoldsteinScore = 10.0;

    /// <summary>Creates a stance.</summary>
    /// <param name="id">The stance's id.</param>
    /// <param name="holder">Who takes the position (the state, even when an agency speaks for it).</param>
    /// <param name="target">What the position is about.</param>
    /// <param name="position">The position, −3 (condemns) to +3 (endorses).</param>
    /// <param name="date">When the position was taken.</param>
    /// <param name="evidence">What supports the fact.</param>
    /// <param name="via">The agency the holder speaks through (South Korea's intelligence service), or <see langword="null"/>.</param>
    /// <param name="signals">The acts that show the position; a default array is taken as empty.</param>
    /// <param name="cameoCode">The CAMEO event code, 2 to 4 digits, or <see langword="null"/>.</param>
    /// <param name="goldsteinScore">The Goldstein score, −10 to +10 both included, or <see langword="null"/>.</param>
    /// <param name="summary">Free text, or <see langword="null"/>; blank is stored as <see langword="null"/>.</param>
    /// <param name="vote">The vote cast, for a stance on a <see cref="ResolutionTarget"/>, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">An id or the date is the default value, or the CAMEO code is malformed.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The position, the vote or a signal is not defined, or the Goldstein score is outside −10 to +10 or not a number.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> or <paramref name="evidence"/> is null.</exception>
    public Stance(
        StanceId id,
        ActorId holder,
        StanceTarget target,
        StancePosition position,
        PartialDate date,
        Evidence evidence,
        ActorId? via = null,
        ImmutableArray<StanceSignal> signals = default,
        string? cameoCode = null,
        double? goldsteinScore = null,
        string? summary = null,
        VoteChoice? vote = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(evidence);
        Id = ArgumentChecks.NotDefault(id, nameof(id));
        Holder = ArgumentChecks.NotDefault(holder, nameof(holder));
        Target = target;
        Position = ArgumentChecks.Defined(position, nameof(position));
        Date = ArgumentChecks.NotDefault(date, nameof(date));
        Evidence = evidence;
        Via = via is { } agency ? ArgumentChecks.NotDefault(agency, nameof(via)) : null;
        Signals = signals.IsDefault ? [] : signals;
        foreach (var signal in Signals)
        {
            ArgumentChecks.Defined(signal, nameof(signals));
        }

        ArgumentProblem.ThrowIf(Problem(cameoCode, goldsteinScore));

        CameoCode = cameoCode;
        GoldsteinScore = goldsteinScore;
        Summary = ArgumentChecks.OptionalText(summary);
        Vote = vote is { } cast ? ArgumentChecks.Defined(cast, nameof(vote)) : null;
    }

    /// <summary>Why the arguments cannot make a value, or <see langword="null"/> when they can.</summary>
    internal static ArgumentProblem? Problem(string? cameoCode, double? goldsteinScore) =>
        cameoCode is not null && !IsValidCameoCode(cameoCode)
            ? new(nameof(cameoCode), $"'{cameoCode}' is not a CAMEO event code: expected 2 to 4 digits starting with a root code 01 to 20, such as '111' or '0871'.")
            : goldsteinScore is { } score && !(score >= MinGoldsteinScore && score <= MaxGoldsteinScore)
                ? new(nameof(goldsteinScore), $"A Goldstein score lies between -10 and +10, both included; got {score}.", OutOfRange: true)
                : null;

    /// <summary>The stance's id.</summary>
    public StanceId Id { get; }

    /// <summary>Who takes the position.</summary>
    public ActorId Holder { get; }

    /// <summary>The agency the holder speaks through, or <see langword="null"/>.</summary>
    public ActorId? Via { get; }

    /// <summary>What the position is about.</summary>
    public StanceTarget Target { get; }

    /// <summary>The position, −3 (condemns) to +3 (endorses).</summary>
    public StancePosition Position { get; }

    /// <summary>When the position was taken.</summary>
    public PartialDate Date { get; }

    /// <summary>The acts that show the position, in the order given.</summary>
    public ImmutableArray<StanceSignal> Signals { get; }

    /// <summary>The CAMEO event code, or <see langword="null"/>.</summary>
    public string? CameoCode { get; }

    /// <summary>The Goldstein score, −10 to +10, or <see langword="null"/>.</summary>
    public double? GoldsteinScore { get; }

    /// <summary>What supports the fact.</summary>
    public Evidence Evidence { get; }

    /// <summary>Free text, or <see langword="null"/>.</summary>
    public string? Summary { get; }

    /// <summary>The vote cast on a <see cref="ResolutionTarget"/>, or <see langword="null"/> when the stance is not a vote.</summary>
    public VoteChoice? Vote { get; }

    /// <summary>
    /// The stance that records a state's vote on a roll call, as the importers and the scenario file's compact
    /// <c>votes</c> form make it: id <c>unga-{roll call}-{holder}</c>, the position of the vote, dated the day of the vote,
    /// with the signal <see cref="StanceSignal.Vote"/>.
    /// </summary>
    /// <param name="holder">The state that voted.</param>
    /// <param name="target">The roll call.</param>
    /// <param name="vote">The vote.</param>
    /// <param name="evidence">What supports it.</param>
    /// <returns>The stance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> or <paramref name="evidence"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="holder"/> is the default value, or the id it makes is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="vote"/> is not defined.</exception>
    public static Stance ForVote(ActorId holder, ResolutionTarget target, VoteChoice vote, Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentChecks.NotDefault(holder, nameof(holder));
        return new Stance(
            new StanceId(string.Create(CultureInfo.InvariantCulture, $"unga-{target.RollCall}-{holder.Value}")),
            holder,
            target,
            PositionOf(vote),
            PartialDate.FromLocalDate(target.Date),
            evidence,
            signals: VoteSignals,
            vote: vote);
    }

    /// <summary>The position a vote expresses: yes <see cref="StancePosition.Supports"/> (+2), abstain <see cref="StancePosition.Neutral"/> (0), no <see cref="StancePosition.Opposes"/> (−2).</summary>
    /// <param name="vote">The vote.</param>
    /// <returns>The position.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="vote"/> is not defined.</exception>
    public static StancePosition PositionOf(VoteChoice vote) => vote switch
    {
        VoteChoice.Yes => StancePosition.Supports,
        VoteChoice.Abstain => StancePosition.Neutral,
        VoteChoice.No => StancePosition.Opposes,
        _ => throw new ArgumentOutOfRangeException(nameof(vote), vote, "A vote is yes, abstain or no."),
    };

    /// <summary>Whether <paramref name="code"/> is a CAMEO event code: 2 to 4 ASCII digits, the first two a root code from 01 to 20.</summary>
    /// <param name="code">The candidate code.</param>
    /// <returns>Whether the constructor would accept it.</returns>
    public static bool IsValidCameoCode(string? code) =>
        code is { Length: >= 2 and <= 4 } && code.All(char.IsAsciiDigit) &&
        int.Parse(code.AsSpan(0, 2), CultureInfo.InvariantCulture) is >= 1 and <= 20;

    /// <inheritdoc/>
    public bool Equals(Stance? other) =>
        other is not null && Id == other.Id && Holder == other.Holder && Via == other.Via &&
        Target.Equals(other.Target) && Position == other.Position && Date == other.Date &&
        Signals.SequenceEqual(other.Signals) && CameoCode == other.CameoCode &&
        GoldsteinScore.Equals(other.GoldsteinScore) && Evidence.Equals(other.Evidence) && Summary == other.Summary && Vote == other.Vote;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Holder, Target, Position, Date, Signals.Length, Evidence);

    /// <summary>Culture-invariant text such as "s1: KOR via KOR-NIS Condemns actors PRK+RUS on 2024-10-30 [Reported]".</summary>
    /// <returns>The stance as text.</returns>
    public override string ToString() =>
        $"{Id}: {Holder}{(Via is { } via ? " via " + via : string.Empty)} {(Vote is { } v ? "votes " + v + " on" : Position.ToString())} {Target} on {Date} [{Evidence.Confidence}]";
}
