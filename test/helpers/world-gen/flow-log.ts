/**
 * Flow-log records as VPC Flow Logs writes them to S3: a header line naming the fields, then one
 * line per record, in the default format of version 2 or version 5.
 */
import { ACCOUNT, REGION, type Host } from './vpc.js';

export type LogFormat = 'v2' | 'v5';
export type Direction = 'ingress' | 'egress';

/** A record of traffic seen on one interface, before it is dated and written in a format. */
export interface FlowEntry {
  kind: 'flow';
  /** The interface that logged it. */
  host: Host;
  src: string;
  dst: string;
  srcPort: number;
  dstPort: number;
  /** IANA number: 1 ICMP, 6 TCP, 17 UDP. */
  protocol: number;
  action: 'ACCEPT' | 'REJECT';
  direction: Direction;
  /** OR of the TCP flags seen in the interval (SYN 2, SYN-ACK 18, FIN 1); 0 when not TCP. */
  tcpFlags: number;
  packets: number;
  bytes: number;
}

/** An interval in which an interface had nothing to log (NODATA) or lost records (SKIPDATA). */
export interface QuietEntry {
  kind: 'quiet';
  host: Host;
  status: 'NODATA' | 'SKIPDATA';
}

export type LogEntry = FlowEntry | QuietEntry;

const V2_FIELDS =
  'version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status';
const V5_EXTRA =
  'vpc-id subnet-id instance-id tcp-flags type pkt-srcaddr pkt-dstaddr region az-id sublocation-type sublocation-id pkt-src-aws-service pkt-dst-aws-service flow-direction traffic-path';

/** The header line S3 objects start with. */
export function headerLine(format: LogFormat): string {
  return format === 'v5' ? `${V2_FIELDS} ${V5_EXTRA}` : V2_FIELDS;
}

/** traffic-path: 1 for a destination inside the VPC, 8 through the internet gateway. */
function trafficPath(e: FlowEntry): string {
  if (e.direction !== 'egress') return '-';
  return e.dst.startsWith('10.0.') ? '1' : '8';
}

/** One record line; `start` and `end` are Unix seconds. */
export function formatLine(
  format: LogFormat,
  vpcId: string,
  e: LogEntry,
  start: number,
  end: number,
): string {
  const version = format === 'v5' ? 5 : 2;
  const h = e.host;
  if (e.kind === 'quiet') {
    const base = `${version} ${ACCOUNT} ${h.id} - - - - - - - ${start} ${end} - ${e.status}`;
    if (format === 'v2') return base;
    return `${base} ${vpcId} ${h.subnet.id} ${h.instanceId} - - - - ${REGION} ${h.subnet.azId} - - - - - -`;
  }
  const base =
    `${version} ${ACCOUNT} ${h.id} ${e.src} ${e.dst} ${e.srcPort} ${e.dstPort} ${e.protocol} ` +
    `${e.packets} ${e.bytes} ${start} ${end} ${e.action} OK`;
  if (format === 'v2') return base;
  return (
    `${base} ${vpcId} ${h.subnet.id} ${h.instanceId} ${e.tcpFlags} IPv4 ${e.src} ${e.dst} ` +
    `${REGION} ${h.subnet.azId} - - - - ${e.direction} ${trafficPath(e)}`
  );
}
