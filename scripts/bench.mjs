#!/usr/bin/env node
// The performance benchmark: the full `analyze` of a generated corpus, side by side with
// baselines measured in the same run on the same files (gunzip only on one and on two threads,
// DuckDB's GROUP BY), several repetitions, medians.
//
// Three gunzips, from the issue's baseline to the strictest: a Node zlib stream with Node's
// default chunk sizes (what the issue's table measured: 5.0 s and 70 MB on one thread), the same
// with 512 KiB chunks, and the tool's own in-place gunzip without any parsing.
//
//   npm run bench -- [--records 10000000] [--files 24] [--reps 3] [--dir .tmp/bench] [--naive]
//                    [--s3 http://127.0.0.1:5000]
//
// The corpus is made by the team's generator (gen-flowlogs.mjs, beside the checkout in
// ../shared/bench or at $SGFA_WORLD_GENERATOR) when missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const RECORDS = Number(arg('records', 10_000_000));
const FILES = Number(arg('files', 24));
const REPS = Number(arg('reps', 3));
const DIR = resolve(arg('dir', join(root, '.tmp', `bench-${RECORDS}-${FILES}`)));

/** The team's corpus generator: $SGFA_WORLD_GENERATOR, else beside the checkout; not in this repository. */
function generator() {
  const candidates = [
    process.env.SGFA_WORLD_GENERATOR,
    join(root, '..', 'shared', 'bench', 'gen-flowlogs.mjs'),
  ].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found)
    throw new Error(
      `gen-flowlogs.mjs not found at ${candidates.join(' or ')}; set SGFA_WORLD_GENERATOR to its path`,
    );
  return found;
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.gz') ? [join(dir, e.name)] : [],
  );
}

if (!existsSync(join(DIR, 'truth.json'))) {
  console.error(`generating ${RECORDS} records in ${FILES} files under ${DIR} …`);
  execFileSync(
    process.execPath,
    [generator(), '--out', DIR, '--records', String(RECORDS), '--files', String(FILES)],
    {
      stdio: 'inherit',
    },
  );
}
const files = walk(join(DIR, 'logs')).sort();
const gzBytes = files.reduce((n, f) => n + statSync(f).size, 0);
const hasTime = existsSync('/usr/bin/time');

/** Runs a command, returns wall ms and peak RSS in KB (GNU time when present). */
function measure(command, args) {
  const started = performance.now();
  const full = hasTime ? ['/usr/bin/time', ['-f', '__rss %M', command, ...args]] : [command, args];
  const r = spawnSync(full[0], full[1], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = performance.now() - started;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${command} ${args.join(' ')} failed:\n${r.stderr}`);
  const rss = /__rss (\d+)/.exec(r.stderr ?? '');
  // A baseline child reports the time of its work alone; the tool is timed whole, start to exit.
  const own = /^\{"records".*\}$/m.exec(r.stdout ?? '');
  return { ms: own ? JSON.parse(own[0]).ms : ms, rssKb: rss ? Number(rss[1]) : NaN, stdout: r.stdout };
}

const child = (mode) => [process.execPath, [join(root, 'scripts', 'bench-child.mjs'), mode, ...files]];
const cases = [
  { name: 'gunzip only, Node zlib stream, defaults, 1 thread', run: () => measure(...child('default1')) },
  { name: 'gunzip only, Node zlib stream, defaults, 2 threads', run: () => measure(...child('default2')) },
  {
    name: 'gunzip only, Node zlib stream, 512 KiB chunks, 1 thread',
    run: () => measure(...child('gunzip1')),
  },
  {
    name: 'gunzip only, Node zlib stream, 512 KiB chunks, 2 threads',
    run: () => measure(...child('gunzip2')),
  },
  // The tool's own way to gunzip (src/sources/gunzip.ts): the fastest gunzip Node's zlib gives.
  { name: 'gunzip only, in place, 1 thread', run: () => measure(...child('inplace1')) },
  { name: 'gunzip only, in place, 2 threads', run: () => measure(...child('inplace2')) },
  {
    name: 'DuckDB read_csv + GROUP BY',
    run: () =>
      measure(process.execPath, [
        join(root, 'scripts', 'bench-child.mjs'),
        'duckdb',
        join(DIR, 'logs', '**', '*.log.gz'),
      ]),
  },
  {
    name: `sg-flow-audit analyze (${availableParallelism()} threads)`,
    tool: true,
    run: () =>
      measure(process.execPath, [
        join(root, 'dist', 'cli.js'),
        'analyze',
        '--flow-logs',
        join(DIR, 'logs'),
        '--inventory',
        join(DIR, 'inventory'),
        '--format',
        'json',
        '--fail-on',
        'none',
        '--output',
        join(DIR, 'report.json'),
      ]),
  },
];
if (process.argv.includes('--naive'))
  cases.push({ name: "naive split(' ') + Map", run: () => measure(...child('naive')) });
// --s3 ENDPOINT: an S3-compatible server (moto: `.tmp/moto-venv/bin/moto_server -p 5000`, then
// --s3 http://127.0.0.1:5000) gets the corpus under its AWSLogs/ keys, and the live reader is
// timed on it: downloads on the main thread, parsing on one thread and on every core.
const s3Endpoint = arg('s3', undefined);
if (s3Endpoint) {
  process.env.AWS_ACCESS_KEY_ID ??= 'bench';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'bench';
  process.env.AWS_REGION ??= 'us-east-1';
  const { S3Client, CreateBucketCommand, PutObjectCommand } = await import('@aws-sdk/client-s3');
  const s3 = new S3Client({ endpoint: s3Endpoint, forcePathStyle: true });
  await s3.send(new CreateBucketCommand({ Bucket: 'sgfa-bench' })).catch(() => undefined);
  for (const f of files) {
    const Key = relative(join(DIR, 'logs'), f);
    await s3.send(new PutObjectCommand({ Bucket: 'sgfa-bench', Key, Body: readFileSync(f) }));
  }
  for (const threads of [1, availableParallelism()])
    cases.push({
      name: `sg-flow-audit analyze --source s3:// (${threads} thread${threads > 1 ? 's' : ''})`,
      run: () =>
        measure(process.execPath, [
          ...[join(root, 'dist', 'cli.js'), 'analyze', '--source', 's3://sgfa-bench'],
          ...['--endpoint-url', s3Endpoint, '--inventory', join(DIR, 'inventory'), '--lookback', '3650d'],
          ...['--threads', String(threads), '--format', 'json', '--fail-on', 'none', '--quiet'],
          ...['--output', join(DIR, `report-s3-${threads}.json`)],
        ]),
    });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// Repetitions go round the cases (gunzip, DuckDB, analyze, gunzip, …), so that a slow moment of
// the machine falls on all of them alike rather than on one.
const runs = cases.map(() => []);
for (let i = 0; i < REPS; i++) {
  cases.forEach((c, j) => runs[j].push(c.run()));
}
const results = cases.map((c, j) => {
  console.error(`${c.name}: ${runs[j].map((r) => (r.ms / 1000).toFixed(2)).join(' s, ')} s`);
  return { ...c, ms: median(runs[j].map((r) => r.ms)), rssKb: Math.max(...runs[j].map((r) => r.rssKb)) };
});

const report = JSON.parse(
  execFileSync(process.execPath, [
    '-e',
    `process.stdout.write(JSON.stringify(require(${JSON.stringify(join(DIR, 'report.json'))}).input))`,
  ]),
);
const tool = results.find((r) => r.tool);
const duck = results.find((r) => r.name.startsWith('DuckDB'));
const default2 = results.find((r) => r.name === 'gunzip only, Node zlib stream, defaults, 2 threads');
const gz2 = results.find((r) => r.name === 'gunzip only, Node zlib stream, 512 KiB chunks, 2 threads');
const inPlace2 = results.find((r) => r.name === 'gunzip only, in place, 2 threads');
console.log(
  `\nCorpus: ${report.records.toLocaleString('en')} records in ${files.length} files, ${(gzBytes / 1e6).toFixed(0)} MB gzip; median of ${REPS} runs on ${availableParallelism()} cores\n`,
);
console.log('| what | wall (median) | records/s | peak RSS |');
console.log('| --- | ---: | ---: | ---: |');
for (const r of results) {
  console.log(
    `| ${r.name} | ${(r.ms / 1000).toFixed(2)} s | ${(((report.records / r.ms) * 1000) / 1e6).toFixed(2)} M | ${Number.isNaN(r.rssKb) ? 'n/a' : `${Math.round(r.rssKb / 1024)} MB`} |`,
  );
}
console.log(`\nanalyze / DuckDB = ${(tool.ms / duck.ms).toFixed(2)} (target ≤ 0.5)`);
console.log(
  `analyze / gunzip on 2 threads, Node zlib defaults (the issue's baseline) = ${(tool.ms / default2.ms).toFixed(2)} (target ≤ 1.5)`,
);
console.log(`analyze / gunzip on 2 threads, 512 KiB chunks = ${(tool.ms / gz2.ms).toFixed(2)}`);
console.log(`analyze / in-place gunzip on 2 threads = ${(tool.ms / inPlace2.ms).toFixed(2)}`);
console.log(`analyze peak RSS = ${Math.round(tool.rssKb / 1024)} MB (target ≤ 300 MB)`);
