"""Properties of the cleaning steps on arbitrary text: offsets slice back, nothing raises."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.clean import clean
from dateline.clean.chrome import chrome_time, is_repeat, split_footer
from dateline.clean.mojibake import normalise_spaces, repair_text
from dateline.clean.paragraphs import join_paragraphs, paragraphs_from_lines
from dateline.clean.timestamps import find_timestamp, iter_dates
from dateline.errors import ExtractionError
from dateline.ingest.document import make_document
from dateline.records import Format

_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=200)
_LINES = st.lists(_TEXT.map(lambda text: text.replace("\n", " ")), max_size=12)
_FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_FAST
@given(_LINES)
def test_properties_paragraph_offsets_slice_back(lines: list[str]) -> None:
    paragraphs = paragraphs_from_lines(lines)
    text, spans = join_paragraphs(paragraphs)
    assert [text[span.start : span.end] for span in spans] == paragraphs
    for paragraph in paragraphs:
        assert paragraph
        assert paragraph == normalise_spaces(paragraph)


@_FAST
@given(_TEXT)
def test_properties_normalise_spaces_is_idempotent(line: str) -> None:
    once = normalise_spaces(line)
    assert normalise_spaces(once) == once


@_FAST
@given(_TEXT)
def test_properties_repair_text_never_joins_lines(text: str) -> None:
    repaired, repairs = repair_text(text)
    # ftfy may turn other breaks ("\r", U+2028) into "\n", never the reverse.
    assert repaired.count("\n") >= text.count("\n")
    assert all(repair.kind == "mojibake" for repair in repairs)


@_FAST
@given(_TEXT)
def test_properties_find_timestamp_span_lies_in_the_line(line: str) -> None:
    found = find_timestamp(line)
    if found is not None:
        assert 0 <= found.start < found.end <= len(line)
        assert any(char.isdigit() for char in line[found.start : found.end])
    for _, start, end, _ in iter_dates(line):
        assert 0 <= start < end <= len(line)


@_FAST
@given(
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2039, 12, 31)),
    st.sampled_from(["%d-%m-%Y %H:%M", "%d/%m/%Y %H:%M", "%Y-%m-%d %H:%M", "%d.%m.%Y"]),
    st.sampled_from(["", "Publié le ", "Updated: ", "Mis à jour le "]),
)
def test_properties_chrome_time_reads_a_written_timestamp(
    moment: datetime, layout: str, label: str
) -> None:
    found = chrome_time(label + moment.strftime(layout))
    assert found is not None
    value = found.timestamp.value
    day = value.date() if isinstance(value, datetime) else value
    if found.timestamp.ambiguous:
        assert {day, date(moment.year, moment.day, moment.month)} >= {day}
    else:
        assert day == moment.date()


@_FAST
@given(_TEXT)
def test_properties_is_repeat_is_reflexive_for_lines_with_words(line: str) -> None:
    if any(char.isalnum() for char in line):
        assert is_repeat(line, line) or not normalise_spaces(line)


@_FAST
@given(_LINES)
def test_properties_split_footer_keeps_a_prefix(lines: list[str]) -> None:
    remaining, footer = split_footer(list(lines))
    assert remaining == lines[: len(remaining)]
    assert all(line.text for line in footer.removed)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_LINES, st.booleans())
def test_properties_clean_gives_slicing_paragraphs_or_a_coded_error(
    lines: list[str], is_html: bool
) -> None:
    content = "\n".join(lines)
    if is_html:
        content = "<html><body>" + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>"
    if not content.strip():
        return
    document = make_document(content, source="page", format=Format.TEXT, is_html=is_html)
    try:
        article = clean(document)
    except ExtractionError as error:
        assert error.code == "E010"
        return
    assert article.text.strip()
    for span in article.paragraphs:
        paragraph = article.text[span.start : span.end]
        assert paragraph
        assert paragraph == paragraph.strip()
