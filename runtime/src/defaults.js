// The built-in base manifest: official packages that resolve by bare name without a
// packages.json. A resolution table, not a download list: an entry is fetched only when a
// run imports its name. URLs are relative to this file, so they follow wherever the runtime
// is served from (a local checkout or the CDN), with no other origin involved.

import { stdModules } from "../std/index.js";
import { hostLibraryNames } from "./specs.js";

const here = (path) => new URL(path, import.meta.url).href;

/**
 * Worker-side modules: std .wasm (Path A) and every pure-Python std module (they import each
 * other, private ones included, so all must resolve).
 */
export const defaultImports = Object.freeze({
  json: here("../std/json.wasm"),
  re: here("../std/re.wasm"),
  zlib: here("../std/zlib.wasm"),
  unicodedata: here("../std/unicodedata.wasm"),
  ...Object.fromEntries(stdModules.map((n) => [n, here(`../std/${n}.py`)])),
});

/** Main-thread host libraries (ESM whose handlers touch document / window). */
export const defaultHost = Object.freeze(
  Object.fromEntries(hostLibraryNames.map((n) => [n, here(`../host/${n}.js`)])),
);
