// Spec and module-name helpers: turning the names `edge_list_imports` reports into absolute
// dotted names, and manifest specs (relative or absolute URLs) into fetchable URLs with
// errors that say what to fix. Pure functions: used by the worker and by element.js.

/** Schemes a module spec may use. */
const FETCHABLE = new Set(["https:", "http:", "blob:", "data:", "file:"]);

/** An Error whose message is meant for the user (a bad spec, a failed fetch). */
export class SpecError extends Error {
  constructor(message) {
    super(message);
    this.name = "SpecError";
  }
}

/**
 * The official host libraries (host/NAME.js, main-thread ESM). One shares its name with a VM
 * module (`time`): its functions join that module, so it is looked up past the builtin.
 */
export const hostLibraryNames = Object.freeze(["dom", "network", "storage", "time"]);

/** The parent package of a dotted name ("" for a top-level name). */
export const parentName = (name) => (name.includes(".") ? name.slice(0, name.lastIndexOf(".")) : "");

/** The last component of a dotted name. */
export const leafName = (name) => name.slice(name.lastIndexOf(".") + 1);

/** "a", "a.b", "a.b.c" for "a.b.c": every package that must be imported first. */
export function namePrefixes(name) {
  const parts = name.split(".");
  return parts.map((_, i) => parts.slice(0, i + 1).join("."));
}

/** A valid dotted module name (identifiers only: nothing that could escape a folder). */
export const isModuleName = (name) => /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(name);

/**
 * The absolute module name of one `edge_list_imports` entry seen from module `from`
 * ({name, isPackage}); `optional` is true for a `?` entry (maybe a submodule, maybe just an
 * attribute). Returns null when the relative import cannot resolve (the VM raises then).
 */
export function absoluteName(spec, from) {
  const optional = spec.startsWith("?");
  const name = optional ? spec.slice(1) : spec;
  const level = name.match(/^\.*/)[0].length;
  if (level === 0) return { name, optional };
  if (from.name === "__main__") return null; // CPython: "no known parent package"
  let pkg = from.isPackage ? from.name : parentName(from.name);
  for (let i = 1; i < level && pkg; i++) pkg = parentName(pkg);
  if (!pkg) return null;
  const rest = name.slice(level);
  return { name: rest ? `${pkg}.${rest}` : pkg, optional };
}

/** A schemeless spec that looks like a host name ("cdn.example.com/x.py"). */
const looksLikeHost = (spec) => /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(:\d+)?\//.test(spec);

/** The hint appended to a failed fetch: `https://` for http:// and schemeless host specs. */
export function httpsHint(spec) {
  if (/^http:\/\//i.test(spec)) return ` (did you mean ${spec.replace(/^http:/i, "https:")}? pages served over https cannot fetch http:// URLs)`;
  if (looksLikeHost(spec)) return ` (did you mean https://${spec}? a spec without a scheme is resolved as a relative path)`;
  return "";
}

/**
 * The absolute URL of `spec` (relative to `base`), checked: only http(s), blob, data and file
 * URLs can be fetched. `what` names the spec in errors ("module 'helper'").
 */
export function resolveSpec(spec, base, what) {
  if (typeof spec !== "string" || spec === "") throw new SpecError(`${what}: the spec must be a non-empty URL string, got ${JSON.stringify(spec)}`);
  let url;
  try {
    url = new URL(spec, base);
  } catch {
    throw new SpecError(`${what}: cannot resolve ${JSON.stringify(spec)} against ${base}`);
  }
  if (!FETCHABLE.has(url.protocol)) {
    throw new SpecError(`${what}: unsupported scheme ${url.protocol} in ${JSON.stringify(spec)}; use an https:// URL or a path relative to the page`);
  }
  return url.href;
}

/** What a module URL points at, by its path: "py", "wasm", "js", "package" (a folder) or null. */
export function kindOf(url) {
  const path = new URL(url).pathname;
  if (path.endsWith("/")) return "package";
  const m = path.match(/\.(py|wasm|js|mjs)$/);
  if (!m) return null;
  return m[1] === "mjs" ? "js" : m[1];
}

/** The folder URL ("…/") of a file URL. */
export const folderOf = (url) => new URL("./", url).href;

/** Joins `entryDir` (a prefix, "app/" or "app") onto `base`, as a folder URL. */
export function entryBase(base, entryDir) {
  if (!entryDir) return folderOf(base);
  const dir = entryDir.endsWith("/") ? entryDir : `${entryDir}/`;
  return new URL(dir, base).href;
}
