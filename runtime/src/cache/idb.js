// IndexedDB cache backend, persistent across page loads. Three object stores:
//   blobs: sha-256 hex → bytes (content-addressed: many specs may share one blob)
//   lock:  URL → {hash, type} (the lockfile: which content each spec is pinned to)
//   meta:  "version" → the `version` option the cache was filled under

// src/index.js's probeCache opens the database by this name too, and checks the same two
// preconditions as openIdbCache (without fetching this module).
const DB_NAME = "edge-python";
const STORES = ["blobs", "lock", "meta"];

const request = (req) =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

/**
 * Opens the cache; rejects when IndexedDB is missing or refused (opaque origins, some
 * private modes), which the caller turns into the in-memory fallback.
 */
export async function openIdbCache(name = DB_NAME) {
  // Content addresses are SHA-256 digests.
  if (!globalThis.crypto?.subtle) throw new Error("crypto.subtle is unavailable (not a secure context)");
  const idb = globalThis.indexedDB;
  if (!idb) throw new Error("IndexedDB is not available in this context");
  const open = idb.open(name, 1);
  open.onupgradeneeded = () => {
    for (const s of STORES) if (!open.result.objectStoreNames.contains(s)) open.result.createObjectStore(s);
  };
  const db = await new Promise((resolve, reject) => {
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
    open.onblocked = () => reject(new Error("IndexedDB open blocked by another connection"));
  });
  const read = (store, f) => request(f(db.transaction(store, "readonly").objectStore(store)));
  // A write counts once its transaction has committed, not when the request succeeds: a page
  // closed right after a run would otherwise lose the pin it just wrote.
  const write = (store, f) =>
    new Promise((resolve, reject) => {
      const t = db.transaction(store, "readwrite");
      f(t.objectStore(store));
      t.oncomplete = () => resolve();
      t.onerror = () => reject(t.error);
      t.onabort = () => reject(t.error ?? new Error("IndexedDB transaction aborted"));
    });
  return {
    persistent: true,
    close: () => db.close(),
    get: (store, key) => read(store, (s) => s.get(key)),
    put: (store, key, value) => write(store, (s) => s.put(value, key)),
    async clear() {
      await Promise.all(STORES.map((s) => write(s, (os) => os.clear())));
    },
  };
}
