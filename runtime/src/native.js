// Native modules: the native table behind host_call_native, the loader extension point
// ({match, load} returning kind "wasmpdk" or "capability"), and the built-in Path A loader for
// .wasm guests (docs/abi.md, "Native calls" and "Path A guests").

import { createRt } from "./rt.js";

/**
 * host_call_native statuses (docs/abi.md): PENDING, the run suspends until the host resumes it
 * with the value; RAISED, the exception the VM already holds propagates.
 */
export const Call = Object.freeze({ OK: 0, ERROR: 1, PENDING: 2, RAISED: 3 });

/** A Path A guest's status for "a callback raised: let the VM's pending exception propagate". */
const GUEST_RAISED = 2;

const isThenable = (v) => v !== null && (typeof v === "object" || typeof v === "function") && typeof v.then === "function";

/**
 * What a capability function returns for an asynchronous result: the promise, and how to turn
 * its value into a handle once it settles (outside the native call).
 */
export class Pending {
  constructor(promise, encode) {
    this.promise = Promise.resolve(promise);
    this.encode = encode;
    // Awaited later by runAsync; never an unhandled rejection when the VM could not wait.
    this.promise.catch(() => {});
  }
}

const rts = new WeakMap();
const rtFor = (exports) => {
  let rt = rts.get(exports);
  if (!rt) rts.set(exports, (rt = createRt(exports)));
  return rt;
};

/** `"Kind: message"` for a thrown value; `err.pyType` picks the Python exception class. */
function errorText(err) {
  const msg = err instanceof Error ? err.message : String(err);
  const type = (err && typeof err === "object" && err.pyType) || "RuntimeError";
  return `${type}: ${msg}`;
}

/**
 * A Path A guest's status and out handle as host_call_native's: 0 ok, 2 pending exception
 * (passed through: the VM already holds it), anything else an error whose out is a message.
 */
function guestOutcome(exports, name, rc, h) {
  if (rc === Call.OK) return { status: Call.OK, result: h };
  if (rc === GUEST_RAISED) return { status: Call.RAISED, result: 0 };
  return { status: Call.ERROR, result: h || rtFor(exports).encodeStr(`RuntimeError: ${name}() failed with status ${rc}`) };
}

// Views of a memory, remade only when it grows. Growing detaches the old buffer, and a view of
// a detached buffer has length 0: testing that is cheaper than the `memory.buffer` getter and a
// WeakMap lookup, which cost a scanner loop's native calls ~10% (tens of thousands of calls).
// Handles and the pointers the ABI passes for them are 4-aligned; wasm memory is little-endian.
const viewCache = new WeakMap();
/** The view holder of `memory`, kept by callers that use it per call. */
function viewsOf(memory) {
  let v = viewCache.get(memory);
  // `block`: callGuest's staging block in this (guest) memory.
  if (!v) viewCache.set(memory, (v = { memory, w: null, b: null, block: null }));
  return v;
}
function wordsOf(v) {
  let w = v.w;
  if (w === null || w.length === 0) v.w = w = new Uint32Array(v.memory.buffer);
  return w;
}
function bytesOfViews(v) {
  let b = v.b;
  if (b === null || b.length === 0) v.b = b = new Uint8Array(v.memory.buffer);
  return b;
}

/** Copies `len` bytes between two memories' views; short runs without making a subarray. */
function copyBytes(from, src, to, dst, len) {
  if (len <= 32) {
    for (let i = 0; i < len; i++) to[dst + i] = from[src + i];
  } else {
    to.set(from.subarray(src, src + len), dst);
  }
}

/**
 * The native table: fn_id → {kind, fn, name}. One per instance (fn ids are registered into
 * that instance's VM by registerNativeModule).
 */
export function createNativeTable() {
  const entries = [];
  // The asynchronous call runAsync must await (the latest PENDING answer), and whether the
  // current run may answer PENDING at all (only runAsync can resume it).
  let pending = null;
  let allowPending = false;
  // The out handle of the last guest call (callGuest's second result).
  let guestResult = 0;

  // Calls a Path A export with the argc handles at argvPtr in the compiler's memory, copied
  // straight into the guest's staging block: no per-call arrays or views (a scanner loop
  // makes tens of thousands of these calls).
  function callGuest(fn, compiler, argvPtr, argc) {
    const alloc = fn.__edge_alloc;
    // Custom loaders annotate only __edge_memory (docs/abi.md): the holder is made once.
    const guest = fn.__edge_views ?? (fn.__edge_views = viewsOf(fn.__edge_memory));
    // The staging block in guest memory ({ptr, slots}), kept with the guest's views.
    let block = guest.block;
    if (block === null || block.slots < argc + 1) {
      const slots = Math.max(16, argc + 1, block ? block.slots * 2 : 0);
      const ptr = alloc(slots * 4);
      if (!ptr) throw new Error("guest __edge_alloc returned 0");
      guest.block = block = { ptr, slots };
    }
    const gOut = block.ptr;
    const guestWords = wordsOf(guest);
    guestWords[gOut >>> 2] = 0;
    const from = wordsOf(compiler);
    const src = argvPtr >>> 2;
    const dst = (gOut >>> 2) + 1;
    for (let i = 0; i < argc; i++) guestWords[dst + i] = from[src + i];
    const rc = fn(gOut + 4, argc, gOut);
    guestResult = wordsOf(guest)[gOut >>> 2];
    return rc;
  }

  // The compiler instance's memory views (one instance per table; looked up once).
  let compilerViews = null;
  const compilerOf = (exports) =>
    compilerViews !== null && compilerViews.memory === exports.memory ? compilerViews : (compilerViews = viewsOf(exports.memory));

  return {
    /** Adds a function; returns its fn_id. */
    add(kind, fn, name = fn.name) {
      if (kind !== "wasmpdk" && kind !== "capability") throw new Error(`unknown native kind ${kind}`);
      entries.push({ kind, fn, name });
      return entries.length - 1;
    },
    get size() {
      return entries.length;
    },
    set allowPending(on) {
      allowPending = !!on;
    },
    /** The Pending of the call the run waits on (HOST_CALL), once. */
    takePending() {
      const p = pending;
      pending = null;
      return p;
    },
    /** The host_call_native import's body. Never throws into wasm. */
    dispatch(exports, fnId, argvPtr, argc, outPtr) {
      let status = Call.OK;
      let result;
      try {
        const entry = entries[fnId];
        if (!entry) throw Object.assign(new Error(`no native function ${fnId}`), { pyType: "SystemError" });
        if (entry.kind === "capability") {
          result = entry.fn(Array.from(new Uint32Array(exports.memory.buffer, argvPtr, argc)));
          // A raw capability may return a promise of a handle.
          if (isThenable(result)) result = new Pending(result, (h) => h);
          if (result instanceof Pending) {
            if (!allowPending) {
              throw new Error(`${entry.name}() returned a Promise: run the program with runAsync() to await host calls`);
            }
            pending = result;
            return Call.PENDING;
          }
        } else {
          const rc = callGuest(entry.fn, compilerOf(exports), argvPtr, argc);
          if (rc === Call.OK) result = guestResult;
          else ({ status, result } = guestOutcome(exports, entry.name, rc, guestResult));
        }
        if (status === Call.OK && !(Number.isInteger(result) && result > 0)) {
          throw Object.assign(new Error(`${entry.name}() returned ${result}, not a handle`), { pyType: "SystemError" });
        }
      } catch (err) {
        status = Call.ERROR;
        try {
          result = rtFor(exports).encodeStr(errorText(err));
        } catch {
          result = 0;
        }
      }
      wordsOf(compilerOf(exports))[outPtr >>> 2] = result >>> 0;
      return status;
    },
  };
}

/**
 * A capability module from plain JS functions taking and returning JS values (converted with
 * rt.decode / rt.encode). Throw an Error (optionally with `pyType`) to raise in Python.
 */
export function capabilityFromObject(obj, rt) {
  const names = Object.keys(obj).filter((k) => typeof obj[k] === "function");
  const fns = names.map((n) => (handles) => {
    const r = obj[n](...handles.map(rt.decode));
    return isThenable(r) ? new Pending(r, (v) => rt.encode(v)) : rt.encode(r);
  });
  return { kind: "capability", names, fns };
}

// Compiler exports a guest may import from `env` unchanged (no pointers involved).
const PASS_THROUGH = [
  "host_edge_none", "host_edge_bool", "host_edge_int", "host_edge_float", "host_edge_dict",
  "host_edge_dict_set", "host_edge_ref", "host_edge_tag", "host_edge_get_bool", "host_edge_get_int",
  "host_edge_get_float", "host_edge_len", "host_edge_item", "host_edge_dict_items", "host_edge_get_ref",
  "host_edge_drop", "host_edge_buf_len", "host_edge_slice",
  // Callbacks and introspection (docs/abi.md, "Callbacks and shims").
  "host_edge_call", "host_edge_raise", "host_edge_repr_str", "host_edge_type_name", "host_edge_id",
];

/** The `env` imports of a Path A guest: the codec, with pointers into the guest's memory. */
function guestImports(module, cx, guest) {
  // One staging block in the compiler's memory, reused: every pointer-taking codec call
  // copies its input out before returning and never calls back into the guest.
  let stage = { ptr: 0, size: 0 };
  const staged = (len) => {
    if (len > stage.size) {
      if (stage.ptr) cx.wasm_free(stage.ptr, stage.size);
      const size = Math.max(len, 1024, stage.size * 2);
      const ptr = cx.wasm_alloc(size);
      stage = ptr ? { ptr, size } : { ptr: 0, size: 0 };
      if (!ptr) throw new Error("out of memory staging a guest value");
    }
    return stage.ptr;
  };
  // View holders, made on first use (the guest's memory is known once it is instantiated).
  let gv = null;
  let cv = null;
  const guestBytes = () => bytesOfViews((gv ??= viewsOf(guest.memory)));
  const compilerBytes = () => bytesOfViews((cv ??= viewsOf(cx.memory)));
  const guestWords = () => wordsOf((gv ??= viewsOf(guest.memory)));
  const compilerWords = () => wordsOf((cv ??= viewsOf(cx.memory)));
  const viaCopy = (f) => (gPtr, n) => {
    const p = staged(n);
    copyBytes(guestBytes(), gPtr, compilerBytes(), p, n);
    return f(p, n);
  };
  // Arrays of u32 handles (`scale` 1) or i64s (2) are word-aligned in both memories (Rust
  // Vecs; wasm_alloc blocks are 8-aligned): copied word by word, which for the short ones (a
  // match's spans, per call of a scanner loop) beats making a subarray to `set` from.
  const viaWords = (gPtr, n, scale) => {
    const words = n * scale;
    const p = staged(words * 4);
    const from = guestWords();
    const to = compilerWords();
    const src = gPtr >>> 2;
    const dst = p >>> 2;
    if (words <= 64) {
      for (let i = 0; i < words; i++) to[dst + i] = from[src + i];
    } else {
      to.set(from.subarray(src, src + words), dst);
    }
    return p;
  };
  const adapted = {
    host_edge_str: viaCopy(cx.host_edge_str),
    host_edge_bytes: viaCopy(cx.host_edge_bytes),
    host_edge_int_parse: viaCopy(cx.host_edge_int_parse),
    host_edge_list: (gPtr, n) => cx.host_edge_list(viaWords(gPtr, n, 1), n),
    host_edge_tuple: (gPtr, n) => cx.host_edge_tuple(viaWords(gPtr, n, 1), n),
    host_edge_int_tuple: (gPtr, n) => cx.host_edge_int_tuple(viaWords(gPtr, n, 2), n),
    // A list of tuples of `width` ints: n i64s at gPtr.
    host_edge_int_tuples: (gPtr, n, width) => cx.host_edge_int_tuples(viaWords(gPtr, n, 2), n, width),
    // Many slices of h: n (start, end) pairs of i32 at gPtr.
    host_edge_slices: (h, gPtr, n, width) => cx.host_edge_slices(h, viaWords(gPtr, n, 2), n, width),
    // Copies a str's UTF-8 / a bytes' content to guest memory at gDst (host_edge_buf_len bytes).
    host_edge_buf_read(h, gDst) {
      const n = cx.host_edge_buf_len(h);
      if (n < 0) return -1;
      copyBytes(compilerBytes(), cx.host_edge_buf_ptr(h), guestBytes(), gDst, n);
      return n;
    },
  };
  const env = {};
  for (const imp of WebAssembly.Module.imports(module)) {
    if (imp.module !== "env" || imp.kind !== "function") {
      throw new Error(`Path A guest imports ${imp.module}.${imp.name}: only env.host_edge_* functions are provided`);
    }
    if (adapted[imp.name]) env[imp.name] = adapted[imp.name];
    else if (PASS_THROUGH.includes(imp.name)) env[imp.name] = cx[imp.name];
    else throw new Error(`Path A guest imports env.${imp.name}, which is not part of the guest codec`);
  }
  return { env };
}

/**
 * The built-in Path A (wasm-pdk) loader, always tried last: a guest exporting `__edge_alloc`
 * (and its memory as `__edge_memory`, or `memory`) whose other function exports have the
 * signature (g_argv, argc, g_out) -> i32.
 */
export const pathALoader = {
  match(module) {
    return WebAssembly.Module.exports(module).some((e) => e.name === "__edge_alloc" && e.kind === "function");
  },
  async load(module, ctx) {
    const guest = { memory: null };
    const instance = await WebAssembly.instantiate(module, guestImports(module, ctx.compilerExports, guest));
    const ex = instance.exports;
    guest.memory = ex.__edge_memory instanceof WebAssembly.Memory ? ex.__edge_memory : ex.memory;
    if (!(guest.memory instanceof WebAssembly.Memory)) throw new Error("Path A guest exports no memory");
    const names = WebAssembly.Module.exports(module)
      .filter((e) => e.kind === "function" && !e.name.startsWith("_"))
      .map((e) => e.name);
    const fns = names.map((n) => {
      const f = ex[n];
      f.__edge_alloc = ex.__edge_alloc;
      f.__edge_memory = guest.memory;
      return f;
    });
    return { kind: "wasmpdk", names, fns, shim: shimOf(module) };
  },
};

/** The Python shim a module carries in its `edge.py` custom section, or null. */
export function shimOf(module) {
  const sections = WebAssembly.Module.customSections(module, "edge.py");
  return sections.length ? new TextDecoder().decode(sections[0]) : null;
}

/**
 * Where a loaded module's natives go: `_name` when it has a shim (the shim is then module
 * `name` and imports from `_name`), else `name`.
 */
export function nativesModuleName(name, loaded) {
  return loaded.shim ? `_${name}` : name;
}

/** Runs the first matching loader (custom ones in order, Path A last). */
export async function loadNativeModule(module, ctx, loaders = []) {
  for (const loader of [...loaders, pathALoader]) {
    if (await loader.match(module)) return loader.load(module, { ...ctx, loaders });
  }
  throw new Error("no native module loader matches this .wasm (Path A guests export __edge_alloc)");
}

/** Registers a loaded module's functions in the table and in the instance's VM as `name`. */
export function registerNativeModule(exports, table, name, { kind, names, fns }) {
  const rt = rtFor(exports);
  const enc = new TextEncoder();
  const withText = (s, f) => {
    const b = enc.encode(s);
    const p = exports.wasm_alloc(b.length);
    new Uint8Array(exports.memory.buffer, p, b.length).set(b);
    try {
      return f(p, b.length);
    } finally {
      exports.wasm_free(p, b.length);
    }
  };
  names.forEach((fnName, i) => {
    const id = table.add(kind, fns[i], fnName);
    const rc = withText(name, (mp, ml) => withText(fnName, (fp, fl) => exports.edge_register_native(mp, ml, fp, fl, id)));
    if (rc !== 0) throw new Error(`edge_register_native(${name}.${fnName}) failed: ${rt.lastError()}`);
  });
}
