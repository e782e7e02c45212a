/**
 * Helpers of the review tests: one small account analysed through the real pipeline (its group
 * names are the names the fixture code writes), base and head trees written into temp dirs, and
 * the line a piece of fixture text is on.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Report } from '../../src/report/types.js';
import { ruleId, runScenario, v2, type ScenarioSpec } from '../helpers/scenario.js';

/** 2025-11-23T00:00:00Z, the first record of the scenario. */
const T0 = 1763856000;
const DAY = 86_400;

/** The live rules of the account, by name; their ids are `ruleId(index)`. */
export const LIVE = {
  webHttps: ruleId(0),
  webSsh: ruleId(1),
  dbPostgres: ruleId(2),
  dbRedisFromWeb: ruleId(3),
  opsRdp: ruleId(4),
};

export const ACCOUNT: ScenarioSpec = {
  groups: ['sg-web', 'sg-db', 'sg-ops'],
  rules: [
    { group: 'sg-web', protocol: 'tcp', from: 443, cidr: '0.0.0.0/0' },
    { group: 'sg-web', protocol: 'tcp', from: 22, cidr: '203.0.113.0/24' },
    { group: 'sg-db', protocol: 'tcp', from: 5432, to: 5440, cidr: '10.0.1.0/24' },
    { group: 'sg-db', protocol: 'tcp', from: 6379, ref: 'sg-web' },
    { group: 'sg-ops', protocol: 'tcp', from: 3389, cidr: '0.0.0.0/0' },
  ],
  interfaces: [
    { id: 'eni-web', ips: ['10.0.1.10'], groups: ['sg-web'] },
    { id: 'eni-db', ips: ['10.0.2.10'], groups: ['sg-db'] },
    { id: 'eni-ops', ips: ['10.0.3.10'], groups: ['sg-ops'] },
  ],
  lines: [
    // HTTPS to the web server: 5 flows from one address, 2 from another, 1 from a third.
    ...[0, 1, 2, 3, 4].map((i) =>
      v2('eni-web', '198.51.100.23', '10.0.1.10', 50000 + i, 443, 6, 'ACCEPT', T0 + i * DAY),
    ),
    v2('eni-web', '203.0.113.7', '10.0.1.10', 51000, 443, 6, 'ACCEPT', T0 + 5 * DAY),
    v2('eni-web', '203.0.113.7', '10.0.1.10', 51001, 443, 6, 'ACCEPT', T0 + 5 * DAY),
    v2('eni-web', '192.0.2.44', '10.0.1.10', 52000, 443, 6, 'ACCEPT', T0 + 6 * DAY),
    // The web server to the database: Postgres on 5432 (3 flows) and 5433 (1), Redis (2).
    ...[0, 1, 2].map((i) =>
      v2('eni-db', '10.0.1.10', '10.0.2.10', 40000 + i, 5432, 6, 'ACCEPT', T0 + i * DAY),
    ),
    v2('eni-db', '10.0.1.10', '10.0.2.10', 40100, 5433, 6, 'ACCEPT', T0 + 3 * DAY),
    v2('eni-db', '10.0.1.10', '10.0.2.10', 40200, 6379, 6, 'ACCEPT', T0 + DAY),
    v2('eni-db', '10.0.1.10', '10.0.2.10', 40201, 6379, 6, 'ACCEPT', T0 + 2 * DAY),
    // RDP to the ops host from the internet.
    v2('eni-ops', '198.51.100.99', '10.0.3.10', 53000, 3389, 6, 'ACCEPT', T0 + DAY),
    v2('eni-ops', '198.51.100.99', '10.0.3.10', 53001, 3389, 6, 'ACCEPT', T0 + 2 * DAY),
  ],
};

let analysed: Promise<Report> | undefined;

/** The account's report, analysed once per test file. */
export function accountReport(): Promise<Report> {
  analysed ??= runScenario(ACCOUNT);
  return analysed;
}

/** The Terraform of the account's web and db groups, and an ops rule built from a variable. */
export const MAIN_TF = `variable "office_cidr" {
  type = string
}

resource "aws_security_group" "web" {
  name = "sg-web"

  ingress {
    description = "HTTPS from anywhere"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    description = "SSH from the office"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["203.0.113.0/24"]
  }
}

resource "aws_security_group" "db" {
  name = "sg-db"

  ingress {
    from_port       = 6379
    to_port         = 6379
    protocol        = "tcp"
    security_groups = [aws_security_group.web.id]
  }
}

resource "aws_security_group_rule" "db_postgres" {
  type              = "ingress"
  security_group_id = aws_security_group.db.id
  from_port         = 5432
  to_port           = 5440
  protocol          = "tcp"
  cidr_blocks       = ["10.0.1.0/24"]
}

resource "aws_security_group" "ops" {
  name = "sg-ops"
}

resource "aws_vpc_security_group_ingress_rule" "ops_app" {
  security_group_id = aws_security_group.ops.id
  ip_protocol       = "tcp"
  from_port         = 8080
  to_port           = 8080
  cidr_ipv4         = var.office_cidr
}
`;

/** A CloudFormation template (YAML) of the web group. */
export const WEB_TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Description: The web tier
Resources:
  WebGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupName: sg-web
      GroupDescription: web servers
      VpcId: vpc-1
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 443
          ToPort: 443
          CidrIp: 0.0.0.0/0
`;

/** Text with `old` replaced once; a fixture that lacks it is a broken test. */
export function replaced(text: string, old: string, by: string): string {
  if (!text.includes(old)) throw new Error(`the fixture has no ${JSON.stringify(old)}`);
  return text.replace(old, by);
}

/** The 1-based line of the `nth` (0-based) occurrence of `needle` in a fixture text. */
export function lineOf(text: string, needle: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`the fixture has no ${JSON.stringify(needle)} #${nth}`);
  }
  return text.slice(0, at).split('\n').length;
}

/** Temp trees that are removed after the tests. */
export class Trees {
  private readonly dirs: string[] = [];

  /** Writes the files (relative paths) into a new temp dir and returns it. */
  async write(files: Record<string, string>): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'sgfa-review-'));
    this.dirs.push(dir);
    for (const [file, text] of Object.entries(files)) {
      await mkdir(dirname(join(dir, file)), { recursive: true });
      await writeFile(join(dir, file), text);
    }
    return dir;
  }

  async cleanup(): Promise<void> {
    await Promise.all(this.dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  }
}
