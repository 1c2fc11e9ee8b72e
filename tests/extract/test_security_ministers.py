"""A statement whose doer is a security or territorial-administration minister written bare
("the security minister accused…", "le ministre de l'Administration territoriale a
accusé…"): the story country's interior ministry (``titles.tsv``), not a doer-less
statement dropped."""

from __future__ import annotations

import pytest

from coding import doer_of


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Gunmen attacked a police post in Fada N'Gourma, in eastern Burkina Faso, on "
            "Tuesday. The security minister accused exiled opponents of financing the attack.",
            "BFA.MOI",
        ),
        (
            "Des manifestants ont été dispersés lundi à Garoua, dans le nord du Cameroun. Le "
            "ministre de l'Administration territoriale a accusé l'opposition d'avoir organisé "
            "des troubles.",
            "CMR.MOI",
        ),
        (
            "Des hommes armés ont incendié une école mardi près de Dori, dans le nord du "
            "Burkina Faso. La ministre de la Sécurité a accusé des opposants réfugiés à "
            "l'étranger d'avoir financé les assaillants.",
            "BFA.MOI",
        ),
    ],
)
def test_a_bare_security_minister_is_the_home_interior_ministry(text: str, doer: str) -> None:
    assert doer_of(text, "ACCUSE") == doer
