#!/usr/bin/env node
// Where the bytes of a .wasm file go: sections, the largest functions, code bytes grouped by
// Rust crate/module path, and the data section split into text and tables.
//
//   node bench/size/report.mjs FILE.wasm [--top N] [--depth D] [--filter SUBSTR]
//
// Function names come from the `name` section, so run it on a build that keeps one:
// `scripts/build-wasm.sh --no-opt --out /tmp/noopt.wasm` (what rustc wrote), or wasm-opt's
// output with `--debuginfo` instead of `--strip-debug`. Rust v0 symbols are demangled here
// (no dependencies): `_RNvMNtNtCs.._12compiler_lib2vm6interpNtB4_2Vm8dispatch` prints as
// `compiler_lib::vm::interp::<impl Vm>::dispatch` and is counted under `compiler_lib::vm::interp`.
// --depth D keeps D path segments after the crate (default: 2 for compiler_lib, 1 otherwise).
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  if (i < 0) return dflt;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const top = Number(opt("--top", 30));
const depthArg = opt("--depth", null);
const filter = opt("--filter", null);
if (args.length !== 1) {
  console.error("usage: node bench/size/report.mjs FILE.wasm [--top N] [--depth D] [--filter SUBSTR]");
  process.exit(2);
}
const file = args[0];
const buf = readFileSync(file);

// ---- wasm sections ------------------------------------------------------------------------
let pos = 8;
const u32 = () => {
  let r = 0, s = 0, b;
  do { b = buf[pos++]; r += (b & 0x7f) * 2 ** s; s += 7; } while (b & 0x80);
  return r;
};
const str = () => { const n = u32(); const t = buf.toString("utf8", pos, pos + n); pos += n; return t; };
const SECTION = ["custom", "type", "import", "function", "table", "memory", "global", "export", "start", "element", "code", "data", "datacount", "tag"];
const sections = [];
const bodies = []; // [function index, body bytes]
const names = new Map();
const segments = []; // data segment bytes
let imported = 0;
while (pos < buf.length) {
  const id = buf[pos++];
  const size = u32();
  const start = pos;
  let label = SECTION[id] ?? `#${id}`;
  if (id === 0) {
    const name = str();
    label = `custom:${name}`;
    if (name === "name") {
      while (pos < start + size) {
        const sub = buf[pos++];
        const len = u32();
        const end = pos + len;
        if (sub === 1) { const n = u32(); for (let i = 0; i < n; i++) { const idx = u32(); names.set(idx, str()); } }
        pos = end;
      }
    }
  } else if (id === 2) {
    const n = u32();
    for (let i = 0; i < n; i++) {
      str(); str();
      const kind = buf[pos++];
      if (kind === 0) { u32(); imported++; }
      else if (kind === 1) { pos++; const f = u32(); u32(); if (f & 1) u32(); }
      else if (kind === 2) { const f = u32(); u32(); if (f & 1) u32(); }
      else pos += 2;
    }
  } else if (id === 10) {
    const n = u32();
    for (let i = 0; i < n; i++) { const len = u32(); bodies.push([imported + i, len]); pos += len; }
  } else if (id === 11) {
    const n = u32();
    for (let i = 0; i < n; i++) {
      const flags = u32();
      if (flags === 2) u32();
      if (flags !== 1) { while (buf[pos] !== 0x0b) pos++; pos++; } // the offset expression
      const len = u32();
      segments.push(buf.subarray(pos, pos + len));
      pos += len;
    }
  }
  sections.push([label, size]);
  pos = start + size;
}

// ---- Rust v0 demangling (RFC 2603), enough for paths, impls and generic arguments ----------
const BASIC = { a: "i8", b: "bool", c: "char", d: "f64", e: "str", f: "f32", h: "u8", i: "isize", j: "usize", l: "i32", m: "u32", n: "i128", o: "u128", s: "i16", t: "u16", u: "()", v: "...", x: "i64", y: "u64", z: "!", p: "_" };
// With `bare`, generic arguments are left out (to count the copies of one generic function).
function demangleV0(sym, bare = false) {
  const s = sym.slice(2); // backrefs count from just after "_R"
  let i = 0;
  let depth = 0;
  const fail = () => { throw new Error("bad symbol"); };
  const peek = () => s[i];
  const eat = (c) => (s[i] === c ? (i++, true) : false);
  const b62 = () => {
    if (eat("_")) return 0;
    let v = 0;
    while (s[i] !== "_") {
      const c = s[i++];
      if (c === undefined) fail();
      const d = c >= "0" && c <= "9" ? c.charCodeAt(0) - 48 : c >= "a" && c <= "z" ? c.charCodeAt(0) - 87 : c.charCodeAt(0) - 29;
      v = v * 62 + d;
    }
    i++;
    return v + 1;
  };
  const disamb = () => (eat("s") ? b62() : 0);
  const ident = () => {
    disamb();
    const puny = eat("u");
    const m = /^\d+/.exec(s.slice(i));
    if (!m) fail();
    i += m[0].length;
    const n = Number(m[0]);
    eat("_");
    const t = s.slice(i, i + n);
    i += n;
    return puny ? `{punycode ${t}}` : t;
  };
  const backref = (parse) => {
    const at = b62();
    if (++depth > 200) fail();
    const save = i;
    i = at;
    const r = parse();
    i = save;
    depth--;
    return r;
  };
  // A path returns { text, mod } where mod lists the module segments used for grouping.
  function path() {
    const c = s[i++];
    switch (c) {
      case "C": { const n = ident(); return { text: n, mod: [n] }; }
      case "M": { disamb(); const ip = path(); const t = type(); return { text: `<impl ${t}>`, mod: ip.mod, within: ip }; }
      case "X": { disamb(); const ip = path(); const t = type(); const tr = path(); return { text: `<impl ${tr.text} for ${t}>`, mod: ip.mod, within: ip }; }
      case "Y": { const t = type(); const tr = path(); return { text: `<${t} as ${tr.text}>`, mod: tr.mod }; }
      case "N": {
        const ns = s[i++];
        const inner = path();
        const name = ident();
        const prefix = inner.within ? `${inner.within.text}::${inner.text}` : inner.text;
        if (ns >= "A" && ns <= "Z") {
          const kind = ns === "C" ? "closure" : ns === "S" ? "shim" : ns;
          return { text: `${prefix}::{${kind}${name ? ` ${name}` : ""}}`, mod: inner.mod };
        }
        return { text: `${prefix}::${name}`, mod: ns === "t" && !inner.within ? [...inner.mod, name] : inner.mod };
      }
      case "I": {
        const p = path();
        const g = [];
        while (!eat("E")) g.push(genericArg());
        const args = bare ? "" : `<${g.join(", ")}>`;
        return { text: `${p.within ? `${p.within.text}::` : ""}${p.text}${args}`, mod: p.mod };
      }
      case "B": return backref(path);
      default: fail();
    }
  }
  function genericArg() {
    if (eat("L")) { b62(); return "'_"; }
    if (eat("K")) return konst();
    return type();
  }
  function konst() {
    if (eat("p")) return "_";
    if (eat("B")) return backref(konst);
    const t = type();
    const neg = eat("n");
    let hex = "";
    while (s[i] !== "_") { if (s[i] === undefined) fail(); hex += s[i++]; }
    i++;
    if (t === "bool") return hex === "1" ? "true" : "false";
    return `${neg ? "-" : ""}${hex ? BigInt(`0x${hex}`) : 0}`;
  }
  function type() {
    const c = peek();
    if (c >= "a" && c <= "z") { i++; if (BASIC[c] === undefined) fail(); return BASIC[c]; }
    switch (c) {
      case "A": { i++; const t = type(); return `[${t}; ${konst()}]`; }
      case "S": { i++; return `[${type()}]`; }
      case "T": { i++; const ts = []; while (!eat("E")) ts.push(type()); return `(${ts.join(", ")}${ts.length === 1 ? "," : ""})`; }
      case "R": case "Q": { i++; if (eat("L")) b62(); return `&${c === "Q" ? "mut " : ""}${type()}`; }
      case "P": case "O": { i++; return `*${c === "O" ? "mut" : "const"} ${type()}`; }
      case "F": {
        i++;
        if (eat("G")) b62();
        const unsafe = eat("U");
        if (eat("K")) { if (!eat("C")) ident(); }
        const ps = [];
        while (!eat("E")) ps.push(type());
        const r = type();
        return `${unsafe ? "unsafe " : ""}fn(${ps.join(", ")})${r === "()" ? "" : ` -> ${r}`}`;
      }
      case "D": {
        i++;
        if (eat("G")) b62();
        const ts = [];
        while (!eat("E")) {
          let t = path().text;
          while (eat("p")) { const n = ident(); t += `<${n} = ${type()}>`; }
          ts.push(t);
        }
        if (eat("L")) b62();
        return `dyn ${ts.join(" + ")}`;
      }
      case "B": { i++; return backref(type); }
      default: {
        const p = path();
        return p.within ? `${p.within.text}::${p.text}` : p.text;
      }
    }
  }
  if (/^\d/.test(s)) { while (/\d/.test(s[i])) i++; } // encoding version
  const p = path();
  return { text: p.within ? `${p.within.text}::${p.text}` : p.text, mod: p.mod };
}

// Legacy `_ZN...E` symbols: length-prefixed segments, a trailing `h<hash>`.
function demangleLegacy(sym) {
  const parts = [];
  let i = 3;
  while (i < sym.length && sym[i] !== "E") {
    const m = /^\d+/.exec(sym.slice(i));
    if (!m) break;
    i += m[0].length;
    parts.push(sym.slice(i, i + Number(m[0])));
    i += Number(m[0]);
  }
  if (/^h[0-9a-f]{16}$/.test(parts.at(-1) ?? "")) parts.pop();
  const text = parts.join("::").replace(/\$LT\$/g, "<").replace(/\$GT\$/g, ">").replace(/\$u20\$/g, " ").replace(/\$RF\$/g, "&").replace(/\.\./g, "::");
  return { text, mod: parts.slice(0, -1).filter((p) => !p.startsWith("_$LT$") && !p.startsWith("$LT$")) };
}

function demangle(sym) {
  const clean = sym.replace(/\.llvm\.\d+$/, "");
  try {
    if (clean.startsWith("_R")) return { ...demangleV0(clean), bare: demangleV0(clean, true).text };
    if (clean.startsWith("_ZN")) return demangleLegacy(clean);
  } catch { /* fall through: keep the raw name */ }
  return { text: clean, mod: null };
}

// ---- report ---------------------------------------------------------------------------------
const total = buf.length;
const pct = (n, of = total) => `${(100 * n / of).toFixed(1).padStart(5)}%`;
const col = (n) => String(n).padStart(9);
console.log(`${file}: ${total} bytes`);
for (const [l, s] of [...sections].sort((a, b) => b[1] - a[1])) console.log(`${col(s)}  ${pct(s)}  ${l}`);
if (names.size === 0) console.log("\n(no name section: rebuild with --no-opt or wasm-opt --debuginfo for function names)");

const fns = bodies.map(([idx, len]) => {
  const raw = names.get(idx) ?? `func${idx}`;
  return { raw, len, ...demangle(raw) };
}).filter((f) => !filter || f.text.includes(filter));
const codeBytes = fns.reduce((a, f) => a + f.len, 0);

console.log(`\nlargest functions (${fns.length}${filter ? ` matching "${filter}"` : ""}, ${codeBytes} body bytes):`);
for (const f of [...fns].sort((a, b) => b.len - a.len).slice(0, top)) {
  console.log(`${col(f.len)}  ${f.text.length > 140 ? `${f.text.slice(0, 137)}...` : f.text}`);
}

const groupKey = (f) => {
  if (names.size === 0) return "(no name section)";
  if (!f.mod) return f.raw.startsWith("host_") || f.raw.startsWith("edge_") || f.raw.startsWith("wasm_") ? "(exports)" : "(C / compiler-rt)";
  const d = depthArg !== null ? Number(depthArg) : f.mod[0] === "compiler_lib" ? 2 : 1;
  return f.mod.slice(0, 1 + d).join("::");
};
const groups = new Map();
const crates = new Map();
for (const f of fns) {
  const k = groupKey(f);
  const g = groups.get(k) ?? { bytes: 0, count: 0 };
  g.bytes += f.len; g.count++;
  groups.set(k, g);
  const c = f.mod ? f.mod[0] : k;
  crates.set(c, (crates.get(c) ?? 0) + f.len);
}
console.log("\ncode bytes by crate:");
for (const [k, v] of [...crates].sort((a, b) => b[1] - a[1])) console.log(`${col(v)}  ${pct(v, codeBytes)}  ${k}`);
console.log("\ncode bytes by module (functions):");
for (const [k, g] of [...groups].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, top)) {
  console.log(`${col(g.bytes)}  ${pct(g.bytes, codeBytes)}  ${k} (${g.count})`);
}

// Generic code instantiated many times: same path without its generic arguments.
const generic = new Map();
for (const f of fns) {
  if (!f.bare || f.bare === f.text) continue;
  const base = f.bare;
  const g = generic.get(base) ?? { bytes: 0, count: 0 };
  g.bytes += f.len; g.count++;
  generic.set(base, g);
}
console.log("\nmost instantiated generics (path without generic arguments; copies, bytes):");
for (const [k, g] of [...generic].filter(([, g]) => g.count > 2).sort((a, b) => b[1].bytes - a[1].bytes).slice(0, Math.min(top, 15))) {
  console.log(`${col(g.bytes)}  ${String(g.count).padStart(4)}x  ${k.length > 120 ? `${k.slice(0, 117)}...` : k}`);
}

// Data: printable runs of 4+ bytes are string literals (messages, names); the rest is
// tables, vtables and constants.
let dataBytes = 0, text = 0, zero = 0;
for (const seg of segments) {
  dataBytes += seg.length;
  let run = 0;
  for (let k = 0; k <= seg.length; k++) {
    const c = seg[k];
    if (k < seg.length && ((c >= 0x20 && c < 0x7f) || c === 10 || c === 9)) { run++; continue; }
    if (run >= 4) text += run;
    run = 0;
    if (c === 0) zero++;
  }
}
if (segments.length) {
  console.log(`\ndata: ${dataBytes} bytes in ${segments.length} segment(s): ${text} text (${pct(text, dataBytes)}), ${zero} zero bytes, ${dataBytes - text - zero} other (tables, vtables, constants)`);
}
