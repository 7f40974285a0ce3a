// The standard library in real headless Chromium: one corpus program per module of issue #7
// (the same programs and CPython 3.13 outputs the native corpus checks), each run through
// createWorker with the default std resolution: json and re come as lazily fetched .wasm
// modules, the Python std as lazily fetched .py files, native modules from compiler_lib.wasm.
// Run: scripts/test-browser.sh.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, test } from "node:test";

import { A, APP, openPage, run, spawn } from "./helpers.mjs";

const CORPUS = new URL("../../../tests/corpus/", import.meta.url);

// module → the corpus programs that exercise it (paths under tests/corpus/).
const PROGRAMS = {
  collections: ["stdlib2/collections_counter", "stdlib2/collections_deque", "stdlib2/collections_namedtuple"],
  "collections.abc": ["stdlib2/abc_mixins"],
  abc: ["stdlib2/abc_basic", "stdlib2/abc_structural"],
  itertools: ["stdlib1/itertools_basic", "stdlib1/itertools_more"],
  functools: ["stdlib1/functools_basic", "stdlib1/functools_more", "stdlib1/functools_wrap"],
  random: ["stdlib1/random_more", "stdlib1/random_choice"],
  dataclasses: ["pystd/dataclasses_basic", "pystd/dataclasses_more"],
  enum: ["pystd/enum_basic", "pystd/enum_more"],
  typing: ["stdlib2/typing_aliases", "stdlib2/typing_classes", "stdlib2/typing_program"],
  // `def f[T]`, `class C[T]`, `type X = ...` import typing implicitly: the prefetch must see it.
  "typing (PEP 695 syntax)": ["classes/type_params"],
  re: ["re/match_api", "re/sub_split", "re/errors_flags"],
  json: ["stdlib/json_basic"],
  datetime: ["stdlib/datetime_basics"],
  string: ["stdlib2/string_basic"],
  "heapq, bisect": ["stdlib1/bisect_heapq", "stdlib1/heapq_more"],
  copy: ["stdlib2/copy_basic", "stdlib2/copy_more"],
  operator: ["stdlib1/operator_basic"],
  statistics: ["pystd/statistics_basic", "pystd/statistics_random"],
  textwrap: ["pystd/textwrap_basic"],
  fractions: ["pystd/fractions_basic"],
  contextlib: ["pystd/contextlib_basic", "pystd/contextlib_more"],
  decimal: ["stdlib/decimal_basics", "stdlib/decimal_more"],
  io: ["stdlib2/io_basic"],
  array: ["stdlib/array_basics"],
  struct: ["stdlib/struct_basic"],
  hashlib: ["stdlib/hashlib_basic"],
  // The worker's in-memory file system: os and open() work on it as on a disk.
  "os, open()": ["stdlib/os_files", "stdlib/builtin_io"],
  "os.path": ["stdlib/os_path_basic"],
  asyncio: ["stdlib/asyncio_basics"],
  gc: ["stdlib3/gc_basic"],
  pprint: ["stdlib3/pprint_basic", "stdlib3/pprint_more"],
  "keyword, numbers": ["stdlib3/keyword_numbers"],
  cmath: ["stdlib3/cmath_rounded"],
  logging: ["stdlib3/logging_basic", "stdlib3/logging_more"],
  warnings: ["stdlib3/warnings_basic"],
  timeit: ["stdlib3/timeit_basic"],
  "queue, graphlib": ["stdlib3/queue_graphlib"],
  "base64, binascii": ["stdlib3/base64_binascii"],
  fnmatch: ["stdlib3/fnmatch_basic"],
  "urllib.parse": ["stdlib3/urllib_parse"],
  // A package in the flat std (xml.etree.py beside xml.etree.ElementTree.py).
  "xml.etree.ElementTree": ["pystd/xml_etree"],
  html: ["stdlib3/html_basic"],
  shlex: ["stdlib3/shlex_basic"],
  "pickle, copyreg": ["stdlib5/pickle_values", "stdlib5/pickle_more"],
  tomllib: ["stdlib5/tomllib_basic", "stdlib5/tomllib_errors"],
  csv: ["stdlib5/csv_write", "stdlib5/csv_read", "stdlib5/csv_sniffer"],
  difflib: ["stdlib5/difflib_basic", "stdlib5/difflib_random"],
  memoryview: ["stdlib6/memoryview_basic"],
  "weakref, atexit": ["stdlib6/weakref_basic"],
  inspect: ["stdlib6/inspect_basic"],
  argparse: ["stdlib6/argparse_basic", "stdlib6/argparse_more"],
  "uuid, secrets": ["stdlib6/uuid_secrets"],
  pathlib: ["stdlib6/pathlib_basic"],
  threading: ["stdlib6/threading_basic"],
  "io.TextIOWrapper": ["stdlib6/textiowrapper_bytesio"],
};
// Not run here, and why:
//   the programs runtime/tests/wasm-known-differences.txt lists (random_basic, random_dists,
//     statistics_normal, cmath_basic): wasm's libm differs from glibc's in the last digit of exp/log/erf.
//   stdlib/input_stdin: reads standard input, which a page does not have.
//   stdlib/open_missing: exits with an uncaught OSError; its traceback names the script's
//     path on disk, which a page run (<string>) cannot reproduce.

// One page and worker for all programs (each run is a fresh interpreter), opened by the first
// test: helpers.mjs launches the browser in its own before() hook.
let opened;
const worker = () => {
  opened ??= (async () => {
    const p = await openPage();
    await spawn(p.page, { packages: false });
    return p;
  })();
  return opened;
};
after(async () => {
  if (opened) await (await opened).close();
});

for (const [module, programs] of Object.entries(PROGRAMS)) {
  test(`${module} in the browser prints what CPython prints (${programs.join(", ")})`, async () => {
    for (const program of programs) {
      const source = readFileSync(new URL(`${program}.py`, CORPUS), "utf8");
      const expected = readFileSync(new URL(`${program}.expected`, CORPUS), "utf8");
      const { page } = await worker();
      const r = await run(page, source, APP);
      assert.equal(r.ok, true, `${program}: ${r.message}`);
      assert.equal(r.out, expected, `${program}: stdout differs from CPython's`);
    }
  });
}

test("the std modules were fetched lazily, each once", () => {
  for (const path of ["/runtime/std/json.wasm", "/runtime/std/re.wasm", "/runtime/std/decimal.py", "/runtime/std/datetime.py", "/runtime/std/array.py"]) {
    assert.equal(A.count(path), 1, `${path} fetched once`);
  }
  // Native in compiler_lib.wasm: nothing to fetch.
  assert.equal(A.count("/runtime/std/itertools.py"), 0);
});
