/**
 * The journal of an `apply` (or `revert`) run: every EC2 call with its parameters and result,
 * and for every revoked rule its full state before, so that `sg-flow-audit revert JOURNAL` can put
 * back exactly what was there. An entry is written as `pending` before its call and completed
 * after it, each time to a temporary file renamed over the journal, so a crash at any point leaves
 * a whole journal that says which call may have happened.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { rulePeerSchema } from '../../inventory/peer-schema.js';
import { ConfigurationError, errorMessage } from '../../errors.js';
import type { RuleContent } from './model.js';

export const JOURNAL_FORMAT = 'sg-flow-audit-journal';

/** The EC2 calls a journal records. */
export type JournalCall =
  | 'AuthorizeSecurityGroupIngress'
  | 'AuthorizeSecurityGroupEgress'
  | 'RevokeSecurityGroupIngress'
  | 'RevokeSecurityGroupEgress'
  | 'DescribeSecurityGroupRules'
  | 'DescribeNetworkAcls'
  | 'CreateNetworkAclEntry'
  | 'DeleteNetworkAclEntry';

/** A rule's whole state: what a revert authorizes again, word for word. */
export interface JournalRule {
  ruleId: string;
  groupId: string;
  direction: 'ingress' | 'egress';
  protocol: string;
  fromPort: number;
  toPort: number;
  peer: { cidr: string } | { groupId: string } | { prefixListId: string };
  /** null when the rule had none. */
  description: string | null;
}

/** A network ACL deny entry created (or deleted) by a run. */
export interface JournalAclEntry {
  networkAclId: string;
  ruleNumber: number;
  egress: false;
  protocol: '-1';
  ruleAction: 'deny';
  cidr: string;
}

/** What came of a call. */
export type JournalResult =
  /** Written before the call; still there when the run stopped during it. */
  | { status: 'pending' }
  /** The call succeeded: the rule ids it created (authorize), the rules it read (describe). */
  | { status: 'done'; ruleIds?: string[]; rules?: JournalRule[] }
  /** Authorize: EC2 already had the rule (a duplicate), so this run created nothing. */
  | { status: 'already-present' }
  /** No call was made: the re-check right before it found the rule changed or gone. */
  | { status: 'skipped'; reason: string }
  /** Dry run: EC2 answered DryRunOperation, so the call would have succeeded. */
  | { status: 'dry-run-ok' }
  /** Dry run: the endpoint ignored DryRun and carried the call out (revert undoes it). */
  | { status: 'dry-run-ignored'; ruleIds?: string[] }
  /** The call failed; `uncertain` when it may have been carried out all the same (network, 5xx). */
  | {
      status: 'failed';
      /** `iamAction`: the IAM action EC2 refused for lack of a permission. */
      error: { code: string; message: string; iamAction?: string };
      uncertain: boolean;
    };

export interface JournalEntry {
  /** 1, 2, 3, … in the order the calls were made. */
  seq: number;
  /** When the call was made (ISO 8601). */
  time: string;
  call: JournalCall;
  /** The call's EC2 parameters, as sent. */
  parameters: Record<string, unknown>;
  groupId?: string;
  /** Authorize: the rule asked for. */
  rule?: RuleContent;
  /** Revoke: the rule as it was right before the call. */
  previous?: JournalRule;
  /** CreateNetworkAclEntry / DeleteNetworkAclEntry: the entry. */
  aclEntry?: JournalAclEntry;
  result: JournalResult;
}

export interface Journal {
  format: typeof JOURNAL_FORMAT;
  version: 1;
  kind: 'apply' | 'revert';
  dryRun: boolean;
  startedAt: string;
  updatedAt: string;
  status: 'running' | 'completed' | 'failed';
  /** A revert journal: the path of the journal it undid. */
  reverts?: string;
  entries: JournalEntry[];
}

/** Writes a journal after every change to it; refuses to overwrite one that exists. */
export class JournalWriter {
  readonly journal: Journal;

  private constructor(
    /** undefined: the journal is kept in memory only. */
    readonly path: string | undefined,
    journal: Journal,
    private readonly now: () => Date,
  ) {
    this.journal = journal;
  }

  /**
   * Starts a journal at `path`.
   *
   * @throws ConfigurationError when a file is there already: it may be the only record of how to
   * undo an earlier run.
   */
  static create(
    path: string,
    header: Pick<Journal, 'kind' | 'dryRun'> & { reverts?: string },
    now: () => Date,
  ): JournalWriter {
    if (existsSync(path)) {
      throw new ConfigurationError(
        `journal ${path} exists already; give a new path (it may be needed to revert)`,
      );
    }
    const time = now().toISOString();
    const writer = new JournalWriter(
      path,
      {
        format: JOURNAL_FORMAT,
        version: 1,
        ...header,
        startedAt: time,
        updatedAt: time,
        status: 'running',
        entries: [],
      },
      now,
    );
    mkdirSync(dirname(path), { recursive: true });
    writer.write();
    return writer;
  }

  /** A journal that is not written anywhere (a revert run without a journal of its own). */
  static inMemory(
    header: Pick<Journal, 'kind' | 'dryRun'> & { reverts?: string },
    now: () => Date,
  ): JournalWriter {
    const time = now().toISOString();
    return new JournalWriter(
      undefined,
      {
        format: JOURNAL_FORMAT,
        version: 1,
        ...header,
        startedAt: time,
        updatedAt: time,
        status: 'running',
        entries: [],
      },
      now,
    );
  }

  /** Records a call as pending, before it is made. */
  begin(entry: Omit<JournalEntry, 'seq' | 'time' | 'result'>): JournalEntry {
    const full: JournalEntry = {
      seq: this.journal.entries.length + 1,
      time: this.now().toISOString(),
      ...entry,
      result: { status: 'pending' },
    };
    this.journal.entries.push(full);
    this.write();
    return full;
  }

  /** Records what came of a call. */
  finish(entry: JournalEntry, result: JournalResult): void {
    entry.result = result;
    this.write();
  }

  /** Records a call that the re-check dropped, without making it. */
  skip(entry: Omit<JournalEntry, 'seq' | 'time' | 'result'>, reason: string): JournalEntry {
    const full = this.begin(entry);
    this.finish(full, { status: 'skipped', reason });
    return full;
  }

  /** Records how the run ended. */
  close(status: 'completed' | 'failed'): void {
    this.journal.status = status;
    this.write();
  }

  // A temporary file renamed over the journal: a crash mid-write never leaves half a journal.
  private write(): void {
    this.journal.updatedAt = this.now().toISOString();
    if (this.path === undefined) return;
    const temporary = `${this.path}.tmp`;
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, `${JSON.stringify(this.journal, null, 2)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, this.path);
  }
}

const peerSchema = rulePeerSchema;
const ruleSchema = z.object({
  ruleId: z.string(),
  groupId: z.string(),
  direction: z.enum(['ingress', 'egress']),
  protocol: z.string(),
  fromPort: z.number().int(),
  toPort: z.number().int(),
  peer: peerSchema,
  description: z.string().nullable(),
});
const contentSchema = ruleSchema
  .omit({ ruleId: true, groupId: true, description: true })
  .extend({ description: z.string().optional() });
const aclEntrySchema = z.object({
  networkAclId: z.string(),
  ruleNumber: z.number().int(),
  egress: z.literal(false),
  protocol: z.literal('-1'),
  ruleAction: z.literal('deny'),
  cidr: z.string(),
});
const resultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('pending') }),
  z.object({
    status: z.literal('done'),
    ruleIds: z.array(z.string()).optional(),
    rules: z.array(ruleSchema).optional(),
  }),
  z.object({ status: z.literal('already-present') }),
  z.object({ status: z.literal('skipped'), reason: z.string() }),
  z.object({ status: z.literal('dry-run-ok') }),
  z.object({ status: z.literal('dry-run-ignored'), ruleIds: z.array(z.string()).optional() }),
  z.object({
    status: z.literal('failed'),
    error: z.object({ code: z.string(), message: z.string(), iamAction: z.string().optional() }),
    uncertain: z.boolean(),
  }),
]);
const journalSchema = z.object({
  format: z.literal(JOURNAL_FORMAT),
  version: z.literal(1),
  kind: z.enum(['apply', 'revert']),
  dryRun: z.boolean(),
  startedAt: z.string(),
  updatedAt: z.string(),
  status: z.enum(['running', 'completed', 'failed']),
  reverts: z.string().optional(),
  entries: z.array(
    z.object({
      seq: z.number().int(),
      time: z.string(),
      call: z.enum([
        'AuthorizeSecurityGroupIngress',
        'AuthorizeSecurityGroupEgress',
        'RevokeSecurityGroupIngress',
        'RevokeSecurityGroupEgress',
        'DescribeSecurityGroupRules',
        'DescribeNetworkAcls',
        'CreateNetworkAclEntry',
        'DeleteNetworkAclEntry',
      ]),
      parameters: z.record(z.string(), z.unknown()),
      groupId: z.string().optional(),
      rule: contentSchema.optional(),
      previous: ruleSchema.optional(),
      aclEntry: aclEntrySchema.optional(),
      result: resultSchema,
    }),
  ),
});

/**
 * Reads and checks a journal file.
 *
 * @throws ConfigurationError naming the file and the first field that is wrong.
 */
export function readJournal(path: string): Journal {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigurationError(`journal ${path}: ${errorMessage(error)}`);
  }
  const parsed = journalSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = (issue?.path ?? []).map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
    throw new ConfigurationError(
      `journal ${path}: ${at ? `${at.replace(/^\./, '')}: ` : ''}${issue?.message ?? 'not an sg-flow-audit journal'}`,
    );
  }
  return parsed.data as Journal;
}
