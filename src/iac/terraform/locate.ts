/**
 * Finds the code of a live rule: the site (block or resource) and, within it, the peer that is the
 * rule. The state file names the resource when it can (`sgr-…` of a vpc rule resource, the values
 * of an `aws_security_group_rule`, the `sg-…` of a group); the literal attributes do the rest.
 */
import type { Direction, RulePeer } from '../../inventory/model.js';
import { normalizeProtocol } from '../../inventory/model.js';
import type { ProposedRule, RuleChange, RuleLocation } from '../model.js';
import type { GroupDirectory } from './groups.js';
import { attribute, stringValue } from './syntax.js';
import type { RuleSite, SitePeer } from './sites.js';
import { stateRulesFor, type StateIndex } from './state.js';
import type { TerraformTree } from './files.js';

/** What locating one change found. */
export type Located =
  | { status: 'found'; site: RuleSite; peer: SitePeer }
  | { status: 'manual'; why: string; location?: RuleLocation }
  | { status: 'already-applied'; location: RuleLocation }
  | { status: 'not-found'; why: string; location?: RuleLocation };

/** A rule to look for: direction, protocol, ports and one peer. */
export interface WantedRule {
  direction: Direction;
  protocol: string;
  fromPort: number;
  toPort: number;
  peer: RulePeer;
}

/** `unknowns`: how many parts of the rule the code leaves unknown (fewer: a likelier match). */
type Match =
  | { result: 'exact'; peer: SitePeer }
  | { result: 'possible'; why: string; unknowns: number }
  | { result: 'no' };

/** The location of a site for the report: its file and the line of its block or resource. */
export function siteLocation(site: RuleSite): RuleLocation {
  return { file: site.file.file, line: site.block.line };
}

/** The peer of a proposed rule; a proposal without one keeps the live rule's peer. */
export function proposedPeer(rule: ProposedRule, live: RulePeer): RulePeer {
  if (rule.cidr !== undefined) return { cidr: rule.cidr };
  if (rule.groupId !== undefined) return { groupId: rule.groupId };
  if (rule.prefixListId !== undefined) return { prefixListId: rule.prefixListId };
  return live;
}

/** Locates the code of one change's live rule among the sites. */
export function locateChange(
  change: RuleChange,
  sites: readonly RuleSite[],
  tree: TerraformTree,
  directory: GroupDirectory,
  state: StateIndex | undefined,
): Located {
  const rule = change.rule;
  const live: WantedRule = rule;
  const match = (site: RuleSite, wanted: WantedRule): Match =>
    matchSite(site, wanted, rule.groupId, directory);

  // The state names the very resource of a rule defined as its own resource.
  const byRuleId = state?.vpcRulesById.get(rule.ruleId);
  const stated = state ? [...(byRuleId ? [byRuleId] : []), ...stateRulesFor(state, rule)] : [];
  for (const resource of stated) {
    const where = directory.locateState(resource);
    if (where.outside)
      return { status: 'manual', why: where.outside.why, location: blockLocation(where.outside.call) };
    const site = sites.find(
      (s) =>
        s.kind !== 'inline' &&
        where.dirs.includes(s.file.dir) &&
        s.resource.labels[0] === resource.type &&
        s.resource.labels[1] === resource.name,
    );
    if (!site) continue;
    const found = match(site, live);
    if (found.result === 'exact') return withBlockers(site, found.peer, [where.instance], directory);
    if (found.result === 'possible') return manual(site, reasons(found.why, site.blockers));
    if (alreadyApplied(change, [site, ...groupSitesOf(site, sites)], match))
      return { status: 'already-applied', location: siteLocation(site) };
    return manual(
      site,
      `${resource.address} no longer says this rule (was the code changed since the last apply?)`,
    );
  }

  const groups = directory.resourcesFor(rule);
  if (groups.outside)
    return { status: 'manual', why: groups.outside.why, location: blockLocation(groups.outside.call) };
  const groupSites = sites.filter(
    (s) =>
      groups.found.some((g) => directory.owns(g, s)) ||
      (s.group.kind === 'id' && s.group.id === rule.groupId),
  );
  const exact: { site: RuleSite; peer: SitePeer }[] = [];
  const possible: { site: RuleSite; why: string; unknowns: number }[] = [];
  for (const site of groupSites) {
    const found = match(site, live);
    if (found.result === 'exact') exact.push({ site, peer: found.peer });
    else if (found.result === 'possible') possible.push({ site, why: found.why, unknowns: found.unknowns });
  }
  const [first, ...others] = exact;
  if (first && others.length > 0)
    return manual(
      first.site,
      `defined in ${exact.length} places (${exact.map((e) => locationText(e.site)).join(', ')}); give the state file to tell them apart`,
    );
  if (first) return withBlockers(first.site, first.peer, [groups.instance], directory);
  const [maybe] = possible.sort((a, b) => a.unknowns - b.unknowns);
  if (maybe) return manual(maybe.site, reasons(maybe.why, maybe.site.blockers));
  if (groupSites.length > 0 && alreadyApplied(change, groupSites, match)) {
    const site = groupSites.find((s) =>
      change.replacement.some((r) => match(s, wantedOf(change, r)).result === 'exact'),
    );
    return { status: 'already-applied', location: siteLocation(site ?? groupSites[0]!) };
  }
  const [group] = groups.found;
  if (group)
    return {
      status: 'not-found',
      why: `aws_security_group.${group.name} has no rule like it`,
      location: { file: group.file.file, line: group.block.line },
    };
  const module = tree.calls.find(
    (c) => c.targetDir === undefined && stringValue(attribute(c.block, 'name')?.value) === rule.groupName,
  );
  if (module)
    return {
      status: 'manual',
      why: `the group is made by module ${module.name} (source ${module.source ?? 'unknown'}); change its inputs`,
      location: blockLocation(module),
    };
  return {
    status: 'not-found',
    why: `no Terraform code defines the group ${rule.groupName} (${rule.groupId})`,
  };
}

function withBlockers(
  site: RuleSite,
  peer: SitePeer,
  more: (string | undefined)[],
  directory: GroupDirectory,
): Located {
  const blockers = [...site.blockers, ...more, directory.moduleBlocker(site.file.dir)].filter(
    (b): b is string => b !== undefined,
  );
  if (blockers.length > 0) return manual(site, blockers.join('; '));
  return { status: 'found', site, peer };
}

function reasons(why: string, blockers: readonly string[]): string {
  return [...new Set([why, ...blockers])].join('; ');
}

function manual(site: RuleSite, why: string): Located {
  return { status: 'manual', why, location: siteLocation(site) };
}

function blockLocation(call: { file: { file: string }; block: { line: number } }): RuleLocation {
  return { file: call.file.file, line: call.block.line };
}

function locationText(site: RuleSite): string {
  return `${site.file.file}:${site.block.line}`;
}

/** The other sites of the group of a rule resource (its siblings, for the already-applied check). */
function groupSitesOf(site: RuleSite, sites: readonly RuleSite[]): RuleSite[] {
  const group = site.group;
  if (group.kind === 'unknown') return [];
  return sites.filter(
    (s) =>
      s !== site &&
      ((group.kind === 'id' && s.group.kind === 'id' && s.group.id === group.id) ||
        (group.kind === 'resource' &&
          s.group.kind === 'resource' &&
          s.group.dir === group.dir &&
          s.group.name === group.name)),
  );
}

function wantedOf(change: RuleChange, rule: ProposedRule): WantedRule {
  return {
    direction: change.rule.direction,
    protocol: rule.protocol,
    fromPort: rule.fromPort,
    toPort: rule.toPort,
    peer: proposedPeer(rule, change.rule.peer),
  };
}

/** Whether every rule of the replacement is already written (and so the change was made). */
function alreadyApplied(
  change: RuleChange,
  sites: readonly RuleSite[],
  match: (site: RuleSite, wanted: WantedRule) => Match,
): boolean {
  if (change.action !== 'replace' || change.replacement.length === 0) return false;
  return change.replacement.every((r) => sites.some((s) => match(s, wantedOf(change, r)).result === 'exact'));
}

/** Whether a site says a rule: exactly, possibly (its code is not literal), or not. */
export function matchSite(
  site: RuleSite,
  wanted: WantedRule,
  ownGroupId: string,
  directory: GroupDirectory,
): Match {
  const why: string[] = [];
  if (site.direction === undefined) why.push(site.unknown.direction ?? 'the direction is unknown');
  else if (site.direction !== wanted.direction) return { result: 'no' };
  const protocol = normalizeProtocol(wanted.protocol)?.protocol ?? wanted.protocol;
  if (site.protocol === undefined) why.push(site.unknown.protocol ?? 'the protocol is unknown');
  else if (site.protocol !== protocol) return { result: 'no' };
  if (protocol !== 'all') {
    if (site.fromPort === undefined || site.toPort === undefined)
      why.push(site.unknown.ports ?? 'the ports are unknown');
    else if (site.fromPort !== wanted.fromPort || site.toPort !== wanted.toPort) return { result: 'no' };
  }
  let unresolved: string | undefined;
  const peer = site.peers.find((p) => {
    const same = peerIs(p, wanted.peer, ownGroupId, site.file.dir, directory);
    if (same === undefined)
      unresolved ??= `${p.attribute.name} refers to aws_security_group.${p.ref ?? ''}, whose id is unknown without the state file`;
    return same === true;
  });
  if (!peer) {
    const unknownPeers = site.unknown.peers ?? unresolved;
    if (!unknownPeers) return { result: 'no' };
    why.push(unknownPeers);
  }
  if (why.length > 0) return { result: 'possible', why: [...new Set(why)].join('; '), unknowns: why.length };
  return peer ? { result: 'exact', peer } : { result: 'no' };
}

/** Whether a written peer is the live one; undefined when a group reference cannot be resolved. */
function peerIs(
  peer: SitePeer,
  live: RulePeer,
  ownGroupId: string,
  dir: string,
  directory: GroupDirectory,
): boolean | undefined {
  if ('cidr' in live) return peer.kind === 'cidr' && peer.literal?.toLowerCase() === live.cidr.toLowerCase();
  if ('prefixListId' in live) return peer.kind === 'prefixList' && peer.literal === live.prefixListId;
  if (peer.kind === 'self') return live.groupId === ownGroupId;
  if (peer.kind !== 'group') return false;
  if (peer.literal !== undefined) return peer.literal === live.groupId;
  const id = peer.ref === undefined ? undefined : directory.idOf(dir, peer.ref);
  return id === undefined ? undefined : id === live.groupId;
}
