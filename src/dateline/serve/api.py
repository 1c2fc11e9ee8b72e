"""The HTTP API: stored events, articles with highlighted evidence, on-demand extraction.

``create_app`` builds a FastAPI application over one DuckDB file. Every request opens the
database read-only and closes it when done, because DuckDB lets one process write a file
or any number of processes read it, never both: holding it open would lock `dateline
ingest` out for as long as the server runs. A request made while an ingest writes waits
briefly, then gets 503 (E023) with ``Retry-After``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, FastAPI, HTTPException, Query, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from dateline import __version__
from dateline.errors import DatelineError, InternalError, RequestError, StoreError
from dateline.ingest.document import make_document
from dateline.pipeline import extraction_output, process
from dateline.records import Format
from dateline.serve.limits import BodyLimit
from dateline.serve.models import (
    AcledType,
    ArticleDetail,
    ErrorBody,
    EventDetail,
    EventPage,
    Extraction,
    FeatureCollection,
    Health,
    HtmlPage,
    PloverType,
    Status,
    TextPage,
)
from dateline.serve.views import (
    BBOX_PATTERN,
    article_detail,
    event_detail,
    feature_collection,
    parse_bbox,
    parse_day,
    with_incident_keys,
)
from dateline.settings import get_float, get_int
from dateline.store import EventFilters, Store

__all__ = ["create_app"]

STATIC = Path(__file__).resolve().parent / "static"
DEFAULT_LIMIT = get_int("serve", "default_limit")
MAX_LIMIT = get_int("serve", "max_limit")
# Offsets past this are refused by validation rather than by the database's integer range.
MAX_OFFSET = 1_000_000_000

_PLACEHOLDER = """<!doctype html>
<html lang="en"><meta charset="utf-8"><title>dateline</title>
<h1>dateline</h1>
<p>The event page is not installed in this copy. The API is here:
<a href="/docs">/docs</a>, <a href="/api/events">/api/events</a>,
<a href="/api/health">/api/health</a>.</p>
</html>
"""


@dataclass(frozen=True, slots=True)
class ApiConfig:
    """What every request needs: the database and how long to wait for it."""

    db_path: Path
    read_wait: float


def create_app(
    db_path: str | Path,
    *,
    max_body_bytes: int | None = None,
    read_wait: float | None = None,
) -> FastAPI:
    """The API over ``db_path``; limits default to ``[serve]`` in settings.cfg.

    The database is brought up to date once here (readers cannot migrate it); if another
    process is writing it at that moment, that process upgrades it instead.
    """
    path = Path(db_path)
    _upgrade(path)
    app = FastAPI(
        title="dateline",
        version=__version__,
        description="Coded events from news reports, each field backed by its evidence.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.config = ApiConfig(
        db_path=path, read_wait=get_float("serve", "read_wait") if read_wait is None else read_wait
    )
    limit = get_int("serve", "max_body_bytes") if max_body_bytes is None else max_body_bytes
    app.add_middleware(BodyLimit, limit=limit)
    # Starlette types handlers as taking any Exception; each of ours takes its own kind.
    app.add_exception_handler(RequestError, _request_error)  # type: ignore[arg-type]
    app.add_exception_handler(StoreError, _store_error)  # type: ignore[arg-type]
    app.include_router(router)
    _document_errors_as_json(app)
    _mount_page(app)
    _mount_docs(app)
    return app


def _upgrade(path: Path) -> None:
    """Migrate the schema now, unless the file is missing or another process writes it."""
    if not path.is_file():
        return  # requests answer 503 (E014) until the database exists
    try:
        Store(path).close()
    except StoreError as error:
        if error.code != "E023":
            raise


def _request_error(request: Request, error: RequestError) -> JSONResponse:
    return JSONResponse({"detail": error.reason, "code": error.code}, status_code=error.status)


def _store_error(request: Request, error: StoreError) -> JSONResponse:
    headers = {"Retry-After": "5"} if error.code == "E023" else None
    return JSONResponse({"detail": error.reason, "code": error.code}, 503, headers=headers)


def open_store(request: Request) -> Iterator[Store]:
    """A read-only store for one request, closed (releasing the file) when it is done."""
    config: ApiConfig = request.app.state.config
    store = Store(config.db_path, read_only=True, wait=config.read_wait)
    try:
        yield store
    finally:
        store.close()


StoreDep = Annotated[Store, Depends(open_store)]


@dataclass(frozen=True, slots=True)
class EventQuery:
    filters: EventFilters
    limit: int
    offset: int


def event_query(
    acled_type: Annotated[AcledType | None, Query(description="ACLED event type")] = None,
    plover_type: Annotated[PloverType | None, Query(description="PLOVER event type")] = None,
    country: Annotated[
        str | None, Query(pattern="^[A-Za-z]{2}$", description="ISO 3166-1 alpha-2 code")
    ] = None,
    actor: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=200,
            description="actor1 or actor2: canonical id (GRP.JNIM), or part of its name, "
            "case and accents ignored",
        ),
    ] = None,
    since: Annotated[
        str | None, _day_query("events that may have happened on or after this day")
    ] = None,
    until: Annotated[
        str | None, _day_query("events that may have happened on or before this day")
    ] = None,
    status: Annotated[Status | None, Query(description="factual status")] = None,
    bbox: Annotated[
        str | None,
        Query(
            pattern=BBOX_PATTERN,
            description="west,south,east,north in degrees; west > east crosses the "
            "antimeridian; events without coordinates are left out",
            examples=["-5.5,10,4.5,25"],
        ),
    ] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="records per page")] = (
        DEFAULT_LIMIT
    ),
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="records to skip")] = 0,
) -> EventQuery:
    """The filters of the event listings, checked; a bad ``bbox`` is a 400 (E025)."""
    filters = EventFilters(
        acled_type=acled_type,
        plover_type=plover_type,
        country=country.upper() if country else None,
        actor=actor,
        since=parse_day(since, "since") if since else None,
        until=parse_day(until, "until") if until else None,
        status=status,
        bbox=parse_bbox(bbox) if bbox else None,
    )
    return EventQuery(filters, limit, offset)


QueryDep = Annotated[EventQuery, Depends(event_query)]


def _day_query(description: str) -> Any:
    """A YYYY-MM-DD query parameter. Not typed ``date``: pydantic would also take a number
    of seconds since 1970 ("0"), which a day filter should refuse."""
    return Query(
        pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
        description=description,
        json_schema_extra={"format": "date"},
    )


def _errors(**statuses: str) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for error statuses (``e404="why"``), all an ``ErrorBody``."""
    return {
        int(status[1:]): {"model": ErrorBody, "description": description}
        for status, description in statuses.items()
    }


_UNAVAILABLE = "the database is being written (E023) or cannot be read (E014)"
_BAD_FILTER = "a filter that cannot be applied (E025)"

router = APIRouter(prefix="/api")


@router.get("/health", response_model=Health, responses=_errors(e503=_UNAVAILABLE))
def health(store: StoreDep) -> dict[str, Any]:
    """Whether the database answers, and how much it holds."""
    return {"status": "ok", "articles": store.count_articles(), "events": store.count_events()}


@router.get(
    "/events",
    response_model=EventPage,
    responses=_errors(e400=_BAD_FILTER, e503=_UNAVAILABLE),
)
def list_events(query: QueryDep, store: StoreDep) -> JSONResponse:
    """Stored events, one per incident, newest first, filtered and paged."""
    records = store.events(limit=query.limit, offset=query.offset, **query.filters)
    # Returned as built, not through the response model: validating 5,000 records costs
    # ten times their encoding. tests/serve/test_api_schema.py checks them against it.
    page = {
        "total": store.count_events(**query.filters),
        "limit": query.limit,
        "offset": query.offset,
        "events": [with_incident_keys(record) for record in records],
    }
    return JSONResponse(page)


class GeoJSONResponse(JSONResponse):
    media_type = "application/geo+json"


@router.get(
    "/events.geojson",
    response_model=FeatureCollection,
    response_class=GeoJSONResponse,
    responses=_errors(e400=_BAD_FILTER, e503=_UNAVAILABLE),
)
def events_geojson(query: QueryDep, store: StoreDep) -> GeoJSONResponse:
    """The same events as a map layer (RFC 7946); events without coordinates are left out."""
    records = store.events(limit=query.limit, offset=query.offset, **query.filters)
    return GeoJSONResponse(feature_collection(records))  # unvalidated, as list_events


@router.get(
    "/events/{event_id}",
    response_model=EventDetail,
    responses=_errors(e404="no event or incident with this id", e503=_UNAVAILABLE),
)
def get_event(event_id: str, store: StoreDep) -> dict[str, Any]:
    """One event (an incident id or any of its reports' ids) with the reporting articles,
    each with this event's evidence spans (offsets into that article's text)."""
    found = event_detail(store, event_id)
    if found is None:
        raise HTTPException(404, detail=f"no event or incident with id {event_id!r}")
    return found


@router.get(
    "/articles/{content_hash}",
    response_model=ArticleDetail,
    responses=_errors(e404="no stored article with this content hash", e503=_UNAVAILABLE),
)
def get_article(content_hash: str, store: StoreDep) -> dict[str, Any]:
    """A stored article, its events and the evidence spans of all of them."""
    found = article_detail(store, content_hash)
    if found is None:
        raise HTTPException(404, detail=f"no stored article with content hash {content_hash!r}")
    return found


# spaCy pipelines are not safe to call from several threads at once.
_PIPELINE_LOCK = threading.Lock()


@router.post(
    "/extract",
    response_model=Extraction,
    responses=_errors(
        e400="the page holds no usable article (E010, E011, E018 …)",
        e413="the body is over the size limit (E024)",
    ),
)
def extract(page: Annotated[TextPage | HtmlPage, Body()]) -> dict[str, Any] | JSONResponse:
    """Extract one page, given as ``text`` or ``html``, as `dateline extract --json` does.

    Nothing is stored. A page the pipeline cannot use is a 400 with the pipeline's own
    error code (E010 no article text, E011 not an article, E018 too long …).
    """
    is_html = isinstance(page, HtmlPage)
    document = make_document(
        page.html if isinstance(page, HtmlPage) else page.text,
        source="api",
        format=Format.HTML if is_html else Format.TEXT,
        is_html=is_html,
        record_id=page.id,
        url=page.url,
        title=page.title,
        published=page.published,
    )
    try:
        with _PIPELINE_LOCK:
            extraction = process(document, lang=page.lang)
    except InternalError:
        raise
    except DatelineError as error:
        return JSONResponse({"detail": error.reason, "code": error.code}, status_code=400)
    return extraction_output(extraction)


def _document_errors_as_json(app: FastAPI) -> None:
    """Error answers are JSON even where success is GeoJSON; FastAPI documents every
    answer of a route with the route's media type, so correct the spec once built."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        spec = build()
        for operation in (op for path in spec["paths"].values() for op in path.values()):
            for status, response in operation.get("responses", {}).items():
                content = response.get("content", {})
                if not status.startswith("2") and GeoJSONResponse.media_type in content:
                    content["application/json"] = content.pop(GeoJSONResponse.media_type)
        return spec

    app.openapi = openapi  # type: ignore[method-assign]


def _mount_page(app: FastAPI) -> None:
    """``/`` is the event page, ``/static`` its files; a placeholder until it is built."""

    @app.get("/", include_in_schema=False)
    def index() -> Response:
        page = STATIC / "index.html"
        return FileResponse(page) if page.is_file() else HTMLResponse(_PLACEHOLDER)

    if STATIC.is_dir():
        app.mount("/static", StaticFiles(directory=STATIC), name="static")


def _mount_docs(app: FastAPI) -> None:
    """Swagger UI at ``/docs`` from files shipped in a Python package: no CDN, works offline."""
    assets = Path(str(files("swagger_ui").joinpath("static")))
    app.mount("/docs/assets", StaticFiles(directory=assets), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title="dateline API",
            swagger_js_url="/docs/assets/swagger-ui-bundle.js",
            swagger_css_url="/docs/assets/swagger-ui.css",
            swagger_favicon_url="/docs/assets/favicon-32x32.png",
        )
