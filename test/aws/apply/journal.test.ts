/**
 * The journal file on its own: written whole after every change, never over an earlier journal,
 * read back with the bad field named; the revert command quoted for a shell; and a run against an
 * endpoint that does not answer, which stops before any change and says so.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEc2Client } from '../../../src/aws/clients.js';
import { revertCommand } from '../../../src/aws/apply/ec2-calls.js';
import { executePlan } from '../../../src/aws/apply/execute.js';
import { JournalWriter, readJournal } from '../../../src/aws/apply/journal.js';
import type { ApplyPlan } from '../../../src/aws/apply/model.js';
import { ConfigurationError } from '../../../src/errors.js';
import { freePort, useFakeAwsEnvironment } from '../../helpers/moto.js';
import { journalPath } from './apply-kit.js';

const clock = () => new Date('2026-11-26T12:00:00Z');

describe('JournalWriter', () => {
  it('has the whole journal on disk after every call it records', () => {
    const path = journalPath();
    const writer = JournalWriter.create(path, { kind: 'apply', dryRun: false }, clock);
    expect(readJournal(path)).toMatchObject({ status: 'running', entries: [] });

    const entry = writer.begin({
      call: 'RevokeSecurityGroupIngress',
      parameters: { GroupId: 'sg-1', SecurityGroupRuleIds: ['sgr-1'] },
      groupId: 'sg-1',
      previous: {
        ruleId: 'sgr-1',
        groupId: 'sg-1',
        direction: 'ingress',
        protocol: 'tcp',
        fromPort: 22,
        toPort: 22,
        peer: { cidr: '0.0.0.0/0' },
        description: null,
      },
    });
    expect(readJournal(path).entries.map((e) => [e.seq, e.time, e.result.status])).toEqual([
      [1, '2026-11-26T12:00:00.000Z', 'pending'],
    ]);
    writer.finish(entry, { status: 'done' });
    writer.close('completed');
    const done = readJournal(path);
    expect(done.status).toBe('completed');
    expect(done.entries[0]?.result).toEqual({ status: 'done' });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(writer.journal);
  });

  it('refuses to start over a file that exists', () => {
    const path = journalPath();
    writeFileSync(path, 'earlier');
    expect(() => JournalWriter.create(path, { kind: 'apply', dryRun: false }, clock)).toThrow(
      ConfigurationError,
    );
    expect(readFileSync(path, 'utf8')).toBe('earlier');
  });
});

describe('readJournal', () => {
  it('names a file that is not JSON', () => {
    const path = journalPath();
    writeFileSync(path, 'not json');
    expect(() => readJournal(path)).toThrow(ConfigurationError);
    expect(() => readJournal(path)).toThrow(`journal ${path}: `);
  });

  it('names the first wrong field', () => {
    const path = journalPath();
    const writer = JournalWriter.create(path, { kind: 'apply', dryRun: false }, clock);
    writer.close('completed');
    const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    writeFileSync(
      path,
      JSON.stringify({
        ...data,
        entries: [
          { seq: 1, time: 't', call: 'TerminateInstances', parameters: {}, result: { status: 'done' } },
        ],
      }),
    );
    expect(() => readJournal(path)).toThrow(new RegExp(`^journal ${path}: entries\\[0\\]\\.call: `));
  });

  it('refuses a file of another format', () => {
    const path = journalPath();
    writeFileSync(path, JSON.stringify({ schemaVersion: 1, findings: [] }));
    expect(() => readJournal(path)).toThrow(`journal ${path}: format: `);
  });
});

describe('revertCommand', () => {
  it('quotes a path a shell would split', () => {
    expect(revertCommand('journals/apply-1.json')).toBe('sg-flow-audit revert journals/apply-1.json');
    expect(revertCommand("/tmp/my run/it's.json")).toBe(`sg-flow-audit revert '/tmp/my run/it'\\''s.json'`);
  });
});

describe('executePlan against an endpoint that does not answer', () => {
  let endpoint = '';
  beforeAll(async () => {
    useFakeAwsEnvironment();
    endpoint = `http://127.0.0.1:${await freePort()}`;
  });

  it('stops at the first read, before any change, with nothing to revert', async () => {
    const plan: ApplyPlan = {
      createdAt: '2026-11-26T12:00:00.000Z',
      maxChanges: 5,
      allGroups: false,
      withAclDenies: false,
      changes: 1,
      groups: [
        {
          groupId: 'sg-0123456789abcdef0',
          authorize: [],
          revoke: [
            {
              groupId: 'sg-0123456789abcdef0',
              ruleId: 'sgr-0123456789abcdef0',
              action: 'remove',
              expected: {
                direction: 'ingress',
                protocol: 'tcp',
                fromPort: 22,
                toPort: 22,
                peer: { cidr: '0.0.0.0/0' },
              },
              findingIds: ['f'],
            },
          ],
        },
      ],
      networkAclEntries: [],
      skipped: [],
    };
    const ec2 = createEc2Client({ region: 'us-east-1', endpoint, maxAttempts: 1 });

    const result = await executePlan(ec2, plan, { journalPath: journalPath(), now: clock });

    expect(result.status).toBe('failed');
    expect(result.failure?.call).toBe('describe-security-group-rules sgr-0123456789abcdef0');
    expect(result.failure?.message).toBe(
      `cannot reach ${endpoint} (ECONNREFUSED) calling DescribeSecurityGroupRules: check --endpoint-url, --region and the network`,
    );
    expect(result.journal.entries.map((e) => [e.call, e.result.status])).toEqual([
      ['DescribeSecurityGroupRules', 'failed'],
    ]);
    expect(result.revertCommand).toBeUndefined();
  });
});
