// The side panel: the list of events in view, and one event's record with its reporting
// articles, every evidence span highlighted in the article text. Built with DOM calls and
// textContent only: article text and names never go through innerHTML.
import { highlightedText } from "./highlight.js";
import {
  actorName,
  colour,
  countryName,
  dateLabel,
  fatalities,
  placeName,
  shortLabel,
  sourcesCount,
} from "./records.js";

const LIST_LIMIT = 300;

/** Fill `container` with one row per record; `onSelect(id)` when a row is chosen. */
export function renderList(container, records, { onSelect }) {
  const rows = records.slice(0, LIST_LIMIT).map((record) => {
    const row = el("button", { className: "event-row", type: "button" });
    row.dataset.eventId = record.id;
    row.append(
      swatch(record.acled_type),
      el("span", { className: "row-main", textContent: shortLabel(record) }),
      el("span", { className: "row-actors", textContent: actorsLine(record) }),
    );
    row.addEventListener("click", () => onSelect(record.id));
    return row;
  });
  const heading = el("h2", {
    textContent: records.length ? `${records.length} event(s)` : "No event matches the filters",
  });
  container.replaceChildren(heading, ...rows);
  if (records.length > LIST_LIMIT) {
    container.append(el("p", { className: "note", textContent: `First ${LIST_LIMIT} shown; narrow the filters or the dates to see the others.` }));
  }
}

/** Show one event (the JSON of GET /api/events/{id}) in `container`. */
export function renderDetail(container, record, { onClose }) {
  container.dataset.eventId = record.id;
  const close = el("button", { className: "close", type: "button", textContent: "← all events" });
  close.addEventListener("click", onClose);
  const title = el("h2", {});
  title.append(swatch(record.acled_type), document.createTextNode(`${record.acled_type} · ${record.acled_subtype}`));
  container.replaceChildren(close, title, facts(record));
  const chain = claimChain(record.claim_chain ?? []);
  container.append(section("According to (speaker first, then who reports it)", chain));
  if (record.conflicts && Object.keys(record.conflicts).length) {
    container.append(section("Sources disagree", conflicts(record.conflicts)));
  }
  if (Array.isArray(record.sources) && record.sources.length > 1) {
    const independent = sourcesCount(record);
    const heading = `Reported in ${record.sources.length} articles${independent !== record.sources.length ? `, ${independent} independent` : ""}`;
    container.append(section(heading, sources(record.sources)));
  }
  const articles = Array.isArray(record.articles) ? record.articles : [];
  for (const article of articles) container.append(articleView(article));
  if (!articles.length) container.append(section("Evidence", evidenceList(record.evidence ?? [])));
  for (const box of container.querySelectorAll(".article-text")) scrollToEvidence(box);
}

/** Scroll an article's text box (not the panel) so its trigger, else first mark, is centred. */
function scrollToEvidence(box) {
  const mark = box.querySelector("mark.hl-trigger") ?? box.querySelector("mark");
  if (mark) box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 2);
}

function facts(record) {
  const list = el("dl", { className: "facts" });
  const rows = [
    ["PLOVER", [record.plover_type, record.plover_mode].filter(Boolean).join(" / ")],
    ["status", record.status],
    ["actor 1", actorLabel(record.actor1)],
    ["actor 2", actorLabel(record.actor2) || record.target || ""],
    ["place", placeLabel(record)],
    ["date", dateDetail(record.date)],
    ["fatalities", fatalities(record) ?? "not reported"],
    ["sources", sourcesCount(record)],
    ["weapons", (record.weapons ?? []).join(", ")],
    ["confidence", record.confidence],
  ];
  for (const [name, value] of rows) {
    if (value === "" || value === null || value === undefined) continue;
    const key = name.replace(/\s+/g, "-");
    list.append(el("dt", { textContent: name }), el("dd", { className: `fact-${key}`, textContent: String(value) }));
  }
  return list;
}

function actorLabel(actor) {
  if (!actor) return "";
  const extras = [actor.kind, actor.country_iso3].filter(Boolean).join(", ");
  return extras ? `${actorName(actor)} (${extras})` : actorName(actor);
}

function placeLabel(record) {
  const place = record.place;
  if (!place) return "";
  const where = [placeName(record), place.admin1, countryName(place.country_iso2)].filter(Boolean);
  const unique = where.filter((part, i) => where.indexOf(part) === i).join(", ");
  const point = Number.isFinite(place.lat) ? ` · ${place.lat.toFixed(3)}, ${place.lon.toFixed(3)}` : " · no point";
  return `${unique}${point}${place.precision ? ` · ${place.precision}` : ""}`;
}

function dateDetail(date) {
  if (!date?.date_start) return "undated";
  const parts = [dateLabel({ date }), date.precision, date.basis && `from ${date.basis}`];
  return parts.filter(Boolean).join(" · ") + (date.text ? ` (“${date.text}”)` : "");
}

function claimChain(chain) {
  if (!chain.length) return el("p", { className: "claim-chain empty", textContent: "the article, no attributed source" });
  // Innermost speaker first: "the ministry said it, Sputnik reported that".
  const list = el("ol", { className: "claim-chain" });
  chain.forEach((speaker, i) => {
    list.append(el("li", { textContent: speaker, title: i === 0 ? "says it" : "reports it" }));
  });
  return list;
}

function conflicts(byField) {
  const list = el("ul", { className: "conflicts" });
  for (const [field, values] of Object.entries(byField)) {
    const shown = values.map((item) => `${formatValue(item.value)} (${(item.event_ids ?? []).length} source(s))`);
    list.append(el("li", { textContent: `${field}: ${shown.join(" vs ")}` }));
  }
  return list;
}

function formatValue(value) {
  if (value === null || value === undefined) return "none";
  if (typeof value === "object") return value.name ?? value.date_start ?? JSON.stringify(value);
  return String(value);
}

function sources(items) {
  const list = el("ul", { className: "sources" });
  for (const item of items) {
    const label = [item.outlet, item.title || item.article_id].filter(Boolean).join(": ");
    const row = el("li", {});
    row.append(item.url ? link(item.url, label) : document.createTextNode(label));
    const toll = Number.isInteger(item.fatalities) ? ` · ${item.fatalities} killed` : "";
    const chain = (item.claim_chain ?? []).length ? ` · according to ${item.claim_chain.join(" ← ")}` : "";
    row.append(document.createTextNode(toll + chain));
    list.append(row);
  }
  return list;
}

function articleView(article) {
  const box = el("section", { className: "article" });
  box.dataset.contentHash = article.content_hash ?? "";
  const heading = el("h3", {});
  heading.append(article.url ? link(article.url, article.title || article.url) : document.createTextNode(article.title || article.id || "article"));
  box.append(heading);
  if (article.published) box.append(el("p", { className: "note", textContent: `published ${article.published}` }));
  const highlights = article.highlights ?? [];
  box.append(evidenceList(highlights));
  const body = el("div", { className: "article-text" });
  body.append(highlightedText(article.text ?? "", highlights));
  box.append(body);
  return box;
}

function evidenceList(spans) {
  const list = el("ul", { className: "evidence" });
  for (const span of spans) {
    const row = el("li", {});
    row.append(el("span", { className: `field hl-${String(span.field).replace(/[^a-z0-9_-]/gi, "_")}`, textContent: span.field }));
    row.append(document.createTextNode(` “${span.text}”`));
    list.append(row);
  }
  return list;
}

function actorsLine(record) {
  const names = [actorName(record.actor1), actorName(record.actor2) || record.target].filter(Boolean);
  const toll = fatalities(record);
  return [names.join(" → "), toll !== null ? `${toll} killed` : ""].filter(Boolean).join(" · ");
}

function section(title, content) {
  const box = el("section", {});
  box.append(el("h3", { textContent: title }), content);
  return box;
}

function swatch(type) {
  const dot = el("span", { className: "swatch", title: type });
  dot.style.background = colour(type);
  return dot;
}

function link(href, label) {
  // Only http(s) links: a stored url is data, never a javascript: URL.
  if (!/^https?:\/\//i.test(href)) return document.createTextNode(label);
  return el("a", { href, textContent: label, target: "_blank", rel: "noopener noreferrer" });
}

function el(tag, properties) {
  return Object.assign(document.createElement(tag), properties);
}
