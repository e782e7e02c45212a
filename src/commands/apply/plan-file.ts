/**
 * Reads the JSON report `apply --plan` carries out. Only the parts apply reads are checked (the
 * schema version, the rules and the findings' proposals), so that a wrong file fails with one
 * line that names it and the first field that is wrong, not with a TypeError halfway through a
 * plan; every other field of the report is passed through untouched.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { rulePeerSchema } from '../../inventory/peer-schema.js';
import { ConfigurationError, errorMessage } from '../../errors.js';
import type { Report } from '../../report/types.js';

const peerSchema = rulePeerSchema;

const ruleSchema = z.looseObject({
  ruleId: z.string(),
  groupId: z.string(),
  direction: z.enum(['ingress', 'egress']),
  protocol: z.string(),
  fromPort: z.number().int(),
  toPort: z.number().int(),
  peer: peerSchema,
  description: z.string().optional(),
});

const proposedRuleSchema = z.looseObject({
  protocol: z.string(),
  fromPort: z.number().int(),
  toPort: z.number().int(),
  cidr: z.string().optional(),
  groupId: z.string().optional(),
  prefixListId: z.string().optional(),
});

const aclEntrySchema = z.looseObject({
  networkAclId: z.string(),
  subnetIds: z.array(z.string()),
  ruleNumber: z.number().int(),
  egress: z.literal(false),
  protocol: z.literal('-1'),
  ruleAction: z.literal('deny'),
  cidr: z.string(),
});

const findingSchema = z.looseObject({
  id: z.string(),
  groupId: z.string().optional(),
  ruleId: z.string().optional(),
  proposal: z
    .looseObject({
      action: z.enum(['replace', 'remove', 'deny']),
      rules: z.array(proposedRuleSchema),
      networkAclEntries: z.array(aclEntrySchema).optional(),
    })
    .optional(),
  suppressed: z.looseObject({ reason: z.string(), expires: z.string() }).optional(),
});

const reportSchema = z.looseObject({
  rules: z.array(ruleSchema),
  findings: z.array(findingSchema),
});

/** `findings[3].proposal.rules`: where a zod issue is, as a person writes it. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

/**
 * Reads and checks the report of `--plan PATH`.
 *
 * @throws ConfigurationError with one line naming the file: missing, unreadable, not JSON, not a
 * report of schema version 1, or a field apply needs that is wrong.
 */
export async function readPlanReport(path: string): Promise<Report> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ConfigurationError(`--plan: ${path}: not found`);
    if (code === 'EISDIR')
      throw new ConfigurationError(`--plan: ${path}: is a folder; give the JSON report file`);
    throw new ConfigurationError(`--plan: ${path}: cannot read it (${errorMessage(error)})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(
      `--plan: ${path}: not JSON (${errorMessage(error)}); write the report with analyze --format json`,
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !('schemaVersion' in data)) {
    throw new ConfigurationError(
      `--plan: ${path}: not an sg-flow-audit report (no schemaVersion); write one with analyze --format json`,
    );
  }
  const version = (data as { schemaVersion: unknown }).schemaVersion;
  if (version !== 1) {
    throw new ConfigurationError(
      `--plan: ${path}: report schema version ${JSON.stringify(version)}, this version of sg-flow-audit reads 1`,
    );
  }
  const parsed = reportSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = fieldPath(issue?.path ?? []);
    throw new ConfigurationError(
      `--plan: ${path}: ${at ? `${at}: ` : ''}${issue?.message ?? 'not an sg-flow-audit report'}`,
    );
  }
  // The checked fields are the Report's own; the rest was passed through as it was written.
  return data as Report;
}
