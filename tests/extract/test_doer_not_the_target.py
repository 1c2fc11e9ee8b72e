"""Statements and measures where the party acted on is named before or nearer than the one
acting: passives, participial and relative clauses, possessives, the "it" of a charge a
party denies, criticism a party draws, demonyms on the object. The doer (actor1) must be the
one who accuses, sanctions, expels, denies, never its target. Sentences are our own,
modelled on wire reports and analyst notes from several conflicts."""

from __future__ import annotations

import pytest

from coding import coded, doer_of, probe_params

# (report, PLOVER type of the first event checked, its doer: an id, one of its parents, or
# "!ID" for a doer that must not be that party).
DOERS = [
    # A charge's "it" / "its forces" is the party denying it, not the accuser named nearer.
    ("Iran denied Israel's accusation that it had supplied drones to the Houthis.", "AID", "IRN"),
    (
        "Hezbollah denied Israeli accusations that it had fired rockets at Metula.",
        "ASSAULT",
        "GRP.HEZBOLLAH",
    ),
    ("Russia denied Ukraine's claim that it had shelled the Zaporizhzhia plant.", "ASSAULT", "RUS"),
    (
        "Moscow rejected accusations by Kyiv that its forces had shelled the Zaporizhzhia plant.",
        "ASSAULT",
        "RUS",
    ),
    (
        "The Sudanese army dismissed RSF claims that it had bombed a market in Nyala.",
        "ASSAULT",
        "SDN",
    ),
    (
        "Rwanda rejected accusations from Kinshasa that its troops were fighting alongside "
        "the M23.",
        "ASSAULT",
        "RWA",
    ),
    (
        "Pakistan rejected Kabul's charge that its jets had struck Afghan territory.",
        "ASSAULT",
        "PAK",
    ),
    (
        "Eritrea denied Ethiopian claims that its soldiers had attacked villages in Tigray.",
        "ASSAULT",
        "ERI",
    ),
    (
        "Azerbaijan dismissed Armenian allegations that its troops had shelled Jermuk.",
        "ASSAULT",
        "AZE",
    ),
    (
        "Israel rejected Hamas claims that its aircraft had struck a school in Gaza City.",
        "ASSAULT",
        "ISR",
    ),
    (
        "L'Iran a démenti les accusations d'Israël selon lesquelles il aurait livré des drones "
        "aux Houthis.",
        "AID",
        "IRN",
    ),
    (
        "Moscou a rejeté les accusations de Kiev selon lesquelles ses forces auraient bombardé "
        "la centrale.",
        "ASSAULT",
        "RUS",
    ),
    (
        "Le Pakistan a rejeté les accusations de Kaboul selon lesquelles ses avions auraient "
        "frappé le territoire afghan.",
        "ASSAULT",
        "PAK",
    ),
    (
        "Le Rwanda a démenti les accusations de Kinshasa selon lesquelles ses soldats "
        "combattraient aux côtés du M23.",
        "ASSAULT",
        "RWA",
    ),
    # Passive, participial and relative accusations: the accuser acts.
    (
        "Rwanda was accused by Kinshasa on Monday of backing the M23 rebels in North Kivu.",
        "ACCUSE",
        "COD",
    ),
    (
        "The Rapid Support Forces, accused by the army of shelling civilians in El Fasher, "
        "denied any involvement.",
        "ACCUSE",
        "SDN",
    ),
    (
        "Rwanda, which Kinshasa accuses of arming the M23, rejected the claims on Tuesday.",
        "ACCUSE",
        "COD",
    ),
    (
        "Rwanda, which Kinshasa accuses of arming the M23, rejected the claims on Tuesday.",
        "REJECT",
        "RWA",
    ),
    (
        "Venezuela, which the United States accuses of sheltering drug cartels, denied the "
        "allegations.",
        "ACCUSE",
        "USA",
    ),
    (
        "Venezuela, which the United States accuses of sheltering drug cartels, denied the "
        "allegations.",
        "REJECT",
        "VEN",
    ),
    ("Le Rwanda a été accusé lundi par Kinshasa de soutenir les rebelles du M23.", "ACCUSE", "COD"),
    (
        "Les FSR, accusées par l'armée d'avoir bombardé des civils à El-Fasher, ont démenti.",
        "ACCUSE",
        "SDN",
    ),
    (
        "Le Rwanda, que Kinshasa accuse d'armer le M23, a rejeté ces accusations mardi.",
        "REJECT",
        "RWA",
    ),
    (
        "The junta was condemned by the African Union on Thursday for the arrest of opposition "
        "leaders.",
        "ACCUSE",
        "IGO.AU",
    ),
    (
        "La junte a été condamnée jeudi par l'Union africaine pour l'arrestation de dirigeants "
        "de l'opposition.",
        "ACCUSE",
        "IGO.AU",
    ),
    ("Kyiv accused Moscow on Monday of shelling the Zaporizhzhia nuclear plant.", "ACCUSE", "UKR"),
    (
        "Mali's accusation against Algeria came after a drone was shot down near Tinzaouaten.",
        "ACCUSE",
        "MLI",
    ),
    # Criticism a party faces or draws comes from the other.
    (
        "The Malian junta faced sharp criticism from ECOWAS on Friday after it postponed "
        "elections.",
        "ACCUSE",
        "IGO.ECOWAS",
    ),
    (
        "Niger drew criticism from the United Nations after expelling aid workers.",
        "ACCUSE",
        "IGO.UN",
    ),
    (
        "Israel drew condemnation from the Arab League on Tuesday over the strike on Doha.",
        "ACCUSE",
        "IGO.ARABLEAGUE",
    ),
    (
        "The Taliban government drew condemnation from the European Union after barring women "
        "from universities.",
        "ACCUSE",
        "IGO.EU",
    ),
    (
        "La junte malienne a essuyé les critiques de la Cédéao vendredi après le report des "
        "élections.",
        "ACCUSE",
        "IGO.ECOWAS",
    ),
    ("Ethiopia drew condemnation from Somalia after signing a port deal.", "ACCUSE", "SOM"),
    # Sanctions: the one imposing them, not the demonym or the passive subject.
    (
        "The EU imposed sanctions on Iranian officials on Monday over the crackdown.",
        "SANCTION",
        "IGO.EU",
    ),
    ("The United States sanctioned three Russian banks on Thursday.", "SANCTION", "USA"),
    ("Iranian officials were targeted by new EU sanctions on Monday.", "SANCTION", "IGO.EU"),
    ("Hamas was designated a terrorist organisation by Paraguay on Tuesday.", "SANCTION", "PRY"),
    ("Venezuela was hit with new US sanctions on Wednesday.", "SANCTION", "USA"),
    (
        "L'UE a sanctionné lundi des responsables iraniens pour la répression des manifestations.",
        "SANCTION",
        "IGO.EU",
    ),
    ("Le Hamas a été désigné organisation terroriste par le Paraguay mardi.", "SANCTION", "PRY"),
    ("L'Algérie a été visée par de nouvelles sanctions de l'UE.", "SANCTION", "IGO.EU"),
    ("The EU's sanctions on Iranian officials were adopted on Monday.", "SANCTION", "IGO.EU"),
    ("Beijing's sanctions on US defence firms took effect on Friday.", "SANCTION", "CHN"),
    # A capital owning a statement or measure made it.
    ("Kinshasa's accusations against Rwanda were rejected by Kigali.", "ACCUSE", "COD"),
    ("Tehran's threat to close the Strait of Hormuz alarmed markets.", "THREATEN", "IRN"),
    # Expulsions and releases of another country's nationals.
    ("Mali expelled French diplomats on Monday.", "COERCE", "MLI"),
    ("Le Mali a expulsé des diplomates français lundi.", "COERCE", "MLI"),
    ("Azerbaijan released 15 Armenian prisoners on Saturday.", "CONCEDE", "AZE"),
    ("L'Azerbaïdjan a libéré samedi 15 prisonniers arméniens.", "CONCEDE", "AZE"),
    ("Israel released 90 Palestinian prisoners on Sunday under the truce deal.", "CONCEDE", "ISR"),
    ("Kyiv signed a minerals deal with Washington on Wednesday.", "AGREE", "UKR"),
    # An attack noun that is its verb's subject: what follows it was hit.
    (
        "An attack on a Malian army post killed five soldiers near Boni on Sunday.",
        "ASSAULT",
        "!MLI",
    ),
    (
        "Une attaque contre un poste de l'armée malienne a fait cinq morts dimanche.",
        "ASSAULT",
        "!MLI",
    ),
]

MISSED: dict[str, str] = {
    "Ethiopia drew condemnation from Somalia after signing a port deal.": (
        "a country named after 'from' is read as a place, not as the critic"
    ),
}

# Wordings whose doer must stay as it is: the subject acts, or the pronoun's owner speaks.
KEPT = [
    ("Ukraine said its forces had shelled Russian positions near Kursk.", "ASSAULT", "UKR"),
    ("Israel said that its aircraft had struck Hezbollah positions in Tyre.", "ASSAULT", "ISR"),
    ("Rwanda rejected the accusations on Tuesday.", "REJECT", "RWA"),
    ("The Israeli strike on Gaza killed five people.", "ASSAULT", "ISR"),
    ("Hamas's attack on Israel killed 1,200 people.", "ASSAULT", "GRP.HAMAS"),
    ("Clashes between the army and the RSF killed 20 in Khartoum.", "ASSAULT", "SDN"),
    (
        "The army accused the RSF of shelling a camp near El Fasher on Sunday.",
        "ACCUSE",
        "SDN",
    ),
    (
        "Kinshasa a accusé lundi Kigali de soutenir les rebelles du M23 au Nord-Kivu.",
        "ACCUSE",
        "COD",
    ),
    ("The United States imposed sanctions on Sudan's army chief on Thursday.", "SANCTION", "USA"),
    ("Le Burkina Faso a expulsé trois diplomates français lundi.", "COERCE", "BFA"),
    ("Kyiv's mayor said three people were killed in a Russian strike.", "ASSAULT", "RUS"),
]


def _doer_is(text: str, plover: str, doer: str) -> None:
    got = doer_of(text, plover) or ""
    if doer.startswith("!"):
        kept_out = doer[1:]
        assert not (got == kept_out or got.startswith(f"{kept_out}.")), (got, coded(text))
    else:
        assert got == doer or got.startswith(f"{doer}."), (got, coded(text))


@pytest.mark.parametrize(("text", "plover", "doer"), probe_params(DOERS, MISSED))
def test_doer_is_not_the_target(text: str, plover: str, doer: str) -> None:
    _doer_is(text, plover, doer)


@pytest.mark.parametrize(("text", "plover", "doer"), KEPT)
def test_doer_kept(text: str, plover: str, doer: str) -> None:
    _doer_is(text, plover, doer)
