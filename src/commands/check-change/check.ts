/**
 * The check-change run: what the change took away (a journal, or the inventory before), the
 * inventory now, then one streaming pass over the flow logs (local files and the live source, read
 * as `analyze` reads them) that keeps only the connection starts the change blocked.
 */
import { compileInventory, type CompiledInventory, type CompiledRule } from '../../analysis/compile.js';
import { describeRule } from '../../analysis/findings.js';
import { parseCidr, type Cidr } from '../../analysis/net.js';
import { applySuppressions } from '../../analysis/suppressions.js';
import { readJournal, revertCommand, type Journal } from '../../aws/apply/index.js';
import type { RunInputs } from '../../cli-args.js';
import type { Config } from '../../config.js';
import { ConfigurationError } from '../../errors.js';
import type { Inventory } from '../../inventory/model.js';
import { readInventorySnapshot } from '../../inventory/snapshot.js';
import { liveOptionsFrom } from '../../live-options.js';
import { resolveLogFormat } from '../../pipeline.js';
import { rankFindings } from '../../report/format.js';
import type { Finding } from '../../report/types.js';
import { discoverFiles } from '../../sources/discover.js';
import { readLocalFile } from '../../sources/file.js';
import {
  BlockedTrafficCollector,
  MAX_BLOCKED_KEYS,
  type BlockedCounts,
  type WatchedInterface,
} from './blocked-traffic.js';
import { changeFromInventories, changeFromJournal, type ChangeOrigin, type ChangeSet } from './change-set.js';
import { blockedFinding, isoSeconds } from './findings.js';

export interface CheckChangeOptions {
  /** Connection starts from this time on are checked. */
  since: Date;
  /** An apply journal; or else `beforeInventory`. */
  journal?: string | undefined;
  /** A folder of AWS CLI JSON read before the change. */
  beforeInventory?: string | undefined;
  inputs: RunInputs;
  config: Config;
  now: Date;
}

/** A group the change removed rules from. */
export interface ChangedGroup {
  groupId: string;
  groupName: string;
  /** Its interfaces now: where the blocked traffic would show. */
  interfaces: string[];
  removedRules: { ruleId: string; rule: string }[];
}

/** What `check-change --format json` prints. */
export interface CheckChangeOutcome {
  since: string;
  /** When the change took effect (the journal's first revoke), when known. */
  changedAt: string | null;
  change: ChangeOrigin;
  /** `sg-flow-audit revert JOURNAL`, when the change came from a journal. */
  revert: string | null;
  changedGroups: ChangedGroup[];
  findings: Finding[];
  input: { files: number; records: number; rejected: number; malformed: number; errorCount: number };
  counts: BlockedCounts;
  /** Port scanners' flows left out of the findings. */
  scanners: { sources: number; flows: number };
  notes: string[];
}

/** `--since`: ISO 8601 with a time zone, or a duration back from now (`6h`, `2d`, `90m`). */
export function parseSince(text: string, now: Date): Date {
  const value = text.trim();
  const duration = /^(\d+)\s*([dhm])$/.exec(value);
  if (duration) {
    const unit = duration[2] === 'd' ? 86_400_000 : duration[2] === 'h' ? 3_600_000 : 60_000;
    return new Date(now.getTime() - Number(duration[1]) * unit);
  }
  const time = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)
    ? Date.parse(value)
    : NaN;
  if (Number.isNaN(time))
    throw new ConfigurationError(
      `--since: expected a time like 2026-11-26T12:00:00Z or a duration back from now like 6h, got '${text}'`,
    );
  if (time > now.getTime()) throw new ConfigurationError(`--since: ${value} is in the future`);
  return new Date(time);
}

/** The live lookback that reaches back to `since`, in whole minutes. */
function lookbackTo(since: Date, now: Date): string {
  return `${Math.max(1, Math.ceil((now.getTime() - since.getTime()) / 60_000))}m`;
}

async function readBeforeInventory(dir: string): Promise<Inventory> {
  try {
    return await readInventorySnapshot(dir);
  } catch (e) {
    // The reader names --inventory; here the folder is the one before the change.
    if (e instanceof ConfigurationError)
      throw new ConfigurationError(e.message.replace(/^--inventory:/, '--before-inventory:'));
    throw e;
  }
}

/**
 * Runs the check.
 *
 * @throws ConfigurationError for missing or contradictory inputs, an unreadable journal or
 * inventory, or flow-log paths of which not one file could be read.
 */
export async function checkChange(options: CheckChangeOptions): Promise<CheckChangeOutcome> {
  const { inputs, config, now, since } = options;
  if ((options.journal === undefined) === (options.beforeInventory === undefined))
    throw new ConfigurationError(
      'check-change needs the change: give --journal FILE (an apply journal) or --before-inventory DIR, not both',
    );
  // Read what the change was first: a wrong path fails before any AWS call.
  const journal: Journal | undefined = options.journal ? readJournal(options.journal) : undefined;
  const before = options.beforeInventory ? await readBeforeInventory(options.beforeInventory) : undefined;

  const format = resolveLogFormat(inputs.logFormat);
  const live = liveOptionsFrom({ ...inputs, lookback: inputs.lookback ?? lookbackTo(since, now) });
  if (inputs.flowLogs.length === 0 && live === undefined)
    throw new ConfigurationError('check-change reads flow logs: give --flow-logs or --source (see --help)');
  if (inputs.inventory === undefined && live === undefined)
    throw new ConfigurationError(
      "--inventory: check-change needs the groups' interfaces now: give --inventory DIR, or --source to read them from EC2",
    );
  let files: string[] = [];
  if (inputs.flowLogs.length > 0) {
    const found = await discoverFiles(inputs.flowLogs);
    const first = found.missing[0];
    if (found.files.length === 0)
      throw new ConfigurationError(
        `--flow-logs: ${first?.path ?? inputs.flowLogs[0]}: ${first?.message ?? 'no files'}`,
      );
    files = found.files;
  }
  const given = inputs.inventory ? await readInventorySnapshot(inputs.inventory) : undefined;
  const liveInput = live
    ? await (
        await import('../../live.js')
      ).openLiveInput(live, {
        now,
        inventory: given,
        format,
        query: {
          ephemeralStart: config['ephemeral-port-start'],
          bucketSeconds: config.thresholds['bucket-seconds'],
        },
        limits: config.limits,
      })
    : undefined;
  const current = (liveInput?.inventory ?? given) as Inventory;
  const change =
    journal && options.journal
      ? changeFromJournal(journal, options.journal, current)
      : changeFromInventories(before as Inventory, options.beforeInventory as string, current);

  const after = compileInventory({ ...current, rules: change.after });
  const { watched, groups } = watchedInterfaces(change, current, after);
  const collector = new BlockedTrafficCollector(watched, {
    since: Math.floor(since.getTime() / 1000),
    changedAt: change.changedAt,
    ephemeralStart: config['ephemeral-port-start'],
    portScanMinPorts: config.thresholds['port-scan-min-ports'],
    deniedNetworks: change.deniedCidrs.map(parseCidr).filter((c): c is Cidr => c !== undefined),
  });
  const table = after.table;
  const sink = collector.sink();
  // Only REJECTed records on a few interfaces are kept, so one thread reads everything.
  for (const file of files)
    await readLocalFile(file, sink, { interfaces: table, format, limits: config.limits });
  const read = collector.input.summary;
  if (files.length > 0 && read.files === 0 && read.records === 0) {
    const first = read.errors.find((e) => e.line === undefined);
    throw new ConfigurationError(
      `--flow-logs: not one of ${files.length} file(s) could be read${first ? ` (${first.file}: ${first.message})` : ''}`,
    );
  }
  if (liveInput) await liveInput.feed(sink, table);

  const revert = change.origin.kind === 'journal' ? revertCommand(change.origin.path) : undefined;
  const { blocked, scanners } = collector.result();
  const findings = rankFindings(
    applySuppressions(
      blocked.map((flows) =>
        blockedFinding(flows, { config, inventory: current, revert, journal: options.journal }),
      ),
      config,
      now,
    ),
  );
  const notes = outcomeNotes(change, groups, collector, scanners, config);
  for (const note of liveInput?.notes ?? []) notes.push(`${note.title}: ${note.message}`);
  return {
    since: isoSeconds(Math.floor(since.getTime() / 1000)),
    changedAt: change.changedAt === undefined ? null : isoSeconds(change.changedAt),
    change: change.origin,
    revert: revert ?? null,
    changedGroups: groups,
    findings,
    input: {
      files: read.files,
      records: read.records,
      rejected: read.rejected,
      malformed: read.malformed,
      errorCount: read.errorCount,
    },
    counts: collector.counts,
    scanners,
    notes,
  };
}

/**
 * Per interface of the inventory now (indexed like `after`'s interface table, which the readers
 * use): its rules after the change and the removed rules of its
 * groups (peers resolved in the inventory before), or undefined when no group of it changed.
 */
function watchedInterfaces(
  change: ChangeSet,
  current: Inventory,
  after: CompiledInventory,
): { watched: (WatchedInterface | undefined)[]; groups: ChangedGroup[] } {
  const removed = compileInventory({ ...change.beforeInventory, rules: change.removed }).rules;
  const byGroup = new Map<string, CompiledRule[]>();
  for (const rule of removed) {
    const list = byGroup.get(rule.rule.groupId) ?? [];
    list.push(rule);
    byGroup.set(rule.rule.groupId, list);
  }
  const watched = current.interfaces.map((eni, i): WatchedInterface | undefined => {
    const rules = eni.groupIds.flatMap((g) => byGroup.get(g) ?? []);
    const compiled = after.interfaces[i];
    return rules.length > 0 && compiled ? { eni: compiled, removed: rules } : undefined;
  });
  const name = (groupId: string) =>
    current.groups.find((g) => g.groupId === groupId)?.groupName ??
    change.beforeInventory.groups.find((g) => g.groupId === groupId)?.groupName ??
    '';
  const groups = [...byGroup.entries()]
    .map(([groupId, rules]) => ({
      groupId,
      groupName: name(groupId),
      interfaces: current.interfaces
        .filter((eni) => eni.groupIds.includes(groupId))
        .map((eni) => eni.interfaceId)
        .sort(),
      removedRules: rules.map((r) => ({ ruleId: r.rule.ruleId, rule: describeRule(r.rule) })),
    }))
    .sort((a, b) => (a.groupId < b.groupId ? -1 : a.groupId > b.groupId ? 1 : 0));
  return { watched, groups };
}

function outcomeNotes(
  change: ChangeSet,
  groups: readonly ChangedGroup[],
  collector: BlockedTrafficCollector,
  scanners: { sources: number; flows: number },
  config: Config,
): string[] {
  const notes: string[] = [];
  const counts = collector.counts;
  if (change.removed.length === 0)
    notes.push(
      change.origin.kind === 'journal'
        ? 'the journal records no revoked rule (a dry run, or nothing was changed): the change cannot have blocked anything'
        : 'every rule of the inventory before is still in force: the change cannot have blocked anything',
    );
  if (change.origin.kind === 'journal' && change.origin.status !== 'completed')
    notes.push(
      `the apply run is ${change.origin.status === 'failed' ? 'marked failed' : 'not marked finished'}: the calls it may have made are checked`,
    );
  for (const g of groups)
    if (g.interfaces.length === 0)
      notes.push(`${g.groupId} has no interface in the inventory: no traffic of it can be checked`);
  if (counts.beforeChange > 0 && change.changedAt !== undefined)
    notes.push(
      `${counts.beforeChange} REJECTed flow(s) ended before the change took effect (${isoSeconds(change.changedAt)}) and are not its doing`,
    );
  if (counts.stillAllowed > 0)
    notes.push(
      `${counts.stillAllowed} REJECTed connection start(s) are allowed by the rules in force: something else (a network ACL) rejected them`,
    );
  if (counts.denied > 0)
    notes.push(
      `${counts.denied} REJECTed connection start(s) came from networks the change denied on purpose (network ACL deny entries)`,
    );
  if (scanners.flows > 0)
    notes.push(
      `${scanners.flows} blocked flow(s) from ${scanners.sources} port scanner(s) (REJECTed on ${config.thresholds['port-scan-min-ports']} or more ports) are left out`,
    );
  if (collector.scanTableFull)
    notes.push('too many remote addresses to tell every port scanner: some scanners may be reported');
  if (counts.dropped > 0)
    notes.push(
      `more than ${MAX_BLOCKED_KEYS} blocked group, peer and port combinations: ${counts.dropped} blocked flow(s) beyond them are not listed`,
    );
  if (collector.input.summary.errorCount > 0)
    notes.push(`${collector.input.summary.errorCount} flow-log line(s) or file(s) could not be read`);
  return notes;
}
