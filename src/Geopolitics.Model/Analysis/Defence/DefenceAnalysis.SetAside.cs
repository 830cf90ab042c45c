using System.Collections.Immutable;
using Geopolitics.Model.Provenance;

namespace Geopolitics.Model.Analysis.Defence;

// SetAside: which facts an answer left out below its minimum confidence would change it if admitted.
public sealed partial class DefenceAnalysis
{
    /// <summary>
    /// The facts <paramref name="answer"/> set aside below its minimum confidence, each with whether admitting it would
    /// change the answer: the query is asked again with the minimum lowered to the fact's own confidence (once per
    /// confidence among the facts set aside), and the answer changes when an obligation appears, disappears or changes
    /// whether it applies.
    /// </summary>
    /// <param name="answer">An answer of this analysis (of <see cref="Defenders"/> or <see cref="DefendersAt"/>).</param>
    /// <returns><see cref="DefenceAnswer.IgnoredFacts"/> in their order, each with <see cref="DefenceSetAsideFact.ChangesAnswer"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answer"/> is <see langword="null"/>.</exception>
    public ImmutableArray<DefenceSetAsideFact> SetAside(DefenceAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var changes = new Dictionary<Confidence, bool>();
        var result = ImmutableArray.CreateBuilder<DefenceSetAsideFact>(answer.IgnoredFacts.Length);
        foreach (var fact in answer.IgnoredFacts)
        {
            var confidence = fact.Confidence;
            if (confidence == Confidence.Denied || confidence >= answer.Minimum)
            {
                result.Add(new DefenceSetAsideFact(fact, false));
                continue;
            }

            if (!changes.TryGetValue(confidence, out var changed))
            {
                var again = answer.PlaceIsHomeTerritory || answer.Place is null
                    ? Defenders(answer.Victim, answer.Day, answer.Attacker, null, answer.VictimProvoked, confidence)
                    : DefendersAt(answer.Victim, answer.Day, answer.Place, answer.Attacker, answer.VictimProvoked, confidence);
                changes[confidence] = changed = again.Match(other => !Outcome(other).SequenceEqual(Outcome(answer)), _ => false);
            }

            result.Add(new DefenceSetAsideFact(fact, changed));
        }

        return result.MoveToImmutable();
    }

    private static IEnumerable<(Actors.ActorId Guarantor, Treaties.TreatyId Treaty, Treaties.ClauseId Clause, Time.Truth Applies)> Outcome(DefenceAnswer answer) =>
        answer.Obligations.Concat(answer.RuledOut)
            .Select(o => (o.Guarantor, o.Treaty, o.Clause.Id, o.Applies))
            .OrderBy(o => o.Guarantor).ThenBy(o => o.Treaty).ThenBy(o => o.Id.Value);
}
