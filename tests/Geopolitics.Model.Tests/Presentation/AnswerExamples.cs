using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Analysis.Partnership;
using Geopolitics.Model.BuiltIn;
using NodaTime;

namespace Geopolitics.Model.Tests.Presentation;

/// <summary>The actors, day and answers of the built-in scenario that the presentation tests write.</summary>
internal static class AnswerExamples
{
    public static readonly ActorId Rus = new("RUS");

    public static readonly ActorId Prk = new("PRK");

    public static readonly LocalDate NewYear2025 = new(2025, 1, 1);

    /// <summary>Who must defend <paramref name="victim"/> on <see cref="NewYear2025"/>, at home.</summary>
    public static DefenceAnswer Defenders(string victim) =>
        new DefenceAnalysis(BuiltInScenarios.RussiaDprk2024).Defenders(new ActorId(victim), NewYear2025).AsT0;

    /// <summary>The RUS–PRK profile on <see cref="NewYear2025"/> and the stage changes of another pair (USA–KOR), which no writer may mix.</summary>
    public static (PartnershipProfile Profile, PartnershipTimeline OtherPair) MismatchedPartnership()
    {
        var analysis = new PartnershipAnalysis(BuiltInScenarios.RussiaDprk2024);
        return (analysis.Profile(Rus, Prk, NewYear2025).AsT0,
            analysis.Timeline(new ActorId("USA"), new ActorId("KOR"), new LocalDate(2020, 1, 1), NewYear2025).AsT0);
    }
}
