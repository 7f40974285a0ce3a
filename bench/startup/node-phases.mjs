#!/usr/bin/env node
// Where Node's cold start goes: import of the runtime → first printed line of `print("hello")`,
// split into phases, each in a fresh process. Per phase: wall time, and the main thread's CPU
// time (Linux /proc/<pid>/task/<pid>/schedstat), which a busy machine barely disturbs; "all
// threads" adds V8's background threads (validation, tier-up, GC).
//   node bench/startup/node-phases.mjs [--runs N] [--wasm FILE] [--json]
// (--json: {phase: {wallBest, cpuBest, cpuMedian}} for bench/run.py)
// Phases: import (runtime/worker/engine.bundle.js: engine.js and what it imports, one file), read (compiler_lib.wasm),
// compile (WebAssembly.compile: decoding and validation; function bodies compile lazily, on
// their first call), instantiate, vm (Vm::new through edge_builtin_modules), parse
// (edge_list_imports), run (edge_run up to the first write: compiler, interpreter, print).
// Every phase after compile includes the lazy compilation of the wasm code it runs first.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const wasmPath = arg("--wasm", fileURLToPath(new URL("../../runtime/compiler_lib.wasm", import.meta.url)));

if (process.argv.includes("--once")) {
  const schedstat = `/proc/${process.pid}/task/${process.pid}/schedstat`;
  let hasSchedstat = true;
  const mainCpu = () => {
    if (!hasSchedstat) return NaN;
    try {
      return Number(readFileSync(schedstat, "utf8").split(" ")[0]) / 1e6;
    } catch {
      hasSchedstat = false;
      return NaN;
    }
  };
  const allCpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e3;
  };
  const marks = [];
  const mark = (name) => marks.push([name, performance.now(), mainCpu(), allCpu()]);
  mark("start");
  const { compileCompiler, instantiate } = await import("../../runtime/worker/engine.bundle.js");
  mark("import");
  const bytes = readFileSync(wasmPath);
  mark("read");
  // A split build's lazy part is read only if the run calls into it (it should not).
  const lazy = wasmPath.replace(/\.wasm$/, ".lazy.wasm");
  const module = await compileCompiler(bytes, existsSync(lazy) ? () => readFileSync(lazy) : null);
  mark("compile");
  let written = false;
  const inst = instantiate(module, {
    onWrite: () => {
      if (!written) mark("run");
      written = true;
    },
  });
  mark("instantiate");
  inst.exports.edge_builtin_modules();
  mark("vm");
  inst.listImports('print("hello")');
  mark("parse");
  inst.run('print("hello")');
  const phases = {};
  for (let k = 1; k < marks.length; k++) {
    phases[marks[k][0]] = [1, 2, 3].map((f) => marks[k][f] - marks[k - 1][f]);
  }
  phases.total = [1, 2, 3].map((f) => marks.at(-1)[f] - marks[0][f]);
  console.log(JSON.stringify(phases));
} else {
  const runs = Number(arg("--runs", 10));
  const samples = [];
  for (let n = 0; n < runs; n++) {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--once", "--wasm", wasmPath], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`node-phases: a run failed: ${r.stderr}`);
    samples.push(JSON.parse(r.stdout));
  }
  const med = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
  if (process.argv.includes("--json")) {
    const out = {};
    for (const phase of Object.keys(samples[0])) {
      const col = (i) => samples.map((s) => s[phase][i]);
      out[phase] = { wallBest: Math.min(...col(0)), cpuBest: Math.min(...col(1)), cpuMedian: med(col(1)) };
    }
    console.log(JSON.stringify(out));
    process.exit(0);
  }
  const f = (x) => (Number.isNaN(x) ? "-" : x.toFixed(1)).padStart(7);
  console.log(`phase        wall best  wall med | main-thread CPU best  med | all threads CPU med   (ms, ${runs} runs)`);
  for (const phase of Object.keys(samples[0])) {
    const col = (i) => samples.map((s) => s[phase][i]);
    console.log(`${phase.padEnd(12)} ${f(Math.min(...col(0)))}   ${f(med(col(0)))} |      ${f(Math.min(...col(1)))}  ${f(med(col(1)))} |      ${f(med(col(2)))}`);
  }
}
