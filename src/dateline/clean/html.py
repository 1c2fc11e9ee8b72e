"""Main text and metadata of an HTML page.

trafilatura finds the article body. Dates we read ourselves from the page's markup
(meta tags, JSON-LD, ``<time>``): trafilatura and htmldate fall back to any visible date,
and a page-chrome clock is not a publication date.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import lxml.html
import trafilatura
from lxml import etree

# Meta names and properties that state a publication date, most specific first.
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.created",
    "date",
)


@dataclass(frozen=True, slots=True)
class HtmlPage:
    text: str
    title: str | None
    url: str | None
    published: datetime | date | None
    published_expression: str | None


def extract_page(html: str) -> HtmlPage:
    """Body text (paragraphs one per line), title, canonical URL and stated publication date."""
    tree = _parse(html)
    text = _body_text(html, tree)
    published, expression = _published(tree) if tree is not None else (None, None)
    return HtmlPage(
        text=text,
        title=_title(tree) if tree is not None else None,
        url=_canonical(tree) if tree is not None else None,
        published=published,
        published_expression=expression,
    )


def _parse(html: str) -> Any:
    # Parse the decoded string: bytes would make lxml obey the page's charset declaration
    # a second time and garble text that is already decoded.
    try:
        return lxml.html.document_fromstring(html)
    except ValueError:
        # lxml refuses str input that carries an XML encoding declaration.
        parser = lxml.html.HTMLParser(encoding="utf-8")
        try:
            return lxml.html.document_fromstring(html.encode("utf-8"), parser=parser)
        except (etree.ParserError, ValueError):
            return None
    except etree.ParserError:
        return None


def _body_text(html: str, tree: Any) -> str:
    """1. trafilatura's article body; 2. its whole-page text; 3. every paragraph's text."""
    extracted = trafilatura.extract(
        html, include_comments=False, include_tables=False, deduplicate=False, with_metadata=False
    )
    if extracted and extracted.strip():
        return str(extracted)
    fallback = trafilatura.html2txt(html)
    if fallback and fallback.strip():
        return str(fallback)
    if tree is None:
        return ""
    return "\n".join(p.text_content().strip() for p in tree.iter("p", "h1", "h2", "li"))


def _meta(tree: Any, *names: str) -> list[str]:
    found = []
    wanted = set(names)
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in wanted and meta.get("content"):
            found.append((names.index(key), meta.get("content").strip()))
    return [value for _, value in sorted(found)]


def _json_ld(tree: Any) -> list[dict[str, Any]]:
    objects: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                objects.append(item)
                stack.extend(item.get("@graph", []))
            elif isinstance(item, list):
                stack.extend(item)
    return objects


def _title(tree: Any) -> str | None:
    candidates = _meta(tree, "og:title", "twitter:title")
    candidates += [str(obj["headline"]) for obj in _json_ld(tree) if obj.get("headline")]
    candidates += [h1.text_content() for h1 in tree.iter("h1")]
    title = tree.find(".//title")
    if title is not None and title.text:
        # "Headline | Site" and "Headline - Site": the site name is not part of the title.
        candidates.append(re.split(r"\s+[|–—-]\s+[^|–—-]+$", title.text.strip())[0])
    for candidate in candidates:
        cleaned = " ".join(candidate.split())
        if cleaned:
            return cleaned
    return None


def _canonical(tree: Any) -> str | None:
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            return str(link.get("href")).strip()
    urls = _meta(tree, "og:url")
    return urls[0] if urls else None


def _published(tree: Any) -> tuple[datetime | date | None, str | None]:
    candidates = _meta(tree, *_DATE_META)
    candidates += [str(obj["datePublished"]) for obj in _json_ld(tree) if obj.get("datePublished")]
    candidates += [
        str(element.get("datetime") or element.get("content"))
        for element in tree.iter("time", "span", "div", "meta")
        if element.get("itemprop") == "datePublished"
        or (element.tag == "time" and element.get("pubdate") is not None)
        if element.get("datetime") or element.get("content")
    ]
    for candidate in candidates:
        value = parse_machine_date(candidate)
        if value is not None:
            return value, candidate
    return None, None


def parse_machine_date(text: str) -> datetime | date | None:
    """ISO 8601 or RFC 822 dates, as machines write them in markup and feeds."""
    text = text.strip()
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            return parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return value.date()
    return value
