// The page's wiring: filters (kept in the URL hash so a view can be shared), one request
// for the events matching the server-side filters, then the map, timeline and list drawn
// from it; dates are applied here so that brushing the timeline needs no request.
import { createMap } from "./map.js";
import { renderDetail, renderList } from "./panel.js";
import {
  ACLED_TYPES,
  colour,
  countryName,
  countryOf,
  dayNumber,
  inDateRange,
} from "./records.js";
import { createTimeline } from "./timeline.js";

const PAGE_SIZE = 5000; // the API's maximum page
const SERVER_FILTERS = ["acled_type", "country", "status", "actor"];
const FILTERS = [...SERVER_FILTERS, "since", "until"];

const form = document.getElementById("filters");
const summary = document.getElementById("summary");
const message = document.getElementById("message");
const list = document.getElementById("event-list");
const detail = document.getElementById("event-detail");
const legend = document.getElementById("legend");
const caption = document.getElementById("timeline-caption");

const state = { pool: [], total: 0, request: 0, selected: null, options: { acled_type: new Set(ACLED_TYPES), country: new Set(), status: new Set() } };

const map = createMap(document.getElementById("map"), { onSelect: (id) => selectEvent(id) });
map.basemap.catch((error) => showMessage(`The basemap could not be drawn: ${error.message}`));
const timeline = createTimeline(document.getElementById("timeline"), {
  onSelect: ({ since, until }) => {
    form.elements.since.value = since;
    form.elements.until.value = until;
    filtersChanged({ reload: false });
  },
});

/** The filters as the form holds them, empty ones left out. */
function currentFilters() {
  const filters = {};
  for (const name of FILTERS) {
    const value = form.elements[name].value.trim();
    if (value) filters[name] = value;
  }
  return filters;
}

async function loadPool() {
  const request = ++state.request;
  const filters = currentFilters();
  const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
  for (const name of SERVER_FILTERS) if (filters[name]) params.set(name, filters[name]);
  summary.textContent = "loading…";
  document.body.dataset.ready = "false"; // tests and scripts wait for "true"
  try {
    const page = await getJSON(`/api/events?${params}`);
    if (request !== state.request) return; // a newer request superseded this one
    state.pool = page.events;
    state.total = page.total;
    rememberOptions(page.events);
    hideMessage();
  } catch (error) {
    if (request !== state.request) return;
    state.pool = [];
    state.total = 0;
    showMessage(`Events could not be loaded: ${error.message}`);
  }
  redraw({ fit: true });
  document.body.dataset.ready = "true";
}

/** Map, timeline, list and summary for the pool under the date filters. */
function redraw({ fit }) {
  const filters = currentFilters();
  const since = dayNumber(filters.since ?? null);
  const until = dayNumber(filters.until ?? null);
  const visible = state.pool.filter((record) => inDateRange(record, since, until));
  const onMap = map.setEvents(visible, { fit });
  const drawn = timeline.render(state.pool, since, until);
  caption.textContent = `events per ${drawn.unit}${drawn.undated ? ` (${drawn.undated} undated not drawn)` : ""}`;
  drawLegend(visible);
  const more = state.total > state.pool.length ? ` (first ${state.pool.length} of ${state.total} loaded: narrow the filters)` : "";
  summary.dataset.events = String(visible.length);
  summary.dataset.onMap = String(onMap);
  summary.textContent = `${visible.length} event(s), ${onMap} on the map, ${visible.length - onMap} without a point${more}`;
  if (!state.selected) renderList(list, visible, { onSelect: (id) => selectEvent(id, { reveal: true }) });
  writeHash();
}

function drawLegend(records) {
  const counts = new Map();
  for (const record of records) counts.set(record.acled_type, (counts.get(record.acled_type) ?? 0) + 1);
  const items = [...counts].map(([type, count]) => {
    const item = document.createElement("button");
    item.type = "button";
    item.className = "legend-item";
    item.title = `show only ${type}`;
    const dot = document.createElement("span");
    dot.className = "swatch";
    dot.style.background = colour(type);
    item.append(dot, document.createTextNode(`${type} ${count}`));
    item.addEventListener("click", () => {
      form.elements.acled_type.value = type;
      filtersChanged({ reload: true });
    });
    return item;
  });
  legend.replaceChildren(...items);
}

function rememberOptions(records) {
  for (const record of records) {
    if (record.acled_type) state.options.acled_type.add(record.acled_type);
    if (record.status) state.options.status.add(record.status);
    const country = countryOf(record);
    if (country) state.options.country.add(country);
  }
  fillSelect("acled_type", [...state.options.acled_type], (type) => type);
  fillSelect("status", [...state.options.status].sort(), (status) => status);
  const countries = [...state.options.country].sort((a, b) => countryName(a).localeCompare(countryName(b)));
  fillSelect("country", countries, (iso2) => `${countryName(iso2)} (${iso2})`);
}

function fillSelect(name, values, label) {
  const select = form.elements[name];
  const chosen = select.value;
  const keep = select.options[0];
  const options = values.map((value) => new Option(label(value), value));
  select.replaceChildren(keep, ...options);
  if (chosen && !values.includes(chosen)) select.append(new Option(label(chosen), chosen));
  select.value = chosen;
}

async function selectEvent(id, { reveal = false } = {}) {
  state.selected = id;
  map.select(id, { reveal });
  list.hidden = true;
  detail.hidden = false;
  detail.dataset.eventId = id;
  detail.replaceChildren(document.createTextNode("loading…"));
  writeHash();
  try {
    const record = await getJSON(`/api/events/${encodeURIComponent(id)}`);
    if (state.selected !== id) return;
    renderDetail(detail, record, { onClose: closeEvent });
    detail.classList.add("loaded");
  } catch (error) {
    if (state.selected !== id) return;
    detail.replaceChildren(document.createTextNode(`Event ${id} could not be loaded: ${error.message}`));
  }
}

function closeEvent() {
  state.selected = null;
  detail.hidden = true;
  detail.classList.remove("loaded");
  list.hidden = false;
  map.select(null);
  redraw({ fit: false });
}

function filtersChanged({ reload }) {
  if (state.selected) closeEvent();
  if (reload) loadPool();
  else redraw({ fit: false });
}

let actorTimer = null;
form.addEventListener("change", (event) => {
  const name = event.target.name;
  if (name === "actor") return; // handled on input, debounced
  filtersChanged({ reload: SERVER_FILTERS.includes(name) });
});
form.addEventListener("input", (event) => {
  if (event.target.name !== "actor") return;
  clearTimeout(actorTimer);
  actorTimer = setTimeout(() => filtersChanged({ reload: true }), 300);
});
form.addEventListener("submit", (event) => event.preventDefault());
form.addEventListener("reset", () => {
  // The form clears its fields after this event: reload once it has.
  setTimeout(() => filtersChanged({ reload: true }), 0);
});

function writeHash() {
  const params = new URLSearchParams(currentFilters());
  if (state.selected) params.set("event", state.selected);
  const hash = params.toString();
  history.replaceState(null, "", hash ? `#${hash}` : location.pathname);
}

function readHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  for (const name of FILTERS) {
    const value = params.get(name);
    if (!value) continue;
    const field = form.elements[name];
    if (field.tagName === "SELECT" && ![...field.options].some((option) => option.value === value)) {
      field.append(new Option(value, value));
    }
    field.value = value;
  }
  return params.get("event");
}

async function getJSON(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    let detail = response.statusText;
    try {
      detail = (await response.json()).detail ?? detail;
    } catch {
      // not JSON: keep the status text
    }
    throw new Error(`${response.status} ${typeof detail === "string" ? detail : JSON.stringify(detail)}`);
  }
  return response.json();
}

function showMessage(text) {
  message.textContent = text;
  message.hidden = false;
}

function hideMessage() {
  message.hidden = true;
}

const initialEvent = readHash();
await loadPool();
if (initialEvent) selectEvent(initialEvent, { reveal: true });
