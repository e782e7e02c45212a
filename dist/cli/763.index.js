export const id = 763;
export const ids = [763];
export const modules = {

/***/ 3763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runRevert: () => (/* binding */ runRevert)
/* harmony export */ });
/* unused harmony export revertSummary */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_apply_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9817);
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(201);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3916);
/* harmony import */ var _apply_journal_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2480);
/* harmony import */ var _apply_summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2573);
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
            lines.push(`  ${r.groupId} ${(0,_apply_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .ruleWithDescription */ .f0)(r.rule)}: ${r.oldRuleId} → ${r.newRuleId ?? '(EC2 returned no id)'}`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j(`journal ${options.journal}: not found`);
    const journal = (0,_aws_apply_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readJournal */ .a0)(options.journal);
    const ec2 = (0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_2__.createEc2Client)({ region: options.region, endpoint: options.endpointUrl });
    const ownJournal = (0,_apply_journal_path_js__WEBPACK_IMPORTED_MODULE_3__/* .revertJournalPath */ .Dz)(options.journal, options.now());
    const result = await (0,_aws_apply_index_js__WEBPACK_IMPORTED_MODULE_1__/* .revertJournal */ .aH)(ec2, journal, {
        journalPath: ownJournal,
        reverts: options.journal,
        now: options.now,
    });
    process.stdout.write(revertSummary(result, options.journal, ownJournal));
    if (result.failure) {
        process.stderr.write(`sg-flow-audit: revert stopped at ${result.failure.call}: ${result.failure.message}; fix it and run '${(0,_aws_apply_index_js__WEBPACK_IMPORTED_MODULE_1__/* .revertCommand */ .oR)(options.journal)}' again\n`);
        return 1;
    }
    if (result.leftAlone.length > 0) {
        process.stderr.write(`sg-flow-audit: warning: ${plural(result.leftAlone.length, 'step')} left for you to check (listed above)\n`);
    }
    return 0;
}


/***/ })

};
