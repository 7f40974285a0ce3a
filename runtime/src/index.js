// Public API: createWorker spawns the engine in a Web Worker (or a Node worker_threads worker)
// and returns a proxy. Main-thread modules (mainThreadModules, hostModules) live here: the
// worker posts each call and Python waits for the reply.

// worker/worker.js and the modules it imports, in one file (scripts/bundle-worker.mjs).
const WORKER_URL = new URL("../worker/worker.bundle.js", import.meta.url);
const EVENT_NAME = "edge-python-event";
/** Stack of the Node worker_threads worker running the engine (thousands of native re-entries). */
const NODE_WORKER_STACK_MB = 16;
/** Key of the optional cleanup method of a main-thread handlers object (host/args.js). */
const DISPOSE = Symbol.for("edge-python.dispose");
const isNode = typeof process === "object" && !!process.versions?.node && typeof window === "undefined";

/** The directory the page's relative specs resolve against. */
function pageBase() {
  return globalThis.document?.baseURI ?? globalThis.location?.href ?? (isNode ? `file://${process.cwd()}/` : WORKER_URL.href);
}

/**
 * A Worker for the engine. Same origin: a direct module worker. Cross-origin (runtime on a
 * CDN): Chromium refuses `new Worker(crossOriginUrl)`, so a same-origin Blob bootstrap
 * import()s the worker module and buffers messages until its handler is installed.
 */
async function spawn() {
  if (isNode) {
    const { Worker } = await import("node:worker_threads");
    // A bigger engine stack than a browser's worker gets (4 MB by default): Python re-entered
    // through builtins (sort keys, __repr__ under repr()...) recurses to the recursion limit.
    const w = new Worker(WORKER_URL, { resourceLimits: { stackSizeMb: NODE_WORKER_STACK_MB } });
    // Keep Node alive only while a call waits for the worker (an idle worker must not).
    let waiting = 0;
    return {
      post: (m) => w.postMessage(m),
      hold: (on) => ((waiting += on ? 1 : -1) > 0 ? w.ref() : w.unref()),
      onMessage: (f) => w.on("message", f),
      onError: (f) => w.on("error", f),
      terminate: () => w.terminate(),
    };
  }
  let worker;
  // self.origin is the security origin ("null" in a sandboxed page, where location.origin
  // still shows the URL's): a direct Worker needs the worker script to be same-origin with it.
  const origin = globalThis.origin ?? globalThis.location?.origin;
  if (WORKER_URL.origin === origin) {
    worker = new Worker(WORKER_URL, { type: "module" });
  } else {
    const bootstrap = `
      const queue = [];
      const buffer = (e) => queue.push(e.data);
      self.addEventListener("message", buffer);
      self.__edgePythonBootstrap = {
        drain(handler) {
          self.removeEventListener("message", buffer);
          for (const m of queue.splice(0)) handler(m);
        },
      };
      import(${JSON.stringify(WORKER_URL.href)}).catch((err) => {
        self.postMessage({ type: "fatal", message: "cannot import the edge-python worker module ${WORKER_URL.href}: " + err.message +
          " (a cross-origin runtime must be served with Access-Control-Allow-Origin)" });
      });`;
    const blobUrl = URL.createObjectURL(new Blob([bootstrap], { type: "text/javascript" }));
    // A classic worker: dynamic import() works there too, and a module-type Blob worker fails
    // to start in an opaque-origin (sandboxed) page.
    worker = new Worker(blobUrl);
    setTimeout(() => URL.revokeObjectURL(blobUrl), 60_000);
  }
  return {
    post: (m) => worker.postMessage(m),
    onMessage: (f) => worker.addEventListener("message", (e) => f(e.data)),
    onError: (f) => worker.addEventListener("error", (e) => f(new Error(e.message || "the edge-python worker failed to start"))),
    terminate: () => worker.terminate(),
  };
}

/** Compiled compiler_lib modules by URL: a page's (or a Node process's) later workers reuse them. */
const compiledModules = new Map();

/**
 * compiler_lib.wasm fetched (read, under Node) and compiled on this thread while the worker
 * boots: a worker-side fetch would start only once the worker has started and loaded its
 * script. A compiled WebAssembly.Module is cloneable to the worker, and the next createWorker
 * for the same URL reuses it (no fetch, no compile). Resolves null on any failure (forgotten,
 * so a later call tries again), and the worker then loads the URL itself, reporting errors with
 * its full message.
 * @returns {Promise<{module: WebAssembly.Module, ms: number} | null>}
 */
function precompile(url) {
  const t0 = performance.now();
  let compiling = compiledModules.get(url);
  if (!compiling) {
    compiling = compileFrom(url).catch(() => {
      compiledModules.delete(url);
      return null;
    });
    compiledModules.set(url, compiling);
  }
  return compiling.then((module) => module && { module, ms: performance.now() - t0 });
}

async function compileFrom(url) {
  if (url.startsWith("file:")) {
    const { readFile } = await import("node:fs/promises");
    return WebAssembly.compile(await readFile(new URL(url)));
  }
  if (isNode || typeof WebAssembly.compileStreaming !== "function") return null;
  return WebAssembly.compileStreaming(fetch(url));
}

/**
 * Whether the worker's module cache (src/cache/idb.js) can open here: {ok: true} or {ok: false,
 * reason}. Asked on this thread while the worker starts, so the worker opens its own connection
 * only when a run first fetches a module. It checks what openIdbCache needs (SHA-256, IndexedDB)
 * and opens the database without creating it: reaching a new database's upgrade shows that
 * IndexedDB opens here, and the upgrade is aborted, so the schema stays in idb.js alone and a
 * page whose runs fetch nothing leaves no database behind. Written here rather than imported
 * from idb.js: that import was one more request and module on the page's way to the first print
 * (bench/README.md, "Where the cold start goes").
 * @returns {Promise<{ok: boolean, reason?: string}>}
 */
function probeCache() {
  if (!globalThis.crypto?.subtle) return Promise.resolve({ ok: false, reason: "crypto.subtle is unavailable (not a secure context)" });
  if (!globalThis.indexedDB) return Promise.resolve({ ok: false, reason: "IndexedDB is not available in this context" });
  return new Promise((resolve) => {
    let upgrading = false;
    try {
      const open = globalThis.indexedDB.open("edge-python"); // idb.js's DB_NAME
      open.onupgradeneeded = () => {
        upgrading = true;
        open.transaction.abort();
      };
      open.onsuccess = () => {
        open.result.close();
        resolve({ ok: true });
      };
      open.onerror = (e) => {
        e.preventDefault();
        resolve(upgrading ? { ok: true } : { ok: false, reason: open.error?.message ?? "IndexedDB open failed" });
      };
    } catch (err) {
      resolve({ ok: false, reason: err?.message ?? String(err) }); // e.g. an opaque origin's SecurityError
    }
  });
}

/** An Error rebuilt from the worker's plain-data copy (keeps traceback / pyType). */
function reviveError(data) {
  const err = new Error(data.message);
  err.name = data.name ?? "Error";
  for (const k of ["traceback", "pyType", "exitCode"]) if (data[k] !== undefined) err[k] = data[k];
  return err;
}

/** Function names of a handlers object. */
const handlerNames = (h) => Object.keys(h).filter((k) => typeof h[k] === "function");

/** The Python exception class for an error thrown by a main-thread handler. */
const pyTypeOf = (err) =>
  err?.pyType ?? ({ TypeError: "TypeError", RangeError: "ValueError", SyntaxError: "ValueError" })[err?.name] ?? "RuntimeError";

/**
 * Spawns a worker, loads compiler_lib.wasm inside it and returns a proxy.
 * @param {object} [options] see README.md
 */
export async function createWorker(options = {}) {
  const {
    wasmUrl = new URL("../compiler_lib.wasm", import.meta.url),
    wasmLazyUrl = null,
    integrity = true,
    imports = null,
    loaders = [],
    mainThreadModules = {},
    hostModules = {},
    defaults = true,
    version = null,
    packages,
  } = options;
  const base = pageBase();
  const compiled = precompile(new URL(wasmUrl, base).href);
  const cacheProbe = integrity ? probeCache() : null;
  const port = await spawn();
  let disposed = false;
  let nextId = 1;
  const pending = new Map(); // id → {resolve, reject}
  let outputHandler = null;
  let fatal = null;

  const pushEvent = (message) => {
    if (!disposed) port.post({ type: "event", message: typeof message === "string" ? message : JSON.stringify(message) });
  };

  // Main-thread handlers, by module name: in-memory ones now, URL ones on first import.
  const modules = new Map();
  const mainThreadNames = {};
  for (const [name, m] of Object.entries(mainThreadModules)) {
    const handlers = typeof m === "function" ? await m({ pushEvent }) : m;
    if (!handlers || typeof handlers !== "object") throw new TypeError(`mainThreadModules.${name}: expected a factory returning handlers, or a handlers object`);
    modules.set(name, handlers);
    mainThreadNames[name] = handlerNames(handlers);
  }
  const hostLoads = new Map(); // name → Promise<string[]>
  const loadHost = (name, url) => {
    let p = hostLoads.get(name);
    if (!p) {
      p = (async () => {
        let mod;
        try {
          mod = await import(url);
        } catch (err) {
          throw new Error(`host module '${name}': cannot import ${url}: ${err.message}`);
        }
        const factory = mod[name] ?? mod.default;
        if (!factory) throw new Error(`host module '${name}' (${url}) exports neither '${name}' nor a default handler factory`);
        const handlers = typeof factory === "function" ? await factory({ pushEvent }) : factory;
        if (!handlers || typeof handlers !== "object") throw new Error(`host module '${name}' (${url}): the factory must return an object of handlers`);
        modules.set(name, handlers);
        return handlerNames(handlers);
      })();
      hostLoads.set(name, p);
      p.catch(() => hostLoads.delete(name));
    }
    return p;
  };

  const reply = (callId, work) =>
    Promise.resolve()
      .then(work)
      .then(
        (value) => {
          try {
            port.post({ type: "hostReply", callId, ok: true, value: value === undefined ? null : value });
          } catch (err) {
            port.post({
              type: "hostReply",
              callId,
              ok: false,
              error: { message: `the result cannot be sent to the worker (${err.message}); return None, bool, int, float, str, bytes, lists/dicts of them, or an integer id for an object`, pyType: "TypeError" },
            });
          }
        },
        (err) => port.post({ type: "hostReply", callId, ok: false, error: { message: err?.message ?? String(err), pyType: pyTypeOf(err) } }),
      );

  port.onMessage((msg) => {
    switch (msg.type) {
      case "output":
        if (outputHandler) outputHandler(msg.line, msg.stream);
        return;
      case "hostCall":
        return reply(msg.callId, () => {
          const f = modules.get(msg.module)?.[msg.fn];
          if (typeof f !== "function") throw new Error(`${msg.module}.${msg.fn} is not a main-thread function`);
          return f(...msg.args);
        });
      case "hostLoad":
        return reply(msg.callId, () => loadHost(msg.name, msg.url));
      case "fatal":
        return failAll(new Error(msg.message));
      case "reply": {
        const p = pending.get(msg.id);
        if (!p) return;
        pending.delete(msg.id);
        if (msg.ok) p.resolve(msg.value);
        else p.reject(reviveError(msg.error));
      }
    }
  });
  function failAll(err) {
    fatal = err;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  }
  port.onError(failAll);

  const call = (type, fields = {}) => {
    if (disposed) return Promise.reject(new Error(`edge-python: ${type}() after dispose(); create a new worker with createWorker()`));
    if (fatal) return Promise.reject(fatal);
    const id = nextId++;
    port.hold?.(true);
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      port.post({ type, id, ...fields });
    }).finally(() => port.hold?.(false));
  };

  const onWindowEvent = (e) => pushEvent(e.detail ?? "");
  const absolute = (specs) => specs && Object.fromEntries(Object.entries(specs).map(([k, v]) => [k, typeof v === "string" ? v : String(v)]));
  let loaded;
  // The worker loads as soon as the module is compiled; the IndexedDB probe's answer follows
  // in its own message (the worker needs it only for its first fetch).
  const precompiled = await compiled;
  let probed = null;
  try {
    // Either may be a promise: element.js passes packages.json's tables that way, so the
    // manifest is read while the module compiles and the worker starts.
    const [importTable, hostTable] = await Promise.all([imports, hostModules]);
    const loading = call("load", {
      options: {
        wasmUrl: new URL(wasmUrl, base).href,
        wasm: precompiled?.module,
        wasmLazyUrl: wasmLazyUrl === null ? undefined : new URL(wasmLazyUrl, base).href,
        integrity,
        cacheProbe: cacheProbe ? "pending" : undefined,
        version,
        imports: absolute(importTable) ?? {},
        hostModules: absolute(hostTable),
        mainThreadModules: mainThreadNames,
        loaders: loaders.map((u) => new URL(u, base).href),
        defaults,
        packages: packages === undefined || packages === false ? packages : new URL(packages, base).href,
        baseUrl: base,
      },
    });
    cacheProbe?.then((result) => port.post({ type: "cacheProbe", result }));
    [loaded, probed] = await Promise.all([loading, cacheProbe]);
  } catch (err) {
    port.terminate();
    throw err;
  }
  const integrityActive = integrity && probed.ok;
  if (integrity && !integrityActive) {
    console.warn(`edge-python: IndexedDB cache unavailable (${probed.reason}); module bytes are cached in memory only and not pinned across page loads`);
  }
  globalThis.addEventListener?.(EVENT_NAME, onWindowEvent);

  return {
    integrityActive,
    loadMs: precompiled ? precompiled.ms : loaded.loadMs,
    /** Runs Python source; resolves {out, ms, exitCode}, rejects with the traceback. */
    run: (source, opts = {}) => call("run", { source: String(source), opts }),
    onOutput(handler) {
      outputHandler = handler;
    },
    reset: () => call("reset"),
    clearCache: () => call("clearCache"),
    pushEvent,
    dispose() {
      if (disposed) return;
      disposed = true;
      globalThis.removeEventListener?.(EVENT_NAME, onWindowEvent);
      port.terminate();
      // Main-thread handlers may hold listeners, timers and sockets (the official host
      // libraries do): a Symbol-keyed method, never visible to Python, releases them.
      for (const handlers of modules.values()) {
        try {
          handlers[DISPOSE]?.();
        } catch (e) {
          console.warn("edge-python: a main-thread module's dispose failed:", e);
        }
      }
      const err = new Error("edge-python: the worker was disposed");
      for (const p of pending.values()) p.reject(err);
      pending.clear();
    },
  };
}
