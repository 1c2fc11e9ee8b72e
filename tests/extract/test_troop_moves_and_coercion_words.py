"""Words for forces moving, digging in or leaving, and for coercion by the authorities, that
the trigger lexicon lacked: "troops departed", "mustered fighters", "put on standby", "une
colonne de blindés", "des renforts affluent vers", "dug trenches", "a proscrit le parti",
"forcibly displaced". Sentences are our own, modelled on wire reports and analyst notes from
several conflicts; the negatives use the same words in their everyday senses."""

from __future__ import annotations

import pytest

from coding import assert_realised_doer, coded, events_of, probe_params

MOVED = "Non-violent transfer of territory"
BASE = "Headquarters or base established"
GROUP = "Change to group/activity"

DEEDS = [
    # troops leaving
    ("Russian troops departed the base in Kidal on Tuesday.", "RETREAT", MOVED, "RUS"),
    ("The last French soldiers departed from Niamey on Friday.", "RETREAT", MOVED, "FRA"),
    (
        "La passation de la base de Ménaka aux forces armées maliennes a eu lieu samedi.",
        "RETREAT",
        MOVED,
        None,
    ),
    (
        "The Israeli army repositioned its troops south of the Litani river.",
        "RETREAT",
        "Other",
        "ISR",
    ),
    ("The last US troops exited the Kirkuk base on Sunday.", "RETREAT", MOVED, "USA"),
    ("The TNLA handed Mogok back to the junta in October.", "RETREAT", MOVED, "GRP.TNLA"),
    (
        "The Taliban handed the district back to government forces on Monday.",
        "RETREAT",
        MOVED,
        "GRP.TALIBAN",
    ),
    # gathering, readying and moving forces
    (
        "The RSF mustered thousands of fighters near El Fasher on Sunday.",
        "MOBILIZE",
        "Other",
        "GRP.RSF",
    ),
    (
        "Belarus put its troops on standby along the border with Ukraine.",
        "MOBILIZE",
        "Other",
        "BLR",
    ),
    (
        "An armoured column of the Malian army left Gao for Kidal on Monday.",
        "MOBILIZE",
        "Other",
        "MLI",
    ),
    (
        "Des centaines de soldats tchadiens ont afflué vers la frontière soudanaise.",
        "MOBILIZE",
        "Other",
        "TCD",
    ),
    (
        "Les troupes russes ont convergé vers Pokrovsk, selon l'état-major ukrainien.",
        "MOBILIZE",
        "Other",
        "RUS",
    ),
    ("Russian troops converged on Pokrovsk from three directions.", "MOBILIZE", "Other", "RUS"),
    # digging in and setting up posts
    ("Ukrainian troops fortified their positions near Pokrovsk.", "MOBILIZE", "Other", "UKR"),
    (
        "Hamas fighters dug trenches around Khan Younis, the Israeli army said.",
        "MOBILIZE",
        "Other",
        "GRP.HAMAS",
    ),
    (
        "Les combattants du M23 ont creusé des tranchées autour de Sake.",
        "MOBILIZE",
        "Other",
        "GRP.M23",
    ),
    ("Russian forces fortified defences along the Dnipro river.", "MOBILIZE", "Other", "RUS"),
    ("The Sudanese army reinforced the garrison in El Obeid.", "MOBILIZE", "Other", "SDN"),
    ("The Congolese army established an outpost near Bunia on Sunday.", "MOBILIZE", BASE, "COD"),
    # training and drafting
    (
        "Le groupe JNIM entraîne des recrues dans la forêt de Kodjoari.",
        "MOBILIZE",
        GROUP,
        "GRP.JNIM",
    ),
    ("Myanmar's junta began a military draft in February.", "MOBILIZE", GROUP, "MMR"),
    # coercion by the authorities
    ("Haitian police requisitioned fuel trucks in Port-au-Prince.", "COERCE", "Other", "HTI"),
    ("Russian forces requisitioned cars and houses in Kherson.", "COERCE", "Other", "RUS"),
    ("La junte malienne a proscrit le parti de l'opposition à Bamako.", "COERCE", "Other", "MLI"),
    ("Les autorités ont déguerpi des centaines de familles à Abidjan.", "COERCE", "Other", "CIV"),
    ("Israeli forces forcibly displaced residents of the Jenin camp.", "COERCE", "Other", "ISR"),
    ("Authorities imposed a lockdown on Kano after clashes.", "COERCE", "Other", "NGA"),
    ("The junta imposed curbs on the media in Ouagadougou.", "COERCE", "Other", "BFA"),
    ("Les autorités ont brouillé le signal de RFI à Bamako.", "COERCE", "Other", "MLI"),
    ("La junte a révoqué la licence de la chaîne TV5 Monde à Bamako.", "COERCE", "Other", "MLI"),
    ("The junta annulled the licence of the broadcaster in Niamey.", "COERCE", "Other", "NER"),
    (
        "Al-Shabaab fighters have erected checkpoints on the road to Baidoa, residents said.",
        "MOBILIZE",
        BASE,
        "GRP.SHABAAB",
    ),
    # wordings still missed
    ("Les troupes russes convergent vers Pokrovsk, selon Kiev.", "MOBILIZE", "Other", "RUS"),
    ("Les derniers soldats français sont partis de la base de Gao mardi.", "RETREAT", MOVED, "FRA"),
    ("Al-Shabaab erected checkpoints on the road to Baidoa.", "MOBILIZE", BASE, "GRP.SHABAAB"),
]

MISSED: dict[str, str] = {
    "Les troupes russes convergent vers Pokrovsk, selon Kiev.": (
        "the French parser reads the present 'convergent' as an adjective on 'troupes'"
    ),
    "Les derniers soldats français sont partis de la base de Gao mardi.": (
        "the French parser reads 'sont partis' as the noun 'parti' (a party), so no verb "
        "'partir' to match"
    ),
}


@pytest.mark.parametrize(("text", "plover", "subtype", "doer"), probe_params(DEEDS, MISSED))
def test_word_tells_the_event(text: str, plover: str, subtype: str, doer: str | None) -> None:
    assert_realised_doer(text, plover, subtype, doer)


SILENT = [
    # not troops moving
    ("The minister departed from Kinshasa on Monday for talks in Luanda.", "RETREAT"),
    ("Thousands of displaced people departed the camp near Goma after the ceasefire.", "RETREAT"),
    ("The oil firm exited the Nigerian onshore market in 2024.", "RETREAT"),
    ("Residents mustered at the town hall in Goma.", "MOBILIZE"),
    ("The minister mustered support for the bill in Nairobi.", "MOBILIZE"),
    ("The company announced its exit from the Congolese market.", "RETREAT"),
    ("Les élèves sont partis en vacances vendredi.", "RETREAT"),
    ("Le ministre est parti pour Bamako.", "RETREAT"),
    (
        "Des milliers de manifestants ont convergé vers la place de l'Indépendance à Bamako.",
        "MOBILIZE",
    ),
    ("Des réfugiés affluent vers le Tchad depuis le Darfour.", "MOBILIZE"),
    # everyday senses
    ("The mechanics rotate the tyres every month.", "MOBILIZE"),
    ("Le ministre a relevé que la situation restait tendue.", "RETREAT"),
    ("The government pledged to dismantle the bureaucracy.", "COERCE"),
    ("Columns of smoke rose over Khartoum after the air strike.", "MOBILIZE"),
    ("The draft resolution was circulated among Security Council members on Monday.", "MOBILIZE"),
    (
        "Les jihadistes ont attaqué samedi des villageois qui creusaient des tranchées autour "
        "de Djibo, tuant 40 personnes.",
        "MOBILIZE",
    ),
    ("Farmers dug trenches to irrigate their fields near Kano.", "MOBILIZE"),
    ("Residents displaced by fighting in Sennar fled to Gedaref.", "COERCE"),
    # bodies and prisoners handed back are no territory
    ("Hamas handed the bodies of two hostages back to Israel on Thursday.", "RETREAT"),
    ("The RSF handed the prisoners back to the army in Omdurman.", "RETREAT"),
    # people requisitioned are called up, not goods seized
    (
        "The decree allows the junta to requisition young men and goods for the war against "
        "jihadist groups.",
        "COERCE",
    ),
    # a promise after an attack is no prosecution
    ("Prosecutors said they would prosecute those responsible for the attack in Kano.", "COERCE"),
    # an attacked column is the attack, not a mobilisation
    (
        "Jihadists ambushed an armoured column of the Malian army near Tessit, killing 12 "
        "soldiers.",
        "MOBILIZE",
    ),
    (
        "Des jihadistes ont attaqué une colonne de blindés de l'armée malienne près de Tessit, "
        "tuant douze soldats.",
        "MOBILIZE",
    ),
]


@pytest.mark.parametrize(("text", "plover"), SILENT)
def test_word_stays_silent(text: str, plover: str) -> None:
    assert all(e.plover_type != plover for e in events_of(text)), coded(text)
