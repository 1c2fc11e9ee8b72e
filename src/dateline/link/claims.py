"""Claims: for every sentence, the chain of who says it, innermost speaker first.

Frames, from ``data/claims/frames.tsv``: a source preposition ("selon X", "according to
X") names who relays the sentence; a reporting verb ("rapporte X", "X a déclaré", "X
said") names who speaks; a document noun ("précise le communiqué") stands for the last
speaker. "Selon Sputnik, « … », rapporte le ministère" gives [ministry, Sputnik]: the
speaker inside, the relay outside, then the outlet that published the page. A sentence
without a frame carries on the previous sentence's chain within the same paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from dateline.data import read_tsv
from dateline.link.actors.dictionary import Actor, fold_text
from dateline.records import ActorMention, Claim, ParsedArticle

_SPECIFIC = ("name", "title", "short", "anaphor")


@dataclass(frozen=True, slots=True)
class _Frame:
    kind: str  # source | reporting | document
    start: int
    end: int  # the span of the phrase naming who


@cache
def _frames(lang: str) -> dict[str, frozenset[str]]:
    rows = [row for row in read_tsv("claims/frames") if row["lang"] == lang]
    return {
        kind: frozenset(fold_text(row["form"]) for row in rows if row["kind"] == kind)
        for kind in ("source", "reporting", "document")
    }


def attribute_claims(
    parsed: ParsedArticle, actors: list[ActorMention], outlet: Actor | None = None
) -> list[Claim]:
    """One claim per sentence, in text order."""
    lang = parsed.article.lang or "en"
    paragraph_of = _paragraph_index(parsed)
    names = {actor.canonical_id: actor.name for actor in actors}
    if outlet is not None:
        names[outlet.id] = outlet.name
    claims: list[Claim] = []
    previous: Claim | None = None
    for offset, doc in parsed.docs:
        for sent in doc.sents:
            start, end = offset + sent.start_char, offset + sent.end_char
            frames = _find_frames(sent, offset, lang)
            same_paragraph = previous is not None and paragraph_of(start) == paragraph_of(
                previous.start
            )
            if not frames and previous is not None and same_paragraph:
                claim = Claim(start, end, previous.chain, previous.chain_ids, (), True)
            else:
                inner, outer, documents = _speakers(frames, actors)
                if documents and not inner and previous is not None:
                    # "précise le communiqué": the text of whoever spoke before.
                    inner = [i for i in previous.chain_ids if outlet is None or i != outlet.id]
                ids = list(dict.fromkeys([*inner, *outer]))
                if outlet is not None and outlet.id not in ids:
                    ids.append(outlet.id)
                chain = tuple(names.get(actor_id, actor_id) for actor_id in ids)
                claim = Claim(start, end, chain, tuple(ids), tuple(f.kind for f in frames))
            claims.append(claim)
            previous = claim
    return claims


def _paragraph_index(parsed: ParsedArticle) -> Any:
    spans = parsed.article.paragraphs

    def index(position: int) -> int:
        for number, span in enumerate(spans):
            if span.start <= position < span.end + 2:
                return number
        return -1

    return index


def _find_frames(sent: Any, offset: int, lang: str) -> list[_Frame]:
    frames = _frames(lang)
    found: list[_Frame] = []
    text = sent.text
    folded = fold_text(text)
    for form in frames["source"]:
        for match in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", folded):
            # The source runs to the next comma, quote or clause boundary.
            rest = re.match(r"[^,;:«»\"“”()]*", text[match.end() :])
            stop = match.end() + (rest.end() if rest else 0)
            base = offset + sent.start_char
            found.append(_Frame("source", base + match.end(), base + stop))
    for token in sent:
        lemma = fold_text(token.lemma_)
        if token.pos_ not in ("VERB", "AUX") or lemma not in frames["reporting"]:
            continue
        span = _speaker_span(token, sent)
        if span is None:
            continue
        left, right, head = span
        kind = "document" if fold_text(head.lemma_) in frames["document"] else "reporting"
        found.append(_Frame(kind, offset + left, offset + right))
    return sorted(found, key=lambda frame: frame.start)


# Passive subjects are what was said, not who said it ("la série a été annoncée").
_ACTIVE_SUBJECTS = ("nsubj",)
_STOP_POS = ("PUNCT", "VERB", "AUX", "SCONJ", "CCONJ")


def _speaker_span(verb: Any, sent: Any) -> tuple[int, int, Any] | None:
    """Character span of who speaks: the verb's active subject, or after an inverted verb
    (", rapporte le ministère", ", précise le communiqué") the noun phrase that follows."""
    subject = next((c for c in verb.children if c.dep_ in _ACTIVE_SUBJECTS), None)
    if subject is not None:
        tokens = list(subject.subtree)
        return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text), subject
    before = verb.doc[verb.i - 1] if verb.i > sent.start else None
    if verb.i > sent.start + 1 and before is not None and before.pos_ == "AUX":
        before = verb.doc[verb.i - 2]  # ", a rapporté jeudi le Washington Post"
    if before is None or before.text not in (",", "»", '"', "”", "'"):
        return None
    phrase = []
    for token in verb.doc[verb.i + 1 : sent.end]:
        if token.pos_ in _STOP_POS or token.text in ',;:«»"':
            break
        phrase.append(token)
    nouns = [t for t in phrase if t.pos_ in ("NOUN", "PROPN")]
    if not nouns:
        return None
    return phrase[0].idx, phrase[-1].idx + len(phrase[-1].text), nouns[0]


def _speakers(
    frames: list[_Frame], actors: list[ActorMention]
) -> tuple[list[str], list[str], list[_Frame]]:
    inner: list[str] = []
    outer: list[str] = []
    documents: list[_Frame] = []
    for frame in frames:
        if frame.kind == "document":
            documents.append(frame)
            continue
        who = _actor_in(frame, actors)
        if who is None:
            continue
        target = inner if frame.kind == "reporting" else outer
        if who.canonical_id not in target:
            target.append(who.canonical_id)
    return inner, outer, documents


def _actor_in(frame: _Frame, actors: list[ActorMention]) -> ActorMention | None:
    """The actor a frame's phrase names: a named actor before a nationality adjective, the
    last one when several ("l'agence russe Sputnik" → Sputnik)."""
    inside = [a for a in actors if frame.start <= a.start and a.end <= frame.end]
    specific = [a for a in inside if a.via in _SPECIFIC]
    chosen = specific or inside
    return chosen[-1] if chosen else None
