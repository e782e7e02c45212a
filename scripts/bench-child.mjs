// One measured run for scripts/bench.mjs, in its own process so that its peak memory is its own.
//   node scripts/bench-child.mjs gunzip1|gunzip2|naive FILE…   or   duckdb GLOB
// Prints one JSON line: { records, ms, maxRssKb }. `ms` is the work alone, without process start
// and exit (DuckDB takes tens of seconds to free a 5 GB aggregate at exit): the baselines get
// their best case.
import { createReadStream, readFileSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';

const [mode, ...files] = process.argv.slice(2);
const started = performance.now();
let records = 0;

/** Gunzips one file and counts its newlines: the least any reader must do. */
async function gunzipCount(file) {
  let lines = 0;
  await pipeline(
    createReadStream(file, { highWaterMark: 1 << 18 }),
    createGunzip({ chunkSize: 1 << 19 }),
    async (source) => {
      for await (const chunk of source) {
        for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
      }
    },
  );
  return lines - 1; // the header line
}

if (mode === 'gunzip1') {
  for (const f of files) records += await gunzipCount(f);
} else if (mode === 'gunzip2') {
  // Two files in flight at a time: zlib runs on libuv's thread pool, so both cores decompress.
  const queue = [...files];
  const lane = async () => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      const lines = await gunzipCount(f);
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
const ms = performance.now() - started;
console.log(JSON.stringify({ records, ms: Math.round(ms), maxRssKb: process.resourceUsage().maxRSS }));
// Leave without waiting for DuckDB to free its aggregate; the measurement is already printed.
if (mode === 'duckdb') process.exit(0);
