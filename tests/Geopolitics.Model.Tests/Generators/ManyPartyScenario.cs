using Geopolitics.Model.Actors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Tests.Generators;

/// <summary>
/// Scenarios of many-party pacts: every state of the country catalogue party to each of <c>treaties</c> treaties, each
/// with one mutual mutual-defence clause, signed and ratified in the year <c>1950 + i</c> (in force from the exchange of
/// instruments, the last ratification).
/// </summary>
internal static class ManyPartyScenario
{
    public static readonly ActorId[] States = [.. CountryCatalogue.Default.Countries.Select(c => c.Id)];

    /// <param name="treaties">How many pacts.</param>
    /// <param name="withdrawn">A state that withdrew from every pact (effective 1 January 2000), or none.</param>
    public static Scenario Build(int treaties, ActorId? withdrawn = null)
    {
        var evidence = Evidence.Unsourced(Confidence.Reported);
        var builder = new ScenarioBuilder($"many-party-{treaties}").AddStates([.. States.Select(s => s.Value)]);
        for (var t = 0; t < treaties; t++)
        {
            var year = 1950 + t;
            var parties = States.Select(state => new TreatyParty(
                state,
                new Signature(new PartialDate(year, 1, 1), evidence),
                new Consent(ConsentKind.Ratification, new PartialDate(year, 6, 1), evidence),
                withdrawal: state == withdrawn ? new Withdrawal(new PartialDate(1999, 1, 1), new PartialDate(2000, 1, 1), evidence) : null));
            builder.AddTreaty(new Treaty(
                new TreatyId($"pact-{t}"),
                $"Pact {t}",
                parties,
                new RecordedRule(new PartialDate(year, 7, 1)),
                evidence,
                new IndefiniteDuration(),
                [new MutualDefenceClause(new ClauseId("art1"), DefenceTrigger.ArmedAttack, DefenceResponse.ImmediateMilitaryAssistance)]));
        }

        return builder.Build().Match(s => s, errors => throw new InvalidOperationException(string.Join("\n", errors)));
    }
}
