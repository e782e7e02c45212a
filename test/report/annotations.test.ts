import { describe, expect, test } from 'vitest';
import { planAnnotations } from '../../src/report/annotations.js';
import type { Finding, Severity } from '../../src/report/types.js';
import { buildReport, finding } from './fixture.js';

function many(count: number, severity: Severity, prefix: string): Finding[] {
  return Array.from({ length: count }, (_, i) =>
    finding({
      id: `${prefix}-${String(i).padStart(3, '0')}`,
      type: 'open-admin-port',
      severity,
      groupId: 'sg-1',
      title: `${prefix} ${i}`,
      evidence: { flows: i },
    }),
  );
}

describe('planAnnotations', () => {
  test('severities map to levels, errors first, suppressed findings left out', () => {
    const planned = planAnnotations(buildReport());
    expect(planned.map((a) => [a.level, a.title])).toEqual([
      ['error', 'critical: SSH (tcp 22) open to the internet (sg-0a1b2c3d4e5f60001/sgr-0000000000000001)'],
      ['error', 'high: Redis (tcp 6379) open to the internet (sg-0a1b2c3d4e5f60003/sgr-0000000000000009)'],
      ['warning', 'medium: 45.155.205.99 reached 812 ports (45.155.205.99)'],
      ['warning', 'medium: tcp 0-65535 used on 2 ports (sg-0a1b2c3d4e5f60002/sgr-0000000000000006)'],
      ['warning', 'medium: Rule unused for 3 days (sg-0a1b2c3d4e5f60002/sgr-0000000000000005)'],
      ['notice', 'low: Security group old-bastion is attached to no interface (sg-0a1b2c3d4e5f60004)'],
      ['notice', 'info: Traffic spike at 2026-11-20 13:00 UTC'],
      ['notice', 'info: Interface eni-0legacy0000000001 has no flow-log records (sg-0a1b2c3d4e5f60003)'],
    ]);
    expect(planned[0]?.message).toBe(
      'tcp 22 accepts connections from 0.0.0.0/0; 1,204 flows came from 2 addresses.\n' +
        'Proposed: replace tcp 22 0.0.0.0/0 → 198.51.100.23/32, 198.51.100.24/32',
    );
  });

  test('25 critical findings: the 10 busiest as errors and one notice counting the other 15', () => {
    const report = buildReport();
    report.findings = many(25, 'critical', 'crit');
    const planned = planAnnotations(report);
    expect(planned).toHaveLength(11);
    expect(planned.slice(0, 10).every((a) => a.level === 'error')).toBe(true);
    expect(planned.slice(0, 10).map((a) => a.title)).toEqual(
      [24, 23, 22, 21, 20, 19, 18, 17, 16, 15].map((i) => `critical: crit ${i} (sg-1)`),
    );
    expect(planned[10]).toEqual({
      level: 'notice',
      title: 'More findings',
      message: '15 more findings not shown as annotations; see the job summary / report.',
    });
  });

  test('the count notice takes a notice slot and counts the notices it displaces', () => {
    const report = buildReport();
    report.findings = [
      ...many(25, 'critical', 'crit'),
      ...many(3, 'medium', 'med'),
      ...many(12, 'low', 'low'),
    ];
    const planned = planAnnotations(report);
    const levels = planned.map((a) => a.level);
    expect(levels.filter((l) => l === 'error')).toHaveLength(10);
    expect(levels.filter((l) => l === 'warning')).toHaveLength(3);
    expect(levels.filter((l) => l === 'notice')).toHaveLength(10);
    expect(planned.at(-1)?.message).toBe(
      '18 more findings not shown as annotations; see the job summary / report.',
    );
  });

  test('nothing dropped, no count notice; the per-level cap is an option', () => {
    const report = buildReport();
    report.findings = [...many(10, 'high', 'h'), ...many(10, 'info', 'i')];
    expect(planAnnotations(report)).toHaveLength(20);
    expect(planAnnotations(report).some((a) => a.title === 'More findings')).toBe(false);

    const capped = planAnnotations(report, { perLevel: 3 });
    expect(capped.map((a) => a.level)).toEqual(['error', 'error', 'error', 'notice', 'notice', 'notice']);
    expect(capped.at(-1)?.message).toBe(
      '15 more findings not shown as annotations; see the job summary / report.',
    );
  });

  test('suppressed findings are neither annotated nor counted as dropped', () => {
    const report = buildReport();
    report.findings = many(12, 'critical', 'crit').map((f, i) =>
      i < 5 ? { ...f, suppressed: { reason: 'accepted risk', expires: '2027-01-01' } } : f,
    );
    const planned = planAnnotations(report);
    expect(planned).toHaveLength(7);
    expect(planned.every((a) => a.level === 'error')).toBe(true);
  });
});

describe('reserved error slots', () => {
  test('keeps one error slot free for the failure line and counts what it drops', () => {
    const report = buildReport();
    const critical = report.findings.find((f) => f.severity === 'critical');
    if (!critical) throw new Error('the fixture has a critical finding');
    report.findings = Array.from({ length: 12 }, (_, i) => ({ ...critical, id: `f${i}` }));
    const planned = planAnnotations(report, { reserveErrors: 1 });
    expect(planned.filter((a) => a.level === 'error')).toHaveLength(9);
    expect(planned.find((a) => a.title === 'More findings')?.message).toMatch(/^3 more findings/);
  });
});
