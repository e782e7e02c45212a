/** Rules inside modules: a local module called once is edited, a registry module or a shared one is not. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editTerraform } from '../../../src/iac/terraform/terraform.js';
import { FIXTURES, expectedRules, fixtureCopy, hclRules, live, replace, ruleKey, tcp } from './helpers.js';

const cache = live({
  ruleId: 'sgr-cache',
  groupId: 'sg-0d0000000000000d1',
  groupName: 'cache',
  fromPort: 6379,
  toPort: 6379,
  peer: { cidr: '10.0.0.0/8' },
});
const queue = live({
  ruleId: 'sgr-queue',
  groupId: 'sg-0e0000000000000e1',
  groupName: 'queue',
  fromPort: 5672,
  toPort: 5672,
  peer: { cidr: '10.0.0.0/8' },
});
const changes = [
  replace(cache, tcp(6379, 6379, { cidr: '10.0.3.0/24' })),
  replace(queue, tcp(5672, 5672, { cidr: '10.0.3.0/24' })),
];

async function state(): Promise<unknown> {
  return JSON.parse(await readFile(join(FIXTURES, 'modules', 'terraform.tfstate.json'), 'utf8'));
}

describe('editTerraform: modules', () => {
  it('edits the rule in a local module called once, and leaves a registry module to be changed by hand', async () => {
    const result = await editTerraform({ repoDir: join(FIXTURES, 'modules'), changes, state: await state() });
    expect(result.edits.map((e) => e.file)).toEqual(['modules/sg/main.tf']);
    const [edit] = result.edits;
    expect(edit!.after).toBe(edit!.before.replace('["10.0.0.0/8"]', '["10.0.3.0/24"]'));
    expect(await hclRules(edit!.after)).toEqual(
      expectedRules(
        await hclRules(edit!.before),
        [ruleKey('aws_security_group.this', 'ingress', 'tcp', '6379-6379', '10.0.0.0/8')],
        [ruleKey('aws_security_group.this', 'ingress', 'tcp', '6379-6379', '10.0.3.0/24')],
      ),
    );
    expect(result.located.get('sgr-cache')).toEqual({ file: 'modules/sg/main.tf', line: 8 });
    expect(result.manual).toEqual([
      {
        change: changes[1],
        why: 'defined in module queue_sg (source terraform-aws-modules/security-group/aws), whose code is not in this repository',
        location: { file: 'main.tf', line: 6 },
      },
    ]);
  });

  it('names the registry module by the group name when there is no state', async () => {
    const result = await editTerraform({ repoDir: join(FIXTURES, 'modules'), changes: [changes[1]!] });
    expect(result.manual.map((m) => [m.why, m.location])).toEqual([
      [
        'the group is made by module queue_sg (source terraform-aws-modules/security-group/aws); change its inputs',
        { file: 'main.tf', line: 6 },
      ],
    ]);
  });

  it('does not edit a module that two calls share: the edit would change both', async () => {
    const root = await readFile(join(FIXTURES, 'modules', 'main.tf'), 'utf8');
    const { dir, cleanup } = await fixtureCopy('modules', {
      'main.tf': `${root}\nmodule "cache_sg_eu" {\n  source = "./modules/sg"\n  name   = "cache-eu"\n}\n`,
    });
    try {
      const result = await editTerraform({ repoDir: dir, changes: [changes[0]!], state: await state() });
      expect(result.edits).toEqual([]);
      expect(result.manual.map((m) => [m.why, m.location])).toEqual([
        [
          'the module in modules/sg is called 2 times (module.cache_sg in main.tf, module.cache_sg_eu in main.tf); editing it changes every call',
          { file: 'modules/sg/main.tf', line: 8 },
        ],
      ]);
    } finally {
      await cleanup();
    }
  });
});
