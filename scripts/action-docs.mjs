#!/usr/bin/env node
// Writes the README's "GitHub Action" reference from its sources, so that the two cannot drift:
//
//   <!-- action-inputs:start -->  … <!-- action-inputs:end -->    the inputs table, from action.yml
//   <!-- action-outputs:start --> … <!-- action-outputs:end -->   the outputs table, from action.yml
//   <!-- action-workflow:NAME:start --> … <!-- action-workflow:NAME:end -->
//                                                                  docs/workflows/NAME.yml, verbatim
//
//   node scripts/action-docs.mjs           rewrite README.md
//   node scripts/action-docs.mjs --check   exit 1 when README.md is not what it would write
//
// Only the text between the markers is generated; everything around them is the README's own.
// Tables are formatted with the repository's Prettier settings, so `prettier --check` agrees.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const README = join(root, 'README.md');
const ACTION = join(root, 'action.yml');
const WORKFLOWS = join(root, 'docs', 'workflows');

/** Text for a table cell: one line, pipes escaped. */
function cell(text) {
  return String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

/** A code span that survives backticks inside the value. */
function code(text) {
  const value = String(text);
  const fence = value.includes('`') ? '``' : '`';
  return `${fence}${value.includes('`') ? ` ${value} ` : value}${fence}`;
}

function inputsTable(action) {
  const rows = Object.entries(action.inputs ?? {}).map(([name, spec]) => {
    const fallback = spec?.default === undefined ? '' : code(spec.default);
    return `| ${code(name)} | ${cell(spec?.description)} | ${spec?.required === true ? 'yes' : 'no'} | ${fallback} |`;
  });
  return ['| Input | Description | Required | Default |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

function outputsTable(action) {
  const rows = Object.entries(action.outputs ?? {}).map(
    ([name, spec]) => `| ${code(name)} | ${cell(spec?.description)} |`,
  );
  return ['| Output | Description |', '| --- | --- |', ...rows].join('\n');
}

function workflowBlock(text) {
  return ['```yaml', text.trimEnd(), '```'].join('\n');
}

/** The generated sections: marker name → markdown. */
function sections() {
  const action = parse(readFileSync(ACTION, 'utf8'));
  const generated = new Map([
    ['action-inputs', inputsTable(action)],
    ['action-outputs', outputsTable(action)],
  ]);
  if (existsSync(WORKFLOWS)) {
    for (const file of readdirSync(WORKFLOWS)
      .filter((f) => f.endsWith('.yml'))
      .sort()) {
      const text = readFileSync(join(WORKFLOWS, file), 'utf8');
      parse(text); // a workflow that is not YAML fails here, not in a user's repository
      generated.set(`action-workflow:${basename(file, '.yml')}`, workflowBlock(text));
    }
  }
  return generated;
}

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * README.md with every marked section regenerated, and the names of the sections that changed;
 * throws when a marker is missing or names nothing.
 */
export async function renderReadme(readme) {
  const options = { ...(await prettier.resolveConfig(README)), parser: 'markdown' };
  const generated = sections();
  const problems = [];
  const changed = [];
  let out = readme;
  for (const [name, markdown] of generated) {
    const pattern = new RegExp(
      `(<!-- ${escapeRegExp(name)}:start -->)[\\s\\S]*?(<!-- ${escapeRegExp(name)}:end -->)`,
    );
    if (!pattern.test(out)) {
      problems.push(`README.md has no <!-- ${name}:start --> … <!-- ${name}:end --> markers`);
      continue;
    }
    const body = (await prettier.format(markdown, options)).trimEnd();
    out = out.replace(pattern, (whole, start, end) => {
      const next = `${start}\n\n${body}\n\n${end}`;
      if (next !== whole) changed.push(name);
      return next;
    });
  }
  for (const [, name] of readme.matchAll(/<!-- (action-[\w:.-]+):start -->/g)) {
    if (!generated.has(name))
      problems.push(
        name.startsWith('action-workflow:')
          ? `README.md shows ${name}, but docs/workflows/${name.slice('action-workflow:'.length)}.yml does not exist`
          : `README.md has unknown markers <!-- ${name}:start -->`,
      );
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return { text: out, changed };
}

async function main(argv) {
  const check = argv.includes('--check');
  const unknown = argv.filter((a) => a !== '--check');
  if (unknown.length > 0) {
    process.stderr.write(`action-docs: unknown argument ${unknown[0]}; usage: action-docs.mjs [--check]\n`);
    return 2;
  }
  const readme = readFileSync(README, 'utf8');
  let next;
  try {
    next = await renderReadme(readme);
  } catch (e) {
    process.stderr.write(`action-docs: ${e.message}\n`);
    return 1;
  }
  if (next.changed.length === 0) {
    process.stdout.write('action-docs: README.md is up to date\n');
    return 0;
  }
  if (check) {
    process.stderr.write(
      `action-docs: README.md is out of date (${next.changed.join(', ')}): run \`npm run docs\` and commit README.md\n`,
    );
    return 1;
  }
  writeFileSync(README, next.text);
  process.stdout.write(`action-docs: README.md updated (${next.changed.join(', ')})\n`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
