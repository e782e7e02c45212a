// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) with ncc, each a single ESM file.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const root = new URL('..', import.meta.url).pathname;
const ncc = join(root, 'node_modules', '.bin', 'ncc');
const work = mkdtempSync(join(tmpdir(), 'sgfa-build-'));
const entries = { index: 'src/index.ts', cli: 'src/cli.ts', worker: 'src/worker.ts' };
rmSync(join(root, 'dist'), { recursive: true, force: true });
const licenses = [];
mkdirSync(join(root, 'dist'), { recursive: true });
for (const [name, entry] of Object.entries(entries)) {
  if (!existsSync(join(root, entry))) continue;
  const out = join(work, name);
  execFileSync(
    ncc,
    ['build', entry, '-o', out, '--quiet', '--target', 'es2022', '--license', 'licenses.txt'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  let code = readFileSync(join(out, 'index.js'), 'utf8');
  if (name === 'cli' && !code.startsWith('#!')) code = `#!/usr/bin/env node\n${code}`;
  writeFileSync(join(root, 'dist', `${name}.js`), code);
  if (name === 'cli') chmodSync(join(root, 'dist', 'cli.js'), 0o755);
  licenses.push(`===== dist/${name}.js =====\n\n${readFileSync(join(out, 'licenses.txt'), 'utf8')}`);
}
// One licenses file for all bundles: the notices of the packages in each.
writeFileSync(join(root, 'dist', 'licenses.txt'), licenses.join('\n'));
rmSync(work, { recursive: true, force: true });
