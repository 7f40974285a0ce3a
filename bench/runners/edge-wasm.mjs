#!/usr/bin/env node
// Runs one Python file on compiler_lib.wasm through the runtime's engine (runtime/worker/
// engine.js, as engine.bundle.js: one module to load), the way a page's worker does: compile
// the module, instantiate, run. Output is written as the VM produces it, so bench/run.py can
// time spawn → first printed line.
//   node bench/runners/edge-wasm.mjs [--wasm PATH] FILE.py
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Status, instantiate, loadCompiler } from "../../runtime/worker/engine.bundle.js";

const args = process.argv.slice(2);
let wasmPath = fileURLToPath(new URL("../../runtime/compiler_lib.wasm", import.meta.url));
if (args[0] === "--wasm") [, wasmPath] = args.splice(0, 2);
const file = args[0];
// A split build's lazy part (NAME.lazy.wasm beside it) is read when the run first needs it.
const module = await loadCompiler({ wasmUrl: pathToFileURL(resolve(wasmPath)) });
const inst = instantiate(module, { onWrite: (text, stream) => (stream === "stderr" ? process.stderr : process.stdout).write(text) });
const source = readFileSync(file, "utf8");
// What the program imports, as the runtime would fetch it: sibling modules and the std
// library (json/re as .wasm, the rest as .py), registered before the run. The harness that
// finds them is loaded only for a program that imports something.
const imported = inst.listImports(source);
if (imported.length) {
  const { registerImports } = await import("../../runtime/tests/harness.mjs");
  await registerImports(inst, source, dirname(file), undefined, undefined, imported);
}
// The absolute path, as CPython 3.9+ gives `__main__.__file__` and so tracebacks.
const { status, exitCode, error } = inst.run(source, resolve(file));
if (status === Status.ERROR) process.stderr.write(error);
process.exitCode = status === Status.OK ? 0 : status === Status.EXIT ? exitCode : 1;
