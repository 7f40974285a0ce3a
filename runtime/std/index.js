// The pure-Python standard library served beside the runtime: every runtime/std/NAME.py,
// by module name. The runtime maps each bare name to ../std/NAME.py (fetched only when a
// program imports it); since these modules import each other (collections imports
// _collections_abc, os imports posixpath, ...), every one must be resolvable, private ones
// included. runtime/tests/wasm.test.mjs checks this list against the directory.
export const stdModules = Object.freeze([
  "__future__",
  "_collections_abc",
  "abc",
  "asyncio",
  "collections",
  "contextlib",
  "copy",
  "dataclasses",
  "datetime",
  "decimal",
  "enum",
  "fractions",
  "functools",
  "hashlib",
  "io",
  "os",
  "posixpath",
  "random",
  "statistics",
  "string",
  "struct",
  "textwrap",
  "types",
  "typing",
]);
