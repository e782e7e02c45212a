/**
 * The rules an exported snapshot file writes (`sg-flow-audit export`: one YAML file per group),
 * each with the line of its list item so that a review can point at it.
 */
import type { Direction, RulePeer } from '../../inventory/model.js';
import { lineNumber, valueOf } from '../cloudformation/source-tree.js';
import { parseYamlSource } from '../cloudformation/yaml-tree.js';
import { parseGroupFile } from '../snapshot-yaml/export.js';
import { normalizedPorts, type WrittenPeer, type WrittenRule } from './written-rule.js';

/**
 * The rules of one exported file's text; `file` is its path relative to the tree. A file that is
 * not a valid export throws the ConfigurationError of `parseGroupFile`.
 */
export function snapshotRules(text: string, file: string): WrittenRule[] {
  const { group, rules } = parseGroupFile(text, file);
  const root = parseYamlSource(text).root;
  // parseGroupFile keeps the file's order: every ingress item, then every egress item.
  const items = (['ingress', 'egress'] as const).flatMap((direction: Direction) => {
    const list = valueOf(root, direction);
    return list?.kind === 'seq' ? list.entries : [];
  });
  return rules.map((rule, i): WrittenRule => {
    const item = items[i];
    const [fromPort, toPort] = normalizedPorts(rule.protocol, rule.fromPort, rule.toPort);
    return {
      source: 'snapshot',
      file,
      line: item ? lineNumber(text, item.start) : 1,
      endLine: item ? lineNumber(text, item.end) : 1,
      group: { name: group.groupName, id: group.groupId },
      direction: rule.direction,
      protocol: rule.protocol,
      fromPort,
      toPort,
      peer: snapshotPeer(rule.peer),
    };
  });
}

function snapshotPeer(peer: RulePeer): WrittenPeer {
  if ('cidr' in peer) return { cidr: peer.cidr };
  if ('groupId' in peer) return { groupId: peer.groupId };
  return { prefixListId: peer.prefixListId };
}
