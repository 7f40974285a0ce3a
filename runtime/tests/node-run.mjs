#!/usr/bin/env node
// Runs a Python file on compiler_lib.wasm under Node, like `edge FILE.py`:
//   node runtime/tests/node-run.mjs [--wasm compiler_lib.wasm] FILE.py
// Sibling modules it imports (a.py, a/__init__.py, a.wasm Path A guests) are registered first.
// Prints stdout; on an uncaught exception prints the traceback on stderr and exits 1.
// Standard input (when not a terminal) feeds input().

import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { DEFAULT_WASM, loadCompiler, runFile } from "./harness.mjs";

const args = process.argv.slice(2);
let wasm = DEFAULT_WASM;
if (args[0] === "--wasm") {
  wasm = args[1];
  args.splice(0, 2);
}
if (args.length !== 1) {
  process.stderr.write("usage: node-run.mjs [--wasm compiler_lib.wasm] FILE.py\n");
  process.exit(2);
}
const stdin = process.stdin.isTTY ? null : readFileSync(0, "utf8");
const compiler = await loadCompiler(wasm);
// The absolute path, as CPython 3.9+ and `edge` give `__main__.__file__` and so tracebacks.
const { stdout, stderr, code } = await runFile(compiler, args[0], { stdin, filename: resolve(args[0]) });
process.stdout.write(stdout, () => {
  process.stderr.write(stderr, () => process.exit(code));
});
