/**
 * Who started a connection. Security groups are stateful: only the record of the side that
 * started a connection can make a rule used; the other side's records are return traffic.
 *
 * Evidence, best first: TCP flags (SYN without ACK starts, SYN-ACK answers); then ports (the
 * service side has the well-known or lower port, the client an ephemeral one); else the sender
 * is assumed to have started it, with low confidence.
 */
import type { FlowRecord } from '../sources/record.js';

/** The record is return traffic of a connection the other side started. */
export const RESPONSE = -1;
/** Probably return traffic: both ports on one side of the ephemeral range, and this one is higher. */
export const LIKELY_RESPONSE = -2;
/** Started the connection, shown by TCP flags. */
export const STARTS_HIGH = 0;
/** Started the connection, judged by a clear service port on the other side. */
export const STARTS_MEDIUM = 1;
/** Started the connection as far as we can tell (no flags, ambiguous ports, or no ports). */
export const STARTS_LOW = 2;

const SYN = 2;
const SYN_ACK = 18;
const TCP = 6;
const UDP = 17;
const SCTP = 132;

/**
 * Classifies a record: RESPONSE or LIKELY_RESPONSE (both below zero), or how confidently it
 * starts a connection in its own direction.
 * `ephemeralStart` is the first port of the client (ephemeral) range.
 */
export function classifyStart(r: FlowRecord, ephemeralStart: number): number {
  const protocol = r.protocol;
  if (protocol === TCP && r.tcpFlags > 0) {
    if ((r.tcpFlags & SYN_ACK) === SYN_ACK) return RESPONSE;
    if ((r.tcpFlags & SYN) !== 0) return STARTS_HIGH;
    // FIN or RST only: a long-lived connection whose SYN was in an earlier interval. Use ports.
  }
  if (protocol !== TCP && protocol !== UDP && protocol !== SCTP) return STARTS_LOW;
  const src = r.srcPort;
  const dst = r.dstPort;
  if (src < 0 || dst < 0) return STARTS_LOW;
  const srcService = src < ephemeralStart;
  const dstService = dst < ephemeralStart;
  if (dstService && !srcService) return STARTS_MEDIUM;
  if (srcService && !dstService) return RESPONSE;
  // Both ports on the same side of the ephemeral range: the lower one is the service.
  if (src < dst) return LIKELY_RESPONSE;
  return STARTS_LOW;
}
