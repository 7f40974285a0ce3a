// The official `storage` host library: the page's localStorage (`local_*`) and sessionStorage
// (`session_*`), str keys to str values, plus change notifications from other tabs. Names avoid
// Python built-ins (no set/get), so `from storage import *` shadows nothing. Python signatures
// and examples: README.md beside this file.

import { checked, pyError, DISPOSE } from "./args.js";

const AREAS = { local: "localStorage", session: "sessionStorage" };

/**
 * The Storage object of `area`, looked up on every call: it may be missing or throw (opaque
 * origins, sandboxed frames, storage disabled by the user), and Python should hear why.
 */
function storageOf(where, area) {
  const prop = AREAS[area];
  let s;
  try {
    s = window[prop];
  } catch (err) {
    throw pyError("OSError", `${where}: ${prop} is unavailable on this page (${err?.name ?? "Error"}: ${err?.message ?? err})`);
  }
  if (!s) throw pyError("OSError", `${where}: ${prop} is unavailable on this page`);
  return s;
}

export const storage = ({ pushEvent }) => {
  const watchers = new Map();
  let nextWatcher = 1;

  const handlers = {};
  const signatures = {};
  for (const area of Object.keys(AREAS)) {
    const at = (fn) => `storage.${area}_${fn}`;
    Object.assign(handlers, {
      [`${area}_get`]: (key, fallback) => storageOf(at("get"), area).getItem(key) ?? fallback ?? null,
      [`${area}_set`]: (key, value) => storageOf(at("set"), area).setItem(key, value),
      // Whether the key was there, so Python can tell a no-op.
      [`${area}_remove`]: (key) => {
        const s = storageOf(at("remove"), area);
        const had = s.getItem(key) !== null;
        s.removeItem(key);
        return had;
      },
      [`${area}_keys`]: () => {
        const s = storageOf(at("keys"), area);
        return Array.from({ length: s.length }, (_, i) => s.key(i));
      },
      [`${area}_clear`]: () => storageOf(at("clear"), area).clear(),
    });
    Object.assign(signatures, {
      [`${area}_get`]: "key: str, default?: any",
      [`${area}_set`]: "key: str, value: str",
      [`${area}_remove`]: "key: str",
      [`${area}_keys`]: "",
      [`${area}_clear`]: "",
    });
  }

  // The browser fires "storage" only in the other tabs of the origin, never in the one writing.
  handlers.watch = (msg) => {
    const id = nextWatcher++;
    const fn = (e) => {
      const area = e.storageArea === window.sessionStorage ? "session" : "local";
      pushEvent(JSON.stringify({ msg, area, key: e.key, old: e.oldValue, new: e.newValue, url: e.url }));
    };
    window.addEventListener("storage", fn);
    watchers.set(id, fn);
    return id;
  };
  handlers.unwatch = (id) => {
    const fn = watchers.get(id);
    if (!fn) throw pyError("ValueError", `storage.unwatch: no watcher with id ${id}`);
    window.removeEventListener("storage", fn);
    watchers.delete(id);
  };
  signatures.watch = "msg: str";
  signatures.unwatch = "watcher: id";

  const out = {};
  for (const [name, fn] of Object.entries(handlers)) out[name] = checked(`storage.${name}`, signatures[name], fn);
  out[DISPOSE] = () => {
    for (const fn of watchers.values()) window.removeEventListener("storage", fn);
    watchers.clear();
  };
  return out;
};

export default storage;
