"""Battles told in the wordings of French and English wire reports and analysts' notes,
written apart from the dev sets (Sahel, Lake Chad, Sudan, Congo, Somalia, Cameroon, Haiti,
Syria, Lebanon, Ukraine, Myanmar, Pakistan, India, Colombia, Mexico, the Philippines): each
sentence's ACLED type and sub-type, PLOVER type, doer (the attacker, else the first side of
"combats entre X et Y") and toll. The rules they pinned down: a French trigger noun the tagger
reads as a verb after a determiner ("un violent accrochage") is the noun; "prendre à partie",
"mettre en déroute", "trade fire", "shootout" and "wrest control" are battles."""

from __future__ import annotations

from functools import partial

import pytest

from coding import coded, events_of, probe_params, row_opening

_BATTLE = "Battles"
_CLASH = "Armed clash"
_TAKEN = "Non-state actor overtakes territory"
_RETAKEN = "Government regains territory"

# (text, ACLED type, sub-type, PLOVER type, actor1, fatalities; None: not asserted).
_ROWS: list[tuple[str, str, str, str, str | None, int | None]] = [
    (
        (
            "Des accrochages ont opposé mercredi des militaires nigériens à des combattants de "
            "l'État islamique au Sahel près de Tillabéri, faisant quatre morts côté armée."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "NER.MIL",
        4,
    ),
    (
        (
            "Des affrontements opposant l'armée soudanaise aux Forces de soutien rapide ont fait "
            "au moins 12 morts samedi à Babanusa, selon une source médicale."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "SDN.MIL",
        12,
    ),
    (
        (
            "De violents combats entre les rebelles du M23 et des miliciens wazalendo ont eu lieu "
            "lundi près de Masisi, dans le Nord-Kivu."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.M23",
        None,
    ),
    (
        (
            "Des échanges de tirs ont opposé dans la nuit des soldats camerounais à des "
            "séparatistes ambazoniens à Bamenda, dans le Nord-Ouest."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "CMR.MIL",
        None,
    ),
    (
        (
            "Une embuscade tendue par des jihadistes du JNIM contre un convoi de l'armée malienne "
            "a fait neuf morts parmi les soldats près de Boni."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.JNIM",
        9,
    ),
    (
        (
            "Des hommes armés ont attaqué dans la nuit de lundi une position de l'armée burkinabè "
            "à Djibo. Huit soldats ont été tués, selon une source sécuritaire."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        None,
        8,
    ),
    (
        (
            "Des combattants de l'EIGS ont attaqué jeudi un poste militaire à Tessit, dans la "
            "région de Gao."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.IS_SAHEL",
        None,
    ),
    (
        (
            "L'armée nigérienne a repoussé une attaque de combattants de Boko Haram contre sa "
            "base de Diffa, tuant une vingtaine d'assaillants."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.BOKO_HARAM",
        20,
    ),
    (
        (
            "Les Forces armées maliennes ont neutralisé 15 terroristes lors d'une opération de "
            "ratissage dans le secteur de Ségou, selon un communiqué de l'état-major."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "MLI.MIL",
        15,
    ),
    (
        (
            "L'armée togolaise affirme avoir neutralisé six terroristes qui tentaient de s'en "
            "prendre à un poste avancé dans la région des Savanes."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "TGO.MIL",
        6,
    ),
    (
        (
            "Les rebelles de l'Armée d'Arakan ont pris le contrôle de la localité de Ponnagyun "
            "après plusieurs semaines de combats avec la junte."
        ),
        _BATTLE,
        _TAKEN,
        "ASSAULT",
        "GRP.ARAKAN_ARMY",
        None,
    ),
    (
        (
            "L'armée soudanaise a repris la ville de Wad Madani aux Forces de soutien rapide, a "
            "annoncé son porte-parole."
        ),
        _BATTLE,
        _RETAKEN,
        "ASSAULT",
        "SDN.MIL",
        None,
    ),
    (
        (
            "Les FARDC ont repris samedi le contrôle de la cité de Kitshanga, occupée depuis des "
            "mois par le M23."
        ),
        _BATTLE,
        _RETAKEN,
        "ASSAULT",
        "COD.MIL",
        None,
    ),
    (
        (
            "Les shebab ont lancé un assaut contre une base de l'armée somalienne à Mahas, dans "
            "la région de Hiiraan."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.SHABAAB",
        None,
    ),
    (
        (
            "Les forces russes ont lancé une nouvelle offensive contre les troupes ukrainiennes "
            "près de Koupiansk."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "RUS.MIL",
        None,
    ),
    (
        (
            "Des éléments de la CPC ont mené une attaque contre la base des forces armées "
            "centrafricaines à Sam Ouandja."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.CPC",
        None,
    ),
    (
        (
            "Cinq soldats tchadiens ont été tués lors d'une attaque contre leur convoi près de "
            "Baga Sola. L'attaque a été revendiquée par Boko Haram."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.BOKO_HARAM",
        5,
    ),
    (
        (
            "Un poste de gendarmerie a été attaqué dans la nuit de samedi à dimanche à Kantchari, "
            "dans l'est du Burkina Faso."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        None,
        None,
    ),
    (
        (
            "Un poste de gendarmerie a été attaqué lundi à Karimama, dans le nord du Bénin. Les "
            "assaillants, des jihadistes du JNIM, ont tué deux gendarmes."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.JNIM",
        2,
    ),
    (
        (
            "Le camp militaire de Diafarabé a été la cible d'une attaque jeudi soir. Le JNIM a "
            "revendiqué l'attaque dans un communiqué."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.JNIM",
        None,
    ),
    (
        (
            "Des soldats israéliens ont affronté des combattants du Hezbollah près du village de "
            "Khiam, dans le sud du Liban."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "ISR.MIL",
        None,
    ),
    (
        (
            "Des heurts armés entre l'armée syrienne et des combattants des FDS ont éclaté mardi "
            "à Deir Hafer, à l'est d'Alep."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "SYR.MIL",
        None,
    ),
    (
        (
            "La coalition Viv Ansanm a attaqué le commissariat de Mirebalais, où les policiers "
            "ont résisté plusieurs heures."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.VIV_ANSANM",
        None,
    ),
    (
        (
            "Une fusillade a éclaté entre des policiers haïtiens et des membres du gang 5 Segonn "
            "à Port-au-Prince, faisant trois morts parmi les bandits."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "HTI.POL",
        3,
    ),
    (
        (
            "Des combattants du TTP ont attaqué un poste de contrôle de l'armée pakistanaise dans "
            "le Waziristan du Nord, tuant sept soldats."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.TTP",
        7,
    ),
    (
        (
            "L'armée nigériane a déclaré avoir tué 11 combattants de l'ISWAP lors d'une opération "
            "dans la forêt de Sambisa."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "NGA.MIL",
        11,
    ),
    (
        (
            "Les shebab ont pris le contrôle de la ville de Moqokori après avoir chassé les "
            "forces gouvernementales."
        ),
        _BATTLE,
        _TAKEN,
        "ASSAULT",
        "GRP.SHABAAB",
        None,
    ),
    (
        "Des combats ont opposé dimanche les rebelles du MNDAA à l'armée birmane autour de Lashio.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.MNDAA",
        None,
    ),
    (
        (
            "Deux militaires ont été tués et quatre blessés lors d'accrochages avec des "
            "jihadistes à Kaya, au Burkina Faso, a indiqué l'armée."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "BFA.MIL",
        2,
    ),
    (
        (
            "L'armée colombienne a mené une offensive contre des dissidents des FARC dans le "
            "Cauca, tuant quatre guérilleros."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "COL.MIL",
        4,
    ),
    (
        (
            "Les rebelles du FLA affirment avoir repoussé une offensive de l'armée malienne près "
            "de Tinzaouaten, tuant plusieurs soldats."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "MLI.MIL",
        3,
    ),
    (
        (
            "Une attaque contre le camp de l'armée à Ouallam a fait 10 morts parmi les soldats "
            "nigériens. Elle a été revendiquée par l'État islamique au Sahel."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.IS_SAHEL",
        10,
    ),
    (
        (
            "Au Mozambique, des insurgés ont attaqué une position des forces rwandaises à "
            "Mocímboa da Praia."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        None,
        None,
    ),
    (
        (
            "Les jihadistes ont pris d'assaut le poste militaire de Tiloa après de violents "
            "combats avec l'armée nigérienne."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        None,
        None,
    ),
    (
        (
            "A gunfight between soldiers and suspected ELN guerrillas left five dead in Arauca on "
            "Sunday, the Colombian army said."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "COL.MIL",
        5,
    ),
    (
        (
            "Philippine troops and Abu Sayyaf militants engaged in a firefight in Sulu province, "
            "killing three militants."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "PHL.MIL",
        3,
    ),
    (
        (
            "An exchange of fire between Indian soldiers and militants in Kupwara district left "
            "two militants dead, police said."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "IND.MIL",
        2,
    ),
    (
        (
            "Al-Shabaab fighters overran the town of Adan Yabaal on Tuesday after heavy fighting "
            "with government troops."
        ),
        _BATTLE,
        _TAKEN,
        "ASSAULT",
        "GRP.SHABAAB",
        None,
    ),
    (
        (
            "Ukrainian forces recaptured the village of Robotyne in Zaporizhzhia region, the "
            "general staff said."
        ),
        _BATTLE,
        _RETAKEN,
        "ASSAULT",
        "UKR.MIL",
        None,
    ),
    (
        (
            "JNIM militants ambushed an army patrol near Dori, killing 12 soldiers, security "
            "sources said."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.JNIM",
        12,
    ),
    (
        (
            "Gunmen stormed a police base in Turbat district overnight, sparking an hours-long "
            "gunbattle in which four policemen were killed."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        None,
        4,
    ),
    (
        "The Nigerian army said it killed 22 Boko Haram militants in an operation in Borno state.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "NGA.MIL",
        22,
    ),
    (
        (
            "Houthi fighters clashed with government forces on the outskirts of Marib on "
            "Wednesday, leaving eight dead on both sides."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.HOUTHI",
        8,
    ),
    (
        "Fano militiamen attacked an Ethiopian army camp in the Gojjam zone of Amhara on Friday.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.FANO",
        None,
    ),
    (
        (
            "A police checkpoint came under attack in North Waziristan on Monday. The Pakistani "
            "Taliban (TTP) claimed responsibility."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.TTP",
        None,
    ),
    (
        (
            "Junta troops recaptured the town of Kyaukme from the TNLA after a three-week "
            "counteroffensive."
        ),
        _BATTLE,
        _RETAKEN,
        "ASSAULT",
        "MMR.MIL",
        None,
    ),
    (
        (
            "Kachin Independence Army rebels seized the town of Bhamo after weeks of fighting "
            "with junta troops."
        ),
        _BATTLE,
        _TAKEN,
        "ASSAULT",
        "GRP.KIA",
        None,
    ),
    (
        (
            "Heavy fighting between the RSF and the Sudanese army erupted in El Obeid on "
            "Thursday, residents said."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.RSF",
        None,
    ),
    (
        (
            "Hezbollah fighters clashed with Israeli troops trying to advance into the village of "
            "Aitaroun."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.HEZBOLLAH",
        None,
    ),
    (
        (
            "Islamic State militants raided a military position in Macomia, Mozambique, killing "
            "two soldiers."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.IS_MOZ",
        2,
    ),
    (
        (
            "Government forces repelled an attack by ISWAP fighters on a base in Monguno, killing "
            "15 of the assailants, a military spokesman said."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.ISWAP",
        15,
    ),
    (
        (
            "Congolese soldiers and M23 rebels exchanged fire near Sake on Thursday, local "
            "officials said."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "COD.MIL",
        None,
    ),
    (
        "Israeli troops battled Hamas gunmen in Jabalia overnight, the military said.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "ISR.MIL",
        None,
    ),
    (
        (
            "Russian forces captured the village of Novoselivka in Donetsk region, the Russian "
            "defence ministry said."
        ),
        _BATTLE,
        _TAKEN,
        "ASSAULT",
        "RUS.MIL",
        None,
    ),
    (
        (
            "Soldiers killed six militants in an operation in Balochistan's Kech district, the "
            "military's media wing said."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "PAK.MIL",
        6,
    ),
    (
        (
            "A military post in Tillaberi was attacked on Saturday. Islamic State Sahel Province "
            "said its fighters carried out the assault."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.IS_SAHEL",
        None,
    ),
    (
        (
            "Une patrouille de l'armée malienne a été prise à partie mardi par des individus "
            "armés près de Macina."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        None,
        None,
    ),
    (
        (
            "Une unité des FAMa est tombée dans une embuscade près de Dioura ; le bilan fait état "
            "de quatre militaires tués."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        None,
        4,
    ),
    (
        (
            "La localité de Rutshuru est tombée aux mains des rebelles du M23 dimanche, après "
            "deux jours de combats."
        ),
        _BATTLE,
        _TAKEN,
        "ASSAULT",
        "GRP.M23",
        None,
    ),
    (
        (
            "Les militaires burkinabè ont délogé les terroristes de leurs positions autour de "
            "Diapaga au terme de combats acharnés."
        ),
        _BATTLE,
        _RETAKEN,
        "ASSAULT",
        "BFA.MIL",
        None,
    ),
    (
        (
            "Les soldats ont riposté vigoureusement à une attaque terroriste contre le poste de "
            "Sebba, a indiqué l'armée burkinabè."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        None,
        None,
    ),
    (
        (
            "Les combattants du JNIM sont entrés jeudi dans la ville de Djibo après avoir mis en "
            "déroute les VDP."
        ),
        _BATTLE,
        _TAKEN,
        "ASSAULT",
        "GRP.JNIM",
        None,
    ),
    (
        (
            "L'armée tchadienne a libéré la localité de Ngouboua, occupée par Boko Haram, au "
            "terme d'une contre-offensive."
        ),
        _BATTLE,
        _RETAKEN,
        "ASSAULT",
        "TCD.MIL",
        None,
    ),
    (
        (
            "Les forces de défense et de sécurité ont subi une attaque complexe à Tahoua, qui a "
            "fait 11 morts dans leurs rangs."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        None,
        11,
    ),
    (
        (
            "Une tentative d'incursion des shebab a été repoussée par les forces kényanes à "
            "Mandera ; trois assaillants ont été abattus."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.SHABAAB",
        3,
    ),
    (
        (
            "Les Forces armées soudanaises ont reconquis le palais présidentiel de Khartoum après "
            "de violents combats contre les FSR."
        ),
        _BATTLE,
        _RETAKEN,
        "ASSAULT",
        "SDN.MIL",
        None,
    ),
    (
        "Des combats ont éclaté mercredi à Goma entre les FARDC et les rebelles du M23.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "COD.MIL",
        None,
    ),
    (
        (
            "L'armée a affronté des hommes armés à Kidal, où deux soldats ont perdu la vie, selon "
            "une source militaire malienne."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "MLI.MIL",
        2,
    ),
    (
        (
            "L'attaque du poste de police de Lolgorien par des hommes armés a fait deux morts "
            "parmi les policiers kényans."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        None,
        2,
    ),
    (
        "Les miliciens de la CODECO ont attaqué une position des FARDC à Djugu, en Ituri.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.CODECO",
        None,
    ),
    (
        (
            "Les forces armées ukrainiennes ont contre-attaqué près de Koursk, où elles "
            "affrontent l'armée russe."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "UKR.MIL",
        None,
    ),
    (
        (
            "Des éléments de l'État islamique ont tenté de s'infiltrer dans un camp militaire de "
            "la province de Salaheddine ; l'armée irakienne a tué cinq d'entre eux."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.IS",
        5,
    ),
    (
        (
            "Les insurgés ont investi la ville de Mocímboa da Praia après trois jours de combats "
            "contre l'armée mozambicaine."
        ),
        _BATTLE,
        _TAKEN,
        "ASSAULT",
        None,
        None,
    ),
    (
        (
            "Un violent accrochage entre gendarmes et coupeurs de route a eu lieu samedi près de "
            "Garoua, au Cameroun, faisant un mort parmi les bandits."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "CMR.POL",
        1,
    ),
    (
        (
            "L'armée a mené un raid contre un repaire de l'ISWAP près de Gwoza, tuant huit "
            "combattants."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "NGA.MIL",
        8,
    ),
    (
        "Les Casques bleus de la Monusco ont essuyé des tirs de miliciens à Fataki.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        None,
        None,
    ),
    (
        (
            "A military convoy came under attack near Gao on Sunday, killing three soldiers. JNIM "
            "later claimed the ambush."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.JNIM",
        3,
    ),
    (
        "Soldiers were ambushed by suspected ISWAP fighters near Damboa, losing four men.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.ISWAP",
        4,
    ),
    (
        "The town of Pibor fell to the White Army on Monday after clashes with SSPDF troops.",
        _BATTLE,
        _TAKEN,
        "ASSAULT",
        "GRP.WHITE_ARMY",
        None,
    ),
    (
        "Army troops drove al-Shabaab out of the town of Harardhere, the Somali government said.",
        _BATTLE,
        _RETAKEN,
        "ASSAULT",
        "SOM.MIL",
        None,
    ),
    (
        "Police traded fire with gang members in Croix-des-Bouquets for several hours on Friday.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "HTI.POL",
        None,
    ),
    (
        (
            "Security forces engaged a group of militants in Khyber district, killing five of "
            "them, the Pakistani military said."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "PAK.MIL",
        5,
    ),
    (
        "The RSF took over the town of En Nahud, in West Kordofan, after the army withdrew.",
        _BATTLE,
        _TAKEN,
        "ASSAULT",
        "GRP.RSF",
        None,
    ),
    (
        "Syrian government forces retook the village of Kafr Nabudah from HTS fighters.",
        _BATTLE,
        _RETAKEN,
        "ASSAULT",
        "SYR.MIL",
        None,
    ),
    (
        (
            "A shootout broke out between Mexican soldiers and cartel gunmen in Culiacan, leaving "
            "four gunmen dead."
        ),
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "MEX.MIL",
        4,
    ),
    (
        "Arakan Army fighters wrested control of the border town of Maungdaw from junta forces.",
        _BATTLE,
        _TAKEN,
        "ASSAULT",
        "GRP.ARAKAN_ARMY",
        None,
    ),
]


_row = partial(row_opening, _ROWS)


_MISSED: dict[str, str] = {
    _row("Deux militaires ont été tués et quatre blessés lors d'accrochages"): (
        "soldiers killed in clashes with unnamed jihadists give the clash no doer"
    ),
    _row("Une attaque contre le camp de l'armée à Ouallam"): (
        "a claim by pronoun in the next sentence does not replace the army read as doer"
    ),
    _row("Gunmen stormed a police base"): "the toll of the gunbattle's relative clause is lost",
    _row("Russian forces captured the village"): (
        "Russian forces taking a Ukrainian village are read as regaining territory"
    ),
    _row("Les soldats ont riposté vigoureusement"): (
        "the soldiers who fought back are read as doers of the unnamed attack"
    ),
    _row("Les combattants du JNIM sont entrés jeudi"): (
        "entering a town after routing its defenders is not read as taking it"
    ),
    _row("Une tentative d'incursion des shebab"): (
        "a repelled incursion attempt gives only the shooting of the assailants"
    ),
    _row("Des éléments de l'État islamique ont tenté de s'infiltrer"): (
        "an infiltration attempt is no event; the army's killing reads as an attack"
    ),
    _row("L'armée a mené un raid contre un repaire"): (
        "a raid on a hideout is read as an air strike"
    ),
    _row("Soldiers were ambushed by suspected ISWAP"): "'losing four men' gives no toll",
    _row("Army troops drove al-Shabaab out"): "'drive X out of a town' is no trigger",
}


@pytest.mark.parametrize(
    ("text", "acled_type", "subtype", "plover", "doer", "toll"),
    probe_params(_ROWS, _MISSED),
)
def test_battle_recall(
    text: str, acled_type: str, subtype: str, plover: str, doer: str | None, toll: int | None
) -> None:
    """The sentence gives an event of its type, sub-type and PLOVER type, done by ``doer``
    (None: by no one named) with the toll given."""
    event = next((e for e in events_of(text) if e.acled_subtype == subtype), None)
    assert event is not None, coded(text)
    assert (event.acled_type, event.plover_type) == (acled_type, plover), coded(text)
    assert (event.actor1.canonical_id if event.actor1 else None) == doer, coded(text)
    if toll is not None:
        assert event.quantities["fatalities"] == toll, coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Les accrochages entre l'armée et les jihadistes sont fréquents dans cette zone "
        "frontalière, selon des élus locaux.",
        "The army regularly clashes with militants in the forested border area, analysts say.",
        "Le président a appelé les soldats à combattre avec courage lors d'une cérémonie à Niamey.",
        "The minister said troops would never trade fire with protesters.",
    ],
)
def test_battle_recall_no_realised_clash(text: str) -> None:
    """Habitual statements, appeals and promises make no realised battle."""
    assert all(not (e.acled_type == _BATTLE and e.status == "realised") for e in events_of(text)), (
        coded(text)
    )
