export const id = 739;
export const ids = [739];
export const modules = {

/***/ 9739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openLiveInput: () => (/* binding */ openLiveInput)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var dist_cjs = __webpack_require__(5193);
// EXTERNAL MODULE: ./src/live-options.ts
var live_options = __webpack_require__(2818);
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var aws_clients = __webpack_require__(3234);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/aws/util.ts
var util = __webpack_require__(8897);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/inventory/describe.ts
var describe = __webpack_require__(623);
;// CONCATENATED MODULE: ./src/inventory/ec2.ts
/**
 * Reads the inventory live from EC2: security groups, their rules (with `sgr-` ids), the network
 * interfaces they are attached to, and the managed prefix lists the rules name. The SDK returns
 * the same PascalCase shapes as the AWS CLI, so the responses go through the same validation and
 * conversion as a snapshot folder ({@link inventoryFromDescribe}), and can be written out as one
 * ({@link readLiveDescribe}, for `snapshot`).
 */






// EC2 accepts at most 200 values in one filter.
const FILTER_VALUES = 200;
/**
 * Reads groups, rules, interfaces and prefix lists with paginated Describe* calls.
 *
 * When DescribeSecurityGroupRules is denied the rules come from DescribeSecurityGroups with
 * derived ids, and when prefix-list entries cannot be read the list has no CIDRs; both leave a
 * warning. Interfaces of groups that the selected rules reference are read too, because a
 * group-referencing rule matches the private addresses of those interfaces.
 *
 * @throws ConfigurationError when AWS refuses a call that the audit cannot do without, or when
 * the selected VPC or groups do not exist in the region.
 */
async function readLiveInventory(ec2, options = {}) {
    const { described, networkAcls, responses } = await describeLive(ec2, options);
    return {
        ...(0,describe/* inventoryFromDescribe */.er)(described),
        ...(networkAcls ? { networkAcls } : {}),
        warnings: responses.warnings,
    };
}
/**
 * The same reads as {@link readLiveInventory}, with the same selection, checks and warnings, but
 * the responses come back as EC2 sent them instead of as the inventory model.
 */
async function readLiveDescribe(ec2, options = {}) {
    return (await describeLive(ec2, options)).responses;
}
/** The reads of both functions above: the raw responses, and the same validated. */
async function describeLive(ec2, options) {
    const warnings = [];
    const call = (operation, resource) => ({
        service: 'ec2',
        operation,
        resource,
        ...(0,aws_clients/* clientTarget */.zU)(ec2),
    });
    const vpcFilter = options.vpcId !== undefined ? [{ Name: 'vpc-id', Values: [options.vpcId] }] : [];
    const selectedGroups = options.groupIds !== undefined ? [...new Set(options.groupIds)] : undefined;
    // Groups.
    const groupQueries = selectedGroups
        ? (0,util/* chunks */.VN)(selectedGroups, FILTER_VALUES).map((ids) => [...vpcFilter, { Name: 'group-id', Values: ids }])
        : [vpcFilter];
    const rawGroups = [];
    try {
        for (const Filters of groupQueries) {
            const pages = (0,dist_cjs/* paginateDescribeSecurityGroups */.nYn)({ client: ec2 }, Filters.length > 0 ? { Filters } : {});
            rawGroups.push(...(await (0,util/* collectPages */.VV)(pages, (p) => p.SecurityGroups)));
        }
    }
    catch (e) {
        (0,errors/* rethrowAwsError */.di)(e, call('DescribeSecurityGroups', options.vpcId));
    }
    const securityGroups = (0,describe/* parseDescribeDocument */.oH)(rawGroups, 'SecurityGroups', describe/* SecurityGroupSchema */.tw, 'EC2 DescribeSecurityGroups');
    const groupIds = securityGroups.map((g) => g.GroupId);
    checkSelection(options, selectedGroups, groupIds, (0,aws_clients/* clientTarget */.zU)(ec2).region);
    // Rules with their sgr- ids; without them the report's rule ids are derived, which still works.
    let securityGroupRules;
    let rawRules;
    try {
        const read = [];
        for (const ids of (0,util/* chunks */.VN)(groupIds, FILTER_VALUES)) {
            const pages = (0,dist_cjs/* paginateDescribeSecurityGroupRules */.Dl4)({ client: ec2 }, { Filters: [{ Name: 'group-id', Values: ids }] });
            read.push(...(await (0,util/* collectPages */.VV)(pages, (p) => p.SecurityGroupRules)));
        }
        securityGroupRules = (0,describe/* parseDescribeDocument */.oH)(read, 'SecurityGroupRules', describe/* SecurityGroupRuleSchema */.p9, 'EC2 DescribeSecurityGroupRules');
        rawRules = read;
    }
    catch (e) {
        if (!(0,errors/* isAccessDenied */.w7)(e))
            (0,errors/* rethrowAwsError */.di)(e, call('DescribeSecurityGroupRules'));
        warnings.push(`${(0,errors/* describeAwsError */.Pp)(e, call('DescribeSecurityGroupRules'))}; rule ids are derived instead of sgr- ids`);
    }
    // Interfaces: those of the selection, then those of groups its rules reference.
    const interfaceQueries = selectedGroups
        ? (0,util/* chunks */.VN)(groupIds, FILTER_VALUES).map((ids) => [...vpcFilter, { Name: 'group-id', Values: ids }])
        : [vpcFilter];
    const rawInterfaces = new Map();
    const readInterfaces = async (queries) => {
        try {
            for (const Filters of queries) {
                const pages = (0,dist_cjs/* paginateDescribeNetworkInterfaces */.pkX)({ client: ec2 }, Filters.length > 0 ? { Filters } : {});
                for (const n of await (0,util/* collectPages */.VV)(pages, (p) => p.NetworkInterfaces)) {
                    rawInterfaces.set(n.NetworkInterfaceId ?? '', n);
                }
            }
        }
        catch (e) {
            (0,errors/* rethrowAwsError */.di)(e, call('DescribeNetworkInterfaces', options.vpcId));
        }
    };
    await readInterfaces(interfaceQueries);
    const rules = (0,describe/* inventoryFromDescribe */.er)({ securityGroups, securityGroupRules, networkInterfaces: [] }).rules;
    // With no selection every interface of the region was read already.
    if (options.vpcId !== undefined || selectedGroups !== undefined) {
        const loaded = new Set(groupIds);
        const referenced = [...new Set(rules.flatMap((r) => ('groupId' in r.peer ? [r.peer.groupId] : [])))];
        const outside = referenced.filter((id) => !loaded.has(id));
        await readInterfaces((0,util/* chunks */.VN)(outside, FILTER_VALUES).map((ids) => [{ Name: 'group-id', Values: ids }]));
    }
    const networkInterfaces = (0,describe/* parseDescribeDocument */.oH)([...rawInterfaces.values()], 'NetworkInterfaces', describe/* NetworkInterfaceSchema */.$s, 'EC2 DescribeNetworkInterfaces');
    const prefixListIds = [
        ...new Set(rules.flatMap((r) => ('prefixListId' in r.peer ? [r.peer.prefixListId] : []))),
    ];
    const prefixLists = await readPrefixLists(ec2, prefixListIds, call, warnings);
    const networkAcls = await readNetworkAcls(ec2, vpcFilter, call, warnings);
    return {
        responses: {
            securityGroups: rawGroups,
            securityGroupRules: rawRules,
            networkInterfaces: [...rawInterfaces.values()],
            prefixLists: prefixLists.raw,
            networkAcls: networkAcls?.raw,
            warnings,
        },
        described: { securityGroups, securityGroupRules, networkInterfaces, prefixLists: prefixLists.parsed },
        networkAcls: networkAcls?.parsed,
    };
}
/**
 * The network ACLs of the audited VPC (or region), where a port scanner's deny entry goes. They
 * are optional: when the call is denied the audit goes on, with a warning, and port-scan findings
 * say that they could not pick a rule number.
 */
async function readNetworkAcls(ec2, vpcFilter, call, warnings) {
    try {
        const pages = (0,dist_cjs/* paginateDescribeNetworkAcls */.KQU)({ client: ec2 }, vpcFilter.length > 0 ? { Filters: vpcFilter } : {});
        const raw = await (0,util/* collectPages */.VV)(pages, (p) => p.NetworkAcls);
        const parsed = (0,describe/* networkAclsFromDescribe */.x2)((0,describe/* parseDescribeDocument */.oH)(raw, 'NetworkAcls', describe/* NetworkAclSchema */.kt, 'EC2 DescribeNetworkAcls'));
        return { raw, parsed };
    }
    catch (e) {
        if (!(0,errors/* isAccessDenied */.w7)(e))
            (0,errors/* rethrowAwsError */.di)(e, call('DescribeNetworkAcls'));
        warnings.push(`${(0,errors/* describeAwsError */.Pp)(e, call('DescribeNetworkAcls'))}; port-scan findings cannot propose a network ACL deny entry`);
        return undefined;
    }
}
/** A typo in `--vpc-id` or `--security-group-ids` finds nothing; say so rather than audit nothing. */
function checkSelection(options, selected, found, region) {
    const where = region !== undefined ? ` in region '${region}'` : '';
    if (selected !== undefined) {
        const missing = selected.filter((id) => !found.includes(id));
        if (missing.length > 0) {
            const scope = options.vpcId !== undefined ? ` of ${options.vpcId}` : '';
            throw new src_errors/* ConfigurationError */.j1(`--security-group-ids: no security group ${missing.join(', ')}${scope}${where}: check the ids and --region`);
        }
    }
    else if (options.vpcId !== undefined && found.length === 0) {
        // Every VPC has a default group, so none at all means no such VPC here.
        throw new src_errors/* ConfigurationError */.j1(`--vpc-id: no VPC ${options.vpcId}${where} (it has no security groups): check the id and --region`);
    }
}
/**
 * Reads the prefix lists the rules reference, with their entries folded in as `Entries`. A list
 * that cannot be read keeps no CIDRs (rules on it become `unknown`) and leaves a warning.
 */
async function readPrefixLists(ec2, ids, call, warnings) {
    if (ids.length === 0)
        return { raw: [], parsed: [] };
    const found = new Map();
    try {
        // A filter, not PrefixListIds: an id that is not visible (a list shared and then unshared)
        // must not fail the whole call.
        for (const values of (0,util/* chunks */.VN)(ids, FILTER_VALUES)) {
            const pages = (0,dist_cjs/* paginateDescribeManagedPrefixLists */.fS_)({ client: ec2 }, { Filters: [{ Name: 'prefix-list-id', Values: values }] });
            for (const p of await (0,util/* collectPages */.VV)(pages, (page) => page.PrefixLists)) {
                if (p.PrefixListId)
                    found.set(p.PrefixListId, {
                        ...p,
                        PrefixListId: p.PrefixListId,
                        PrefixListName: p.PrefixListName ?? '',
                    });
            }
        }
    }
    catch (e) {
        if (!(0,errors/* isAccessDenied */.w7)(e))
            (0,errors/* rethrowAwsError */.di)(e, call('DescribeManagedPrefixLists'));
        warnings.push(`${(0,errors/* describeAwsError */.Pp)(e, call('DescribeManagedPrefixLists'))}; prefix-list names are unknown`);
    }
    const lists = [];
    for (const id of ids) {
        const list = {
            ...(found.get(id) ?? { PrefixListId: id, PrefixListName: '' }),
        };
        try {
            const pages = (0,dist_cjs/* paginateGetManagedPrefixListEntries */.JFg)({ client: ec2 }, { PrefixListId: id });
            list.Entries = (await (0,util/* collectPages */.VV)(pages, (p) => p.Entries)).filter((e) => e.Cidr !== undefined);
        }
        catch (e) {
            if (!(0,errors/* isAccessDenied */.w7)(e) && !/NotFound/.test(e.name)) {
                (0,errors/* rethrowAwsError */.di)(e, call('GetManagedPrefixListEntries', id));
            }
            warnings.push(`${(0,errors/* describeAwsError */.Pp)(e, call('GetManagedPrefixListEntries', id))}; rules that name ${id} cannot be matched to traffic`);
        }
        lists.push(list);
    }
    return {
        raw: lists,
        parsed: (0,describe/* parseDescribeDocument */.oH)(lists, 'PrefixLists', describe/* PrefixListSchema */.c, 'EC2 GetManagedPrefixListEntries'),
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js
var client_cloudwatch_logs_dist_cjs = __webpack_require__(2684);
// EXTERNAL MODULE: ./src/sources/parse.ts + 3 modules
var parse = __webpack_require__(5387);
;// CONCATENATED MODULE: ./src/sources/cloudwatch.ts
/**
 * Reads flow logs that AWS delivers to CloudWatch Logs, with FilterLogEvents over the lookback
 * window. Each event's message is one record without a header line, so the format must come
 * from the flow log's LogFormat (DescribeFlowLogs) or `--log-format`.
 *
 * FilterLogEvents has a low request rate per account and region, shared with everything else
 * that reads logs there, so throttling is expected on large groups: after the SDK's own retries
 * give up, this reader waits with exponential backoff and full jitter and goes on from the same
 * page, instead of failing the audit.
 */





const STREAM_NAMES_PER_CALL = 100;
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_CAP_MS = 30_000;
/** The wait before retry number `attempt` (0-based): full jitter over an exponential ceiling. */
function backoffDelay(attempt, random = Math.random) {
    return Math.floor(random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt));
}
/**
 * Reads every event of a log group in [start, end) into the sink, as one input "file" named
 * `cloudwatch:GROUP`. Pages are followed until there is no `nextToken`: a page can be empty and
 * still carry one, while FilterLogEvents works through the group.
 *
 * @throws ConfigurationError when the group does not exist, reading it is denied, or throttling
 * outlasts every retry.
 */
async function readCloudWatch(logs, query, sink, options) {
    const name = `cloudwatch:${query.logGroupName}`;
    const parser = new parse/* FlowLogParser */.E(options.interfaces, { record: (r) => sink.record(r), malformed: (line, message) => sink.malformed(name, line, message) }, options.format);
    const result = { events: 0, pages: 0, throttleRetries: 0 };
    const maxRetries = query.maxThrottleRetries ?? 5;
    const wait = query.sleep ?? util/* sleep */.yy;
    const streamBatches = query.logStreamNames?.length
        ? (0,util/* chunks */.VN)(query.logStreamNames, STREAM_NAMES_PER_CALL)
        : [undefined];
    for (const logStreamNames of streamBatches) {
        let nextToken;
        do {
            const input = {
                logGroupName: query.logGroupName,
                startTime: query.start.getTime(),
                // FilterLogEvents includes events at endTime; the window excludes its end.
                endTime: query.end.getTime() - 1,
                ...(logStreamNames ? { logStreamNames } : {}),
                ...(nextToken !== undefined ? { nextToken } : {}),
                ...(query.pageSize !== undefined ? { limit: query.pageSize } : {}),
            };
            let page;
            for (let attempt = 0; page === undefined; attempt++) {
                try {
                    page = await logs.send(new client_cloudwatch_logs_dist_cjs/* FilterLogEventsCommand */.nsW(input));
                }
                catch (e) {
                    if (!(0,errors/* isThrottling */.E2)(e) || attempt >= maxRetries) {
                        (0,errors/* rethrowAwsError */.di)(e, {
                            service: 'logs',
                            operation: 'FilterLogEvents',
                            resource: query.logGroupName,
                            ...(0,aws_clients/* clientTarget */.zU)(logs),
                            attempts: (attempt + 1) * (e.$metadata?.attempts ?? 1),
                        });
                    }
                    result.throttleRetries++;
                    await wait(backoffDelay(attempt, query.random));
                }
            }
            result.pages++;
            for (const event of page.events ?? []) {
                if (event.message === undefined)
                    continue;
                result.events++;
                // An event longer than a record can be is counted as a file's long line is, unread (the
                // length test first: UTF-16 units are never more than bytes, nor bytes than 3 units).
                if (event.message.length * 3 > parse/* MAX_LINE_BYTES */.O && Buffer.byteLength(event.message) > parse/* MAX_LINE_BYTES */.O)
                    parser.longLineSkipped();
                // One message is one record; the newline makes the parser treat it as a whole line.
                else
                    parser.push(Buffer.from(`${event.message}\n`));
            }
            nextToken = page.nextToken ?? undefined;
        } while (nextToken !== undefined);
    }
    parser.end();
    sink.fileRead(parser.format.fields, name);
    return result;
}

// EXTERNAL MODULE: ./src/sources/format.ts
var format = __webpack_require__(7879);
;// CONCATENATED MODULE: ./src/sources/discovery.ts
/**
 * `--source auto`: finds the flow logs of the audited VPC with DescribeFlowLogs and says where their
 * records are (an S3 bucket and prefix, or a CloudWatch Logs group) and in which format. It also
 * says what the flow logs cannot show, as typed coverage notes: a rule can only be called
 * unused where accepted traffic was recorded.
 */





/**
 * Lists the flow logs that record the interfaces in scope and notes the gaps in what they show.
 * @throws ConfigurationError when DescribeFlowLogs or DescribeNetworkInterfaces fails.
 */
async function discoverFlowLogs(ec2, options = {}) {
    const target = (0,aws_clients/* clientTarget */.zU)(ec2);
    const interfaces = (options.interfaces ?? (await readInterfaces(ec2, options.vpcId))).filter((n) => options.vpcId === undefined || n.vpcId === options.vpcId);
    let raw;
    try {
        // All flow logs, filtered here: one listing covers VPC, subnet and interface flow logs, where a
        // resource-id filter would need every subnet and interface id of the VPC.
        raw = await (0,util/* collectPages */.VV)((0,dist_cjs/* paginateDescribeFlowLogs */.a7w)({ client: ec2 }, {}), (p) => p.FlowLogs);
    }
    catch (e) {
        (0,errors/* rethrowAwsError */.di)(e, { service: 'ec2', operation: 'DescribeFlowLogs', ...target });
    }
    const inScope = new Set([
        ...(options.vpcId !== undefined ? [options.vpcId] : []),
        ...interfaces.flatMap((n) => [n.vpcId, n.subnetId, n.interfaceId]),
    ]);
    const flowLogs = raw
        .map(toDiscovered)
        .filter((f) => f !== undefined)
        .filter((f) => options.vpcId === undefined || inScope.has(f.resourceId))
        .sort((a, b) => a.resourceId.localeCompare(b.resourceId) || a.flowLogId.localeCompare(b.flowLogId));
    const notes = [];
    for (const f of flowLogs) {
        const described = raw.find((r) => r.FlowLogId === f.flowLogId);
        notes.push(...flowLogNotes(f, described));
    }
    notes.push(...coverageGaps(flowLogs, interfaces, options.vpcId));
    return { flowLogs, notes };
}
async function readInterfaces(ec2, vpcId) {
    try {
        const filters = vpcId !== undefined ? { Filters: [{ Name: 'vpc-id', Values: [vpcId] }] } : {};
        const raw = await (0,util/* collectPages */.VV)((0,dist_cjs/* paginateDescribeNetworkInterfaces */.pkX)({ client: ec2 }, filters), (p) => p.NetworkInterfaces);
        return raw.map((n) => ({
            interfaceId: n.NetworkInterfaceId ?? '',
            groupIds: (n.Groups ?? []).map((g) => g.GroupId ?? '').filter(Boolean),
            privateIpv4: [],
            ipv6: [],
            publicIpv4: [],
            interfaceType: n.InterfaceType ?? 'interface',
            description: n.Description ?? '',
            vpcId: n.VpcId ?? '',
            subnetId: n.SubnetId ?? '',
        }));
    }
    catch (e) {
        (0,errors/* rethrowAwsError */.di)(e, {
            service: 'ec2',
            operation: 'DescribeNetworkInterfaces',
            resource: vpcId,
            ...(0,aws_clients/* clientTarget */.zU)(ec2),
        });
    }
}
function resourceType(id) {
    if (id.startsWith('vpc-'))
        return 'vpc';
    if (id.startsWith('subnet-'))
        return 'subnet';
    if (id.startsWith('eni-'))
        return 'network-interface';
    if (id.startsWith('tgw-'))
        return 'transit-gateway';
    return 'other';
}
/**
 * The bucket and prefix of an S3 flow-log destination ARN, `arn:aws:s3:::bucket/optional/prefix`
 * (any partition).
 */
function parseS3DestinationArn(arn) {
    const m = /^arn:[^:]+:s3:::([^/]+)(?:\/(.*))?$/.exec(arn);
    if (!m?.[1])
        return undefined;
    return { bucket: m[1], prefix: (m[2] ?? '').replace(/\/+$/, '') };
}
function toDiscovered(f) {
    if (!f.FlowLogId || !f.ResourceId)
        return undefined;
    const logFormat = f.LogFormat ?? format/* DEFAULT_FIELDS */.yz.map((n) => `\${${n}}`).join(' ');
    const trafficType = f.TrafficType === 'ACCEPT' || f.TrafficType === 'REJECT' ? f.TrafficType : 'ALL';
    let destination;
    const s3 = f.LogDestinationType === 's3' && f.LogDestination ? parseS3DestinationArn(f.LogDestination) : undefined;
    if (s3) {
        destination = {
            type: 's3',
            ...s3,
            fileFormat: f.DestinationOptions?.FileFormat === 'parquet' ? 'parquet' : 'plain-text',
            hiveCompatiblePartitions: f.DestinationOptions?.HiveCompatiblePartitions ?? false,
            perHourPartition: f.DestinationOptions?.PerHourPartition ?? false,
        };
    }
    else if ((f.LogDestinationType ?? 'cloud-watch-logs') === 'cloud-watch-logs' &&
        (f.LogGroupName || f.LogDestination)) {
        // The ARN form is arn:aws:logs:region:account:log-group:NAME[:*].
        const fromArn = /:log-group:([^:]+)/.exec(f.LogDestination ?? '')?.[1];
        destination = { type: 'cloudwatch', logGroupName: f.LogGroupName || fromArn || '' };
    }
    else {
        destination = {
            type: 'other',
            destinationType: f.LogDestinationType ?? 'unknown',
            destination: f.LogDestination ?? '',
        };
    }
    const delivering = f.DeliverLogsStatus !== 'FAILED' && (f.FlowLogStatus ?? 'ACTIVE') === 'ACTIVE';
    return {
        flowLogId: f.FlowLogId,
        resourceId: f.ResourceId,
        resourceType: resourceType(f.ResourceId),
        trafficType,
        logFormat,
        format: (0,format/* parseLogFormat */.r5)(logFormat) ?? (0,format/* makeFormat */.sP)(format/* DEFAULT_FIELDS */.yz),
        destination,
        usable: trafficType !== 'REJECT' && destination.type !== 'other' && delivering,
    };
}
function flowLogNotes(f, raw) {
    const notes = [];
    const base = { flowLogId: f.flowLogId, resourceId: f.resourceId };
    if (f.trafficType === 'REJECT') {
        notes.push({
            kind: 'reject-only',
            ...base,
            message: `flow log ${f.flowLogId} of ${f.resourceId} records only rejected traffic, so it cannot show which rules are used`,
        });
    }
    if (f.destination.type === 'other') {
        notes.push({
            kind: 'unreadable-destination',
            ...base,
            destinationType: f.destination.destinationType,
            message: `flow log ${f.flowLogId} of ${f.resourceId} delivers to ${f.destination.destinationType}, which this tool cannot read`,
        });
    }
    if (raw?.DeliverLogsStatus === 'FAILED' || (raw?.FlowLogStatus ?? 'ACTIVE') !== 'ACTIVE') {
        const why = raw?.DeliverLogsErrorMessage ? ` (${raw.DeliverLogsErrorMessage})` : '';
        notes.push({
            kind: 'delivery-failed',
            ...base,
            message: `flow log ${f.flowLogId} of ${f.resourceId} is not delivering records${why}`,
        });
    }
    const missingFields = ['tcp-flags', 'flow-direction'].filter((n) => !f.format.fields.includes(n));
    if (f.trafficType !== 'REJECT' && missingFields.length > 0) {
        notes.push({
            kind: 'connection-start-guessed',
            ...base,
            missingFields,
            message: `flow log ${f.flowLogId} of ${f.resourceId} has no ${missingFields.join(' or ')} field, so who started a ` +
                `connection is guessed from reverse records and ports; add \${tcp-flags} and \${flow-direction} to its format`,
        });
    }
    return notes;
}
/**
 * Interfaces that no usable flow log records, reported at the widest level that is wholly
 * uncovered: one note for a VPC without any, one for a subnet, otherwise one per interface.
 * Only interfaces with security groups count: the others have no rules to audit.
 */
function coverageGaps(flowLogs, interfaces, vpcId) {
    const covered = new Set(flowLogs.filter((f) => f.usable).map((f) => f.resourceId));
    const audited = interfaces.filter((n) => n.groupIds.length > 0);
    const isCovered = (n) => covered.has(n.interfaceId) || covered.has(n.subnetId) || covered.has(n.vpcId);
    const notes = [];
    const vpcs = [...new Set([...(vpcId !== undefined ? [vpcId] : []), ...audited.map((n) => n.vpcId)])].sort();
    for (const vpc of vpcs) {
        const inVpc = audited.filter((n) => n.vpcId === vpc);
        const gaps = inVpc.filter((n) => !isCovered(n));
        // A VPC named by --vpc-id but without audited interfaces is a gap only when nothing is logged.
        const wholeVpc = inVpc.length > 0 || covered.size === 0;
        if (gaps.length === inVpc.length && !covered.has(vpc) && wholeVpc) {
            notes.push(gap('vpc', vpc, gaps));
            continue;
        }
        const subnets = [...new Set(gaps.map((n) => n.subnetId))].sort();
        for (const subnet of subnets) {
            const inSubnet = inVpc.filter((n) => n.subnetId === subnet);
            const subnetGaps = gaps.filter((n) => n.subnetId === subnet);
            if (subnetGaps.length === inSubnet.length)
                notes.push(gap('subnet', subnet, subnetGaps));
            else
                for (const n of subnetGaps)
                    notes.push(gap('network-interface', n.interfaceId, [n]));
        }
    }
    return notes;
}
function gap(resourceType, resourceId, uncovered) {
    const interfaceIds = uncovered.map((n) => n.interfaceId).sort();
    const what = resourceType === 'network-interface'
        ? `interface ${resourceId} has`
        : `${resourceType === 'vpc' ? 'VPC' : 'subnet'} ${resourceId} (${interfaceIds.length} interface${interfaceIds.length === 1 ? '' : 's'}) has`;
    return {
        kind: 'not-covered',
        resourceType,
        resourceId,
        interfaceIds,
        message: `${what} no flow log that records accepted traffic, so the rules of its groups stay unknown`,
    };
}

;// CONCATENATED MODULE: ./src/sources/flow-log-choice.ts
/** The fields that tell who started a connection (src/analysis/initiator.ts), best evidence. */
const INITIATOR_FIELDS = ['tcp-flags', 'flow-direction'];
/** Where a flow log's records are read: `s3://bucket/prefix` or `cloudwatch:LOG_GROUP`. */
function destinationName(f) {
    const d = f.destination;
    if (d.type === 's3')
        return `s3://${d.bucket}/${d.prefix}`;
    if (d.type === 'cloudwatch')
        return `cloudwatch:${d.logGroupName}`;
    return `${d.destinationType}:${d.destination}`;
}
/**
 * Whether this tool can read the flow log's records as evidence of use: accepted traffic, in S3
 * or a named log group. A flow log that is not delivering is still read (its older records
 * count), but one that is delivering ranks before it.
 */
function isReadable(f) {
    const d = f.destination;
    return (f.trafficType !== 'REJECT' && (d.type === 's3' || (d.type === 'cloudwatch' && d.logGroupName !== '')));
}
/** Of `tcp-flags` and `flow-direction`, those the flow log's format has. */
function initiatorFields(f) {
    return INITIATOR_FIELDS.filter((n) => f.format.fields.includes(n));
}
const hasInterfaceId = (f) => f.format.fields.includes('interface-id');
/**
 * The criteria, best first, by which one flow log is read rather than another for an interface:
 * each gives a number (lower is better) and the sentence that says why `a` won.
 */
const CRITERIA = [
    {
        // Without interface-id the records cannot be given to an interface at all.
        rank: (f) => (hasInterfaceId(f) ? 0 : 1),
        why: (a, b) => `${a.flowLogId}'s format has interface-id; ${b.flowLogId}'s does not`,
    },
    {
        rank: (f) => INITIATOR_FIELDS.length - initiatorFields(f).length,
        why: (a, b) => `${a.flowLogId}'s format has ${fieldsText(a)}; ${b.flowLogId}'s has ${fieldsText(b)}`,
    },
    {
        // ALL traffic also shows the rejected attempts (port scans) that ACCEPT-only logs miss.
        rank: (f) => (f.trafficType === 'ALL' ? 0 : 1),
        why: (a, b) => `${a.flowLogId} records all traffic; ${b.flowLogId} only accepted traffic`,
    },
    {
        rank: (f) => (f.usable ? 0 : 1),
        why: (a, b) => `${b.flowLogId} is not delivering`,
    },
    {
        rank: (f) => (f.destination.type === 's3' ? 0 : 1),
        why: (a, b) => `${a.flowLogId}'s format is as good as ${b.flowLogId}'s, and S3 is read before CloudWatch Logs`,
    },
];
function fieldsText(f) {
    const has = initiatorFields(f);
    if (has.length === INITIATOR_FIELDS.length)
        return INITIATOR_FIELDS.join(' and ');
    if (has.length === 0)
        return `neither ${INITIATOR_FIELDS.join(' nor ')}`;
    return `${has.join(', ')} but not ${INITIATOR_FIELDS.filter((n) => !has.includes(n)).join(', ')}`;
}
/** Orders flow logs best first: by {@link CRITERIA}, then by id so that every run agrees. */
function compareFlowLogs(a, b) {
    for (const c of CRITERIA) {
        const d = c.rank(a) - c.rank(b);
        if (d !== 0)
            return d;
    }
    return a.flowLogId < b.flowLogId ? -1 : a.flowLogId > b.flowLogId ? 1 : 0;
}
/** Why `a` is read rather than `b` (a ranks first). */
function advantage(a, b) {
    const decisive = CRITERIA.find((c) => c.rank(a) !== c.rank(b));
    return decisive
        ? decisive.why(a, b)
        : `${a.flowLogId}'s format is as good as ${b.flowLogId}'s, and the lower flow-log id is read`;
}
const RESOURCE_WIDTH = { vpc: 0, subnet: 1, 'network-interface': 2, 'transit-gateway': 3, other: 3 };
/**
 * Chooses, for each interface of the inventory, the best readable flow log that records it
 * (its own, its subnet's or its VPC's).
 */
function chooseFlowLogs(flowLogs, interfaces) {
    const candidates = flowLogs.filter(isReadable).sort(compareFlowLogs);
    const chosenFor = new Map();
    const read = new Set();
    const sharing = new Map();
    for (const n of interfaces) {
        const recording = candidates.filter((f) => recordsInterface(f, n));
        const best = recording[0];
        if (best === undefined)
            continue;
        chosenFor.set(n.interfaceId, best.flowLogId);
        read.add(best.flowLogId);
        for (const f of recording.slice(1)) {
            if (f.destination.type !== 'cloudwatch' || destinationName(f) !== destinationName(best))
                continue;
            const name = f.destination.logGroupName;
            const shared = sharing.get(name) ?? { flowLogIds: new Set([best.flowLogId]), interfaceIds: new Set() };
            shared.flowLogIds.add(f.flowLogId);
            shared.interfaceIds.add(n.interfaceId);
            sharing.set(name, shared);
        }
    }
    const widest = [...candidates].sort((a, b) => RESOURCE_WIDTH[a.resourceType] - RESOURCE_WIDTH[b.resourceType] || compareFlowLogs(a, b));
    const othersFrom = (widest.find((f) => read.has(f.flowLogId)) ?? widest[0])?.flowLogId;
    if (othersFrom !== undefined)
        read.add(othersFrom);
    const sharedLogGroups = [...sharing]
        .sort((a, b) => (a[0] < b[0] ? -1 : 1))
        .map(([logGroupName, s]) => ({
        logGroupName,
        flowLogIds: [...s.flowLogIds].sort(),
        interfaceIds: [...s.interfaceIds].sort(),
    }));
    return { candidates, chosenFor, othersFrom, read, sharedLogGroups };
}
/** Whether the flow log records the interface: it is the interface's, its subnet's or its VPC's. */
function recordsInterface(f, n) {
    return f.resourceId === n.interfaceId || f.resourceId === n.subnetId || f.resourceId === n.vpcId;
}
/**
 * The report's account of the choice: every candidate, read or not, with the records taken from
 * it (`records` by flow-log id) and why, sorted by flow-log id.
 */
function describeChoice(choice, interfaces, records) {
    const byId = new Map(choice.candidates.map((f) => [f.flowLogId, f]));
    return [...choice.candidates]
        .sort((a, b) => (a.flowLogId < b.flowLogId ? -1 : 1))
        .map((f) => {
        const own = interfaces.filter((n) => choice.chosenFor.get(n.interfaceId) === f.flowLogId);
        const isRead = choice.read.has(f.flowLogId);
        return {
            flowLogId: f.flowLogId,
            resourceId: f.resourceId,
            destination: destinationName(f),
            read: isRead,
            interfaces: own.length,
            records: records.get(f.flowLogId) ?? 0,
            initiatorFields: initiatorFields(f),
            reason: reasonFor(f, choice, interfaces, byId),
        };
    });
}
function reasonFor(f, choice, interfaces, byId) {
    const flowLog = (id) => byId.get(id);
    const recorded = interfaces.filter((n) => recordsInterface(f, n));
    // The flow logs it was read instead of, and those read instead of it (with interface counts).
    const beaten = new Set();
    const lostTo = new Map();
    let won = 0;
    for (const n of recorded) {
        const chosen = choice.chosenFor.get(n.interfaceId);
        if (chosen !== f.flowLogId) {
            lostTo.set(chosen, (lostTo.get(chosen) ?? 0) + 1);
            continue;
        }
        won++;
        for (const g of choice.candidates)
            if (g.flowLogId !== f.flowLogId && recordsInterface(g, n))
                beaten.add(g.flowLogId);
    }
    const losses = [...lostTo]
        .sort((a, b) => (a[0] < b[0] ? -1 : 1))
        .map(([winner, count]) => `${count} of its interfaces are read from ${winner} (${advantage(flowLog(winner), f)})`);
    if (!choice.read.has(f.flowLogId)) {
        return losses.length > 0
            ? `not read: ${losses.join('; ')}`
            : `not read: it records no interface of the inventory, and the others are read from ${choice.othersFrom ?? 'another flow log'}`;
    }
    const parts = [];
    if (beaten.size > 0) {
        const losers = [...beaten].sort();
        parts.push(`read instead of ${losers.join(', ')}: ${losers.map((l) => advantage(f, flowLog(l))).join('; ')}`);
    }
    else if (won > 0) {
        parts.push(`the only flow log of ${won === recorded.length ? 'its' : `${won} of its`} interfaces`);
    }
    parts.push(...losses);
    // Read only for the others: no interface of the inventory is recorded by a readable flow log.
    if (parts.length === 0)
        parts.push('read for the records of interfaces outside the inventory');
    return parts.join('; ');
}

;// CONCATENATED MODULE: ./src/sources/flow-log-filter.ts
/**
 * A sink that passes on the records `rule` keeps and adds them to `kept` by flow-log number (one
 * zero per flow log read, as long as `rule.keep`): the rule of {@link FlowLogFilter.wrap}, in
 * whichever thread parses the records.
 */
function flow_log_filter_keepChosen(sink, rule, kept) {
    const { owner, keep, othersFrom } = rule;
    const keepOthers = othersFrom >= 0 && keep[othersFrom] === 1;
    return {
        record: (r) => {
            const i = r.interfaceIndex;
            const o = i >= 0 && i < owner.length ? owner[i] : -1;
            if (o >= 0) {
                if (keep[o] === 0)
                    return;
                kept[o] += r.count;
            }
            else {
                if (!keepOthers)
                    return;
                kept[othersFrom] += r.count;
            }
            sink.record(r);
        },
        malformed: (file, line, message) => sink.malformed(file, line, message),
        fileError: (file, message) => sink.fileError(file, message),
        fileRead: (fields, file) => sink.fileRead(fields, file),
    };
}
class FlowLogFilter {
    /** The ids of the flow logs read, by number. */
    flowLogIds;
    numbers;
    /** By interface index: the number of the flow log chosen for it, -1 for none. */
    owner;
    /** The number of the flow log that keeps the other interfaces' records, -1 for none. */
    othersFrom;
    /** Records kept, by flow-log number. */
    kept;
    /** @param table the reader's interface table, in which every inventory interface has its index */
    constructor(choice, inventory, table) {
        this.flowLogIds = [...choice.read].sort();
        this.numbers = new Map(this.flowLogIds.map((id, i) => [id, i]));
        this.kept = this.flowLogIds.map(() => 0);
        const indices = inventory.map((n) => table.add(n.interfaceId));
        this.owner = new Int32Array(Math.max(0, ...indices.map((i) => i + 1))).fill(-1);
        inventory.forEach((n, k) => {
            const chosen = choice.chosenFor.get(n.interfaceId);
            if (chosen !== undefined)
                this.owner[indices[k]] = this.numbers.get(chosen);
        });
        this.othersFrom = choice.othersFrom !== undefined ? (this.numbers.get(choice.othersFrom) ?? -1) : -1;
    }
    /**
     * A sink for one read of records delivered by `flowLogIds` (flow logs not read are ignored):
     * it passes on the records of the interfaces chosen for them, and counts them.
     */
    wrap(sink, flowLogIds) {
        return flow_log_filter_keepChosen(sink, this.rule(flowLogIds), this.kept);
    }
    /**
     * What {@link wrap} keeps for a read of `flowLogIds`, as plain data: a worker thread that parses
     * the objects applies it with {@link keepChosen}, and its counts come back by {@link addKept}.
     */
    rule(flowLogIds) {
        const keep = new Uint8Array(this.flowLogIds.length);
        for (const id of flowLogIds) {
            const number = this.numbers.get(id);
            if (number !== undefined)
                keep[number] = 1;
        }
        return { owner: this.owner, keep, othersFrom: this.othersFrom };
    }
    /** Adds records that a worker thread kept, by flow-log number (the `kept` of {@link keepChosen}). */
    addKept(kept) {
        kept.forEach((n, i) => {
            if (i < this.kept.length)
                this.kept[i] += n;
        });
    }
    /** Records kept so far, by flow-log id. */
    records() {
        return new Map(this.flowLogIds.map((id, i) => [id, this.kept[i]]));
    }
}
/**
 * The flow-log id in the name of an object AWS delivered to S3:
 * `{account}_vpcflowlogs_{region}_{flow-log-id}_{yyyymmddTHHmmZ}_{hash}.log.gz` (or `.parquet`).
 */
function flowLogIdInKey(key) {
    const name = key.slice(key.lastIndexOf('/') + 1);
    return /_vpcflowlogs_[a-z0-9-]+_(fl-[0-9a-f]+)_\d{8}T\d{4}Z_/i.exec(name)?.[1];
}
/**
 * Groups a destination's objects by the flow log that delivered them, as their keys name it, so
 * that two flow logs that deliver to one prefix are told apart: each group comes with the flow
 * logs whose records it may hold. Objects of a flow log of this destination that is not read are
 * left out; objects that name no flow log of it go with every flow log read from it.
 *
 * @param here the flow logs that deliver to this destination
 * @param read the flow logs read
 */
function objectsByFlowLog(objects, here, read) {
    const groups = new Map();
    for (const o of objects) {
        const named = flowLogIdInKey(o.key);
        const id = named !== undefined && here.includes(named) ? named : '';
        if (id !== '' && !read.has(id))
            continue;
        const group = groups.get(id);
        if (group)
            group.push(o);
        else
            groups.set(id, [o]);
    }
    return [...groups]
        .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .map(([id, list]) => ({ flowLogIds: id === '' ? here.filter((h) => read.has(h)) : [id], objects: list }));
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./src/sources/discover.ts
var discover = __webpack_require__(2051);
// EXTERNAL MODULE: ./src/sources/file.ts + 2 modules
var file = __webpack_require__(5275);
// EXTERNAL MODULE: ./src/sources/parquet.ts + 26 modules
var parquet = __webpack_require__(4554);
// EXTERNAL MODULE: ./src/sources/peek.ts
var peek = __webpack_require__(4979);
// EXTERNAL MODULE: ./src/sources/s3-url.ts
var s3_url = __webpack_require__(8814);
;// CONCATENATED MODULE: ./src/sources/s3.ts
/**
 * Reads flow logs that AWS delivers to S3. Listing touches only the prefixes of the lookback
 * window: a bucket of a busy account holds millions of objects, and listing them all would take
 * longer than reading the ones that matter. Both of AWS's layouts are walked the same way:
 *
 *   prefix/AWSLogs/{account}/vpcflowlogs/{region}/yyyy/mm/dd/[HH/]file
 *   prefix/AWSLogs/aws-account-id={account}/aws-service=vpcflowlogs/aws-region={region}/year=…/month=…/day=…/[hour=…/]file
 *
 * Accounts, regions, years and months are found with delimiter listings (one call per level
 * inside the window), then one listing per day.
 */










const DAY = 86_400_000;
const HOUR = 3_600_000;
const DEFAULT_CONCURRENCY = 4;
/**
 * Lists the flow-log objects whose date partition overlaps [start, end), sorted by key.
 *
 * The prefix is where the flow log delivers (before `AWSLogs/`); it may also go deeper
 * (`…/AWSLogs/123456789012/vpcflowlogs/eu-west-1/`), and the given levels are then kept as they
 * are. A prefix without an `AWSLogs/` tree below it is listed whole, and keys are chosen by the
 * dates in their paths (keys without one are kept).
 *
 * @throws ConfigurationError when the bucket does not exist or listing is denied.
 */
async function listS3FlowLogKeys(s3, query) {
    const { bucket } = query;
    const start = query.start.getTime();
    const end = query.end.getTime();
    const overlaps = (from, to) => from < end && to > start;
    const list = new Lister(s3, bucket, `s3://${bucket}/${query.prefix}`);
    const { base, pinned } = splitPrefix(query.prefix);
    const found = [];
    const children = async (prefix, level) => pinned[level] !== undefined ? [pinned[level]] : list.children(prefix);
    const accounts = await children(`${base}AWSLogs/`, 0);
    if (accounts.length === 0 && pinned.length === 0) {
        // Not AWS's layout (logs copied by hand, or a prefix that already ends inside a day).
        for (const o of await list.objects(query.prefix)) {
            const date = (0,discover/* partitionDate */.DR)(o.key);
            const span = /(?:\/hour=\d{1,2}\/|\/\d{4}\/\d{2}\/\d{2}\/\d{2}\/)/.test(o.key) ? HOUR : DAY;
            if (date === undefined || overlaps(date.getTime(), date.getTime() + span))
                found.push(o);
        }
        return finish(found);
    }
    for (const account of accounts) {
        const hive = account.startsWith('aws-account-id=');
        const service = pinned[1] ?? (hive ? 'aws-service=vpcflowlogs' : 'vpcflowlogs');
        const servicePrefix = `${base}AWSLogs/${account}/${service}/`;
        for (const region of await children(servicePrefix, 2)) {
            const regionPrefix = `${servicePrefix}${region}/`;
            for (const yearName of await children(regionPrefix, 3)) {
                const y = partitionNumber(yearName, 'year');
                if (y === undefined || !overlaps(Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)))
                    continue;
                const yearPrefix = `${regionPrefix}${yearName}/`;
                for (const monthName of await children(yearPrefix, 4)) {
                    const m = partitionNumber(monthName, 'month');
                    if (m === undefined || !overlaps(Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)))
                        continue;
                    const monthPrefix = `${yearPrefix}${monthName}/`;
                    for (const dayName of await children(monthPrefix, 5)) {
                        const d = partitionNumber(dayName, 'day');
                        const dayStart = Date.UTC(y, m - 1, d ?? 1);
                        if (d === undefined || !overlaps(dayStart, dayStart + DAY))
                            continue;
                        const dayPrefix = `${monthPrefix}${dayName}/`;
                        for (const o of await list.objects(dayPrefix)) {
                            // With hourly partitions, the edge days of the window are cut to the hour.
                            const hour = /^(?:hour=)?(\d{1,2})\//.exec(o.key.slice(dayPrefix.length))?.[1];
                            const from = dayStart + (hour !== undefined ? Number(hour) * HOUR : 0);
                            if (overlaps(from, from + (hour !== undefined ? HOUR : DAY)))
                                found.push(o);
                        }
                    }
                }
            }
        }
    }
    return finish(found);
}
function finish(found) {
    return found
        .filter((o) => (0,discover/* isLogFile */.Vj)(o.key.slice(o.key.lastIndexOf('/') + 1)))
        .sort((a, b) => (a.key < b.key ? -1 : 1));
}
/** `2026`, `year=2026` → 2026; undefined for anything else. */
function partitionNumber(segment, name) {
    const m = new RegExp(`^(?:${name}=)?(\\d{1,4})$`).exec(segment);
    return m?.[1] !== undefined ? Number(m[1]) : undefined;
}
/** Splits a prefix at `AWSLogs/`: the part before it, and the levels below it that are given. */
function splitPrefix(prefix) {
    const segments = prefix.split('/');
    const at = segments.indexOf('AWSLogs');
    if (at < 0)
        return { base: prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/`, pinned: [] };
    const base = segments
        .slice(0, at)
        .map((s) => `${s}/`)
        .join('');
    return { base, pinned: segments.slice(at + 1).filter((s) => s !== '') };
}
/** ListObjectsV2, paginated, with errors turned into one clear line. */
class Lister {
    s3;
    bucket;
    resource;
    constructor(s3, bucket, resource) {
        this.s3 = s3;
        this.bucket = bucket;
        this.resource = resource;
    }
    /** The names of the "folders" directly below a prefix. */
    async children(prefix) {
        const names = [];
        try {
            for await (const page of (0,client_s3_dist_cjs/* paginateListObjectsV2 */.OqA)({ client: this.s3 }, { Bucket: this.bucket, Prefix: prefix, Delimiter: '/' })) {
                for (const p of page.CommonPrefixes ?? []) {
                    if (p.Prefix)
                        names.push(p.Prefix.slice(prefix.length).replace(/\/$/, ''));
                }
            }
        }
        catch (e) {
            this.fail(e);
        }
        return names;
    }
    /** Every object below a prefix. */
    async objects(prefix) {
        const out = [];
        try {
            for await (const page of (0,client_s3_dist_cjs/* paginateListObjectsV2 */.OqA)({ client: this.s3 }, { Bucket: this.bucket, Prefix: prefix })) {
                for (const o of page.Contents ?? []) {
                    if (o.Key && !o.Key.endsWith('/'))
                        out.push({ bucket: this.bucket, key: o.Key, size: o.Size ?? 0 });
                }
            }
        }
        catch (e) {
            this.fail(e);
        }
        return out;
    }
    fail(e) {
        (0,errors/* rethrowAwsError */.di)(e, {
            service: 's3',
            operation: 'ListObjectsV2',
            resource: this.resource,
            ...(0,aws_clients/* clientTarget */.zU)(this.s3),
        });
    }
}
/**
 * Reads one object into the sink: text and gzip text are streamed, Parquet is read by ranges.
 * The decoder is chosen by the first bytes, not the key. Any failure (denied, gone, corrupt, cut
 * off) is one `fileError` for this key; records read before it still count. `parseText`, when
 * given, parses text and gzip objects instead of this thread (Parquet is always read here).
 */
async function readS3Object(s3, object, sink, options, parseText) {
    const name = `s3://${object.bucket}/${object.key}`;
    let head;
    let rest;
    let length;
    try {
        const out = await s3.send(new client_s3_dist_cjs/* GetObjectCommand */.jLs({ Bucket: object.bucket, Key: object.key }));
        if (!(out.Body instanceof external_node_stream_.Readable))
            throw new Error('the S3 response body is not a Node stream');
        length = out.ContentLength ?? 0;
        ({ head, rest } = await (0,peek/* peek */.s)(out.Body, 4));
    }
    catch (e) {
        // Whatever went wrong with this object (refused, gone, connection reset, checksum mismatch)
        // is this object's error; the other objects are still read.
        const call = { service: 's3', operation: 'GetObject', resource: name, ...(0,aws_clients/* clientTarget */.zU)(s3) };
        sink.fileError(name, (0,errors/* isAwsError */.m_)(e) ? (0,errors/* describeAwsError */.Pp)(e, call) : (0,file/* describeIoError */.QY)(e));
        return;
    }
    const content = (0,file/* contentOf */.$E)(head);
    if (content === 'parquet') {
        // Parquet keeps its schema at the end: read it by ranges (footer, then one row group's
        // columns at a time) rather than downloading the whole object.
        rest.destroy();
        await (0,parquet/* readParquetBuffer */.r7)(name, s3Ranges(s3, object, length), sink, options);
        return;
    }
    const misnamed = (0,file/* misnamedGzip */.hS)(object.key, head);
    if (misnamed !== undefined) {
        rest.destroy();
        sink.fileError(name, misnamed);
        return;
    }
    if (parseText)
        await parseText(name, rest, content === 'gzip');
    else
        await (0,file/* readTextStream */.aV)(name, rest, content === 'gzip', sink, options);
}
/**
 * An S3 object as hyparquet's random-access buffer: each slice is one ranged GetObject. Errors
 * (denied, gone, cut off) reject the slice, and the reader reports them as the object's error.
 */
function s3Ranges(s3, object, byteLength) {
    return {
        byteLength,
        async slice(start, end) {
            const last = (end ?? byteLength) - 1;
            if (last < start)
                return new ArrayBuffer(0);
            const out = await s3.send(new client_s3_dist_cjs/* GetObjectCommand */.jLs({ Bucket: object.bucket, Key: object.key, Range: `bytes=${start}-${last}` }));
            const bytes = await out.Body?.transformToByteArray();
            if (bytes === undefined || bytes.length !== last - start + 1)
                throw new Error(`short read of bytes ${start}-${last}`);
            return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
        },
    };
}
/**
 * Reads objects with at most `concurrency` downloads at once (for a caller that distributes keys);
 * `parseText` as for {@link readS3Object}.
 */
async function readS3Objects(s3, objects, sink, options, concurrency = DEFAULT_CONCURRENCY, parseText) {
    await (0,util/* forEachLimited */.vP)(objects, concurrency, (o) => readS3Object(s3, o, sink, options, parseText));
}
/**
 * Lists the flow logs of the window under `s3://bucket/prefix` and reads them into the sink.
 * Returns the objects that were read.
 * @throws ConfigurationError when the bucket cannot be listed.
 */
async function readS3FlowLogs(s3, query, sink, options) {
    const objects = await listS3FlowLogKeys(s3, query);
    await readS3Objects(s3, objects, sink, options, query.concurrency ?? DEFAULT_CONCURRENCY);
    return objects;
}

;// CONCATENATED MODULE: ./src/sources/window.ts
/**
 * Whether a record that started at `startSeconds` (Unix seconds) is one CloudWatch Logs would
 * return for the window. A record without a start (-1, the field is `-` or not in the format)
 * is kept: nothing says it lies outside, and the object it came from was dated in the window.
 */
function startsInWindow(startSeconds, window) {
    if (startSeconds < 0)
        return true;
    const ms = startSeconds * 1000;
    return ms >= window.start.getTime() && ms < window.end.getTime();
}
/** Counts the records a window left out, over every sink it wrapped. */
class window_WindowCut {
    window;
    /** Records left out because their start lies outside the window (each row's `count`). */
    outside = 0;
    fromMs;
    toMs;
    constructor(window) {
        this.window = window;
        this.fromMs = window.start.getTime();
        this.toMs = window.end.getTime();
    }
    /** A sink that passes on the records that start inside the window, and everything else. */
    wrap(sink) {
        const { fromMs, toMs } = this;
        return {
            record: (r) => {
                // The same test as startsInWindow, inlined: this runs once per record.
                if (r.start >= 0 && (r.start * 1000 < fromMs || r.start * 1000 >= toMs)) {
                    this.outside += r.count;
                    return;
                }
                sink.record(r);
            },
            malformed: (file, line, message) => sink.malformed(file, line, message),
            fileError: (file, message) => sink.fileError(file, message),
            fileRead: (fields, file) => sink.fileRead(fields, file),
        };
    }
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./src/analysis/compile.ts + 1 modules
var compile = __webpack_require__(7707);
// EXTERNAL MODULE: ./src/analysis/thread-state.ts
var thread_state = __webpack_require__(2936);
// EXTERNAL MODULE: ./src/analysis/usage.ts + 2 modules
var usage = __webpack_require__(7326);
;// CONCATENATED MODULE: ./src/object-worker.ts
/**
 * The worker thread's side of parsing S3 objects (src/object-pool.ts is the main thread's): the
 * main thread downloads each object and hands its bytes over in pieces as they arrive; this thread
 * gunzips and parses them into its own collector, several objects at once, and gives each piece
 * back (`taken`) once it is parsed, which is what lets the main thread download more.
 *
 * Each object's records pass the same two rules the main thread applies to the objects it reads
 * itself: the window cut (src/sources/window.ts), then the flow-log rule of `--source auto`
 * (src/sources/flow-log-filter.ts). What they left out and kept is counted here and sent with the
 * collector's state at the end.
 */








/** Tells an object worker's `workerData` from a scan worker's (both run dist/worker.js). */
const OBJECT_WORKER_MARKER = 'sg-flow-audit-object-worker';
/** Whether this thread was started as an object worker. */
function isObjectWorker() {
    return !isMainThread && workerData?.marker === OBJECT_WORKER_MARKER;
}
/**
 * The bytes of one object as they arrive, read by the parser as an async iterable. A piece counts
 * as taken when the parser asks for the next one (it has parsed this one), or when the parser
 * stopped early and the piece is dropped.
 */
class ObjectBytes {
    taken;
    queue = [];
    ended = false;
    closed = false;
    failure;
    wake;
    constructor(taken) {
        this.taken = taken;
    }
    push(bytes) {
        if (this.closed)
            this.taken(bytes.byteLength);
        else
            this.queue.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
        this.wake?.();
    }
    end() {
        this.ended = true;
        this.wake?.();
    }
    fail(error) {
        this.failure = error;
        this.wake?.();
    }
    /** The parser is done with this object: what is still queued, or arrives later, is dropped. */
    close() {
        this.closed = true;
        for (const piece of this.queue.splice(0))
            this.taken(piece.byteLength);
        this.wake?.();
    }
    async *pieces() {
        let held = 0;
        try {
            for (;;) {
                const next = this.queue.shift();
                if (next !== undefined) {
                    held = next.byteLength;
                    yield next;
                    this.taken(held);
                    held = 0;
                    continue;
                }
                // Pieces before a failure are parsed first, as a stream delivers its data before its error.
                if (this.failure)
                    throw this.failure;
                if (this.ended || this.closed)
                    return;
                await new Promise((resolve) => (this.wake = resolve));
                this.wake = undefined;
            }
        }
        finally {
            if (held > 0)
                this.taken(held);
            this.close();
        }
    }
}
/** The worker's side: parse the objects handed over, then send the collector's state. */
async function runObjectWorker() {
    const init = workerData;
    const port = parentPort;
    if (!isObjectWorker() || !port || init === undefined)
        throw new Error('the object worker runs only as a worker thread');
    const compiled = compileInventory(init.inventory);
    const collector = new UsageCollector(compiled, init.config);
    const collect = collector.sink();
    const cut = new WindowCut(init.window);
    const records = () => collector.input.summary.records;
    // Records kept by flow-log number; sized by the first rule (every rule has one slot per flow log read).
    let kept = [];
    const sinks = new Map([[-1, cut.wrap(collect)]]);
    const objects = new Map();
    const taken = (bytes) => port.postMessage({ type: 'taken', bytes, records: records() });
    let finishing = false;
    let resolveDone = () => undefined;
    const allDone = new Promise((resolve) => (resolveDone = resolve));
    const checkDone = () => {
        if (finishing && objects.size === 0)
            resolveDone();
    };
    port.on('message', (message) => {
        switch (message.type) {
            case 'rule':
                if (kept.length === 0)
                    kept = Array.from(message.value.keep, () => 0);
                // The window cut first, then the rule: the order of the main thread's wrappers, so that
                // records outside the window are not counted as kept.
                sinks.set(message.rule, cut.wrap(keepChosen(collect, message.value, kept)));
                return;
            case 'open': {
                const bytes = new ObjectBytes(taken);
                const { object } = message;
                objects.set(object, bytes);
                const sink = sinks.get(message.rule);
                if (sink === undefined)
                    throw new Error(`object ${message.name}: rule ${message.rule} was never sent`);
                const input = Readable.from(bytes.pieces(), { objectMode: false });
                const options = { interfaces: compiled.table, format: message.format, limits: init.config.limits };
                void readTextStream(message.name, input, message.gzipped, sink, options).then(() => {
                    bytes.close();
                    objects.delete(object);
                    port.postMessage({ type: 'done', object, records: records() });
                    checkDone();
                });
                return;
            }
            case 'bytes': {
                const bytes = objects.get(message.object);
                // An object the parser already finished (it stopped at a limit or corrupt data).
                if (bytes === undefined)
                    taken(message.bytes.byteLength);
                else
                    bytes.push(message.bytes);
                return;
            }
            case 'end':
                objects.get(message.object)?.end();
                return;
            case 'fail':
                objects.get(message.object)?.fail(Object.assign(new Error(message.message), { code: message.code }));
                return;
            case 'finish':
                finishing = true;
                checkDone();
                return;
        }
    });
    await allDone;
    // The collector's tables as they are, records held for pairing unresolved: the main thread adds
    // them into its own (analysis/thread-state.ts), as it does for the scan workers' files.
    const { state, transfer } = stateOf(collector);
    port.postMessage({ type: 'result', state, outside: cut.outside, kept }, transfer);
    port.close();
}

// EXTERNAL MODULE: ./src/workers.ts
var workers = __webpack_require__(3668);
;// CONCATENATED MODULE: ./src/object-pool.ts
/**
 * Parses live S3 objects on worker threads. The main thread lists and downloads, several objects
 * at once (src/sources/s3.ts); each text or gzip object's bytes go, as they arrive, to one worker
 * (src/object-worker.ts), which gunzips and parses them into its own collector. At the end each
 * worker's collector state joins the main thread's (analysis/thread-state.ts) as the scan
 * workers' states do for local files, so the report is the one a single thread gives. Parquet
 * objects are read by byte ranges on the main thread, as before: they are rare in practice and
 * each range is its own request.
 *
 * Memory stays bounded: at most IN_FLIGHT_BYTES of bytes are handed to a worker and not yet
 * parsed; past that, the download of its objects waits (and with it, their sockets). The bytes
 * are copied once, out of the socket's buffers into pieces of PIECE_BYTES, whose buffers are then
 * moved to the worker rather than copied again.
 */



/**
 * The most bytes handed to one worker and not yet parsed: at a worker's 20 to 30 MB/s of gzip,
 * about 80 ms of work queued, which covers the jitter of the downloads.
 */
const IN_FLIGHT_BYTES = 2 << 20;
/**
 * Bytes go over in pieces of this size: fewer messages than the socket's 16 to 64 KiB chunks, and
 * small enough that the pieces a worker has done with weigh little (1 MiB pieces added 15 MB of
 * peak memory on the 10M-record corpus, and no speed).
 */
const PIECE_BYTES = 256 << 10;
/** Objects downloaded at once per worker: one being parsed, one arriving behind it. */
const OBJECTS_PER_WORKER = 2;
/** A fixed set of object workers, started at once and used until {@link finish}. */
class ObjectWorkerPool {
    /** Objects to download at once so that every worker has one to parse and one coming. */
    concurrency;
    /** The most bytes that were in flight to one worker (for the tests of the bound). */
    peakInFlight = 0;
    slots;
    objects = new Map();
    rules = new Map();
    nextObject = 0;
    failure;
    constructor(options) {
        const init = {
            marker: OBJECT_WORKER_MARKER,
            inventory: options.inventory,
            config: options.config,
            window: options.window,
        };
        const progress = options.progress;
        this.concurrency = Math.max(4, OBJECTS_PER_WORKER * options.threads);
        this.slots = Array.from({ length: options.threads }, () => {
            const worker = new external_node_worker_threads_.Worker(options.script, { workerData: init });
            const waiting = [];
            const slot = { worker, open: 0, inFlight: 0, records: 0, waiting, rules: new Set() };
            const counted = (records) => {
                slot.records = records;
                if (progress)
                    progress.records = this.slots.reduce((n, s) => n + s.records, 0);
            };
            const result = new Promise((resolve, reject) => {
                let done = false;
                worker.on('message', (message) => {
                    if (message.type === 'taken') {
                        slot.inFlight -= message.bytes;
                        counted(message.records);
                        for (const wake of slot.waiting.splice(0))
                            wake();
                    }
                    else if (message.type === 'done') {
                        const object = this.objects.get(message.object);
                        this.objects.delete(message.object);
                        slot.open--;
                        counted(message.records);
                        if (progress)
                            progress.objects++;
                        if (object) {
                            object.closed = true;
                            object.resolve();
                        }
                    }
                    else {
                        done = true;
                        worker.unref();
                        resolve(message);
                    }
                });
                const fail = (e) => {
                    if (done)
                        return;
                    done = true;
                    this.fail(e);
                    reject(e);
                };
                worker.on('error', fail);
                worker.on('exit', (code) => fail(new Error(`object worker exited with code ${code} before its result`)));
            });
            // Rejections reach the caller through parse() and finish(); this one is only observed.
            result.catch(() => undefined);
            return Object.assign(slot, { result });
        });
    }
    /**
     * Parses one object's text (gzip or not) on the least busy worker, reading `bytes` as fast as
     * the worker takes them; resolves once the worker has parsed it (or stopped at an error, which
     * it reports into its collector as the main thread's reader would). A download that breaks off
     * is the object's error, after the records of the bytes that came.
     */
    async parse(name, bytes, gzipped, target) {
        this.throwIfFailed();
        const slot = this.leastBusy();
        const id = this.nextObject++;
        let rule = -1;
        if (target.rule !== undefined) {
            rule = this.rules.get(target.rule) ?? this.rules.size;
            this.rules.set(target.rule, rule);
            if (!slot.rules.has(rule)) {
                slot.rules.add(rule);
                this.post(slot, { type: 'rule', rule, value: target.rule });
            }
        }
        let resolve = () => undefined;
        const done = new Promise((r) => (resolve = r));
        const object = { closed: false, resolve };
        this.objects.set(id, object);
        slot.open++;
        this.post(slot, { type: 'open', object: id, name, gzipped, format: target.format, rule });
        let piece = new Uint8Array(PIECE_BYTES);
        let filled = 0;
        try {
            for await (const chunk of bytes) {
                for (let at = 0; at < chunk.byteLength && !object.closed;) {
                    const n = Math.min(chunk.byteLength - at, PIECE_BYTES - filled);
                    piece.set(chunk.subarray(at, at + n), filled);
                    filled += n;
                    at += n;
                    if (filled === PIECE_BYTES) {
                        await this.hand(slot, id, piece);
                        piece = new Uint8Array(PIECE_BYTES);
                        filled = 0;
                    }
                }
                // The worker stopped reading (a limit, corrupt data): leaving the loop ends the download.
                if (object.closed)
                    break;
            }
            if (!object.closed) {
                if (filled > 0)
                    await this.hand(slot, id, piece.slice(0, filled));
                this.post(slot, { type: 'end', object: id });
            }
        }
        catch (e) {
            this.throwIfFailed();
            if (!object.closed) {
                if (filled > 0)
                    await this.hand(slot, id, piece.slice(0, filled));
                const { message, code } = e;
                this.post(slot, { type: 'fail', object: id, message: message ?? String(e), code });
            }
        }
        await Promise.race([done, slot.result]);
        this.throwIfFailed();
    }
    /**
     * Waits for every worker's result, once every {@link parse} has resolved: their collector
     * states, and what they counted beside them.
     */
    async finish() {
        for (const slot of this.slots)
            this.post(slot, { type: 'finish' });
        const results = await Promise.all(this.slots.map((s) => s.result));
        const kept = [];
        for (const r of results)
            r.kept.forEach((n, i) => (kept[i] = (kept[i] ?? 0) + n));
        return {
            states: results.map((r) => r.state),
            outside: results.reduce((n, r) => n + r.outside, 0),
            kept,
        };
    }
    /** Stops every worker (the run failed: they would keep the process alive). */
    async terminate() {
        await Promise.all(this.slots.map((s) => s.worker.terminate()));
    }
    /** Hands a piece over, after waiting while its worker has IN_FLIGHT_BYTES not yet taken. */
    async hand(slot, object, piece) {
        while (slot.inFlight > 0 && slot.inFlight + piece.byteLength > IN_FLIGHT_BYTES) {
            this.throwIfFailed();
            await new Promise((resolve) => slot.waiting.push(resolve));
        }
        this.throwIfFailed();
        slot.inFlight += piece.byteLength;
        this.peakInFlight = Math.max(this.peakInFlight, slot.inFlight);
        this.post(slot, { type: 'bytes', object, bytes: piece }, [piece.buffer]);
    }
    post(slot, message, transfer) {
        slot.worker.postMessage(message, transfer);
    }
    /** The worker with the fewest objects, then the fewest bytes, in flight. */
    leastBusy() {
        let best = this.slots[0];
        for (const s of this.slots)
            if (s.open < best.open || (s.open === best.open && s.inFlight < best.inFlight))
                best = s;
        return best;
    }
    fail(e) {
        this.failure ??= e;
        for (const slot of this.slots)
            for (const wake of slot.waiting.splice(0))
                wake();
    }
    throwIfFailed() {
        if (this.failure)
            throw this.failure;
    }
}
/**
 * The object workers of one live feed, started when the first S3 prefix with enough to read asks
 * for them, and used for every prefix after it.
 */
class LiveObjectWorkers {
    setup;
    inventory;
    window;
    pool;
    constructor(setup, inventory, window) {
        this.setup = setup;
        this.inventory = inventory;
        this.window = window;
    }
    /**
     * The pool to parse these objects on, or undefined to read them on the main thread: with
     * `--threads 1`, or by default when they are too few bytes to pay for starting a worker (the
     * thread count of src/workers.ts, one parsing thread per object at most).
     */
    poolFor(objects) {
        if (this.pool)
            return this.pool;
        const bytes = objects.reduce((n, o) => n + o.size, 0);
        const threads = (0,workers/* threadCount */.Cc)(this.setup.threads, objects.length, bytes);
        if (threads < 2)
            return undefined;
        this.pool = new ObjectWorkerPool({
            script: this.setup.script,
            threads,
            inventory: this.inventory,
            config: this.setup.config,
            window: this.window,
            progress: this.setup.progress,
        });
        return this.pool;
    }
    /** Hands the workers' states to the pipeline and returns their other counts (none without workers). */
    async finish() {
        if (!this.pool)
            return { outside: 0, kept: [] };
        const { states, ...counts } = await this.pool.finish();
        for (const state of states)
            this.setup.absorb(state);
        return counts;
    }
    /** Stops the workers after a failure. */
    async stop() {
        await this.pool?.terminate();
    }
}

;// CONCATENATED MODULE: ./src/live.ts
/**
 * The live path: turns `--source`, `--region`, `--lookback` and the rest into an inventory (read
 * from EC2 unless a snapshot is given) and a way to feed the window's flow-log records into the
 * analysis, through the same sink as local files. S3 objects are downloaded on the main thread
 * with the bounded concurrency of src/sources/s3.ts and, given worker threads, parsed there
 * (src/object-pool.ts); CloudWatch Logs events are read on the main thread.
 *
 * With `--source auto`, each interface's records are read from one flow log only (see
 * src/sources/flow-log-choice.ts), and S3 records are cut to the window as CloudWatch Logs cuts its
 * events (src/sources/window.ts); the report's input section says which flow log was read and how
 * many records were left out.
 *
 * What the account's flow logs or permissions cannot show comes back as coverage notes, which the
 * report turns into `coverage-gap` findings that each say what to change. AWS failures that make
 * the run impossible (no credentials, a refused Describe call, a missing bucket or log group, a
 * wrong region) are {@link ConfigurationError}s from the readers, with one line to act on.
 */















/**
 * Checks the source and the region, reads the inventory from EC2 unless one is given, and plans
 * what to read: for `auto`, every S3 and CloudWatch Logs destination of the flow logs that record
 * the inventory's interfaces. Nothing is downloaded until `feed`.
 *
 * @param context.format the parsed `--log-format`
 * @throws ConfigurationError for a bad `--source`, a missing region, or an AWS call that failed
 */
async function openLiveInput(options, context) {
    // Athena reads its table: it needs no source, unless it creates the table over one.
    const source = options.engine === 'athena' && options.source === '' ? { type: 'auto' } : (0,live_options/* parseLiveSource */.lr)(options.source);
    const clients = options.clients ?? (0,aws_clients/* createAwsClients */.Gv)({ region: options.region, endpoint: options.endpointUrl });
    if (options.region === undefined) {
        try {
            await clients.ec2.config.region();
        }
        catch {
            throw new src_errors/* ConfigurationError */.j1(`--region: no AWS region for --source ${options.source}: pass --region or set AWS_REGION`);
        }
    }
    const window = { start: new Date(context.now.getTime() - options.lookbackMs), end: context.now };
    const notes = [];
    let inventory = context.inventory;
    if (inventory === undefined) {
        const { warnings, ...read } = await readLiveInventory(clients.ec2, {
            vpcId: options.vpcId,
            groupIds: options.securityGroupIds,
        });
        inventory = read;
        notes.push(...warnings.map(inventoryNote));
    }
    if (options.engine !== undefined) {
        const engine = await openEngine(options, clients, window, context, notes);
        return {
            inventory,
            window,
            notes,
            async feed(sink, interfaces) {
                await engine.feed(sink, interfaces);
                sink.engineRan?.(engine.summary);
            },
        };
    }
    let readers;
    let choice;
    if (source.type === 's3') {
        readers = [{ type: 's3', bucket: source.bucket, prefix: source.prefix, format: context.format }];
    }
    else if (source.type === 'cloudwatch') {
        const described = context.format ?? (await logGroupFormat(clients, source.logGroupName));
        readers = [
            {
                type: 'cloudwatch',
                logGroupName: source.logGroupName,
                format: described ?? (0,format/* makeFormat */.sP)(format/* DEFAULT_FIELDS */.yz),
                guessed: described === undefined,
            },
        ];
    }
    else {
        const discovery = await discoverFlowLogs(clients.ec2, {
            vpcId: options.vpcId,
            interfaces: inventory.interfaces,
        });
        // Without --vpc-id discovery lists the whole region: keep what records the audited interfaces.
        const scope = new Set([
            ...(options.vpcId !== undefined ? [options.vpcId] : []),
            ...inventory.interfaces.flatMap((n) => [n.vpcId, n.subnetId, n.interfaceId]),
        ]);
        const inScope = (resourceId) => scope.has(resourceId);
        choice = chooseFlowLogs(discovery.flowLogs.filter((f) => inScope(f.resourceId)), inventory.interfaces);
        const read = choice.read;
        // A flow log that is not read needs no new format: another one is read for its interfaces.
        const relevant = (n) => inScope(n.resourceId) && !(n.kind === 'connection-start-guessed' && !read.has(n.flowLogId));
        notes.push(...discovery.notes.filter(relevant).map(discoveryNote));
        notes.push(...choice.sharedLogGroups.map(sharedLogGroupNote));
        readers = destinations(choice);
    }
    const audited = inventory;
    return {
        inventory,
        window,
        notes,
        async feed(sink, interfaces) {
            const cut = new window_WindowCut(window);
            const filter = choice && new FlowLogFilter(choice, audited.interfaces, interfaces);
            const workers = context.workers && new LiveObjectWorkers(context.workers, audited, window);
            try {
                for (const reader of readers) {
                    if (reader.type === 's3')
                        await feedS3(clients, reader, cut, sink, { interfaces, limits: context.limits, workers }, notes, filter);
                    else {
                        const kept = filter ? filter.wrap(sink, reader.flowLogIds ?? []) : sink;
                        await feedCloudWatch(clients, reader, window, kept, interfaces, notes);
                    }
                }
                // The workers' window cut and flow-log rule counted records too.
                const counted = await workers?.finish();
                if (counted) {
                    cut.outside += counted.outside;
                    filter?.addKept(counted.kept);
                }
            }
            catch (e) {
                await workers?.stop();
                throw e;
            }
            sink.outsideWindow?.(cut.outside);
            if (choice && filter)
                sink.sourcesRead?.(describeChoice(choice, audited.interfaces, filter.records()));
        },
    };
}
/**
 * The destinations of the flow logs read, each once, in the format of the best flow log read
 * there. Flow logs that record only rejected traffic are never read (see isReadable): their
 * records would make rules look `unused` (every interface has records) without the accepted
 * traffic that shows use; a note says to capture ALL traffic.
 */
function destinations(choice) {
    const readers = new Map();
    for (const f of choice.candidates) {
        if (!choice.read.has(f.flowLogId))
            continue;
        const key = destinationName(f);
        if (readers.has(key))
            continue;
        const flowLogIds = choice.candidates.filter((g) => destinationName(g) === key).map((g) => g.flowLogId);
        const d = f.destination;
        if (d.type === 's3')
            readers.set(key, { type: 's3', bucket: d.bucket, prefix: d.prefix, format: f.format, flowLogIds });
        else if (d.type === 'cloudwatch')
            readers.set(key, {
                type: 'cloudwatch',
                logGroupName: d.logGroupName,
                format: f.format,
                guessed: false,
                flowLogIds,
            });
    }
    return [...readers.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([, r]) => r);
}
/**
 * The query engine of `--engine`: Athena over its table, or Logs Insights over the log group of
 * `--source cloudwatch:LOG_GROUP` (read in the flow log's format, as the stream reader reads it).
 */
async function openEngine(options, clients, window, context, notes) {
    const settings = { window, ...context.query };
    const engines = await Promise.all(/* import() */[__webpack_require__.e(70), __webpack_require__.e(949)]).then(__webpack_require__.bind(__webpack_require__, 1949));
    if (options.engine === 'athena') {
        const athena = clients.athena ?? (0,aws_clients/* createAthenaClient */.Dx)({ region: options.region, endpoint: options.endpointUrl });
        return engines.athenaInput({ athena, s3: clients.s3 }, options.athena ?? {}, settings, {
            source: options.source === '' ? undefined : options.source,
            format: context.format,
        });
    }
    const source = (0,live_options/* parseLiveSource */.lr)(options.source);
    if (source.type !== 'cloudwatch')
        throw new src_errors/* ConfigurationError */.j1('--engine insights: name the log group with --source cloudwatch:LOG_GROUP');
    const described = context.format ?? (await logGroupFormat(clients, source.logGroupName));
    if (described === undefined)
        notes.push({
            key: `format-guessed:cloudwatch:${source.logGroupName}`,
            title: `The format of log group ${source.logGroupName} was guessed`,
            message: `DescribeFlowLogs gave no format for the events of ${source.logGroupName}, so Logs Insights parsed them ` +
                `in the default format (version 2 fields). Pass the flow log's format with --log-format '\${version} \${account-id} …'.`,
            evidence: { source: `cloudwatch:${source.logGroupName}` },
        });
    return engines.insightsInput(clients.logs, source.logGroupName, described ?? (0,format/* makeFormat */.sP)(format/* DEFAULT_FIELDS */.yz), settings);
}
const isoDate = (d) => d.toISOString().replace('.000Z', 'Z');
/**
 * Reads an S3 prefix, records cut to the window. With `auto`, the objects are read by the flow
 * log their keys name, each keeping the records of the interfaces chosen for that flow log. With
 * worker threads, the text objects are parsed there under the same rules (src/object-pool.ts).
 */
async function feedS3(clients, reader, cut, sink, read, notes, filter) {
    const { window } = cut;
    const where = `s3://${reader.bucket}/${reader.prefix}`;
    const query = { bucket: reader.bucket, prefix: reader.prefix, ...window };
    const options = { interfaces: read.interfaces, format: reader.format, limits: read.limits };
    // A broken object is one input error and the run goes on; a listing failure stops the run.
    const objects = await listS3FlowLogKeys(clients.s3, query);
    const pool = read.workers?.poolFor(objects);
    const parseText = (rule) => pool && ((name, bytes, gzipped) => pool.parse(name, bytes, gzipped, { rule, format: reader.format }));
    if (filter === undefined) {
        await readS3Objects(clients.s3, objects, cut.wrap(sink), options, pool?.concurrency, parseText(undefined));
    }
    else {
        const read = new Set(filter.flowLogIds);
        for (const group of objectsByFlowLog(objects, reader.flowLogIds ?? [], read))
            await readS3Objects(clients.s3, group.objects, cut.wrap(filter.wrap(sink, group.flowLogIds)), options, pool?.concurrency, parseText(filter.rule(group.flowLogIds)));
    }
    if (objects.length === 0) {
        notes.push({
            key: `no-records:${where}`,
            title: `No flow-log objects in ${where} for the window`,
            message: `No flow-log object under ${where} is dated between ${isoDate(window.start)} and ${isoDate(window.end)}, ` +
                `so this source adds no evidence. Check the prefix (the part before AWSLogs/), --region and --lookback.`,
            evidence: { source: where, start: isoDate(window.start), end: isoDate(window.end) },
        });
    }
}
async function feedCloudWatch(clients, reader, window, sink, interfaces, notes) {
    const where = `cloudwatch:${reader.logGroupName}`;
    let malformed = 0;
    const counting = {
        record: (r) => sink.record(r),
        malformed: (file, line, message) => {
            malformed++;
            sink.malformed(file, line, message);
        },
        fileError: (file, message) => sink.fileError(file, message),
        fileRead: (fields, file) => sink.fileRead(fields, file),
    };
    const result = await readCloudWatch(clients.logs, { logGroupName: reader.logGroupName, ...window }, counting, { interfaces, format: reader.format });
    if (result.events === 0) {
        notes.push({
            key: `no-records:${where}`,
            title: `No events in log group ${reader.logGroupName} for the window`,
            message: `Log group ${reader.logGroupName} has no event between ${isoDate(window.start)} and ${isoDate(window.end)}, ` +
                `so this source adds no evidence. Check --source, --region and --lookback.`,
            evidence: { source: where, start: isoDate(window.start), end: isoDate(window.end) },
        });
    }
    else if (reader.guessed && malformed > 0) {
        notes.push({
            key: `format-guessed:${where}`,
            title: `The format of log group ${reader.logGroupName} was guessed`,
            message: `DescribeFlowLogs gave no format for the events of ${reader.logGroupName} (no flow log in this region ` +
                `delivers there, or the call was refused), so they were read in the default format (version 2 fields), ` +
                `and ${malformed} event(s) did not fit. Pass the flow log's format with --log-format '\${version} \${account-id} …'.`,
            evidence: { source: where, malformed, fields: reader.format.fields },
        });
    }
}
/**
 * The LogFormat of the flow log that delivers to a log group, from DescribeFlowLogs; undefined when
 * none does or the call is refused (then the default format is used and a note says so when the
 * events do not fit it).
 */
async function logGroupFormat(clients, logGroupName) {
    try {
        const flowLogs = await (0,util/* collectPages */.VV)((0,dist_cjs/* paginateDescribeFlowLogs */.a7w)({ client: clients.ec2 }, { Filter: [{ Name: 'log-group-name', Values: [logGroupName] }] }), (p) => p.FlowLogs);
        const text = flowLogs.find((f) => f.LogFormat)?.LogFormat;
        return text !== undefined ? (0,format/* parseLogFormat */.r5)(text) : undefined;
    }
    catch (e) {
        if ((0,errors/* isAccessDenied */.w7)(e))
            return undefined;
        (0,errors/* rethrowAwsError */.di)(e, {
            service: 'ec2',
            operation: 'DescribeFlowLogs',
            resource: logGroupName,
            ...(0,aws_clients/* clientTarget */.zU)(clients.ec2),
        });
    }
}
/** Two flow logs of the same interfaces in one log group: counted twice, and nothing tells them apart. */
function sharedLogGroupNote(shared) {
    const { logGroupName, flowLogIds, interfaceIds } = shared;
    const count = `${interfaceIds.length} interface${interfaceIds.length === 1 ? '' : 's'}`;
    return {
        key: `shared-log-group:${logGroupName}`,
        title: `Flow logs ${flowLogIds.join(' and ')} deliver the same interfaces to log group ${logGroupName}`,
        message: `CloudWatch Logs writes the records of every flow log of an interface into one log stream, so the events ` +
            `of ${flowLogIds.join(' and ')} in ${logGroupName} cannot be told apart, and the records of ${count} are ` +
            `counted once per flow log. Keep one of them, or deliver the others to another log group or to S3.`,
        evidence: { source: `cloudwatch:${logGroupName}`, flowLogIds, interfaceIds },
    };
}
const sentence = (text) => `${text.charAt(0).toUpperCase()}${text.slice(1).replace(/\.?$/, '.')}`;
/** What to change, by the kind of gap discovery found. */
function discoveryNote(note) {
    const { message, ...evidence } = note;
    const said = sentence(message);
    switch (note.kind) {
        case 'reject-only':
            return {
                key: `reject-only:${note.flowLogId}`,
                title: `Flow log ${note.flowLogId} records only rejected traffic`,
                message: `${said} Capture ALL traffic: create a flow log for ${note.resourceId} with traffic type ALL ` +
                    `(the traffic type of a flow log cannot be changed), then delete ${note.flowLogId}.`,
                evidence,
            };
        case 'connection-start-guessed':
            return {
                key: `connection-start-guessed:${note.flowLogId}`,
                title: `Flow log ${note.flowLogId} has no ${note.missingFields.join(' or ')} field`,
                message: `${said} The format of a flow log cannot be changed: create one with a custom format that includes them, then delete ${note.flowLogId}.`,
                evidence,
            };
        case 'not-covered': {
            const what = note.resourceType === 'vpc' ? 'VPC' : note.resourceType === 'subnet' ? 'Subnet' : 'Interface';
            return {
                key: `not-covered:${note.resourceId}`,
                title: `${what} ${note.resourceId} has no flow log of accepted traffic`,
                message: `${said} Create a flow log for ${note.resourceId} with traffic type ALL, delivered to S3 or CloudWatch Logs.`,
                evidence,
            };
        }
        case 'unreadable-destination':
            return {
                key: `unreadable-destination:${note.flowLogId}`,
                title: `Flow log ${note.flowLogId} delivers where this tool cannot read`,
                message: `${said} Add a flow log of ${note.resourceId} to S3 or CloudWatch Logs, or pass copies of its records with --flow-logs.`,
                evidence,
            };
        case 'delivery-failed':
            return {
                key: `delivery-failed:${note.flowLogId}`,
                title: `Flow log ${note.flowLogId} is not delivering`,
                message: `${said} Fix its delivery (the IAM role of a CloudWatch Logs flow log, the bucket policy of an S3 one); records are missing until then.`,
                evidence,
            };
    }
}
/**
 * A part of the live inventory that could not be read (DescribeSecurityGroupRules or prefix-list
 * entries refused). This is a coverage gap rather than an input error: the audit is still right
 * about everything else, input.errors is about flow-log files and lines, and a finding reaches the
 * job summary and annotations where a user sees it. The warning already names the permission.
 */
function inventoryNote(warning) {
    const api = /\b(?:EC2 )?((?:Describe|Get)\w+)/.exec(warning)?.[1] ?? 'EC2';
    const ids = api === 'DescribeSecurityGroupRules'
        ? ' Until then suppressions that name sgr- rule ids do not match, because the ids are derived.'
        : '';
    return {
        key: `inventory:${warning}`,
        title: `The live inventory is incomplete: ${api} could not be read`,
        message: `${sentence(warning)}${ids}`,
        evidence: { api, warning },
    };
}


/***/ })

};
