// The four functions compiler_lib.wasm imports from `env` (docs/abi.md, "Imports").
// createEnv() builds them for one instance; call bind(instance) once it exists.

/** host_fetch_bytes statuses. */
export const Fetch = Object.freeze({ MODULE: 0, PACKAGE: 1, PENDING: 2, NOT_FOUND: -1, UNSUPPORTED: -2 });

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
  // Set by runAsync when it has a fetchModule hook: unknown modules are then fetched lazily
  // (the run suspends with a FETCH wait).
  let lazyFetch = false;

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

    // Clock 2 is not a clock: 64 random bits for os.urandom (the Web Crypto API, in
    // browsers and Node alike).
    host_now_ns(clock) {
      if (clock === 2) {
        const word = new BigInt64Array(1);
        globalThis.crypto.getRandomValues(word);
        return word[0];
      }
      const ms = clock === 0 ? origin + perf.now() : perf.now();
      return BigInt(Math.round(ms * 1e6));
    },

    // Modules are registered before the run; during runAsync with a fetchModule hook an
    // unknown one is fetched lazily: PENDING suspends the run until the host registered it.
    host_fetch_bytes(_namePtr, _nameLen, _outPtr) {
      return lazyFetch ? Fetch.PENDING : Fetch.UNSUPPORTED;
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
    /** Whether host_fetch_bytes answers PENDING (lazy module fetching by runAsync). */
    setLazyFetch(on) {
      lazyFetch = !!on;
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
