/**
 * A small account and the Terraform that defines it, for the propose tests: the bastion's SSH is
 * open to the world but used by two offices, the app's 8000-8100 rule carries one port from one
 * host, a legacy rule built with for_each is unused, and one group is defined in no code.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repo } from './action.js';
import { v2, writeScenario } from './scenario.js';

export const MAIN_TF = `# The bastion and the app tier.
resource "aws_security_group" "bastion" {
  name = "sg-bastion"

  ingress {
    description = "ssh"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "app" {
  name = "sg-app"

  # the monitoring scrape, kept as it is
  ingress {
    from_port   = 9100
    to_port     = 9100
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.10/32"]
  }

  ingress {
    from_port   = 8000
    to_port     = 8100
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }
}

resource "aws_security_group_rule" "app_legacy" {
  for_each          = toset(["1024"])
  type              = "ingress"
  security_group_id = aws_security_group.app.id
  from_port         = tonumber(each.value)
  to_port           = 65535
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}
`;

/** An account whose bastion SSH, app port range and legacy rule the traffic narrows or removes. */
export function proposeWorld() {
  const scenario = writeScenario({
    groups: ['sg-bastion', 'sg-app', 'sg-batch'],
    rules: [
      { group: 'sg-bastion', protocol: 'tcp', from: 22, cidr: '0.0.0.0/0' },
      { group: 'sg-app', protocol: 'tcp', from: 9100, cidr: '10.0.0.10/32' },
      { group: 'sg-app', protocol: 'tcp', from: 8000, to: 8100, cidr: '10.0.0.0/16' },
      { group: 'sg-app', protocol: 'tcp', from: 1024, to: 65535, cidr: '0.0.0.0/0' },
      { group: 'sg-batch', protocol: 'tcp', from: 5000, cidr: '10.0.0.0/8' },
    ],
    interfaces: [
      { id: 'eni-b', ips: ['10.0.0.5'], groups: ['sg-bastion'] },
      { id: 'eni-a', ips: ['10.0.2.5'], groups: ['sg-app'] },
      { id: 'eni-c', ips: ['10.0.3.5'], groups: ['sg-batch'] },
    ],
    lines: [
      v2('eni-b', '198.51.100.23', '10.0.0.5', 50000, 22),
      v2('eni-b', '198.51.100.24', '10.0.0.5', 50001, 22),
      v2('eni-a', '10.0.0.10', '10.0.2.5', 40000, 9100),
      v2('eni-a', '10.0.1.7', '10.0.2.5', 40001, 8080),
      v2('eni-c', '10.0.3.5', '10.0.9.9', 40002, 443),
    ],
  });
  const config = join(scenario.dir, 'config.yml');
  writeFileSync(config, 'min-window: 0\n');
  const repo = freshCheckout();
  const inputs = {
    flowLogs: [scenario.logs],
    inventory: scenario.inventory,
    config,
    securityGroupIds: [],
    failOn: 'none' as const,
    threads: 1,
  };
  return { repo, inputs };
}

/** A new working tree with the Terraform as the base branch has it. */
export function freshCheckout(): string {
  const repo = mkdtempSync(join(tmpdir(), 'sgfa-repo-'));
  writeFileSync(join(repo, 'main.tf'), MAIN_TF);
  return repo;
}

/** The bundled CLI, run as a user runs it. */
export function runCli(...args: string[]) {
  return spawnSync(process.execPath, [join(repo, 'dist', 'cli.js'), ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
}

/** The analysis flags of a propose world, for the CLI. */
export function analysisFlags(world: ReturnType<typeof proposeWorld>): string[] {
  return [
    '--flow-logs',
    ...world.inputs.flowLogs,
    '--inventory',
    world.inputs.inventory,
    '--config',
    world.inputs.config,
  ];
}
