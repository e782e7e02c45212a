/** `sg-flow-audit demo`: the bundled example, the same report as analyze on its files. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repo } from '../helpers/action.js';
import { runCli } from '../helpers/propose-world.js';

describe('demo', () => {
  it('audits the bundled example and gives the report analyze gives on its files', () => {
    const demo = runCli('demo', '--format', 'json');
    expect(demo.status, demo.stderr).toBe(0);
    const dir = join(repo, 'examples', 'demo');
    const analyze = runCli(
      'analyze',
      '--flow-logs',
      join(dir, 'logs'),
      '--inventory',
      join(dir, 'inventory'),
      '--config',
      join(dir, 'sg-flow-audit.yml'),
      '--format',
      'json',
      '--fail-on',
      'none',
    );
    expect(JSON.parse(demo.stdout)).toEqual(JSON.parse(analyze.stdout));
    expect((JSON.parse(demo.stdout) as { input: { files: number } }).input.files).toBe(4);
  });

  it('names a bad --format in one line', () => {
    const run = runCli('demo', '--format', 'xml');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      "sg-flow-audit: --format: expected json, markdown, sarif, text, html or csv, got 'xml'\n",
    );
  });
});
