#!/usr/bin/env node
// Size report for a .wasm file: bytes per section, then the largest functions (by the
// `name` section, so run it on an unstripped build: target/wasm/.../compiler_lib.wasm), then
// code bytes grouped by Rust module path.
//   node scripts/wasm-sizes.mjs FILE.wasm [TOP]
import { readFileSync } from "node:fs";

const buf = readFileSync(process.argv[2]);
const top = Number(process.argv[3] ?? 25);
let pos = 8;
const u32 = () => {
  let r = 0, s = 0, b;
  do { b = buf[pos++]; r |= (b & 0x7f) << s; s += 7; } while (b & 0x80);
  return r >>> 0;
};
const str = () => { const n = u32(); const t = buf.toString("utf8", pos, pos + n); pos += n; return t; };
const NAMES = ["custom", "type", "import", "function", "table", "memory", "global", "export", "start", "element", "code", "data", "datacount", "tag"];
const sections = [];
let imported = 0;
const bodies = [];
const names = new Map();
while (pos < buf.length) {
  const id = buf[pos++];
  const size = u32();
  const start = pos;
  let label = NAMES[id] ?? `#${id}`;
  if (id === 0) {
    const name = str();
    label = `custom:${name}`;
    if (name === "name") {
      while (pos < start + size) {
        const sub = buf[pos++]; const len = u32(); const end = pos + len;
        if (sub === 1) { const n = u32(); for (let i = 0; i < n; i++) { const idx = u32(); names.set(idx, str()); } }
        pos = end;
      }
    }
  } else if (id === 2) {
    const n = u32();
    for (let i = 0; i < n; i++) { str(); str(); const kind = buf[pos++]; if (kind === 0) { u32(); imported++; } else if (kind === 1) { pos++; const f = u32(); u32(); if (f & 1) u32(); } else if (kind === 2) { const f = u32(); u32(); if (f & 1) u32(); } else { pos += 2; } }
  } else if (id === 10) {
    const n = u32();
    for (let i = 0; i < n; i++) { const len = u32(); bodies.push([imported + i, len]); pos += len; }
  }
  sections.push([label, size]);
  pos = start + size;
}
const total = buf.length;
console.log(`${process.argv[2]}: ${total} bytes`);
for (const [l, s] of sections.sort((a, b) => b[1] - a[1])) console.log(`  ${String(s).padStart(8)}  ${(100 * s / total).toFixed(1).padStart(5)}%  ${l}`);
const demangle = (n) => n.replace(/::h[0-9a-f]{16}$/, "");
const fns = bodies.map(([i, len]) => [demangle(names.get(i) ?? `func${i}`), len]).sort((a, b) => b[1] - a[1]);
console.log(`\nlargest of ${fns.length} functions:`);
for (const [n, len] of fns.slice(0, top)) console.log(`  ${String(len).padStart(8)}  ${n.slice(0, 110)}`);
// Rust v0 symbols spell a path as the crate root `Cs<hash>_<len><name>` followed by
// `<len><ident>` runs: group by crate and (for compiler_lib) its first two modules.
function path(sym) {
  const m = /C[s]?[0-9A-Za-z]*?_(\d+)/.exec(sym) ?? /C(\d+)/.exec(sym);
  if (!m) return "(other)";
  let i = m.index + m[0].length - m[1].length;
  const ids = [];
  while (ids.length < 3) {
    const d = /^\d+/.exec(sym.slice(i));
    if (!d) break;
    const n = Number(d[0]);
    ids.push(sym.slice(i + d[0].length, i + d[0].length + n));
    i += d[0].length + n;
  }
  return ids.slice(0, ids[0] === "compiler_lib" ? 3 : 1).join("::");
}
const groups = new Map();
for (const [n, len] of fns) {
  const key = n.startsWith("_R") ? path(n) : n.split("::").slice(0, 1).join("");
  groups.set(key, (groups.get(key) ?? 0) + len);
}
console.log("\ncode bytes by module:");
for (const [k, v] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${String(v).padStart(8)}  ${k}`);
