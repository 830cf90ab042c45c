using Geopolitics.Model.Actors;
using Geopolitics.Model.Places;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;
using NodaTime;

namespace Geopolitics.Model.Tests.Treaties;

/// <summary>The seed treaties and small builders shared by the treaty tests.</summary>
internal static class TreatyExamples
{
    public static readonly ActorId Rus = new("RUS");
    public static readonly ActorId Prk = new("PRK");
    public static readonly ActorId Chn = new("CHN");
    public static readonly ActorId Usa = new("USA");
    public static readonly ActorId Kor = new("KOR");
    public static readonly ActorId Jpn = new("JPN");
    public static readonly ActorId Ukr = new("UKR");
    public static readonly PlaceId Pacific = new("PACIFIC");

    public static readonly TreatyId RusPrk2024 = new("rus-prk-2024");
    public static readonly TreatyId RusPrk2000 = new("rus-prk-2000");
    public static readonly TreatyId ChnPrk1961 = new("chn-prk-1961");
    public static readonly TreatyId UsaKor1953 = new("usa-kor-1953");
    public static readonly TreatyId UsaJpn1960 = new("usa-jpn-1960");

    public static Evidence Reported { get; } = Evidence.Unsourced(Confidence.Reported);

    public static Evidence Official(string publisher) =>
        Evidence.Of(Confidence.Confirmed, new Source(publisher, null, null, null, SourceKind.OfficialStatement));

    public static PartialDate Day(int year, int month, int day) => new(year, month, day);

    public static LocalDate On(int year, int month, int day) => new(year, month, day);

    public static TreatyParty Party(ActorId actor, PartialDate? signed = null, PartialDate? consented = null, ConsentKind kind = ConsentKind.Ratification, Withdrawal? withdrawal = null, IEnumerable<Suspension>? suspensions = null) =>
        new(
            actor,
            signed is { } s ? new Signature(s, Reported) : null,
            consented is { } c ? new Consent(kind, c, Reported) : null,
            withdrawal: withdrawal,
            suspensions: suspensions);

    public static Treaty Treaty(string id, EntryIntoForceRule rule, params TreatyParty[] parties) =>
        new(new TreatyId(id), id, parties, rule, Reported);

    /// <summary>The Russia–DPRK Treaty on Comprehensive Strategic Partnership, with the dates of record.</summary>
    public static Treaty RussiaDprk2024(Evidence? prkSignatureEvidence = null) => new(
        RusPrk2024,
        "Treaty on Comprehensive Strategic Partnership between the Russian Federation and the DPRK",
        [
            new TreatyParty(
                Rus,
                new Signature(Day(2024, 6, 19), Official("Kremlin")),
                new Consent(ConsentKind.Ratification, Day(2024, 11, 9), Official("Kremlin")),
                [
                    new DomesticStep("State Duma approved ratification", Day(2024, 10, 24), Official("State Duma")),
                    new DomesticStep("Federation Council approved ratification", Day(2024, 11, 6), Official("Federation Council")),
                    new DomesticStep("President signed the ratification law", Day(2024, 11, 9), Official("Kremlin")),
                ]),
            new TreatyParty(
                Prk,
                new Signature(Day(2024, 6, 19), prkSignatureEvidence ?? Official("KCNA")),
                new Consent(ConsentKind.Ratification, Day(2024, 11, 11), Official("KCNA"))),
        ],
        new OnExchangeOfInstrumentsRule(Day(2024, 12, 4)),
        Official("Kremlin"),
        clauses:
        [
            new MutualDefenceClause(
                new ClauseId("art4"),
                DefenceTrigger.StateOfWar,
                DefenceResponse.ImmediateMilitaryAssistance,
                article: "Article 4",
                summary: "If either party is in a state of war after an armed attack, the other renders immediate military and other assistance with all means at its disposal."),
        ],
        supersedes: [RusPrk2000],
        externalReferences: [new ExternalReference("ATOP", "RUS-PRK-2024")]);

    /// <summary>The 2000 Russia–DPRK treaty (entry into force known here only to the year).</summary>
    public static Treaty RussiaDprk2000() => new(
        RusPrk2000,
        "Treaty on Friendship, Good-Neighbourliness and Cooperation between the Russian Federation and the DPRK",
        [Party(Rus, Day(2000, 2, 9)), Party(Prk, Day(2000, 2, 9))],
        new RecordedRule(new PartialDate(2000)),
        Reported);

    /// <summary>The 1961 China–DPRK treaty: 20-year terms, renewed automatically.</summary>
    public static Treaty ChinaDprk1961(bool renews = true) => new(
        ChnPrk1961,
        "Sino-North Korean Mutual Aid and Cooperation Friendship Treaty",
        [Party(Chn, Day(1961, 7, 11)), Party(Prk, Day(1961, 7, 11))],
        new RecordedRule(Day(1961, 9, 10)),
        Reported,
        new FixedTermDuration(Period.FromYears(20), renews),
        [new MutualDefenceClause(new ClauseId("art2"), DefenceTrigger.StateOfWar, DefenceResponse.ImmediateMilitaryAssistance, article: "Article II")]);

    /// <summary>The US–ROK Mutual Defense Treaty of 1953.</summary>
    public static Treaty UsaKorea1953() => new(
        UsaKor1953,
        "Mutual Defense Treaty between the United States and the Republic of Korea",
        [Party(Usa, Day(1953, 10, 1)), Party(Kor, Day(1953, 10, 1))],
        new RecordedRule(Day(1954, 11, 17)),
        Reported,
        clauses:
        [
            new MutualDefenceClause(
                new ClauseId("art3"),
                DefenceTrigger.ArmedAttack,
                DefenceResponse.ConstitutionalProcesses,
                new ClauseConditions(geographicScope: new GeographicScope([Usa, Kor], [Pacific], "an armed attack in the Pacific area on either of the Parties in territories now under their respective administrative control")),
                article: "Article III"),
        ]);

    /// <summary>The US–Japan Treaty of Mutual Cooperation and Security of 1960.</summary>
    public static Treaty UsaJapan1960() => new(
        UsaJpn1960,
        "Treaty of Mutual Cooperation and Security between Japan and the United States of America",
        [Party(Usa, Day(1960, 1, 19)), Party(Jpn, Day(1960, 1, 19))],
        new RecordedRule(Day(1960, 6, 23)),
        Reported,
        clauses:
        [
            new MutualDefenceClause(
                new ClauseId("art5"),
                DefenceTrigger.ArmedAttack,
                DefenceResponse.ConstitutionalProcesses,
                new ClauseConditions(geographicScope: new GeographicScope([Jpn], description: "an armed attack against either Party in the territories under the administration of Japan")),
                article: "Article V"),
        ]);
}
