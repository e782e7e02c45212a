/**
 * The config file (`.github/sg-flow-audit.yml`): port lists, thresholds, severities, known
 * networks and suppressions. Every key is optional; the defaults are what the contract documents.
 */
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ConfigurationError } from './errors.js';
import { parseCidr } from './analysis/net.js';
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
  })
  .strict();

export type Config = z.infer<typeof ConfigSchema>;
export type Thresholds = Config['thresholds'];
export type SuppressionConfig = z.infer<typeof Suppression>;

/** The defaults, for runs without a config file. */
export function defaultConfig(): Config {
  return ConfigSchema.parse({});
}

/** Validates a parsed config document, naming the file and key that is wrong. */
export function parseConfig(document: unknown, source: string): Config {
  const result = ConfigSchema.safeParse(document ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = (issue?.path ?? [])
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('');
    throw new ConfigurationError(
      `${source}: ${path.slice(1) || '(top level)'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return result.data;
}

/**
 * Loads the config file. An explicit path must exist; the default path is used only when present.
 */
export async function loadConfig(
  path: string | undefined,
  defaultPath = '.github/sg-flow-audit.yml',
): Promise<Config> {
  const file = path ?? defaultPath;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if (path === undefined && (e as NodeJS.ErrnoException).code === 'ENOENT') return defaultConfig();
    throw new ConfigurationError(
      `--config: ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : (e as Error).message}`,
    );
  }
  let document: unknown;
  try {
    document = parseYaml(text);
  } catch (e) {
    throw new ConfigurationError(
      `--config: ${file}: not valid YAML (${(e as Error).message.split('\n')[0]})`,
    );
  }
  return parseConfig(document, `--config: ${file}`);
}

/** The severity of a finding type after config overrides. */
export function severityOf(config: Config, type: FindingType, fallback: Severity): Severity {
  return config.severity[type] ?? fallback;
}
