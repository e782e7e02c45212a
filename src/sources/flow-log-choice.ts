/**
 * `--source auto`: which flow log to read each interface's traffic from. A VPC flow log, a subnet
 * flow log and an interface flow log can all record the same interface, to S3 and to CloudWatch
 * Logs at once; reading all of them would count every record of that interface once per flow log.
 * So each interface gets one flow log, the one whose records say most about who started a
 * connection, and each destination is read once, keeping only the interfaces chosen for its flow
 * logs.
 */
import type { NetworkInterface } from '../inventory/model.js';
import type { DiscoveredFlowLog } from './discovery.js';
import type { InputSource } from './stats.js';

/** The fields that tell who started a connection (src/analysis/initiator.ts), best evidence. */
const INITIATOR_FIELDS = ['tcp-flags', 'flow-direction'] as const;

/** Where a flow log's records are read: `s3://bucket/prefix` or `cloudwatch:LOG_GROUP`. */
export function destinationName(f: DiscoveredFlowLog): string {
  const d = f.destination;
  if (d.type === 's3') return `s3://${d.bucket}/${d.prefix}`;
  if (d.type === 'cloudwatch') return `cloudwatch:${d.logGroupName}`;
  return `${d.destinationType}:${d.destination}`;
}

/**
 * Whether this tool can read the flow log's records as evidence of use: accepted traffic, in S3
 * or a named log group. A flow log that is not delivering is still read (its older records
 * count), but one that is delivering ranks before it.
 */
export function isReadable(f: DiscoveredFlowLog): boolean {
  const d = f.destination;
  return (
    f.trafficType !== 'REJECT' && (d.type === 's3' || (d.type === 'cloudwatch' && d.logGroupName !== ''))
  );
}

/** Of `tcp-flags` and `flow-direction`, those the flow log's format has. */
export function initiatorFields(f: DiscoveredFlowLog): string[] {
  return INITIATOR_FIELDS.filter((n) => f.format.fields.includes(n));
}

const hasInterfaceId = (f: DiscoveredFlowLog) => f.format.fields.includes('interface-id');

/**
 * The criteria, best first, by which one flow log is read rather than another for an interface:
 * each gives a number (lower is better) and the sentence that says why `a` won.
 */
const CRITERIA: readonly {
  rank: (f: DiscoveredFlowLog) => number;
  why: (a: DiscoveredFlowLog, b: DiscoveredFlowLog) => string;
}[] = [
  {
    // Without interface-id the records cannot be given to an interface at all.
    rank: (f) => (hasInterfaceId(f) ? 0 : 1),
    why: (a, b) => `${a.flowLogId}'s format has interface-id; ${b.flowLogId}'s does not`,
  },
  {
    rank: (f) => INITIATOR_FIELDS.length - initiatorFields(f).length,
    why: (a, b) => `${a.flowLogId}'s format has ${fieldsText(a)}; ${b.flowLogId}'s has ${fieldsText(b)}`,
  },
  {
    // ALL traffic also shows the rejected attempts (port scans) that ACCEPT-only logs miss.
    rank: (f) => (f.trafficType === 'ALL' ? 0 : 1),
    why: (a, b) => `${a.flowLogId} records all traffic; ${b.flowLogId} only accepted traffic`,
  },
  {
    rank: (f) => (f.usable ? 0 : 1),
    why: (a, b) => `${b.flowLogId} is not delivering`,
  },
  {
    rank: (f) => (f.destination.type === 's3' ? 0 : 1),
    why: (a, b) =>
      `${a.flowLogId}'s format is as good as ${b.flowLogId}'s, and S3 is read before CloudWatch Logs`,
  },
];

function fieldsText(f: DiscoveredFlowLog): string {
  const has = initiatorFields(f);
  if (has.length === INITIATOR_FIELDS.length) return INITIATOR_FIELDS.join(' and ');
  if (has.length === 0) return `neither ${INITIATOR_FIELDS.join(' nor ')}`;
  return `${has.join(', ')} but not ${INITIATOR_FIELDS.filter((n) => !has.includes(n)).join(', ')}`;
}

/** Orders flow logs best first: by {@link CRITERIA}, then by id so that every run agrees. */
export function compareFlowLogs(a: DiscoveredFlowLog, b: DiscoveredFlowLog): number {
  for (const c of CRITERIA) {
    const d = c.rank(a) - c.rank(b);
    if (d !== 0) return d;
  }
  return a.flowLogId < b.flowLogId ? -1 : a.flowLogId > b.flowLogId ? 1 : 0;
}

/** Why `a` is read rather than `b` (a ranks first). */
function advantage(a: DiscoveredFlowLog, b: DiscoveredFlowLog): string {
  const decisive = CRITERIA.find((c) => c.rank(a) !== c.rank(b));
  return decisive
    ? decisive.why(a, b)
    : `${a.flowLogId}'s format is as good as ${b.flowLogId}'s, and the lower flow-log id is read`;
}

const RESOURCE_WIDTH = { vpc: 0, subnet: 1, 'network-interface': 2, 'transit-gateway': 3, other: 3 };

/** Which flow log each interface is read from, and what that means for each flow log. */
export interface FlowLogChoice {
  /** Every readable flow log in scope, best first. */
  candidates: DiscoveredFlowLog[];
  /** The flow log read for each inventory interface that one records, by interface id. */
  chosenFor: Map<string, string>;
  /**
   * The flow log whose records of other interfaces (outside the inventory, or recorded by no
   * flow log of their own) are kept: the widest read flow log, so that they are counted once.
   */
  othersFrom: string | undefined;
  /** The ids of the flow logs read (chosen for an interface, or `othersFrom`). */
  read: Set<string>;
  /**
   * Log groups that the flow log read for an interface and another flow log of it both deliver
   * to: CloudWatch Logs writes both into one stream per interface, so their events cannot be told
   * apart and are counted twice.
   */
  sharedLogGroups: { logGroupName: string; flowLogIds: string[]; interfaceIds: string[] }[];
}

/**
 * Chooses, for each interface of the inventory, the best readable flow log that records it
 * (its own, its subnet's or its VPC's).
 */
export function chooseFlowLogs(
  flowLogs: readonly DiscoveredFlowLog[],
  interfaces: readonly NetworkInterface[],
): FlowLogChoice {
  const candidates = flowLogs.filter(isReadable).sort(compareFlowLogs);
  const chosenFor = new Map<string, string>();
  const read = new Set<string>();
  const sharing = new Map<string, { flowLogIds: Set<string>; interfaceIds: Set<string> }>();
  for (const n of interfaces) {
    const recording = candidates.filter((f) => recordsInterface(f, n));
    const best = recording[0];
    if (best === undefined) continue;
    chosenFor.set(n.interfaceId, best.flowLogId);
    read.add(best.flowLogId);
    for (const f of recording.slice(1)) {
      if (f.destination.type !== 'cloudwatch' || destinationName(f) !== destinationName(best)) continue;
      const name = f.destination.logGroupName;
      const shared = sharing.get(name) ?? { flowLogIds: new Set([best.flowLogId]), interfaceIds: new Set() };
      shared.flowLogIds.add(f.flowLogId);
      shared.interfaceIds.add(n.interfaceId);
      sharing.set(name, shared);
    }
  }
  const widest = [...candidates].sort(
    (a, b) => RESOURCE_WIDTH[a.resourceType] - RESOURCE_WIDTH[b.resourceType] || compareFlowLogs(a, b),
  );
  const othersFrom = (widest.find((f) => read.has(f.flowLogId)) ?? widest[0])?.flowLogId;
  if (othersFrom !== undefined) read.add(othersFrom);
  const sharedLogGroups = [...sharing]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([logGroupName, s]) => ({
      logGroupName,
      flowLogIds: [...s.flowLogIds].sort(),
      interfaceIds: [...s.interfaceIds].sort(),
    }));
  return { candidates, chosenFor, othersFrom, read, sharedLogGroups };
}

/** Whether the flow log records the interface: it is the interface's, its subnet's or its VPC's. */
export function recordsInterface(f: DiscoveredFlowLog, n: NetworkInterface): boolean {
  return f.resourceId === n.interfaceId || f.resourceId === n.subnetId || f.resourceId === n.vpcId;
}

/**
 * The report's account of the choice: every candidate, read or not, with the records taken from
 * it (`records` by flow-log id) and why, sorted by flow-log id.
 */
export function describeChoice(
  choice: FlowLogChoice,
  interfaces: readonly NetworkInterface[],
  records: ReadonlyMap<string, number>,
): InputSource[] {
  const byId = new Map(choice.candidates.map((f) => [f.flowLogId, f]));
  return [...choice.candidates]
    .sort((a, b) => (a.flowLogId < b.flowLogId ? -1 : 1))
    .map((f) => {
      const own = interfaces.filter((n) => choice.chosenFor.get(n.interfaceId) === f.flowLogId);
      const isRead = choice.read.has(f.flowLogId);
      return {
        flowLogId: f.flowLogId,
        resourceId: f.resourceId,
        destination: destinationName(f),
        read: isRead,
        interfaces: own.length,
        records: records.get(f.flowLogId) ?? 0,
        initiatorFields: initiatorFields(f),
        reason: reasonFor(f, choice, interfaces, byId),
      };
    });
}

function reasonFor(
  f: DiscoveredFlowLog,
  choice: FlowLogChoice,
  interfaces: readonly NetworkInterface[],
  byId: ReadonlyMap<string, DiscoveredFlowLog>,
): string {
  const flowLog = (id: string) => byId.get(id) as DiscoveredFlowLog;
  const recorded = interfaces.filter((n) => recordsInterface(f, n));
  // The flow logs it was read instead of, and those read instead of it (with interface counts).
  const beaten = new Set<string>();
  const lostTo = new Map<string, number>();
  let won = 0;
  for (const n of recorded) {
    const chosen = choice.chosenFor.get(n.interfaceId) as string;
    if (chosen !== f.flowLogId) {
      lostTo.set(chosen, (lostTo.get(chosen) ?? 0) + 1);
      continue;
    }
    won++;
    for (const g of choice.candidates)
      if (g.flowLogId !== f.flowLogId && recordsInterface(g, n)) beaten.add(g.flowLogId);
  }
  const losses = [...lostTo]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(
      ([winner, count]) =>
        `${count} of its interfaces are read from ${winner} (${advantage(flowLog(winner), f)})`,
    );
  if (!choice.read.has(f.flowLogId)) {
    return losses.length > 0
      ? `not read: ${losses.join('; ')}`
      : `not read: it records no interface of the inventory, and the others are read from ${choice.othersFrom ?? 'another flow log'}`;
  }
  const parts: string[] = [];
  if (beaten.size > 0) {
    const losers = [...beaten].sort();
    parts.push(
      `read instead of ${losers.join(', ')}: ${losers.map((l) => advantage(f, flowLog(l))).join('; ')}`,
    );
  } else if (won > 0) {
    parts.push(`the only flow log of ${won === recorded.length ? 'its' : `${won} of its`} interfaces`);
  }
  parts.push(...losses);
  // Read only for the others: no interface of the inventory is recorded by a readable flow log.
  if (parts.length === 0) parts.push('read for the records of interfaces outside the inventory');
  return parts.join('; ');
}
