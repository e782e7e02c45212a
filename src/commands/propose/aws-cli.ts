/**
 * The AWS CLI commands that carry out one change by hand: authorize the replacement first, then
 * revoke the old rule by its id (never by matching attributes), as `apply` does.
 */
import type { ProposedRule, RuleChange } from '../../iac/model.js';

export function awsCliCommands(change: RuleChange): string[] {
  const { rule } = change;
  const verb = rule.direction === 'ingress' ? 'ingress' : 'egress';
  const commands: string[] = [];
  if (change.action === 'replace' && change.replacement.length > 0) {
    const permissions = change.replacement.map((r) => ipPermission(r, rule.description));
    commands.push(
      `aws ec2 authorize-security-group-${verb} --group-id ${rule.groupId} --ip-permissions '${JSON.stringify(permissions)}'`,
    );
  }
  if (rule.ruleId.startsWith('sgr-') && !rule.ruleId.startsWith('sgr-derived-'))
    commands.push(
      `aws ec2 revoke-security-group-${verb} --group-id ${rule.groupId} --security-group-rule-ids ${rule.ruleId}`,
    );
  else
    commands.push(
      `# ${rule.ruleId} has no sgr- id (the inventory had no describe-security-group-rules): revoke it in the console`,
    );
  return commands;
}

function ipPermission(rule: ProposedRule, description: string | undefined): Record<string, unknown> {
  const protocol = rule.protocol === 'all' ? '-1' : rule.protocol;
  const ports = protocol === '-1' ? {} : { FromPort: rule.fromPort, ToPort: rule.toPort };
  // The description is shell-quoted as part of the JSON: keep it to safe characters.
  const said = description ? { Description: description.replace(/[^\w .,:/@+=-]/g, '') } : {};
  const peer = rule.cidr?.includes(':')
    ? { Ipv6Ranges: [{ CidrIpv6: rule.cidr, ...said }] }
    : rule.cidr !== undefined
      ? { IpRanges: [{ CidrIp: rule.cidr, ...said }] }
      : rule.groupId !== undefined
        ? { UserIdGroupPairs: [{ GroupId: rule.groupId, ...said }] }
        : { PrefixListIds: [{ PrefixListId: rule.prefixListId, ...said }] };
  return { IpProtocol: protocol, ...ports, ...peer };
}
