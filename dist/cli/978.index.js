export const id = 978;
export const ids = [978];
export const modules = {

/***/ 978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readLiveDescribe: () => (/* binding */ readLiveDescribe),
/* harmony export */   readLiveInventory: () => (/* binding */ readLiveInventory)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5193);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(623);
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7532);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9378);
/* harmony import */ var _aws_util_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8897);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
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
        ...(0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .inventoryFromDescribe */ .er)(described),
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
        ...(0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .clientTarget */ .zU)(ec2),
    });
    const vpcFilter = options.vpcId !== undefined ? [{ Name: 'vpc-id', Values: [options.vpcId] }] : [];
    const selectedGroups = options.groupIds !== undefined ? [...new Set(options.groupIds)] : undefined;
    // Groups.
    const groupQueries = selectedGroups
        ? (0,_aws_util_js__WEBPACK_IMPORTED_MODULE_4__/* .chunks */ .VN)(selectedGroups, FILTER_VALUES).map((ids) => [...vpcFilter, { Name: 'group-id', Values: ids }])
        : [vpcFilter];
    const rawGroups = [];
    try {
        for (const Filters of groupQueries) {
            const pages = (0,_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_5__/* .paginateDescribeSecurityGroups */ .nYn)({ client: ec2 }, Filters.length > 0 ? { Filters } : {});
            rawGroups.push(...(await (0,_aws_util_js__WEBPACK_IMPORTED_MODULE_4__/* .collectPages */ .VV)(pages, (p) => p.SecurityGroups)));
        }
    }
    catch (e) {
        (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .rethrowAwsError */ .di)(e, call('DescribeSecurityGroups', options.vpcId));
    }
    const securityGroups = (0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDescribeDocument */ .oH)(rawGroups, 'SecurityGroups', _describe_js__WEBPACK_IMPORTED_MODULE_0__/* .SecurityGroupSchema */ .tw, 'EC2 DescribeSecurityGroups');
    const groupIds = securityGroups.map((g) => g.GroupId);
    checkSelection(options, selectedGroups, groupIds, (0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .clientTarget */ .zU)(ec2).region);
    // Rules with their sgr- ids; without them the report's rule ids are derived, which still works.
    let securityGroupRules;
    let rawRules;
    try {
        const read = [];
        for (const ids of (0,_aws_util_js__WEBPACK_IMPORTED_MODULE_4__/* .chunks */ .VN)(groupIds, FILTER_VALUES)) {
            const pages = (0,_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_5__/* .paginateDescribeSecurityGroupRules */ .Dl4)({ client: ec2 }, { Filters: [{ Name: 'group-id', Values: ids }] });
            read.push(...(await (0,_aws_util_js__WEBPACK_IMPORTED_MODULE_4__/* .collectPages */ .VV)(pages, (p) => p.SecurityGroupRules)));
        }
        securityGroupRules = (0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDescribeDocument */ .oH)(read, 'SecurityGroupRules', _describe_js__WEBPACK_IMPORTED_MODULE_0__/* .SecurityGroupRuleSchema */ .p9, 'EC2 DescribeSecurityGroupRules');
        rawRules = read;
    }
    catch (e) {
        if (!(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isAccessDenied */ .w7)(e))
            (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .rethrowAwsError */ .di)(e, call('DescribeSecurityGroupRules'));
        warnings.push(`${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeAwsError */ .Pp)(e, call('DescribeSecurityGroupRules'))}; rule ids are derived instead of sgr- ids`);
    }
    // Interfaces: those of the selection, then those of groups its rules reference.
    const interfaceQueries = selectedGroups
        ? (0,_aws_util_js__WEBPACK_IMPORTED_MODULE_4__/* .chunks */ .VN)(groupIds, FILTER_VALUES).map((ids) => [...vpcFilter, { Name: 'group-id', Values: ids }])
        : [vpcFilter];
    const rawInterfaces = new Map();
    const readInterfaces = async (queries) => {
        try {
            for (const Filters of queries) {
                const pages = (0,_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_5__/* .paginateDescribeNetworkInterfaces */ .pkX)({ client: ec2 }, Filters.length > 0 ? { Filters } : {});
                for (const n of await (0,_aws_util_js__WEBPACK_IMPORTED_MODULE_4__/* .collectPages */ .VV)(pages, (p) => p.NetworkInterfaces)) {
                    rawInterfaces.set(n.NetworkInterfaceId ?? '', n);
                }
            }
        }
        catch (e) {
            (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .rethrowAwsError */ .di)(e, call('DescribeNetworkInterfaces', options.vpcId));
        }
    };
    await readInterfaces(interfaceQueries);
    const rules = (0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .inventoryFromDescribe */ .er)({ securityGroups, securityGroupRules, networkInterfaces: [] }).rules;
    // With no selection every interface of the region was read already.
    if (options.vpcId !== undefined || selectedGroups !== undefined) {
        const loaded = new Set(groupIds);
        const referenced = [...new Set(rules.flatMap((r) => ('groupId' in r.peer ? [r.peer.groupId] : [])))];
        const outside = referenced.filter((id) => !loaded.has(id));
        await readInterfaces((0,_aws_util_js__WEBPACK_IMPORTED_MODULE_4__/* .chunks */ .VN)(outside, FILTER_VALUES).map((ids) => [{ Name: 'group-id', Values: ids }]));
    }
    const networkInterfaces = (0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDescribeDocument */ .oH)([...rawInterfaces.values()], 'NetworkInterfaces', _describe_js__WEBPACK_IMPORTED_MODULE_0__/* .NetworkInterfaceSchema */ .$s, 'EC2 DescribeNetworkInterfaces');
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
        const pages = (0,_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_5__/* .paginateDescribeNetworkAcls */ .KQU)({ client: ec2 }, vpcFilter.length > 0 ? { Filters: vpcFilter } : {});
        const raw = await (0,_aws_util_js__WEBPACK_IMPORTED_MODULE_4__/* .collectPages */ .VV)(pages, (p) => p.NetworkAcls);
        const parsed = (0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .networkAclsFromDescribe */ .x2)((0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDescribeDocument */ .oH)(raw, 'NetworkAcls', _describe_js__WEBPACK_IMPORTED_MODULE_0__/* .NetworkAclSchema */ .kt, 'EC2 DescribeNetworkAcls'));
        return { raw, parsed };
    }
    catch (e) {
        if (!(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isAccessDenied */ .w7)(e))
            (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .rethrowAwsError */ .di)(e, call('DescribeNetworkAcls'));
        warnings.push(`${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeAwsError */ .Pp)(e, call('DescribeNetworkAcls'))}; port-scan findings cannot propose a network ACL deny entry`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`--security-group-ids: no security group ${missing.join(', ')}${scope}${where}: check the ids and --region`);
        }
    }
    else if (options.vpcId !== undefined && found.length === 0) {
        // Every VPC has a default group, so none at all means no such VPC here.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`--vpc-id: no VPC ${options.vpcId}${where} (it has no security groups): check the id and --region`);
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
        for (const values of (0,_aws_util_js__WEBPACK_IMPORTED_MODULE_4__/* .chunks */ .VN)(ids, FILTER_VALUES)) {
            const pages = (0,_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_5__/* .paginateDescribeManagedPrefixLists */ .fS_)({ client: ec2 }, { Filters: [{ Name: 'prefix-list-id', Values: values }] });
            for (const p of await (0,_aws_util_js__WEBPACK_IMPORTED_MODULE_4__/* .collectPages */ .VV)(pages, (page) => page.PrefixLists)) {
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
        if (!(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isAccessDenied */ .w7)(e))
            (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .rethrowAwsError */ .di)(e, call('DescribeManagedPrefixLists'));
        warnings.push(`${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeAwsError */ .Pp)(e, call('DescribeManagedPrefixLists'))}; prefix-list names are unknown`);
    }
    const lists = [];
    for (const id of ids) {
        const list = {
            ...(found.get(id) ?? { PrefixListId: id, PrefixListName: '' }),
        };
        try {
            const pages = (0,_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_5__/* .paginateGetManagedPrefixListEntries */ .JFg)({ client: ec2 }, { PrefixListId: id });
            list.Entries = (await (0,_aws_util_js__WEBPACK_IMPORTED_MODULE_4__/* .collectPages */ .VV)(pages, (p) => p.Entries)).filter((e) => e.Cidr !== undefined);
        }
        catch (e) {
            if (!(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isAccessDenied */ .w7)(e) && !/NotFound/.test(e.name)) {
                (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .rethrowAwsError */ .di)(e, call('GetManagedPrefixListEntries', id));
            }
            warnings.push(`${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeAwsError */ .Pp)(e, call('GetManagedPrefixListEntries', id))}; rules that name ${id} cannot be matched to traffic`);
        }
        lists.push(list);
    }
    return {
        raw: lists,
        parsed: (0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDescribeDocument */ .oH)(lists, 'PrefixLists', _describe_js__WEBPACK_IMPORTED_MODULE_0__/* .PrefixListSchema */ .c, 'EC2 GetManagedPrefixListEntries'),
    };
}


/***/ })

};
