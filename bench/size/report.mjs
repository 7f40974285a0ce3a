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
import { demangle } from "./demangle.mjs";

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
