#!/usr/bin/env node
// Runs one Python file on MicroPython's wasm port from bench/node_modules (bench/setup.sh).
//   node bench/runners/micropython.mjs FILE.py
import { readFileSync } from "node:fs";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";

const source = readFileSync(process.argv[2], "utf8");
const mp = await loadMicroPython({ stdout: (line) => process.stdout.write(line + "\n"), stderr: (line) => process.stderr.write(line + "\n"), heapsize: 256 * 1024 * 1024 });
try {
  mp.runPython(source);
} catch (err) {
  process.stderr.write(String(err.message ?? err) + "\n");
  process.exitCode = 1;
}
