export const id = 763;
export const ids = [763];
export const modules = {

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


/***/ }),

/***/ 3763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runRevert: () => (/* binding */ runRevert)
/* harmony export */ });
/* unused harmony export revertSummary */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_apply_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9817);
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7532);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4031);
/* harmony import */ var _apply_journal_path_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2480);
/* harmony import */ var _apply_summary_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2573);
/**
 * The run of `sg-flow-audit revert JOURNAL`: the apply journal read, undone last call first with
 * a journal of its own next to it, and what was restored (old and new rule ids, since EC2 gives
 * a restored rule a new one), revoked and deleted printed. Loaded only when revert runs.
 */







const plural = (n, word, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;
/** What a revert did, as text ending with a newline. */
function revertSummary(result, journal, ownJournal) {
    const lines = [];
    if (result.changes === 0 && !result.failure) {
        lines.push(`Nothing to revert: what ${journal} records is undone already, or was never done.`);
    }
    else {
        lines.push(`Reverted ${journal}: ${plural(result.restored.length, 'rule')} restored, ${result.revoked.length} revoked, ${plural(result.deletedAclEntries.length, 'network ACL entry', 'network ACL entries')} deleted.`);
    }
    if (result.restored.length > 0) {
        lines.push('Restored (EC2 gives a restored rule a new id):');
        for (const r of result.restored) {
            lines.push(`  ${r.groupId} ${(0,_apply_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .ruleWithDescription */ .f0)(r.rule)}: ${r.oldRuleId} → ${r.newRuleId ?? '(EC2 returned no id)'}`);
        }
    }
    if (result.revoked.length > 0) {
        lines.push('Revoked (the rules the apply created):');
        for (const r of result.revoked)
            lines.push(`  ${r.groupId} ${r.ruleId}`);
    }
    if (result.deletedAclEntries.length > 0) {
        lines.push('Deleted (the network ACL entries the apply created):');
        for (const e of result.deletedAclEntries)
            lines.push(`  ${e.networkAclId} ${e.ruleNumber} deny ${e.cidr}`);
    }
    if (result.alreadyReverted.length > 0) {
        lines.push('Undone already:');
        for (const line of result.alreadyReverted)
            lines.push(`  ${line}`);
    }
    if (result.leftAlone.length > 0) {
        lines.push('Left for you to check:');
        for (const line of result.leftAlone)
            lines.push(`  ${line}`);
    }
    if (result.failure) {
        lines.push(`Stopped at ${result.failure.call}: ${result.failure.message}`);
        lines.push(`Fix that and run ${(0,_aws_apply_index_js__WEBPACK_IMPORTED_MODULE_1__/* .revertCommand */ .oR)(journal)} again: what is undone already is skipped.`);
    }
    lines.push(`Journal of this revert: ${ownJournal}`);
    return `${lines.join('\n')}\n`;
}
/**
 * Runs revert and returns its exit status (0 done, 1 a call failed).
 *
 * @throws ConfigurationError (exit 2) before any change: a missing or damaged journal, or the
 * journal of a revert.
 */
async function runRevert(options) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(options.journal))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`journal ${options.journal}: not found`);
    const journal = (0,_aws_apply_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readJournal */ .a0)(options.journal);
    const ec2 = (0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_2__.createEc2Client)({ region: options.region, endpoint: options.endpointUrl });
    const ownJournal = (0,_apply_journal_path_js__WEBPACK_IMPORTED_MODULE_5__/* .revertJournalPath */ .Dz)(options.journal, options.now());
    const result = await (0,_aws_apply_index_js__WEBPACK_IMPORTED_MODULE_1__/* .revertJournal */ .aH)(ec2, journal, {
        journalPath: ownJournal,
        reverts: options.journal,
        now: options.now,
    });
    process.stdout.write((0,_report_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .logText */ .kc)(revertSummary(result, options.journal, ownJournal)));
    if (result.failure) {
        process.stderr.write(`sg-flow-audit: revert stopped at ${result.failure.call}: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .showControls */ .mz)(result.failure.message)}; fix it and run '${(0,_aws_apply_index_js__WEBPACK_IMPORTED_MODULE_1__/* .revertCommand */ .oR)(options.journal)}' again\n`);
        return 1;
    }
    if (result.leftAlone.length > 0) {
        process.stderr.write(`sg-flow-audit: warning: ${plural(result.leftAlone.length, 'step')} left for you to check (listed above)\n`);
    }
    return 0;
}


/***/ })

};
