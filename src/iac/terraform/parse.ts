/**
 * Parses HCL with tree-sitter's HCL grammar (web-tree-sitter, WebAssembly: no native build) into
 * the syntax model of syntax.ts, with the offset of every block, attribute and value.
 *
 * Two WebAssembly files are needed at run time: web-tree-sitter's `tree-sitter.wasm` and the
 * grammar's `tree-sitter-hcl.wasm`. They are looked up next to the running module first (where a
 * bundle keeps them), then in node_modules; `loadHclParser` also takes explicit paths.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Parser from 'web-tree-sitter';
import { ConfigurationError } from '../../errors.js';
import type { ComputedSource, HclAttribute, HclBlock, HclExpression, HclFile } from './syntax.js';

/** Where the two WebAssembly files are; each defaults to next to this module, then node_modules. */
export interface HclGrammarPaths {
  /** `tree-sitter-hcl.wasm` (package `@tree-sitter-grammars/tree-sitter-hcl`). */
  grammarWasm?: string;
  /** `tree-sitter.wasm` (package `web-tree-sitter`). */
  runtimeWasm?: string;
}

/** A loaded HCL parser. */
export interface HclParser {
  /** Parses one file's text; `file` is its path relative to the repository root. */
  parse(file: string, text: string): HclFile;
}

type Node = Parser.SyntaxNode;

export const GRAMMAR_WASM = 'tree-sitter-hcl.wasm';
export const RUNTIME_WASM = 'tree-sitter.wasm';

let runtime: Promise<void> | undefined;
const languages = new Map<string, Promise<Parser.Language>>();

/** Loads (once per grammar file) the HCL grammar and returns a parser for it. */
export async function loadHclParser(paths: HclGrammarPaths = {}): Promise<HclParser> {
  const runtimeWasm = paths.runtimeWasm ?? defaultWasmPath(RUNTIME_WASM, 'web-tree-sitter/tree-sitter.wasm');
  const grammarWasm =
    paths.grammarWasm ??
    defaultWasmPath(GRAMMAR_WASM, '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm');
  // The runtime is one Emscripten module per process: the first caller's file is the one loaded.
  runtime ??= readWasm(runtimeWasm).then(startRuntime);
  await runtime;
  let language = languages.get(grammarWasm);
  if (!language) {
    language = readWasm(grammarWasm).then((bytes) => Parser.Language.load(bytes));
    // A failed load is not remembered: the file may be there on the next call.
    language.catch(() => languages.delete(grammarWasm));
    languages.set(grammarWasm, language);
  }
  const parser = new Parser();
  parser.setLanguage(await language);
  return {
    parse(file, text) {
      const tree = parser.parse(text);
      if (!tree) throw new Error(`tree-sitter returned no tree for ${file}`);
      try {
        const root = tree.rootNode;
        const body = root.namedChildren.find((n) => n?.type === 'body');
        const slash = file.lastIndexOf('/');
        return {
          file,
          dir: slash === -1 ? '' : file.slice(0, slash),
          text,
          blocks: body ? children(body, 'block').map((b) => toBlock(b, text)) : [],
          hasError: root.hasError,
        };
      } finally {
        tree.delete();
      }
    },
  };
}

/**
 * Starts web-tree-sitter's runtime. Its CommonJS build reads `__dirname` as it starts in Node, and
 * an ES module bundle (dist/) has none: lend it one for that moment (the WebAssembly itself is
 * passed in, so the directory is never used to find a file).
 */
async function startRuntime(wasmBinary: Uint8Array): Promise<void> {
  const global = globalThis as { __dirname?: string };
  const lent = typeof __dirname === 'undefined' && global.__dirname === undefined;
  if (lent) global.__dirname = dirname(fileURLToPath(import.meta.url));
  try {
    await Parser.init({ wasmBinary });
  } finally {
    if (lent) delete global.__dirname;
  }
}

function defaultWasmPath(name: string, specifier: string): string {
  const beside = join(dirname(fileURLToPath(import.meta.url)), name);
  if (existsSync(beside)) return beside;
  try {
    return createRequire(import.meta.url).resolve(specifier);
  } catch {
    throw new ConfigurationError(`cannot find ${name}: install the dependencies (npm ci)`);
  }
}

async function readWasm(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch {
    throw new ConfigurationError(`cannot read the HCL parser's ${path}`);
  }
}

function children(node: Node, type: string): Node[] {
  return node.namedChildren.filter((n): n is Node => n !== null && n.type === type);
}

function significant(node: Node): Node[] {
  return node.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');
}

function toBlock(node: Node, text: string): HclBlock {
  const parts = significant(node);
  const type = parts[0]?.text ?? '';
  const labelNodes = parts.slice(1).filter((n) => n.type === 'string_lit' || n.type === 'identifier');
  const labels = labelNodes.map((n) => (n.type === 'string_lit' ? stringOf(n) : n.text));
  const start = parts.find((n) => n.type === 'block_start');
  const end = parts.find((n) => n.type === 'block_end');
  const body = parts.find((n) => n.type === 'body');
  return {
    type,
    labels,
    labelSpans: labelNodes.map((n) => ({ start: n.startIndex, end: n.endIndex })),
    start: node.startIndex,
    end: node.endIndex,
    line: node.startPosition.row + 1,
    bodyStart: start ? start.endIndex : node.endIndex,
    bodyEnd: end ? end.startIndex : node.endIndex,
    attributes: body ? children(body, 'attribute').map((a) => toAttribute(a, text)) : [],
    blocks: body ? children(body, 'block').map((b) => toBlock(b, text)) : [],
  };
}

function toAttribute(node: Node, text: string): HclAttribute {
  const [name, expression] = significant(node);
  const equals = node.children.find((n) => n?.type === '=');
  return {
    name: name?.text ?? '',
    start: node.startIndex,
    end: node.endIndex,
    nameEnd: name?.endIndex ?? node.startIndex,
    equals: equals?.startIndex ?? node.startIndex,
    value: expression
      ? toExpression(expression, text)
      : { kind: 'null', start: node.endIndex, end: node.endIndex, text: '' },
  };
}

function toExpression(node: Node, text: string): HclExpression {
  const span = { start: node.startIndex, end: node.endIndex, text: node.text };
  const parts = significant(node);
  const first = parts[0];
  if (node.type === 'expression' && first && parts.length === 1) return toExpression(first, text);
  if (node.type === 'expression' && first?.type === 'variable_expr') {
    const path = [first.text];
    for (const part of parts.slice(1)) {
      const name = part.type === 'get_attr' ? significant(part)[0] : undefined;
      if (!name) return { ...span, kind: 'computed', source: rootSource(first.text) };
      path.push(name.text);
    }
    const source = rootSource(path[0] ?? '');
    return source === 'expression'
      ? { ...span, kind: 'reference', path }
      : { ...span, kind: 'computed', source };
  }
  switch (node.type) {
    case 'variable_expr': {
      const source = rootSource(node.text);
      return source === 'expression'
        ? { ...span, kind: 'reference', path: [node.text] }
        : { ...span, kind: 'computed', source };
    }
    case 'literal_value':
      return first ? toExpression(first, text) : { ...span, kind: 'null' };
    case 'string_lit':
      return { ...span, kind: 'string', value: stringOf(node) };
    case 'numeric_lit':
      return { ...span, kind: 'number', value: Number(node.text) };
    case 'bool_lit':
      return { ...span, kind: 'bool', value: node.text === 'true' };
    case 'null_lit':
      return { ...span, kind: 'null' };
    case 'collection_value':
      if (first?.type === 'tuple') {
        const elements = children(first, 'expression').map((e) => toExpression(e, text));
        return { ...span, kind: 'tuple', elements, multiline: node.text.includes('\n') };
      }
      return { ...span, kind: 'computed', source: 'expression' };
    case 'template_expr':
      return templateExpression(first, span, text);
    case 'function_call':
      return { ...span, kind: 'computed', source: 'function' };
    case 'operation': {
      // `-1` is a unary minus applied to the literal 1.
      const unary = first?.type === 'unary_operation' ? first : undefined;
      const operand = unary ? significant(unary)[0] : undefined;
      if (unary?.text.trim().startsWith('-') && operand) {
        const inner = toExpression(operand, text);
        if (inner.kind === 'number') return { ...span, kind: 'number', value: -inner.value };
      }
      return { ...span, kind: 'computed', source: 'expression' };
    }
    default:
      return { ...span, kind: 'computed', source: 'expression' };
  }
}

function templateExpression(
  template: Node | undefined,
  span: { start: number; end: number; text: string },
  text: string,
): HclExpression {
  const parts = template ? significant(template) : [];
  const inner = parts.filter((n) => !n.type.endsWith('_start') && !n.type.endsWith('_end'));
  if (template?.type === 'quoted_template' && inner.every((n) => n.type === 'template_literal'))
    return { ...span, kind: 'string', value: inner.map((n) => unescape(n.text)).join('') };
  // "${aws_security_group.web.id}" is the pre-0.12 spelling of a plain reference.
  const only = inner.length === 1 && inner[0]?.type === 'template_interpolation' ? inner[0] : undefined;
  const expression = only ? significant(only).find((n) => n.type === 'expression') : undefined;
  if (expression) {
    const value = toExpression(expression, text);
    if (value.kind === 'reference' || (value.kind === 'computed' && value.source !== 'expression'))
      return { ...value, ...span };
  }
  return { ...span, kind: 'computed', source: 'interpolation' };
}

function rootSource(root: string): ComputedSource {
  if (root === 'var') return 'variable';
  if (root === 'local') return 'local';
  if (root === 'each' || root === 'count') return 'iteration';
  return 'expression';
}

function stringOf(node: Node): string {
  return children(node, 'template_literal')
    .map((n) => unescape(n.text))
    .join('');
}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/** HCL's quoted-string escapes, and `$${` / `%%{` for a literal `${` / `%{`. */
function unescape(raw: string): string {
  return raw
    .replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (all, code: string) => {
      if (code.length > 1) return String.fromCodePoint(parseInt(code.slice(1), 16));
      return ESCAPES[code] ?? all;
    })
    .replace(/([$%])\1\{/g, '$1{');
}
