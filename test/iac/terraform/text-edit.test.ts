/** The style-keeping text edits: lists one element per line, commas, blank lines, alignment, CRLF. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/errors.js';
import { loadHclParser, type HclParser } from '../../../src/iac/terraform/parse.js';
import type { HclAttribute, HclBlock } from '../../../src/iac/terraform/syntax.js';
import { editTerraform } from '../../../src/iac/terraform/terraform.js';
import {
  applyEdits,
  deleteLines,
  editTuple,
  insertAttributeAfter,
  linesWithComments,
  type ElementFate,
} from '../../../src/iac/terraform/text-edit.js';
import { fixtureCopy, live, replace, tcp } from './helpers.js';

let parser: HclParser;
beforeAll(async () => {
  parser = await loadHclParser();
});

function firstAttribute(text: string): HclAttribute {
  const attr = parser.parse('main.tf', text).blocks[0]?.attributes[0];
  if (!attr) throw new Error('no attribute');
  return attr;
}

function editList(text: string, fates: ElementFate[], appended: string[] = []): string {
  const attr = firstAttribute(text);
  if (attr.value.kind !== 'tuple') throw new Error('not a list');
  const edit = editTuple(text, attr.value, fates, appended);
  return edit ? applyEdits(text, [edit]) : text;
}

const keep: ElementFate = { keep: true };

describe('editTuple', () => {
  it('replaces the last element of a list without trailing comma by several, one per line, still without it', () => {
    const text = 'x {\n  l = [\n    "a",\n    "b"\n  ]\n}\n';
    expect(editList(text, [keep, { replace: ['"c"', '"d"'] }])).toBe(
      'x {\n  l = [\n    "a",\n    "c",\n    "d"\n  ]\n}\n',
    );
  });

  it('drops the comma left on the new last element when the last one goes', () => {
    const text = 'x {\n  l = [\n    "a", # first\n    "b"\n  ]\n}\n';
    expect(editList(text, [keep, { replace: [] }])).toBe('x {\n  l = [\n    "a" # first\n  ]\n}\n');
  });

  it('keeps comment lines between elements and the comment of a replaced element', () => {
    const text = 'x {\n  l = [\n    # office\n    "a", # HQ\n\n    # partners\n    "b",\n  ]\n}\n';
    expect(editList(text, [{ replace: ['"a1"', '"a2"'] }, keep], ['"z"'])).toBe(
      'x {\n  l = [\n    # office\n    "a1", # HQ\n    "a2",\n\n    # partners\n    "b",\n    "z",\n  ]\n}\n',
    );
  });

  it('keeps the spacing of a one-line list', () => {
    expect(editList('x {\n  l = [ "a",  "b" ]\n}\n', [{ replace: ['"c"', '"d"'] }, keep])).toBe(
      'x {\n  l = [ "c",  "d",  "b" ]\n}\n',
    );
  });

  it('changes nothing when every element is kept and nothing is added', () => {
    const text = 'x {\n  l = ["a"]\n}\n';
    const attr = firstAttribute(text);
    expect(attr.value.kind === 'tuple' && editTuple(text, attr.value, [keep], [])).toBe(undefined);
  });
});

describe('deleteLines', () => {
  function deleteBlock(text: string, index: number): string {
    const block: HclBlock | undefined = parser.parse('main.tf', text).blocks[0]?.blocks[index];
    if (!block) throw new Error('no block');
    return applyEdits(text, [deleteLines(text, linesWithComments(text, block))]);
  }
  const body = 'r {\n  a = 1\n\n  # about b\n  b {\n  }\n\n  c {\n  }\n}\n';

  it('leaves one blank line where the block stood between two', () => {
    expect(deleteBlock(body, 0)).toBe('r {\n  a = 1\n\n  c {\n  }\n}\n');
  });

  it('leaves no blank line before the closing brace', () => {
    expect(deleteBlock(body, 1)).toBe('r {\n  a = 1\n\n  # about b\n  b {\n  }\n}\n');
  });

  it('leaves no blank line after the opening brace', () => {
    expect(deleteBlock('r {\n  b {\n  }\n\n  a = 1\n}\n', 0)).toBe('r {\n  a = 1\n}\n');
  });
});

describe('insertAttributeAfter', () => {
  it('aligns the new `=` with its neighbour when the name fits, and keeps CRLF', () => {
    const text = 'x {\r\n  to_port     = 22\r\n}\r\n';
    expect(applyEdits(text, [insertAttributeAfter(text, firstAttribute(text), 'self', 'true')])).toBe(
      'x {\r\n  to_port     = 22\r\n  self        = true\r\n}\r\n',
    );
  });
});

describe('files with CRLF line breaks', () => {
  it('edits and copies with CRLF only', async () => {
    const text = [
      'resource "aws_security_group" "web" {',
      '  name = "web"',
      '',
      '  ingress {',
      '    from_port   = 0',
      '    to_port     = 65535',
      '    protocol    = "tcp"',
      '    cidr_blocks = [',
      '      "10.0.0.0/8",',
      '    ]',
      '  }',
      '}',
      '',
    ].join('\r\n');
    const { dir, cleanup } = await fixtureCopy('inline', { 'main.tf': text });
    try {
      const rule = live({
        ruleId: 'sgr-1',
        groupName: 'web',
        fromPort: 0,
        toPort: 65535,
        peer: { cidr: '10.0.0.0/8' },
      });
      const result = await editTerraform({
        repoDir: dir,
        changes: [
          replace(
            rule,
            tcp(80, 80, { cidr: '10.0.0.0/8' }),
            tcp(443, 443, { cidr: '10.1.0.0/16' }),
            tcp(443, 443, { cidr: '10.2.0.0/16' }),
          ),
        ],
      });
      const after = result.edits[0]!.after;
      expect(after.replace(/\r\n/g, '')).not.toContain('\n');
      expect(after.split('\r\n').slice(3)).toEqual([
        '  ingress {',
        '    from_port   = 80',
        '    to_port     = 80',
        '    protocol    = "tcp"',
        '    cidr_blocks = [',
        '      "10.0.0.0/8",',
        '    ]',
        '  }',
        '',
        '  ingress {',
        '    from_port   = 443',
        '    to_port     = 443',
        '    protocol    = "tcp"',
        '    cidr_blocks = [',
        '      "10.1.0.0/16",',
        '      "10.2.0.0/16",',
        '    ]',
        '  }',
        '}',
        '',
      ]);
    } finally {
      await cleanup();
    }
  });
});

describe('loadHclParser', () => {
  it('loads the grammar from an explicit path, and says which file is missing', async () => {
    const grammar = join('node_modules', '@tree-sitter-grammars', 'tree-sitter-hcl', 'tree-sitter-hcl.wasm');
    const explicit = await loadHclParser({ grammarWasm: grammar });
    expect(explicit.parse('a.tf', 'a = 1\n').blocks).toEqual([]);
    await expect(loadHclParser({ grammarWasm: 'missing/tree-sitter-hcl.wasm' })).rejects.toThrow(
      new ConfigurationError("cannot read the HCL parser's missing/tree-sitter-hcl.wasm"),
    );
  });

  it('marks a file with a syntax error, which the editor then leaves alone', async () => {
    expect(parser.parse('bad.tf', 'resource "x" "y" {\n  a = \n').hasError).toBe(true);
    const { dir, cleanup } = await fixtureCopy('inline', { 'broken.tf': 'resource "x" {\n' });
    try {
      const result = await editTerraform({ repoDir: dir, changes: [] });
      expect(result.unparsed).toEqual(['broken.tf']);
    } finally {
      await cleanup();
    }
  });
});
