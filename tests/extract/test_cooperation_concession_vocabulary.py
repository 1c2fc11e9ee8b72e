"""Cooperation, talks, concessions and agreements told in words the lexicon long missed:
West African "élargir" for releasing detainees, joint manoeuvres, approved deals, plans
given up, complaints withdrawn, and cooperation protocols whose name nests the cooperation
noun ("un protocole d'accord de coopération"). Sentences are our own, modelled on wire
reports and analyst notes from several conflicts."""

from __future__ import annotations

import pytest

from coding import assert_realised_doer, coded, events_of, probe_params

# (sentence, PLOVER type, ACLED sub-type, doer or one of its parents)
TOLD = [
    (
        "Les autorités ivoiriennes ont élargi 50 détenus arrêtés lors des violences "
        "post-électorales.",
        "CONCEDE",
        "Agreement",
        "CIV",
    ),
    (
        "Le gouvernement guinéen a élargi jeudi une trentaine de prisonniers politiques.",
        "CONCEDE",
        "Agreement",
        "GIN",
    ),
    (
        "Le gouvernement togolais a accordé la liberté provisoire à 20 militants de l'opposition.",
        "CONCEDE",
        "Agreement",
        "TGO",
    ),
    (
        "Les armées nigérienne et tchadienne ont organisé des manœuvres militaires conjointes "
        "près du lac Tchad.",
        "COOPERATE",
        "Other",
        "NER",
    ),
    (
        "The Congolese government and M23 initialled a declaration of principles in Doha.",
        "AGREE",
        "Agreement",
        "COD",
    ),
    (
        "Le Parlement sénégalais a approuvé l'accord de pêche avec l'Union européenne.",
        "AGREE",
        "Agreement",
        "SEN",
    ),
    (
        "Le président rwandais Paul Kagame a approuvé le plan de paix américain.",
        "AGREE",
        "Other",
        "RWA",
    ),
    (
        "The Israeli cabinet approved the deal with Hamas on Friday.",
        "AGREE",
        "Agreement",
        "ISR",
    ),
    (
        "La junte malienne a renoncé à son projet de dissolution des partis politiques.",
        "CONCEDE",
        "Other",
        "MLI",
    ),
    (
        "Le gouvernement soudanais a retiré sa plainte contre les Émirats arabes unis.",
        "CONCEDE",
        "Other",
        "SDN",
    ),
    (
        "Sudan withdrew its complaint against the United Arab Emirates at the Security Council.",
        "CONCEDE",
        "Other",
        "SDN",
    ),
    (
        "Le Burkina Faso et le Niger ont signé jeudi à Niamey un protocole d'accord de "
        "coopération sécuritaire.",
        "COOPERATE",
        "Other",
        "BFA",
    ),
    (
        "Kenya and Somalia signed a memorandum of understanding on security cooperation.",
        "COOPERATE",
        "Other",
        "KEN",
    ),
    (
        "L'Égypte et la Somalie ont signé au Caire un protocole de coopération militaire.",
        "COOPERATE",
        "Other",
        "EGY",
    ),
]

MISSED: dict[str, str] = {
    "The Congolese government and M23 initialled a declaration of principles in Doha.": (
        "no 'initial' verb row: a signing told in a 'since' clause ('since the two countries "
        "initialled a peace deal in August') is not yet dropped as background, and the row "
        "cost the dev sets a false agreement"
    ),
}


@pytest.mark.parametrize(("text", "plover", "subtype", "doer"), probe_params(TOLD, MISSED))
def test_wording_is_coded(text: str, plover: str, subtype: str, doer: str) -> None:
    assert_realised_doer(text, plover, subtype, doer)


# Wordings that read the same words otherwise, and must keep their coding.
# (sentence, PLOVER type that must not appear, PLOVER type that must stay, or "")
KEPT = [
    # widening a dialogue frees nobody
    (
        "Le gouvernement ivoirien a décidé d'élargir le dialogue politique à l'opposition.",
        "CONCEDE",
        "",
    ),
    # manoeuvres of one army alone are a mobilisation
    ("L'armée malienne a organisé des manœuvres militaires près de Gao.", "COOPERATE", "MOBILIZE"),
    # approving a decision is support, not an agreement
    ("Le président rwandais Paul Kagame a approuvé la décision de Kinshasa.", "AGREE", "SUPPORT"),
    # a memorandum on trade or a protocol on border security names no cooperation noun
    ("Chad and Sudan signed a memorandum of understanding on trade.", "COOPERATE", "AGREE"),
    (
        "Le Niger et le Tchad ont signé un protocole d'accord sur la sécurité frontalière.",
        "COOPERATE",
        "AGREE",
    ),
    # a deal about a prisoner exchange stays an agreement
    ("Sudan and South Sudan signed an agreement on a prisoner exchange.", "COOPERATE", "AGREE"),
    # lodging a complaint is an accusation, not its withdrawal
    ("Le gouvernement soudanais a déposé une plainte contre les Émirats.", "CONCEDE", "ACCUSE"),
]


@pytest.mark.parametrize(("text", "absent", "kept"), KEPT)
def test_other_readings_keep_their_coding(text: str, absent: str, kept: str) -> None:
    types = {e.plover_type for e in events_of(text)}
    assert absent not in types, coded(text)
    if kept:
        assert kept in types, coded(text)
