/**
 * `sg-flow-audit check-change` on a world from the project's generator: SSH open to the world is
 * narrowed to two of the three offices that used it, and from then on the third office's
 * connections are REJECTed. Exactly that office is reported, with its flows, and nothing else.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { JournalWriter } from '../../src/aws/apply/journal.js';
import { generateWorld, WINDOW_SECONDS, WINDOW_START } from '../helpers/world-generator.js';
import { buildVpc } from '../helpers/world-gen/vpc.js';
import { checkJson, iso } from './check-change-kit.js';

/** Every .log.gz under `dir`, recursively. */
function logFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? logFiles(join(dir, e.name)) : e.name.endsWith('.log.gz') ? [join(dir, e.name)] : [],
  );
}

describe('check-change on a generated world', () => {
  it('reports exactly the office the narrowed SSH rule left out, with its flows, and nothing else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sgfa-check-change-world-'));
    const truth = generateWorld(dir, { format: 'v5', seed: 11, records: 20_000 });
    const ssh = buildVpc().rule.ssh;
    const blocked = '192.0.2.50';
    const offices = truth.expect.narrowSources[ssh.id] ?? [];
    expect(offices).toContain(blocked);
    const kept = offices.filter((o) => o !== blocked);
    const since = WINDOW_START + WINDOW_SECONDS / 2;

    // From `since` on, the third office's SSH connection starts are REJECTed and get no answer;
    // every other record stays as the generator wrote it.
    let flipped = 0;
    let packets = 0;
    let first = Infinity;
    let last = -Infinity;
    for (const file of logFiles(join(dir, 'logs'))) {
      const [header = '', ...records] = gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
      const at = Object.fromEntries(header.split(' ').map((name, i) => [name, i]));
      const field = (fields: string[], name: string) => fields[at[name] as number] as string;
      const out = [header];
      for (const record of records) {
        const fields = record.split(' ');
        const after = Number(field(fields, 'start')) >= since;
        if (after && field(fields, 'srcaddr') === blocked && field(fields, 'dstport') === '22') {
          fields[at['action'] as number] = 'REJECT';
          flipped++;
          packets += Number(field(fields, 'packets'));
          first = Math.min(first, Number(field(fields, 'start')));
          last = Math.max(last, Number(field(fields, 'end')));
        } else if (after && field(fields, 'dstaddr') === blocked && field(fields, 'srcport') === '22')
          continue;
        out.push(fields.join(' '));
      }
      writeFileSync(file, gzipSync(`${out.join('\n')}\n`));
    }
    expect(flipped).toBeGreaterThan(0);

    // The apply, an hour before `since`: the two kept offices authorized, the open rule revoked.
    let clock = since - 3600;
    const journal = join(dir, 'journal.json');
    const writer = JournalWriter.create(
      journal,
      { kind: 'apply', dryRun: false },
      () => new Date(clock * 1000),
    );
    for (const office of kept) {
      const entry = writer.begin({
        call: 'AuthorizeSecurityGroupIngress',
        groupId: ssh.group.id,
        parameters: { GroupId: ssh.group.id },
        rule: {
          direction: 'ingress',
          protocol: 'tcp',
          fromPort: 22,
          toPort: 22,
          peer: { cidr: `${office}/32` },
        },
      });
      writer.finish(entry, { status: 'done', ruleIds: [`sgr-0kept${office.replace(/\D/g, '')}`] });
    }
    clock++;
    const revoke = writer.begin({
      call: 'RevokeSecurityGroupIngress',
      groupId: ssh.group.id,
      parameters: { GroupId: ssh.group.id, SecurityGroupRuleIds: [ssh.id] },
      previous: {
        ruleId: ssh.id,
        groupId: ssh.group.id,
        direction: 'ingress',
        protocol: 'tcp',
        fromPort: 22,
        toPort: 22,
        peer: { cidr: '0.0.0.0/0' },
        description: ssh.description ?? null,
      },
    });
    writer.finish(revoke, { status: 'done' });
    writer.close('completed');

    // The inventory is the one from before the apply: the journal says what changed.
    const { run, outcome } = await checkJson(
      '--flow-logs',
      join(dir, 'logs'),
      '--inventory',
      join(dir, 'inventory'),
      '--journal',
      journal,
      '--since',
      iso(since),
    );
    expect(run.status, run.stderr).toBe(1);
    expect(outcome.findings.map((f) => [f.groupId, f.ruleId, f.peer])).toEqual([
      [ssh.group.id, ssh.id, blocked],
    ]);
    expect(outcome.findings[0]?.evidence).toMatchObject({
      ports: [22],
      flows: flipped,
      packets,
      firstSeen: iso(first),
      lastSeen: iso(last),
      revert: `sg-flow-audit revert ${journal}`,
    });
    expect(outcome.counts['rejectedStarts']).toBe(flipped);
    expect(outcome.scanners).toEqual({ sources: 0, flows: 0 });
  });
});
