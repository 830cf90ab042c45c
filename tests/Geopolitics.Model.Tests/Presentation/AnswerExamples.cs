using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Defence;
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
}
