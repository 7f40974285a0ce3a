// Handle codec helpers over one compiler_lib instance's exports (docs/abi.md, "Handle codec").
// A handle is a u32 naming a Python value in the instance's handle table; 0 is never valid.
// Loaders receive `createRt(exports)` as `ctx.rt`.

/** Tags returned by host_edge_tag. */
export const Tag = Object.freeze({
  INVALID: -1, NONE: 0, BOOL: 1, INT: 2, BIGINT: 3, FLOAT: 4, STR: 5, BYTES: 6,
  LIST: 7, TUPLE: 8, DICT: 9, REF: 10, OTHER: 11,
});

/** A Python `HostRef`: an opaque reference to a host object, named by a u32 id. */
export class HostRef {
  constructor(id) {
    this.id = id >>> 0;
  }
}

const I64_MIN = -(2n ** 63n);
const I64_MAX = 2n ** 63n - 1n;
const utf8 = new TextEncoder();
const utf8Dec = new TextDecoder("utf-8", { fatal: false });

/** Codec helpers bound to one instance's exports. */
export function createRt(exports) {
  const ex = exports;
  const mem = () => ex.memory.buffer;
  const check = (h, what) => {
    if (!h) throw new Error(`edge: cannot encode ${what}: ${lastError()}`);
    return h;
  };
  const lastError = () => readText(ex.edge_last_error_ptr(), ex.edge_last_error_len());
  const readText = (ptr, len) => (len > 0 ? utf8Dec.decode(new Uint8Array(mem(), ptr, len)) : "");
  const scratchText = (len) => readText(ex.edge_scratch_ptr(), len);

  /** Copies `bytes` into a fresh wasm block and calls `f(ptr, len)`; frees the block. */
  const withBytes = (bytes, f) => {
    const ptr = ex.wasm_alloc(bytes.length);
    if (!ptr && bytes.length) throw new Error("edge: out of memory");
    new Uint8Array(mem(), ptr, bytes.length).set(bytes);
    try {
      return f(ptr, bytes.length);
    } finally {
      ex.wasm_free(ptr, bytes.length);
    }
  };
  const withHandles = (hs, f) => {
    const size = hs.length * 4;
    const ptr = ex.wasm_alloc(size);
    new Uint32Array(mem(), ptr, hs.length).set(hs);
    try {
      return f(ptr, hs.length);
    } finally {
      ex.wasm_free(ptr, size);
    }
  };

  const rt = {
    exports: ex,
    lastError,
    tag: (h) => ex.host_edge_tag(h),
    drop: (h) => ex.host_edge_drop(h),
    repr(h) {
      const n = ex.host_edge_repr(h);
      if (n < 0) throw new Error(`edge: repr failed: ${lastError()}`);
      return scratchText(n);
    },

    encodeNone: () => ex.host_edge_none(),
    decodeNone: () => null,
    encodeBool: (b) => ex.host_edge_bool(b ? 1 : 0),
    decodeBool(h) {
      const r = ex.host_edge_get_bool(h);
      if (r < 0) throw new Error(`edge: bool(): ${lastError()}`);
      return r === 1;
    },
    /** A number (integral) or a bigint; values outside i64 go through decimal text. */
    encodeInt(v) {
      if (typeof v === "number") {
        if (!Number.isInteger(v)) throw new TypeError(`edge: encodeInt(${v}): not an integer`);
        if (Number.isSafeInteger(v)) return ex.host_edge_int(BigInt(v));
        v = BigInt(v);
      }
      if (v >= I64_MIN && v <= I64_MAX) return ex.host_edge_int(v);
      return check(withBytes(utf8.encode(v.toString()), (p, n) => ex.host_edge_int_parse(p, n)), "int");
    },
    /** A number when it is exactly representable, else a bigint. */
    decodeInt(h) {
      const t = ex.host_edge_tag(h);
      if (t === Tag.INT || t === Tag.BOOL) {
        const v = ex.host_edge_get_int(h);
        return v >= -(2n ** 53n) && v <= 2n ** 53n ? Number(v) : v;
      }
      const n = ex.host_edge_int_str(h);
      if (n < 0) throw new TypeError(`edge: decodeInt: not an int (tag ${t})`);
      return BigInt(scratchText(n));
    },
    encodeFloat: (f) => ex.host_edge_float(f),
    decodeFloat: (h) => ex.host_edge_get_float(h),
    encodeStr: (s) => check(withBytes(utf8.encode(String(s)), (p, n) => ex.host_edge_str(p, n)), "str"),
    decodeStr(h) {
      if (ex.host_edge_tag(h) !== Tag.STR) throw new TypeError(`edge: decodeStr: not a str (tag ${ex.host_edge_tag(h)})`);
      return readText(ex.host_edge_buf_ptr(h), ex.host_edge_buf_len(h));
    },
    encodeBytes(b) {
      const bytes = b instanceof Uint8Array ? b : new Uint8Array(b);
      return withBytes(bytes, (p, n) => ex.host_edge_bytes(p, n));
    },
    /** A copy of a bytes/bytearray's content. */
    decodeBytes(h) {
      if (ex.host_edge_tag(h) !== Tag.BYTES) throw new TypeError("edge: decodeBytes: not bytes");
      const n = ex.host_edge_buf_len(h);
      return new Uint8Array(mem(), ex.host_edge_buf_ptr(h), n).slice();
    },
    /** A list from handles. */
    encodeList: (hs) => check(withHandles(hs, (p, n) => ex.host_edge_list(p, n)), "list"),
    encodeTuple: (hs) => check(withHandles(hs, (p, n) => ex.host_edge_tuple(p, n)), "tuple"),
    /** Element handles of a list or tuple (new handles). */
    decodeList(h) {
      const n = ex.host_edge_len(h);
      const out = [];
      for (let i = 0; i < n; i++) out.push(ex.host_edge_item(h, i));
      return out;
    },
    decodeTuple: (h) => rt.decodeList(h),
    /** A dict from [keyHandle, valueHandle] pairs. */
    encodeDict(pairs) {
      const d = ex.host_edge_dict();
      for (const [k, v] of pairs) {
        if (ex.host_edge_dict_set(d, k, v) !== 0) throw new Error(`edge: encodeDict: ${lastError()}`);
      }
      return d;
    },
    /** [keyHandle, valueHandle] pairs of a dict, in insertion order. */
    decodeDict(h) {
      const items = ex.host_edge_dict_items(h);
      if (!items) throw new TypeError("edge: decodeDict: not a dict");
      return rt.decodeList(items).map((t) => rt.decodeList(t));
    },
    encodeRef: (id) => check(ex.host_edge_ref(id >>> 0), "HostRef"),
    decodeRef(h) {
      const id = ex.host_edge_get_ref(h);
      if (id < 0n) throw new TypeError("edge: decodeRef: not a HostRef");
      return new HostRef(Number(id));
    },

    /**
     * Any JS value to a handle: null/undefined → None, boolean → bool, integral number or
     * bigint → int, other number → float, string → str, Uint8Array/ArrayBuffer → bytes,
     * Array → list, HostRef → HostRef, Map or plain object → dict.
     */
    encode(v) {
      if (v === null || v === undefined) return rt.encodeNone();
      switch (typeof v) {
        case "boolean": return rt.encodeBool(v);
        case "number": return Number.isInteger(v) ? rt.encodeInt(v) : rt.encodeFloat(v);
        case "bigint": return rt.encodeInt(v);
        case "string": return rt.encodeStr(v);
      }
      if (v instanceof HostRef) return rt.encodeRef(v.id);
      if (v instanceof Uint8Array || v instanceof ArrayBuffer) return rt.encodeBytes(v);
      if (Array.isArray(v)) return rt.encodeList(v.map(rt.encode));
      const entries = v instanceof Map ? [...v.entries()] : Object.entries(v);
      return rt.encodeDict(entries.map(([k, x]) => [rt.encode(k), rt.encode(x)]));
    },
    /**
     * Any handle to a JS value, the inverse of `encode`; tuples become arrays, dicts with only
     * str keys plain objects (else Maps), other objects their repr() string.
     */
    decode(h) {
      switch (ex.host_edge_tag(h)) {
        case Tag.NONE: return null;
        case Tag.BOOL: return ex.host_edge_get_int(h) !== 0n;
        case Tag.INT: case Tag.BIGINT: return rt.decodeInt(h);
        case Tag.FLOAT: return rt.decodeFloat(h);
        case Tag.STR: return rt.decodeStr(h);
        case Tag.BYTES: return rt.decodeBytes(h);
        case Tag.LIST: case Tag.TUPLE: return rt.decodeList(h).map(rt.decode);
        case Tag.DICT: {
          const pairs = rt.decodeDict(h).map(([k, v]) => [rt.decode(k), rt.decode(v)]);
          return pairs.every(([k]) => typeof k === "string") ? Object.fromEntries(pairs) : new Map(pairs);
        }
        case Tag.REF: return rt.decodeRef(h);
        case Tag.OTHER: return rt.repr(h);
        default: throw new Error(`edge: decode: invalid handle ${h}`);
      }
    },
  };
  return rt;
}
