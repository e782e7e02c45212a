/**
 * Reads YAML into a source tree with exact offsets, through the `yaml` package's document (values,
 * tags, scalar styles) and its concrete syntax tokens (where each `-`, `:` and tag is), so that
 * edits can splice the original text. CloudFormation's short-form functions (`!Ref`, `!GetAtt`,
 * `!Sub`, …) are declared as tags that keep their node as it is written.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Node,
  type Scalar,
  type Tags,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import type { CST } from 'yaml';
import type {
  MapEntry,
  MapNode,
  QuoteStyle,
  SeqEntry,
  SeqNode,
  SourceDocument,
  SourceNode,
} from './source-tree.js';

/** Every short-form function of CloudFormation templates (and of their `Rules` and `Conditions`). */
const CLOUDFORMATION_FUNCTIONS = [
  'And',
  'Base64',
  'Cidr',
  'Condition',
  'Contains',
  'EachMemberEquals',
  'EachMemberIn',
  'Equals',
  'FindInMap',
  'ForEach',
  'GetAtt',
  'GetAZs',
  'If',
  'ImportValue',
  'Join',
  'Length',
  'Not',
  'Or',
  'Ref',
  'RefAll',
  'Select',
  'Split',
  'Sub',
  'ToJsonString',
  'Transform',
  'ValueOf',
  'ValueOfAll',
];

/** The tags as the `yaml` package takes them: each function as a scalar, a sequence and a map. */
const CLOUDFORMATION_TAGS: Tags = CLOUDFORMATION_FUNCTIONS.flatMap((name) => [
  { tag: `!${name}`, resolve: (source: string) => source },
  { tag: `!${name}`, collection: 'seq' as const, resolve: (value: unknown) => value as never },
  { tag: `!${name}`, collection: 'map' as const, resolve: (value: unknown) => value as never },
]);

/** Thrown when a file is not YAML this reader can place edits in. */
export class SourceSyntaxError extends Error {
  override readonly name = 'SourceSyntaxError';
}

const QUOTES: Readonly<Record<string, QuoteStyle>> = {
  PLAIN: 'plain',
  QUOTE_SINGLE: 'single',
  QUOTE_DOUBLE: 'double',
  BLOCK_LITERAL: 'block',
  BLOCK_FOLDED: 'block',
};

type TokenList = readonly CST.SourceToken[] | undefined;

/** Offset of the first tag or anchor written before a value, if any. */
function propsStart(tokens: TokenList, after: number): number | undefined {
  const props = (tokens ?? []).filter((t) => (t.type === 'tag' || t.type === 'anchor') && t.offset >= after);
  return props.length === 0 ? undefined : Math.min(...props.map((t) => t.offset));
}

function tagOf(node: Node): string | undefined {
  return node.tag?.startsWith('!') ? node.tag : undefined;
}

function withTag<T extends SourceNode>(node: T, tag: string | undefined): T {
  if (tag !== undefined) node.tag = tag;
  return node;
}

function emptyAt(offset: number): SourceNode {
  return { kind: 'scalar', value: null, quote: 'plain', start: offset, end: offset };
}

/** Converts the `yaml` package's nodes, reading offsets from their source tokens. */
class Converter {
  constructor(private readonly text: string) {}

  node(node: unknown, props: number | undefined): SourceNode {
    if (isAlias(node)) {
      const [from, to] = node.range ?? [0, 0];
      // An alias stands for another node; it stays opaque so that no edit reaches through it.
      return { kind: 'scalar', value: null, quote: 'plain', start: props ?? from, end: to, tag: '*alias' };
    }
    if (isScalar(node)) return this.scalar(node, props);
    if (isMap(node)) return this.map(node as YAMLMap<unknown, unknown>, props);
    if (isSeq(node)) return this.seq(node as YAMLSeq<unknown>, props);
    throw new SourceSyntaxError('an unexpected YAML node');
  }

  private scalar(node: Scalar, props: number | undefined): SourceNode {
    const [from, to] = node.range ?? [0, 0];
    const v = node.value;
    const value =
      v === null || v === undefined
        ? null
        : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
          ? v
          : String(v);
    const quote = QUOTES[node.type ?? 'PLAIN'] ?? 'plain';
    // A block scalar's range runs over its last line break; its content ends before it.
    const end = quote === 'block' ? from + this.text.slice(from, to).trimEnd().length : to;
    return withTag({ kind: 'scalar', value, quote, start: props ?? from, end }, tagOf(node));
  }

  private map(node: YAMLMap<unknown, unknown>, props: number | undefined): MapNode {
    const token = node.srcToken as CST.BlockMap | CST.FlowCollection | undefined;
    const entries: MapEntry[] = node.items.map((pair, i) => {
      const item = token?.items[i];
      const key = pair.key;
      if (!isScalar(key) || !key.range) throw new SourceSyntaxError('a map key that is not a plain value');
      const colon = (item?.sep ?? []).find((t) => t.type === 'map-value-ind');
      const colonEnd = colon ? colon.offset + 1 : key.range[1];
      const value = pair.value ? this.node(pair.value, propsStart(item?.sep, colonEnd)) : emptyAt(colonEnd);
      return {
        key: String(key.value),
        keyQuote: QUOTES[key.type ?? 'PLAIN'] ?? 'plain',
        start: key.range[0],
        keyEnd: key.range[1],
        colonEnd,
        value,
        end: Math.max(value.end, colonEnd),
      };
    });
    return withTag(this.bounds({ kind: 'map', flow: node.flow === true, entries }, node, props), tagOf(node));
  }

  private seq(node: YAMLSeq<unknown>, props: number | undefined): SeqNode {
    const token = node.srcToken as CST.BlockSequence | CST.FlowCollection | undefined;
    const entries: SeqEntry[] = node.items.map((child, i) => {
      const item = token?.items[i];
      const indicator = (item?.start ?? []).find((t) => t.type === 'seq-item-ind');
      const after = indicator ? indicator.offset + 1 : 0;
      const value = child ? this.node(child, propsStart(item?.start, after)) : emptyAt(after);
      return { start: indicator?.offset ?? value.start, value, end: value.end };
    });
    return withTag(this.bounds({ kind: 'seq', flow: node.flow === true, entries }, node, props), tagOf(node));
  }

  /** A flow collection ends at its bracket; a block one where its last entry's content ends. */
  private bounds<T extends { flow: boolean; entries: { start: number; end: number }[] }>(
    shape: T,
    node: Node,
    props: number | undefined,
  ): T & { start: number; end: number } {
    const [from, to] = node.range ?? [0, 0];
    const last = shape.entries.at(-1);
    const first = shape.entries[0];
    const start = props ?? (shape.flow || !first ? from : Math.min(from, first.start));
    const end = shape.flow || !last ? to : last.end;
    return { ...shape, start, end };
  }
}

/**
 * Parses one YAML document into a source tree. Throws SourceSyntaxError when the text is not
 * YAML (or holds several documents), with the parser's first message.
 */
export function parseYamlSource(text: string): SourceDocument {
  const doc = parseDocument(text, { keepSourceTokens: true, customTags: CLOUDFORMATION_TAGS });
  const error = doc.errors[0];
  if (error) throw new SourceSyntaxError(error.message.split('\n')[0] ?? 'not YAML');
  if (doc.contents === null) throw new SourceSyntaxError('an empty document');
  return { syntax: 'yaml', text, root: new Converter(text).node(doc.contents, undefined) };
}
