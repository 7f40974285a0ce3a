#!/usr/bin/env node
// Splits a wasm run's CPU time between Node's main thread and its background threads.
//   node bench/startup/threads-cpu.mjs [--runs N] [--wasm FILE] FILE.py
// Why: the bench times user+sys of the whole process, and for a short program V8's background
// threads (TurboFan tier-up of hot wasm functions, Liftoff compilation, GC) cost as much as
// the main thread's parsing, compiling and running together. A main-thread profile
// (`node --cpu-prof`) does not show them; this does. Each run is a fresh process (the runner
// bench/runners/edge-wasm.mjs, loaded in-process); the figures are Linux's per-thread
// schedstat CPU at exit, so they need /proc. Prints the best of N (fewest milliseconds) of
// main, background and all.
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const RUNNER = fileURLToPath(new URL("../runners/edge-wasm.mjs", import.meta.url));

if (process.argv[2] === "--once") {
  // Child: report at exit, then run the runner with the remaining arguments.
  process.on("exit", () => {
    let main = 0;
    let all = 0;
    for (const tid of readdirSync(`/proc/${process.pid}/task`)) {
      const ns = Number(readFileSync(`/proc/${process.pid}/task/${tid}/schedstat`, "utf8").split(" ")[0]);
      all += ns;
      if (Number(tid) === process.pid) main = ns;
    }
    process.stderr.write(`\nthreads-cpu ${main / 1e6} ${(all - main) / 1e6}\n`);
  });
  process.argv.splice(2, 1);
  await import(RUNNER);
} else {
  const args = process.argv.slice(2);
  let runs = 5;
  const i = args.indexOf("--runs");
  if (i >= 0) runs = Number(args.splice(i, 2)[1]);
  const samples = [];
  for (let r = 0; r < runs; r++) {
    const p = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--once", ...args], { encoding: "utf8" });
    const m = /threads-cpu (\S+) (\S+)/.exec(p.stderr);
    if (!m) {
      process.stderr.write(p.stderr);
      process.exit(1);
    }
    samples.push({ main: Number(m[1]), background: Number(m[2]) });
  }
  const best = (f) => Math.min(...samples.map(f)).toFixed(0);
  console.log(`main ${best((s) => s.main)} ms, background ${best((s) => s.background)} ms, all ${best((s) => s.main + s.background)} ms (best of ${runs})`);
}
