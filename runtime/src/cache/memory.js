// In-memory cache backend: the same interface as idb.js, living as long as the Worker.
// Used when IndexedDB is unavailable (or integrity is off).

/** @returns a backend {get(store, key), put(store, key, value), clear(), persistent: false} */
export function openMemoryCache() {
  const stores = new Map();
  const store = (name) => {
    let s = stores.get(name);
    if (!s) stores.set(name, (s = new Map()));
    return s;
  };
  return {
    persistent: false,
    async get(name, key) {
      return store(name).get(key);
    },
    async put(name, key, value) {
      store(name).set(key, value);
    },
    async clear() {
      stores.clear();
    },
  };
}
