// Lazy resolution of a program's imports. The compiler lists what a source imports
// (`edge_list_imports`); this walks that graph breadth-first, resolving each name through the
// manifest chain (the `imports` option > packages.json > built-in defaults), then beside the
// entry (NAME.py, NAME/__init__.py), and fetches only what is reached. A name the VM provides
// itself (sys, math, ...) is never fetched. Explicit specs that cannot be fetched or loaded
// abort the run before it starts, with an error that says what to fix; a name found nowhere is
// left to the VM, which raises ModuleNotFoundError where the program imports it.

import { stdImports, stdModules } from "../std/index.js";
import { defaultHost, defaultImports } from "./defaults.js";
import { SpecError, absoluteName, folderOf, httpsHint, isModuleName, kindOf, leafName, namePrefixes, parentName, resolveSpec } from "./specs.js";

const utf8 = new TextDecoder("utf-8");
/** Host library names that are also VM modules; only these are looked up past the builtin. */
const EXTENDS_BUILTIN = new Set(Object.keys(defaultHost));
const WASM_MAGIC = [0x00, 0x61, 0x73, 0x6d];
/**
 * URL of each std module at its default location → what the import lister answers for its
 * source (std/index.js, generated). Keyed by URL, not name: whatever name a manifest gives
 * it, a module fetched from there is that std source, and any other URL (an `imports`
 * override, a packages.json entry, a sibling file) is listed by parsing it.
 */
const STD_IMPORTS = new Map(stdModules.map((n) => [defaultImports[n], stdImports[n]]));

/** Throws unless `bytes` look like a WebAssembly binary (not an HTML error page). */
function checkWasmBytes(bytes, type, what, url) {
  const head = utf8.decode(bytes.subarray(0, 64)).trimStart().toLowerCase();
  if (/text\/html/i.test(type) || head.startsWith("<!doctype") || head.startsWith("<html")) {
    throw new SpecError(
      `${what}: ${url} was served as HTML (content-type ${type || "unknown"}), not WebAssembly; the URL is probably wrong ` +
        "(many servers answer a missing file with an HTML page)",
    );
  }
  if (bytes.length < 8 || WASM_MAGIC.some((b, i) => bytes[i] !== b)) {
    const shown = Array.from(bytes.subarray(0, 4), (b) => b.toString(16).padStart(2, "0")).join(" ");
    throw new SpecError(`${what}: ${url} is not a WebAssembly binary (it starts with ${shown || "nothing"}, not 00 61 73 6d)`);
  }
}

/** Throws when a .py answer is really an HTML page. */
function checkPySource(bytes, type, what, url) {
  const head = utf8.decode(bytes.subarray(0, 64)).trimStart().toLowerCase();
  if (/text\/html/i.test(type) && (head.startsWith("<!doctype") || head.startsWith("<html"))) {
    throw new SpecError(`${what}: ${url} was served as HTML, not Python source; the URL is probably wrong`);
  }
}

/**
 * The manifest chain for one worker. `layers` are checked in order; each is
 * {label, base, imports?, host?} or a function returning one (loaded lazily, may be null).
 */
export function createManifest(layers) {
  const loaded = new Map();
  const layer = async (i) => {
    if (!loaded.has(i)) loaded.set(i, typeof layers[i] === "function" ? layers[i]() : layers[i]);
    return loaded.get(i);
  };
  return {
    /** {kind: "imports"|"host", spec, base, label} for `name`, or null. */
    async lookup(name) {
      for (let i = 0; i < layers.length; i++) {
        const l = await layer(i);
        if (!l) continue;
        if (l.mainThread && Object.hasOwn(l.mainThread, name)) return { kind: "mainThread", names: l.mainThread[name], label: l.label };
        if (l.host && Object.hasOwn(l.host, name)) return { kind: "host", spec: l.host[name], base: l.base, label: l.label };
        if (l.imports && Object.hasOwn(l.imports, name)) {
          // A flat layout (xml.etree.py beside xml.etree.ElementTree.py): a module with
          // dotted children in the same layer is a package, so `from xml.etree import
          // ElementTree` finds its submodule.
          const prefix = `${name}.`;
          const isPackage = Object.keys(l.imports).some((k) => k.startsWith(prefix));
          return { kind: "imports", spec: l.imports[name], base: l.base, label: l.label, isPackage };
        }
      }
      return null;
    },
    /** Forgets lazily loaded layers (packages.json is read again). */
    forget() {
      loaded.clear();
    },
  };
}

/** Reads a packages.json into a manifest layer; null when the server has none (404). */
export async function loadPackagesJson(fetcher, url) {
  const got = await fetcher.get(url, `packages.json`, url);
  if (!got) return null;
  let json;
  try {
    json = JSON.parse(utf8.decode(got.bytes));
  } catch (err) {
    throw new SpecError(`packages.json at ${url} is not valid JSON: ${err.message}`);
  }
  if (!json || typeof json !== "object" || Array.isArray(json)) throw new SpecError(`packages.json at ${url} must be a JSON object`);
  for (const field of ["imports", "host"]) {
    const v = json[field];
    if (v !== undefined && (typeof v !== "object" || v === null || Array.isArray(v))) {
      throw new SpecError(`packages.json at ${url}: "${field}" must map module names to URLs`);
    }
  }
  return { label: `packages.json (${url})`, base: url, imports: json.imports ?? {}, host: json.host ?? {} };
}

/**
 * A resolver for one worker. Results are memoized per (lookup folder, name), so a module is
 * fetched and compiled once per Worker however many runs import it.
 * @param {object} ctx
 * @param {{get: Function}} ctx.fetcher fetch.js
 * @param {{lookup: Function}} ctx.manifest the manifest chain
 * @param {Set<string>} ctx.builtins modules the VM provides
 * @param {(name: string, url: string) => Promise<string[]>} ctx.loadHost main-thread import
 */
export function createResolver(ctx) {
  const memo = new Map();
  const compiled = new Map(); // url → Promise<WebAssembly.Module>
  /** spec → bytes of every module fetched (handed to loaders as ctx.fetchedSources). */
  const fetchedSources = new Map();

  async function fetchExplicit(url, what, spec) {
    const got = await ctx.fetcher.get(url, what, spec);
    if (!got) throw new SpecError(`${what}: ${url} was not found (HTTP 404)${httpsHint(spec)}`);
    fetchedSources.set(spec, got.bytes);
    return got;
  }

  async function wasmModule(url, what, spec) {
    let p = compiled.get(url);
    if (!p) {
      p = (async () => {
        const { bytes, type } = await fetchExplicit(url, what, spec);
        checkWasmBytes(bytes, type, what, url);
        try {
          return await WebAssembly.compile(bytes);
        } catch (err) {
          throw new SpecError(`${what}: ${url} is a malformed WebAssembly binary: ${err.message}`);
        }
      })();
      compiled.set(url, p);
      p.catch(() => compiled.delete(url));
    }
    return p;
  }

  const pyResult = (name, url, bytes, isPackage) => ({
    kind: "py",
    name,
    url,
    source: utf8.decode(bytes),
    isPackage,
    folder: folderOf(url),
    imports: STD_IMPORTS.get(url) ?? null, // known without parsing the source, or null
  });

  /** A name the manifest names explicitly: every failure is an error. */
  async function explicit(name, entry) {
    const what = `module '${name}' (${entry.label}: ${JSON.stringify(entry.spec)})`;
    if (entry.kind === "mainThread") return { kind: "host", name, names: entry.names };
    const url = resolveSpec(entry.spec, entry.base, what);
    if (entry.kind === "host") return { kind: "host", name, url, names: await ctx.loadHost(name, url) };
    switch (kindOf(url)) {
      case "py": {
        const { bytes, type } = await fetchExplicit(url, what, entry.spec);
        checkPySource(bytes, type, what, url);
        return pyResult(name, url, bytes, entry.isPackage === true);
      }
      case "package": {
        const init = new URL("__init__.py", url).href;
        const { bytes, type } = await fetchExplicit(init, what, entry.spec);
        checkPySource(bytes, type, what, init);
        return pyResult(name, init, bytes, true);
      }
      case "wasm":
        return { kind: "wasm", name, url, module: await wasmModule(url, what, entry.spec) };
      case "js":
        throw new SpecError(`${what}: a .js module runs on the main thread; declare it under "host" in packages.json or in the hostModules option`);
      default:
        throw new SpecError(`${what}: cannot tell what ${url} is; a module spec ends with .py, .wasm, or / (a package folder)`);
    }
  }

  /** NAME.py, then NAME/__init__.py, in `folder`; null when neither exists. */
  async function probe(name, folder) {
    const leaf = leafName(name);
    for (const [path, isPackage] of [[`${leaf}.py`, false], [`${leaf}/__init__.py`, true]]) {
      const url = new URL(path, folder).href;
      const got = await ctx.fetcher.get(url, `module '${name}'`, url);
      if (got) {
        fetchedSources.set(url, got.bytes);
        checkPySource(got.bytes, got.type, `module '${name}'`, url);
        return pyResult(name, url, got.bytes, isPackage);
      }
    }
    return null;
  }

  async function resolveUncached(name, folder) {
    if (ctx.builtins.has(name) || ctx.builtins.has(name.split(".")[0])) {
      // An official host library may share its name with a VM module (`time`): its functions
      // then join that module (edge_register_native adds them to it), so load it too.
      if (EXTENDS_BUILTIN.has(name)) {
        const entry = await ctx.manifest.lookup(name);
        if (entry && (entry.kind === "host" || entry.kind === "mainThread")) {
          try {
            return await explicit(name, entry);
          } catch (err) {
            // Without a main thread (createEngine alone) the default host library cannot
            // load; the VM's module still works. A host module the user named must load.
            if (entry.label !== "built-in defaults") throw err;
          }
        }
      }
      return { kind: "builtin", name };
    }
    const entry = await ctx.manifest.lookup(name);
    if (entry) return explicit(name, entry);
    const parent = parentName(name);
    if (!parent) return probe(name, folder);
    const p = await resolve(parent, folder);
    // Only a Python package has submodules (a .wasm or host module is one flat namespace).
    if (!p || p.kind !== "py" || !p.isPackage) return null;
    return probe(name, p.folder);
  }

  /** The module `name` (absolute, dotted) seen from a program whose entry folder is `folder`. */
  function resolve(name, folder) {
    const key = `${folder}\n${name}`;
    let p = memo.get(key);
    if (!p) {
      p = resolveUncached(name, folder);
      memo.set(key, p);
      p.catch(() => memo.delete(key)); // errors are reported again on the next run
    }
    return p;
  }

  /**
   * Every module `source` reaches, transitively: Map name → result (py / wasm / host).
   * `listImports` is the instance's (compiler) import lister; `imported`, what it answers for
   * `source` when the caller already asked. A std module's imports come from std/index.js.
   */
  async function collect(listImports, source, folder, imported = listImports(source)) {
    const out = new Map();
    const visit = async (specs, from) => {
      await Promise.all(
        specs.map(async (spec) => {
          const abs = absoluteName(spec, from);
          if (!abs || !isModuleName(abs.name)) return;
          for (const prefix of namePrefixes(abs.name)) {
            const r = await resolve(prefix, folder);
            if (!r || r.kind === "builtin") return;
            if (out.has(prefix)) continue;
            out.set(prefix, r);
            if (r.kind === "py") await visit(r.imports ?? listImports(r.source), { name: prefix, isPackage: r.isPackage });
          }
        }),
      );
    };
    await visit(imported, { name: "__main__", isPackage: false });
    return out;
  }

  return {
    resolve,
    collect,
    fetchedSources,
    /** Forgets resolutions and compiled modules (bytes stay in the fetcher). */
    forget() {
      memo.clear();
      compiled.clear();
      fetchedSources.clear();
    },
  };
}
