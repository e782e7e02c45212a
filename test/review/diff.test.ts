/** diffRules: rules compared by what they allow, not by where or how they are written. */
import { afterAll, describe, expect, it } from 'vitest';
import { describeWritten, diffRules, rulesInTree } from '../../src/iac/review/index.js';
import { lineOf, MAIN_TF, replaced, Trees } from './helpers.js';

const trees = new Trees();
afterAll(() => trees.cleanup());

async function diffOf(base: Record<string, string>, head: Record<string, string>) {
  const [b, h] = await Promise.all([
    rulesInTree(await trees.write(base)),
    rulesInTree(await trees.write(head)),
  ]);
  const diff = diffRules(b.rules, h.rules);
  return {
    added: diff.added.map((r) => `${r.file}:${r.line} ${describeWritten(r)}`),
    removed: diff.removed.map((r) => `${r.file}:${r.line} ${describeWritten(r)}`),
  };
}

describe('diffRules', () => {
  it('sees no change when a rule moves to another file as its own resource, reformatted', async () => {
    const moved = replaced(
      MAIN_TF,
      `  ingress {
    description = "SSH from the office"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["203.0.113.0/24"]
  }
`,
      '',
    );
    const rule = `resource "aws_vpc_security_group_ingress_rule" "web_ssh" {
  security_group_id = aws_security_group.web.id
  ip_protocol = "6"
  from_port = 22
  to_port = 22
  cidr_ipv4 = "203.0.113.0/24" # the office
}
`;
    expect(await diffOf({ 'main.tf': MAIN_TF }, { 'main.tf': moved, 'ssh.tf': rule })).toEqual({
      added: [],
      removed: [],
    });
  });

  it('sees a changed port range as one rule removed and one added', async () => {
    const head = replaced(MAIN_TF, 'to_port           = 5440', 'to_port           = 5433');
    const line = lineOf(MAIN_TF, 'resource "aws_security_group_rule"');
    expect(await diffOf({ 'main.tf': MAIN_TF }, { 'main.tf': head })).toEqual({
      added: [`main.tf:${line} ingress tcp 5432-5433 from 10.0.1.0/24`],
      removed: [`main.tf:${line} ingress tcp 5432-5440 from 10.0.1.0/24`],
    });
  });

  it('compares CIDRs by their network, so 10.0.1.0/24 written as 10.0.1.000/24 is no change', async () => {
    const head = replaced(MAIN_TF, '"10.0.1.0/24"', '"10.0.1.000/24"');
    expect(await diffOf({ 'main.tf': MAIN_TF }, { 'main.tf': head })).toEqual({ added: [], removed: [] });
  });

  it('removes only one copy when a rule written in two environments goes from one of them', async () => {
    const staging = replaced(MAIN_TF, 'variable "office_cidr"', 'variable "office_cidr_staging"');
    const stagingHead = replaced(staging, 'cidr_blocks = ["203.0.113.0/24"]', 'cidr_blocks = []');
    expect(
      await diffOf(
        { 'prod/main.tf': MAIN_TF, 'staging/main.tf': staging },
        { 'prod/main.tf': MAIN_TF, 'staging/main.tf': stagingHead },
      ),
    ).toEqual({
      added: [],
      removed: [`staging/main.tf:${lineOf(staging, 'ingress {', 1)} ingress tcp 22 from 203.0.113.0/24`],
    });
  });

  it('never diffs a rule built from a variable, even when its code changes', async () => {
    const head = replaced(
      MAIN_TF,
      `  from_port         = 8080
  to_port           = 8080
  cidr_ipv4         = var.office_cidr`,
      `  from_port         = 8081
  to_port           = 8081
  cidr_ipv4         = var.office_cidr`,
    );
    const [b, h] = await Promise.all([
      rulesInTree(await trees.write({ 'main.tf': MAIN_TF })),
      rulesInTree(await trees.write({ 'main.tf': head })),
    ]);
    const computed = h.rules.filter((r) => r.computed !== undefined);
    expect(computed.map((r) => r.computed)).toEqual(['cidr_ipv4 comes from a variable (var.office_cidr)']);
    expect(diffRules(b.rules, h.rules)).toEqual({ added: [], removed: [] });
  });
});
