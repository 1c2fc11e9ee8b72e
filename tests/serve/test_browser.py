"""The page in a real headless Chromium, served by `dateline serve` on the examples' database.

Debian's /usr/bin/chromium driven by Playwright (its own browser download does not work
offline). Checks what a reader sees: markers on the map, a click on one opening the event
with its evidence highlighted in the article text and its claim chain, the timeline
filtering the map, and no request leaving the server.
"""

from __future__ import annotations

import importlib.util
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from dateline.cli.ingest import ingest
from dateline.store import Store

CHROMIUM = Path("/usr/bin/chromium")
# The flags that make Debian's Chromium start quietly as root with no network of its own.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SEED = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "seed-fr-almanar.txt"
VENDOR = Path(__file__).resolve().parents[2] / "src/dateline/serve/static/vendor/.copied"
STARTUP_SECONDS = 60

pytestmark = [
    pytest.mark.skipif(
        not CHROMIUM.is_file(), reason="no /usr/bin/chromium: `make browser` installs it (root)"
    ),
    pytest.mark.skipif(
        importlib.util.find_spec("dateline.serve.api") is None,
        reason="dateline.serve.api (the HTTP API) is not in this checkout",
    ),
    pytest.mark.skipif(
        not VENDOR.is_file(), reason="the page's npm files are not copied: run `make install`"
    ),
]


@pytest.fixture(scope="module")
def page_db(examples_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The examples' database, plus the shared seed page when it sits beside this checkout."""
    path = tmp_path_factory.mktemp("browser") / "page.duckdb"
    shutil.copyfile(examples_db, path)
    if SEED.is_file():
        with Store(path) as store:
            ingest([str(SEED)], store=store)
    return path


@pytest.fixture(scope="module")
def server(page_db: Path) -> Iterator[str]:
    """`dateline serve` in a subprocess on a free loopback port; yields its base URL."""
    port = _free_port()
    command = [sys.executable, "-c", "from dateline.cli import main; main()", "serve"]
    command += ["--db", str(page_db), "--host", "127.0.0.1", "--port", str(port)]
    log = page_db.with_suffix(".log")
    with log.open("wb") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base, process, log)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser, server: str) -> Iterator[Page]:
    """The page loaded and drawn; afterwards, no request left the server and no script failed."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    tab = context.new_page()
    outside: list[str] = []
    errors: list[str] = []
    tab.on("request", lambda request: _note_outside(request.url, server, outside))
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.on("console", lambda message: _note_console_error(message.type, message.text, errors))
    tab.goto(f"{server}/")
    tab.wait_for_selector("body[data-ready=true]", timeout=20_000)
    tab.wait_for_function(_MAP_SETTLED)
    yield tab
    context.close()
    assert outside == [], f"the page requested files from outside the server: {outside}"
    assert errors == [], f"the page logged errors: {errors}"


def test_browser_draws_a_marker_per_located_event(page: Page, server: str) -> None:
    located = [event for event in _events(server) if _has_point(event)]
    assert located, "the examples should give events with coordinates"
    drawn = _drawn_event_ids(page)
    assert sorted(drawn) == sorted(event["id"] for event in located)
    assert page.locator("#summary").get_attribute("data-on-map") == str(len(located))
    # The basemap is drawn: Leaflet put the countries on a canvas.
    assert page.locator("#map canvas").count() >= 1


def test_browser_timeline_counts_every_dated_event(page: Page, server: str) -> None:
    dated = [event for event in _events(server) if event["date"]["date_start"]]
    totals = [int(n) for n in page.locator("#timeline g.bin").evaluate_all(_TOTALS)]
    assert sum(totals) == len(dated)
    stacked_types = set(page.locator("#timeline rect.bar").evaluate_all(_TYPES))
    assert stacked_types == {event["acled_type"] for event in dated}


def test_browser_marker_click_shows_evidence_and_claim_chain(
    page: Page, server: str, tmp_path: Path
) -> None:
    event = _pick(_events(server), lambda e: bool(e["claim_chain"]) and len(e["evidence"]) >= 2)
    _click_marker(page, event["id"])
    shown = _check_event_panel(page, server, event["id"])
    assert "trigger" in shown
    screenshot = tmp_path / "event.png"
    page.screenshot(path=str(screenshot))
    print(f"screenshot: {screenshot}")


def test_browser_palmyra_strike_shows_its_evidence(page: Page, server: str, tmp_path: Path) -> None:
    if not SEED.is_file():
        pytest.skip("shared seed page not available beside this checkout")
    strike = _pick(
        _events(server),
        lambda e: (
            e["acled_type"] == "Explosions/Remote violence"
            and (e["place"] or {}).get("name") == "Tadmur"
            and any("Palmyr" in span["text"] for span in e["evidence"])
        ),
    )
    _click_marker(page, strike["id"])
    shown = _check_event_panel(page, server, strike["id"])
    assert {"trigger", "place"} <= set(shown)
    assert any("Palmyr" in text for text in shown["place"])
    assert "Tadmur" in page.locator("#event-detail .fact-place").inner_text()
    screenshot = tmp_path / "palmyra.png"
    page.screenshot(path=str(screenshot))
    print(f"screenshot: {screenshot}")


def test_browser_timeline_click_filters_the_map(page: Page, server: str) -> None:
    fullest = page.locator("#timeline g.bin").evaluate_all(_FULLEST)
    page.locator(f'#timeline g.bin[data-since="{fullest}"]').click()
    since = page.locator("input[name=since]").input_value()
    until = page.locator("input[name=until]").input_value()
    assert since == fullest
    assert until >= since
    expected = [
        event
        for event in _events(server)
        if _has_point(event)
        and event["date"]["date_start"]
        and event["date"]["date_end"] >= since
        and event["date"]["date_start"] <= until
    ]
    assert page.locator("#summary").get_attribute("data-on-map") == str(len(expected))
    assert len(expected) < len([e for e in _events(server) if _has_point(e)])


def test_browser_type_filter_asks_the_server(page: Page, server: str) -> None:
    wanted = "Battles"
    expected = _events(server, acled_type=wanted)
    assert expected, "the examples should hold battles"
    page.locator("select[name=acled_type]").select_option(wanted)
    page.wait_for_selector("body[data-ready=true]")
    assert page.locator("#summary").get_attribute("data-events") == str(len(expected))
    assert set(page.locator("#event-list .event-row").evaluate_all(_ROW_IDS)) == {
        event["id"] for event in expected
    }


def test_browser_actor_search_asks_the_server(page: Page, server: str) -> None:
    expected = _events(server, actor="russ")
    assert 0 < len(expected) < len(_events(server)), "the examples name Russian forces"
    page.locator("input[name=actor]").fill("russ")
    page.wait_for_function(
        f"document.querySelector('#summary').dataset.events === '{len(expected)}'"
    )
    page.wait_for_selector("body[data-ready=true]")
    assert set(page.locator("#event-list .event-row").evaluate_all(_ROW_IDS)) == {
        event["id"] for event in expected
    }


HIGHLIGHT_TEXT = "Selon l'OSDH, douze civils tués à Alep samedi."
HIGHLIGHT_SPANS = [
    {"field": "fatalities", "start": 14, "end": 31},  # holds the trigger
    {"field": "trigger", "start": 27, "end": 31},
    {"field": "target", "start": 20, "end": 38},  # crosses the fatalities span
    {"field": "place", "start": 34, "end": 38},
    {"field": "source", "start": 8, "end": 12},
    {"field": "date", "start": 40, "end": 99},  # past the end of the text: not drawn
]
_HIGHLIGHT = """async ([text, spans]) => {
    const { highlightedText } = await import("/static/highlight.js");
    const box = document.createElement("div");
    box.append(highlightedText(text, spans));
    const parts = {};
    for (const mark of box.querySelectorAll("mark")) {
        (parts[mark.dataset.evidence] ??= []).push(mark.textContent);
    }
    return { text: box.textContent, parts };
}"""


def test_browser_highlight_nests_and_cuts_crossing_spans(page: Page) -> None:
    drawn = page.evaluate(_HIGHLIGHT, [HIGHLIGHT_TEXT, HIGHLIGHT_SPANS])
    assert drawn["text"] == HIGHLIGHT_TEXT
    for index, span in enumerate(HIGHLIGHT_SPANS[:5]):
        assert "".join(drawn["parts"][str(index)]) == HIGHLIGHT_TEXT[span["start"] : span["end"]]
    assert drawn["parts"]["2"] == ["civils tués", " à Alep"]  # cut where fatalities ends
    assert "5" not in drawn["parts"]


# --- helpers -------------------------------------------------------------------------------

_TOTALS = "groups => groups.map(g => g.dataset.total)"
_TYPES = "bars => bars.map(bar => bar.dataset.type)"
_ROW_IDS = "rows => rows.map(row => row.dataset.eventId)"
_FULLEST = (
    "groups => groups.reduce((a, b) => (+b.dataset.total > +a.dataset.total ? b : a)).dataset.since"
)
_MAP_SETTLED = "!document.querySelector('.leaflet-zoom-anim, .leaflet-cluster-anim')"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_until_up(base: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            output = log.read_text(encoding="utf-8", errors="replace")
            pytest.fail(f"`dateline serve` exited with {process.returncode}:\n{output}")
        try:
            if httpx.get(f"{base}/api/health", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    pytest.fail(f"`dateline serve` did not answer within {STARTUP_SECONDS} s")


def _note_outside(url: str, server: str, outside: list[str]) -> None:
    if not url.startswith((server, "data:")):
        outside.append(url)


def _note_console_error(kind: str, text: str, errors: list[str]) -> None:
    if kind == "error":
        errors.append(text)


def _events(server: str, **filters: str) -> list[dict[str, Any]]:
    response = httpx.get(f"{server}/api/events", params={"limit": 5000, **filters}, timeout=30)
    response.raise_for_status()
    body = response.json()
    assert body["total"] == len(body["events"])
    return list(body["events"])


def _has_point(event: dict[str, Any]) -> bool:
    place = event.get("place") or {}
    return place.get("lat") is not None and place.get("lon") is not None


def _pick(events: list[dict[str, Any]], wanted: Any) -> dict[str, Any]:
    found = [event for event in events if _has_point(event) and wanted(event)]
    assert found, "no stored event fits this test"
    return found[0]


def _drawn_event_ids(page: Page) -> list[str]:
    """Event ids of the markers on screen, those inside cluster icons included."""
    singles = page.locator(".ev-marker[data-event-id]").evaluate_all(
        "markers => markers.map(m => m.dataset.eventId)"
    )
    clustered = page.locator(".ev-cluster-pie[data-event-ids]").evaluate_all(
        "pies => pies.flatMap(p => p.dataset.eventIds.split(' '))"
    )
    return [*singles, *clustered]


def _click_marker(page: Page, event_id: str) -> None:
    """Click the clusters holding the event (each zooms in or spreads out), then its marker."""
    marker = page.locator(f'.ev-marker[data-event-id="{event_id}"]')
    for _ in range(12):
        page.wait_for_function(_MAP_SETTLED)
        if marker.count() and marker.is_visible():
            marker.click()
            return
        cluster = page.locator(f'.ev-cluster-pie[data-event-ids~="{event_id}"]')
        assert cluster.count() == 1, f"event {event_id} is neither a marker nor in one cluster"
        cluster.click()
        page.wait_for_timeout(400)  # Leaflet starts its zoom or spiderfy animation
    pytest.fail(f"the marker of event {event_id} never came out of its clusters")


def _check_event_panel(page: Page, server: str, event_id: str) -> dict[str, list[str]]:
    """The open panel shows the event's facts, claim chain and every evidence span marked.

    Returns the highlighted texts by field.
    """
    page.wait_for_selector(f'#event-detail.loaded[data-event-id="{event_id}"]')
    record = httpx.get(f"{server}/api/events/{event_id}", timeout=30).json()
    chain = page.locator("#event-detail .claim-chain li").all_inner_texts()
    assert chain == record["claim_chain"]
    shown: dict[str, list[str]] = {}
    for article in record["articles"]:
        content_hash = article["content_hash"]
        section = page.locator(f'#event-detail section.article[data-content-hash="{content_hash}"]')
        assert section.count() == 1
        for index, span in enumerate(article["highlights"]):
            assert article["text"][span["start"] : span["end"]] == span["text"]
            parts = section.locator(f'.article-text mark[data-evidence="{index}"]')
            assert parts.count() >= 1, f"evidence {span} is not highlighted"
            assert "".join(parts.all_text_contents()) == span["text"]
            assert parts.first.get_attribute("data-field") == span["field"]
            shown.setdefault(span["field"], []).append(span["text"])
    # The article's text box scrolled its evidence into view.
    text_box = page.locator("#event-detail .article-text").first
    frame = text_box.bounding_box()
    mark = text_box.locator("mark.hl-trigger, mark").first.bounding_box()
    assert frame and mark and frame["y"] <= mark["y"] <= frame["y"] + frame["height"]
    return shown
