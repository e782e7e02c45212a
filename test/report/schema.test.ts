import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { runScenario, v2 } from '../helpers/scenario.js';

const require = createRequire(import.meta.url);
const Ajv = require('ajv') as typeof import('ajv').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
const schema = JSON.parse(
  readFileSync(new URL('../../docs/report.schema.json', import.meta.url), 'utf8'),
) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

describe('the report schema in docs/', () => {
  it('accepts reports whose proposals use each peer shape, a removal and a deny entry', async () => {
    const api = Array.from({ length: 3 }, (_, i) => ({
      id: `eni-api${i}`,
      ips: [`10.20.1.${10 + i}`],
      groups: ['sg-api'],
    }));
    const report = await runScenario({
      groups: ['sg-db', 'sg-api'],
      rules: [
        { group: 'sg-db', protocol: 'tcp', from: 0, to: 65535, cidr: '10.20.0.0/16' },
        { group: 'sg-db', protocol: 'tcp', from: 22, cidr: '0.0.0.0/0' },
        { group: 'sg-db', protocol: 'tcp', from: 8000, to: 8100, prefixList: 'pl-0a' },
        { group: 'sg-db', protocol: 'tcp', from: 3306, cidr: '10.0.0.0/8' },
      ],
      prefixLists: [{ id: 'pl-0a', cidrs: ['10.30.0.0/16'] }],
      interfaces: [{ id: 'eni-db', ips: ['10.20.9.5'], groups: ['sg-db'], subnet: 'subnet-0a' }, ...api],
      networkAcls: [
        {
          NetworkAclId: 'acl-0a',
          Associations: [{ SubnetId: 'subnet-0a' }],
          Entries: [
            { RuleNumber: 100, Egress: false, Protocol: '-1', RuleAction: 'allow', CidrBlock: '0.0.0.0/0' },
          ],
        },
      ],
      lines: [
        ...api.map((a, i) => v2('eni-db', a.ips[0] as string, '10.20.9.5', 40000 + i, 9000)),
        v2('eni-db', '198.51.100.23', '10.20.9.5', 50000, 22),
        v2('eni-db', '10.30.1.1', '10.20.9.5', 50000, 8080),
        ...Array.from({ length: 30 }, (_, i) =>
          v2('eni-db', '185.220.101.45', '10.20.9.5', 51000, 100 + i, 6, 'REJECT'),
        ),
      ],
      config: { 'min-window': 0 },
    });
    const shapes = new Set(
      report.findings.flatMap((f) => [
        f.proposal?.action,
        ...(f.proposal?.rules ?? []).map((r) =>
          Object.keys(r).find((k) => ['cidr', 'groupId', 'prefixListId'].includes(k)),
        ),
      ]),
    );
    expect([...shapes].filter(Boolean).sort()).toEqual([
      'cidr',
      'deny',
      'groupId',
      'prefixListId',
      'remove',
      'replace',
    ]);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects a proposed rule with two peers', () => {
    const report = {
      schemaVersion: 1,
      tool: { name: 'sg-flow-audit', version: '0' },
      window: { start: null, end: null },
      input: {
        files: 0,
        records: 0,
        accepted: 0,
        rejected: 0,
        noData: 0,
        skipData: 0,
        malformed: 0,
        errors: [],
      },
      summary: {},
      rules: [],
      traffic: {},
      findings: [
        {
          id: 'x',
          type: 'broad-source',
          severity: 'high',
          title: 't',
          message: 'm',
          evidence: {},
          proposal: {
            action: 'replace',
            rules: [{ protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '198.51.100.23/32', groupId: 'sg-1' }],
          },
        },
      ],
    };
    expect(validate(report)).toBe(false);
  });
});
