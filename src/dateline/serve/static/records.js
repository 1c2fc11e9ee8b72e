// Reading event records (the shape of `Event.as_dict()` plus the store's optional keys):
// colours per ACLED type, days as integers, and short labels. No DOM here.

export const ACLED_TYPES = [
  "Battles",
  "Violence against civilians",
  "Explosions/Remote violence",
  "Riots",
  "Protests",
  "Strategic developments",
];

// Colour-blind-safe (Okabe–Ito); "other" for a type this list does not know yet.
const COLOURS = {
  Battles: "#d55e00",
  "Violence against civilians": "#cc79a7",
  "Explosions/Remote violence": "#0072b2",
  Riots: "#e69f00",
  Protests: "#009e73",
  "Strategic developments": "#7f7f7f",
};
const OTHER = "#56b4e9";

export function colour(type) {
  return COLOURS[type] ?? OTHER;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date ("2016-03-24"), or null. */
export function dayNumber(iso) {
  if (typeof iso !== "string" || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return null;
  const [year, month, day] = iso.slice(0, 10).split("-").map(Number);
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** ISO date of a day number. */
export function isoDay(day) {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The interval an event may have happened in, as day numbers, or null when undated. */
export function eventDays(record) {
  const start = dayNumber(record.date?.date_start);
  const end = dayNumber(record.date?.date_end) ?? start;
  if (start === null) return null;
  // A range is placed on its middle day, as the ACLED export codes it.
  return { start, end, mid: Math.floor((start + end) / 2) };
}

/** Whether an event may fall in [since, until] (day numbers or null), as `Store.events` reads it. */
export function inDateRange(record, since, until) {
  if (since === null && until === null) return true;
  const days = eventDays(record);
  if (!days) return false;
  return (since === null || days.end >= since) && (until === null || days.start <= until);
}

export function actorName(actor) {
  return actor ? (actor.name ?? actor.text ?? "") : "";
}

export function placeName(record) {
  return record.place ? (record.place.name ?? record.place.text ?? "") : "";
}

export function hasPoint(record) {
  return Number.isFinite(record.place?.lat) && Number.isFinite(record.place?.lon);
}

export function dateLabel(record) {
  const { date_start: start, date_end: end } = record.date ?? {};
  if (!start) return "undated";
  return !end || end === start ? start : `${start} – ${end}`;
}

export function fatalities(record) {
  const value = record.quantities?.fatalities;
  return Number.isInteger(value) ? value : null;
}

export function sourcesCount(record) {
  return Number.isInteger(record.sources_count) ? record.sources_count : 1;
}

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

export function countryName(iso2) {
  if (!iso2) return "";
  try {
    return regionNames.of(iso2) ?? iso2;
  } catch {
    return iso2;
  }
}

export function countryOf(record) {
  return record.place?.country_iso2 ?? null;
}

/** One line naming an event: "Air/drone strike — Tadmur, 2016-03-24". */
export function shortLabel(record) {
  const place = placeName(record) || "no place";
  return `${record.acled_subtype || record.acled_type} — ${place}, ${dateLabel(record)}`;
}
