// <edge-python entry="./app/main.py" packages="./app/packages.json">: the declarative form
// of createWorker. On connect it reads packages.json (host → hostModules, imports → imports,
// both resolved against the manifest's URL), spawns the worker, runs `entry` if given and
// fires `ready`. Importing this module registers the tag, unless the module URL ends with
// ?setElement=false (for hosts without customElements); then call defineElement(tag).

import { createWorker } from "./index.js";

/** packages.json → {imports, hostModules}, specs made absolute against the manifest URL. */
async function readManifest(url) {
  let res;
  try {
    res = await fetch(url);
  } catch (err) {
    throw new Error(`<edge-python packages>: cannot fetch ${url}: ${err.message}`);
  }
  if (!res.ok) throw new Error(`<edge-python packages>: ${url} answered HTTP ${res.status}`);
  let json;
  try {
    json = await res.json();
  } catch (err) {
    throw new Error(`<edge-python packages>: ${url} is not valid JSON: ${err.message}`);
  }
  const absolute = (table = {}) => Object.fromEntries(Object.entries(table).map(([name, spec]) => [name, new URL(spec, url).href]));
  return { imports: absolute(json.imports), hostModules: absolute(json.host) };
}

async function readEntry(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`<edge-python entry>: ${url} answered HTTP ${res.status}`);
  return res.text();
}

function makeElementClass() {
  return class EdgePythonElement extends HTMLElement {
    #started = null;
    #output = (line, stream) => (stream === "stderr" ? console.error : console.log)(line);

    connectedCallback() {
      if (this.#started) return;
      this.#started = this.#start();
      this.#started.catch(() => {}); // reported through the `error` event and run()
    }

    disconnectedCallback() {
      // A move within the document reconnects at once: only dispose when really removed.
      queueMicrotask(() => {
        if (this.isConnected || !this.#started) return;
        const started = this.#started;
        this.#started = null;
        started.then((w) => w.dispose(), () => {});
        this.worker = null;
      });
    }

    async #start() {
      const base = document.baseURI;
      const entry = this.getAttribute("entry");
      const packages = this.getAttribute("packages");
      // The entry's source is fetched while packages.json is read and the worker starts, not
      // after: one round trip fewer before its first line. A failure (a bad URL included) is
      // reported where it was before, once the worker is up.
      const entrySource = entry
        ? Promise.resolve().then(() => {
            const url = new URL(entry, base).href;
            return readEntry(url).then((text) => ({ url, text }));
          })
        : null;
      entrySource?.catch(() => {});
      let worker;
      try {
        const manifestUrl = packages ? new URL(packages, base).href : null;
        // packages.json is read while createWorker compiles compiler_lib and starts the worker
        // (it takes the tables as promises, and needs them only for the worker's `load`); a
        // manifest that fails makes createWorker reject with its error, as it did before.
        const manifest = manifestUrl ? readManifest(manifestUrl) : Promise.resolve({ imports: {}, hostModules: {} });
        const table = (key) => {
          const t = manifest.then((m) => m[key]);
          t.catch(() => {}); // createWorker awaits it later: not an unhandled rejection meanwhile
          return t;
        };
        // The element forwarded packages.json itself, so the worker need not look for one.
        worker = await createWorker({ imports: table("imports"), hostModules: table("hostModules"), ...(manifestUrl ? { packages: false } : {}) });
        worker.onOutput((line, stream) => this.#output(line, stream));
        this.worker = worker;
        let result = null;
        if (entrySource) {
          const { url, text } = await entrySource;
          result = await worker.run(text, { baseUrl: url, filename: url });
        }
        this.dispatchEvent(new CustomEvent("ready", { detail: result }));
        return worker;
      } catch (err) {
        console.error(err);
        this.dispatchEvent(new CustomEvent("error", { detail: err }));
        if (!worker) throw err;
        this.dispatchEvent(new CustomEvent("ready", { detail: { error: err } }));
        return worker;
      }
    }

    /** Runs Python source on this element's worker (waits for it to start). */
    async run(src, opts) {
      if (!this.#started) throw new Error("<edge-python> is not connected to a document");
      return (await this.#started).run(src, opts);
    }

    /** Streaming output: one call per printed line (default: the console). */
    onOutput(handler) {
      this.#output = handler;
    }
  };
}

/** Registers the element under `tag` (which must contain a hyphen). Returns its class. */
export function defineElement(tag = "edge-python") {
  if (typeof tag !== "string" || !/^[a-z][a-z0-9._]*-[a-z0-9._-]*$/.test(tag)) {
    throw new Error(`defineElement(${JSON.stringify(tag)}): a custom element name must be lowercase, start with a letter and contain a hyphen, e.g. "edge-python"`);
  }
  if (!globalThis.customElements) throw new Error("defineElement: customElements is not available in this environment");
  const existing = customElements.get(tag);
  if (existing) return existing;
  const cls = makeElementClass();
  customElements.define(tag, cls);
  return cls;
}

if (new URL(import.meta.url).searchParams.get("setElement") !== "false" && globalThis.customElements) {
  defineElement();
}
