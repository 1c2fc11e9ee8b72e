"""JSON Lines edge cases, read from files: ids, non-object lines, field types, blank lines."""

from __future__ import annotations

import json
from pathlib import Path

from dateline.ingest import read_file
from dateline.records import Document, Format, Skipped


def _jsonl(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "depeches.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _line(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=False)


def test_jsonl_numeric_id_is_coerced_to_string(tmp_path: Path) -> None:
    path = _jsonl(tmp_path, _line(id=4217, text="Un drone a frappé un dépôt de carburant à Soumy."))
    [document] = list(read_file(path))
    assert isinstance(document, Document)
    assert document.id == "4217"


def test_jsonl_list_line_is_skipped_as_not_an_object(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path,
        _line(id="soumy-1", text="Un drone a frappé un dépôt de carburant à Soumy."),
        json.dumps(["Soumy", "drone", "dépôt"], ensure_ascii=False),
        _line(id="soumy-2", text="Les pompiers ont maîtrisé l'incendie dans la nuit."),
    )
    records = list(read_file(path))
    assert [type(record).__name__ for record in records] == ["Document", "Skipped", "Document"]
    skipped = records[1]
    assert isinstance(skipped, Skipped)
    assert skipped.code == "E006"
    assert skipped.record == "line 2"
    assert "JSON list" in skipped.reason


def test_jsonl_non_string_title_is_skipped_naming_the_field(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path, _line(id="kharkiv-3", title=2022, text="Des tirs ont visé Kharkiv jeudi.")
    )
    [skipped] = list(read_file(path))
    assert isinstance(skipped, Skipped)
    assert skipped.code == "E013"
    assert skipped.record == "kharkiv-3"
    assert "'title'" in skipped.reason
    assert "int" in skipped.reason


def test_jsonl_boolean_id_is_not_coerced(tmp_path: Path) -> None:
    path = _jsonl(tmp_path, _line(id=True, text="Des tirs ont visé Kharkiv jeudi."))
    [skipped] = list(read_file(path))
    assert isinstance(skipped, Skipped)
    assert skipped.code == "E013"
    assert skipped.record == "line 1"


def test_jsonl_blank_lines_are_ignored_and_line_numbers_kept(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path,
        "",
        _line(id="mopti-1", text="Une embuscade a visé un convoi près de Mopti."),
        "   ",
        "",
        '{"id": "mopti-2", "text": "texte coupé',
        _line(id="mopti-3", text="Le convoi transportait des vivres pour Boni."),
    )
    records = list(read_file(path))
    assert [type(record).__name__ for record in records] == ["Document", "Skipped", "Document"]
    assert [record.id for record in records if isinstance(record, Document)] == [
        "mopti-1",
        "mopti-3",
    ]
    skipped = records[1]
    assert isinstance(skipped, Skipped)
    assert skipped.code == "E005"
    assert skipped.record == "line 5"


def test_jsonl_html_field_is_kept_as_html(tmp_path: Path) -> None:
    html = "<p>Une embuscade a visé un convoi près de Mopti.</p><p>Deux soldats tués.</p>"
    path = _jsonl(tmp_path, _line(id="mopti-4", html=html, text=""))
    [document] = list(read_file(path))
    assert isinstance(document, Document)
    assert (document.format, document.is_html, document.content) == (Format.JSONL, True, html)
