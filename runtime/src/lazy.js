// compiler_lib.wasm comes in two parts (scripts/split-wasm.mjs, docs/abi.md "The lazy part"):
// the code a hello-world run executes, and compiler_lib.lazy.wasm with everything else. A page
// whose program prints and stops downloads and compiles the first alone. The first call a run
// makes into the rest goes through a trampoline in the first part that calls the one function
// it imports from the `lazy` namespace, `load`: that instantiates the lazy part against the
// run's instance (its functions then fill the shared table, where the first part calls them).

/** The custom section both parts carry, holding the id of the build they were split from. */
export const SPLIT_SECTION = "edge.split";

const splitIds = new WeakMap();

/** The build id of a split compiler_lib module (either part), or null for a whole module. */
export function splitId(module) {
  let id = splitIds.get(module);
  if (id === undefined) {
    const [section] = WebAssembly.Module.customSections(module, SPLIT_SECTION);
    id = section ? Array.from(new Uint8Array(section), (b) => b.toString(16).padStart(2, "0")).join("") : null;
    splitIds.set(module, id);
  }
  return id;
}

/** The URL of the lazy part beside the first part's: NAME.wasm → NAME.lazy.wasm. */
export const lazyUrlFor = (url) => String(url).replace(/\.wasm(?=$|[?#])/, ".lazy.wasm");

/**
 * A lazy part for first part `primary`, from a compiled `module`, its `bytes`, or `read()`,
 * which returns its bytes synchronously and is called on first need only (a file read, or
 * `fetchSync(url)` in a worker).
 * @param {WebAssembly.Module} primary
 * @param {{module?: WebAssembly.Module, bytes?: BufferSource, read?: () => BufferSource, name?: string}} source
 */
export function createLazyPart(primary, { module = null, bytes = null, read = null, name = "compiler_lib.lazy.wasm" }) {
  const want = splitId(primary);
  const checked = (m) => {
    if (splitId(m) !== want) {
      throw new Error(`${name} is not the lazy part of this compiler_lib.wasm (another build's): serve the two files of one build together`);
    }
    return m;
  };
  let compiled = module ? checked(module) : null;
  return {
    /** The compiled lazy part, reading and compiling it now if nothing has yet. */
    moduleSync() {
      if (compiled) return compiled;
      let b = bytes;
      try {
        b ??= read?.();
      } catch (err) {
        throw new Error(`cannot read ${name}, the lazy part of compiler_lib.wasm: ${err.message}`);
      }
      if (!b) throw new Error(`compiler_lib.wasm needs its lazy part (${name}) and was given no way to load it`);
      try {
        compiled = checked(new WebAssembly.Module(b));
        bytes = null; // compiled now; the bytes need not stay
      } catch (err) {
        if (err instanceof WebAssembly.CompileError) throw new Error(`${name} is not a valid WebAssembly module: ${err.message}`);
        throw err;
      }
      return compiled;
    },
  };
}

/**
 * `url`'s bytes by a synchronous request, which a worker (where runs happen) may make: a run
 * cannot pause inside the placeholder that needs them. Null where XMLHttpRequest is missing.
 */
export function fetchSync(url) {
  if (typeof XMLHttpRequest !== "function") return null;
  const xhr = new XMLHttpRequest();
  xhr.open("GET", url, false);
  xhr.responseType = "arraybuffer";
  try {
    xhr.send();
  } catch (err) {
    throw new Error(`cannot fetch ${url}: ${err.message}`);
  }
  if (xhr.status !== 200) throw new Error(`${url} answered HTTP ${xhr.status}; serve compiler_lib.lazy.wasm beside compiler_lib.wasm`);
  return xhr.response;
}

/**
 * The `lazy` import namespace for one instance of the first part (`imports`): its one
 * function, `load`, is called by the first call into a lazy function; it instantiates the lazy
 * part against this instance, whose table slots then hold the lazy functions the first part
 * calls through. `loaded()` tells whether that happened.
 * @param {{moduleSync: () => WebAssembly.Module}} part
 * @param {() => WebAssembly.Exports} exportsOf the instance's exports (it exists by first call)
 */
export function lazyImports(part, exportsOf) {
  let loaded = false;
  const load = () => {
    if (loaded) return;
    new WebAssembly.Instance(part.moduleSync(), { primary: exportsOf() });
    loaded = true;
  };
  return { imports: { load }, loaded: () => loaded };
}
