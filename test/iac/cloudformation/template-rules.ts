/**
 * An independent reader of the rules a CloudFormation template defines, for the tests: it
 * parses the whole template (short-form tags turned into their long form) and lists a group's
 * rules, inline and as resources, so that an edited template can be checked against a proposal.
 */
import { parse, type Tags } from 'yaml';
import { normalizeProtocol } from '../../../src/inventory/model.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const FUNCTIONS = ['Ref', 'GetAtt', 'If', 'Sub', 'Equals', 'FindInMap', 'Join', 'Select', 'ImportValue'];

const LONG_FORM: Tags = FUNCTIONS.flatMap((name) => {
  const key = name === 'Ref' ? 'Ref' : `Fn::${name}`;
  const wrap = (value: unknown) =>
    name === 'GetAtt' && typeof value === 'string' ? { [key]: value.split('.') } : { [key]: value };
  return [
    { tag: `!${name}`, resolve: (s: string) => wrap(s) as never },
    {
      tag: `!${name}`,
      collection: 'seq' as const,
      resolve: (s: unknown) => wrap((s as { toJSON(): unknown }).toJSON()) as never,
    },
  ];
});

/** Parses a template's text (JSON or YAML with short-form functions) into plain values. */
export function readTemplate(text: string): Record<string, Json> {
  return (
    text.trimStart().startsWith('{') ? JSON.parse(text) : parse(text, { customTags: LONG_FORM })
  ) as Record<string, Json>;
}

/** One rule, in words that compare: `tcp 443-443 cidr:0.0.0.0/0`. */
export type RuleText = string;

function describePeer(value: Json | undefined): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    if ('Ref' in value) return `Ref(${String(value['Ref'])})`;
    const getAtt = value['Fn::GetAtt'];
    if (Array.isArray(getAtt)) return `Ref(${String(getAtt[0])})`;
  }
  return JSON.stringify(value);
}

function ruleText(rule: Record<string, Json>): RuleText {
  const protocol = normalizeProtocol(String(rule['IpProtocol']))?.protocol ?? '?';
  const ports =
    protocol === 'all' ? 'all' : `${Number(rule['FromPort'] ?? -1)}-${Number(rule['ToPort'] ?? -1)}`;
  const peerKey = Object.keys(rule).find((k) =>
    /^(CidrIp|CidrIpv6|.*SecurityGroupId|.*PrefixListId)$/.test(k),
  );
  const kind = peerKey?.startsWith('Cidr') ? 'cidr' : peerKey?.endsWith('PrefixListId') ? 'pl' : 'group';
  return `${protocol} ${ports} ${kind}:${describePeer(peerKey ? rule[peerKey] : undefined)}`;
}

function refersTo(groupId: Json | undefined, logicalId: string): boolean {
  return describePeer(groupId) === `Ref(${logicalId})`;
}

/** The rules of a template's group, by direction, sorted. */
export function groupRules(text: string, logicalId: string): { ingress: RuleText[]; egress: RuleText[] } {
  const resources = readTemplate(text)['Resources'] as Record<string, Record<string, Json>>;
  const group = resources[logicalId]?.['Properties'] as Record<string, Json[]> | undefined;
  const out = { ingress: [] as RuleText[], egress: [] as RuleText[] };
  for (const [direction, key] of [
    ['ingress', 'SecurityGroupIngress'],
    ['egress', 'SecurityGroupEgress'],
  ] as const) {
    for (const rule of group?.[key] ?? []) {
      out[direction].push(
        rule && typeof rule === 'object' && !Array.isArray(rule)
          ? ruleText(rule)
          : `fn:${JSON.stringify(rule)}`,
      );
    }
  }
  for (const resource of Object.values(resources)) {
    const type = resource['Type'];
    const properties = resource['Properties'] as Record<string, Json>;
    if (type === 'AWS::EC2::SecurityGroupIngress' && refersTo(properties['GroupId'], logicalId)) {
      out.ingress.push(ruleText(properties));
    }
    if (type === 'AWS::EC2::SecurityGroupEgress' && refersTo(properties['GroupId'], logicalId)) {
      out.egress.push(ruleText(properties));
    }
  }
  out.ingress.sort();
  out.egress.sort();
  return out;
}
