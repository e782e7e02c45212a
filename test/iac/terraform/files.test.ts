/** Which files are read: every .tf but those of .terraform/ and node_modules/, or the ones given. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/errors.js';
import { listTerraformFiles } from '../../../src/iac/terraform/files.js';
import { editTerraform } from '../../../src/iac/terraform/terraform.js';
import { fixtureCopy, live, remove } from './helpers.js';

const copyOfWeb = 'resource "aws_security_group" "web" {\n  name = "web"\n}\n';

describe('the Terraform files of a repository', () => {
  it('skips .terraform/ and node_modules/, and takes only the files given', async () => {
    const { dir, cleanup } = await fixtureCopy('inline');
    try {
      for (const sub of ['.terraform/modules/web', 'node_modules/some-package', 'envs/prod']) {
        await mkdir(join(dir, sub), { recursive: true });
        await writeFile(join(dir, sub, 'main.tf'), copyOfWeb);
      }
      expect(await listTerraformFiles(dir)).toEqual(['envs/prod/main.tf', 'main.tf']);
      const ssh = live({
        ruleId: 'sgr-ssh',
        groupName: 'web',
        fromPort: 22,
        toPort: 22,
        peer: { cidr: '0.0.0.0/0' },
      });
      const given = await editTerraform({
        repoDir: dir,
        files: [join(dir, 'envs/prod/main.tf')],
        changes: [remove(ssh)],
      });
      expect(given.outcomes.get('sgr-ssh')).toEqual({
        status: 'not-found',
        why: 'aws_security_group.web has no rule like it',
        location: { file: 'envs/prod/main.tf', line: 1 },
      });
      await expect(editTerraform({ repoDir: dir, files: ['../elsewhere.tf'], changes: [] })).rejects.toThrow(
        ConfigurationError,
      );
    } finally {
      await cleanup();
    }
  });

  it('says which files it skipped when a rule is not found', async () => {
    const { dir, cleanup } = await fixtureCopy('inline', {
      'main.tf': 'resource "aws_security_group" "web" {\n',
    });
    try {
      const ssh = live({
        ruleId: 'sgr-ssh',
        groupName: 'web',
        fromPort: 22,
        toPort: 22,
        peer: { cidr: '0.0.0.0/0' },
      });
      const result = await editTerraform({ repoDir: dir, changes: [remove(ssh)] });
      expect(result.outcomes.get('sgr-ssh')).toEqual({
        status: 'not-found',
        why: 'no Terraform code defines the group web (sg-web) (files skipped because they do not parse: main.tf)',
      });
    } finally {
      await cleanup();
    }
  });
});
