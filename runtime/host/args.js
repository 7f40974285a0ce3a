// Shared by the official host libraries (dom, network, storage, time): argument checking and
// errors that reach Python as the right exception class. A host handler receives the decoded
// positional arguments of a Python call (None → null, int/float → number, or bigint beyond
// 2**53, str → string, bytes → Uint8Array, list/tuple → Array, dict → object or Map), so every
// check here is about those JS shapes. The worker turns a thrown Error into
// `"${err.pyType}: ${err.message}"`, which Python raises as that built-in exception.

/** An Error that Python raises as `pyType` (a built-in exception name) with `message`. */
export function pyError(pyType, message) {
  const err = new Error(message);
  err.pyType = pyType;
  return err;
}

/** The Python type name of a decoded argument, for "must be str, not int" messages. */
export function pyTypeName(v) {
  if (v === null || v === undefined) return "NoneType";
  switch (typeof v) {
    case "boolean": return "bool";
    case "bigint": return "int";
    // Python 2.0 arrives as the number 2: an integral number reads as int.
    case "number": return Number.isInteger(v) ? "int" : "float";
    case "string": return "str";
    case "function": return "function";
  }
  if (v instanceof Uint8Array || v instanceof ArrayBuffer) return "bytes";
  if (Array.isArray(v)) return "list";
  return "dict";
}

// A parameter kind: `test` accepts a decoded value; `what` is the name in error messages.
const KINDS = {
  any: { what: "any value", test: () => true },
  str: { what: "str", test: (v) => typeof v === "string" },
  int: { what: "int", test: (v) => Number.isSafeInteger(v) },
  // An id from a main-thread registry (DOM nodes, sockets, timers): an int in Python.
  id: { what: "an id (int)", test: (v) => Number.isSafeInteger(v) },
  num: { what: "int or float", test: (v) => typeof v === "number" && Number.isFinite(v) },
  bool: { what: "bool", test: (v) => typeof v === "boolean" },
  // Only str-keyed dicts decode to plain objects (others become Maps).
  dict: {
    what: "dict",
    test: (v) => v !== null && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype,
  },
  list: { what: "list", test: (v) => Array.isArray(v) },
  strbytes: { what: "str or bytes", test: (v) => typeof v === "string" || v instanceof Uint8Array },
};

/**
 * Parses a compact signature such as `"node: int, text: str, root?: int"` into params:
 * `?` marks an optional parameter (it may be omitted or None), `*name: str` takes the rest.
 */
function parseSignature(sig) {
  if (!sig.trim()) return [];
  return sig.split(",").map((part) => {
    const m = /^\s*(\*)?(\w+)(\?)?\s*:\s*(\w+)\s*$/.exec(part);
    if (!m || !KINDS[m[4]]) throw new Error(`host library bug: bad signature part ${JSON.stringify(part)}`);
    return { rest: !!m[1], name: m[2], optional: !!m[3], kind: KINDS[m[4]] };
  });
}

/**
 * Wraps `fn` so that its arguments are checked against `sig` before it runs; `where` is the
 * Python-facing name (`"dom.set_text"`) every error message starts with. Optional parameters
 * that were omitted or None reach `fn` as `undefined`, so defaults can use `=`.
 */
export function checked(where, sig, fn) {
  const params = parseSignature(sig);
  const fixed = params.filter((p) => !p.rest);
  const rest = params.find((p) => p.rest);
  const required = fixed.filter((p) => !p.optional).length;
  const wrapper = (...args) => {
    if (args.length < required) {
      const missing = fixed.slice(args.length, required).map((p) => `'${p.name}'`).join(", ");
      throw pyError("TypeError", `${where}: missing argument${required - args.length > 1 ? "s" : ""} ${missing}`);
    }
    if (!rest && args.length > fixed.length) {
      throw pyError("TypeError", `${where}: takes at most ${fixed.length} argument${fixed.length === 1 ? "" : "s"} (${args.length} given)`);
    }
    const out = args.map((v, i) => {
      const p = fixed[i] ?? rest;
      if (p.optional && (v === null || v === undefined)) return undefined;
      if (!p.kind.test(v)) throw badArg(where, p, v);
      return v;
    });
    let result;
    try {
      result = fn(...out);
    } catch (err) {
      throw asPyError(where, err);
    }
    if (result && typeof result.then === "function") return result.then(undefined, (err) => Promise.reject(asPyError(where, err)));
    return result;
  };
  Object.defineProperty(wrapper, "name", { value: where.slice(where.indexOf(".") + 1) });
  return wrapper;
}

/**
 * Gives an error thrown by a browser API a Python class and the library prefix: a DOMException
 * (bad selector, invalid class name, quota exceeded, ...) is a ValueError unless
 * DOM_EXCEPTION_TYPES says otherwise, a JS TypeError a TypeError, anything else a RuntimeError. Errors that already
 * carry `pyType` pass unchanged.
 */
function asPyError(where, err) {
  if (err && typeof err === "object" && err.pyType) return err;
  const msg = err instanceof Error ? err.message : String(err);
  let type = "RuntimeError";
  if (typeof DOMException !== "undefined" && err instanceof DOMException) type = DOM_EXCEPTION_TYPES[err.name] ?? "ValueError";
  else if (err instanceof TypeError) type = "TypeError";
  else if (err instanceof RangeError) type = "ValueError";
  const out = pyError(type, `${where}: ${msg}`);
  out.cause = err;
  return out;
}

// DOMException names that are not about a bad value.
const DOM_EXCEPTION_TYPES = {
  QuotaExceededError: "OSError",
  SecurityError: "PermissionError",
  NotAllowedError: "PermissionError",
  NetworkError: "OSError",
  AbortError: "OSError",
  TimeoutError: "TimeoutError",
  InvalidStateError: "RuntimeError",
};

function badArg(where, p, v) {
  if (p.kind === KINDS.id && (v === null || v === undefined)) {
    return pyError("TypeError", `${where}: argument '${p.name}' is None, not an id (did a lookup find nothing?)`);
  }
  const integral = p.kind === KINDS.int || p.kind === KINDS.id;
  const numeric = integral || p.kind === KINDS.num;
  if (numeric && (typeof v === "bigint" || (Number.isInteger(v) && integral))) {
    return pyError("OverflowError", `${where}: argument '${p.name}' is out of range: ${v}`);
  }
  if (numeric && typeof v === "number" && !Number.isFinite(v)) {
    return pyError("ValueError", `${where}: argument '${p.name}' must be finite, not ${v}`);
  }
  const got = v instanceof Map ? "dict with non-str keys" : pyTypeName(v);
  return pyError("TypeError", `${where}: argument '${p.name}' must be ${p.kind.what}${p.optional ? " or None" : ""}, not ${got}`);
}

/** A non-negative delay in milliseconds (ints and floats alike). */
export function checkDelay(where, name, ms) {
  if (ms < 0) throw pyError("ValueError", `${where}: ${name} must be >= 0, got ${ms}`);
  return ms;
}

/**
 * The key under which a handlers object keeps its cleanup function. Object.keys skips symbols,
 * so it is never registered as a Python function; createWorker's dispose() calls it, and tests
 * call it between cases.
 */
export const DISPOSE = Symbol.for("edge-python.dispose");
