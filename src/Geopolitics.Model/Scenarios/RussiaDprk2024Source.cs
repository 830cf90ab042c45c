using Geopolitics.Model.Actors;
using Geopolitics.Model.Places;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Sanctions;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Time;
using Geopolitics.Model.Transfers;
using Geopolitics.Model.Treaties;
using NodaTime;

namespace Geopolitics.Model.Scenarios;

/// <summary>
/// The facts of the built-in Russia–DPRK 2024 scenario: the seed article (<c>shared/seed/article.txt</c>) and the dates
/// of record in DOMAIN.md section 4, each with its sources and the confidence the source states it with.
/// </summary>
internal static class RussiaDprk2024Source
{
    private static readonly Source Article = new(
        "Seed analysis article (author: researcher on conflict and geopolitics)",
        "While not yet rivaling Cold War alliances, this partnership has shifted from symbolic to operational",
        null, new PartialDate(2024, 11), SourceKind.Analysis);

    private static readonly Source Pentagon = new(
        "US Department of Defense", "Pentagon confirms North Korean troops in Russia", null, new PartialDate(2024, 10, 27), SourceKind.OfficialStatement);

    private static readonly Source WhiteHouse = new(
        "The White House, National Security Council", "Briefing on North Korean arms deliveries to Russia", null, new PartialDate(2023, 10, 13), SourceKind.OfficialStatement);

    private static readonly Source Kremlin = new(
        "President of Russia (Kremlin)", "Treaty on Comprehensive Strategic Partnership between the Russian Federation and the DPRK", null, new PartialDate(2024, 6, 19), SourceKind.OfficialStatement);

    private static readonly Source RussianLaw = new(
        "President of Russia (Kremlin)", "Federal law on ratification of the Treaty on Comprehensive Strategic Partnership with the DPRK", null, new PartialDate(2024, 11, 9), SourceKind.OfficialStatement);

    private static readonly Source Kcna = new(
        "Korean Central News Agency", "Decree of the DPRK State Affairs Commission ratifying the treaty with Russia", null, new PartialDate(2024, 11, 12), SourceKind.OfficialStatement);

    private static readonly Source RussianForeignMinistry = new(
        "Ministry of Foreign Affairs of the Russian Federation", "Exchange of instruments of ratification, Moscow", null, new PartialDate(2024, 12, 4), SourceKind.OfficialStatement);

    private static readonly Source ChinaDprkText = new(
        "Government of the People's Republic of China", "Treaty of Friendship, Cooperation and Mutual Assistance between the PRC and the DPRK", null, new PartialDate(1961, 7, 11), SourceKind.OfficialStatement);

    private static readonly Source UsRokText = new(
        "US Department of State", "Mutual Defense Treaty between the United States and the Republic of Korea", null, new PartialDate(1953, 10, 1), SourceKind.OfficialStatement);

    private static readonly Source UsJapanText = new(
        "Ministry of Foreign Affairs of Japan", "Treaty of Mutual Cooperation and Security between Japan and the United States of America", null, new PartialDate(1960, 1, 19), SourceKind.OfficialStatement);

    private static readonly Source RussiaDprk2000Text = new(
        "Ministry of Foreign Affairs of the Russian Federation", "Treaty of Friendship, Good-Neighbourliness and Cooperation between the Russian Federation and the DPRK", null, new PartialDate(2000, 2, 9), SourceKind.OfficialStatement);

    private static readonly Source UnSecurityCouncil = new(
        "United Nations Security Council", "Resolutions 1718 (2006), 1874 (2009), 2270 (2016) and 2397 (2017)", null, null, SourceKind.OfficialStatement);

    private static readonly Source JointStatement = new(
        "US Department of State", "Joint statement by the United States, Japan and the Republic of Korea on Russia–DPRK military cooperation", null, new PartialDate(2024, 6, 24), SourceKind.OfficialStatement);

    public static Scenario Build() =>
        new ScenarioBuilder(
                "RussiaDprk2024",
                "The 2024 Russia–North Korea partnership: the Treaty on Comprehensive Strategic Partnership, North Korean munitions and troops for Russian cash and technology, the stances of South Korea, Japan, China and the United States, and the UN Security Council's DPRK sanctions.")
            .AddStates("RUS", "PRK", "KOR", "JPN", "CHN", "USA", "UKR")
            .AddActor(new Actor(new ActorId("UNSC"), ActorKind.Organisation, "United Nations Security Council"))
            .AddActor(new Actor(new ActorId("USA-DOD"), ActorKind.Agency, "US Department of Defense (the Pentagon)", speaksFor: new ActorId("USA")))
            .AddActor(new Actor(new ActorId("KOR-NIS"), ActorKind.Agency, "National Intelligence Service of the Republic of Korea", speaksFor: new ActorId("KOR")))
            .AddTreaty(RussiaDprk2024Treaty())
            .AddTreaty(RussiaDprk2000Treaty())
            .AddTreaty(ChinaDprk1961Treaty())
            .AddTreaty(UsRok1953Treaty())
            .AddTreaty(UsJapan1960Treaty())
            .AddTransfer(new Transfer(
                new TransferId("prk-rus-munitions-2023"), Prk, Rus, new DatePeriod(new PartialDate(2023, 9), new PartialDate(2023, 10, 13)),
                TransferStatus.Delivered,
                new MunitionsItem(MunitionsCategory.ArtilleryShells, new Quantity(Estimate.Over(1_000), "containers"), "military equipment and munitions"),
                Evidence.Of(Confidence.Confirmed, WhiteHouse),
                "Over 1,000 containers of military equipment and munitions delivered from September to 13 October 2023, per the White House."))
            .AddTransfer(new Transfer(
                new TransferId("prk-rus-munitions"), Prk, Rus, new DatePeriod(new PartialDate(2023, 10)),
                TransferStatus.Ongoing,
                new MunitionsItem(MunitionsCategory.ArtilleryShells, new Quantity(Estimate.Thousands, "containers"), "artillery shells and munitions"),
                Evidence.Of(Confidence.Reported, Article),
                "Moscow is reportedly receiving thousands of containers of artillery shells and munitions from Pyongyang."))
            .AddTransfer(new Transfer(
                new TransferId("prk-rus-troops"), Prk, Rus, new DatePeriod(new PartialDate(2024, 10)),
                TransferStatus.Ongoing,
                new PersonnelItem(Estimate.Over(10_000), PersonnelRole.CombatTroops, new PlaceId("KURSK"), inSupportOfOperations: true),
                Evidence.Of(Confidence.Confirmed, Pentagon, Article),
                "The Pentagon confirmed that North Korea sent over 10,000 troops to fight alongside Russian forces; some head to the Kursk region."))
            .AddTransfer(new Transfer(
                new TransferId("prk-rus-engineers"), Prk, Rus, new DatePeriod(new PartialDate(2024, 10)),
                TransferStatus.Ongoing,
                new PersonnelItem(Estimate.Unknown, PersonnelRole.MilitaryEngineers, null, inSupportOfOperations: true),
                Evidence.Of(Confidence.Reported, Article),
                "The North Korean presence reportedly includes technicians and military engineers embedded with Russian forces."))
            .AddTransfer(new Transfer(
                new TransferId("rus-prk-cash"), Rus, Prk, new DatePeriod(new PartialDate(2024)),
                TransferStatus.Ongoing,
                new MoneyItem(Money.Unknown(CurrencyCode.Usd)),
                Evidence.Of(Confidence.Reported, Article),
                "North Korea is receiving much-needed cash; the article states neither amount nor currency, so the amount is unknown and the currency is recorded as USD by convention."))
            .AddTransfer(new Transfer(
                new TransferId("rus-prk-resources"), Rus, Prk, new DatePeriod(new PartialDate(2024)),
                TransferStatus.Ongoing,
                new ResourcesItem(ResourceKind.Other, new Quantity(Estimate.Unknown, "unspecified"), "economic resources"),
                Evidence.Of(Confidence.Reported, Article),
                "In exchange for ammunition, North Korea receives Russian economic resources."))
            .AddTransfer(new Transfer(
                new TransferId("rus-prk-missile-tech"), Rus, Prk, new DatePeriod(new PartialDate(2024)),
                TransferStatus.Ongoing,
                new TechnologyItem(TechnologyDomain.BallisticMissiles, TechnologyForm.KnowHow, "expertise in advanced weapons technologies"),
                Evidence.Of(Confidence.Potential, Article),
                "Potentially, Russian expertise that could enhance North Korea's ballistic missiles."))
            .AddTransfer(new Transfer(
                new TransferId("rus-prk-nuclear-tech"), Rus, Prk, new DatePeriod(new PartialDate(2024)),
                TransferStatus.Ongoing,
                new TechnologyItem(TechnologyDomain.Nuclear, TechnologyForm.KnowHow, "expertise that could expand nuclear capabilities"),
                Evidence.Of(Confidence.Potential, Article),
                "Potentially, Russian expertise that could expand North Korea's nuclear capabilities."))
            .AddExchange(new Exchange(
                new ExchangeId("munitions-for-technology-and-cash"),
                [new TransferId("prk-rus-munitions-2023"), new TransferId("prk-rus-munitions"), new TransferId("prk-rus-troops"), new TransferId("prk-rus-engineers"),
                 new TransferId("rus-prk-cash"), new TransferId("rus-prk-resources"), new TransferId("rus-prk-missile-tech"), new TransferId("rus-prk-nuclear-tech")],
                Evidence.Of(Confidence.Reported, Article),
                "North Korean ammunition and troops for Russian technology, cash and economic resources."))
            .AddStance(JointCondemnation("usa", Usa, TreatyTarget2024))
            .AddStance(JointCondemnation("kor", Kor, TreatyTarget2024))
            .AddStance(JointCondemnation("jpn", Jpn, TreatyTarget2024))
            .AddStance(JointCondemnation("usa", Usa, MunitionsTarget))
            .AddStance(JointCondemnation("kor", Kor, MunitionsTarget))
            .AddStance(JointCondemnation("jpn", Jpn, MunitionsTarget))
            .AddStance(new Stance(
                new StanceId("kor-condemns-collaboration"), Kor, Partnership, StancePosition.Condemns, new PartialDate(2024, 10),
                Evidence.Of(Confidence.Reported, Article), via: new ActorId("KOR-NIS"),
                signals: [StanceSignal.Statement, StanceSignal.IntelligenceDisclosure],
                summary: "Seoul openly condemned the collaboration; its intelligence service released satellite imagery purportedly showing North Korean troops at Russian facilities."))
            .AddStance(new Stance(
                new StanceId("kor-monitoring-team"), Kor, new ActorTarget(Prk), StancePosition.Opposes, new PartialDate(2024, 10, 30),
                Evidence.Of(Confidence.Reported, Article),
                signals: [StanceSignal.MonitoringMission, StanceSignal.LethalAidConsidered],
                summary: "Seoul announced it will send a team to monitor Pyongyang's troops in Ukraine and is considering lethal aid to Ukraine."))
            .AddStance(new Stance(
                new StanceId("jpn-concerned-alliance"), Jpn, Partnership, StancePosition.Concerned, new PartialDate(2024, 10),
                Evidence.Of(Confidence.Reported, Article), signals: [StanceSignal.Statement],
                summary: "Japan expressed concerns about the alliance."))
            .AddStance(new Stance(
                new StanceId("jpn-exercises-usa"), Jpn, new ActorTarget(Usa), StancePosition.Supports, new PartialDate(2024),
                Evidence.Of(Confidence.Reported, Article), signals: [StanceSignal.JointExercises],
                summary: "Japan held joint military exercises with the United States and South Korea this year."))
            .AddStance(new Stance(
                new StanceId("jpn-exercises-kor"), Jpn, new ActorTarget(Kor), StancePosition.Supports, new PartialDate(2024),
                Evidence.Of(Confidence.Reported, Article), signals: [StanceSignal.JointExercises],
                summary: "Japan held joint military exercises with the United States and South Korea this year."))
            .AddStance(new Stance(
                new StanceId("usa-significant-escalation"), Usa, Partnership, StancePosition.Opposes, new PartialDate(2024, 10),
                Evidence.Of(Confidence.Reported, Article), signals: [StanceSignal.Statement],
                summary: "Washington views the partnership as a \"significant escalation\"."))
            .AddStance(new Stance(
                new StanceId("chn-uneasy-dprk-testing"), Chn, new ActorTarget(Prk), StancePosition.Concerned, new PartialDate(2024),
                Evidence.Of(Confidence.Reported, Article),
                summary: "Beijing has long been uneasy with North Korea's nuclear and ballistic missile testing."))
            .AddStance(new Stance(
                new StanceId("chn-uneasy-partnership"), Chn, Partnership, StancePosition.Concerned, new PartialDate(2024, 11),
                Evidence.Of(Confidence.Assessed, Article),
                summary: "China, which has avoided supplying Moscow with lethal aid, may feel uneasy with Pyongyang's direct military support for Russia."))
            .AddStance(new Stance(
                new StanceId("rus-endorses-treaty"), Rus, TreatyTarget2024, StancePosition.Endorses, new PartialDate(2024, 6, 19),
                Evidence.Of(Confidence.Confirmed, Kremlin), signals: [StanceSignal.Visit, StanceSignal.Statement],
                summary: "Russia signed the treaty during President Putin's visit to Pyongyang."))
            .AddStance(new Stance(
                new StanceId("prk-endorses-treaty"), Prk, TreatyTarget2024, StancePosition.Endorses, new PartialDate(2024, 6, 19),
                Evidence.Of(Confidence.Confirmed, Kremlin), signals: [StanceSignal.Visit, StanceSignal.Statement],
                summary: "North Korea signed the treaty and hosted President Putin in Pyongyang."))
            .AddStance(new Stance(
                new StanceId("rus-endorses-partnership"), Rus, Partnership, StancePosition.Endorses, new PartialDate(2024, 6, 19),
                Evidence.Of(Confidence.Confirmed, Kremlin), signals: [StanceSignal.Visit],
                summary: "Russia calls the relationship a comprehensive strategic partnership."))
            .AddStance(new Stance(
                new StanceId("prk-endorses-partnership"), Prk, Partnership, StancePosition.Endorses, new PartialDate(2024, 6, 19),
                Evidence.Of(Confidence.Confirmed, Kremlin), signals: [StanceSignal.Visit],
                summary: "North Korea calls the relationship a comprehensive strategic partnership."))
            .AddSanctionsRegime(new SanctionsRegime(
                new SanctionsRegimeId("unsc-dprk"), new ActorId("UNSC"), Prk,
                [new LegalInstrument("UNSCR 1718 (2006)", new PartialDate(2006, 10, 14)), new LegalInstrument("UNSCR 1874 (2009)", new PartialDate(2009, 6, 12)),
                 new LegalInstrument("UNSCR 2270 (2016)", new PartialDate(2016, 3, 2)), new LegalInstrument("UNSCR 2397 (2017)", new PartialDate(2017, 12, 22))],
                new DatePeriod(new PartialDate(2006, 10, 14)),
                [new ArmsEmbargo(EmbargoDirection.Both, "UNSCR 1718 (2006), 1874 (2009)"),
                 new TechnologyBan([TechnologyDomain.BallisticMissiles, TechnologyDomain.Nuclear], EmbargoDirection.Both, "UNSCR 1718 (2006), 2270 (2016)"),
                 new FinancialMeasure(FinancialMeasureKind.BulkCash, "UNSCR 2094 (2013), 2270 (2016)"),
                 new WorkerBan("UNSCR 2397 (2017)")],
                SanctionsBinding.AllStates,
                Evidence.Of(Confidence.Confirmed, UnSecurityCouncil),
                "UN Security Council sanctions on the DPRK"))
            .Build()
            .Match(scenario => scenario, errors => throw new InvalidOperationException(
                "The built-in scenario is invalid: " + string.Join("; ", errors)));

    private static ActorId Rus => new("RUS");

    private static ActorId Prk => new("PRK");

    private static ActorId Kor => new("KOR");

    private static ActorId Jpn => new("JPN");

    private static ActorId Chn => new("CHN");

    private static ActorId Usa => new("USA");

    private static StanceTarget TreatyTarget2024 => new TreatyTarget(new TreatyId("rus-prk-2024"));

    private static StanceTarget MunitionsTarget => new TransferTarget(new TransferId("prk-rus-munitions"));

    private static StanceTarget Partnership => new ActorsTarget([Prk, Rus]);

    private static Stance JointCondemnation(string holderKey, ActorId holder, StanceTarget target) =>
        new(new StanceId($"{holderKey}-condemns-{(target is TreatyTarget ? "treaty" : "arms-transfers")}"), holder, target, StancePosition.Condemns,
            new PartialDate(2024, 6, 24), Evidence.Of(Confidence.Confirmed, JointStatement), signals: [StanceSignal.Statement],
            summary: "The United States, South Korea and Japan jointly condemned the Russia–DPRK arms transfers and treaty.");

    private static Treaty RussiaDprk2024Treaty() =>
        new(new TreatyId("rus-prk-2024"),
            "Treaty on Comprehensive Strategic Partnership between the Russian Federation and the Democratic People's Republic of Korea",
            [
                new TreatyParty(Rus,
                    new Signature(new PartialDate(2024, 6, 19), Evidence.Of(Confidence.Confirmed, Kremlin)),
                    new Consent(ConsentKind.Ratification, new PartialDate(2024, 11, 9), Evidence.Of(Confidence.Confirmed, RussianLaw)),
                    [
                        new DomesticStep("State Duma approves ratification", new PartialDate(2024, 10, 24), Evidence.Of(Confidence.Confirmed, RussianLaw)),
                        new DomesticStep("Federation Council approves ratification", new PartialDate(2024, 11, 6), Evidence.Of(Confidence.Confirmed, RussianLaw)),
                        new DomesticStep("President signs the ratification law", new PartialDate(2024, 11, 9), Evidence.Of(Confidence.Confirmed, RussianLaw)),
                    ]),
                new TreatyParty(Prk,
                    new Signature(new PartialDate(2024, 6, 19), Evidence.Of(Confidence.Confirmed, Kremlin)),
                    new Consent(ConsentKind.Ratification, new PartialDate(2024, 11, 11), Evidence.Of(Confidence.Confirmed, Kcna))),
            ],
            new EntryIntoForceRule.OnExchangeOfInstruments(new PartialDate(2024, 12, 4)),
            Evidence.Of(Confidence.Confirmed, Kremlin, RussianForeignMinistry),
            new TreatyDuration.Indefinite(),
            [
                new MutualDefenceClause(new ClauseId("art4"), DefenceTrigger.StateOfWar, DefenceResponse.ImmediateMilitaryAssistance,
                    article: "Article 4",
                    summary: "If either party is put in a state of war by an armed attack, the other provides immediately military and other assistance with all means at its disposal."),
                new NoHostileAlliancesClause(new ClauseId("art5"), article: "Article 5",
                    summary: "Neither party joins an alliance or bloc directed against the other."),
                new MilitaryCooperationClause(new ClauseId("art8"), MilitaryCooperationForms.Exercises | MilitaryCooperationForms.Training | MilitaryCooperationForms.DefenceIndustry,
                    article: "Article 8", summary: "Joint measures to strengthen defence capabilities."),
                new TechnologyTransferClause(new ClauseId("art10"), [TechnologyDomain.Space, TechnologyDomain.Nuclear], article: "Article 10",
                    summary: "Cooperation in science and technology, including space research and peaceful nuclear energy."),
                new EconomicCooperationClause(new ClauseId("art11"), article: "Article 11", summary: "Economic, trade and investment cooperation."),
                new SanctionsOppositionClause(new ClauseId("art16"), article: "Article 16",
                    summary: "Both oppose unilateral coercive measures, including sanctions, and do not take part in them."),
            ],
            supersedes: [new TreatyId("rus-prk-2000")]);

    private static Treaty RussiaDprk2000Treaty() =>
        new(new TreatyId("rus-prk-2000"),
            "Treaty of Friendship, Good-Neighbourliness and Cooperation between the Russian Federation and the Democratic People's Republic of Korea",
            [
                new TreatyParty(Rus, new Signature(new PartialDate(2000, 2, 9), Evidence.Of(Confidence.Confirmed, RussiaDprk2000Text))),
                new TreatyParty(Prk, new Signature(new PartialDate(2000, 2, 9), Evidence.Of(Confidence.Confirmed, RussiaDprk2000Text))),
            ],
            new EntryIntoForceRule.Recorded(new PartialDate(2000)),
            Evidence.Of(Confidence.Confirmed, RussiaDprk2000Text),
            new TreatyDuration.Indefinite(),
            [
                new ConsultationClause(new ClauseId("art2"), article: "Article 2",
                    summary: "The parties contact each other without delay when a danger of aggression against one of them arises."),
            ]);

    private static Treaty ChinaDprk1961Treaty() =>
        new(new TreatyId("chn-prk-1961"),
            "Treaty of Friendship, Cooperation and Mutual Assistance between the People's Republic of China and the Democratic People's Republic of Korea",
            [
                new TreatyParty(Chn, new Signature(new PartialDate(1961, 7, 11), Evidence.Of(Confidence.Confirmed, ChinaDprkText))),
                new TreatyParty(Prk, new Signature(new PartialDate(1961, 7, 11), Evidence.Of(Confidence.Confirmed, ChinaDprkText))),
            ],
            new EntryIntoForceRule.Recorded(new PartialDate(1961, 9, 10)),
            Evidence.Of(Confidence.Confirmed, ChinaDprkText),
            new TreatyDuration.FixedTerm(Period.FromYears(20), renewsAutomatically: true, renewalTerm: Period.FromYears(20)),
            [
                new MutualDefenceClause(new ClauseId("art2"), DefenceTrigger.ArmedAttack, DefenceResponse.ImmediateMilitaryAssistance,
                    article: "Article II",
                    summary: "If either party is attacked and thus involved in a state of war, the other renders military and other assistance by all means at its disposal immediately."),
            ]);

    private static Treaty UsRok1953Treaty() =>
        new(new TreatyId("usa-kor-1953"),
            "Mutual Defense Treaty between the United States and the Republic of Korea",
            [
                new TreatyParty(Usa, new Signature(new PartialDate(1953, 10, 1), Evidence.Of(Confidence.Confirmed, UsRokText))),
                new TreatyParty(Kor, new Signature(new PartialDate(1953, 10, 1), Evidence.Of(Confidence.Confirmed, UsRokText))),
            ],
            new EntryIntoForceRule.Recorded(new PartialDate(1954, 11, 17)),
            Evidence.Of(Confidence.Confirmed, UsRokText),
            new TreatyDuration.Indefinite(),
            [
                new MutualDefenceClause(new ClauseId("art3"), DefenceTrigger.ArmedAttack, DefenceResponse.ConstitutionalProcesses,
                    new ClauseConditions(geographicScope: new GeographicScope([Usa, Kor], [Gazetteer.Pacific],
                        "in the Pacific area on either of the parties in territories now under their respective administrative control")),
                    article: "Article III",
                    summary: "An armed attack in the Pacific area on either party's territories is met in accordance with constitutional processes."),
                new MilitaryCooperationClause(new ClauseId("art4"), MilitaryCooperationForms.Bases, article: "Article IV",
                    guarantors: [Kor], beneficiaries: [Usa],
                    summary: "The Republic of Korea grants the United States the right to dispose land, air and sea forces in and about its territory."),
            ],
            withdrawalNotice: Period.FromYears(1));

    private static Treaty UsJapan1960Treaty() =>
        new(new TreatyId("usa-jpn-1960"),
            "Treaty of Mutual Cooperation and Security between Japan and the United States of America",
            [
                new TreatyParty(Usa, new Signature(new PartialDate(1960, 1, 19), Evidence.Of(Confidence.Confirmed, UsJapanText))),
                new TreatyParty(Jpn, new Signature(new PartialDate(1960, 1, 19), Evidence.Of(Confidence.Confirmed, UsJapanText))),
            ],
            new EntryIntoForceRule.Recorded(new PartialDate(1960, 6, 23)),
            Evidence.Of(Confidence.Confirmed, UsJapanText),
            new TreatyDuration.Indefinite(),
            [
                new MutualDefenceClause(new ClauseId("art5"), DefenceTrigger.ArmedAttack, DefenceResponse.ConstitutionalProcesses,
                    new ClauseConditions(geographicScope: new GeographicScope([Jpn], null, "in the territories under the administration of Japan")),
                    article: "Article V",
                    summary: "Each party acts against an armed attack on either party in the territories under the administration of Japan."),
                new MilitaryCooperationClause(new ClauseId("art6"), MilitaryCooperationForms.Bases, article: "Article VI",
                    guarantors: [Jpn], beneficiaries: [Usa],
                    summary: "The United States is granted the use of facilities and areas in Japan."),
            ],
            withdrawalNotice: Period.FromYears(1));
}
