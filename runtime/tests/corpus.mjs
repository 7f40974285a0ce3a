#!/usr/bin/env node
// The corpus on compiler_lib.wasm: every tests/corpus/**/*.py must reproduce its stored
// expectation, by the rules of cli/tests/corpus.rs: stdout byte for byte, the exit code
// (`name.expected_code`, default 0), and the last stderr line when `name.expected_err` exists.
// `*.wip.py` files are a wishlist (reported, never failing). Helper modules (names or
// directories starting with `_`, packages) are not programs. The stored expectations are
// checked against CPython by the native harness, not here.
//
//   node runtime/tests/corpus.mjs [--wasm compiler_lib.wasm]
// Env: EDGE_CORPUS_FILTER=substr, EDGE_CORPUS_TIMEOUT=seconds (default 30: the size-optimised
// wasm build runs CPU-heavy programs a few times slower than native), EDGE_CORPUS_JOBS=n.
// Programs listed in wasm-known-differences.txt (wasm-only differences with a known cause)
// are reported but do not fail the run.

import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";

import { DEFAULT_WASM, loadCompiler, runFile } from "./harness.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function isHelperDir(dir) {
  return existsSync(join(dir, "__init__.py")) || basename(dir).startsWith("_");
}

function collect(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (!isHelperDir(p)) collect(p, out);
    } else if (name.endsWith(".py") && !name.startsWith("_")) {
      out.push(p);
    }
  }
}

const sibling = (py, ext) => py.replace(/\.py$/, `.${ext}`);
const lastLine = (text) => text.split("\n").reverse().find((l) => l.trim() !== "");
const show = (l) => (l === undefined ? "<end of output>" : JSON.stringify(l));

function expectation(py) {
  if (!existsSync(sibling(py, "expected"))) return { missing: true };
  const stdout = readFileSync(sibling(py, "expected"), "utf8");
  const codePath = sibling(py, "expected_code");
  const code = existsSync(codePath) ? parseInt(readFileSync(codePath, "utf8").trim(), 10) : 0;
  const errPath = sibling(py, "expected_err");
  const errLast = existsSync(errPath) ? lastLine(readFileSync(errPath, "utf8")) : undefined;
  return { stdout, code, errLast };
}

function diff(expected, actual) {
  const e = expected.split(/(?<=\n)/);
  const a = actual.split(/(?<=\n)/);
  let first = 0;
  while (first < Math.max(e.length, a.length) && e[first] === a[first]) first++;
  let text = `    first difference at line ${first + 1}:\n`;
  if (first > 0) text += `      context : ${show(e[first - 1])}\n`;
  for (let i = first; i < first + 3 && (e[i] !== undefined || a[i] !== undefined); i++) {
    if (e[i] === a[i]) text += `      same    : ${show(e[i])}\n`;
    else text += `      expected: ${show(e[i])}\n      actual  : ${show(a[i])}\n`;
  }
  if (e.length !== a.length) text += `    (${e.length} lines expected, ${a.length} produced)\n`;
  return text;
}

function check(exp, got) {
  let p = "";
  if (got.timedOut) p += "  wasm: timed out\n";
  if (got.stdout !== exp.stdout) p += `  wasm: stdout differs\n${diff(exp.stdout, got.stdout)}`;
  if (got.code !== exp.code) p += `  wasm: exit code ${got.code ?? "killed"}, expected ${exp.code}\n`;
  if (exp.errLast !== undefined && lastLine(got.stderr ?? "") !== exp.errLast) {
    p += `  wasm: last stderr line ${show(lastLine(got.stderr ?? ""))}, expected ${JSON.stringify(exp.errLast)}\n`;
  }
  if (p && got.stderr) p += `    stderr tail: ${JSON.stringify(got.stderr.trimEnd().split("\n").slice(-4))}\n`;
  return p || null;
}

async function main() {
  const args = process.argv.slice(2);
  const wasm = args[0] === "--wasm" ? args[1] : DEFAULT_WASM;
  if (!existsSync(wasm)) {
    console.error(`corpus: ${wasm} not found (run scripts/build-wasm.sh)`);
    process.exit(2);
  }
  const files = [];
  collect(join(ROOT, "tests/corpus"), files);
  const filter = process.env.EDGE_CORPUS_FILTER;
  const selected = filter ? files.filter((f) => f.includes(filter)) : files;
  if (!selected.length) {
    console.error("corpus: no programs found");
    process.exit(2);
  }
  const timeoutMs = 1000 * Number(process.env.EDGE_CORPUS_TIMEOUT || 30);
  const jobs = Number(process.env.EDGE_CORPUS_JOBS || Math.min(2, availableParallelism()));
  const results = new Array(selected.length);
  let next = 0;
  const t0 = performance.now();

  // One worker per job; a program that times out gets its worker terminated and replaced.
  async function lane() {
    let worker = null;
    const spawn = () => new Worker(new URL(import.meta.url), { workerData: { wasm } });
    while (next < selected.length) {
      const i = next++;
      worker ??= spawn();
      const w = worker;
      results[i] = await new Promise((done) => {
        const timer = setTimeout(() => {
          w.removeAllListeners();
          w.terminate();
          worker = null;
          done({ timedOut: true, stdout: "", stderr: "", code: null });
        }, timeoutMs);
        w.once("message", (r) => {
          clearTimeout(timer);
          w.removeAllListeners("error");
          done(r);
        });
        w.once("error", (e) => {
          clearTimeout(timer);
          worker = null;
          done({ stdout: "", stderr: `worker crashed: ${e.message}\n`, code: null });
        });
        w.postMessage({ i, file: selected[i] });
      });
    }
    await worker?.terminate();
  }
  await Promise.all(Array.from({ length: jobs }, lane));

  const known = new Map(
    readFileSync(join(ROOT, "runtime/tests/wasm-known-differences.txt"), "utf8")
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith("#"))
      .map((l) => [l.split(/\s+#/)[0].trim(), l.split("#").slice(1).join("#").trim()]),
  );
  let passed = 0, failed = 0, wishlist = 0, wishPassing = 0, knownDiff = 0;
  let report = "";
  selected.forEach((py, i) => {
    const rel = relative(ROOT, py);
    const wip = py.endsWith(".wip.py");
    const exp = expectation(py);
    const problem = exp.missing ? "  no .expected file (run scripts/regen-expected.sh)\n" : check(exp, results[i]);
    if (wip) {
      wishlist++;
      if (!problem) {
        wishPassing++;
        report += `WISH ${rel}: passes now on wasm\n`;
      } else {
        report += `wish ${rel}: not yet\n`;
      }
    } else if (known.has(rel)) {
      knownDiff++;
      report += problem ? `known ${rel}: ${known.get(rel)}\n` : `KNOWN ${rel}: passes now (remove it from wasm-known-differences.txt)\n`;
    } else if (!problem) {
      passed++;
    } else {
      failed++;
      report += `FAIL ${rel}\n${problem}`;
    }
  });
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  process.stderr.write(report);
  console.log(`corpus (wasm): ${passed} passed, ${failed} failed, ${wishlist} wishlist (${wishPassing} of them passing), ${knownDiff} known wasm differences in ${secs}s`);
  process.exit(failed ? 1 : 0);
}

// Entry point: the main thread runs the corpus, each worker runs programs.
if (!isMainThread) {
  const compiler = await loadCompiler(workerData.wasm);
  const wasmCache = new Map();
  parentPort.on("message", async ({ i, file }) => {
    const stdinPath = file.replace(/\.py$/, ".stdin");
    const stdin = existsSync(stdinPath) ? readFileSync(stdinPath, "utf8") : "";
    const r = await runFile(compiler, file, { stdin, filename: basename(file), wasmCache });
    parentPort.postMessage({ i, ...r });
  });
} else {
  await main();
}
