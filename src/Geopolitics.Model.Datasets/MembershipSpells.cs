using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Datasets;

/// <summary>One spell of membership in an alliance: from <see cref="Start"/> until <see cref="End"/>, the day the commitment ended, or open.</summary>
internal readonly record struct MembershipSpell(PartialDate Start, PartialDate? End);

/// <summary>
/// How the separate membership spells a dataset lists for one member of one alliance are written in the model, whose
/// <see cref="TreatyParty"/> is one per actor, and read back: the first spell's start is the signature, each gap
/// between spells is a <see cref="Suspension"/> of the party from the day the spell ended to the day before the next
/// began (to the next start itself when that is known only to the month), and the last spell's end is a withdrawal
/// or the treaty's end.
/// </summary>
internal static class MembershipSpells
{
    /// <summary>How two consecutive spells of one member relate.</summary>
    public enum Join
    {
        /// <summary>The next spell starts after the previous one ended: a gap, recorded as a suspension.</summary>
        Gap,

        /// <summary>The next spell starts the day the previous one ended: one spell.</summary>
        Contiguous,

        /// <summary>The next spell starts before the previous one ended, or the previous one never ended.</summary>
        Overlap,
    }

    public static Join Compare(PartialDate? previousEnd, PartialDate nextStart)
    {
        if (previousEnd is not { } end || nextStart < end)
        {
            return Join.Overlap;
        }

        return nextStart == end || GapEnd(nextStart) < end ? Join.Contiguous : Join.Gap;
    }

    /// <summary>The suspension for the gap between a spell that ended on <paramref name="end"/> and the next one, starting on <paramref name="nextStart"/>.</summary>
    public static Suspension Gap(PartialDate end, PartialDate nextStart, Evidence evidence, string description) =>
        new(new DatePeriod(end, GapEnd(nextStart)), evidence, description);

    /// <summary>The spells of <paramref name="party"/> in <paramref name="treaty"/>, in order; empty when the party has neither signature nor consent.</summary>
    public static void Read(Treaty treaty, TreatyParty party, List<MembershipSpell> spells)
    {
        spells.Clear();
        if ((party.Signature?.Date ?? party.Consent?.Date) is not { } start)
        {
            return;
        }

        PartialDate? end = party.Withdrawal is { } withdrawal ? withdrawal.Effective ?? withdrawal.Notified : null;
        if (treaty.Termination is { } termination && (termination.Effective ?? termination.Date) is var ended && (end is not { } e || ended < e))
        {
            end = ended;
        }

        var suspensions = party.Suspensions;
        if (suspensions.Length > 1)
        {
            suspensions = [.. suspensions.OrderBy(s => s.Period.Start)];
        }

        foreach (var suspension in suspensions)
        {
            if (end is { } last && last <= suspension.Period.Start)
            {
                break;
            }

            if (suspension.Period.Start > start)
            {
                spells.Add(new MembershipSpell(start, suspension.Period.Start));
            }

            if (suspension.Period.End is not { } resumed)
            {
                return;
            }

            start = resumed.Precision == DatePrecision.Day ? PartialDate.FromLocalDate(resumed.Start.PlusDays(1)) : resumed;
        }

        if (end is not { } stop || start <= stop)
        {
            spells.Add(new MembershipSpell(start, end));
        }
    }

    private static PartialDate GapEnd(PartialDate nextStart) =>
        nextStart.Precision == DatePrecision.Day ? PartialDate.FromLocalDate(nextStart.Start.PlusDays(-1)) : nextStart;
}
