/**
 * The resources of a Terraform state, as `terraform show -json` prints them: the link between what
 * AWS calls a group or a rule (`sg-…`, `sgr-…`) and the resource address that defines it.
 */
import { z } from 'zod';
import { ConfigurationError } from '../../errors.js';
import { normalizeProtocol } from '../../inventory/model.js';
import type { LiveRule } from '../model.js';
import { GROUP_TYPE, RULE_TYPE, VPC_RULE_TYPES } from './sites.js';

/** One managed resource of the state. */
export interface StateResource {
  /** The full address, e.g. `module.net.aws_security_group.web` or `aws_security_group.web["a"]`. */
  address: string;
  /** The module names on the way (`["net"]`), without instance keys. */
  modulePath: string[];
  /** Set when a module on the way or the resource itself is one instance of for_each/count. */
  instance: string | undefined;
  type: string;
  name: string;
  values: Record<string, unknown>;
}

/** The state's resources, indexed by what the live account calls them. */
export interface StateIndex {
  groupsById: Map<string, StateResource>;
  /** `aws_vpc_security_group_*_rule` resources by `security_group_rule_id`. */
  vpcRulesById: Map<string, StateResource>;
  /** `aws_security_group_rule` resources (AWS gives them no single rule id). */
  rules: StateResource[];
}

const resourceSchema = z.object({
  address: z.string(),
  mode: z.string().optional(),
  type: z.string(),
  name: z.string(),
  index: z.unknown().optional(),
  values: z.record(z.string(), z.unknown()).optional(),
});
type ModuleJson = {
  address?: string | undefined;
  resources?: z.infer<typeof resourceSchema>[] | undefined;
  child_modules?: ModuleJson[] | undefined;
};
const moduleSchema: z.ZodType<ModuleJson> = z.lazy(() =>
  z.object({
    address: z.string().optional(),
    resources: z.array(resourceSchema).optional(),
    child_modules: z.array(moduleSchema).optional(),
  }),
);
const stateSchema = z.object({
  format_version: z.string(),
  values: z.object({ root_module: moduleSchema }).optional(),
});

/** Indexes the parsed JSON of `terraform show -json`; anything else is a configuration error. */
export function readState(json: unknown): StateIndex {
  const parsed = stateSchema.safeParse(json);
  if (!parsed.success)
    throw new ConfigurationError(
      'the Terraform state is not the JSON of `terraform show -json` (format_version, values.root_module)',
    );
  const index: StateIndex = { groupsById: new Map(), vpcRulesById: new Map(), rules: [] };
  const visit = (module: ModuleJson): void => {
    for (const raw of module.resources ?? []) {
      if (raw.mode !== undefined && raw.mode !== 'managed') continue;
      const resource = toResource(raw, module.address ?? '');
      const id = resource.values.id;
      if (resource.type === GROUP_TYPE && typeof id === 'string') index.groupsById.set(id, resource);
      const ruleId = resource.values.security_group_rule_id;
      if (resource.type in VPC_RULE_TYPES && typeof ruleId === 'string')
        index.vpcRulesById.set(ruleId, resource);
      if (resource.type === RULE_TYPE) index.rules.push(resource);
    }
    for (const child of module.child_modules ?? []) visit(child);
  };
  if (parsed.data.values) visit(parsed.data.values.root_module);
  return index;
}

function toResource(raw: z.infer<typeof resourceSchema>, moduleAddress: string): StateResource {
  const modulePath: string[] = [];
  let instance: string | undefined;
  for (const match of moduleAddress.matchAll(/module\.([A-Za-z0-9_-]+)(\[[^\]]*\])?/g)) {
    modulePath.push(match[1] ?? '');
    if (match[2]) instance ??= `module.${match[1] ?? ''} has one instance per for_each/count key`;
  }
  if (raw.index !== undefined)
    instance ??= `${raw.type}.${raw.name} is built with for_each or count (${raw.address})`;
  return {
    address: raw.address,
    modulePath,
    instance,
    type: raw.type,
    name: raw.name,
    values: raw.values ?? {},
  };
}

/** The `aws_security_group_rule` resources of the state that stand for this live rule. */
export function stateRulesFor(index: StateIndex, rule: LiveRule): StateResource[] {
  const protocol = normalizeProtocol(rule.protocol)?.protocol;
  return index.rules.filter((r) => {
    const v = r.values;
    if (v.security_group_id !== rule.groupId || v.type !== rule.direction) return false;
    const written = normalizeProtocol(String(v.protocol ?? ''))?.protocol;
    if (written === undefined || written !== protocol) return false;
    if (protocol !== 'all' && (v.from_port !== rule.fromPort || v.to_port !== rule.toPort)) return false;
    const peer = rule.peer;
    if ('cidr' in peer)
      return [v.cidr_blocks, v.ipv6_cidr_blocks].some((l) => Array.isArray(l) && l.includes(peer.cidr));
    if ('prefixListId' in peer)
      return Array.isArray(v.prefix_list_ids) && v.prefix_list_ids.includes(peer.prefixListId);
    return v.source_security_group_id === peer.groupId || (v.self === true && peer.groupId === rule.groupId);
  });
}
