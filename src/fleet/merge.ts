/**
 * One report from the reports of many account-region targets: every rule and finding tagged with
 * its account and region, the counts added up, `input.targets` listing every target, the traffic
 * merged (merge-traffic.ts), and each target that could not be read as a `target-unreadable`
 * finding.
 */
import { fingerprint } from '../analysis/findings.js';
import { severityOf, type Config } from '../config.js';
import { MAX_REPORTED_ERRORS } from '../sources/stats.js';
import type { Finding, InputEngine, InputTarget, Report, ReportInput, Severity } from '../report/types.js';
import { SEVERITIES } from '../report/types.js';
import { VERSION } from '../version.js';
import { mergeTraffic } from './merge-traffic.js';
import type { FleetTarget } from './targets.js';

/** What became of one target. */
export type TargetResult =
  | { target: FleetTarget; status: 'read'; report: Report }
  | { target: FleetTarget; status: 'failed'; message: string };

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

/** The default severity of `target-unreadable`: an account or region left out of an audit is a gap to close. */
const UNREADABLE_SEVERITY: Severity = 'high';

// "… needs the IAM permission ec2:DescribeSecurityGroups …", as src/aws/errors.ts words a refusal
// (the action AWS's own message names, else the one the call needs).
const NEEDED_ACTION = /needs the IAM permission ([a-z0-9-]+:[A-Za-z0-9]+)/;

/**
 * The `target-unreadable` finding of a target that could not be read. Its id depends on the
 * account and region only, so the same gap keeps its id from run to run.
 */
export function unreadableFinding(target: FleetTarget, message: string, config: Config, now: Date): Finding {
  const { account, region } = target;
  const action = NEEDED_ACTION.exec(message)?.[1];
  // A suppression of the type alone covers it (it has no rule, group or peer to name); expired
  // ones are reported by each target's own report already.
  const today = now.toISOString().slice(0, 10);
  const suppression = config.suppressions.find(
    (s) =>
      s.type === 'target-unreadable' &&
      s['rule-id'] === undefined &&
      s['group-id'] === undefined &&
      s.peer === undefined &&
      s.expires >= today,
  );
  return {
    id: fingerprint('target-unreadable', account, region),
    type: 'target-unreadable',
    severity: severityOf(config, 'target-unreadable', UNREADABLE_SEVERITY),
    title: `Account ${account} in ${region} was not audited`,
    message: `Account ${account}, region ${region}: ${message}`,
    evidence: {
      account,
      region,
      ...(action !== undefined ? { action } : {}),
      ...(target.roleArn !== undefined ? { roleArn: target.roleArn } : {}),
    },
    ...(suppression !== undefined
      ? { suppressed: { reason: suppression.reason, expires: suppression.expires } }
      : {}),
    account,
    region,
  };
}

/**
 * Tags a target's findings with its account and region. Their ids are fingerprinted again with
 * the account and region: the same problem (a scanner's address, a coverage note) found in two
 * targets stays two findings, each with an id that is stable from run to run.
 */
function tagFindings(report: Report, target: FleetTarget): Finding[] {
  const { account, region } = target;
  return report.findings
    .filter((f) => f.type !== 'expired-suppression')
    .map((f) => ({ ...f, id: fingerprint(account, region, f.id), account, region }));
}

/**
 * An expired suppression is about the config file, which every target shares: one finding each,
 * not one per target, without an account or region, naming the findings it covered in every
 * target by their ids in the combined report.
 */
function expiredSuppressions(read: readonly { target: FleetTarget; report: Report }[]): Finding[] {
  const byId = new Map<string, Finding>();
  for (const { target, report } of read)
    for (const f of report.findings) {
      if (f.type !== 'expired-suppression') continue;
      const covered = Array.isArray(f.evidence['findings']) ? (f.evidence['findings'] as string[]) : [];
      const ids = covered.map((id) => fingerprint(target.account, target.region, id));
      const seen = byId.get(f.id) ?? f;
      const before = seen === f ? [] : ((seen.evidence['findings'] as string[] | undefined) ?? []);
      byId.set(f.id, { ...seen, evidence: { ...seen.evidence, findings: [...before, ...ids] } });
    }
  return [...byId.values()];
}

const sum = (reports: readonly Report[], count: (r: Report) => number) =>
  reports.reduce((n, r) => n + count(r), 0);

/** The combined report, targets in the order given. */
export function mergeReports(results: readonly TargetResult[], config: Config, now: Date): Report {
  const read = results.flatMap((r) => (r.status === 'read' ? [{ target: r.target, report: r.report }] : []));
  const reports = read.map((r) => r.report);
  const rules = read.flatMap(({ target, report }) =>
    report.rules.map((rule) => ({ ...rule, account: target.account, region: target.region })),
  );
  const findings = [
    ...read.flatMap(({ target, report }) => tagFindings(report, target)),
    ...expiredSuppressions(read),
    ...results.flatMap((r) =>
      r.status === 'failed' ? [unreadableFinding(r.target, r.message, config, now)] : [],
    ),
  ].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      a.type.localeCompare(b.type) ||
      (a.account ?? '').localeCompare(b.account ?? '') ||
      (a.region ?? '').localeCompare(b.region ?? '') ||
      (a.groupId ?? '').localeCompare(b.groupId ?? '') ||
      (a.ruleId ?? '').localeCompare(b.ruleId ?? '') ||
      a.id.localeCompare(b.id),
  );
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) if (!f.suppressed) counts[f.severity]++;
  const starts = reports.map((r) => r.window.start).filter((t): t is string => t !== null);
  const ends = reports.map((r) => r.window.end).filter((t): t is string => t !== null);
  return {
    schemaVersion: 1,
    tool: { name: 'sg-flow-audit', version: reports[0]?.tool.version ?? VERSION },
    // ISO times of one format: their text order is their time order.
    window: { start: starts.sort()[0] ?? null, end: ends.sort().at(-1) ?? null },
    input: mergeInput(results),
    summary: {
      interfaces: sum(reports, (r) => r.summary.interfaces),
      interfacesWithRecords: sum(reports, (r) => r.summary.interfacesWithRecords),
      groups: sum(reports, (r) => r.summary.groups),
      rules: {
        total: sum(reports, (r) => r.summary.rules.total),
        used: sum(reports, (r) => r.summary.rules.used),
        unused: sum(reports, (r) => r.summary.rules.unused),
        unknown: sum(reports, (r) => r.summary.rules.unknown),
      },
      findings: counts,
    },
    rules,
    findings,
    traffic: mergeTraffic(
      reports.map((r) => r.traffic),
      config.thresholds['bucket-seconds'],
    ),
  };
}

/** The input sections added up, and the list of targets. */
function mergeInput(results: readonly TargetResult[]): ReportInput {
  const reports = results.flatMap((r) => (r.status === 'read' ? [r.report] : []));
  const inputs = reports.map((r) => r.input);
  const total = (count: (i: ReportInput) => number) => inputs.reduce((n, i) => n + count(i), 0);
  const formats = new Map<string, string[]>();
  for (const i of inputs) for (const f of i.formats) formats.set(f.join(' '), f);
  const outside = inputs.filter((i) => i.outsideWindow !== undefined);
  const sources = inputs.flatMap((i) => i.sources ?? []);
  const engine = mergeEngine(inputs.flatMap((i) => (i.engine !== undefined ? [i.engine] : [])));
  const targets: InputTarget[] = results.map((r) =>
    r.status === 'read'
      ? {
          account: r.target.account,
          region: r.target.region,
          status: 'read',
          records: r.report.input.records,
        }
      : {
          account: r.target.account,
          region: r.target.region,
          status: 'failed',
          records: 0,
          message: r.message,
        },
  );
  return {
    files: total((i) => i.files),
    records: total((i) => i.records),
    accepted: total((i) => i.accepted),
    rejected: total((i) => i.rejected),
    noData: total((i) => i.noData),
    skipData: total((i) => i.skipData),
    malformed: total((i) => i.malformed),
    unreadableFiles: total((i) => i.unreadableFiles),
    errors: inputs
      .flatMap((i) => i.errors)
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)))
      .slice(0, MAX_REPORTED_ERRORS),
    errorCount: total((i) => i.errorCount),
    fields: inputs.find((i) => i.fields.length > 0)?.fields ?? [],
    formats: [...formats.values()].sort((a, b) => a.join(' ').localeCompare(b.join(' '))),
    unknownInterfaces: [...new Set(inputs.flatMap((i) => i.unknownInterfaces))].sort(),
    ...(outside.length > 0 ? { outsideWindow: outside.reduce((n, i) => n + (i.outsideWindow ?? 0), 0) } : {}),
    ...(inputs.some((i) => i.sources !== undefined) ? { sources } : {}),
    ...(engine !== undefined ? { engine } : {}),
    targets,
  };
}

/** The queries of every target's engine as one: counts added up, ids in target order. */
function mergeEngine(engines: readonly InputEngine[]): InputEngine | undefined {
  const first = engines[0];
  if (first === undefined) return undefined;
  const scanned = engines.filter((e) => e.bytesScanned !== undefined);
  return {
    name: first.name,
    queries: engines.reduce((n, e) => n + e.queries, 0),
    rows: engines.reduce((n, e) => n + e.rows, 0),
    ...(scanned.length > 0 ? { bytesScanned: scanned.reduce((n, e) => n + (e.bytesScanned ?? 0), 0) } : {}),
    queryIds: engines.flatMap((e) => e.queryIds),
  };
}
