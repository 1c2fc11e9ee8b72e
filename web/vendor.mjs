// Copy the built files the page needs from node_modules into the Python package, so that
// `dateline serve` ships them as package data and the page makes no request off this host.
// Run by `make install` after `npm ci --prefix web`; the target folder is git-ignored.
import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, "node_modules");
const target = join(here, "..", "src", "dateline", "serve", "static", "vendor");

// package → files or folders to copy, relative to the package folder.
const FILES = {
  leaflet: ["dist/leaflet.js", "dist/leaflet.css", "dist/images", "LICENSE"],
  "leaflet.markercluster": [
    "dist/leaflet.markercluster.js",
    "dist/MarkerCluster.css",
    "dist/MarkerCluster.Default.css",
    "MIT-LICENCE.txt",
  ],
  "topojson-client": ["dist/topojson-client.min.js", "LICENSE"],
  // Natural Earth 1:50m countries as TopoJSON: detailed enough at town zoom, 0.75 MB.
  "world-atlas": ["countries-50m.json", "LICENSE"],
};

rmSync(target, { recursive: true, force: true });
for (const [name, files] of Object.entries(FILES)) {
  for (const file of files) {
    const source = join(modules, name, file);
    if (!existsSync(source)) {
      console.error(`vendor: ${source} is missing; run \`npm ci --prefix web\` first`);
      process.exit(1);
    }
    const destination = join(target, name, file.replace(/^dist\//, ""));
    mkdirSync(dirname(destination), { recursive: true });
    cpSync(source, destination, { recursive: true });
  }
}
console.log(`vendor: copied ${Object.keys(FILES).length} packages into ${target}`);
