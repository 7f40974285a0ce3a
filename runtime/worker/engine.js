// Runs Python on compiler_lib.wasm: compile the module once, then a fresh instance per run
// (VM state never leaks between runs). No Worker or DOM APIs here, so Node uses it directly;
// worker.js (a later step) wraps it in the postMessage protocol.

import { createEnv } from "../src/env.js";
import { createRt } from "../src/rt.js";
import {
  createNativeTable, loadNativeModule, registerNativeModule, capabilityFromObject, nativesModuleName,
} from "../src/native.js";

/** edge_run statuses (docs/abi.md). */
export const Status = Object.freeze({ OK: 0, ERROR: 1, EXIT: 2, SUSPENDED: 3, INTERNAL: 4 });

/** Compiles compiler_lib.wasm bytes (or passes a compiled module through). */
export async function compileCompiler(bytesOrModule) {
  return bytesOrModule instanceof WebAssembly.Module ? bytesOrModule : WebAssembly.compile(bytesOrModule);
}

const enc = new TextEncoder();
const dec = new TextDecoder();

/** Calls `f(ptr, len)` with `text` copied into the instance's memory. */
function withText(ex, text, f) {
  const bytes = typeof text === "string" ? enc.encode(text) : text;
  const ptr = ex.wasm_alloc(bytes.length);
  new Uint8Array(ex.memory.buffer, ptr, bytes.length).set(bytes);
  try {
    return f(ptr, bytes.length);
  } finally {
    ex.wasm_free(ptr, bytes.length);
  }
}

const readText = (ex, ptr, len) => (len ? dec.decode(new Uint8Array(ex.memory.buffer, ptr, len)) : "");

/**
 * Anything thrown out of the module ends that instance: a trap (a VM bug: the VM must never
 * panic, and panics trap), a host stack overflow, or a host callback that threw through wasm.
 */
function internalError(err) {
  const trap = err instanceof WebAssembly.RuntimeError || err instanceof RangeError;
  const e = new Error(`internal error: ${trap ? "wasm trap" : "host callback threw"}: ${err?.message ?? err}`);
  e.cause = err;
  e.internal = true;
  return e;
}

/**
 * A fresh compiler_lib instance, ready for registrations and one run.
 * @param {WebAssembly.Module} module compiled compiler_lib.wasm
 * @param {object} [opts] onWrite / onOutput callbacks (see env.js)
 */
export function instantiate(module, { onWrite, onOutput } = {}) {
  const natives = createNativeTable();
  const env = createEnv({ onWrite, onOutput, natives });
  const instance = new WebAssembly.Instance(module, env.imports);
  env.bind(instance);
  const ex = instance.exports;
  const rt = createRt(ex);

  function registerModule(name, source, filename = `${name.replace(/\./g, "/")}.py`, isPackage = false) {
    const rc = withText(ex, name, (np, nl) =>
      withText(ex, source, (sp, sl) => withText(ex, filename, (fp, fl) => ex.edge_register_module(np, nl, sp, sl, fp, fl, isPackage ? 1 : 0))),
    );
    if (rc !== 0) throw new Error(`edge_register_module(${name}) failed`);
  }

  /**
   * Registers a loaded native module: its functions as `name`, or, when it carries a Python
   * shim (the `edge.py` custom section), as `_name` with the shim as module `name`.
   */
  function registerLoadedModule(name, loaded) {
    registerNativeModule(ex, natives, nativesModuleName(name, loaded), loaded);
    if (loaded.shim) registerModule(name, loaded.shim, `<${name}>`);
  }

  return {
    exports: ex,
    rt,
    natives,
    /** Makes `import name` find this source (`isPackage` for a package's __init__.py). */
    registerModule,
    /** Loads a .wasm native module through the loaders (Path A last) and registers it. */
    async registerWasmModule(name, wasmModule, loaders = []) {
      const loaded = await loadNativeModule(wasmModule, { compilerExports: ex, rt, loaders }, loaders);
      registerLoadedModule(name, loaded);
    },
    registerLoadedModule,
    /** Registers plain JS functions (JS values in and out) as native module `name`. */
    registerJsModule(name, obj) {
      registerNativeModule(ex, natives, name, capabilityFromObject(obj, rt));
    },
    setStdin(text) {
      withText(ex, text, (p, l) => ex.edge_set_stdin(p, l));
    },
    /** maxOps / maxHeapBytes (0 = unlimited) and maxRecursion; omitted ones stay. */
    setLimits({ maxOps = -1, maxHeapBytes = -1, maxRecursion = -1 } = {}) {
      ex.edge_set_limits(BigInt(maxOps), BigInt(maxHeapBytes), maxRecursion);
    },
    /** Module names `source` imports ("?"-prefixed: maybe a submodule; see docs/abi.md). */
    listImports(source) {
      const n = withText(ex, source, (p, l) => ex.edge_list_imports(p, l));
      if (n < 0) return [];
      const text = readText(ex, ex.edge_scratch_ptr(), n);
      return text ? text.split("\n") : [];
    },
    /**
     * Runs `source` as __main__. Returns {status, exitCode, error}: `error` is the traceback
     * text for Status.ERROR. A trap throws Error("internal error: wasm trap: ...").
     */
    run(source, filename = "<string>") {
      let status;
      try {
        status = withText(ex, source, (sp, sl) => withText(ex, filename, (fp, fl) => ex.edge_run(sp, sl, fp, fl)));
      } catch (err) {
        throw internalError(err);
      } finally {
        env.flush();
      }
      const error = status === Status.OK || status === Status.EXIT ? null : readText(ex, ex.edge_last_error_ptr(), ex.edge_last_error_len());
      return { status, exitCode: ex.edge_exit_code(), error };
    },
  };
}
