"""The memoised attribute ruler and lemmatizer give exactly what spaCy's stock ones give,
and the loaded pipeline (numpy's matrix product) parses as the stock one does."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.parse import load_model, load_stock_model
from dateline.parse.memo import MemoLemmatizer, MemoRuler, replaceable

EN = [
    "There are militants who are gonna attack the base, a spokesman said on Monday.",
    "Let's see: y'all ain't ready, the commander told them.  It was over by noon.",
    "I gave it to you, and you gave it back to me, the minister said in Kabul.",
    "But the rebels, who had shelled Aleppo, did not withdraw; they have fought since.",
    "The army's drone strikes killed 12 people in Idlib province, the SOHR reported.",
]
FR = [
    "Des frappes aériennes ont visé dimanche la ville d'Idleb, selon l'OSDH.",
    "Le ministère de la Défense a démenti.  Les soldats maliens avaient été attaqués.",
    "Au moins quinze civils, dont quatre enfants, ont été tués près de Gao lundi soir.",
]
COMPONENTS = {"attribute_ruler": "dateline_attribute_rules", "lemmatizer": "dateline_lemmas"}


def _attributes(doc: Any) -> list[tuple[Any, ...]]:
    return [
        (t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.norm_) for t in doc
    ]


def _before_rules(nlp: Any, text: str) -> Any:
    """The doc as the parser leaves it, before the ruler and lemmatizer."""
    with nlp.select_pipes(disable=[*COMPONENTS.values(), "ner"]):
        return nlp(text)


@pytest.mark.parametrize(("lang", "texts"), [("en", EN), ("fr", FR)])
def test_memo_components_match_stock_ones_token_for_token(lang: str, texts: list[str]) -> None:
    nlp = load_model(lang)
    ruler, lemmatizer = (nlp.get_pipe(name) for name in COMPONENTS)
    memo_ruler, memo_lemmatizer = (nlp.get_pipe(name) for name in COMPONENTS.values())
    for _ in range(2):  # the second time every answer comes from the tables
        for text in texts:
            stock = _before_rules(nlp, text)
            memo = stock.copy()
            lemmatizer(ruler(stock))
            memo_lemmatizer(memo_ruler(memo))
            assert _attributes(memo) == _attributes(stock)
            assert all(t.lemma_ for t in memo)


def test_memo_ruler_applies_multi_token_patterns() -> None:
    # "gon na": two-token patterns set "go" on the first token and "to" on the second;
    # "There are": "are" after an expletive becomes a VERB.
    doc = load_model("en")("They are gonna attack. There are many.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert (lemmas["gon"], lemmas["na"]) == ("go", "to")
    assert [t.pos_ for t in doc if t.text == "are"] == ["AUX", "VERB"]


def test_load_model_runs_memo_components_in_place_of_stock_ones() -> None:
    nlp = load_model("en")
    names = nlp.pipe_names
    assert "attribute_ruler" not in names and "lemmatizer" not in names
    assert names.index("parser") < names.index("dateline_attribute_rules")
    assert names.index("dateline_lemmas") < names.index("ner")
    assert isinstance(nlp.get_pipe("dateline_attribute_rules"), MemoRuler)
    assert isinstance(nlp.get_pipe("dateline_lemmas"), MemoLemmatizer)
    assert set(COMPONENTS) <= set(nlp.disabled)


def test_a_ruler_with_a_quantifier_is_not_replaced() -> None:
    ruler = load_stock_model("en").get_pipe("attribute_ruler")
    assert replaceable(ruler)
    ruler.add([[{"LOWER": "al"}, {"IS_PUNCT": True, "OP": "?"}]], {"TAG": "NNP"})
    assert not replaceable(ruler)


@pytest.mark.parametrize(("lang", "texts"), [("en", EN), ("fr", FR)])
def test_numpy_matmul_parses_as_stock_blis_does(lang: str, texts: list[str]) -> None:
    nlp = load_model(lang)
    assert all(
        not layer.ops.use_blis
        for _, component in nlp.components
        if hasattr(component, "model") and hasattr(component.model, "walk")
        for layer in component.model.walk()
    )
    stock = load_stock_model(lang)
    stock.add_pipe("dateline_sentence_bounds", before="parser")
    assert stock.get_pipe("parser").model.ops.use_blis
    for ours, theirs in zip(nlp.pipe(texts), stock.pipe(texts), strict=True):
        assert _attributes(ours) == _attributes(theirs)
        assert [(e.start, e.end, e.label_) for e in ours.ents] == [
            (e.start, e.end, e.label_) for e in theirs.ents
        ]
        assert [s.start for s in ours.sents] == [s.start for s in theirs.sents]
