// The four functions compiler_lib.wasm imports from `env` (docs/abi.md, "Imports").
// createEnv() builds them for one instance; call bind(instance) once it exists.

/** host_fetch_bytes statuses. */
export const Fetch = Object.freeze({ MODULE: 0, PACKAGE: 1, NOT_FOUND: -1, UNSUPPORTED: -2 });

const STREAMS = [undefined, "stdout", "stderr"];

/**
 * @param {object} opts
 * @param {(text: string, stream: "stdout"|"stderr") => void} [opts.onWrite] every write, as is
 * @param {(line: string, stream: "stdout"|"stderr") => void} [opts.onOutput] complete lines,
 *   without the newline (a trailing partial line is delivered by flush())
 * @param {{dispatch: Function}} [opts.natives] the native table (native.js) serving host_call_native
 */
export function createEnv({ onWrite, onOutput, natives } = {}) {
  let exports = null;
  const decoder = new TextDecoder("utf-8");
  const pending = { stdout: "", stderr: "" };
  const perf = globalThis.performance;
  const origin = perf.timeOrigin;

  const env = {
    host_print(stream, ptr, len) {
      const name = STREAMS[stream] ?? "stdout";
      const text = decoder.decode(new Uint8Array(exports.memory.buffer, ptr, len));
      if (onWrite) onWrite(text, name);
      if (onOutput) {
        const lines = (pending[name] + text).split("\n");
        pending[name] = lines.pop();
        for (const line of lines) onOutput(line, name);
      }
    },

    host_now_ns(clock) {
      const ms = clock === 0 ? origin + perf.now() : perf.now();
      return BigInt(Math.round(ms * 1e6));
    },

    // Lazy fetching during a run needs suspension (a later step): the host registers every
    // module before the run instead, so this only answers "unsupported".
    host_fetch_bytes(_namePtr, _nameLen, _outPtr) {
      return Fetch.UNSUPPORTED;
    },

    host_call_native(fnId, argvPtr, argc, outPtr) {
      if (!natives) {
        return failNative(outPtr, `SystemError: no native function table (fn ${fnId})`);
      }
      return natives.dispatch(exports, fnId, argvPtr, argc, outPtr);
    },
  };

  // Reports an error without a native table (natives.dispatch does its own).
  function failNative(outPtr, message) {
    const bytes = new TextEncoder().encode(message);
    const p = exports.wasm_alloc(bytes.length);
    new Uint8Array(exports.memory.buffer, p, bytes.length).set(bytes);
    const h = exports.host_edge_str(p, bytes.length);
    exports.wasm_free(p, bytes.length);
    new DataView(exports.memory.buffer).setUint32(outPtr, h, true);
    return 1;
  }

  return {
    imports: { env },
    bind(instance) {
      exports = instance.exports;
    },
    /** Delivers partial last lines to onOutput. */
    flush() {
      if (!onOutput) return;
      for (const name of ["stdout", "stderr"]) {
        if (pending[name]) onOutput(pending[name], name);
        pending[name] = "";
      }
    },
  };
}
