/**
 * Which security group of the account a template's group resource is: through the resource
 * mapping of a stack made from the template (logical id → `sg-…`) when one is given, else
 * through its literal `GroupName` and the names of the live groups.
 */
import type { LiveRule } from '../model.js';
import { groupResource, literalGroupName, type GroupRef } from './rules.js';
import type { StackMapping } from './stack-resources.js';
import type { Template } from './template.js';

/** Group ids and logical ids as one stack (or, without one, the group names) tie them. */
export interface GroupScope {
  /** The `sg-…` id of a group resource of the template. */
  physicalId(logicalId: string): string | undefined;
  /** The logical id under which the template defines the group `groupId`, if it does. */
  logicalId(groupId: string): string | undefined;
  /** The live name of a group id, when known. */
  nameOf(groupId: string): string | undefined;
}

export class GroupIndex {
  private readonly idsByName = new Map<string, string[]>();

  /**
   * @param mappings the mappings of the stacks made from each template
   * @param groupNames live group names by group id (from the inventory)
   */
  constructor(
    private readonly mappings: ReadonlyMap<Template, readonly StackMapping[]>,
    private readonly groupNames: ReadonlyMap<string, string>,
  ) {
    for (const [id, name] of groupNames) this.idsByName.set(name, [...(this.idsByName.get(name) ?? []), id]);
  }

  private mappingsOf(template: Template): readonly StackMapping[] {
    return this.mappings.get(template) ?? [];
  }

  /** Whether a template's group resource is the group of a live rule. */
  isGroupOf(template: Template, logicalId: string, rule: LiveRule): boolean {
    const mapped = this.mappingsOf(template).filter((m) => m.has(logicalId));
    // A stack that has the resource decides; the name is only a guess without one.
    if (mapped.length > 0) return mapped.some((m) => m.get(logicalId) === rule.groupId);
    return literalGroupName(template, logicalId) === rule.groupName;
  }

  /** Whether a rule written with this group reference belongs to the live rule's group. */
  refersTo(template: Template, group: GroupRef, rule: LiveRule): boolean {
    if ('logicalId' in group) return this.isGroupOf(template, group.logicalId, rule);
    if ('groupId' in group) return group.groupId === rule.groupId;
    if ('groupName' in group) return group.groupName === rule.groupName;
    return false;
  }

  /** Whether a stack made from the template gave this logical id the physical id `id`. */
  isMappedTo(template: Template, logicalId: string, id: string): boolean {
    return this.mappingsOf(template).some((m) => m.get(logicalId) === id);
  }

  /**
   * The ids of a template as the live rule's stack sees them: the stack whose mapping holds the
   * rule's group, or the group names when no given stack does.
   */
  scope(template: Template, rule: LiveRule): GroupScope {
    const stack = this.mappingsOf(template).find((m) => [...m.values()].includes(rule.groupId));
    return stack ? this.stackScope(template, stack) : this.nameScope(template);
  }

  private stackScope(template: Template, stack: StackMapping): GroupScope {
    return {
      physicalId: (logicalId) => stack.get(logicalId),
      logicalId: (groupId) =>
        [...stack].find(
          ([logical, physical]) => physical === groupId && groupResource(template, logical),
        )?.[0],
      nameOf: (groupId) => this.groupNames.get(groupId),
    };
  }

  private nameScope(template: Template): GroupScope {
    const unique = (name: string | undefined) =>
      name !== undefined && (this.idsByName.get(name) ?? []).length === 1;
    return {
      physicalId: (logicalId) => {
        const name = literalGroupName(template, logicalId);
        return unique(name) ? this.idsByName.get(name ?? '')?.[0] : undefined;
      },
      logicalId: (groupId) => {
        const name = this.groupNames.get(groupId);
        if (!unique(name)) return undefined;
        const found = template.resources.entries.filter((e) => literalGroupName(template, e.key) === name);
        return found.length === 1 ? found[0]?.key : undefined;
      },
      nameOf: (groupId) => this.groupNames.get(groupId),
    };
  }
}
