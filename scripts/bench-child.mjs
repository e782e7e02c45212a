// One measured run for scripts/bench.mjs, in its own process so that its peak memory is its own.
//   node scripts/bench-child.mjs MODE FILE…   or   duckdb GLOB
// MODE: default|gunzip|inplace followed by 1 (one thread) or 2 (both cores), or naive.
// Prints one JSON line: { records, ms, maxRssKb }. `ms` is the work alone, without process start
// and exit (DuckDB takes tens of seconds to free a 5 GB aggregate at exit): the baselines get
// their best case.
import { closeSync, createReadStream, openSync, readFileSync, readSync } from 'node:fs';
import { createGunzip, constants } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const [mode, ...files] = isMainThread ? process.argv.slice(2) : workerData;
const started = performance.now();
let records = 0;

/**
 * Gunzips one file and counts its newlines: the least any reader must do. `tuned` reads and
 * inflates in large chunks (256 KiB in, 512 KiB out); otherwise Node's defaults (64 KiB in,
 * 16 KiB out), which is what `createReadStream(file).pipe(createGunzip())` does.
 */
async function gunzipCount(file, tuned) {
  let lines = 0;
  await pipeline(
    tuned ? createReadStream(file, { highWaterMark: 1 << 18 }) : createReadStream(file),
    tuned ? createGunzip({ chunkSize: 1 << 19 }) : createGunzip(),
    async (source) => {
      for await (const chunk of source) {
        for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
      }
    },
  );
  return lines - 1; // the header line
}

/**
 * Gunzips one file the way the tool does (src/sources/gunzip.ts): the zlib handle inflating on
 * this thread into one reused buffer. Counts newlines.
 */
function inPlaceCount(file) {
  const gunzip = createGunzip();
  const handle = gunzip._handle;
  const state = gunzip._writeState;
  const input = Buffer.allocUnsafe(1 << 18);
  const out = Buffer.allocUnsafe(1 << 19);
  const fd = openSync(file, 'r');
  let lines = 0;
  for (;;) {
    const n = readSync(fd, input, 0, input.length, null);
    const flush = n === 0 ? constants.Z_FINISH : constants.Z_NO_FLUSH;
    let offset = 0;
    let remaining = n;
    for (;;) {
      handle.writeSync(flush, input, offset, remaining, out, 0, out.length);
      const produced = out.length - state[0];
      offset += remaining - state[1];
      remaining = state[1];
      for (let i = out.indexOf(10); i >= 0 && i < produced; i = out.indexOf(10, i + 1)) lines++;
      if (state[0] === 0) continue;
      if (remaining === 0 || produced === 0) break;
    }
    if (n === 0) break;
  }
  closeSync(fd);
  handle.close();
  return lines - 1;
}

/** How one file is counted in each mode. */
const countOf = {
  default: (file) => gunzipCount(file, false),
  gunzip: (file) => gunzipCount(file, true),
  inplace: (file) => inPlaceCount(file),
};
const lanes = /^(default|gunzip|inplace)(1|2)$/.exec(mode);

if (!isMainThread) {
  // A lane of a two-thread mode: files from the main thread, one at a time.
  const count = countOf[lanes[1]];
  parentPort.on('message', async (file) => {
    if (file === null) process.exit(0);
    parentPort.postMessage(await count(file));
  });
  parentPort.postMessage(0);
} else if (lanes?.[2] === '1') {
  for (const f of files) records += await countOf[lanes[1]](f);
} else if (mode === 'inplace2') {
  // Two worker threads (in-place gunzip runs on the calling thread), each taking the next file
  // when it is done.
  const queue = [...files];
  const lane = () =>
    new Promise((resolve) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: [mode] });
      worker.on('message', (lines) => {
        records += lines;
        worker.postMessage(queue.shift() ?? null);
      });
      worker.on('exit', resolve);
    });
  await Promise.all([lane(), lane()]);
} else if (lanes?.[2] === '2') {
  // Two files in flight: a zlib stream inflates on libuv's thread pool, so both cores work.
  // (Two worker threads, each with a stream, took longer here.)
  const queue = [...files];
  const lane = async () => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      const lines = await countOf[lanes[1]](f);
      records += lines;
    }
  };
  await Promise.all([lane(), lane()]);
} else if (mode === 'duckdb') {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  // One glob (files[0]): DuckDB reads a glob in parallel, a list of 24 paths took 6× longer here.
  // Column types sniffed by DuckDB (its fastest setting here; all_varchar was 40% slower).
  // The groups stay inside DuckDB (turning millions of rows into JS values is not its work).
  const result = await con.runAndReadAll(
    `SELECT count(*) AS groups, sum(n) AS records FROM (
       SELECT "interface-id", srcaddr, dstaddr, dstport, protocol, action, count(*) AS n
         FROM read_csv('${files[0].replace(/'/g, "''")}', delim = ' ', header = true)
        GROUP BY ALL)`,
  );
  records = Number(result.getRows()[0]?.[1] ?? 0);
} else if (mode === 'naive') {
  // What a first attempt looks like: split every line into strings, count in a Map.
  const { gunzipSync } = await import('node:zlib');
  const groups = new Map();
  for (const f of files) {
    const lines = gunzipSync(readFileSync(f)).toString('latin1').split('\n');
    for (let i = 1; i < lines.length; i++) {
      if (!lines[i]) continue;
      const p = lines[i].split(' ');
      const key = `${p[2]} ${p[3]} ${p[4]} ${p[6]} ${p[7]} ${p[12]}`;
      groups.set(key, (groups.get(key) ?? 0) + 1);
      records++;
    }
  }
} else {
  throw new Error(`unknown mode ${mode}`);
}
if (!isMainThread) await new Promise(() => {});
const ms = performance.now() - started;
console.log(JSON.stringify({ records, ms: Math.round(ms), maxRssKb: process.resourceUsage().maxRSS }));
// Leave without waiting for DuckDB to free its aggregate; the measurement is already printed.
if (mode === 'duckdb') process.exit(0);
