using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace Geopolitics.Model.Stances;

/// <summary>
/// A stance on a question put to a recorded vote of the UN General Assembly: one roll call on a resolution, on one of
/// its paragraphs or on an amendment to it. A state's vote on it is a <see cref="Stance"/> with a
/// <see cref="Stance.Vote"/>.
/// </summary>
/// <remarks>
/// The roll call is identified by its number (<c>rcid</c> in the voting data of Voeten, Strezhnev and Bailey). The
/// issues are kept distinct and in ordinal order. Flags that a release does not record (the 2016 release has no
/// amendment or paragraph flag) are <see langword="null"/>. Equality compares every member, the issues in order.
/// </remarks>
public sealed record ResolutionTarget : StanceTarget
{
    /// <summary>Creates the target.</summary>
    /// <param name="rollCall">The roll call's number, at least 1.</param>
    /// <param name="session">The Assembly session, at least 1.</param>
    /// <param name="date">The day of the vote.</param>
    /// <param name="symbol">The resolution or document symbol (<c>A/RES/70/1</c>, <c>R/1/66</c>), or <see langword="null"/>; blank is stored as <see langword="null"/>.</param>
    /// <param name="issues">The issues the roll call concerns (such as <c>Human rights</c>); a default array is taken as empty.</param>
    /// <param name="amendment">Whether the vote was on an amendment, or <see langword="null"/> when not recorded.</param>
    /// <param name="paragraph">Whether the vote was on a paragraph, or <see langword="null"/> when not recorded.</param>
    /// <param name="importantVote">Whether the US State Department listed the vote as important, or <see langword="null"/> when not recorded.</param>
    /// <param name="title">A short title, or <see langword="null"/>; blank is stored as <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rollCall"/> or <paramref name="session"/> is below 1.</exception>
    /// <exception cref="ArgumentException">An issue is blank, or <paramref name="date"/> is <c>default</c> (year 1 is not a vote of the Assembly).</exception>
    public ResolutionTarget(
        int rollCall,
        int session,
        LocalDate date,
        string? symbol = null,
        ImmutableArray<string> issues = default,
        bool? amendment = null,
        bool? paragraph = null,
        bool? importantVote = null,
        string? title = null)
    {
        ArgumentProblem.ThrowIf(Problem(rollCall, session, issues));
        if (date == default)
        {
            throw new ArgumentException("The date must be the day of the vote, not default(LocalDate).", nameof(date));
        }

        RollCall = rollCall;
        Session = session;
        Date = date;
        Symbol = ArgumentChecks.OptionalText(symbol);
        Issues = issues.IsDefault ? [] : [.. issues.Select(issue => ArgumentChecks.Text(issue, nameof(issues))).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        Amendment = amendment;
        Paragraph = paragraph;
        ImportantVote = importantVote;
        Title = ArgumentChecks.OptionalText(title);
    }

    /// <summary>Why the arguments cannot make a value, or <see langword="null"/> when they can.</summary>
    internal static ArgumentProblem? Problem(int rollCall, int session, ImmutableArray<string> issues) =>
        rollCall < 1 ? new(nameof(rollCall), $"A roll call is numbered from 1; got {rollCall}.", OutOfRange: true)
        : session < 1 ? new(nameof(session), $"A session is numbered from 1; got {session}.", OutOfRange: true)
        : !issues.IsDefault && issues.Any(string.IsNullOrWhiteSpace) ? new(nameof(issues), "An issue must not be empty or white space.")
        : null;

    /// <summary>The roll call's number.</summary>
    public int RollCall { get; }

    /// <summary>The Assembly session (a session straddles two calendar years).</summary>
    public int Session { get; }

    /// <summary>The day of the vote.</summary>
    public LocalDate Date { get; }

    /// <summary>The resolution or document symbol, or <see langword="null"/>.</summary>
    public string? Symbol { get; }

    /// <summary>The issues, distinct, in ordinal order.</summary>
    public ImmutableArray<string> Issues { get; }

    /// <summary>Whether the vote was on an amendment, or <see langword="null"/> when not recorded.</summary>
    public bool? Amendment { get; }

    /// <summary>Whether the vote was on a paragraph, or <see langword="null"/> when not recorded.</summary>
    public bool? Paragraph { get; }

    /// <summary>Whether the US State Department listed the vote as important, or <see langword="null"/> when not recorded.</summary>
    public bool? ImportantVote { get; }

    /// <summary>A short title, or <see langword="null"/>.</summary>
    public string? Title { get; }

    private protected override StanceTargetKind KindCore => StanceTargetKind.Resolution;

    /// <inheritdoc/>
    public bool Equals(ResolutionTarget? other) =>
        other is not null && RollCall == other.RollCall && Session == other.Session && Date == other.Date && Symbol == other.Symbol &&
        Issues.SequenceEqual(other.Issues) && Amendment == other.Amendment && Paragraph == other.Paragraph &&
        ImportantVote == other.ImportantVote && Title == other.Title;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(RollCall, Session, Date, Symbol);

    /// <summary>Culture-invariant text such as "resolution rc 3 (R/1/66, 1946-01-01)".</summary>
    /// <returns>The target as text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"resolution rc {RollCall} ({(Symbol is null ? string.Empty : Symbol + ", ")}{Date:uuuu-MM-dd})");
}
