"""Recall of MOBILIZE and RETREAT by wording: deployments, reinforcements, troops or fighters
massed, reservists called up, recruitment and conscription drives, bases and headquarters set
up, groups merged and commanders named; withdrawals, pull-outs, forces leaving or evacuating
their positions, fighters laying down their arms or giving themselves up to the army, groups
dissolving themselves, fighters demobilised. Each sentence is written as wire services and
ACLED notes tell such moves, in many conflicts; a presence dated by a past deployment or
forces merely stationed somewhere make no event."""

from __future__ import annotations

import pytest

from coding import coded, events_of, probe_params

SD = "Strategic developments"
OTHER = "Other"
CHANGE = "Change to group/activity"
BASE = "Headquarters or base established"
TERRITORY = "Non-violent transfer of territory"

ROWS: list[tuple[str, str, str, str | None]] = [
    # French, MOBILIZE
    (
        "L'armée malienne a déployé lundi plusieurs centaines de soldats à Léré, dans la région "
        "de Tombouctou.",
        "MOBILIZE",
        OTHER,
        "MLI.MIL",
    ),
    (
        "Le Tchad a envoyé un millier de soldats supplémentaires dans la zone du lac Tchad.",
        "MOBILIZE",
        OTHER,
        "TCD.MIL",
    ),
    (
        "Des renforts de l'armée burkinabè sont arrivés mercredi à Djibo après l'attaque.",
        "MOBILIZE",
        OTHER,
        "BFA.MIL",
    ),
    (
        "Les FARDC ont acheminé des renforts vers Sake pour contenir l'avancée du M23.",
        "MOBILIZE",
        OTHER,
        "COD.MIL",
    ),
    (
        "Le M23 a massé des combattants aux abords de Goma, selon des sources sécuritaires.",
        "MOBILIZE",
        OTHER,
        "GRP.M23",
    ),
    (
        "Le gouvernement nigérien a décrété la mobilisation générale des réservistes.",
        "MOBILIZE",
        CHANGE,
        "NER.GOV",
    ),
    (
        "Les autorités burkinabè ont lancé une vaste campagne de recrutement de Volontaires "
        "pour la défense de la patrie.",
        "MOBILIZE",
        CHANGE,
        "BFA.GOV",
    ),
    (
        "Le JNIM a installé une base dans la forêt de Kodjoari, selon des habitants.",
        "MOBILIZE",
        BASE,
        "GRP.JNIM",
    ),
    ("Les wazalendo ont établi leur quartier général à Kitshanga.", "MOBILIZE", BASE, None),
    (
        "Plusieurs groupes armés du nord du Mali ont fusionné au sein d'une nouvelle "
        "coalition, le Front de libération de l'Azawad.",
        "MOBILIZE",
        CHANGE,
        "GRP.FLA",
    ),
    (
        "Une nouvelle milice d'autodéfense a été créée dans le territoire de Djugu.",
        "MOBILIZE",
        CHANGE,
        None,
    ),
    (
        "Le groupe rebelle CODECO a nommé un nouveau chef militaire après la mort de son "
        "commandant.",
        "MOBILIZE",
        CHANGE,
        "GRP.CODECO",
    ),
    (
        "Le Niger a rappelé ses réservistes pour faire face à la menace jihadiste.",
        "MOBILIZE",
        CHANGE,
        "NER.MIL",
    ),
    (
        "La Russie a dépêché des instructeurs militaires supplémentaires à Bamako.",
        "MOBILIZE",
        OTHER,
        "RUS.MIL",
    ),
    (
        "Le Rwanda a renforcé sa présence militaire le long de la frontière avec la RDC.",
        "MOBILIZE",
        OTHER,
        "RWA.MIL",
    ),
    ("Des soldats tchadiens ont été déployés à N'Djamena.", "MOBILIZE", OTHER, "TCD.MIL"),
    # French, RETREAT
    (
        "Les soldats français se sont retirés de la base de Gossi mardi.",
        "RETREAT",
        TERRITORY,
        "FRA.MIL",
    ),
    (
        "Les rebelles du M23 se sont repliés vers Rutshuru après des combats avec l'armée.",
        "RETREAT",
        TERRITORY,
        "GRP.M23",
    ),
    ("Les militaires maliens ont quitté le camp de Kidal jeudi.", "RETREAT", TERRITORY, "MLI.MIL"),
    (
        "L'armée nigérienne a évacué ses positions de Tabatol après plusieurs attaques.",
        "RETREAT",
        TERRITORY,
        "NER.MIL",
    ),
    (
        "Une centaine de combattants de la CODECO ont déposé les armes devant les autorités à "
        "Bunia.",
        "RETREAT",
        CHANGE,
        "GRP.CODECO",
    ),
    (
        "Une vingtaine d'éléments de Boko Haram se sont rendus à l'armée camerounaise à Mora.",
        "RETREAT",
        CHANGE,
        "GRP.BOKO_HARAM",
    ),
    (
        "Des combattants de l'EIGS se sont rendus aux autorités nigériennes à Tillabéri.",
        "RETREAT",
        CHANGE,
        "GRP.IS_SAHEL",
    ),
    ("Le groupe armé Twirwaneho a annoncé sa dissolution.", "RETREAT", CHANGE, "GRP.TWIRWANEHO"),
    (
        "Les forces tchadiennes ont annoncé leur retrait de la zone des trois frontières.",
        "RETREAT",
        TERRITORY,
        "TCD.MIL",
    ),
    (
        "La Minusma a achevé le retrait de ses casques bleus de la base de Tessalit.",
        "RETREAT",
        TERRITORY,
        "IGO.MINUSMA",
    ),
    (
        "Des miliciens Maï-Maï se sont rendus avec leurs armes aux FARDC à Beni.",
        "RETREAT",
        CHANGE,
        "GRP.MAI_MAI",
    ),
    (
        "Le M23 s'est retiré de la localité de Kibumba, conformément à la feuille de route de "
        "Luanda.",
        "RETREAT",
        TERRITORY,
        "GRP.M23",
    ),
    (
        "Les combattants du FLA ont abandonné leurs positions à Anefis à l'approche de l'armée.",
        "RETREAT",
        TERRITORY,
        "GRP.FLA",
    ),
    (
        "Environ 200 ex-combattants de la CODECO ont été démobilisés à Bunia dans le cadre du "
        "programme DDR.",
        "RETREAT",
        CHANGE,
        "GRP.CODECO",
    ),
    (
        "Les troupes burundaises ont quitté le territoire de Masisi, selon la société civile.",
        "RETREAT",
        TERRITORY,
        "BDI.MIL",
    ),
    (
        "Le groupe d'autodéfense Dan Na Ambassagou a annoncé qu'il se retirait de la localité "
        "de Bandiagara.",
        "RETREAT",
        TERRITORY,
        "GRP.DAN_NA_AMBASSAGOU",
    ),
    # English, MOBILIZE
    (
        "Nigeria deployed 500 troops to Zamfara state on Tuesday following a wave of kidnappings.",
        "MOBILIZE",
        OTHER,
        "NGA.MIL",
    ),
    (
        "Military reinforcements arrived in Mogadishu on Wednesday ahead of the offensive.",
        "MOBILIZE",
        OTHER,
        None,
    ),
    (
        "Russia massed troops near the border with Ukraine, satellite images showed.",
        "MOBILIZE",
        OTHER,
        "RUS.MIL",
    ),
    (
        "The Israeli army called up 300,000 reservists after the attack.",
        "MOBILIZE",
        CHANGE,
        "ISR.MIL",
    ),
    (
        "Ukraine launched a new conscription drive to replenish its depleted brigades.",
        "MOBILIZE",
        CHANGE,
        "UKR.MIL",
    ),
    (
        "Al-Shabaab set up a new base in the Middle Shabelle region, residents said.",
        "MOBILIZE",
        BASE,
        "GRP.SHABAAB",
    ),
    (
        "The Sudanese army established a new headquarters in Port Sudan.",
        "MOBILIZE",
        BASE,
        "SDN.MIL",
    ),
    (
        "Several armed groups in eastern Congo merged to form a new coalition.",
        "MOBILIZE",
        CHANGE,
        None,
    ),
    (
        "A new armed group calling itself the Popular Resistance was formed in Kordofan.",
        "MOBILIZE",
        CHANGE,
        None,
    ),
    (
        "The Taliban appointed a new commander for Panjshir province.",
        "MOBILIZE",
        CHANGE,
        "GRP.TALIBAN",
    ),
    (
        "The RSF recruited hundreds of young men in Darfur, according to local sources.",
        "MOBILIZE",
        CHANGE,
        "GRP.RSF",
    ),
    (
        "Ethiopia dispatched troops to the Amhara region to quell the unrest.",
        "MOBILIZE",
        OTHER,
        "ETH.MIL",
    ),
    (
        "The United States sent two warships to the eastern Mediterranean.",
        "MOBILIZE",
        OTHER,
        "USA.MIL",
    ),
    ("Ugandan troops were deployed to Bunia on Monday.", "MOBILIZE", OTHER, "UGA.MIL"),
    (
        "Houthi rebels mobilised thousands of fighters in Hodeidah.",
        "MOBILIZE",
        CHANGE,
        "GRP.HOUTHI",
    ),
    ("Ukraine's army announced a recruitment drive.", "MOBILIZE", CHANGE, "UKR.MIL"),
    # English, RETREAT
    (
        "French troops withdrew from Niger's capital Niamey on Friday.",
        "RETREAT",
        TERRITORY,
        "FRA.MIL",
    ),
    ("Russian forces pulled out of Kherson city on Friday.", "RETREAT", TERRITORY, "RUS.MIL"),
    (
        "The M23 rebels retreated from Kibumba after clashes with the army.",
        "RETREAT",
        TERRITORY,
        "GRP.M23",
    ),
    (
        "Al-Shabaab fighters abandoned their positions in Hiraan as government forces advanced.",
        "RETREAT",
        TERRITORY,
        "GRP.SHABAAB",
    ),
    (
        "Dozens of Boko Haram fighters surrendered to the Nigerian army in Borno state.",
        "RETREAT",
        CHANGE,
        "GRP.BOKO_HARAM",
    ),
    ("About 100 ISWAP militants laid down their arms in Bama.", "RETREAT", CHANGE, "GRP.ISWAP"),
    ("The FDLR announced it was disbanding.", "RETREAT", CHANGE, "GRP.FDLR"),
    (
        "Israel announced the withdrawal of its troops from southern Lebanon.",
        "RETREAT",
        TERRITORY,
        "ISR.MIL",
    ),
    ("Ethiopian troops left the town of Baidoa on Sunday.", "RETREAT", TERRITORY, "ETH.MIL"),
    (
        "More than 300 former Kamuina Nsapu fighters were demobilised in Kasai province.",
        "RETREAT",
        CHANGE,
        "GRP.KAMUINA_NSAPU",
    ),
    (
        "UN peacekeepers vacated their base in Kidal ahead of schedule.",
        "RETREAT",
        TERRITORY,
        "IGO.MINUSMA",
    ),
    ("The Wagner Group announced it was leaving Mali.", "RETREAT", TERRITORY, "GRP.WAGNER"),
    (
        "Nigerian troops evacuated their positions in the town of Malam Fatori.",
        "RETREAT",
        TERRITORY,
        "NGA.MIL",
    ),
    ("The army withdrew its soldiers from the Kidal camp.", "RETREAT", TERRITORY, "MLI.MIL"),
]

MISSED = {
    "Les wazalendo ont établi leur quartier général à Kitshanga.": (
        "'wazalendo' names no actor in the actor lists, so the base has no doer"
    ),
    "Une nouvelle milice d'autodéfense a été créée dans le territoire de Djugu.": (
        "a group formed in the passive ('a été créée') with no name: no trigger for 'créer'"
    ),
    "Military reinforcements arrived in Mogadishu on Wednesday ahead of the offensive.": (
        "no doer named: the story country's army is not read off the place"
    ),
    "Several armed groups in eastern Congo merged to form a new coalition.": (
        "unnamed groups merging: no actor, so the merger is dropped"
    ),
    "A new armed group calling itself the Popular Resistance was formed in Kordofan.": (
        "a group formed in the passive: no trigger for 'form', the new name is no known actor"
    ),
    "The Wagner Group announced it was leaving Mali.": (
        "'leave' needs troops as subject; 'it' standing for an armed group is not read so"
    ),
}


@pytest.mark.parametrize(("text", "plover", "subtype", "doer"), probe_params(ROWS, MISSED))
def test_mobilize_retreat_recall_wording(
    text: str, plover: str, subtype: str, doer: str | None
) -> None:
    """Each wording makes a Strategic development of its PLOVER type and ACLED sub-type,
    done by the force that moves, surrenders or sets up."""
    assert any(
        e.plover_type == plover
        and e.acled_type == SD
        and e.acled_subtype == subtype
        and (doer is None or (e.actor1 is not None and e.actor1.canonical_id == doer))
        for e in events_of(text)
    ), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "La force Barkhane, présente au Mali depuis son déploiement en 2014, reste discrète.",
        "Les soldats stationnés dans la ville n'ont pas réagi.",
        "The troops stationed there since 2013 did not respond.",
        "French forces, deployed in the Sahel since 2013, have lost 58 soldiers to date.",
        "Le ministre de la Défense s'est rendu à Bamako mardi.",
        "The ministry said operations against fighters who refuse to lay down their arms would "
        "continue.",
    ],
)
def test_mobilize_retreat_recall_background(text: str) -> None:
    """A presence dated by a past deployment, forces stationed somewhere, fighters described
    by what they refuse to do, or a minister going to a town ("s'est rendu à Bamako": a
    visit, not a surrender) tell no move of forces."""
    assert not {"MOBILIZE", "RETREAT"} & {e.plover_type for e in events_of(text)}, coded(text)


def test_mobilize_retreat_recall_disarmed_by_another() -> None:
    """ "unless Hezbollah was disarmed": the passive subject of "disarm" is made to give up
    its arms, not the doer, unlike forces deployed or demobilised."""
    text = "Israel would intensify its strikes unless Hezbollah was disarmed."
    event = next(e for e in events_of(text) if e.plover_type == "RETREAT")
    assert event.actor1 is None or event.actor1.canonical_id != "GRP.HEZBOLLAH", coded(text)
