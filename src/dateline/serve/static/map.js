// The map: an offline basemap (Natural Earth countries from the world-atlas npm package,
// drawn with topojson-client; no tiles) and one clustered marker per event with a point.
// Leaflet, Leaflet.markercluster and topojson-client are classic scripts: globals L, topojson.
import { colour, hasPoint, shortLabel } from "./records.js";

const WORLD = "/static/vendor/world-atlas/countries-50m.json";
const ANTARCTICA = "010"; // ISO 3166 numeric id: a band of stray polygons on Mercator

/** Create the map in `element`; `onSelect(id)` is called when a marker is clicked. */
export function createMap(element, { onSelect }) {
  const map = L.map(element, {
    center: [25, 20],
    zoom: 2,
    minZoom: 1,
    maxZoom: 11,
    zoomSnap: 0.5,
    worldCopyJump: false,
  });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Countries: Natural Earth (world-atlas)");
  const basemap = loadBasemap(map);
  const cluster = L.markerClusterGroup({
    showCoverageOnHover: false,
    maxClusterRadius: 40,
    spiderfyDistanceMultiplier: 1.4,
    iconCreateFunction: clusterIcon,
  });
  map.addLayer(cluster);
  const markers = new Map(); // event id → marker

  /** Show one marker per located record; `fit` first frames them (no cluster animation). */
  function setEvents(records, { fit = false } = {}) {
    cluster.clearLayers();
    markers.clear();
    const located = records.filter(hasPoint);
    if (fit && located.length) {
      const bounds = L.latLngBounds(located.map((record) => [record.place.lat, record.place.lon]));
      map.fitBounds(bounds.pad(0.2), { maxZoom: 6, animate: false });
    }
    const layers = located.map((record) => {
      const marker = eventMarker(record);
      marker.on("click", () => onSelect(record.id));
      markers.set(record.id, marker);
      return marker;
    });
    cluster.addLayers(layers);
    return layers.length;
  }

  /** Mark `id` as selected and, when asked, zoom until its marker is out of its cluster. */
  function select(id, { reveal = false } = {}) {
    for (const [markerId, marker] of markers) {
      marker.options.selected = markerId === id;
      marker.getElement()?.classList.toggle("selected", markerId === id);
    }
    const marker = markers.get(id);
    if (marker && reveal) cluster.zoomToShowLayer(marker);
  }

  return { map, basemap, setEvents, select };
}

function eventMarker(record) {
  const marker = L.marker([record.place.lat, record.place.lon], {
    icon: L.divIcon({
      className: "ev-marker",
      iconSize: [16, 16],
      html: `<span style="background:${colour(record.acled_type)}"></span>`,
    }),
    title: shortLabel(record),
    alt: shortLabel(record),
    keyboard: true,
  });
  marker.record = record;
  // The element exists only while the marker is out of a cluster: tag it on each add.
  marker.on("add", () => {
    const icon = marker.getElement();
    icon.dataset.eventId = record.id;
    icon.dataset.acledType = record.acled_type;
    icon.classList.toggle("selected", Boolean(marker.options.selected));
  });
  return marker;
}

/** A cluster as a pie of its event types, listing its event ids for tests and tooltips. */
function clusterIcon(cluster) {
  const children = cluster.getAllChildMarkers();
  const counts = new Map();
  for (const marker of children) {
    const type = marker.record.acled_type;
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  let angle = 0;
  const stops = [];
  for (const [type, count] of counts) {
    const next = angle + (count / children.length) * 360;
    stops.push(`${colour(type)} ${angle}deg ${next}deg`);
    angle = next;
  }
  const size = children.length < 10 ? 30 : children.length < 100 ? 38 : 46;
  const element = document.createElement("div");
  element.className = "ev-cluster-pie";
  element.style.background = `conic-gradient(${stops.join(", ")})`;
  element.dataset.eventIds = children.map((marker) => marker.record.id).join(" ");
  const label = document.createElement("span");
  label.textContent = String(children.length);
  element.appendChild(label);
  element.title = [...counts].map(([type, count]) => `${count} × ${type}`).join("\n");
  return L.divIcon({ html: element, className: "ev-cluster", iconSize: [size, size] });
}

async function loadBasemap(map) {
  const response = await fetch(WORLD);
  if (!response.ok) throw new Error(`${WORLD}: ${response.status}`);
  const world = await response.json();
  const countries = topojson.feature(world, world.objects.countries);
  countries.features = countries.features
    .filter((feature) => feature.id !== ANTARCTICA)
    .map(unwrapFeature);
  L.geoJSON(countries, {
    interactive: false,
    renderer: L.canvas({ padding: 0.5 }),
    style: { color: "#9aa5ad", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 },
  }).addTo(map);
}

/**
 * Make each ring's longitudes continuous (Fiji, Russia and Chukotka cross ±180°): a ring
 * that jumps by more than 180° would otherwise draw a line across the whole map.
 */
function unwrapFeature(feature) {
  const { geometry } = feature;
  if (!geometry) return feature;
  const polygons =
    geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
  for (const polygon of polygons) {
    for (let r = 0; r < polygon.length; r += 1) polygon[r] = unwrapRing(polygon[r]);
  }
  return feature;
}

function unwrapRing(ring) {
  let shift = 0;
  return ring.map(([lon, lat], i) => {
    if (i > 0) {
      const previous = ring[i - 1][0];
      if (lon - previous > 180) shift -= 360;
      else if (previous - lon > 180) shift += 360;
    }
    return [lon + shift, lat];
  });
}
