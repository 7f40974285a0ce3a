#!/usr/bin/env node
// Serves runtime/ on localhost for the playground: node runtime/demo/serve.mjs [--port N]
// (scripts/demo.sh --serve builds compiler_lib.wasm first). Requests are logged.

import { fileURLToPath } from "node:url";
import { startServer } from "../tests/browser/server.mjs";

const i = process.argv.indexOf("--port");
const port = i > 0 ? Number(process.argv[i + 1]) : 8000;
const root = fileURLToPath(new URL("../", import.meta.url));
const server = await startServer({ "/": root }, { port });
console.log(`Edge Python playground: ${server.origin}/demo/  (serving ${root}; Ctrl+C to stop)`);
let seen = 0;
setInterval(() => {
  for (; seen < server.log.length; seen++) console.log(`  GET ${server.log[seen]}`);
}, 200);
