// The timeline: events per day (per week, month or year when the span is too long for
// days to be seen), stacked by ACLED type, as SVG. Clicking a bar or dragging across bars
// chooses a date range; the caller filters with it and the timeline zooms into it.
import { ACLED_TYPES, colour, eventDays, isoDay } from "./records.js";

const SVG = "http://www.w3.org/2000/svg";
const PAD = { left: 28, right: 8, top: 6, bottom: 18 };
const MIN_DRAG_PX = 4;

/** Draw into `svg`; `onSelect({since, until})` gets ISO days when a range is chosen. */
export function createTimeline(svg, { onSelect }) {
  let layout = null; // what the last render drew, to map pointer positions back to bins
  let dragFrom = null;
  const brush = element("rect", { class: "brush", height: 0 });

  svg.addEventListener("pointerdown", (event) => {
    if (!layout || event.button !== 0) return;
    dragFrom = svgX(svg, event);
    svg.setPointerCapture(event.pointerId);
    brush.setAttribute("x", dragFrom);
    brush.setAttribute("width", 0);
    svg.appendChild(brush);
  });
  svg.addEventListener("pointermove", (event) => {
    if (dragFrom === null) return;
    const x = svgX(svg, event);
    brush.setAttribute("x", Math.min(x, dragFrom));
    brush.setAttribute("y", PAD.top);
    brush.setAttribute("width", Math.abs(x - dragFrom));
    brush.setAttribute("height", layout.height - PAD.top - PAD.bottom);
  });
  svg.addEventListener("pointerup", (event) => {
    if (dragFrom === null) return;
    const x = svgX(svg, event);
    const [low, high] = Math.abs(x - dragFrom) < MIN_DRAG_PX ? [x, x] : [dragFrom, x].sort((a, b) => a - b);
    dragFrom = null;
    brush.remove();
    const first = binAt(layout, low);
    const last = binAt(layout, high);
    if (first && last) onSelect({ since: isoDay(first.start), until: isoDay(last.end - 1) });
  });
  svg.addEventListener("keydown", (event) => {
    const bin = event.target.closest?.("g.bin");
    if (bin && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      onSelect({ since: bin.dataset.since, until: bin.dataset.until });
    }
  });

  /** Draw `records` over [since, until] (day numbers or null for the data's own extent). */
  function render(records, since, until) {
    const dated = records.map((record) => [record, eventDays(record)]).filter(([, days]) => days);
    const mids = dated.map(([, days]) => days.mid);
    const from = since ?? (mids.length ? Math.min(...mids) : null);
    const to = until ?? (mids.length ? Math.max(...mids) : null);
    svg.replaceChildren();
    if (from === null || to === null || to < from) {
      layout = null;
      return { unit: "day", shown: 0, undated: records.length - dated.length };
    }
    const unit = unitFor(to - from + 1);
    const bins = makeBins(unit, from, to);
    let shown = 0;
    for (const [record, days] of dated) {
      if (days.mid < from || days.mid > to) continue;
      const bin = bins[binIndex(bins, days.mid)];
      bin.counts.set(record.acled_type, (bin.counts.get(record.acled_type) ?? 0) + 1);
      bin.total += 1;
      shown += 1;
    }
    layout = draw(svg, bins, unit);
    return { unit: unit.name, shown, undated: records.length - dated.length };
  }

  return { render };
}

const UNITS = [
  { name: "day", maxSpan: 120, floor: (d) => d, next: (d) => d + 1, label: (d) => isoDay(d) },
  {
    name: "week",
    maxSpan: 800,
    floor: (d) => d - ((d + 3) % 7), // day 0 (1970-01-01) was a Thursday; weeks start on Monday
    next: (d) => d + 7,
    label: (d) => isoDay(d),
  },
  {
    name: "month",
    maxSpan: 366 * 12,
    floor: (d) => dayOf(isoDay(d).slice(0, 7) + "-01"),
    next: (d) => {
      const [year, month] = isoDay(d).split("-").map(Number);
      return dayOf(month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, "0")}-01`);
    },
    label: (d) => isoDay(d).slice(0, 7),
  },
  {
    name: "year",
    maxSpan: Infinity,
    floor: (d) => dayOf(isoDay(d).slice(0, 4) + "-01-01"),
    next: (d) => dayOf(`${Number(isoDay(d).slice(0, 4)) + 1}-01-01`),
    label: (d) => isoDay(d).slice(0, 4),
  },
];

function dayOf(iso) {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

function unitFor(span) {
  return UNITS.find((unit) => span <= unit.maxSpan);
}

function makeBins(unit, from, to) {
  const bins = [];
  for (let start = unit.floor(from); start <= to; start = unit.next(start)) {
    bins.push({ start, end: unit.next(start), counts: new Map(), total: 0 });
  }
  return bins;
}

function binIndex(bins, day) {
  let low = 0;
  let high = bins.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (bins[middle].start <= day) low = middle;
    else high = middle - 1;
  }
  return low;
}

function draw(svg, bins, unit) {
  const width = svg.clientWidth || 600;
  const height = svg.clientHeight || 120;
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const plotWidth = width - PAD.left - PAD.right;
  const plotHeight = height - PAD.top - PAD.bottom;
  const step = plotWidth / bins.length;
  const highest = Math.max(1, ...bins.map((bin) => bin.total));
  const types = [...ACLED_TYPES, ...new Set(bins.flatMap((bin) => [...bin.counts.keys()]))];
  const order = [...new Set(types)];
  svg.appendChild(element("line", { class: "axis", x1: PAD.left, x2: width - PAD.right, y1: height - PAD.bottom, y2: height - PAD.bottom }));
  svg.appendChild(text(`${highest}`, PAD.left - 4, PAD.top + 8, "end"));
  bins.forEach((bin, i) => {
    const x = PAD.left + i * step;
    const group = element("g", {
      class: bin.total ? "bin" : "bin empty",
      tabindex: bin.total ? 0 : -1,
      "data-since": isoDay(bin.start),
      "data-until": isoDay(bin.end - 1),
      "data-total": bin.total,
    });
    const title = element("title", {});
    title.textContent = `${unit.label(bin.start)}: ${bin.total} event(s)${[...bin.counts]
      .map(([type, count]) => `\n${count} × ${type}`)
      .join("")}`;
    group.appendChild(title);
    group.appendChild(element("rect", { class: "hit", x, y: PAD.top, width: step, height: plotHeight }));
    let y = height - PAD.bottom;
    for (const type of order) {
      const count = bin.counts.get(type);
      if (!count) continue;
      const barHeight = (count / highest) * plotHeight;
      y -= barHeight;
      group.appendChild(
        element("rect", {
          class: "bar",
          x: x + Math.min(1, step * 0.1),
          y,
          width: Math.max(1, step - Math.min(2, step * 0.2)),
          height: barHeight,
          fill: colour(type),
          "data-type": type,
        }),
      );
    }
    svg.appendChild(group);
  });
  const every = Math.max(1, Math.ceil(80 / step));
  bins.forEach((bin, i) => {
    const x = PAD.left + i * step + 2;
    if (i % every === 0 && x + 70 <= width) svg.appendChild(text(unit.label(bin.start), x, height - 4, "start"));
  });
  return { bins, step, width, height };
}

function binAt(layout, x) {
  const i = Math.floor((x - PAD.left) / layout.step);
  return layout.bins[Math.min(layout.bins.length - 1, Math.max(0, i))];
}

function svgX(svg, event) {
  return event.clientX - svg.getBoundingClientRect().left;
}

function element(name, attributes) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

function text(content, x, y, anchor) {
  const node = element("text", { x, y, "text-anchor": anchor, class: "tick" });
  node.textContent = content;
  return node;
}
