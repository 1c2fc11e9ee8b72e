"""Clean: turn a raw ``Document`` into an ``Article`` whose ``text`` all offsets refer to."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from dateline.clean.chrome import (
    ChromeTime,
    chrome_time,
    is_repeat,
    looks_like_headline,
    split_footer,
)
from dateline.clean.dates import DateEvidence, page_time, publication_date
from dateline.clean.html import extract_page
from dateline.clean.language import identify
from dateline.clean.mojibake import normalise_spaces, repair_text
from dateline.clean.paragraphs import join_paragraphs, paragraphs_from_lines
from dateline.errors import ExtractionError, Messages
from dateline.records import Article, ChromeLine, Document, Repair
from dateline.settings import get_int

__all__ = ["clean"]


@dataclass(slots=True)
class _Page:
    """Working state while the cleaning steps run; becomes an ``Article`` at the end."""

    lines: list[str]
    title: str | None
    url: str | None
    repairs: list[Repair] = field(default_factory=list)
    chrome: list[ChromeLine] = field(default_factory=list)
    chrome_times: list[ChromeTime] = field(default_factory=list)
    cited_sources: list[str] = field(default_factory=list)


def clean(document: Document) -> Article:
    """Run the cleaning steps in order; each works on what the previous one left.

    Raises:
        ExtractionError: when no article text is left, naming the record.
    """
    # 1. The body: trafilatura's main text for HTML, the text itself otherwise.
    page, markup_date, markup_expression = _body(document)
    # 2. Encoding damage: ftfy, each repaired word recorded.
    _repair(page)
    # 3. Page chrome at the top: timestamp lines.
    _strip_top_chrome(page)
    # 4. The headline: kept once as the title, never repeated in the body.
    _take_headline(page)
    # 5. The footer: "Sources: ..." and whatever chrome trails the article.
    _strip_footer(page)
    # 6. Paragraphs and the offsets every later stage uses.
    text, paragraphs = join_paragraphs(paragraphs_from_lines(page.lines))
    if not text.strip():
        raise ExtractionError(Messages.E010, source=document.source, record=document.id)
    if len(text) > (limit := get_int("clean", "max_article_chars")):
        raise ExtractionError(
            Messages.E018,
            source=document.source,
            record=document.id,
            size=f"{len(text):,} characters of text",
            limit=f"{limit:,}",
            setting="max_article_chars in settings.cfg",
        )
    # 7. Dates: publication date by the best basis, and the clock the page showed.
    chrome_times = tuple(page.chrome_times)
    evidence = DateEvidence(
        record_published=document.published,
        markup_published=markup_date,
        markup_expression=markup_expression,
        first_paragraph=text[paragraphs[0].start : paragraphs[0].end],
        url=page.url,
        chrome_times=chrome_times,
    )
    # 8. Language, from the title and the body.
    lang, lang_confidence = identify(f"{page.title or ''}\n{text}")
    return Article(
        id=document.id,
        content_hash=document.content_hash,
        source=document.source,
        format=document.format,
        url=page.url,
        lang=lang,
        lang_confidence=lang_confidence,
        title=page.title,
        text=text,
        paragraphs=paragraphs,
        published=publication_date(evidence),
        page_time=page_time(chrome_times),
        cited_sources=tuple(page.cited_sources),
        repairs=(*document.decode_repairs, *page.repairs),
        chrome=tuple(page.chrome),
        fetched=document.fetched,
    )


def _body(document: Document) -> tuple[_Page, date | None, str | None]:
    content = document.content.replace("\r\n", "\n").replace("\r", "\n")
    # NUL bytes from broken exports: the HTML parser would turn each into U+FFFD unseen.
    nuls = content.count("\x00")
    repairs = [Repair("control", "NUL", "", f"{nuls} NUL character(s) removed")] if nuls else []
    content = content.replace("\x00", "")
    if not document.is_html:
        return _Page(content.split("\n"), document.title, document.url, repairs), None, None
    html = extract_page(content)
    title, url = document.title or html.title, document.url or html.url
    return (
        _Page(html.text.split("\n"), title, url, repairs),
        html.published,
        html.published_expression,
    )


def _repair(page: _Page) -> None:
    text, repairs = repair_text("\n".join(page.lines))
    page.lines = text.split("\n")
    page.repairs.extend(repairs)
    if page.title:
        title, title_repairs = repair_text(page.title)
        page.title = normalise_spaces(title)
        page.repairs.extend(title_repairs)


def _leading_indexes(lines: list[str]) -> list[int]:
    """Indexes of the first non-blank lines, where chrome and headlines live."""
    indexes = [i for i, line in enumerate(lines) if normalise_spaces(line)]
    return indexes[: get_int("clean", "head_lines")]


def _strip_top_chrome(page: _Page) -> None:
    """Timestamp lines above or just below the headline, up to the first paragraph."""
    for index in _leading_indexes(page.lines):
        line = normalise_spaces(page.lines[index])
        if len(line) > get_int("clean", "max_headline_line"):
            break
        found = chrome_time(line)
        if found is None:
            continue
        page.chrome_times.append(found)
        page.chrome.append(ChromeLine(line, f"page time ({found.kind})"))
        page.lines[index] = ""


def _take_headline(page: _Page) -> None:
    leading = _leading_indexes(page.lines)
    if not leading:
        return
    first = normalise_spaces(page.lines[leading[0]])
    if page.title is None and len(leading) > 1 and looks_like_headline(first):
        page.title = first
    if page.title is None:
        return
    repeats = []
    for index in leading:
        if not is_repeat(page.lines[index], page.title):
            break
        repeats.append(normalise_spaces(page.lines[index]))
        page.lines[index] = ""
    if repeats:
        page.chrome.append(ChromeLine(repeats[0], "headline (kept as title)"))
    if len(repeats) > 1:
        detail = f"headline printed {len(repeats)} times at the top; kept once, as the title"
        page.repairs.append(Repair("duplicate_headline", " | ".join(repeats), page.title, detail))


def _strip_footer(page: _Page) -> None:
    page.lines, footer = split_footer(page.lines)
    page.cited_sources.extend(footer.sources)
    page.chrome.extend(footer.removed)
