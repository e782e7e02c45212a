/**
 * Which `aws_security_group` resource is which live group: through the state file when there is
 * one (its resources carry the `sg-…` ids), else through the literal `name` argument and the group
 * names the live account reports.
 */
import type { LiveRule } from '../model.js';
import { callersOf, dirsForModulePath, type ModuleCall, type TerraformTree } from './files.js';
import type { GroupResource, RuleSite } from './sites.js';
import type { StateIndex, StateResource } from './state.js';

/** Where a state resource is in the files, or why it cannot be edited there. */
export interface StateSite {
  /** The matching sites or group resources found in the files. */
  dirs: string[];
  /** Why the resource is out of reach: a module whose source is not in the repository. */
  outside?: { why: string; call: ModuleCall };
  /** for_each/count on the resource or on a module call on the way. */
  instance?: string;
}

/** Resolves group ids to resources and back. */
export class GroupDirectory {
  private readonly idsByName = new Map<string, Set<string>>();

  constructor(
    private readonly tree: TerraformTree,
    private readonly groups: readonly GroupResource[],
    private readonly state: StateIndex | undefined,
    names: Iterable<[id: string, name: string]>,
    private readonly stateRoot: string | undefined,
  ) {
    for (const [id, name] of names) {
      const ids = this.idsByName.get(name) ?? new Set();
      ids.add(id);
      this.idsByName.set(name, ids);
    }
  }

  /** Where a state resource is written: the directories of its module path. */
  locateState(resource: StateResource): StateSite {
    const routes = dirsForModulePath(this.tree, resource.modulePath, this.stateRoot);
    const outsideRoute = routes.find((r) => r.dir === undefined);
    const remote = outsideRoute?.calls.at(-1);
    const site: StateSite = {
      dirs: routes.flatMap((r) => (r.dir === undefined ? [] : [r.dir])),
    };
    if (remote && site.dirs.length === 0)
      site.outside = {
        why: `defined in module ${remote.name} (source ${remote.source ?? 'unknown'}), whose code is not in this repository`,
        call: remote,
      };
    if (resource.instance) site.instance = resource.instance;
    return site;
  }

  /** The group resources that define the live group; `outside` when a remote module does. */
  resourcesFor(rule: LiveRule): {
    found: GroupResource[];
    outside?: StateSite['outside'];
    instance?: string;
  } {
    const stated = this.state?.groupsById.get(rule.groupId);
    if (stated) {
      const where = this.locateState(stated);
      const found = this.groups.filter((g) => where.dirs.includes(g.file.dir) && g.name === stated.name);
      if (found.length > 0 || where.outside)
        return { found, ...(where.outside ? { outside: where.outside } : {}), ...instance(where) };
    }
    return { found: this.groups.filter((g) => g.groupName === rule.groupName) };
  }

  /** The live id of `aws_security_group.<name>` in `dir`, when the state or the names tell it. */
  idOf(dir: string, name: string): string | undefined {
    if (this.state) {
      for (const [id, resource] of this.state.groupsById) {
        if (resource.name !== name) continue;
        if (this.locateState(resource).dirs.includes(dir)) return id;
      }
    }
    const group = this.groups.find((g) => g.file.dir === dir && g.name === name);
    const ids = group?.groupName === undefined ? undefined : this.idsByName.get(group.groupName);
    return ids?.size === 1 ? [...ids][0] : undefined;
  }

  /** The Terraform name of the group with this id defined in `dir`, to reference it from there. */
  resourceIn(dir: string, id: string): string | undefined {
    return this.groups.find((g) => g.file.dir === dir && !g.repeated && this.idOf(dir, g.name) === id)?.name;
  }

  /** Whether a site belongs to this group resource. */
  owns(group: GroupResource, site: RuleSite): boolean {
    if (site.kind === 'inline') return site.resource === group.block;
    return (
      site.group.kind === 'resource' && site.group.dir === group.file.dir && site.group.name === group.name
    );
  }

  /**
   * Why the code in `dir` cannot be edited for one rule: a module called more than once or with
   * for_each/count (editing it would change every instance).
   */
  moduleBlocker(dir: string, seen = new Set<string>()): string | undefined {
    if (seen.has(dir)) return undefined;
    seen.add(dir);
    const callers = callersOf(this.tree, dir);
    if (callers.length > 1)
      return `the module in ${dir} is called ${callers.length} times (${callers
        .map((c) => `module.${c.name} in ${c.file.file}`)
        .join(', ')}); editing it changes every call`;
    const [caller] = callers;
    if (!caller) return undefined;
    return caller.repeated ?? this.moduleBlocker(caller.file.dir, seen);
  }
}

function instance(where: StateSite): { instance?: string } {
  return where.instance ? { instance: where.instance } : {};
}
