/**
 * `coverage-gap` findings: where the evidence is missing (no logs, interfaces without records,
 * SKIPDATA, unknown interfaces, REJECT-only input, unreadable input, records without direction,
 * a format without tcp-flags), each saying what to change.
 */
import type { Add, Context } from './findings.js';
import { silentMembers } from './status.js';

/** Adds the coverage-gap findings of a run. */
export function coverageFindings(ctx: Context, add: Add): void {
  const { compiled, collected, statuses } = ctx;
  if (!ctx.hasTraffic) {
    add(
      'coverage-gap',
      'info',
      {
        title: 'No flow logs were read',
        message:
          'Only the checks that need no traffic ran; every rule of an attached group is unknown. Give --flow-logs or --source to judge usage.',
        evidence: {},
      },
      'no-logs',
    );
    return;
  }
  for (const g of compiled.inventory.groups) {
    const unknownRules = compiled.rules.filter(
      (r) => r.rule.groupId === g.groupId && statuses[r.index] === 'unknown',
    );
    if (unknownRules.length === 0) continue;
    const silent = silentMembers(g.groupId, compiled, collected.recordsByInterface);
    if (silent.length === 0) continue;
    add('coverage-gap', 'info', {
      groupId: g.groupId,
      title: `${silent.length} interface(s) of ${g.groupId} have no flow-log records`,
      message: `${unknownRules.length} rule(s) of ${g.groupId} are unknown, not unused: ${silent.slice(0, 5).join(', ')}${silent.length > 5 ? ', …' : ''} had no record at all in the window. Check that a flow log covers them.`,
      evidence: { interfaces: silent, unknownRules: unknownRules.map((r) => r.rule.ruleId) },
    });
  }
  const skipped = collected.skipDataByInterface
    .map((n, i) => [n, i] as const)
    .filter(([n]) => (n ?? 0) > 0)
    .map(([, i]) => compiled.interfaces[i]?.id ?? collected.interfaceName(i));
  if (skipped.length > 0) {
    add(
      'coverage-gap',
      'info',
      {
        title: `SKIPDATA records on ${skipped.length} interface(s)`,
        message: `AWS skipped records during some capture windows (internal capacity or error), so traffic may be missing for ${skipped.slice(0, 5).join(', ')}${skipped.length > 5 ? ', …' : ''}.`,
        evidence: { interfaces: skipped, records: collected.input.skipData },
      },
      'skipdata',
    );
  }
  if (collected.unknownInterfaces.length > 0) {
    add(
      'coverage-gap',
      'info',
      {
        title: `${collected.unknownInterfaces.length} interface(s) in the logs are not in the inventory`,
        message: `Records of ${collected.unknownInterfaces.slice(0, 5).join(', ')}${collected.unknownInterfaces.length > 5 ? ', …' : ''} were counted but credit no rule: the interfaces were deleted or belong to another VPC or account.`,
        evidence: { interfaces: collected.unknownInterfaces },
      },
      'unknown-interfaces',
    );
  }
  const input = collected.input;
  if (input.accepted === 0 && input.rejected > 0) {
    add(
      'coverage-gap',
      'info',
      {
        title: 'Only REJECT records were read',
        message:
          'Rejected flows say nothing about which rules are used. If the flow log captures REJECT only, change its traffic type to ALL.',
        evidence: { rejected: input.rejected },
      },
      'reject-only',
    );
  }
  if (input.unreadableFiles > 0 || input.malformed > 0) {
    add(
      'coverage-gap',
      'info',
      {
        title: `${input.unreadableFiles} unreadable file(s), ${input.malformed} malformed line(s)`,
        message:
          'Some input could not be read; the records that could be were used. See input.errors for the files and lines.',
        evidence: { unreadableFiles: input.unreadableFiles, malformed: input.malformed },
      },
      'input-errors',
    );
  }
  if (collected.undirected > 0) {
    add(
      'coverage-gap',
      'info',
      {
        title: `${collected.undirected} accepted record(s) without a direction`,
        message:
          'Their addresses are not the interface’s own (load balancers, NAT, or a changed address) and the format has no flow-direction field, so they credit no rule. Add ${flow-direction} to the log format.',
        evidence: { records: collected.undirected },
      },
      'undirected',
    );
  }
  if (input.fields.length > 0 && !input.fields.includes('tcp-flags')) {
    add(
      'coverage-gap',
      'info',
      {
        title: 'The log format has no tcp-flags: connection starts were judged by ports',
        message:
          'Without ${tcp-flags}, which side started a connection is inferred from its ports. Add ${tcp-flags} and ${flow-direction} to the flow log format for exact results.',
        evidence: { fields: input.fields },
      },
      'no-tcp-flags',
    );
  }
}
