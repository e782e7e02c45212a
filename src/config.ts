/**
 * The config file (`.github/sg-flow-audit.yml`): port lists, thresholds, severities, known
 * networks and suppressions. Every key is optional; the defaults are what the contract documents.
 */
import { CST, isNode, Lexer, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { ConfigurationError, describeValue, printable, schemaIssueLine } from './errors.js';
import { describeFileError, readTextFile } from './inventory/text-file.js';
import { parseCidr } from './analysis/net.js';
import { DEFAULT_INPUT_LIMITS } from './sources/limits.js';
import type { FindingType, Severity } from './report/types.js';

/** Security Hub control EC2.19: ports that should not be open to the world. */
export const HIGH_RISK_PORTS = [
  20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 3389, 4333, 5000, 5432, 5500, 5601, 8080,
  8088, 8888, 9200, 9300,
];

const severity = z.enum(['critical', 'high', 'medium', 'low', 'info']);
const portNumber = z.number().int().min(0).max(65535);
const cidr = z
  .string()
  .refine((s) => parseCidr(s) !== undefined, { message: 'not a CIDR (a.b.c.d/n or x::/n)' });
const date = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .refine((s) => /^\d{4}-\d{2}-\d{2}/.test(s) && !Number.isNaN(Date.parse(s)), {
    message: 'expected a date YYYY-MM-DD',
  });

/** `7d`, `36h`, `90m` or a number of seconds, as seconds. */
const duration = z.union([z.number().int().min(0), z.string()]).transform((v, ctx) => {
  if (typeof v === 'number') return v;
  const match = /^(\d+)\s*([dhm])$/.exec(v.trim());
  if (!match) {
    ctx.addIssue({ code: 'custom', message: `expected a duration such as 7d, 36h or 90m, got '${v}'` });
    return z.NEVER;
  }
  return Number(match[1]) * { d: 86_400, h: 3_600, m: 60 }[match[2] as 'd' | 'h' | 'm'];
});

const BYTE_UNITS: Record<string, number> = {
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
  tib: 1024 ** 4,
};

/** `8 GiB`, `500 MB`, `1048576`: a size in bytes, at least `min`. */
const byteSize = (min: number) =>
  z.union([z.number().int(), z.string()]).transform((v, ctx) => {
    const match = typeof v === 'string' ? /^(\d+(?:\.\d+)?)\s*([a-z]+)?$/i.exec(v.trim()) : undefined;
    const unit = BYTE_UNITS[(match?.[2] ?? 'b').toLowerCase()];
    const bytes = typeof v === 'number' ? v : match && unit ? Math.floor(Number(match[1]) * unit) : undefined;
    if (bytes === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `expected a size such as 8 GiB, 512 MiB or 500 MB, got '${v}'`,
      });
      return z.NEVER;
    }
    if (bytes < min || bytes > Number.MAX_SAFE_INTEGER) {
      ctx.addIssue({ code: 'custom', message: `expected a size of at least ${min} bytes, got '${v}'` });
      return z.NEVER;
    }
    return bytes;
  });

const FINDING_TYPES = [
  'open-admin-port',
  'open-high-risk-port',
  'unused-rule',
  'broad-source',
  'broad-ports',
  'redundant-rule',
  'unattached-group',
  'default-group-rules',
  'port-scan',
  'unknown-source',
  'traffic-spike',
  'coverage-gap',
  'expired-suppression',
  'would-block-traffic',
  'blocked-by-change',
  'target-unreadable',
] as const satisfies readonly FindingType[];

const Suppression = z
  .object({
    type: z.enum(FINDING_TYPES).optional(),
    'rule-id': z.string().optional(),
    'group-id': z.string().optional(),
    peer: z.string().optional(),
    reason: z.string().min(1, 'a suppression needs a reason'),
    expires: date,
  })
  .strict()
  .refine((s) => s['rule-id'] ?? s['group-id'] ?? s.peer ?? s.type, {
    message: 'a suppression names at least one of type, rule-id, group-id or peer',
  });

const ConfigSchema = z
  .object({
    'admin-ports': z.array(portNumber).default([22, 3389]),
    'high-risk-ports': z.array(portNumber).default(HIGH_RISK_PORTS),
    'known-networks': z.array(cidr).default([]),
    'ephemeral-port-start': portNumber.default(32768),
    'narrow-egress': z.boolean().default(false),
    /**
     * The shortest window read that may justify removing a rule (`7d`, `36h`): evidence from a
     * shorter one still reports the rule as unused, without proposing its removal.
     */
    'min-window': duration.prefault('7d'),
    /** AWS's rules quota per group and direction, IPv4 and IPv6 counted apart. */
    'rules-per-group': z.number().int().min(1).max(1000).default(60),
    severity: z.partialRecord(z.enum(FINDING_TYPES), severity).default({}),
    thresholds: z
      .object({
        'broad-source-max-peers': z.number().int().min(1).default(32),
        'broad-source-min-host-bits': z.number().int().min(0).max(128).default(9),
        'broad-source-max-cidrs': z.number().int().min(1).default(60),
        /**
         * A group reference replaces single addresses when the peers seen are at least this share
         * of the group's interfaces (a group of six with six seen; not a group on every host).
         */
        'group-reference-min-share': z.number().min(0).max(1).default(0.5),
        'broad-ports-min-width': z.number().int().min(2).default(16),
        'broad-ports-max-ports': z.number().int().min(1).default(8),
        'port-scan-min-ports': z.number().int().min(2).default(25),
        'spike-factor': z.number().min(1).default(5),
        'spike-min-flows': z.number().int().min(0).default(1000),
        'bucket-seconds': z.number().int().min(60).default(3600),
        'peer-cap': z.number().int().min(16).default(100_000),
      })
      .strict()
      .prefault({}),
    suppressions: z.array(Suppression).default([]),
    /**
     * How far one compressed flow-log file may inflate before it is stopped (a gzip bomb) and
     * reported as that file's input error; see src/sources/limits.ts.
     */
    limits: z
      .object({
        'max-inflated-bytes': byteSize(1024 * 1024).default(DEFAULT_INPUT_LIMITS['max-inflated-bytes']),
        'max-gzip-ratio': z.number().min(10).default(DEFAULT_INPUT_LIMITS['max-gzip-ratio']),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type Config = z.infer<typeof ConfigSchema>;
export type Thresholds = Config['thresholds'];
export type SuppressionConfig = z.infer<typeof Suppression>;

/** The defaults, for runs without a config file. */
export function defaultConfig(): Config {
  return ConfigSchema.parse({});
}

/**
 * Validates a parsed config document, naming the file and key that is wrong. An empty document
 * (an empty file, or one of comments only) is the defaults.
 *
 * @param locate the line of a key path in the file, when the document came from one
 */
export function parseConfig(
  document: unknown,
  source: string,
  locate?: (path: readonly PropertyKey[]) => number | undefined,
): Config {
  if (document != null && (typeof document !== 'object' || Array.isArray(document)))
    throw new ConfigurationError(
      `${source}: expected a mapping of settings such as 'min-window: 7d', got ${describeValue(document)}`,
    );
  const result = ConfigSchema.safeParse(document ?? {}, { reportInput: true });
  if (!result.success)
    throw new ConfigurationError(`${source}: ${schemaIssueLine(result.error, ConfigSchema, [], locate)}`);
  return result.data;
}

/** A config is a few KiB; parsing a large YAML file costs seconds and hundreds of MiB. */
const MAX_CONFIG_BYTES = 2 ** 20;

/**
 * Loads the config file. An explicit path must exist; the default path is used only when present.
 */
export async function loadConfig(
  path: string | undefined,
  defaultPath = '.github/sg-flow-audit.yml',
): Promise<Config> {
  const file = path ?? defaultPath;
  const source = `--config: ${file}`;
  let text: string;
  try {
    text = await readTextFile(file, MAX_CONFIG_BYTES, 'YAML text');
  } catch (e) {
    if (path === undefined && (e as NodeJS.ErrnoException).code === 'ENOENT') return defaultConfig();
    throw new ConfigurationError(
      `${source}: ${e instanceof ConfigurationError ? e.message : describeFileError(e)}`,
    );
  }
  const tooDeep = overNestedLine(text);
  if (tooDeep !== undefined)
    throw new ConfigurationError(
      `${source}: nested too deeply at line ${tooDeep}: expected at most ${MAX_YAML_NESTING} levels of indentation and brackets`,
    );
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  // A warning (an unknown tag such as !Ref) is refused too: Node would print it on lines of its own.
  const problem = doc.errors[0] ?? doc.warnings[0];
  let document: unknown;
  try {
    if (problem) throw problem;
    // toJS stops an alias bomb ("billion laughs") by yaml's maxAliasCount, before it expands.
    document = doc.toJS();
  } catch (e) {
    const message = ((e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '').replace(
      '; please use YAML.parseAllDocuments()',
      ' (---)',
    );
    throw new ConfigurationError(`${source}: not valid YAML (${printable(message.replace(/:$/, ''), 200)})`);
  }
  return parseConfig(document, source, (keyPath) => {
    const node = doc.getIn(keyPath, true);
    return isNode(node) && node.range ? lines.linePos(node.range[0]).line : undefined;
  });
}

/** The severity of a finding type after config overrides. */
export function severityOf(config: Config, type: FindingType, fallback: Severity): Severity {
  return config.severity[type] ?? fallback;
}

/**
 * More levels than this of brackets and indentation are refused before parsing: yaml's composer
 * recurses once per level, and some hundreds deep it overflows the stack (and a second such file
 * in the same process has crashed V8 outright). A real config has four.
 */
const MAX_YAML_NESTING = 64;

/**
 * The first line where the brackets open plus the indentation of the line's first node pass
 * {@link MAX_YAML_NESTING}: an upper bound of the nesting, found with yaml's lexer, which does not
 * recurse and stops here at the first such line.
 */
function overNestedLine(text: string): number | undefined {
  let line = 1;
  let column = 0;
  let atLineStart = true;
  let brackets = 0;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    if (type === 'flow-seq-start' || type === 'flow-map-start') brackets++;
    else if (type === 'flow-seq-end' || type === 'flow-map-end') brackets--;
    if (
      atLineStart &&
      (type === 'space' || type === 'seq-item-ind' || type === 'explicit-key-ind' || type === 'map-value-ind')
    )
      column += token.length;
    else if (type !== 'doc-mode') atLineStart = false;
    if (brackets + column > MAX_YAML_NESTING) return line;
    const breaks = token.split('\n').length - 1;
    if (breaks > 0) [line, column, atLineStart] = [line + breaks, 0, true];
  }
  return undefined;
}
