/**
 * Reads JSON into a source tree with exact offsets: a small recursive scanner that keeps where
 * every key, value and bracket is, so that edits can splice the original text and keep its
 * indentation and spacing.
 */
import { SourceSyntaxError } from './yaml-tree.js';
import type { MapEntry, SeqEntry, SourceDocument, SourceNode } from './source-tree.js';

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// Any escape is taken here; JSON.parse of the token then rejects what JSON does not allow.
const STRING = /"(?:[^"\\]|\\.)*"/y;
const LITERALS: ReadonlyArray<[string, boolean | null]> = [
  ['true', true],
  ['false', false],
  ['null', null],
];

class Scanner {
  at = 0;

  constructor(private readonly text: string) {}

  fail(what: string): never {
    const line = this.text.slice(0, this.at).split('\n').length;
    throw new SourceSyntaxError(`${what} at line ${line}`);
  }

  skip(): void {
    while (this.at < this.text.length && WHITESPACE.has(this.text[this.at] ?? '')) this.at++;
  }

  expect(char: string): void {
    this.skip();
    if (this.text[this.at] !== char) this.fail(`expected '${char}'`);
    this.at++;
  }

  string(): { value: string; start: number; end: number } {
    STRING.lastIndex = this.at;
    const m = STRING.exec(this.text);
    if (!m) this.fail('expected a string');
    const start = this.at;
    let value: string;
    try {
      value = JSON.parse(m[0]) as string;
    } catch {
      return this.fail('a malformed string');
    }
    this.at += m[0].length;
    return { value, start, end: this.at };
  }

  value(): SourceNode {
    this.skip();
    const start = this.at;
    const c = this.text[start];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') {
      const s = this.string();
      return { kind: 'scalar', value: s.value, quote: 'double', start, end: s.end };
    }
    NUMBER.lastIndex = start;
    const n = NUMBER.exec(this.text);
    if (n) {
      this.at += n[0].length;
      return { kind: 'scalar', value: Number(n[0]), quote: 'plain', start, end: this.at };
    }
    for (const [word, value] of LITERALS) {
      if (this.text.startsWith(word, start)) {
        this.at += word.length;
        return { kind: 'scalar', value, quote: 'plain', start, end: this.at };
      }
    }
    return this.fail('expected a value');
  }

  object(): SourceNode {
    const start = this.at++;
    const entries: MapEntry[] = [];
    this.skip();
    if (this.text[this.at] === '}') {
      this.at++;
      return { kind: 'map', flow: true, entries, start, end: this.at };
    }
    for (;;) {
      this.skip();
      const key = this.string();
      this.expect(':');
      const colonEnd = this.at;
      const value = this.value();
      entries.push({
        key: key.value,
        keyQuote: 'double',
        start: key.start,
        keyEnd: key.end,
        colonEnd,
        value,
        end: value.end,
      });
      this.skip();
      const c = this.text[this.at++];
      if (c === '}') return { kind: 'map', flow: true, entries, start, end: this.at };
      if (c !== ',') this.fail("expected ',' or '}'");
    }
  }

  array(): SourceNode {
    const start = this.at++;
    const entries: SeqEntry[] = [];
    this.skip();
    if (this.text[this.at] === ']') {
      this.at++;
      return { kind: 'seq', flow: true, entries, start, end: this.at };
    }
    for (;;) {
      const value = this.value();
      entries.push({ start: value.start, value, end: value.end });
      this.skip();
      const c = this.text[this.at++];
      if (c === ']') return { kind: 'seq', flow: true, entries, start, end: this.at };
      if (c !== ',') this.fail("expected ',' or ']'");
    }
  }
}

/** Parses a JSON text (a leading byte-order mark allowed) into a source tree. */
export function parseJsonSource(text: string): SourceDocument {
  const scanner = new Scanner(text);
  if (text.startsWith('\uFEFF')) scanner.at = 1;
  const root = scanner.value();
  scanner.skip();
  if (scanner.at < text.length) scanner.fail('unexpected text after the document');
  return { syntax: 'json', text, root };
}
