// Module bytes for the worker: a per-Worker session cache in front of an optional
// content-addressed store (IndexedDB, or memory as the fallback) with a lockfile that pins
// each URL to the SHA-256 of the bytes first seen for it. A pinned URL is served from the
// store without touching the network; if the store lost the bytes and the server now sends
// different ones, the fetch is refused until clearCache() or a new `version`.

import { openIdbCache } from "./cache/idb.js";
import { openMemoryCache } from "./cache/memory.js";
import { SpecError, httpsHint } from "./specs.js";

const hex = (buf) => Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, "0")).join("");

/** Reads a file: URL (Node has no fetch for file:). */
async function readFileUrl(url) {
  const { readFile } = await import("node:fs/promises");
  try {
    return { bytes: new Uint8Array(await readFile(new URL(url))), type: "" };
  } catch (err) {
    if (err.code === "ENOENT" || err.code === "EISDIR") return null;
    throw err;
  }
}

/** One network fetch: {bytes, type}, null on 404/410, a SpecError otherwise. */
async function fetchOnce(url, what, spec) {
  if (url.startsWith("file:")) return readFileUrl(url);
  let res;
  try {
    res = await fetch(url);
  } catch (err) {
    throw new SpecError(`${what}: cannot fetch ${url}: ${err.message}${httpsHint(spec ?? url)}`);
  }
  if (res.status === 404 || res.status === 410) return null;
  if (!res.ok) throw new SpecError(`${what}: ${url} answered HTTP ${res.status} ${res.statusText}`.trimEnd());
  return { bytes: new Uint8Array(await res.arrayBuffer()), type: res.headers.get("content-type") ?? "" };
}

/** The integrity failure: names the spec and both hashes. */
export class IntegrityError extends Error {
  constructor(what, url, pinned, got) {
    super(
      `integrity check failed for ${what} (${url}): the lockfile pins sha256:${pinned} but the server now sends sha256:${got}. ` +
        "The bytes changed since they were first fetched; call clearCache() or pass a new `version` to accept them.",
    );
    this.name = "IntegrityError";
    this.pinned = pinned;
    this.got = got;
  }
}

/**
 * @param {object} opts
 * @param {boolean} [opts.integrity=true] pin and verify through the content-addressed store
 * @param {string|null} [opts.version] cache generation: a different value wipes the store
 * @param {{ok: boolean, reason?: string}|null} [opts.probe] the main thread's answer to "does
 *   IndexedDB open here?" (src/index.js asks while the worker starts). With it, this worker
 *   opens its own connection on first use instead of before the first run, which then never
 *   waits for IndexedDB when it fetches nothing.
 * @returns {Promise<{integrityActive: boolean, fallbackReason: string|null, get: Function, forget: Function, clear: Function}>}
 */
export async function createFetcher({ integrity = true, version = null, probe = null } = {}) {
  let integrityActive = false;
  let fallbackReason = null;
  // Without SHA-256 nothing can be pinned: the session cache alone remains.
  const memoryStore = () => (globalThis.crypto?.subtle ? openMemoryCache() : null);
  let opened = null; // Promise<store | null>, the version applied
  const withVersion = async (store) => {
    if (store && version != null && (await store.get("meta", "version")) !== version) {
      await store.clear();
      await store.put("meta", "version", version);
    }
    return store;
  };
  if (!integrity) opened = Promise.resolve(null);
  else if (probe?.ok) integrityActive = true;
  else {
    let store;
    try {
      if (probe) throw new Error(probe.reason);
      store = await openIdbCache();
      integrityActive = true;
    } catch (err) {
      fallbackReason = err?.message ?? String(err);
      store = memoryStore();
    }
    opened = withVersion(store);
    await opened;
  }
  /** The store, opened on first use when the main thread's probe vouched for IndexedDB. */
  const storeReady = () =>
    (opened ??= openIdbCache()
      .catch((err) => {
        console.warn(`edge-python: IndexedDB opened on the main thread but not in the worker (${err?.message ?? err}); module bytes are cached in memory only`);
        return memoryStore();
      })
      .then(withVersion));

  // url → Promise<{bytes, type, fromStore} | null>: one fetch per URL per Worker; a 404 (null)
  // is remembered too, so a missing manifest or module is asked for once.
  const session = new Map();

  async function load(url, what, spec) {
    const store = await storeReady();
    const pin = store ? await store.get("lock", url) : undefined;
    if (pin) {
      const bytes = await store.get("blobs", pin.hash);
      if (bytes) return { bytes, type: pin.type, fromStore: true };
    }
    const got = await fetchOnce(url, what, spec);
    if (!got || !store) return got && { ...got, fromStore: false };
    const hash = hex(await crypto.subtle.digest("SHA-256", got.bytes));
    if (pin && pin.hash !== hash) throw new IntegrityError(what, url, pin.hash, hash);
    await store.put("blobs", hash, got.bytes);
    if (!pin) await store.put("lock", url, { hash, type: got.type });
    return { ...got, fromStore: false };
  }

  return {
    integrityActive,
    fallbackReason,
    /**
     * The bytes at `url`: {bytes, type, fromStore}, or null when the server says 404.
     * `what` names the spec in errors; `spec` is the text the user wrote (for hints).
     */
    get(url, what = url, spec = url) {
      let p = session.get(url);
      if (!p) {
        p = load(url, what, spec);
        session.set(url, p);
        p.catch(() => session.delete(url)); // a failure is retried on the next run
      }
      return p;
    },
    /** Drops the session cache (the persistent store stays). */
    forget() {
      session.clear();
    },
    /** Drops the session cache and the store (blobs, lockfile). */
    async clear() {
      session.clear();
      const store = await storeReady();
      if (store) {
        await store.clear();
        if (version != null) await store.put("meta", "version", version);
      }
    },
  };
}
