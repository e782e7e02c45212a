/**
 * The rules a tree's Terraform writes (inline `ingress`/`egress` blocks, `aws_security_group_rule`,
 * `aws_vpc_security_group_*_rule`), one per peer, read from the syntax alone: nothing is evaluated.
 */
import { listTerraformFiles, readTerraformTree } from '../terraform/files.js';
import { loadHclParser, type HclGrammarPaths } from '../terraform/parse.js';
import {
  collectSites,
  GROUP_TYPE,
  type GroupResource,
  type RuleSite,
  type SitePeer,
} from '../terraform/sites.js';
import { lineAt } from '../terraform/syntax.js';
import { normalizedPorts, type WrittenGroup, type WrittenPeer, type WrittenRule } from './written-rule.js';

/** What the Terraform of a tree writes, and the files left out because they do not parse. */
export interface TerraformRules {
  rules: WrittenRule[];
  unparsed: string[];
}

/** Every rule the `.tf` files under `dir` write. */
export async function terraformRules(dir: string, grammar?: HclGrammarPaths): Promise<TerraformRules> {
  const files = await listTerraformFiles(dir);
  if (files.length === 0) return { rules: [], unparsed: [] };
  const parser = await loadHclParser(grammar);
  const tree = await readTerraformTree(dir, files, parser);
  const { groups, sites } = collectSites(tree.files);
  return { rules: sites.flatMap((site) => siteRules(site, groups)), unparsed: tree.unparsed };
}

function siteRules(site: RuleSite, groups: readonly GroupResource[]): WrittenRule[] {
  const { group, why: groupWhy } = siteGroup(site, groups);
  const base = {
    source: 'terraform' as const,
    file: site.file.file,
    line: site.block.line,
    endLine: lineAt(site.file.text, site.block.end),
    group,
  };
  const u = site.unknown;
  // for_each, count and dynamic blocks make the rule exist any number of times, or not at all.
  const reasons = distinct([...site.blockers, groupWhy, u.group, u.direction, u.protocol, u.ports]);
  const known = {
    ...(site.direction === undefined ? {} : { direction: site.direction }),
    ...(site.protocol === undefined ? {} : { protocol: site.protocol }),
  };
  const peers = site.peers.map((p) => sitePeer(p, site, groups));
  const rules: WrittenRule[] = [];
  const direction = site.direction;
  const protocol = site.protocol;
  const fromPort = site.fromPort;
  const toPort = site.toPort;
  if (
    reasons.length === 0 &&
    direction !== undefined &&
    protocol !== undefined &&
    fromPort !== undefined &&
    toPort !== undefined
  ) {
    const [from, to] = normalizedPorts(protocol, fromPort, toPort);
    for (const peer of peers) rules.push({ ...base, direction, protocol, fromPort: from, toPort: to, peer });
  } else {
    const computed = reasons.join('; ') || 'its parts are not all literal';
    for (const peer of peers) rules.push({ ...base, ...known, peer, computed });
  }
  if (u.peers !== undefined) {
    const computed = distinct([...reasons, u.peers]).join('; ');
    rules.push({ ...base, ...known, computed });
  }
  return rules;
}

/** The reasons given, each once (a dynamic block gives the same one for every part). */
function distinct(reasons: readonly (string | undefined)[]): string[] {
  return [...new Set(reasons.filter((r): r is string => r !== undefined))];
}

function siteGroup(site: RuleSite, groups: readonly GroupResource[]): { group: WrittenGroup; why?: string } {
  const ref = site.group;
  if (ref.kind === 'id') return { group: { id: ref.id } };
  if (ref.kind === 'unknown') return { group: {}, why: ref.why };
  const resource = groups.find((g) => g.file.dir === ref.dir && g.name === ref.name);
  const group: WrittenGroup = {
    address: `${GROUP_TYPE}.${ref.name}`,
    module: ref.dir,
    ...(resource?.groupName === undefined ? {} : { name: resource.groupName }),
  };
  // An inline site already carries its group's for_each/count among its blockers.
  const why = site.kind !== 'inline' ? resource?.repeated : undefined;
  return why === undefined ? { group } : { group, why };
}

function sitePeer(peer: SitePeer, site: RuleSite, groups: readonly GroupResource[]): WrittenPeer {
  if (peer.kind === 'self') return { self: true };
  if (peer.kind === 'cidr') return { cidr: peer.literal ?? '' };
  if (peer.kind === 'prefixList') return { prefixListId: peer.literal ?? '' };
  if (peer.literal !== undefined) return { groupId: peer.literal };
  const name = groups.find((g) => g.file.dir === site.file.dir && g.name === peer.ref)?.groupName;
  return { groupRef: `${GROUP_TYPE}.${peer.ref ?? ''}`, ...(name === undefined ? {} : { groupName: name }) };
}
