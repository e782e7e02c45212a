#!/usr/bin/env node
// Assembles the WebAssembly line scanner (src/sources/wasm/lines.wat) with wabt and writes it,
// base64, into src/sources/wasm/lines.ts, which the reader imports (so that ncc and vitest need
// no loader for .wasm files). The generated file is committed; `--check` fails when it is stale.
//
// Besides the generic `scan` (a loop over the fields that dispatches on each field's kind), it
// adds a scanner specialized for each format in SPECIALIZED: the field code copied once per
// field, with the kind a constant and the dispatch a direct branch (about a sixth faster).
//
//   node scripts/build-wasm.mjs [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import wabt from 'wabt';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'src', 'sources', 'wasm', 'lines.wat');
const target = join(root, 'src', 'sources', 'wasm', 'lines.ts');

/** Formats with a scanner of their own: AWS's default format (version 2). */
const SPECIALIZED = {
  scanDefault:
    'version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status',
};
/** FieldSlot (src/sources/format.ts) by field name; other fields are skipped (0). */
const SLOTS = {
  'interface-id': 1,
  srcaddr: 2,
  dstaddr: 3,
  srcport: 4,
  dstport: 5,
  protocol: 6,
  packets: 7,
  bytes: 8,
  start: 9,
  end: 10,
  action: 11,
  'log-status': 12,
  'tcp-flags': 13,
  'flow-direction': 14,
};
/** Where the generic dispatch sends each kind. */
const LABELS = ['$next', '$interface', '$address', '$address', '$number', '$number', '$number', '$number'];
LABELS.push('$number', '$number', '$number', '$word', '$word', '$number', '$word');

const DISPATCH = /\(br_table \$next \$interface[^(]*\(local\.get \$kind\)\)/;
const KIND = '(local.set $kind (i32.load8_u (i32.add (local.get $format) (local.get $f))))';

/** The text between two marker comments (the markers' lines excluded). */
function between(text, open, close) {
  const lines = text.split('\n');
  const from = lines.findIndex((l) => l.includes(open));
  const to = lines.findIndex((l) => l.includes(close));
  if (from < 0 || to < from) throw new Error(`markers ${open} … ${close} not found in lines.wat`);
  return { lines, from, to };
}

/** The generic scan function with its field loop replaced by straight-line code for `fields`. */
function specialize(wat, name, fields) {
  const funcStart = wat.indexOf('  (func (export "scan")');
  const funcEnd = wat.lastIndexOf('\n)');
  const generic = wat.slice(funcStart, funcEnd);
  const { lines, from, to } = between(generic, ';; <field>', ';; </field>');
  const loopLine = lines.findIndex((l) => l.includes('(loop $fieldsLoop'));
  const taken = lines.findIndex((l) => l.includes(';; <taken>'));
  const body = lines.slice(from + 1, to).join('\n');
  if (!DISPATCH.test(body) || !body.includes(KIND)) throw new Error('field code of lines.wat changed shape');
  const code = fields.flatMap((field, i) => {
    const kind = SLOTS[field] ?? 0;
    const last = i === fields.length - 1;
    return [
      `            ;; ${field}`,
      body.replace(KIND, `(local.set $kind (i32.const ${kind}))`).replace(DISPATCH, `(br ${LABELS[kind]})`),
      last
        ? `            (if (i32.eq (i32.load8_u (local.get $q)) (i32.const 13))
              (then (local.set $q (i32.add (local.get $q) (i32.const 1)))))
            (br_if $fail (i32.ne (i32.load8_u (local.get $q)) (i32.const 10)))
            (local.set $q (i32.add (local.get $q) (i32.const 1)))`
        : `            (br_if $fail (i32.ne (i32.load8_u (local.get $q)) (i32.const 32)))
            (local.set $p0 (i32.add (local.get $q) (i32.const 1)))`,
    ];
  });
  return [
    ...lines.slice(0, loopLine).map((l) => l.replace('(func (export "scan")', `(func (export "${name}")`)),
    '          (block $fields',
    ...code,
    '          )',
    ...lines.slice(taken),
  ].join('\n');
}

/**
 * The IPv4 shuffles, at address 0: for each combination of octet lengths (1 to 3 digits each,
 * index (l1-1)*27 + (l2-1)*9 + (l3-1)*3 + (l4-1)), 16 byte indices that put octet k's digits in
 * lanes 4k..4k+2 as hundreds, tens, ones; 255 (read as zero) for missing digits and lane 4k+3.
 */
function ipv4Shuffles() {
  const bytes = [];
  for (let index = 0; index < 81; index++) {
    const lengths = [
      Math.floor(index / 27) + 1,
      (Math.floor(index / 9) % 3) + 1,
      (Math.floor(index / 3) % 3) + 1,
    ];
    lengths.push((index % 3) + 1);
    let start = 0;
    for (const length of lengths) {
      for (let j = 0; j < 3; j++) bytes.push(j < 3 - length ? 255 : start + j - (3 - length));
      bytes.push(255);
      start += length + 1;
    }
  }
  return bytes;
}
const shuffles = ipv4Shuffles();

const wat = readFileSync(source, 'utf8');
const end = wat.lastIndexOf('\n)');
const full = [
  wat.slice(0, end),
  ...Object.entries(SPECIALIZED).map(([name, fields]) => specialize(wat, name, fields.split(' '))),
  `  (data (i32.const 0) "${shuffles.map((b) => `\\${b.toString(16).padStart(2, '0')}`).join('')}")`,
  ')',
].join('\n');

const tools = await wabt();
const parsed = tools.parseWat('lines.wat', full);
parsed.validate();
const { buffer } = parsed.toBinary({});
parsed.destroy();
const generated = `// Generated by scripts/build-wasm.mjs from lines.wat: do not edit.
/** The assembled line scanner, base64. */
export const LINES_WASM =
  '${Buffer.from(buffer).toString('base64')}';

/** Bytes at the start of the memory that the module fills (its IPv4 shuffles). */
export const RESERVED_BYTES = ${shuffles.length};

/** The specialized scanners (exports of LINES_WASM) by their format's field list. */
export const SPECIALIZED_SCANNERS: Readonly<Record<string, string>> = {
${Object.entries(SPECIALIZED)
  .map(([name, fields]) => `  '${fields}': '${name}',`)
  .join('\n')}
};
`;
// In the repository's style, so that the formatting check passes on the generated file too.
const text = await prettier.format(generated, {
  ...(await prettier.resolveConfig(target)),
  filepath: target,
});
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== text) {
    console.error('src/sources/wasm/lines.ts is stale: run node scripts/build-wasm.mjs');
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target} (${buffer.length} bytes of WebAssembly)`);
}
