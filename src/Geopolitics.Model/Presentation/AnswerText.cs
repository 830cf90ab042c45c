using System.Globalization;
using Geopolitics.Model.Analysis.Alignment;
using Geopolitics.Model.Analysis.Compliance;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Analysis.Ledger;
using Geopolitics.Model.Analysis.Partnership;
using Geopolitics.Model.Analysis.Status;
using Geopolitics.Model.Analysis.Timeline;
using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Presentation;

/// <summary>
/// The analyses' answers as readable text: a heading line, a table with a header row and left-aligned columns, and the
/// explanations the analyses wrote (<see cref="TreatyStatusReport.Explanation"/>, <see cref="DefenceObligation.Reason"/>,
/// <see cref="PartnershipIndicator.Explanation"/>, <see cref="AlignmentLink.Reason"/>), never re-worded. This is the
/// text the <c>geopolitics</c> tool prints.
/// </summary>
/// <remarks>
/// Each answer has a <c>Write</c> overload that writes to a <see cref="TextWriter"/> (every line ended with the
/// writer's <see cref="TextWriter.NewLine"/>) and a <c>ToText</c> overload that returns the text with lines ending in a
/// line feed. Text is culture-invariant; enumeration values are their C# names (<c>InForce</c>), truths <c>true</c>,
/// <c>false</c> or <c>unknown</c>, days ISO 8601.
/// </remarks>
public static class AnswerText
{
    /// <summary>
    /// Writes a treaty's status on a day: the treaty's name and id, the statuses it may have with whether it is in
    /// force, a table of the parties (<c>party</c>, <c>status</c>, <c>bound</c>) and the explanation, indented.
    /// </summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="report">The answer.</param>
    /// <param name="treaty">The treaty the answer is about, for its name.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="treaty"/> is not the treaty of <paramref name="report"/>.</exception>
    public static void Write(TextWriter writer, TreatyStatusReport report, Treaty treaty)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(treaty);
        if (treaty.Id != report.Treaty)
        {
            throw new ArgumentException($"The treaty is {treaty.Id}, the report is about {report.Treaty}; pass the report's treaty.", nameof(treaty));
        }

        writer.WriteLine($"{treaty.Name} ({treaty.Id})");
        writer.WriteLine($"on {DayWindow.Iso(report.Day)}: {string.Join(" or ", report.Statuses)} (in force: {report.IsInForce}; minimum confidence {report.Minimum})");
        var table = new TextTable("party", "status", "bound");
        foreach (var party in report.Parties)
        {
            table.Add(party.Actor, string.Join(" or ", party.Statuses), party.IsInForce);
        }

        table.WriteTo(writer);
        foreach (var line in report.Explanation)
        {
            writer.WriteLine($"  {line}");
        }
    }

    /// <summary>A treaty's status on a day as text (see <see cref="Write(TextWriter, TreatyStatusReport, Treaty)"/>).</summary>
    /// <param name="report">The answer.</param>
    /// <param name="treaty">The treaty the answer is about, for its name.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="treaty"/> is not the treaty of <paramref name="report"/>.</exception>
    public static string ToText(TreatyStatusReport report, Treaty treaty) => Text(writer => Write(writer, report, treaty));

    /// <summary>
    /// Writes who must defend a victim: a line naming the victim, the attacker when known, the day, the place and the
    /// minimum confidence, then a table (<c>guarantor</c>, <c>treaty</c>, <c>clause</c>, <c>applies</c>, <c>why</c>:
    /// the obligation's <see cref="DefenceObligation.Reason"/>), or <c>no one</c>; then, for each obligation the place
    /// decides, a line <c>elsewhere, …</c> naming the victim's places where it would be answered differently
    /// (<see cref="DefenceObligation.PlaceAlternatives"/>).
    /// </summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="answer">The answer.</param>
    /// <param name="includeRuledOut">Whether to list <see cref="DefenceAnswer.RuledOut"/> too, after the others.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(TextWriter writer, DefenceAnswer answer, bool includeRuledOut)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(answer);
        var where = answer.Place is { } place ? $"{place.Name} ({place.Id})" : "its home territory";
        var attacker = answer.Attacker is { } a ? $" by {a}" : string.Empty;
        var provoked = answer.VictimProvoked switch { true => ", having provoked the attack", false => ", not having provoked the attack", null => string.Empty };
        writer.WriteLine($"Who must defend {answer.Victim}, attacked{attacker} on {DayWindow.Iso(answer.Day)} in {where}{provoked} (minimum confidence {answer.Minimum}):");
        var table = new TextTable("guarantor", "treaty", "clause", "applies", "why");
        foreach (var obligation in includeRuledOut ? answer.Obligations.AddRange(answer.RuledOut) : answer.Obligations)
        {
            table.Add(obligation.Guarantor, obligation.Treaty, obligation.Clause.Article ?? obligation.Clause.Id.Value, obligation.Applies, obligation.Reason);
        }

        if (table.RowCount == 0)
        {
            writer.WriteLine("  no one");
        }
        else
        {
            table.WriteTo(writer);
        }

        foreach (var obligation in includeRuledOut ? answer.Obligations.AddRange(answer.RuledOut) : answer.Obligations)
        {
            if (!obligation.PlaceAlternatives.IsEmpty)
            {
                writer.WriteLine($"  elsewhere, {obligation.Guarantor} under {obligation.Treaty} {obligation.Clause.Article ?? obligation.Clause.Id.Value}: {DefenceAnalysis.PlaceAlternativesText(obligation.PlaceAlternatives)}");
            }
        }
    }

    /// <summary>
    /// Writes who must defend a victim and what the answer rests on: what
    /// <see cref="Write(TextWriter, DefenceAnswer, bool)"/> writes, then <c>Relied on:</c> and the facts the answer relied
    /// on (<see cref="DefenceAnswer.Facts"/>), one a line, indented, then <c>Set aside below the minimum confidence …:</c>
    /// and the facts set aside, each marked <c>(would change the answer)</c> when admitting it would
    /// (<see cref="DefenceAnalysis.SetAside(DefenceAnswer)"/>); <c>none</c> when a list is empty.
    /// </summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="answer">The answer.</param>
    /// <param name="includeRuledOut">Whether to list <see cref="DefenceAnswer.RuledOut"/> too, after the others.</param>
    /// <param name="setAside">The facts the answer set aside, as <see cref="DefenceAnalysis.SetAside(DefenceAnswer)"/> gives them.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(TextWriter writer, DefenceAnswer answer, bool includeRuledOut, IEnumerable<DefenceSetAsideFact> setAside)
    {
        ArgumentNullException.ThrowIfNull(setAside);
        Write(writer, answer, includeRuledOut);
        writer.WriteLine("Relied on:");
        WriteLines(writer, answer.Facts.Select(fact => fact.ToString()));
        writer.WriteLine($"Set aside below the minimum confidence {answer.Minimum}:");
        WriteLines(writer, setAside.Select(fact => fact.ToString()));
    }

    /// <summary>Who must defend a victim and what the answer rests on, as text (see <see cref="Write(TextWriter, DefenceAnswer, bool, IEnumerable{DefenceSetAsideFact})"/>).</summary>
    /// <param name="answer">The answer.</param>
    /// <param name="includeRuledOut">Whether to list <see cref="DefenceAnswer.RuledOut"/> too, after the others.</param>
    /// <param name="setAside">The facts the answer set aside, as <see cref="DefenceAnalysis.SetAside(DefenceAnswer)"/> gives them.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string ToText(DefenceAnswer answer, bool includeRuledOut, IEnumerable<DefenceSetAsideFact> setAside) =>
        Text(writer => Write(writer, answer, includeRuledOut, setAside));

    /// <summary>Who must defend a victim as text (see <see cref="Write(TextWriter, DefenceAnswer, bool)"/>).</summary>
    /// <param name="answer">The answer.</param>
    /// <param name="includeRuledOut">Whether to list <see cref="DefenceAnswer.RuledOut"/> too, after the others.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answer"/> is <see langword="null"/>.</exception>
    public static string ToText(DefenceAnswer answer, bool includeRuledOut) => Text(writer => Write(writer, answer, includeRuledOut));

    /// <summary>Writes what flowed between two actors: the ledger's own text (<see cref="LedgerReport.ToString"/>) and a line break.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="ledger">The answer.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(TextWriter writer, LedgerReport ledger)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(ledger);
        writer.WriteLine(ledger.ToString());
    }

    /// <summary>What flowed between two actors as text (see <see cref="Write(TextWriter, LedgerReport)"/>).</summary>
    /// <param name="ledger">The answer.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is <see langword="null"/>.</exception>
    public static string ToText(LedgerReport ledger) => Text(writer => Write(writer, ledger));

    /// <summary>
    /// Writes the partnership stages of a pair on a day and how the stage changed: a line with the stage (and the
    /// higher stage it may be when the dates do not decide), each indicator's explanation, indented, then the stage
    /// changes of the timeline, one a line.
    /// </summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="profile">The stages on the day.</param>
    /// <param name="timeline">The stage changes of the same pair.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="timeline"/> is about another pair.</exception>
    public static void Write(TextWriter writer, PartnershipProfile profile, PartnershipTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(profile);
        AnswerJson.SamePair(profile, timeline);
        writer.WriteLine($"{profile.First}–{profile.Second} on {DayWindow.Iso(profile.Day)}: {Stage(profile)} (minimum confidence {profile.Minimum})");
        foreach (var indicator in profile.Indicators)
        {
            writer.WriteLine($"  {indicator.Explanation}");
        }

        writer.WriteLine($"Stage changes {DayWindow.Iso(timeline.From)}..{DayWindow.Iso(timeline.To)}:");
        WriteChanges(writer, timeline);
    }

    /// <summary>
    /// The partnership stages of a pair on a day and their changes as text (see
    /// <see cref="Write(TextWriter, PartnershipProfile, PartnershipTimeline)"/>).
    /// </summary>
    /// <param name="profile">The stages on the day.</param>
    /// <param name="timeline">The stage changes of the same pair.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="timeline"/> is about another pair.</exception>
    public static string ToText(PartnershipProfile profile, PartnershipTimeline timeline) => Text(writer => Write(writer, profile, timeline));

    /// <summary>
    /// Writes the sanctions breaches: a table (<c>transfer</c>, <c>regime</c>, <c>measure</c>, <c>in breach</c>,
    /// <c>certain</c>) or a line saying there is none, then each fact set aside, indented.
    /// </summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="report">The answer.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(TextWriter writer, ComplianceReport report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        var table = new TextTable("transfer", "regime", "measure", "in breach", "certain");
        foreach (var breach in report.Breaches)
        {
            table.Add(breach.Transfer, breach.Regime, breach.Measure, string.Join(" and ", breach.PartiesInBreach), breach.Truth);
        }

        if (table.RowCount == 0)
        {
            writer.WriteLine($"No breach at confidence {report.Minimum} or stronger.");
        }
        else
        {
            table.WriteTo(writer);
        }

        foreach (var fact in report.SetAside)
        {
            writer.WriteLine($"  set aside ({fact.Reason}): {fact.Fact}");
        }
    }

    /// <summary>The sanctions breaches as text (see <see cref="Write(TextWriter, ComplianceReport)"/>).</summary>
    /// <param name="report">The answer.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static string ToText(ComplianceReport report) => Text(writer => Write(writer, report));

    /// <summary>
    /// Writes the blocs on a day: the one-line summary (<see cref="AlignmentBlocs.ToString"/>), a table of the links
    /// (<c>pair</c>, <c>basis</c>, <c>score</c> to two decimals or the range the dates leave open, <c>linked</c>,
    /// <c>why</c>: the link's <see cref="AlignmentLink.Reason"/>) and the unaligned actors.
    /// </summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="blocs">The answer.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(TextWriter writer, AlignmentBlocs blocs)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(blocs);
        writer.WriteLine(blocs.ToString());
        var table = new TextTable("pair", "basis", "score", "linked", "why");
        foreach (var link in blocs.Links)
        {
            var score = link.Score is { } s ? s.ToString("0.00", CultureInfo.InvariantCulture)
                : $"{link.ScoreLow?.ToString("0.00", CultureInfo.InvariantCulture)}..{link.ScoreHigh?.ToString("0.00", CultureInfo.InvariantCulture)}";
            table.Add($"{link.First}–{link.Second}", link.Basis, score, link.Linked, link.Reason);
        }

        table.WriteTo(writer);
        writer.WriteLine($"Unaligned: {string.Join(", ", blocs.Unaligned)}");
    }

    /// <summary>The blocs on a day as text (see <see cref="Write(TextWriter, AlignmentBlocs)"/>).</summary>
    /// <param name="blocs">The answer.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="blocs"/> is <see langword="null"/>.</exception>
    public static string ToText(AlignmentBlocs blocs) => Text(writer => Write(writer, blocs));

    /// <summary>
    /// Writes the dated facts in order: a table of <see cref="TimelineReport.Entries"/> (<c>date</c>,
    /// <c>confidence</c>, <c>event</c>, <c>description</c>), then one line for each entry only possibly in the period
    /// (<c>Possibly in period: …</c>) and for each fact set aside (<c>Set aside (BelowMinimumConfidence): …</c>), as
    /// <see cref="TimelineReport.ToString"/> writes them.
    /// </summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="timeline">The answer.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(TextWriter writer, TimelineReport timeline)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(timeline);
        var table = new TextTable("date", "confidence", "event", "description");
        foreach (var entry in timeline.Entries)
        {
            table.Add(entry.Date, entry.Confidence, entry.Event, entry.Description);
        }

        table.WriteTo(writer);
        foreach (var entry in timeline.PossiblyInPeriod)
        {
            writer.WriteLine($"Possibly in period: {entry}");
        }

        foreach (var fact in timeline.SetAside)
        {
            writer.WriteLine($"Set aside ({fact.Reason}): {fact.Fact}");
        }
    }

    /// <summary>The dated facts in order as text (see <see cref="Write(TextWriter, TimelineReport)"/>).</summary>
    /// <param name="timeline">The answer.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is <see langword="null"/>.</exception>
    public static string ToText(TimelineReport timeline) => Text(writer => Write(writer, timeline));

    /// <summary>The stage of a profile: <c>Allied</c>, or <c>Formalized (possibly Allied)</c> when the dates do not decide.</summary>
    internal static string Stage(PartnershipProfile profile) =>
        profile.IsCertain ? profile.CertainStage.ToString() : $"{profile.CertainStage} (possibly {profile.PossibleStage})";

    /// <summary>Writes the stage changes of a timeline, one a line, indented.</summary>
    internal static void WriteChanges(TextWriter writer, PartnershipTimeline timeline)
    {
        foreach (var change in timeline.Changes)
        {
            writer.WriteLine($"  {change}");
        }
    }

    /// <summary>Writes each line indented by two spaces, or <c>  none</c> when there is none.</summary>
    private static void WriteLines(TextWriter writer, IEnumerable<string> lines)
    {
        var any = false;
        foreach (var line in lines)
        {
            writer.WriteLine($"  {line}");
            any = true;
        }

        if (!any)
        {
            writer.WriteLine("  none");
        }
    }

    private static string Text(Action<TextWriter> write)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        write(writer);
        return writer.ToString();
    }
}
