/**
 * Generates a synthetic VPC world in-process: the inventory as AWS CLI JSON, a week of VPC Flow
 * Logs laid out as S3 delivers them (gzip text with a header line, format v2 or v5), and the
 * truth a correct analysis must conclude (test/helpers/world-gen/truth.ts).
 *
 *   DIR/inventory/{security-groups,security-group-rules,network-interfaces}.json
 *   DIR/logs/AWSLogs/<account>/vpcflowlogs/<region>/YYYY/MM/DD/<account>_vpcflowlogs_…log.gz
 *   DIR/truth.json
 *
 * The same options give the same bytes. The situations the world holds (see world-gen/vpc.ts):
 * web, app and database tiers; a legacy 1024-65535 rule that only ever sees responses; SSH open
 * to the world but used from three offices; an RDP rule that a narrower one makes redundant; a
 * monitoring group on every host; a stopped host without records; an unattached group; a port
 * scanner among background probes; NODATA and SKIPDATA intervals. Every connection in the logs
 * is written whole, so that no credit is counted for a record that is not there.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { formatLine, headerLine, type LogEntry, type LogFormat } from './world-gen/flow-log.js';
import { inventoryDocuments } from './world-gen/inventory-json.js';
import { Random } from './world-gen/random.js';
import { makeOutside, Traffic, type TrafficEvent } from './world-gen/traffic.js';
import { buildTruth, Ledger, type Scenarios, type Truth } from './world-gen/truth.js';
import { ACCOUNT, buildVpc, REGION, type Host, type Vpc } from './world-gen/vpc.js';

export type { Truth } from './world-gen/truth.js';

export interface WorldOptions {
  format: LogFormat;
  seed: number;
  records: number;
  /** Log files; the records are shared out evenly, in time order. Default 4. */
  files?: number;
}

/** Fewer records than this and the rarer situations would not show reliably. */
export const MIN_RECORDS = 5_000;
/** The window: seven days from 2026-11-19T00:00:00Z. */
export const WINDOW_START = Date.UTC(2026, 10, 19) / 1000;
export const WINDOW_SECONDS = 7 * 86_400;
/** The monitor pings every host and scrapes every app host once per this many records. */
const SWEEP_EVERY = 7_500;
/** How many ports the port scanner walks. */
const SCAN_PORTS = 100;
const FLOW_LOG_ID = `fl-${createHash('sha256').update('flow-log').digest('hex').slice(0, 17)}`;

/** The everyday traffic, by share of events. */
const MIX: readonly (readonly [number, (t: Traffic) => TrafficEvent])[] = [
  [41, (t) => t.internetToWeb(443)],
  [8, (t) => t.internetToWeb(80)],
  [15, (t) => t.webToApp()],
  [10, (t) => t.appToDatabase()],
  [7, (t) => t.appToApi()],
  [1, (t) => t.appToNtp()],
  [0.6, (t) => t.officeSsh()],
  [0.4, (t) => t.rdpSession()],
  [12.5, (t) => t.backgroundProbe()],
  [1.5, (t) => t.quietInterval()],
];

/** An event that happens at a set point of the run, whatever the seed. */
interface Scripted {
  /** The record position from which it is due. */
  at: number;
  make: () => TrafficEvent;
}

/**
 * What must happen in every world, at set points: the monitoring sweeps (so that every monitored
 * interface has records from the start), one SSH login from each office, an RDP session, and the
 * port scan, a burst of probes as real scans come.
 */
function schedule(vpc: Vpc, traffic: Traffic, records: number): Scripted[] {
  const out: Scripted[] = [];
  const monitoring = vpc.rule.icmp.group;
  const monitored = vpc.hosts.filter((h) => h !== vpc.monitor && h.groups.includes(monitoring));
  for (let at = 0; at < records; at += SWEEP_EVERY) {
    for (const h of monitored) out.push({ at, make: () => traffic.ping(h) });
    for (const h of vpc.app) out.push({ at, make: () => traffic.scrape(h) });
  }
  traffic.outside.offices.forEach((office, i) =>
    out.push({ at: Math.floor(records * (0.1 + 0.1 * i)), make: () => traffic.officeSsh(office) }),
  );
  out.push({ at: Math.floor(records * 0.15), make: () => traffic.rdpSession() });
  const target = vpc.web[3] as Host;
  // Ports 1 and up, minus the two the web hosts admit: every probe is rejected.
  const ports = Array.from({ length: SCAN_PORTS + 2 }, (_, i) => i + 1).filter((p) => p !== 80 && p !== 443);
  for (const port of ports.slice(0, SCAN_PORTS))
    out.push({ at: Math.floor(records * 0.4), make: () => traffic.portScanProbe(port, target) });
  // A stable sort: events due at the same point keep the order above.
  return out.sort((a, b) => a.at - b.at);
}

/** Plays the scripted and random events until `records` entries are written. */
function playEvents(vpc: Vpc, traffic: Traffic, random: Random, ledger: Ledger, records: number): LogEntry[] {
  const scripted = schedule(vpc, traffic, records);
  const entries: LogEntry[] = [];
  let next = 0;
  while (entries.length < records) {
    const due = scripted[next];
    let event: TrafficEvent;
    if (due && due.at <= entries.length) {
      event = due.make();
      next++;
    } else {
      event = random.weighted(MIX)(traffic);
    }
    if (entries.length + event.entries.length > records) {
      // The run ends inside this event: it is left out, credits and all, and the room left goes
      // to quiet intervals of a host that has records anyway.
      while (entries.length < records) entries.push(...traffic.quietInterval(vpc.web[0]).entries);
      break;
    }
    entries.push(...event.entries);
    for (const credit of event.credits) ledger.credit(credit);
  }
  for (const e of entries) ledger.seen.add(e.host);
  ledger.records = entries.length;
  return entries;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Where S3 puts a flow-log object delivered at `time` (Unix seconds). */
function s3Key(time: number, suffix: string): string {
  const t = new Date(time * 1000);
  const [y, m, d] = [t.getUTCFullYear(), pad(t.getUTCMonth() + 1), pad(t.getUTCDate())];
  const stamp = `${y}${m}${d}T${pad(t.getUTCHours())}${pad(t.getUTCMinutes())}Z`;
  return join(
    'AWSLogs',
    ACCOUNT,
    'vpcflowlogs',
    REGION,
    String(y),
    m,
    d,
    `${ACCOUNT}_vpcflowlogs_${REGION}_${FLOW_LOG_ID}_${stamp}_${suffix}.log.gz`,
  );
}

/**
 * Shares the entries out over the files in order, each file a slice of the window, and dates
 * each record inside its file's slice.
 */
function writeLogs(
  dir: string,
  vpc: Vpc,
  entries: LogEntry[],
  options: Required<WorldOptions>,
  random: Random,
) {
  const { files, format } = options;
  const n = entries.length;
  const windowEnd = WINDOW_START + WINDOW_SECONDS;
  for (let f = 0; f < files; f++) {
    const [first, last] = [Math.floor((f * n) / files), Math.floor(((f + 1) * n) / files)];
    const sliceStart = WINDOW_START + Math.floor((WINDOW_SECONDS * f) / files);
    const sliceSeconds = WINDOW_START + Math.floor((WINDOW_SECONDS * (f + 1)) / files) - sliceStart;
    const lines = [headerLine(format)];
    for (let i = first; i < last; i++) {
      const start = sliceStart + Math.floor((sliceSeconds * (i - first)) / (last - first));
      const end = Math.min(start + random.int(1, 59), windowEnd);
      lines.push(formatLine(format, vpc.id, entries[i] as LogEntry, start, end));
    }
    const suffix = createHash('sha256').update(`${options.seed}/${format}/${f}`).digest('hex').slice(0, 8);
    const path = join(dir, s3Key(sliceStart, suffix));
    mkdirSync(dirname(path), { recursive: true });
    // Any gzip level reads the same; the fastest keeps a 30,000-record world well under a second.
    writeFileSync(path, gzipSync(`${lines.join('\n')}\n`, { level: 1 }));
  }
}

function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

function checkOptions(o: Required<WorldOptions>): void {
  if (o.format !== 'v2' && o.format !== 'v5')
    throw new Error(`world format must be v2 or v5, not ${o.format}`);
  if (!Number.isInteger(o.seed)) throw new Error(`world seed must be an integer, not ${o.seed}`);
  if (!Number.isInteger(o.records) || o.records < MIN_RECORDS)
    throw new Error(
      `a world needs at least ${MIN_RECORDS} records to show every situation, not ${o.records}`,
    );
  if (!Number.isInteger(o.files) || o.files < 1 || o.files > o.records)
    throw new Error(`world files must be between 1 and the number of records, not ${o.files}`);
}

/**
 * The truth names only the SSH and metrics rules as narrowable to their addresses; that holds only
 * while the internet-facing rules have far more clients than a short list. A seed that gave one
 * of them few clients would make a wrong truth, so it stops here instead.
 */
function checkCrowds(vpc: Vpc, ledger: Ledger): void {
  for (const rule of [vpc.rule.web443, vpc.rule.web80]) {
    const clients = ledger.tally(rule).peers.size;
    if (clients <= 64)
      throw new Error(`world: rule ${rule.id} has only ${clients} clients; use more records`);
  }
}

/** Writes a world into `dir` (which must exist) and returns its truth. */
export function generateWorld(dir: string, options: WorldOptions): Truth {
  const o: Required<WorldOptions> = { files: 4, ...options };
  checkOptions(o);
  const vpc = buildVpc();
  const random = new Random(o.seed);
  const traffic = new Traffic(vpc, random, makeOutside(random));
  const ledger = new Ledger(vpc);
  const entries = playEvents(vpc, traffic, random, ledger, o.records);
  checkCrowds(vpc, ledger);
  writeLogs(join(dir, 'logs'), vpc, entries, o, random);
  for (const [name, document] of Object.entries(inventoryDocuments(vpc)))
    writeJson(join(dir, 'inventory', name), document);
  const scenarios: Scenarios = {
    narrowSources: [vpc.rule.ssh, vpc.rule.appMetrics],
    narrowPorts: [vpc.rule.appFromWeb],
    portScanners: [traffic.outside.portScanner],
    redundant: [[vpc.rule.rdpOpen, vpc.rule.rdpOffice]],
  };
  const truth = buildTruth(vpc, ledger, scenarios);
  writeJson(join(dir, 'truth.json'), truth);
  return truth;
}
