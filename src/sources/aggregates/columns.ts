/**
 * The aggregate the analysis needs, as rows a query engine (Athena, Logs Insights, DuckDB) can
 * compute where the logs live: one row per group of records that the analysis would treat alike.
 *
 * A group is keyed by interface, direction, protocol, the two addresses, action, log status, the
 * time bucket of the charts and who started the connection. Who started it is judged in the query
 * from the TCP flags and ports exactly as src/analysis/initiator.ts judges a record, so the
 * ephemeral remote port can be left out of the key: ports are kept only where the analysis still
 * needs them (the local port of a start; both ports where only pairing with the reverse record can
 * tell, see src/analysis/pairing.ts). Return traffic with a known direction needs neither ports nor
 * addresses: it never makes a rule used.
 *
 * The contract of the columns is docs/aggregates.md.
 */
import { DEFAULT_FIELDS } from '../format.js';
import { NOT_JUDGED } from '../record.js';
import {
  LIKELY_RESPONSE,
  RESPONSE,
  STARTS_HIGH,
  STARTS_LOW,
  STARTS_MEDIUM,
} from '../../analysis/initiator.js';

/** The columns of an aggregate, in the order the queries write them. */
export const AGGREGATE_COLUMNS = [
  'interface_id',
  'flow_direction',
  'protocol',
  'srcaddr',
  'dstaddr',
  'srcport',
  'dstport',
  'initiator',
  'action',
  'log_status',
  'bucket',
  'records',
  'packets',
  'bytes',
  'first_start',
  'last_end',
  'flags_seen',
] as const;

export type AggregateColumn = (typeof AGGREGATE_COLUMNS)[number];

/** The columns every aggregate must have; the others may be missing (then empty). */
export const REQUIRED_COLUMNS: readonly AggregateColumn[] = [
  'interface_id',
  'protocol',
  'srcaddr',
  'dstaddr',
  'initiator',
  'action',
  'log_status',
  'records',
];

/** The initiator judgements, by name in the aggregate, and the value classifyStart gives. */
export const INITIATORS: Readonly<Record<string, number>> = {
  /** SYN without ACK. */
  'start-flags': STARTS_HIGH,
  /** A service port on the destination side, an ephemeral one on the source side. */
  'start-port': STARTS_MEDIUM,
  /** No flags, no telling ports (or not TCP, UDP or SCTP): assumed to start. */
  'start-guess': STARTS_LOW,
  /** SYN-ACK, or a service port on the source side. */
  response: RESPONSE,
  /** Both ports on one side of the ephemeral range, the source's the higher. */
  'response-guess': LIKELY_RESPONSE,
  /** Not judged by the query (no flags): the analysis judges the row's two ports itself. */
  ports: NOT_JUDGED,
};

/**
 * The flow-log fields an aggregate stands for, as the report's `input.fields` names them: those
 * of the default format, and `tcp-flags` and `flow-direction` when some row had them (the
 * coverage findings ask for them).
 */
export function aggregateFields(flagsSeen: boolean, directionSeen: boolean): string[] {
  return [
    ...DEFAULT_FIELDS,
    ...(flagsSeen ? ['tcp-flags'] : []),
    ...(directionSeen ? ['flow-direction'] : []),
  ];
}
