"""A statement whose subject is a pronoun or a definite noun ("It accused…", "Elle
accuse…", "The mission blamed…") is made by the body it stands for: an NGO or a UN mission
named before, not the forces the sentence before told of ("…said security forces had
killed 30 protesters. It accused the police…": "it" is singular, the forces plural).
Sentences are our own, modelled on wire reports from several conflicts."""

from __future__ import annotations

import pytest

from coding import coded, doer_of, probe_params

STATED = [
    (
        "Amnesty International said on Monday that security forces had killed at least 30 "
        "protesters in Nairobi. It accused the police of using live ammunition.",
        "ACCUSE",
        "NGO.AMNESTY",
    ),
    (
        "L'ONG Amnesty International a publié mardi un rapport sur la répression au Mali. Elle "
        "accuse l'armée d'exécutions sommaires dans la région de Mopti.",
        "ACCUSE",
        "NGO.AMNESTY",
    ),
    (
        "Human Rights Watch published a report on Thursday on abuses in Amhara. It urged the "
        "Ethiopian government to free detained journalists.",
        "CONCEDE",
        "ETH.GOV",
    ),
    (
        "Gunmen ambushed a patrol of the UN mission MINUSCA near Obo on Monday, killing one "
        "peacekeeper, the mission said. It blamed the Azande Ani Kpi Gbe militia.",
        "ACCUSE",
        "IGO.MINUSCA",
    ),
    (
        "Des hommes armés ont attaqué une patrouille de la Monusco près de Beni, tuant deux "
        "Casques bleus. La mission a accusé les ADF.",
        "ACCUSE",
        "IGO.MONUSCO",
    ),
    (
        "Médecins sans frontières a suspendu ses activités dans le camp de Zamzam. "
        "L'organisation humanitaire accuse les FSR d'avoir pillé son entrepôt.",
        "ACCUSE",
        "NGO.MSF",
    ),
    (
        "Human Rights Watch said soldiers had executed 12 men near Djibo. The watchdog called "
        "on the junta to investigate the killings.",
        "REQUEST",
        "NGO.HRW",
    ),
    # The pronoun of a person still goes to the person named before.
    (
        "Le président Félix Tshisekedi s'est rendu à Luanda samedi. Il a accusé le Rwanda de "
        "soutenir le M23.",
        "ACCUSE",
        "COD.GOV",
    ),
    (
        "The Sudanese army said on Monday it had repelled an attack on El Fasher. It accused "
        "the Rapid Support Forces of shelling the city's main hospital.",
        "ACCUSE",
        "SDN.MIL",
    ),
]

MISSED: dict[str, str] = {}


@pytest.mark.parametrize(("text", "plover", "doer"), probe_params(STATED, MISSED))
def test_statement_made_by_what_its_subject_stands_for(text: str, plover: str, doer: str) -> None:
    assert doer_of(text, plover) == doer, coded(text)
