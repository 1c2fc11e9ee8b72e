// Article text with evidence spans as <mark> elements. Spans may nest (a fatalities span
// holding its trigger) or cross; a crossing span is cut into parts that share its
// data-evidence index, so the marks of one index always read as the evidence text.
// Text goes in as text nodes only: nothing from an article is parsed as HTML.

/** A fragment holding `text` with every valid span of `spans` wrapped in <mark>. */
export function highlightedText(text, spans) {
  const valid = spans
    .map((span, index) => ({ ...span, index }))
    .filter(
      (span) =>
        Number.isInteger(span.start) &&
        Number.isInteger(span.end) &&
        span.start >= 0 &&
        span.start < span.end &&
        span.end <= text.length,
    );
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort(
    (a, b) => a - b,
  );
  const root = document.createDocumentFragment();
  const open = []; // [{span, element}], outermost first
  const parts = new Map(); // span index → parts made so far
  for (let k = 0; k < cuts.length - 1; k += 1) {
    const at = cuts[k];
    const reopen = closeEndedAt(open, at);
    const starting = valid.filter((span) => span.start === at);
    // Longer spans open first so that they enclose the shorter ones starting here.
    const opening = [...reopen, ...starting].sort((a, b) => b.end - a.end || a.index - b.index);
    for (const span of opening) {
      const element = markFor(span, parts);
      (open.length ? open.at(-1).element : root).appendChild(element);
      open.push({ span, element });
    }
    const parent = open.length ? open.at(-1).element : root;
    parent.appendChild(document.createTextNode(text.slice(at, cuts[k + 1])));
  }
  return root;
}

/** Close every open span ending at `at`; return the spans above them that must reopen. */
function closeEndedAt(open, at) {
  const first = open.findIndex((entry) => entry.span.end <= at);
  if (first === -1) return [];
  const closed = open.splice(first);
  return closed.filter((entry) => entry.span.end > at).map((entry) => entry.span);
}

function markFor(span, parts) {
  const count = (parts.get(span.index) ?? 0) + 1;
  parts.set(span.index, count);
  const mark = document.createElement("mark");
  const field = String(span.field ?? "evidence");
  mark.className = `hl hl-${field.replace(/[^a-z0-9_-]/gi, "_")}`;
  if (count > 1) mark.classList.add("hl-cont");
  mark.dataset.evidence = String(span.index);
  mark.dataset.field = field;
  mark.title = field;
  return mark;
}
