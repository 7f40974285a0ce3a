#!/usr/bin/env node
// Runs one Python file on Pyodide (CPython on wasm) from bench/node_modules (bench/setup.sh).
//   node bench/runners/pyodide.mjs FILE.py
import { readFileSync } from "node:fs";
import { loadPyodide } from "pyodide";

const source = readFileSync(process.argv[2], "utf8");
const py = await loadPyodide({ stdout: (line) => process.stdout.write(line + "\n"), stderr: (line) => process.stderr.write(line + "\n") });
try {
  py.runPython(source, { filename: process.argv[2] });
} catch (err) {
  process.stderr.write(String(err.message ?? err) + "\n");
  process.exitCode = 1;
}
