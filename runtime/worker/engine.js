// Runs Python on compiler_lib.wasm: compile the module once, then a fresh instance per run
// (VM state never leaks between runs). No Worker or DOM APIs here, so Node uses it directly;
// worker.js (a later step) wraps it in the postMessage protocol.

import { createEnv } from "../src/env.js";
import { createRt } from "../src/rt.js";
import {
  createNativeTable, loadNativeModule, registerNativeModule, capabilityFromObject, nativesModuleName,
} from "../src/native.js";
import { absoluteName, entryBase, hostLibraryNames, isModuleName } from "../src/specs.js";
import { createLazyPart, fetchSync, lazyImports, lazyUrlFor, splitId } from "../src/lazy.js";

// Fetching, caching and manifests (src/fetch.js, src/prefetch.js, src/defaults.js and what they
// import) are loaded on first need: a run that imports nothing never needs them, and a page's
// first print then waits for four modules fewer. Imported side by side, so a browser fetches
// them in one wave rather than one import level after another.
let resolution = null;
function loadResolution() {
  resolution ??= Promise.all([
    import("../src/fetch.js"),
    import("../src/prefetch.js"),
    import("../src/defaults.js"),
    import("../src/cache/idb.js"),
    import("../src/cache/memory.js"),
    import("../std/index.js"),
  ]).then(
    ([fetch, prefetch, defaults]) => ({ ...fetch, ...prefetch, ...defaults }),
    (err) => {
      resolution = null; // a network failure is retried by the next run
      throw err;
    },
  );
  return resolution;
}

/** edge_run statuses (docs/abi.md). */
export const Status = Object.freeze({ OK: 0, ERROR: 1, EXIT: 2, SUSPENDED: 3, INTERNAL: 4 });

/** edge_wait_kind values: what a SUSPENDED run waits for (docs/abi.md). */
export const Wait = Object.freeze({ TIMER: 1, EVENT: 2, FRAME: 3, PREEMPT: 4, HOST_CALL: 5, FETCH: 6 });

/** Loop back-edges between preemptions in runAsync (keeps the host responsive). */
export const DEFAULT_PREEMPT_EVERY = 100_000;

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** One turn of the host's event loop (a macrotask, so timers and messages get to run). */
function defaultYieldToLoop() {
  if (typeof globalThis.setImmediate === "function") return new Promise((resolve) => globalThis.setImmediate(resolve));
  if (typeof globalThis.MessageChannel === "function") {
    return new Promise((resolve) => {
      const { port1, port2 } = new MessageChannel();
      port1.onmessage = () => {
        port1.close();
        resolve();
      };
      port2.postMessage(0);
    });
  }
  return delay(0);
}

/** The next animation frame's timestamp (ms); about 60 per second where there is no rAF. */
function defaultFrame() {
  if (typeof globalThis.requestAnimationFrame === "function") {
    return new Promise((resolve) => globalThis.requestAnimationFrame(resolve));
  }
  return delay(1000 / 60).then(() => performance.now());
}

/** `"Kind: message"` for a JS error raised into Python (`err.pyType` picks the class). */
function errorText(err) {
  const msg = err instanceof Error ? err.message : String(err);
  const type = (err && typeof err === "object" && err.pyType) || "RuntimeError";
  return `${type}: ${msg}`;
}

/** A FIFO of pushed event messages with at most one waiting receiver. */
function createEventQueue() {
  const queue = [];
  let waiter = null;
  return {
    push(msg) {
      const text = String(msg);
      if (waiter) {
        const w = waiter;
        waiter = null;
        w(text);
      } else {
        queue.push(text);
      }
    },
    next() {
      if (queue.length) return Promise.resolve(queue.shift());
      return new Promise((resolve) => (waiter = resolve));
    },
  };
}

const STOPPED = Symbol("run stopped");

// The lazy part (src/lazy.js) of each split compiler_lib module compiled here.
const lazyParts = new WeakMap();

/**
 * Compiles compiler_lib.wasm bytes (or passes a compiled module through). A split build's
 * first part also needs its lazy part (compiler_lib.lazy.wasm of the same build): bytes, a
 * compiled module, a function returning its bytes (called on first need: a file read), or a
 * URL (fetched on first need, which only a Web Worker can do). Instances of the first part
 * load it when a run first calls into it.
 * @param {BufferSource|WebAssembly.Module} bytesOrModule compiler_lib.wasm
 * @param {BufferSource|WebAssembly.Module|(() => BufferSource)|string|URL|null} [lazy]
 */
export async function compileCompiler(bytesOrModule, lazy = null) {
  const module = bytesOrModule instanceof WebAssembly.Module ? bytesOrModule : await WebAssembly.compile(bytesOrModule);
  if (lazy !== null && splitId(module)) lazyParts.set(module, createLazyPart(module, lazySourceOf(lazy)));
  return module;
}

/** createLazyPart's source for a lazy part given as a module, bytes, a reader function or a URL. */
function lazySourceOf(lazy) {
  if (lazy instanceof WebAssembly.Module) return { module: lazy };
  if (typeof lazy === "function") return { read: lazy };
  if (typeof lazy === "string" || lazy instanceof URL) return { read: () => fetchSync(String(lazy)), name: String(lazy) };
  return { bytes: lazy };
}

const enc = new TextEncoder();
const dec = new TextDecoder();

/** Calls `f(ptr, len)` with `text` copied into the instance's memory. */
function withText(ex, text, f) {
  const bytes = typeof text === "string" ? enc.encode(text) : text;
  const ptr = ex.wasm_alloc(bytes.length);
  new Uint8Array(ex.memory.buffer, ptr, bytes.length).set(bytes);
  try {
    return f(ptr, bytes.length);
  } finally {
    ex.wasm_free(ptr, bytes.length);
  }
}

const readText = (ex, ptr, len) => (len ? dec.decode(new Uint8Array(ex.memory.buffer, ptr, len)) : "");

/**
 * Anything thrown out of the module ends that instance: a trap (a VM bug: the VM must never
 * panic, and panics trap), a host stack overflow, or a host callback that threw through wasm.
 */
function internalError(err) {
  const trap = err instanceof WebAssembly.RuntimeError || err instanceof RangeError;
  const e = new Error(`internal error: ${trap ? "wasm trap" : "host callback threw"}: ${err?.message ?? err}`);
  e.cause = err;
  e.internal = true;
  return e;
}

/** Engine stack (KiB) of the thread instances run on, when known (see setEngineStack). */
let engineStackKiB = 0;

/**
 * Tells instances made from now on how much engine (V8) stack their thread has, in KiB, so
 * Python re-entered through builtins (a sort key, `__repr__` under `repr()`) may recurse
 * deeper before RecursionError; unknown (the default), the VM assumes the smallest host, a
 * Chromium worker (~500 KiB). Node: ~984 KiB on the main thread (`--stack-size`), a
 * worker_threads worker's `resourceLimits.stackSizeMb`.
 * @param {number} kib
 */
export function setEngineStack(kib) {
  engineStackKiB = kib;
}

/**
 * A fresh compiler_lib instance, ready for registrations and one run.
 * @param {WebAssembly.Module} module compiled compiler_lib.wasm
 * @param {object} [opts] onWrite / onOutput callbacks (see env.js)
 */
export function instantiate(module, { onWrite, onOutput } = {}) {
  const natives = createNativeTable();
  const env = createEnv({ onWrite, onOutput, natives });
  const imports = { ...env.imports };
  let lazy = null;
  if (splitId(module)) {
    const part = lazyParts.get(module);
    if (!part) {
      throw new Error("this compiler_lib.wasm is the first of two parts: give compileCompiler its lazy part too (compiler_lib.lazy.wasm of the same build)");
    }
    lazy = lazyImports(part, () => instance.exports);
    imports.lazy = lazy.imports;
  }
  const instance = new WebAssembly.Instance(module, imports);
  env.bind(instance);
  const ex = instance.exports;
  const rt = createRt(ex);
  if (engineStackKiB > 0) ex.edge_set_engine_stack(engineStackKiB);

  function registerModule(name, source, filename = `${name.replace(/\./g, "/")}.py`, isPackage = false) {
    const rc = withText(ex, name, (np, nl) =>
      withText(ex, source, (sp, sl) => withText(ex, filename, (fp, fl) => ex.edge_register_module(np, nl, sp, sl, fp, fl, isPackage ? 1 : 0))),
    );
    if (rc !== 0) throw new Error(`edge_register_module(${name}) failed`);
  }

  /**
   * Registers a loaded native module: its functions as `name`, or, when it carries a Python
   * shim (the `edge.py` custom section), as `_name` with the shim as module `name`.
   */
  function registerLoadedModule(name, loaded) {
    registerNativeModule(ex, natives, nativesModuleName(name, loaded), loaded);
    if (loaded.shim) registerModule(name, loaded.shim, `<${name}>`);
  }

  const events = createEventQueue();
  let started = false;

  /** Calls into the module; anything thrown ends the instance (see internalError). */
  function enter(f) {
    try {
      return f();
    } catch (err) {
      throw internalError(err);
    } finally {
      env.flush();
    }
  }

  function startRun(source, filename) {
    if (started) throw new Error("this instance already ran a program: instantiate() a fresh one per run");
    started = true;
    return enter(() => withText(ex, source, (sp, sl) => withText(ex, filename, (fp, fl) => ex.edge_run(sp, sl, fp, fl))));
  }

  function result(status) {
    const error = status === Status.OK || status === Status.EXIT ? null : readText(ex, ex.edge_last_error_ptr(), ex.edge_last_error_len());
    return { status, exitCode: ex.edge_exit_code(), error };
  }

  const resume = (h, isError) => enter(() => ex.edge_resume(h >>> 0, isError ? 1 : 0));
  const raiseAtWait = (text) => resume(rt.encodeStr(text), true);

  return {
    exports: ex,
    rt,
    natives,
    /** Whether this instance loaded compiler_lib's lazy part (false for a whole module). */
    get lazyLoaded() {
      return lazy?.loaded() ?? false;
    },
    /** Makes `import name` find this source (`isPackage` for a package's __init__.py). */
    registerModule,
    /** Loads a .wasm native module through the loaders (Path A last) and registers it. */
    async registerWasmModule(name, wasmModule, loaders = []) {
      const loaded = await loadNativeModule(wasmModule, { compilerExports: ex, rt, loaders }, loaders);
      registerLoadedModule(name, loaded);
    },
    registerLoadedModule,
    /** Registers plain JS functions (JS values in and out) as native module `name`. */
    registerJsModule(name, obj) {
      registerNativeModule(ex, natives, name, capabilityFromObject(obj, rt));
    },
    setStdin(text) {
      withText(ex, text, (p, l) => ex.edge_set_stdin(p, l));
    },
    /**
     * Puts a file in the instance's in-memory file system, where open() and os see it
     * (relative paths resolve against "/"; parent directories come into being).
     * `data`: a string (written as UTF-8) or a Uint8Array.
     */
    writeFile(path, data) {
      const bytes = typeof data === "string" ? enc.encode(data) : data;
      if (!(bytes instanceof Uint8Array)) throw new TypeError("writeFile(path, data): data must be a string or a Uint8Array");
      const rc = withText(ex, path, (pp, pl) => withText(ex, bytes, (dp, dl) => ex.edge_fs_write(pp, pl, dp, dl)));
      if (rc !== 0) throw new Error(`writeFile: bad path ${JSON.stringify(path)}`);
    },
    /** A file of the in-memory file system (what the program wrote) as a Uint8Array, or null. */
    readFile(path) {
      const n = withText(ex, path, (p, l) => ex.edge_fs_read(p, l));
      if (n < 0) return null;
      return new Uint8Array(ex.memory.buffer, ex.edge_scratch_ptr(), n).slice();
    },
    /** maxOps / maxHeapBytes (0 = unlimited) and maxRecursion; omitted ones stay. */
    setLimits({ maxOps = -1, maxHeapBytes = -1, maxRecursion = -1 } = {}) {
      ex.edge_set_limits(BigInt(maxOps), BigInt(maxHeapBytes), maxRecursion);
    },
    /** Module names `source` imports ("?"-prefixed: maybe a submodule; see docs/abi.md). */
    listImports(source) {
      const n = withText(ex, source, (p, l) => ex.edge_list_imports(p, l));
      if (n < 0) return [];
      const text = readText(ex, ex.edge_scratch_ptr(), n);
      return text ? text.split("\n") : [];
    },
    /**
     * Runs `source` as __main__. Returns {status, exitCode, error}: `error` is the traceback
     * text for Status.ERROR. A trap throws Error("internal error: wasm trap: ...").
     */
    run(source, filename = "<string>") {
      natives.allowPending = false;
      let status = startRun(source, filename);
      // A synchronous run cannot wait: sleep() blocks (busy-waits), anything else raises.
      while (status === Status.SUSPENDED) {
        const kind = ex.edge_wait_kind();
        if (kind === Wait.TIMER) {
          const end = performance.now() + ex.edge_wait_seconds() * 1000;
          while (performance.now() < end);
          status = resume(0, false);
        } else if (kind === Wait.PREEMPT) {
          status = resume(0, false);
        } else {
          const what = kind === Wait.EVENT ? "receive()" : kind === Wait.FRAME ? "frame()" : "the host";
          status = raiseAtWait(`RuntimeError: ${what} cannot wait in a run started with run(); use runAsync()`);
        }
      }
      return result(status);
    },

    /** Queues an event message for the default receive() hook of runAsync. */
    pushEvent(message) {
      events.push(message);
    },

    /**
     * Runs `source` as __main__, waiting for the host whenever the program does: receive(),
     * sleep(), frame(), a capability function returning a Promise, a lazily fetched module,
     * and a preemption every `hooks.preemptEvery` loop back-edges. Resolves with
     * {status, exitCode, error}, like run(); a trap rejects with "internal error: ...".
     * @param {object} [hooks] all optional:
     *   receive(): Promise<string>  next event (default: the pushEvent queue)
     *   frame(): Promise<number>    next animation frame's timestamp (default: rAF, or ~60 Hz)
     *   sleep(seconds): Promise     (default: setTimeout)
     *   yieldToLoop(): Promise      after a preemption (default: one macrotask)
     *   fetchModule(name, inst): Promise<boolean>  register `name` (inst.registerModule), or
     *                               false when there is no such module; enables lazy imports
     *   signal: AbortSignal         stops the run at its next wait or preemption
     *   preemptEvery: number        back-edges between preemptions (0: never)
     */
    async runAsync(source, filename = "<string>", hooks = {}) {
      const h = {
        receive: () => events.next(),
        frame: defaultFrame,
        sleep: (s) => delay(s * 1000),
        yieldToLoop: defaultYieldToLoop,
        ...hooks,
      };
      const { signal } = hooks;
      // Settles with STOPPED as soon as the signal aborts, whatever the run waits for.
      const stop = new Promise((resolve) => {
        if (signal?.aborted) resolve(STOPPED);
        signal?.addEventListener("abort", () => resolve(STOPPED), { once: true });
      });
      const orStop = (p) => Promise.race([p, stop]);
      const stopped = () => ({ status: Status.ERROR, exitCode: 1, error: "RuntimeError: run stopped" });

      natives.allowPending = true;
      env.setLazyFetch(typeof hooks.fetchModule === "function");
      ex.edge_set_preempt(hooks.preemptEvery ?? DEFAULT_PREEMPT_EVERY);
      let status = startRun(source, filename);
      const self = this;
      while (status === Status.SUSPENDED) {
        if (signal?.aborted) return stopped();
        const kind = ex.edge_wait_kind();
        let reply = 0;
        let isError = false;
        try {
          let v;
          switch (kind) {
            case Wait.TIMER:
              v = await orStop(h.sleep(ex.edge_wait_seconds()));
              break;
            case Wait.EVENT:
              v = await orStop(h.receive());
              if (v !== STOPPED) reply = rt.encodeStr(String(v));
              break;
            case Wait.FRAME:
              v = await orStop(h.frame());
              if (v !== STOPPED) reply = rt.encodeFloat(Number(v ?? performance.now()));
              break;
            case Wait.PREEMPT:
              v = await orStop(h.yieldToLoop());
              break;
            case Wait.HOST_CALL: {
              const pending = natives.takePending();
              if (!pending) throw Object.assign(new Error("no pending host call to wait for"), { pyType: "SystemError" });
              v = await orStop(pending.promise);
              if (v !== STOPPED) reply = pending.encode(v);
              break;
            }
            case Wait.FETCH: {
              const n = ex.edge_wait_name();
              const name = readText(ex, ex.edge_scratch_ptr(), n);
              v = await orStop(Promise.resolve(h.fetchModule(name, self)));
              if (v !== STOPPED && !v) {
                isError = true;
                reply = rt.encodeStr(`ModuleNotFoundError: No module named '${name}'`);
              }
              break;
            }
            default:
              throw Object.assign(new Error(`unknown wait kind ${kind}`), { pyType: "SystemError" });
          }
          if (v === STOPPED) return stopped();
        } catch (err) {
          if (err?.internal) throw err;
          isError = true;
          reply = rt.encodeStr(errorText(err));
        }
        if (signal?.aborted) return stopped();
        status = resume(reply, isError);
      }
      return result(status);
    },
  };
}

// ---- Orchestration: load once, run many (the Worker's engine; see worker.js) ----------------

/** The modules the VM implements itself (edge_builtin_modules), read from one instance. */
function builtinModules(inst) {
  const ex = inst.exports;
  if (typeof ex.edge_builtin_modules !== "function") return new Set(["builtins", "sys"]);
  const n = ex.edge_builtin_modules();
  return new Set(readText(ex, ex.edge_scratch_ptr(), n).split("\n").filter(Boolean));
}

/** The error a run rejects with: the Python traceback as the message. */
function pythonError(traceback) {
  const text = traceback.trimEnd();
  const last = text.slice(text.lastIndexOf("\n") + 1);
  const err = new Error(text);
  err.name = "PythonError";
  err.traceback = traceback;
  err.pyType = last.match(/^([A-Za-z_][\w.]*)(:|$)/)?.[1] ?? null;
  err.exitCode = 1;
  return err;
}

/** Loads a loader plugin by URL: its default export must be {match, load}. */
async function importLoader(url) {
  let mod;
  try {
    mod = await import(url);
  } catch (err) {
    throw new Error(`loader ${url}: cannot import it: ${err.message}`);
  }
  const l = mod.default;
  if (!l || typeof l.match !== "function" || typeof l.load !== "function") {
    throw new Error(`loader ${url}: the default export must be an object with match(module) and load(module, ctx)`);
  }
  return l;
}

const sleepMs = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => (clearTimeout(t), reject(signal.reason)), { once: true });
  });

/**
 * The engine behind one worker: compiles compiler_lib.wasm once, then runs sources, each in a
 * fresh instance with its imports resolved, fetched and registered first.
 * @param {object} opts
 * @param {string|URL} [opts.wasmUrl] compiler_lib.wasm (default: beside the runtime)
 * @param {WebAssembly.Module|Uint8Array} [opts.wasm] an already loaded compiler_lib
 * @param {string|URL} [opts.wasmLazyUrl] a split build's compiler_lib.lazy.wasm (default:
 *   NAME.lazy.wasm beside wasmUrl), read when a run first calls into it
 * @param {WebAssembly.Module|Uint8Array} [opts.wasmLazy] that lazy part, already loaded
 * @param {boolean} [opts.integrity=true] IndexedDB + lockfile (memory fallback)
 * @param {string|null} [opts.version] cache generation key
 * @param {{ok: boolean, reason?: string}|Promise<{ok: boolean, reason?: string}>} [opts.cacheProbe]
 *   whether IndexedDB opened on the main thread (createWorker asks): the cache is then opened on
 *   first use, not at load. A promise (the answer is still on its way) is awaited only by the
 *   first fetch, and `integrityActive` / `fallbackReason` are then null: the asker knows them.
 * @param {Record<string,string>} [opts.imports] bare name → .py / .wasm spec
 * @param {Record<string,string>} [opts.hostModules] bare name → main-thread ESM URL
 * @param {Record<string,string[]>} [opts.mainThreadModules] bare name → function names
 * @param {string[]} [opts.loaders] loader plugin URLs
 * @param {boolean} [opts.defaults=true] seed the manifest with src/defaults.js
 * @param {string|false} [opts.packages] packages.json URL; default: NAME beside the entry; false: none
 * @param {string} [opts.baseUrl] what relative specs and entry dirs resolve against
 * @param {(line: string, stream: string) => void} [opts.onOutput] one call per printed line
 */
export async function createEngine(opts = {}) {
  const t0 = performance.now();
  const defaultBase = String(opts.baseUrl ?? globalThis.location?.href ?? new URL("./", import.meta.url).href);
  const integrity = opts.integrity !== false;
  const probe = opts.cacheProbe ?? null;
  // The fetcher (and the modules behind it) comes into being on first need when there is
  // nothing to report on at load: integrity is off, or the main thread already answered
  // whether IndexedDB opens. Otherwise it opens the cache at load.
  const lazyCache = !integrity || probe !== null;
  let fetching = null;
  const getFetcher = () =>
    (fetching ??= Promise.all([loadResolution(), probe])
      .then(([r, answer]) => r.createFetcher({ integrity, version: opts.version ?? null, probe: answer }))
      .catch((err) => {
        fetching = null;
        throw err;
      }));
  const [module, eagerFetcher, loaders] = await Promise.all([
    loadCompiler(opts),
    lazyCache ? null : getFetcher(),
    Promise.all((opts.loaders ?? []).map((u) => importLoader(new URL(u, defaultBase).href))),
  ]);
  const loadMs = performance.now() - t0;
  const cacheState = eagerFetcher ??
    (typeof probe?.then === "function"
      ? { integrityActive: null, fallbackReason: null }
      : { integrityActive: integrity && probe.ok, fallbackReason: integrity && !probe.ok ? probe.reason : null });
  const builtins = new Set(); // filled from the first instance
  let onOutput = opts.onOutput ?? null;
  let callHost = async (module, fn) => {
    throw new Error(`${module}.${fn}: no main thread to call (no host delegate set)`);
  };
  let loadHost = async (name) => {
    throw new Error(`host module '${name}': no main thread to load it on (no load delegate set)`);
  };
  let disposed = false;
  const active = new Set(); // AbortControllers of runs in progress
  const events = []; // pushed messages no receive() has taken yet
  const receivers = []; // receive() calls waiting for a message

  const optionLayer = {
    label: "createWorker options",
    base: defaultBase,
    imports: opts.imports ?? {},
    host: opts.hostModules ?? {},
    mainThread: opts.mainThreadModules ?? {},
  };
  // One manifest chain (and resolver) per packages.json location.
  const chains = new Map();
  const chainFor = async (folder) => {
    const url = opts.packages === false ? null : new URL(opts.packages ?? "packages.json", opts.packages ? defaultBase : folder).href;
    const [r, fetcher] = await Promise.all([loadResolution(), getFetcher()]);
    let c = chains.get(url);
    if (!c) {
      const defaultLayer = opts.defaults === false ? null : { label: "built-in defaults", base: defaultBase, imports: r.defaultImports, host: r.defaultHost };
      const manifest = r.createManifest([optionLayer, () => (url ? r.loadPackagesJson(fetcher, url) : null), defaultLayer]);
      const resolver = r.createResolver({ fetcher, manifest, builtins, loadHost: (n, u) => loadHost(n, u) });
      chains.set(url, (c = { manifest, resolver }));
    }
    return c;
  };

  const checkLive = () => {
    if (disposed) throw new Error("edge-python: this worker was disposed; create a new one with createWorker()");
  };

  /** Registers what prefetch found into a fresh instance. */
  async function register(inst, found, resolver) {
    for (const [name, r] of found) {
      if (r.kind === "py") inst.registerModule(name, r.source, r.url, r.isPackage);
      else if (r.kind === "wasm") {
        const ctx = { compilerExports: inst.exports, rt: inst.rt, fetchedSources: resolver.fetchedSources };
        // With a Python shim (edge.py section) the natives become `_name` and the shim `name`.
        inst.registerLoadedModule(name, await loadNativeModule(r.module, ctx, loaders));
      } else if (r.kind === "host") {
        const fns = {};
        for (const fn of r.names) {
          fns[fn] = inst.runAsync
            ? (...args) => callHost(name, fn, args)
            : () => {
                throw new Error(`${name}.${fn}: calling a main-thread function needs a suspending compiler_lib.wasm (runAsync)`);
              };
        }
        inst.registerJsModule(name, fns);
      }
    }
  }

  function receive(signal) {
    if (events.length) return Promise.resolve(events.shift());
    return new Promise((resolve, reject) => {
      const waiter = { resolve };
      receivers.push(waiter);
      signal.addEventListener("abort", () => {
        receivers.splice(receivers.indexOf(waiter), 1);
        reject(signal.reason);
      }, { once: true });
    });
  }

  const nextFrame = () =>
    typeof globalThis.requestAnimationFrame === "function"
      ? new Promise((r) => globalThis.requestAnimationFrame(r))
      : sleepMs(16).then(() => performance.now());

  /**
   * An instance with its VM set up (edge_builtin_modules creates it), writes going to
   * `io.write` once a run owns it. The first also fills `builtins`.
   */
  function freshInstance() {
    const io = { write: null };
    const inst = instantiate(module, {
      onWrite: (text, stream) => io.write?.(text, stream),
      onOutput: (line, stream) => onOutput?.(line, stream),
    });
    const names = builtinModules(inst);
    if (!builtins.size) for (const n of names) builtins.add(n);
    return { inst, io };
  }
  // The next run's instance, made while the engine is idle (prepareNext).
  let spare = null;

  async function run(source, { entryDir, baseUrl, filename = "<string>" } = {}) {
    checkLive();
    const t = performance.now();
    const folder = entryBase(baseUrl ?? defaultBase, entryDir);
    let out = "";
    const { inst, io } = spare ?? freshInstance();
    spare = null;
    io.write = (text, stream) => {
      if (stream === "stdout") out += text;
    };
    // A program that imports nothing, or only what the VM provides, needs no resolution (nor
    // the modules that do it): the same test src/prefetch.js applies to each name.
    const imported = inst.listImports(source);
    const resolvable = (spec) => {
      const abs = absoluteName(spec, { name: "__main__", isPackage: false });
      if (!abs || !isModuleName(abs.name)) return false;
      const top = abs.name.split(".")[0];
      return !builtins.has(top) || hostLibraryNames.includes(top);
    };
    if (imported.some(resolvable)) {
      const { resolver } = await chainFor(folder);
      const found = await resolver.collect((s) => inst.listImports(s), source, folder, imported);
      checkLive();
      await register(inst, found, resolver);
    }
    const abort = new AbortController();
    active.add(abort);
    let r;
    try {
      if (inst.runAsync) {
        r = await inst.runAsync(source, filename, {
          receive: () => receive(abort.signal),
          frame: nextFrame,
          sleep: (s) => sleepMs(s * 1000, abort.signal),
          yieldToLoop: () => sleepMs(0, abort.signal),
          fetchModule: async (name) => {
            const { resolver } = await chainFor(folder);
            const m = await resolver.resolve(name, folder);
            if (!m || m.kind === "builtin") return false;
            await register(inst, new Map([[name, m]]), resolver);
            return true;
          },
          signal: abort.signal,
        });
      } else {
        r = inst.run(source, filename);
      }
    } finally {
      active.delete(abort);
    }
    checkLive();
    const ms = performance.now() - t;
    if (r.status === Status.OK) return { out, ms, exitCode: 0 };
    if (r.status === Status.EXIT) return { out, ms, exitCode: r.exitCode };
    if (r.status === Status.ERROR) throw pythonError(r.error);
    throw new Error(`internal error: ${r.error}`);
  }

  return {
    loadMs,
    integrityActive: cacheState.integrityActive,
    fallbackReason: cacheState.fallbackReason,
    run,
    onOutput(handler) {
      onOutput = handler;
    },
    /** Wakes a paused receive() (the oldest) with `message`, or queues it for the next one. */
    pushEvent(message) {
      const w = receivers.shift();
      if (w) w.resolve(String(message));
      else events.push(String(message));
    },
    /** Forgets resolved and compiled modules and pending events; cached bytes stay. */
    async reset() {
      checkLive();
      for (const c of chains.values()) {
        c.resolver.forget();
        c.manifest.forget();
      }
      if (fetching) (await fetching.catch(() => null))?.forget();
      events.length = 0;
    },
    /** Wipes the byte caches (IndexedDB store + lockfile, or memory) and every resolution. */
    async clearCache() {
      checkLive();
      chains.clear();
      await (await getFetcher()).clear();
    },
    /**
     * Makes the next run's instance now (instantiate + VM set-up: some milliseconds, more on
     * the first run, which compiles that code), so the next run starts without that work. For
     * idle moments: the worker calls it after each answer, while the page posts the next run.
     */
    prepareNext() {
      if (disposed || spare) return;
      try {
        spare = freshInstance();
      } catch {
        // the next run instantiates its own, and reports what fails
      }
    },
    dispose() {
      disposed = true;
      spare = null;
      for (const a of active) a.abort(new Error("edge-python: worker disposed during the run"));
    },
    setHostCallDelegate(f) {
      callHost = f;
    },
    setLoadHostDelegate(f) {
      loadHost = f;
    },
  };
}

/**
 * compiler_lib.wasm from `opts.wasm` or `opts.wasmUrl` (default: beside the runtime; a file:
 * URL under Node), compiled (streaming when possible), with its lazy part when it is split
 * (`opts.wasmLazy` / `opts.wasmLazyUrl`, see lazyPartSource), as createEngine loads it.
 * @param {{wasm?: BufferSource|WebAssembly.Module, wasmUrl?: string|URL, wasmLazy?: BufferSource|WebAssembly.Module, wasmLazyUrl?: string|URL}} opts
 * @returns {Promise<WebAssembly.Module>}
 */
export async function loadCompiler(opts = {}) {
  const url = opts.wasmUrl || !opts.wasm ? new URL(opts.wasmUrl ?? new URL("../compiler_lib.wasm", import.meta.url)).href : null;
  const module = await compileCompiler(opts.wasm ?? (await fetchCompiler(url)));
  if (splitId(module) && !lazyParts.has(module)) lazyParts.set(module, createLazyPart(module, await lazyPartSource(opts, url)));
  return module;
}

/**
 * Where a split compiler_lib.wasm's lazy part comes from: `opts.wasmLazy` (bytes or a module),
 * else `opts.wasmLazyUrl` or NAME.lazy.wasm beside compiler_lib.wasm, read on first need: a
 * file synchronously, a URL by a synchronous request in a worker; hosts that cannot (Node and
 * Deno for http URLs) fetch it now.
 */
async function lazyPartSource(opts, url) {
  if (opts.wasmLazy) return lazySourceOf(opts.wasmLazy);
  const lazyUrl = opts.wasmLazyUrl ? new URL(opts.wasmLazyUrl).href : url && lazyUrlFor(url);
  if (!lazyUrl) throw new Error("compiler_lib.wasm is the first of two parts: pass its lazy part (compiler_lib.lazy.wasm) as wasmLazy or wasmLazyUrl");
  if (lazyUrl.startsWith("file:")) {
    const { readFileSync } = await import("node:fs");
    return { read: () => readFileSync(new URL(lazyUrl)), name: lazyUrl };
  }
  if (typeof XMLHttpRequest === "function") return { read: () => fetchSync(lazyUrl), name: lazyUrl };
  const res = await fetchOk(lazyUrl, "compiler_lib.lazy.wasm", "serve it beside compiler_lib.wasm, or set wasmLazyUrl");
  return { bytes: await res.arrayBuffer(), name: lazyUrl };
}

/** The response to GET `url`, or an Error naming `what` and what to fix (`hint`). */
async function fetchOk(url, what, hint) {
  let res;
  try {
    res = await fetch(url);
  } catch (err) {
    throw new Error(`${what}: cannot fetch ${url}: ${err.message}`);
  }
  if (!res.ok) throw new Error(`${what}: ${url} answered HTTP ${res.status}; ${hint}`);
  return res;
}

/** compiler_lib.wasm at `url`, compiled (streaming when the server says application/wasm). */
async function fetchCompiler(url) {
  if (url.startsWith("file:")) {
    const { readFile } = await import("node:fs/promises");
    return WebAssembly.compile(await readFile(new URL(url)));
  }
  const res = await fetchOk(url, "compiler_lib.wasm", "set wasmUrl to where compiler_lib.wasm is served");
  try {
    if (WebAssembly.compileStreaming && /application\/wasm/i.test(res.headers.get("content-type") ?? "")) {
      return await WebAssembly.compileStreaming(res);
    }
    return await WebAssembly.compile(await res.arrayBuffer());
  } catch (err) {
    throw new Error(`compiler_lib.wasm: ${url} is not a valid WebAssembly module: ${err.message}`);
  }
}
