// Node helpers shared by node-run.mjs and the corpus runner: run a .py file on
// compiler_lib.wasm the way the `edge` CLI runs it (same exit codes), registering the sibling
// .py modules (and .wasm Path A guests) it imports, and the pure-Python standard library
// modules (runtime/std/NAME.py, which the wasm build does not embed) it reaches.

import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isMainThread, resourceLimits } from "node:worker_threads";

import { stdImports } from "../std/index.js";
import { Status, instantiate, loadCompiler as loadCompilerModule, setEngineStack } from "../worker/engine.js";

// The engine stack this thread has: V8's default ~984 KiB (or --stack-size) on the main
// thread, the worker's own in a worker_threads worker (the corpus runner's).
const stackFlag = process.execArgv.map((a) => /^--stack-size=(\d+)$/.exec(a)).find(Boolean);
setEngineStack(isMainThread ? Number(stackFlag?.[1] ?? 984) : resourceLimits.stackSizeMb * 1024);

export const DEFAULT_WASM = fileURLToPath(new URL("../compiler_lib.wasm", import.meta.url));

/** The pure-Python standard library, one flat file per module. */
export const STD_DIR = fileURLToPath(new URL("../std", import.meta.url));

/** Exit code for an internal error (a trap), like the CLI's EX_SOFTWARE. */
export const EXIT_INTERNAL = 70;

/** compiler_lib.wasm at `path`, compiled, with its lazy part (NAME.lazy.wasm) when split. */
export async function loadCompiler(path = DEFAULT_WASM) {
  return loadCompilerModule({ wasmUrl: pathToFileURL(resolve(path)) });
}

const isFile = (p) => existsSync(p) && statSync(p).isFile();

/**
 * `NAME.py` of the standard library. The library is flat: a package `a.b` is the file
 * `a.b.py`, and a module is a package when some `a.b.*.py` file exists beside it (as the
 * runtime's std manifest decides, src/prefetch.js).
 */
function findStd(dotted) {
  if (!/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(dotted)) return null;
  const path = join(STD_DIR, `${dotted}.py`);
  if (!isFile(path)) return null;
  const isPackage = stdFiles().some((f) => f.startsWith(`${dotted}.`) && f.endsWith(".py") && f !== `${dotted}.py`);
  return { path, isPackage };
}

let stdListing = null;
const stdFiles = () => (stdListing ??= readdirSync(STD_DIR));

// The std sources, read once per thread: the corpus runner registers all of them for every
// file it runs (runFile), 1 MB of reading each time otherwise.
const stdSources = new Map();
function stdSource(path) {
  let src = stdSources.get(path);
  if (src === undefined) stdSources.set(path, (src = readFileSync(path, "utf8")));
  return src;
}

/** `a/b/__init__.py` (preferred, like CPython), `a/b.py`, or a `a/b.wasm` guest. */
function findModule(dir, dotted) {
  const parts = dotted.split(".");
  if (parts.some((p) => !p || p.includes("/") || p.includes("\\"))) return null;
  const base = join(dir, ...parts);
  if (isFile(join(base, "__init__.py"))) return { path: join(base, "__init__.py"), isPackage: true };
  if (isFile(`${base}.py`)) return { path: `${base}.py`, isPackage: false };
  if (isFile(`${base}.wasm`)) return { path: `${base}.wasm`, wasm: true };
  // The official std packages (re) the browser runtime resolves by bare name (src/defaults.js).
  const std = join(STD_DIR, `${dotted}.wasm`);
  if (!dotted.includes(".") && isFile(std)) return { path: std, wasm: true };
  return null;
}

const parent = (name) => (name.includes(".") ? name.slice(0, name.lastIndexOf(".")) : "");

/** The absolute module name of an import spec from `edge_list_imports`, seen from `from`. */
function absoluteName(spec, from) {
  const name = spec.replace(/^\?/, "");
  const level = name.match(/^\.*/)[0].length;
  if (level === 0) return name;
  if (from.name === "__main__") return null; // CPython: no known parent package
  let pkg = from.isPackage ? from.name : parent(from.name);
  for (let i = 1; i < level && pkg; i++) pkg = parent(pkg);
  if (!pkg) return null;
  const rest = name.slice(level);
  return rest ? `${pkg}.${rest}` : pkg;
}

/**
 * Walks the imports of `source` breadth-first and registers every module found under `dir`
 * (and each parent package of a dotted name). Returns the registered names. `imported`: what
 * `inst.listImports(source)` answers, when the caller already asked.
 */
export async function registerImports(
  inst,
  source,
  dir,
  wasmCache = new Map(),
  from = { name: "__main__", isPackage: false },
  imported = inst.listImports(source),
) {
  const done = new Set();
  const queue = [{ ...from, imports: imported }];
  while (queue.length) {
    const from = queue.shift();
    for (const spec of from.imports) {
      const full = absoluteName(spec, from);
      if (!full) continue;
      const parts = full.split(".");
      for (let i = 1; i <= parts.length; i++) {
        const name = parts.slice(0, i).join(".");
        if (done.has(name)) continue;
        done.add(name);
        // The program's own modules shadow the library's, as they do in the CLI and CPython.
        const own = findModule(dir, name);
        const found = own ?? findStd(name);
        if (!found) break;
        if (found.wasm) {
          let mod = wasmCache.get(found.path);
          if (!mod) wasmCache.set(found.path, (mod = await WebAssembly.compile(readFileSync(found.path))));
          await inst.registerWasmModule(name, mod);
        } else {
          const src = own ? readFileSync(found.path, "utf8") : stdSource(found.path);
          inst.registerModule(name, src, found.path, found.isPackage);
          // A std module's imports are listed in std/index.js (generated): no parse here.
          const imports = !own && Object.hasOwn(stdImports, name) ? stdImports[name] : inst.listImports(src);
          queue.push({ name, imports, isPackage: found.isPackage });
        }
      }
    }
  }
  return [...done];
}

/**
 * Runs `file` like `edge FILE`: returns {stdout, stderr, code, ms}. `stdin` is text for
 * input(). A trap becomes exit code 70 with "edge: internal error: ..." on stderr.
 */
export async function runFile(compiler, file, { stdin = null, filename = null, wasmCache } = {}) {
  const out = [];
  const err = [];
  const t0 = performance.now();
  const inst = instantiate(compiler, {
    onWrite: (text, stream) => (stream === "stderr" ? err : out).push(text),
  });
  const source = readFileSync(file, "utf8");
  let code;
  try {
    const dir = dirname(resolve(file));
    const registered = new Set(await registerImports(inst, source, dir, wasmCache));
    // Like the CLI, which embeds the whole pure-Python library: dynamic imports (`__import__`,
    // importlib) run inside a native call, where the run cannot wait for a fetch.
    for (const f of stdFiles().filter((n) => n.endsWith(".py"))) {
      const name = f.slice(0, -3);
      if (registered.has(name) || findModule(dir, name)) continue;
      const std = findStd(name);
      if (std) inst.registerModule(name, stdSource(std.path), std.path, std.isPackage);
    }
    if (stdin !== null) inst.setStdin(stdin);
    const r = await inst.runAsync(source, filename ?? file);
    if (r.status === Status.OK) code = 0;
    else if (r.status === Status.EXIT) code = r.exitCode;
    else if (r.status === Status.ERROR) {
      err.push(r.error);
      code = 1;
    } else {
      err.push(`edge: internal error: ${r.error}\n`);
      code = EXIT_INTERNAL;
    }
  } catch (e) {
    err.push(`edge: ${e.message}\n`);
    code = EXIT_INTERNAL;
  }
  return { stdout: out.join(""), stderr: err.join(""), code, ms: performance.now() - t0 };
}
