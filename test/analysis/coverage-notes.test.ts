/**
 * Coverage notes from outside the records (live discovery, the live inventory) become
 * `coverage-gap` findings: configured severity, stable ids, one finding per note.
 */
import { describe, expect, it } from 'vitest';
import { collectedFrom } from '../../src/analysis/collected.js';
import { compileInventory } from '../../src/analysis/compile.js';
import { buildReport, type CoverageGapNote } from '../../src/analysis/report.js';
import { UsageCollector } from '../../src/analysis/usage.js';
import { defaultConfig, parseConfig, type Config } from '../../src/config.js';

const rejectOnly: CoverageGapNote = {
  key: 'reject-only:fl-1',
  title: 'Flow log fl-1 records only rejected traffic',
  message: 'Flow log fl-1 of vpc-1 records only rejected traffic. Capture ALL traffic.',
  evidence: { kind: 'reject-only', flowLogId: 'fl-1', resourceId: 'vpc-1' },
};
const notCovered: CoverageGapNote = {
  key: 'not-covered:subnet-1',
  title: 'Subnet subnet-1 has no flow log of accepted traffic',
  message: 'Create a flow log for subnet-1 with traffic type ALL.',
  evidence: { kind: 'not-covered', resourceId: 'subnet-1' },
};

function report(notes: CoverageGapNote[] | undefined, config: Config = defaultConfig()) {
  const compiled = compileInventory({ groups: [], rules: [], interfaces: [], prefixLists: [] });
  const collected = collectedFrom(new UsageCollector(compiled, config));
  return buildReport(compiled, collected, config, {
    toolVersion: 'test',
    hasTraffic: true,
    coverageNotes: notes,
  });
}

describe('coverage notes', () => {
  it('become coverage-gap findings at info severity, in the summary counts', () => {
    const r = report([rejectOnly, notCovered]);
    const gaps = r.findings.filter((f) => 'kind' in f.evidence);
    const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title);
    expect(gaps.map(({ id: _, ...f }) => f).sort(byTitle)).toEqual(
      [notCovered, rejectOnly]
        .map(({ key: _, ...n }) => ({ type: 'coverage-gap', severity: 'info', ...n }))
        .sort(byTitle),
    );
    expect(r.summary.findings.info).toBe(r.findings.length);
  });

  it('have ids that depend on the key alone, once per key', () => {
    const first = report([rejectOnly, notCovered]).findings.filter((f) => 'kind' in f.evidence);
    const again = report([
      notCovered,
      { ...rejectOnly, message: 'worded differently' },
      rejectOnly,
    ]).findings.filter((f) => 'kind' in f.evidence);
    expect(again.map((f) => f.id)).toEqual(first.map((f) => f.id));
    expect(new Set(first.map((f) => f.id)).size).toBe(2);
  });

  it('take the configured severity and can be suppressed', () => {
    const config = parseConfig(
      {
        severity: { 'coverage-gap': 'medium' },
        suppressions: [{ type: 'coverage-gap', reason: 'known', expires: '2999-01-01' }],
      },
      'test',
    );
    const gap = report([rejectOnly], config).findings.find((f) => 'kind' in f.evidence);
    expect(gap?.severity).toBe('medium');
    expect(gap?.suppressed?.reason).toBe('known');
  });

  it('add nothing when absent', () => {
    expect(report(undefined).findings).toEqual(report([]).findings);
  });
});
