/**
 * The mapping from a stack's logical ids to the physical ids AWS gave them (`--cloudformation-stack
 * FILE`: the JSON of `aws cloudformation describe-stack-resources`, or of `list-stack-resources`),
 * and which template each stack was made from.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ConfigurationError } from '../../errors.js';
import { literalString, valueOf } from './source-tree.js';
import type { Template } from './template.js';

/** One resource of a stack, as `describe-stack-resources` lists it. */
export interface StackResource {
  /** Absent in `list-stack-resources` output; the file's name stands in for it. */
  StackName?: string;
  LogicalResourceId: string;
  PhysicalResourceId?: string;
  ResourceType: string;
}

const Resource = z.object({
  StackName: z.string().optional(),
  LogicalResourceId: z.string(),
  PhysicalResourceId: z.string().optional(),
  ResourceType: z.string(),
});

const StackFile = z.union([
  z.object({ StackResources: z.array(Resource) }),
  z.object({ StackResourceSummaries: z.array(Resource) }),
]);

/** Reads one `--cloudformation-stack` file; a missing or malformed file is a ConfigurationError. */
export async function readStackResources(path: string): Promise<StackResource[]> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigurationError(
      `--cloudformation-stack: ${path}: ${code === 'ENOENT' ? 'not found' : (e as Error).message}`,
    );
  }
  const parsed = StackFile.safeParse(json);
  if (!parsed.success) {
    throw new ConfigurationError(
      `--cloudformation-stack: ${path}: expected the JSON of aws cloudformation describe-stack-resources (StackResources[] with LogicalResourceId, PhysicalResourceId, ResourceType)`,
    );
  }
  const list =
    'StackResources' in parsed.data ? parsed.data.StackResources : parsed.data.StackResourceSummaries;
  return list.map((r) => ({
    StackName: r.StackName ?? path,
    LogicalResourceId: r.LogicalResourceId,
    ResourceType: r.ResourceType,
    ...(r.PhysicalResourceId === undefined ? {} : { PhysicalResourceId: r.PhysicalResourceId }),
  }));
}

/** Logical id → physical id of the stack that a template was deployed as. */
export type StackMapping = ReadonlyMap<string, string>;

function typeOf(template: Template, logicalId: string): string | undefined {
  return literalString(valueOf(valueOf(template.resources, logicalId), 'Type'));
}

/**
 * Assigns each stack to the templates it was most likely made from: those that declare the most
 * of its logical ids with the same resource types (at least one). One template may have been
 * deployed as several stacks (dev, prod), so it may get several mappings.
 */
export function mappingsByTemplate(
  templates: readonly Template[],
  resources: readonly StackResource[],
): Map<Template, StackMapping[]> {
  const stacks = new Map<string, StackResource[]>();
  for (const r of resources) {
    const name = r.StackName ?? '';
    stacks.set(name, [...(stacks.get(name) ?? []), r]);
  }
  const out = new Map<Template, StackMapping[]>();
  for (const stack of stacks.values()) {
    const scores = templates.map(
      (t) => stack.filter((r) => typeOf(t, r.LogicalResourceId) === r.ResourceType).length,
    );
    const top = Math.max(0, ...scores);
    if (top === 0) continue;
    const mapping: StackMapping = new Map(
      stack.flatMap((r) =>
        r.PhysicalResourceId === undefined ? [] : [[r.LogicalResourceId, r.PhysicalResourceId]],
      ),
    );
    templates.forEach((t, i) => {
      if (scores[i] === top) out.set(t, [...(out.get(t) ?? []), mapping]);
    });
  }
  return out;
}
