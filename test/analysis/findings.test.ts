import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { ConfigurationError } from '../../src/errors.js';
import { defaultConfig } from '../../src/config.js';
import { analyze } from '../../src/pipeline.js';
import { runScenario, v2, writeScenario } from '../helpers/scenario.js';

const web = { id: 'eni-web', ips: ['10.0.1.10'], groups: ['sg-web'] };
const sshOpen = { group: 'sg-web', protocol: 'tcp', from: 22, cidr: '0.0.0.0/0' };

describe('findings that need no traffic', () => {
  it('flags SSH open to ::/0 and RDP inside a UDP range, and reports every rule unknown without logs', async () => {
    const scenario = writeScenario({
      groups: ['sg-web'],
      rules: [
        { group: 'sg-web', protocol: 'tcp', from: 22, cidr: '::/0' },
        { group: 'sg-web', protocol: 'udp', from: 3000, to: 4000, cidr: '0.0.0.0/0' },
        { group: 'sg-web', protocol: 'tcp', from: 3306, cidr: '0.0.0.0/0' },
        { group: 'sg-web', protocol: 'tcp', from: 22, cidr: '10.0.0.0/8' },
      ],
      interfaces: [web],
      lines: [],
    });
    const report = await analyze({ flowLogs: [], inventoryDir: scenario.inventory, config: defaultConfig() });
    const types = report.findings.map((f) => `${f.type}:${f.ruleId ?? ''}`);
    expect(types).toContain('open-admin-port:sgr-00000000000000001');
    expect(types).toContain('open-admin-port:sgr-00000000000000002');
    expect(types).toContain('open-high-risk-port:sgr-00000000000000003');
    expect(types.filter((t) => t.startsWith('open-'))).toHaveLength(3);
    expect(report.rules.map((r) => r.status)).toEqual(['unknown', 'unknown', 'unknown', 'unknown']);
    expect(report.findings.some((f) => f.type === 'unused-rule')).toBe(false);
    expect(report.summary.findings.critical).toBe(2);
  });

  it('reports the default group having rules', async () => {
    const report = await runScenario({
      groups: ['sg-default'],
      rules: [{ group: 'sg-default', protocol: '-1', ref: 'sg-default' }],
      interfaces: [{ id: 'eni-x', ips: ['10.0.1.10'], groups: ['sg-default'] }],
      lines: [v2('eni-x', '10.0.1.10', '10.0.1.11', 40000, 443)],
    });
    expect(report.findings.filter((f) => f.type === 'default-group-rules').map((f) => f.groupId)).toEqual([
      'sg-default',
    ]);
  });
});

describe('config file', () => {
  it('overrides severities, admin ports and thresholds', async () => {
    const report = await runScenario({
      groups: ['sg-web'],
      rules: [sshOpen, { group: 'sg-web', protocol: 'tcp', from: 2222, cidr: '0.0.0.0/0' }],
      interfaces: [web],
      lines: [v2('eni-web', '198.51.100.1', '10.0.1.10', 50000, 2222)],
      config: { 'admin-ports': [2222], severity: { 'unused-rule': 'high' } },
    });
    const admin = report.findings.filter((f) => f.type === 'open-admin-port').map((f) => f.ruleId);
    expect(admin).toEqual(['sgr-00000000000000002']);
    expect(report.findings.find((f) => f.type === 'unused-rule')?.severity).toBe('high');
    // 22 is still on the high-risk list once it is no longer an admin port.
    expect(report.findings.find((f) => f.type === 'open-high-risk-port')?.ruleId).toBe(
      'sgr-00000000000000001',
    );
  });

  it('reports unknown sources only when known networks are configured', async () => {
    const spec = {
      groups: ['sg-web'],
      rules: [{ group: 'sg-web', protocol: 'tcp', from: 443, cidr: '0.0.0.0/0' }],
      interfaces: [web],
      lines: [
        v2('eni-web', '198.51.100.1', '10.0.1.10', 50000, 443),
        v2('eni-web', '10.9.0.1', '10.0.1.10', 50000, 443),
      ],
    };
    expect((await runScenario(spec)).findings.some((f) => f.type === 'unknown-source')).toBe(false);
    const report = await runScenario({ ...spec, config: { 'known-networks': ['10.0.0.0/8'] } });
    expect(report.findings.filter((f) => f.type === 'unknown-source').map((f) => f.peer)).toEqual([
      '198.51.100.1',
    ]);
  });

  it('rejects a bad config with the key and the expected form', () => {
    expect(() => parseConfig({ 'admin-ports': ['ssh'] }, 'cfg.yml')).toThrow(ConfigurationError);
    expect(() => parseConfig({ 'admin-ports': ['ssh'] }, 'cfg.yml')).toThrow(/cfg\.yml: admin-ports\[0\]/);
    expect(() => parseConfig({ 'known-networks': ['10.0.0.0/33'] }, 'cfg.yml')).toThrow(/not a CIDR/);
    expect(() => parseConfig({ surprise: 1 }, 'cfg.yml')).toThrow(/surprise|Unrecognized/);
    expect(() =>
      parseConfig({ suppressions: [{ type: 'unused-rule', expires: '2027-01-01' }] }, 'c'),
    ).toThrow(/reason/);
  });
});

describe('suppressions', () => {
  const base = {
    groups: ['sg-web'],
    rules: [sshOpen],
    interfaces: [web],
    lines: [v2('eni-web', '198.51.100.1', '10.0.1.10', 50000, 443)],
  };

  it('keeps a suppressed finding in the report but does not count it', async () => {
    const report = await runScenario({
      ...base,
      config: {
        suppressions: [
          {
            type: 'open-admin-port',
            'rule-id': 'sgr-00000000000000001',
            reason: 'break-glass',
            expires: '2027-01-31',
          },
        ],
      },
    });
    const finding = report.findings.find((f) => f.type === 'open-admin-port');
    expect(finding?.suppressed).toEqual({ reason: 'break-glass', expires: '2027-01-31' });
    expect(report.summary.findings.critical).toBe(0);
  });

  it('stops suppressing after the expiry date and reports the expired suppression', async () => {
    const report = await runScenario({
      ...base,
      config: {
        suppressions: [
          { type: 'open-admin-port', 'group-id': 'sg-web', reason: 'temporary', expires: '2026-11-01' },
        ],
      },
    });
    expect(report.findings.find((f) => f.type === 'open-admin-port')?.suppressed).toBeUndefined();
    expect(report.summary.findings.critical).toBe(1);
    const expired = report.findings.find((f) => f.type === 'expired-suppression');
    expect(expired?.message).toContain('2026-11-01');
  });
});

describe('finding ids', () => {
  it('are stable across runs and differ between rules', async () => {
    const spec = {
      groups: ['sg-web'],
      rules: [sshOpen, { group: 'sg-web', protocol: 'tcp', from: 3389, cidr: '0.0.0.0/0' }],
      interfaces: [web],
      lines: [v2('eni-web', '198.51.100.1', '10.0.1.10', 50000, 22)],
    };
    const a = await runScenario(spec);
    const b = await runScenario(spec);
    expect(a.findings.map((f) => f.id)).toEqual(b.findings.map((f) => f.id));
    expect(new Set(a.findings.map((f) => f.id)).size).toBe(a.findings.length);
  });
});
