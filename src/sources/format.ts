/**
 * The fields of VPC Flow Log records and how a record format is described.
 *
 * A format is an ordered list of field names, as in `${version} ${srcaddr} …` or the header line
 * AWS writes at the top of every S3 text object. The analysis only needs some of the fields; each
 * of those gets a {@link FieldSlot}, and every other field (including names we do not know yet) is
 * kept in the format and skipped while parsing.
 */

/** Fields by the flow-log version that introduced them (AWS VPC user guide, "Available fields"). */
export const FIELDS_BY_VERSION: Readonly<Record<number, readonly string[]>> = {
  2: [
    'version',
    'account-id',
    'interface-id',
    'srcaddr',
    'dstaddr',
    'srcport',
    'dstport',
    'protocol',
    'packets',
    'bytes',
    'start',
    'end',
    'action',
    'log-status',
  ],
  3: ['vpc-id', 'subnet-id', 'instance-id', 'tcp-flags', 'type', 'pkt-srcaddr', 'pkt-dstaddr'],
  4: ['region', 'az-id', 'sublocation-type', 'sublocation-id'],
  5: ['pkt-src-aws-service', 'pkt-dst-aws-service', 'flow-direction', 'traffic-path'],
  7: [
    'ecs-cluster-arn',
    'ecs-cluster-name',
    'ecs-container-instance-arn',
    'ecs-container-instance-id',
    'ecs-container-id',
    'ecs-second-container-id',
    'ecs-service-name',
    'ecs-task-definition-arn',
    'ecs-task-arn',
    'ecs-task-id',
  ],
  8: ['reject-reason'],
};

/** Every field name AWS documents, in documentation order. */
export const KNOWN_FIELDS: readonly string[] = Object.values(FIELDS_BY_VERSION).flat();

/** The default format (version 2), used when a source has no header and no `--log-format`. */
export const DEFAULT_FIELDS: readonly string[] = FIELDS_BY_VERSION[2] ?? [];

/** What the parser does with a field. Everything not listed here is skipped. */
export enum FieldSlot {
  Skip = 0,
  Interface,
  SrcAddr,
  DstAddr,
  SrcPort,
  DstPort,
  Protocol,
  Packets,
  Bytes,
  Start,
  End,
  Action,
  LogStatus,
  TcpFlags,
  FlowDirection,
}

const SLOT_BY_FIELD: Readonly<Record<string, FieldSlot>> = {
  'interface-id': FieldSlot.Interface,
  srcaddr: FieldSlot.SrcAddr,
  dstaddr: FieldSlot.DstAddr,
  srcport: FieldSlot.SrcPort,
  dstport: FieldSlot.DstPort,
  protocol: FieldSlot.Protocol,
  packets: FieldSlot.Packets,
  bytes: FieldSlot.Bytes,
  start: FieldSlot.Start,
  end: FieldSlot.End,
  action: FieldSlot.Action,
  'log-status': FieldSlot.LogStatus,
  'tcp-flags': FieldSlot.TcpFlags,
  'flow-direction': FieldSlot.FlowDirection,
};

/** A record format: the field names in order, and what the parser does with each. */
export interface RecordFormat {
  readonly fields: readonly string[];
  readonly slots: Uint8Array;
  /** Whether the format can tell who started a connection without guessing. */
  readonly hasTcpFlags: boolean;
  readonly hasFlowDirection: boolean;
}

/** Builds a format from field names (hyphenated as in text logs, or underscored as in Parquet). */
export function makeFormat(fieldNames: readonly string[]): RecordFormat {
  const fields = fieldNames.map((f) => f.trim().replace(/_/g, '-'));
  const slots = new Uint8Array(fields.length);
  fields.forEach((f, i) => (slots[i] = SLOT_BY_FIELD[f] ?? FieldSlot.Skip));
  return {
    fields,
    slots,
    hasTcpFlags: fields.includes('tcp-flags'),
    hasFlowDirection: fields.includes('flow-direction'),
  };
}

/**
 * Parses a `--log-format` value: `${version} ${srcaddr} …` as given to CreateFlowLogs, or plain
 * space-separated names. Returns undefined when the text names no field at all.
 */
export function parseLogFormat(text: string): RecordFormat | undefined {
  const names = [...text.matchAll(/\$\{([^}]+)\}/g)].map((m) => m[1] ?? '');
  const fields = names.length > 0 ? names : text.trim().split(/\s+/).filter(Boolean);
  if (fields.length === 0 || !fields.every((f) => FIELD_NAME.test(f))) return undefined;
  return makeFormat(fields);
}

const FIELD_NAME = /^[a-z][a-z0-9_-]*$/;

/**
 * Whether a line is a header naming fields rather than a record. AWS writes one at the top of each
 * S3 text object. A record always has digits or addresses in it; a header has only field names,
 * and at least one of them is a field we know (so an all-words garbage line is not mistaken).
 */
export function looksLikeHeader(line: string): boolean {
  const tokens = line.trim().split(/\s+/);
  return (
    tokens.length > 0 &&
    tokens.every((t) => FIELD_NAME.test(t)) &&
    tokens.some((t) => KNOWN_FIELDS.includes(t.replace(/_/g, '-')))
  );
}

/** The highest version among the fields of a format (what AWS writes in the `version` field). */
export function formatVersion(format: RecordFormat): number {
  let version = 2;
  for (const [v, names] of Object.entries(FIELDS_BY_VERSION)) {
    if (names.some((n) => format.fields.includes(n))) version = Math.max(version, Number(v));
  }
  return version;
}
