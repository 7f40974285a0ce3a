#!/usr/bin/env node
// Which wasm functions a first run compiles, phase by phase. V8 compiles a wasm function whole
// (Liftoff) on its first call, on the calling thread, so the body bytes a program reaches are
// start-up time (~25 µs of main-thread CPU per KB here) on top of validating the whole module.
// Runs the phases of node-phases.mjs in a child Node with --trace-wasm-compilation-times and
// names the functions from the module's name section, so give it a build that keeps one:
//   scripts/build-wasm.sh --no-opt --out /tmp/noopt.wasm
//   wasm-opt -Oz --converge -lmu -ocimfs 200 --debuginfo /tmp/noopt.wasm -o /tmp/named.wasm
//   node bench/startup/touched.mjs --wasm /tmp/named.wasm [--source 'print("hello")'] [--top N]
// (the flags are build-wasm.sh's, so the functions are the ones the shipped module has).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { demangle } from "../size/demangle.mjs";

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const wasmPath = arg("--wasm", fileURLToPath(new URL("../../runtime/compiler_lib.wasm", import.meta.url)));
const source = arg("--source", 'print("hello")');
const top = Number(arg("--top", 25));

const PHASES = ["vm", "parse", "run"];

if (process.argv.includes("--child")) {
  // Runs the phases up to --upto and prints nothing itself: V8's trace is the only output.
  const upto = Number(arg("--upto", PHASES.length));
  const { loadCompiler, instantiate } = await import("../../runtime/worker/engine.bundle.js");
  const inst = instantiate(await loadCompiler({ wasmUrl: pathToFileURL(wasmPath) }), { onWrite: () => {} });
  const steps = [() => inst.exports.edge_builtin_modules(), () => inst.listImports(source), () => inst.run(source)];
  for (const step of steps.slice(0, upto)) step();
} else {
  report();
}

/** Function index → name, from the `name` custom section (empty without one). */
function functionNames(buf) {
  const names = new Map();
  let pos = 8;
  const u32 = () => {
    let r = 0, s = 0, b;
    do { b = buf[pos++]; r += (b & 0x7f) * 2 ** s; s += 7; } while (b & 0x80);
    return r;
  };
  const str = () => { const n = u32(); const t = buf.toString("utf8", pos, pos + n); pos += n; return t; };
  while (pos < buf.length) {
    const id = buf[pos++];
    const size = u32();
    const end = pos + size;
    if (id === 0 && str() === "name") {
      while (pos < end) {
        const sub = buf[pos++];
        const subEnd = u32() + pos;
        if (sub === 1) for (let n = u32(); n > 0; n--) { const idx = u32(); names.set(idx, str()); }
        pos = subEnd;
      }
    }
    pos = end;
  }
  return names;
}

function report() {
/** Function index → body bytes of what a child compiles with Liftoff running `upto` phases. */
const compiled = (upto) => {
  const r = spawnSync(process.execPath, ["--trace-wasm-compilation-times", fileURLToPath(import.meta.url), "--child", "--upto", String(upto), "--wasm", wasmPath, "--source", source], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`touched: the run failed: ${r.stderr}`);
  const out = new Map();
  for (const m of r.stdout.matchAll(/#(\d+) using Liftoff.*bodysize (\d+)/g)) out.set(Number(m[1]), Number(m[2]));
  return out;
};
const names = functionNames(readFileSync(wasmPath));
if (names.size === 0) console.log("(no name section: functions are shown by index; see the usage above)");
// Each phase in its own child, up to that phase: a phase's functions are those its run adds.
const phases = [];
let before = compiled(0);
for (let k = 1; k <= PHASES.length; k++) {
  const now = compiled(k);
  phases.push({ phase: PHASES[k - 1], fns: [...now].filter(([idx]) => !before.has(idx)).map(([idx, bytes]) => ({ idx, bytes })) });
  before = now;
}
const sum = (list) => list.reduce((a, f) => a + f.bytes, 0);
const all = phases.flatMap((p) => p.fns);
console.log(`${JSON.stringify(source)}: ${all.length} functions, ${sum(all)} body bytes compiled by Liftoff`);
for (const { phase, fns } of phases) console.log(`  ${phase.padEnd(12)} ${String(fns.length).padStart(4)} functions ${String(sum(fns)).padStart(7)} bytes`);
console.log(`\nlargest (of ${all.length}):`);
for (const f of [...all].sort((a, b) => b.bytes - a.bytes).slice(0, top)) {
  const raw = names.get(f.idx);
  const text = raw ? demangle(raw).text : `func${f.idx}`;
  console.log(`${String(f.bytes).padStart(7)}  ${text.length > 140 ? `${text.slice(0, 137)}...` : text}`);
}
}
