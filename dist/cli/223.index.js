export const id = 223;
export const ids = [223];
export const modules = {

/***/ 4604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runApply: () => (/* binding */ runApply)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/aws/apply/index.ts + 10 modules
var apply = __webpack_require__(9817);
// EXTERNAL MODULE: ./src/aws/clients.ts + 2 modules
var clients = __webpack_require__(7532);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/commands/apply/journal-path.ts
var journal_path = __webpack_require__(2480);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/inventory/peer-schema.ts
var peer_schema = __webpack_require__(8100);
;// CONCATENATED MODULE: ./src/commands/apply/plan-file.ts
/**
 * Reads the JSON report `apply --plan` carries out. Only the parts apply reads are checked (the
 * schema version, the rules and the findings' proposals), so that a wrong file fails with one
 * line that names it and the first field that is wrong, not with a TypeError halfway through a
 * plan; every other field of the report is passed through untouched.
 */




const peerSchema = peer_schema/* rulePeerSchema */.C;
const ruleSchema = schemas/* looseObject */._H3({
    ruleId: schemas/* string */.YjP(),
    groupId: schemas/* string */.YjP(),
    direction: schemas/* enum */.k5n(['ingress', 'egress']),
    protocol: schemas/* string */.YjP(),
    fromPort: schemas/* number */.aig().int(),
    toPort: schemas/* number */.aig().int(),
    peer: peerSchema,
    description: schemas/* string */.YjP().optional(),
});
const proposedRuleSchema = schemas/* looseObject */._H3({
    protocol: schemas/* string */.YjP(),
    fromPort: schemas/* number */.aig().int(),
    toPort: schemas/* number */.aig().int(),
    cidr: schemas/* string */.YjP().optional(),
    groupId: schemas/* string */.YjP().optional(),
    prefixListId: schemas/* string */.YjP().optional(),
});
const aclEntrySchema = schemas/* looseObject */._H3({
    networkAclId: schemas/* string */.YjP(),
    subnetIds: schemas/* array */.YOg(schemas/* string */.YjP()),
    ruleNumber: schemas/* number */.aig().int(),
    egress: schemas/* literal */.euz(false),
    protocol: schemas/* literal */.euz('-1'),
    ruleAction: schemas/* literal */.euz('deny'),
    cidr: schemas/* string */.YjP(),
});
const findingSchema = schemas/* looseObject */._H3({
    id: schemas/* string */.YjP(),
    groupId: schemas/* string */.YjP().optional(),
    ruleId: schemas/* string */.YjP().optional(),
    proposal: schemas/* looseObject */._H3({
        action: schemas/* enum */.k5n(['replace', 'remove', 'deny']),
        rules: schemas/* array */.YOg(proposedRuleSchema),
        networkAclEntries: schemas/* array */.YOg(aclEntrySchema).optional(),
    })
        .optional(),
    suppressed: schemas/* looseObject */._H3({ reason: schemas/* string */.YjP(), expires: schemas/* string */.YjP() }).optional(),
});
const reportSchema = schemas/* looseObject */._H3({
    rules: schemas/* array */.YOg(ruleSchema),
    findings: schemas/* array */.YOg(findingSchema),
});
/** `findings[3].proposal.rules`: where a zod issue is, as a person writes it. */
function fieldPath(path) {
    return path
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
        .join('')
        .replace(/^\./, '');
}
/**
 * Reads and checks the report of `--plan PATH`.
 *
 * @throws ConfigurationError with one line naming the file: missing, unreadable, not JSON, not a
 * report of schema version 1, or a field apply needs that is wrong.
 */
async function readPlanReport(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new errors/* ConfigurationError */.j1(`--plan: ${path}: not found`);
        if (code === 'EISDIR')
            throw new errors/* ConfigurationError */.j1(`--plan: ${path}: is a folder; give the JSON report file`);
        throw new errors/* ConfigurationError */.j1(`--plan: ${path}: cannot read it (${(0,errors/* errorMessage */.gJ)(error)})`);
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`--plan: ${path}: not JSON (${(0,errors/* errorMessage */.gJ)(error)}); write the report with analyze --format json`);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data) || !('schemaVersion' in data)) {
        throw new errors/* ConfigurationError */.j1(`--plan: ${path}: not an sg-flow-audit report (no schemaVersion); write one with analyze --format json`);
    }
    const version = data.schemaVersion;
    if (version !== 1) {
        throw new errors/* ConfigurationError */.j1(`--plan: ${path}: report schema version ${JSON.stringify(version)}, this version of sg-flow-audit reads 1`);
    }
    const parsed = reportSchema.safeParse(data);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const at = fieldPath(issue?.path ?? []);
        throw new errors/* ConfigurationError */.j1(`--plan: ${path}: ${at ? `${at}: ` : ''}${issue?.message ?? 'not an sg-flow-audit report'}`);
    }
    // The checked fields are the Report's own; the rest was passed through as it was written.
    return data;
}

// EXTERNAL MODULE: ./src/commands/apply/summary.ts
var summary = __webpack_require__(2573);
;// CONCATENATED MODULE: ./src/commands/apply/apply.ts
/**
 * The run of `sg-flow-audit apply`: the report read and checked, the live state read, the plan
 * made and printed before anything else, then carried out (or, with `dryRun`, checked with EC2's
 * DryRun) with a journal, and what happened printed with the command that undoes it. Loaded only
 * when apply runs, so that the other commands do not load the EC2 SDK.
 */








const hasCalls = (plan) => plan.groups.length > 0 || plan.networkAclEntries.length > 0;
/**
 * Runs apply and returns its exit status (0 done, 1 a call failed or a dry run found one would).
 *
 * @throws ConfigurationError (exit 2) before any change: a bad report, an existing --journal, a
 * live read AWS refused.
 */
async function runApply(options) {
    if (options.journal !== undefined)
        (0,journal_path/* requireNewJournal */.Z6)(options.journal);
    const report = await readPlanReport(options.plan);
    const ec2 = (0,clients.createEc2Client)({ region: options.region, endpoint: options.endpointUrl });
    const live = await (0,apply/* readApplyState */.kh)(ec2, report, { withAclDenies: options.withAclDenies });
    const plan = (0,apply/* planApply */._$)(report, live, {
        allGroups: options.allGroups,
        maxChanges: options.maxChanges,
        withAclDenies: options.withAclDenies,
        now: options.now(),
    });
    // Descriptions and names in the plan are the account's: shown, never a line the runner obeys.
    process.stdout.write((0,report_escape/* logText */.kc)((0,apply/* formatPlan */.nT)(plan)));
    if (!hasCalls(plan)) {
        // A rerun after a complete apply: nothing to call, so no journal to keep either.
        process.stdout.write('\nNo call to make; no journal written.\n');
        return 0;
    }
    const journalPath = options.journal ?? (0,journal_path/* defaultApplyJournalPath */.gC)(options.journalDir, options.now());
    let result;
    try {
        result = await (0,apply/* executePlan */.vY)(ec2, plan, { dryRun: options.dryRun, journalPath, now: options.now });
    }
    catch (error) {
        // Something other than an EC2 answer (the journal's disk, a bug) stopped the run midway: the
        // journal on disk still says which calls were made.
        if (!(error instanceof errors/* ConfigurationError */.j1) && (0,external_node_fs_.existsSync)(journalPath)) {
            process.stderr.write(`sg-flow-audit: the run stopped: ${(0,errors/* errorMessage */.gJ)(error)}; undo what it did with: ${(0,apply/* revertCommand */.oR)(journalPath)}\n`);
        }
        throw error;
    }
    process.stdout.write((0,report_escape/* logText */.kc)((0,summary/* applySummary */.HD)(result)));
    const outcome = (0,summary/* applyOutcome */.Ry)(result);
    if (outcome.error !== undefined)
        process.stderr.write(`sg-flow-audit: ${(0,report_escape/* showControls */.mz)(outcome.error)}\n`);
    return outcome.status;
}


/***/ }),

/***/ 2480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dz: () => (/* binding */ revertJournalPath),
/* harmony export */   Z6: () => (/* binding */ requireNewJournal),
/* harmony export */   gC: () => (/* binding */ defaultApplyJournalPath)
/* harmony export */ });
/* unused harmony export journalTimestamp */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/**
 * Where `apply` and `revert` write their journals when not told: a name with the UTC time of the
 * run, never a file that is there already (a journal may be the only record of how to undo a
 * run), so two runs in the same second get `-2`, `-3`, … instead of one overwriting the other.
 */



/** `20261126T120000Z`: the time to the second, without the colons some file systems refuse. */
function journalTimestamp(now) {
    return now
        .toISOString()
        .replace(/\.\d+Z$/, 'Z')
        .replace(/[-:]/g, '');
}
/** `stem.json`, or `stem-2.json`, `stem-3.json`, … when that exists, in `dir`. */
function unusedPath(dir, stem) {
    for (let n = 1;; n++) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `${stem}${n === 1 ? '' : `-${n}`}.json`);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
            return path;
    }
}
/** `DIR/sg-flow-audit-journal-20261126T120000Z.json`: an apply run's journal. */
function defaultApplyJournalPath(dir, now) {
    return unusedPath(dir, `sg-flow-audit-journal-${journalTimestamp(now)}`);
}
/** `journal-revert-20261126T130000Z.json` next to the apply journal it undoes. */
function revertJournalPath(applyJournal, now) {
    const stem = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(applyJournal).replace(/\.json$/i, '');
    return unusedPath((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(applyJournal), `${stem}-revert-${journalTimestamp(now)}`);
}
/**
 * Refuses a `--journal` that exists, before anything is read from AWS.
 *
 * @throws ConfigurationError naming the file.
 */
function requireNewJournal(path) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--journal: ${path} exists already; give a new path (it may be needed to revert an earlier run)`);
    }
}


/***/ }),

/***/ 2573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HD: () => (/* binding */ applySummary),
/* harmony export */   Ry: () => (/* binding */ applyOutcome),
/* harmony export */   f0: () => (/* binding */ ruleWithDescription)
/* harmony export */ });
/* unused harmony export missingActions */
/* harmony import */ var _aws_apply_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4825);

const plural = (n, word, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;
/** `ingress tcp 22 0.0.0.0/0 "ssh from anywhere"`: a rule with the description revert restores. */
function ruleWithDescription(rule) {
    const description = rule.description ?? undefined;
    return description ? `${(0,_aws_apply_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleText */ .Y3)(rule)} "${description}"` : (0,_aws_apply_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleText */ .Y3)(rule);
}
/** The IAM actions a dry run found missing, each once, in the order met. */
function missingActions(result) {
    const actions = result.journal.entries.flatMap((e) => e.result.status === 'failed' && e.result.error.iamAction ? [e.result.error.iamAction] : []);
    return [...new Set(actions)];
}
function changesDone(result) {
    const lines = [
        `${result.journal.dryRun ? 'Carried out in spite of DryRun' : 'Done'}: ${plural(result.authorized.length, 'rule')} authorized, ${result.revoked.length} revoked, ${plural(result.aclEntriesCreated.length, 'network ACL entry', 'network ACL entries')} created.`,
    ];
    for (const a of result.authorized) {
        const ids = a.ruleIds.length > 0 ? a.ruleIds.join(', ') : '(EC2 returned no id)';
        lines.push(`  authorized ${a.groupId} ${ruleWithDescription(a.rule)} as ${ids}`);
    }
    for (const r of result.revoked)
        lines.push(`  revoked ${r.groupId} ${r.ruleId} (${ruleWithDescription(r)})`);
    for (const e of result.aclEntriesCreated)
        lines.push(`  created ${e.networkAclId} ${e.ruleNumber} deny ${e.cidr}`);
    if (result.alreadyPresent.length > 0) {
        lines.push('Already there, so not created again:');
        for (const a of result.alreadyPresent)
            lines.push(`  ${a.groupId} ${(0,_aws_apply_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleText */ .Y3)(a.rule)}`);
    }
    if (result.skipped.length > 0) {
        lines.push('Left alone (the live rules changed since the plan):');
        for (const s of result.skipped)
            lines.push(`  ${s}`);
    }
    return lines;
}
function dryRunFindings(result) {
    const lines = [];
    const missing = [...new Set(result.missingPermissions)];
    if (missing.length === 0 && result.problems.length === 0) {
        return ['Dry run: EC2 would accept every call (it answered DryRunOperation). Nothing was changed.'];
    }
    lines.push('Dry run: nothing was changed, but not every call would succeed.');
    if (missing.length > 0) {
        lines.push(`${plural(result.missingPermissions.length, 'call')} would be refused for lack of a permission (${missingActions(result).join(', ')}):`);
        for (const m of missing)
            lines.push(`  ${m}`);
    }
    if (result.problems.length > 0) {
        lines.push(`${plural(result.problems.length, 'call')} would fail:`);
        for (const p of result.problems)
            lines.push(`  ${p}`);
    }
    return lines;
}
/** The text printed after the plan, ending with a newline. */
function applySummary(result) {
    const lines = result.status === 'dry-run' ? dryRunFindings(result) : changesDone(result);
    if (result.failure) {
        lines.push(`Stopped at ${result.failure.call}: ${result.failure.message}`);
        lines.push(result.revertCommand
            ? 'The calls after it were not made.'
            : 'Nothing was changed, so there is nothing to undo.');
    }
    lines.push(`Journal: ${result.journalPath}`);
    if (result.revertCommand)
        lines.push(`To undo what this run did: ${result.revertCommand}`);
    return `\n${lines.join('\n')}\n`;
}
/**
 * The exit status of a run (0 completed, or a dry run that found every call would succeed; 1 a
 * call failed or would fail) and, for 1, the line for standard error.
 */
function applyOutcome(result) {
    if (result.failure) {
        const undo = result.revertCommand
            ? `; undo what was done with: ${result.revertCommand}`
            : '; nothing was changed';
        return { status: 1, error: `stopped at ${result.failure.call}: ${result.failure.message}${undo}` };
    }
    if (result.status === 'dry-run') {
        const missing = missingActions(result);
        if (missing.length > 0)
            return { status: 1, error: `dry run: missing permission: ${missing.join(', ')}` };
        if (result.problems.length > 0)
            return { status: 1, error: `dry run: ${plural(result.problems.length, 'call')} would fail` };
    }
    return { status: 0 };
}


/***/ })

};
