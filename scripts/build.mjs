// Bundles with ncc:
//   dist/action/  the Action (src/index.ts), with its lazily loaded chunks (the AWS SDK)
//   dist/cli/     the CLI (src/cli.ts), likewise
//   dist/worker.js  the scan worker thread (src/worker.ts): reader and analysis only
//   dist/index.js and dist/cli.js  the entry points action.yml and package.json name, which
//                  load the bundles above
// Each bundle has a directory of its own because ncc names chunks by number (73.index.js), and
// two builds would overwrite each other's.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const root = new URL('..', import.meta.url).pathname;
const ncc = join(root, 'node_modules', '.bin', 'ncc');
const work = mkdtempSync(join(tmpdir(), 'sgfa-build-'));
const dist = join(root, 'dist');
const licenses = [];

function bundle(entry, name) {
  const out = join(work, name);
  execFileSync(
    ncc,
    ['build', entry, '-o', out, '--quiet', '--target', 'es2022', '--license', 'licenses.txt'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  licenses.push(`===== ${name} =====\n\n${readFileSync(join(out, 'licenses.txt'), 'utf8')}`);
  rmSync(join(out, 'licenses.txt'));
  return out;
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
for (const [name, entry] of [
  ['action', 'src/index.ts'],
  ['cli', 'src/cli.ts'],
]) {
  cpSync(bundle(entry, name), join(dist, name), { recursive: true });
  // The HCL parser (src/iac/terraform/parse.ts) loads its WebAssembly from beside the bundle.
  for (const wasm of [
    'web-tree-sitter/tree-sitter.wasm',
    '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm',
  ]) {
    cpSync(join(root, 'node_modules', wasm), join(dist, name, wasm.split('/').pop()));
  }
}
const worker = bundle('src/worker.ts', 'worker');
const workerFiles = readdirSync(worker).filter((f) => f.endsWith('.js'));
if (workerFiles.length !== 1)
  throw new Error(`the worker bundle must be one file, got ${workerFiles.join(', ')}`);
cpSync(join(worker, 'index.js'), join(dist, 'worker.js'));

writeFileSync(
  join(dist, 'index.js'),
  "// The Action's entry (action.yml): the bundle is in action/.\nimport './action/index.js';\n",
);
writeFileSync(
  join(dist, 'cli.js'),
  "#!/usr/bin/env node\n// The CLI's entry: the bundle is in cli/.\nimport './cli/index.js';\n",
);
chmodSync(join(dist, 'cli.js'), 0o755);
writeFileSync(join(dist, 'licenses.txt'), licenses.join('\n'));
rmSync(work, { recursive: true, force: true });
