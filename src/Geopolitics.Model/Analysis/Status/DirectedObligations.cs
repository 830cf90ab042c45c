using System.Globalization;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;
using NodaTime;

namespace Geopolitics.Model.Analysis.Status;

/// <summary>
/// The directed facts of a treaty's parties, as the analyses read them: a party's suspension of its obligations
/// towards one partner (<see cref="PartnerSuspension"/>) and its understanding that narrows its own obligation under a
/// clause (<see cref="PartyUnderstanding"/>). Their <see cref="TreatyFact"/>s carry the same paths as the status
/// report's, so that an answer lists each once.
/// </summary>
internal static class DirectedObligations
{
    /// <summary>Whether any party of the treaty has a suspension towards one partner.</summary>
    public static bool HasPartnerSuspensions(Treaty treaty) => treaty.Parties.Any(party => !party.PartnerSuspensions.IsEmpty);

    /// <summary>The fact of party <paramref name="partyIndex"/>'s suspension number <paramref name="index"/>.</summary>
    public static TreatyFact Fact(Treaty treaty, int partyIndex, int index)
    {
        var party = treaty.Parties[partyIndex];
        var suspension = party.PartnerSuspensions[index];
        var how = suspension.Description is { } description ? $" ({description})" : string.Empty;
        var text = suspension.Period.End is null
            ? $"{party.Actor}'s obligations under {treaty.Id} towards {suspension.Partner} were suspended or ended from {suspension.Period.Start}{how}; its obligations to the other parties, and theirs to both, continue."
            : $"{party.Actor}'s obligations under {treaty.Id} towards {suspension.Partner} were suspended {suspension.Period}{how}; its obligations to the other parties, and theirs to both, continue.";
        return new TreatyFact(
            treaty.Id,
            party.Actor,
            TreatyFactKind.PartnerSuspension,
            string.Create(CultureInfo.InvariantCulture, $"Parties[{partyIndex}].PartnerSuspensions[{index}]"),
            suspension.Period.Start,
            suspension.Evidence,
            text);
    }

    /// <summary>The fact of party <paramref name="partyIndex"/>'s understanding number <paramref name="index"/>.</summary>
    public static TreatyFact UnderstandingFact(Treaty treaty, int partyIndex, int index)
    {
        var party = treaty.Parties[partyIndex];
        var understanding = party.Understandings[index];
        // The sentence ends once, whether or not the description ends with its own full stop.
        var what = understanding.Description is { } description ? $": {description.TrimEnd().TrimEnd('.')}" : string.Empty;
        return new TreatyFact(
            treaty.Id,
            party.Actor,
            TreatyFactKind.Understanding,
            string.Create(CultureInfo.InvariantCulture, $"Parties[{partyIndex}].Understandings[{index}]"),
            null,
            understanding.Evidence,
            $"{party.Actor}'s understanding narrows its own obligation under {treaty.Id} {understanding.Clause} ({understanding.Conditions}){what}.");
    }

    /// <summary>
    /// Whether <paramref name="guarantor"/> owes <paramref name="beneficiary"/> its obligations under the treaty on the
    /// day as far as its suspensions towards that partner go: false when an admitted suspension certainly covers the day,
    /// unknown when one may (a date known only to the month), true otherwise; with the suspension that decided.
    /// </summary>
    public static (Truth Owed, TreatyFact? Decided) Owed(Treaty treaty, ActorId guarantor, ActorId beneficiary, LocalDate day, Confidence minimum)
    {
        var owed = Truth.True;
        TreatyFact? decided = null;
        for (var i = 0; i < treaty.Parties.Length; i++)
        {
            var party = treaty.Parties[i];
            if (party.Actor != guarantor)
            {
                continue;
            }

            for (var j = 0; j < party.PartnerSuspensions.Length; j++)
            {
                var suspension = party.PartnerSuspensions[j];
                if (suspension.Partner != beneficiary || !suspension.Evidence.IsAdmittedBy(minimum))
                {
                    continue;
                }

                var suspended = suspension.Period.Contains(day);
                if (suspended.IsTrue)
                {
                    return (Truth.False, Fact(treaty, i, j));
                }

                if (suspended.IsUnknown && owed.IsTrue)
                {
                    owed = Truth.Unknown;
                    decided = Fact(treaty, i, j);
                }
            }

            break;
        }

        return (owed, decided);
    }

    /// <summary>Whether the guarantor has any suspension towards the beneficiary (admitted or not), which an answer then reports.</summary>
    public static bool HasSuspensionTowards(Treaty treaty, ActorId guarantor, ActorId beneficiary) =>
        treaty.Parties.Any(party => party.Actor == guarantor && party.PartnerSuspensions.Any(s => s.Partner == beneficiary));

    /// <summary>The admitted understandings of <paramref name="guarantor"/> on <paramref name="clause"/>, with their facts.</summary>
    public static List<(PartyUnderstanding Understanding, TreatyFact Fact)> Understandings(Treaty treaty, ActorId guarantor, ClauseId clause, Confidence minimum)
    {
        var result = new List<(PartyUnderstanding, TreatyFact)>();
        for (var i = 0; i < treaty.Parties.Length; i++)
        {
            var party = treaty.Parties[i];
            if (party.Actor != guarantor)
            {
                continue;
            }

            for (var j = 0; j < party.Understandings.Length; j++)
            {
                var understanding = party.Understandings[j];
                if (understanding.Clause == clause && understanding.Evidence.IsAdmittedBy(minimum))
                {
                    result.Add((understanding, UnderstandingFact(treaty, i, j)));
                }
            }

            break;
        }

        return result;
    }
}
