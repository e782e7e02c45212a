export const id = 915;
export const ids = [915];
export const modules = {

/***/ 3915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  proposeInAction: () => (/* binding */ proposeInAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 17 modules
var core = __webpack_require__(8298);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/github/events.ts
var events = __webpack_require__(4254);
// EXTERNAL MODULE: ./src/github/step.ts
var step = __webpack_require__(1185);
// EXTERNAL MODULE: ./src/github/pull-request-body.ts
var pull_request_body = __webpack_require__(7909);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/github/proposal-tree.ts
/**
 * The git side of a proposal through the REST API, without a clone: which of the proposed files
 * differ from the base branch (by git blob id, computed locally), and the tree of the base with
 * those files written or deleted.
 */


/** The id git gives a file's content: SHA-1 of `blob <length>\0<bytes>`. */
function gitBlobSha(content) {
    const bytes = Buffer.from(content, 'utf8');
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
/** The base's entry at `path`, reading the directories on the way; undefined when absent. */
async function baseEntry(list, baseTree, path) {
    const segments = path.split('/');
    let tree = baseTree;
    for (const [i, segment] of segments.entries()) {
        const entry = (await list(tree)).find((item) => item.path === segment);
        if (entry === undefined || i === segments.length - 1)
            return entry;
        if (entry.type !== 'tree') {
            const dir = segments.slice(0, i + 1).join('/');
            throw new errors/* ConfigurationError */.j1(`proposed file "${path}" lies under "${dir}", which is a file in the base branch`);
        }
        tree = entry.sha;
    }
    return undefined;
}
/**
 * Checks the proposed paths: relative, with `/` separators, no `.`/`..` segments, no
 * duplicates. These come from the user's repository layout (`--repo-dir`), so a bad one is a
 * configuration mistake.
 */
function checkProposedFiles(files) {
    const seen = new Set();
    for (const file of files) {
        const segments = file.path.split('/');
        if (file.path === '' ||
            file.path.includes('\\') ||
            segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
            throw new errors/* ConfigurationError */.j1(`proposed file path "${file.path}" must be relative to the repository root, with / between directories`);
        }
        if (seen.has(file.path)) {
            throw new errors/* ConfigurationError */.j1(`proposed file path "${file.path}" is given twice`);
        }
        seen.add(file.path);
    }
}
/**
 * The proposed files that differ from the tree `baseTree`. Only the directories on the proposed
 * paths are read (one request each), so a large repository costs no more than a small one.
 */
async function changedFiles(client, where, baseTree, files) {
    const listings = new Map();
    const list = (sha) => {
        let listing = listings.get(sha);
        if (listing === undefined) {
            listing = client.rest.git
                .getTree({ ...where, tree_sha: sha })
                .then((answer) => answer.data.tree);
            listings.set(sha, listing);
        }
        return listing;
    };
    const changes = [];
    for (const file of files) {
        const found = await baseEntry(list, baseTree, file.path);
        if (found !== undefined && found.type !== 'blob') {
            throw new errors/* ConfigurationError */.j1(`proposed file "${file.path}" is a ${found.type === 'tree' ? 'directory' : 'submodule'} in the base branch`);
        }
        const blobSha = file.content === null ? undefined : gitBlobSha(file.content);
        const differs = file.content === null ? found !== undefined : found?.sha !== blobSha;
        if (differs)
            changes.push({ ...file, baseMode: found?.mode, blobSha });
    }
    return changes;
}
/** Writes the changed files as blobs and returns the id of the base tree with them applied. */
async function writeProposalTree(client, where, baseTree, changes) {
    const tree = [];
    for (const change of changes) {
        // An executable keeps its bit; anything else (a new file, a symlink replaced by text) is a
        // plain file.
        const mode = change.baseMode === '100755' ? '100755' : '100644';
        if (change.content === null) {
            tree.push({ path: change.path, mode, type: 'blob', sha: null });
            continue;
        }
        const blob = await client.rest.git.createBlob({
            ...where,
            content: Buffer.from(change.content, 'utf8').toString('base64'),
            encoding: 'base64',
        });
        if (blob.data.sha !== change.blobSha) {
            throw new Error(`GitHub stored ${change.path} as blob ${blob.data.sha}, expected ${change.blobSha}`);
        }
        tree.push({ path: change.path, mode, type: 'blob', sha: blob.data.sha });
    }
    const created = await client.rest.git.createTree({ ...where, base_tree: baseTree, tree });
    return created.data.sha;
}

;// CONCATENATED MODULE: ./src/github/pull-request.ts
/**
 * One pull request per purpose, kept current, in the manner of peter-evans/create-pull-request
 * but through the REST API only (no clone, no git CLI): the proposed files are committed on top
 * of the base branch's head to one fixed branch, which is force-updated; the pull request from
 * that branch is opened, edited, or closed when nothing is left to propose. A run that would
 * change nothing changes nothing (no commit, no edit, no notification).
 */





/** The branch proposals are pushed to unless configured otherwise. */
const DEFAULT_PROPOSAL_BRANCH = 'sg-flow-audit/proposals';
const pull_request_status = step/* httpStatus */.n;
const HINTS = {
    notFound: 'check the repository name and that the token can see it',
    forbidden: 'the token needs the permissions contents: write and pull-requests: write (and the ' +
        'repository must allow GitHub Actions to create pull requests)',
};
/** Runs one step against GitHub (see gitHubStep). */
function pull_request_step(what, call) {
    return (0,step/* gitHubStep */.i)(what, HINTS, call);
}
/** The commit a branch points at, or undefined when there is no such branch. */
async function branchHead(client, where, branch) {
    try {
        const answer = await client.rest.git.getRef({ ...where, ref: `heads/${branch}` });
        return answer.data.object.sha;
    }
    catch (error) {
        if (pull_request_status(error) === 404)
            return undefined;
        return pull_request_step(`read the branch ${branch}`, () => Promise.reject(error));
    }
}
function checkOptions(options, branch) {
    // git's own rules for a branch name, the ones a configured name can break.
    if (!/^[^\s~^:?*[\\]+$/.test(branch) || /(^|\/)\.|\.\.|\/\/|^\/|\/$|\.lock$|\.$|@\{/.test(branch)) {
        throw new errors/* ConfigurationError */.j1(`pull-request branch "${branch}" is not a valid git branch name`);
    }
    if (options.body.length > pull_request_body/* PULL_REQUEST_BODY_LIMIT */.L1) {
        throw new Error(`the pull request body has ${options.body.length} characters; GitHub allows ` +
            `${pull_request_body/* PULL_REQUEST_BODY_LIMIT */.L1} (fit it with fitPullRequestBody)`);
    }
    checkProposedFiles(options.files);
}
/**
 * Brings the proposal pull request in line with `files`: created when there is something to
 * propose and no open pull request, updated (new commit and/or title and body) when it changed,
 * closed with a comment (and its branch deleted) when nothing is left, and left alone when the
 * branch already holds exactly this proposal.
 */
async function syncProposalPullRequest(options) {
    const { client } = options;
    const where = { owner: options.owner, repo: options.repo };
    const full = `${options.owner}/${options.repo}`;
    const branch = options.branch ?? DEFAULT_PROPOSAL_BRANCH;
    checkOptions(options, branch);
    const base = options.base ??
        (await pull_request_step(`read the repository ${full}`, () => client.rest.repos.get(where))).data.default_branch;
    if (base === branch) {
        throw new errors/* ConfigurationError */.j1(`pull-request branch "${branch}" is the base branch; proposals need a branch of their own`);
    }
    const baseHead = await branchHead(client, where, base);
    if (baseHead === undefined) {
        throw new errors/* ConfigurationError */.j1(`the base branch "${base}" does not exist in ${full}`);
    }
    const baseCommit = await pull_request_step(`read ${base}`, () => client.rest.git.getCommit({ ...where, commit_sha: baseHead }));
    const baseTree = baseCommit.data.tree.sha;
    const changes = await pull_request_step(`read the files of ${base}`, () => changedFiles(client, where, baseTree, options.files));
    const proposalHead = await branchHead(client, where, branch);
    const open = await pull_request_step('list pull requests', () => client.rest.pulls.list({ ...where, state: 'open', head: `${options.owner}:${branch}`, per_page: 100 }));
    const pull = open.data.find((p) => p.head.ref === branch);
    if (changes.length === 0) {
        const why = options.files.length === 0
            ? 'the latest run has no security-group rule change left to propose'
            : `the files it changes already match \`${base}\``;
        if (pull !== undefined) {
            await pull_request_step('comment on the pull request', () => client.rest.issues.createComment({
                ...where,
                issue_number: pull.number,
                body: options.closeComment ?? `sg-flow-audit closed this pull request: ${why}.`,
            }));
            await pull_request_step('close the pull request', () => client.rest.pulls.update({ ...where, pull_number: pull.number, state: 'closed' }));
        }
        if (proposalHead !== undefined) {
            await pull_request_step(`delete the branch ${branch}`, () => client.rest.git.deleteRef({ ...where, ref: `heads/${branch}` }));
        }
        return pull === undefined
            ? { operation: 'none' }
            : { operation: 'closed', number: pull.number, url: pull.html_url };
    }
    const tree = await pull_request_step('write the proposed files', () => writeProposalTree(client, where, baseTree, changes));
    const currentTree = proposalHead === undefined
        ? undefined
        : (await pull_request_step(`read ${branch}`, () => client.rest.git.getCommit({ ...where, commit_sha: proposalHead }))).data.tree.sha;
    const pushed = currentTree !== tree;
    if (pushed) {
        const commit = await pull_request_step('commit the proposed files', () => client.rest.git.createCommit({
            ...where,
            message: options.commitMessage,
            tree,
            parents: [baseHead],
            ...(options.author !== undefined ? { author: options.author } : {}),
        }));
        const sha = commit.data.sha;
        await pull_request_step(`push the branch ${branch}`, async () => {
            if (proposalHead === undefined) {
                await client.rest.git.createRef({ ...where, ref: `refs/heads/${branch}`, sha });
            }
            else {
                // Forced: each proposal is one commit on the base's head, not a history of runs.
                await client.rest.git.updateRef({ ...where, ref: `heads/${branch}`, sha, force: true });
            }
        });
    }
    let target;
    let operation;
    if (pull === undefined) {
        target = (await pull_request_step('create the pull request', () => client.rest.pulls.create({ ...where, head: branch, base, title: options.title, body: options.body }))).data;
        operation = 'created';
    }
    else {
        const edits = {
            ...(pull.title !== options.title ? { title: options.title } : {}),
            ...((pull.body ?? '') !== options.body ? { body: options.body } : {}),
            ...(pull.base.ref !== base ? { base } : {}),
        };
        if (!pushed && Object.keys(edits).length === 0) {
            return { operation: 'none', number: pull.number, url: pull.html_url };
        }
        target =
            Object.keys(edits).length === 0
                ? pull
                : (await pull_request_step('update the pull request', () => client.rest.pulls.update({ ...where, pull_number: pull.number, ...edits }))).data;
        operation = 'updated';
    }
    await decorate(client, where, target, options);
    return { operation, number: target.number, url: target.html_url };
}
/** Adds the labels and asks for the reviews (both idempotent on GitHub). */
async function decorate(client, where, pull, options) {
    const labels = [...(options.labels ?? [])];
    if (labels.length > 0) {
        await pull_request_step('label the pull request', () => client.rest.issues.addLabels({ ...where, issue_number: pull.number, labels }));
    }
    const author = pull.user?.login.toLowerCase();
    const reviewers = (options.reviewers ?? []).filter((login) => login.toLowerCase() !== author);
    const teams = [...(options.teamReviewers ?? [])];
    if (reviewers.length > 0 || teams.length > 0) {
        await pull_request_step('request reviews', () => client.rest.pulls.requestReviewers({
            ...where,
            pull_number: pull.number,
            reviewers,
            team_reviewers: teams,
        }));
    }
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(6412);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/commands/propose/aws-cli.ts
function awsCliCommands(change) {
    const { rule } = change;
    const verb = rule.direction === 'ingress' ? 'ingress' : 'egress';
    const commands = [];
    if (change.action === 'replace' && change.replacement.length > 0) {
        const permissions = change.replacement.map((r) => ipPermission(r, rule.description));
        commands.push(`aws ec2 authorize-security-group-${verb} --group-id ${rule.groupId} --ip-permissions '${JSON.stringify(permissions)}'`);
    }
    if (rule.ruleId.startsWith('sgr-') && !rule.ruleId.startsWith('sgr-derived-'))
        commands.push(`aws ec2 revoke-security-group-${verb} --group-id ${rule.groupId} --security-group-rule-ids ${rule.ruleId}`);
    else
        commands.push(`# ${rule.ruleId} has no sgr- id (the inventory had no describe-security-group-rules): revoke it in the console`);
    return commands;
}
function ipPermission(rule, description) {
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

;// CONCATENATED MODULE: ./src/commands/propose/body.ts
/**
 * The proposal in Markdown: the pull request's body (cut to GitHub's limit) and the report file
 * committed beside the edits (everything, uncut). Deterministic: the same report and edits give
 * the same text, so that a run with nothing new changes nothing.
 */





const neutral = markdown/* escapeGitHubCell */.hK;
function changeText(change) {
    if (change.action === 'remove')
        return 'remove';
    return change.replacement
        .map((r) => (0,format/* formatRule */.UT)({ protocol: r.protocol, fromPort: r.fromPort, toPort: r.toPort, peer: peerOf(r) }))
        .join(', ');
}
function peerOf(r) {
    if (r.cidr !== undefined)
        return { cidr: r.cidr };
    if (r.groupId !== undefined)
        return { groupId: r.groupId };
    return { prefixListId: r.prefixListId ?? '' };
}
/** The sections of the proposal, most important first. */
function proposalSections(report, changes, edits) {
    const edited = changes.filter((c) => edits.located.has(c.rule.ruleId) && !edits.manual.some((m) => m.change.rule.ruleId === c.rule.ruleId));
    const head = [
        '## sg-flow-audit: proposed security-group rule changes',
        '',
        `Traffic window: ${(0,markdown/* escapeCell */.kq)((0,format/* formatWindow */.A4)(report.window))} (${(0,format/* formatCount */.B4)(report.input.records)} flow-log records). ` +
            `${(0,format/* formatCount */.B4)(edited.length)} rule(s) edited in ${(0,format/* formatCount */.B4)(new Set(edits.edits.map((e) => e.file)).size)} file(s); ` +
            `${(0,format/* formatCount */.B4)(edits.manual.length)} to change by hand; ${(0,format/* formatCount */.B4)(edits.notFound.length)} not found in code.`,
        '',
        'Each rule gets one change, narrowed to the traffic that used it in the window or removed when nothing did. Port scanners are never counted as traffic to keep.',
    ].join('\n');
    const table = [
        '### Changes',
        '',
        '| Group | Rule | Now | Proposed | Why | Flows | Peers | First seen | Last seen | Where |',
        '| --- | --- | --- | --- | --- | ---: | ---: | --- | --- | --- |',
        ...changes.map((c) => {
            const where = edits.located.get(c.rule.ruleId);
            const manual = edits.manual.some((m) => m.change.rule.ruleId === c.rule.ruleId);
            const place = where
                ? `${neutral(where.file)}:${where.line}${manual ? ' (by hand)' : ''}`
                : 'not in code';
            return `| ${neutral(`${c.rule.groupId} (${c.rule.groupName})`)} | ${neutral(c.rule.ruleId)} | ${neutral(`${c.rule.direction} ${(0,format/* formatRule */.UT)(c.rule)}`)} | ${neutral(changeText(c))} | ${neutral(c.reason)} | ${(0,format/* formatCount */.B4)(c.usage.flows)} | ${(0,format/* formatCount */.B4)(c.usage.peers)} | ${c.usage.firstSeen ? (0,format/* formatTime */.fU)(c.usage.firstSeen) : ''} | ${c.usage.lastSeen ? (0,format/* formatTime */.fU)(c.usage.lastSeen) : ''} | ${place} |`;
        }),
    ].join('\n');
    const sections = [head, table];
    if (edits.manual.length > 0) {
        sections.push([
            '### To change by hand',
            '',
            ...edits.manual.map((m) => `- ${neutral(m.change.rule.ruleId)} in ${neutral(m.change.rule.groupId)}${m.location ? ` (${neutral(m.location.file)}:${m.location.line})` : ''}: ${neutral(m.why)}. Proposed: ${neutral(changeText(m.change))}.`),
        ].join('\n'));
    }
    if (edits.notFound.length > 0) {
        sections.push([
            '### Not found in code',
            '',
            'No Terraform, CloudFormation or exported snapshot in this repository defines these rules. Change them where they are defined, or run `sg-flow-audit export --out DIR` to keep the groups as reviewable YAML.',
            '',
            ...edits.notFound.map((c) => `- ${neutral(c.rule.ruleId)} in ${neutral(`${c.rule.groupId} (${c.rule.groupName})`)}: ${neutral(`${c.rule.direction} ${(0,format/* formatRule */.UT)(c.rule)}`)}`),
        ].join('\n'));
    }
    sections.push([
        '### AWS CLI',
        '',
        'To carry a change out by hand: authorize the replacement first, then revoke the old rule by its id.',
        '',
        ...codeBlock('sh', changes.flatMap((c) => [`# ${c.rule.ruleId}: ${c.reason}`, ...awsCliCommands(c)])),
    ].join('\n'));
    return sections;
}
/**
 * A fenced code block of untrusted lines: entities mean nothing inside one, so each line is kept
 * on its line (control characters shown as escapes) and the fence is longer than any run of
 * backticks inside, so that no line of it can close the block and start markdown of its own.
 */
function codeBlock(language, lines) {
    const shown = lines.map(report_escape/* showControls */.mz);
    const longest = Math.max(0, ...shown.flatMap((line) => line.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return [`${fence}${language}`, ...shown, fence];
}
/** The pull request's body: the sections, cut to fit, pointing to the committed report. */
function pullRequestBody(sections, reportFile) {
    return (0,pull_request_body/* fitPullRequestBody */.AL)(sections, pull_request_body/* PULL_REQUEST_BODY_LIMIT */.L1, reportFile);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/config.ts
var config = __webpack_require__(2973);
// EXTERNAL MODULE: ./src/fleet/flags.ts
var flags = __webpack_require__(6067);
// EXTERNAL MODULE: ./src/live-options.ts
var live_options = __webpack_require__(2818);
// EXTERNAL MODULE: ./src/pipeline.ts + 2 modules
var pipeline = __webpack_require__(4385);
// EXTERNAL MODULE: ./src/progress/plain.ts
var plain = __webpack_require__(4891);
// EXTERNAL MODULE: ./src/progress/reporter.ts
var reporter = __webpack_require__(2218);
// EXTERNAL MODULE: ./node_modules/cli-progress/cli-progress.js
var cli_progress = __webpack_require__(8502);
// EXTERNAL MODULE: ./src/progress/figures.ts
var figures = __webpack_require__(8954);
;// CONCATENATED MODULE: ./src/progress/terminal.ts
/**
 * Progress on a terminal: one live line on stderr, redrawn in place by cli-progress and cleared
 * when the phase ends, so that what stays on the screen is the report alone.
 *
 * The line is drawn from a fresh sample on each of cli-progress's redraws (a few a second):
 * nothing is pushed to the bar while files are read.
 */



/** Redraws per second: enough to look alive, few enough to cost nothing. */
const REDRAWS_PER_SECOND = 5;
const BAR_WIDTH = 24;
/** `reading ████░░░░ 37% | 3/8 files | 1,234,567 records, 412,345 records/s, 38.2 MB/s, ETA 12s` */
class terminal_TerminalProgress {
    active = true;
    stream;
    clock;
    bar;
    constructor(options) {
        this.stream = options.stream;
        this.clock = options.clock ?? systemClock;
    }
    start(totals, sample) {
        this.stop();
        const startedAt = this.clock.now();
        const line = (options, params) => {
            const f = progressFigures(totals, sample(), this.clock.now() - startedAt);
            const status = `${formatDone(f)} | ${formatRates(f)}`;
            const text = f.fraction === undefined
                ? `reading ${status}`
                : `reading ${cliProgress.Format.BarFormat(f.fraction, options)} ${Math.floor(f.fraction * 100)}% | ${status}`;
            // One column short of the width: a line that fills it would wrap on some terminals, and the
            // next redraw would then start a line too low.
            return text.slice(0, Math.max(0, params.maxWidth - 1));
        };
        const bar = new cliProgress.SingleBar({
            stream: this.stream,
            format: line,
            fps: REDRAWS_PER_SECOND,
            barsize: BAR_WIDTH,
            clearOnComplete: true,
            // The line is cut to the width above instead of switching the terminal's wrapping off:
            // an interrupted run (Ctrl-C) would leave the terminal without wrapping.
            linewrap: true,
            // Neither a hidden cursor nor a SIGINT handler: a handler would keep Ctrl-C from ending the run.
            hideCursor: false,
            gracefulExit: false,
        }, cliProgress.Presets.shades_classic);
        // The bar's value is unused (the line is drawn from samples); 0 of 1 keeps it well defined.
        bar.start(1, 0);
        this.bar = bar;
    }
    stop() {
        const bar = this.bar;
        if (!bar)
            return;
        this.bar = undefined;
        // Draws the last line, then clears it (clearOnComplete).
        bar.stop();
    }
}

;// CONCATENATED MODULE: ./src/progress/index.ts
/**
 * Progress reporting: which reporter a front door uses, and the parts it is made of.
 */






/**
 * The reporter for a command line run: none with `quiet`; a live line when `stream` is a
 * terminal that can move its cursor; else a plain line every few seconds (CI logs, pipes).
 */
function progress_progressFor(stream, options = {}) {
    if (options.quiet)
        return silentProgress;
    const env = options.env ?? process.env;
    // A dumb terminal (an editor's shell buffer) shows cursor movements as garbage.
    if (stream.isTTY === true && env['TERM'] !== 'dumb')
        return new TerminalProgress({ stream });
    return new PlainProgress({ write: (line) => stream.write(`${line}\n`) });
}

// EXTERNAL MODULE: ./src/workers.ts
var workers = __webpack_require__(3668);
// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(8179);
// EXTERNAL MODULE: ./src/cli-args.ts
var cli_args = __webpack_require__(7391);
;// CONCATENATED MODULE: ./src/commands/options.ts
/**
 * The options every command that analyses traffic takes (analyze, propose, review, …), declared
 * once on a commander Command and read back into the typed RunInputs both front doors share.
 */




/** `a,b` or several arguments after one flag, as one list. */
function listValues(value, previous) {
    const list = value
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean);
    return [...(previous ?? []), ...list];
}
function threadCount(value) {
    if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 64)
        throw new ConfigurationError(`--threads: expected a number from 1 to 64, got '${value}'`);
    return Number(value);
}
/**
 * Adds the input options of an analysis (offline and live) and the common ones. `check-change`
 * reads one account's logs since one change, so it does not take the many-accounts flags.
 */
function addAnalysisOptions(command) {
    if (command.name() !== 'check-change')
        addFleetOptions(command);
    return command
        .option('--flow-logs <path...>', 'flow-log files, directories (recursive) or globs (.log, .log.gz, .txt, .parquet)', listValues)
        .option('--inventory <dir>', 'AWS CLI JSON: security-groups.json, network-interfaces.json, [security-group-rules.json], [managed-prefix-lists.json], [network-acls.json]')
        .option('--log-format <format>', "'${version} ${srcaddr} …' for files without a header line")
        .option('--region <region>', 'AWS region of a live run')
        .option('--source <source>', 'live flow logs: s3://bucket/prefix, cloudwatch:LOG_GROUP or auto')
        .option('--lookback <duration>', 'how far back live flow logs are read, e.g. 14d (default 7d)')
        .option('--vpc-id <vpc>', 'audit one VPC')
        .option('--security-group-ids <id...>', 'audit these groups', listValues)
        .option('--endpoint-url <url>', 'an S3/EC2/Logs-compatible endpoint (a local emulator)')
        .option('--config <file>', 'config file (default: .github/sg-flow-audit.yml when present)')
        .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity')
        .default('critical')
        .argParser((value) => parseFailOn(value, '--fail-on')))
        .option('--threads <n>', 'threads reading local files, the main thread included (default: one per core and per 16 MiB)', threadCount)
        .option('--quiet', 'no progress on stderr (files, records/s, MB/s, time left)')
        .option('--aggregates <file...>', 'CSV of pre-aggregated records, such as an Athena result (docs/aggregates.md)', listValues)
        .option('--engine <engine>', 'where live records are aggregated: stream (read them here), athena or insights')
        .option('--athena-table <table>', 'DATABASE.TABLE of the flow logs (default sg_flow_audit.flow_logs)')
        .option('--athena-workgroup <name>', 'Athena workgroup (default primary)')
        .option('--athena-output <s3url>', "s3://bucket/prefix/ for Athena's results (default: the workgroup's)")
        .option('--athena-create-table', 'create the table first, with partition projection over --source s3://…/vpcflowlogs/REGION/')
        .option('--athena-storage <storage>', 'text or parquet: how the flow logs deliver, for --athena-create-table')
        .option('--athena-partition <column=format>', 'the date partition that limits the scan: day=yyyy/MM/dd (default) or none');
}
/** `--regions`, `--accounts`, `--role-name`, `--organization`, `--max-parallel` (src/fleet). */
function addFleetOptions(command) {
    command
        .option('--regions <region...>', 'audit each of these regions: eu-west-1,us-east-1', listValues)
        .option('--accounts <id...>', 'audit each of these accounts through the role of --role-name: 111111111111,222222222222', listValues)
        .option('--role-name <name>', 'the IAM role assumed in each account (session name sg-flow-audit)')
        .option('--organization', 'audit every ACTIVE account of the organization (Organizations ListAccounts)')
        .option('--max-parallel <n>', 'account-region targets read at once (default 4)', (value) => parseMaxParallel(value));
}
/** The analysis inputs of a parsed command. */
function runInputsOf(options) {
    const text = (key) => (typeof options[key] === 'string' ? options[key] : undefined);
    const inputs = {
        flowLogs: options['flowLogs'] ?? [],
        securityGroupIds: options['securityGroupIds'] ?? [],
        failOn: options['failOn'] ?? 'critical',
    };
    const set = (key) => {
        const value = text(key);
        if (value !== undefined)
            inputs[key] = value;
    };
    for (const key of [
        'inventory',
        'region',
        'source',
        'lookback',
        'vpcId',
        'endpointUrl',
        'config',
        'logFormat',
    ])
        set(key);
    if (typeof options['threads'] === 'number')
        inputs.threads = options['threads'];
    if (Array.isArray(options['aggregates']))
        inputs.aggregates = options['aggregates'];
    if (text('engine') !== undefined)
        inputs.engine = text('engine');
    const athena = {};
    for (const [flag, key] of [
        ['athenaTable', 'table'],
        ['athenaWorkgroup', 'workgroup'],
        ['athenaOutput', 'output'],
        ['athenaStorage', 'storage'],
        ['athenaPartition', 'partition'],
    ]) {
        const value = text(flag);
        if (value !== undefined)
            athena[key] = value;
    }
    if (options['athenaCreateTable'] === true)
        athena.createTable = true;
    if (Object.keys(athena).length > 0)
        inputs.athena = athena;
    if (options['quiet'] === true)
        inputs.quiet = true;
    if (Array.isArray(options['regions']))
        inputs.regions = options['regions'];
    if (Array.isArray(options['accounts']))
        inputs.accounts = options['accounts'];
    if (text('roleName') !== undefined)
        inputs.roleName = text('roleName');
    if (options['organization'] === true)
        inputs.organization = true;
    if (typeof options['maxParallel'] === 'number')
        inputs.maxParallel = options['maxParallel'];
    return inputs;
}
/** Refuses a run with no input at all, naming what to give. */
function options_requireSomeInput(inputs) {
    if (inputs.flowLogs.length === 0 &&
        inputs.inventory === undefined &&
        inputs.source === undefined &&
        (inputs.aggregates ?? []).length === 0 &&
        (inputs.engine === undefined || inputs.engine === 'stream')) {
        throw new ConfigurationError('nothing to analyze: give --flow-logs, --inventory, --aggregates or --source (see --help)');
    }
}

;// CONCATENATED MODULE: ./src/commands/run-analysis.ts
/**
 * Runs the analysis for a command, from its parsed inputs: the config loaded, the live options
 * resolved, worker threads pointed at the bundle beside this one. With `--regions`, `--accounts`
 * or `--organization`, each account and region is analysed apart and the reports combined
 * (src/fleet, loaded only then: it brings STS and Organizations).
 */









async function run_analysis_runAnalysis(inputs) {
    const config = await loadConfig(inputs.config);
    const fleet = fleetFlagsOf(inputs);
    requireSomeInput(inputs);
    const live = liveOptionsFrom(inputs);
    if (fleet !== undefined && live !== undefined) {
        const { analyzeFleet, targetEventLine } = await Promise.all(/* import() */[__webpack_require__.e(891), __webpack_require__.e(377), __webpack_require__.e(730)]).then(__webpack_require__.bind(__webpack_require__, 730));
        const report = await analyzeFleet({
            flags: fleet,
            live,
            config,
            // One line on stderr as each account and region ends: targets run side by side, so a
            // progress bar per target would overwrite the others.
            onTarget: inputs.quiet
                ? undefined
                : (event) => {
                    if (event.phase === 'end')
                        process.stderr.write(`${targetEventLine(event)}\n`);
                },
        });
        return { report, config };
    }
    const report = await analyze({
        flowLogs: inputs.flowLogs,
        aggregates: inputs.aggregates,
        inventoryDir: inputs.inventory,
        logFormat: inputs.logFormat,
        live,
        config,
        threads: inputs.threads,
        // Scan worker threads run the small bundle built beside the CLI's.
        workerScript: join(dirname(fileURLToPath(import.meta.url)), WORKER_BUNDLE),
        // On stderr, so that a report on stdout stays clean; a live line on a terminal, else a line
        // every few seconds.
        progress: progressFor(process.stderr, { quiet: inputs.quiet }),
    });
    return { report, config };
}

;// CONCATENATED MODULE: ./src/commands/propose/changes.ts
/** Why a rule is changed, in a few words, from the types of the findings about it. */
const REASON = {
    'open-admin-port': 'admin port open to the internet',
    'open-high-risk-port': 'high-risk port open to the internet',
    'unused-rule': 'unused in the window',
    'broad-source': 'far more sources than used',
    'broad-ports': 'far more ports than used',
    'redundant-rule': 'every flow also allowed by another rule',
};
function changesFromReport(report) {
    const rules = new Map(report.rules.map((r) => [r.ruleId, r]));
    const byRule = new Map();
    for (const finding of report.findings) {
        if (finding.ruleId === undefined || finding.suppressed || finding.proposal === undefined)
            continue;
        if (finding.proposal.action === 'deny')
            continue;
        const list = byRule.get(finding.ruleId) ?? [];
        list.push(finding);
        byRule.set(finding.ruleId, list);
    }
    const changes = [];
    for (const [ruleId, findings] of byRule) {
        const rule = rules.get(ruleId);
        const proposal = findings[0]?.proposal;
        if (!rule || !proposal || proposal.action === 'deny')
            continue;
        changes.push({
            rule: liveRule(rule),
            action: proposal.action,
            replacement: proposal.action === 'replace' ? proposal.rules : [],
            reason: [...new Set(findings.map((f) => REASON[f.type] ?? f.type))].join('; '),
            usage: rule.usage,
            status: rule.status,
            findings,
        });
    }
    return changes.sort((a, b) => a.rule.groupId.localeCompare(b.rule.groupId) ||
        a.rule.direction.localeCompare(b.rule.direction) ||
        a.rule.ruleId.localeCompare(b.rule.ruleId));
}
function liveRule(rule) {
    return {
        ruleId: rule.ruleId,
        groupId: rule.groupId,
        groupName: rule.groupName,
        direction: rule.direction,
        protocol: rule.protocol,
        fromPort: rule.fromPort,
        toPort: rule.toPort,
        peer: rule.peer,
        ...(rule.description !== undefined ? { description: rule.description } : {}),
    };
}

// EXTERNAL MODULE: ./src/iac/cloudformation/rules.ts
var rules = __webpack_require__(7771);
;// CONCATENATED MODULE: ./src/iac/cloudformation/groups.ts

class GroupIndex {
    mappings;
    groupNames;
    idsByName = new Map();
    /**
     * @param mappings the mappings of the stacks made from each template
     * @param groupNames live group names by group id (from the inventory)
     */
    constructor(mappings, groupNames) {
        this.mappings = mappings;
        this.groupNames = groupNames;
        for (const [id, name] of groupNames)
            this.idsByName.set(name, [...(this.idsByName.get(name) ?? []), id]);
    }
    mappingsOf(template) {
        return this.mappings.get(template) ?? [];
    }
    /** Whether a template's group resource is the group of a live rule. */
    isGroupOf(template, logicalId, rule) {
        const mapped = this.mappingsOf(template).filter((m) => m.has(logicalId));
        // A stack that has the resource decides; the name is only a guess without one.
        if (mapped.length > 0)
            return mapped.some((m) => m.get(logicalId) === rule.groupId);
        return (0,rules/* literalGroupName */.ig)(template, logicalId) === rule.groupName;
    }
    /** Whether a rule written with this group reference belongs to the live rule's group. */
    refersTo(template, group, rule) {
        if ('logicalId' in group)
            return this.isGroupOf(template, group.logicalId, rule);
        if ('groupId' in group)
            return group.groupId === rule.groupId;
        if ('groupName' in group)
            return group.groupName === rule.groupName;
        return false;
    }
    /** Whether a stack made from the template gave this logical id the physical id `id`. */
    isMappedTo(template, logicalId, id) {
        return this.mappingsOf(template).some((m) => m.get(logicalId) === id);
    }
    /**
     * The ids of a template as the live rule's stack sees them: the stack whose mapping holds the
     * rule's group, or the group names when no given stack does.
     */
    scope(template, rule) {
        const stack = this.mappingsOf(template).find((m) => [...m.values()].includes(rule.groupId));
        return stack ? this.stackScope(template, stack) : this.nameScope(template);
    }
    stackScope(template, stack) {
        return {
            physicalId: (logicalId) => stack.get(logicalId),
            logicalId: (groupId) => [...stack].find(([logical, physical]) => physical === groupId && (0,rules/* groupResource */.O0)(template, logical))?.[0],
            nameOf: (groupId) => this.groupNames.get(groupId),
        };
    }
    nameScope(template) {
        const unique = (name) => name !== undefined && (this.idsByName.get(name) ?? []).length === 1;
        return {
            physicalId: (logicalId) => {
                const name = (0,rules/* literalGroupName */.ig)(template, logicalId);
                return unique(name) ? this.idsByName.get(name ?? '')?.[0] : undefined;
            },
            logicalId: (groupId) => {
                const name = this.groupNames.get(groupId);
                if (!unique(name))
                    return undefined;
                const found = template.resources.entries.filter((e) => (0,rules/* literalGroupName */.ig)(template, e.key) === name);
                return found.length === 1 ? found[0]?.key : undefined;
            },
            nameOf: (groupId) => this.groupNames.get(groupId),
        };
    }
}

// EXTERNAL MODULE: ./src/iac/cloudformation/match.ts
var match = __webpack_require__(4861);
// EXTERNAL MODULE: ./src/inventory/model.ts
var model = __webpack_require__(7129);
// EXTERNAL MODULE: ./src/iac/cloudformation/source-tree.ts
var source_tree = __webpack_require__(7912);
// EXTERNAL MODULE: ./src/iac/cloudformation/template.ts + 1 modules
var cloudformation_template = __webpack_require__(6968);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/iac/cloudformation/text-edits.ts
/**
 * Edits of a parsed document as splices of its original text: set a value, rename a key, add a
 * key after another, remove entries of a list or map, and put copies of an entry right after
 * it. New text is written the way the text around it is (quotes, indentation, separators), and
 * nothing outside the edited spans changes.
 */


function quoteYaml(value, quote) {
    return quote === 'single' ? `'${value.replaceAll("'", "''")}'` : JSON.stringify(value);
}
/**
 * A value written the way `like` (the value it replaces, or a neighbour) is written: a string
 * keeps the neighbour's quotes, a number stays bare unless the neighbour was a quoted string.
 */
function renderScalar(doc, value, like) {
    const likeQuote = like?.kind === 'scalar' && like.tag === undefined ? like.quote : 'plain';
    if (doc.syntax === 'json') {
        const likeString = like?.kind === 'scalar' && typeof like.value === 'string';
        return typeof value === 'number' && !likeString ? String(value) : JSON.stringify(String(value));
    }
    const text = String(value);
    if (likeQuote === 'single' || likeQuote === 'double')
        return quoteYaml(text, likeQuote);
    if (typeof value === 'number')
        return text;
    // The yaml package decides whether a plain scalar would read back as this same string.
    return (0,dist/* stringify */.As)(text, { lineWidth: 0 }).trimEnd();
}
/** A map key written with the quotes of `like`. */
function renderKey(doc, key, like) {
    if (doc.syntax === 'json')
        return JSON.stringify(key);
    const quote = like?.keyQuote;
    return quote === 'single' || quote === 'double' ? quoteYaml(key, quote) : key;
}
/** `Ref` of a logical id, in the form the document already uses. */
function renderRef(doc, logicalId) {
    if (doc.syntax === 'json') {
        const seen = /\{([ \t]*)"Ref"([ \t]*):([ \t]*)"[^"\n]*"([ \t]*)\}/.exec(doc.text);
        const [a, b, c, d] = seen ? [seen[1], seen[2], seen[3], seen[4]] : [' ', '', ' ', ' '];
        return `{${a}"Ref"${b}:${c}${JSON.stringify(logicalId)}${d}}`;
    }
    const shortForm = /(^|[\s[{,:])!(Ref|GetAtt|Sub|If)\s/m.test(doc.text) || !/\bRef\s*:/.test(doc.text);
    return shortForm ? `!Ref ${logicalId}` : `{ Ref: ${logicalId} }`;
}
/** Replace the value of a map entry by already rendered text. */
function setValueSplice(doc, entry, rendered) {
    const value = entry.value;
    const onNextLine = doc.syntax === 'yaml' && doc.text.slice(entry.colonEnd, value.start).includes('\n');
    // A value written below its key (a block map such as `Fn::GetAtt: …`) is replaced from the
    // colon on, so that the new scalar sits on the key's line.
    if (onNextLine || value.start === value.end) {
        return { start: entry.colonEnd, end: value.end, text: ` ${rendered}` };
    }
    return { start: value.start, end: value.end, text: rendered };
}
/** Rename the key of a map entry, keeping its quotes. */
function renameKeySplice(doc, entry, key) {
    return { start: entry.start, end: entry.keyEnd, text: renderKey(doc, key, entry) };
}
function isFirstOnLine(doc, offset) {
    return (0,source_tree/* lineIndent */.p0)(doc.text, offset).length === offset - (0,source_tree/* lineStart */.PT)(doc.text, offset);
}
/** The column of an offset, as spaces (YAML indents with spaces only). */
function columnSpaces(doc, offset) {
    return ' '.repeat(offset - (0,source_tree/* lineStart */.PT)(doc.text, offset));
}
/** Whether the entries of a block collection are separated by blank lines. */
function blankLineSeparated(doc, c, index) {
    const j = index + 1 < c.entries.length ? index : index - 1;
    const a = c.entries[j];
    const b = c.entries[j + 1];
    if (!a || !b)
        return false;
    const gap = doc.text.slice((0,source_tree/* lineEnd */.kd)(doc.text, a.end), (0,source_tree/* lineStart */.PT)(doc.text, b.start));
    return /\n[ \t]*\r?\n/.test(gap);
}
/** What goes between an entry of a flow collection (or JSON) and a new one placed after it. */
function flowSeparator(doc, c, index) {
    const j = index + 1 < c.entries.length ? index : index - 1;
    const a = c.entries[j];
    const b = c.entries[j + 1];
    if (a && b) {
        const gap = doc.text.slice(a.end, b.start);
        if (!gap.includes('#'))
            return gap;
    }
    const only = c.entries[index];
    if (only && doc.text.slice(c.start + 1, only.start).includes('\n')) {
        return `,${(0,source_tree/* lineBreakOf */.n_)(doc.text)}${(0,source_tree/* lineIndent */.p0)(doc.text, only.start)}`;
    }
    return ', ';
}
/** Add `key: value` after an entry of a map, on its own line in block style. */
function insertEntrySplice(doc, map, after, key, rendered) {
    const index = map.entries.indexOf(after);
    const pair = `${renderKey(doc, key, after)}: ${rendered}`;
    if (map.flow)
        return { start: after.end, end: after.end, text: flowSeparator(doc, map, index) + pair };
    const at = (0,source_tree/* lineEnd */.kd)(doc.text, after.end);
    return { start: at, end: at, text: `${(0,source_tree/* lineBreakOf */.n_)(doc.text)}${columnSpaces(doc, after.start)}${pair}` };
}
/**
 * Remove one entry of a map that stays non-empty (an attribute inside a rule), or undefined
 * when it cannot be removed on its own (the only key of a `- key: value` item).
 */
function removeEntrySplice(doc, map, index) {
    const entry = map.entries[index];
    const next = map.entries[index + 1];
    const previous = map.entries[index - 1];
    if (!entry)
        return undefined;
    if (map.flow) {
        if (next)
            return { start: entry.start, end: next.start, text: '' };
        return previous ? { start: previous.end, end: entry.end, text: '' } : undefined;
    }
    if (isFirstOnLine(doc, entry.start)) {
        return { start: (0,source_tree/* lineStart */.PT)(doc.text, entry.start), end: (0,source_tree/* nextLineStart */.mt)(doc.text, entry.end), text: '' };
    }
    // The first key of a sequence item shares the `- ` line: the next key moves up onto it.
    return next ? { start: entry.start, end: next.start, text: '' } : undefined;
}
/** The edits of one file, rendered in one pass so that neighbouring edits cannot collide. */
class EditPlan {
    doc;
    splices = [];
    collections = new Map();
    constructor(doc) {
        this.doc = doc;
    }
    /** Whether anything was planned. */
    get isEmpty() {
        return this.splices.length === 0 && this.collections.size === 0;
    }
    add(...splices) {
        this.splices.push(...splices);
    }
    edit(c, parent) {
        let e = this.collections.get(c);
        if (!e) {
            e = { removed: new Set(), copies: new Map() };
            this.collections.set(c, e);
        }
        if (parent)
            e.parent = parent;
        return e;
    }
    /** Remove an entry of a list or map; `parent` holds the collection (for `[]` when it empties). */
    remove(c, index, parent) {
        this.edit(c, parent).removed.add(index);
    }
    /** Whether removing these entries would leave the collection empty. */
    wouldEmpty(c, index) {
        const removed = this.collections.get(c)?.removed ?? new Set();
        return c.entries.every((_, i) => i === index || removed.has(i));
    }
    /**
     * Put a copy of entry `index` right after it, with `splices` (offsets in the original text,
     * inside the entry) applied to the copy only; `retext` may change the copy's text further.
     */
    copy(c, index, splices, retext = (t) => t) {
        const entry = c.entries[index];
        if (!entry)
            throw new Error(`no entry ${index} to copy`);
        const text = retext((0,source_tree/* applySplices */.Ut)(this.doc.text.slice(entry.start, entry.end), (0,source_tree/* splicesWithin */.bt)(splices, entry.start, entry.end)));
        const list = this.edit(c).copies.get(index) ?? [];
        list.push(text);
        this.edit(c).copies.set(index, list);
    }
    /** The edited text. */
    render() {
        const all = [...this.splices];
        for (const [c, e] of this.collections)
            all.push(...this.collectionSplices(c, e));
        return (0,source_tree/* applySplices */.Ut)(this.doc.text, all);
    }
    collectionSplices(c, e) {
        const { text } = this.doc;
        const out = [];
        const entries = c.entries;
        for (const [index, copies] of e.copies) {
            const entry = entries[index];
            if (!entry || copies.length === 0)
                continue;
            if (c.flow) {
                const sep = flowSeparator(this.doc, c, index);
                out.push({ start: entry.end, end: entry.end, text: copies.map((t) => sep + t).join('') });
            }
            else {
                const eol = (0,source_tree/* lineBreakOf */.n_)(text);
                const lead = `${eol}${blankLineSeparated(this.doc, c, index) ? eol : ''}${columnSpaces(this.doc, entry.start)}`;
                const at = (0,source_tree/* lineEnd */.kd)(text, entry.end);
                out.push({ start: at, end: at, text: copies.map((t) => lead + t).join('') });
            }
        }
        if (e.removed.size === 0)
            return out;
        if (entries.every((_, i) => e.removed.has(i))) {
            if (c.flow)
                return [...out, { start: c.start + 1, end: c.end - 1, text: '' }];
            if (!e.parent)
                throw new Error('cannot empty a block collection without its key');
            return [...out, { start: e.parent.colonEnd, end: c.end, text: c.kind === 'seq' ? ' []' : ' {}' }];
        }
        if (c.flow)
            return [...out, ...this.flowRemovals(entries, e.removed)];
        for (const index of e.removed) {
            const entry = entries[index];
            if (!entry)
                continue;
            let start = (0,source_tree/* lineStart */.PT)(text, entry.start);
            const end = (0,source_tree/* nextLineStart */.mt)(text, entry.end);
            // Between blank-line separated entries, one of the two blank lines goes with the entry.
            const before = text.slice((0,source_tree/* lineStart */.PT)(text, start - 1), start);
            const after = text.slice(end, (0,source_tree/* nextLineStart */.mt)(text, end));
            if (start > 0 &&
                /^[ \t]*\r?\n$/.test(before) &&
                (end >= text.length || /^[ \t]*(\r?\n|$)/.test(after))) {
                start = (0,source_tree/* lineStart */.PT)(text, start - 1);
            }
            out.push({ start, end, text: '' });
        }
        return out;
    }
    /** Each run of removed entries goes with the separator after it, or before it at the end. */
    flowRemovals(entries, removed) {
        const out = [];
        for (let i = 0; i < entries.length; i++) {
            if (!removed.has(i))
                continue;
            let j = i;
            while (removed.has(j + 1))
                j++;
            const first = entries[i];
            const last = entries[j];
            const next = entries[j + 1];
            const previous = entries[i - 1];
            if (first && last) {
                if (next)
                    out.push({ start: first.start, end: next.start, text: '' });
                else if (previous)
                    out.push({ start: previous.end, end: last.end, text: '' });
            }
            i = j;
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/iac/cloudformation/rewrite.ts
/**
 * The splices that turn one rule entry of a template into a proposed rule: the protocol, the
 * ports and the peer are rewritten only where they differ, each in the style it is written in.
 */





/**
 * Whether a protocol is written as a number (`6`, `"17"`) rather than a name (`tcp`). `-1` says
 * nothing: it is the only way to write "all protocols".
 */
function numericProtocol(node) {
    const v = (0,source_tree/* literalOf */.Zc)(node);
    return (typeof v === 'number' && v >= 0) || (typeof v === 'string' && /^\d+$/.test(v.trim()));
}
/**
 * Splices (offsets in the template's text) that make the entry say `want`. The entry's values
 * that are compared here are literal or a Ref of a group: compareEntry matched them.
 */
function rewriteEntry(entry, want, groups) {
    const properties = entry.properties;
    if (!properties)
        throw new Error('an opaque entry cannot be rewritten');
    const doc = entry.template.doc;
    const out = [];
    const find = (key) => properties.entries.find((e) => e.key === key);
    const protocol = find('IpProtocol');
    if (!protocol)
        throw new Error('a rule entry without IpProtocol');
    const heldProtocol = (0,model/* normalizeProtocol */.gR)((0,source_tree/* literalString */.dc)(protocol.value)?.trim() ?? '')?.protocol;
    if (heldProtocol !== want.protocol) {
        const number = (0,model/* normalizeProtocol */.gR)(want.protocol)?.protocolNumber;
        const text = want.protocol === 'all'
            ? '-1'
            : numericProtocol(protocol.value)
                ? String(number ?? want.protocol)
                : want.protocol;
        // A protocol written as a bare number stays a bare number; otherwise it is a string.
        const value = typeof (0,source_tree/* literalOf */.Zc)(protocol.value) === 'number' && /^-?\d+$/.test(text) ? Number(text) : text;
        out.push(setValueSplice(doc, protocol, renderScalar(doc, value, protocol.value)));
    }
    if (want.protocol !== 'all') {
        let anchor = protocol;
        for (const [key, port] of [
            ['FromPort', want.fromPort],
            ['ToPort', want.toPort],
        ]) {
            const held = find(key);
            if (held) {
                const v = (0,source_tree/* literalOf */.Zc)(held.value);
                if (Number(v) !== port)
                    out.push(setValueSplice(doc, held, renderScalar(doc, port, held.value)));
                anchor = held;
            }
            else {
                const like = find('FromPort')?.value ?? find('ToPort')?.value;
                out.push(insertEntrySplice(doc, properties, anchor, key, renderScalar(doc, port, like)));
            }
        }
    }
    const shape = (0,match/* shapeOf */.F5)(want);
    const [kind, value] = 'cidr' in shape.peer
        ? ['cidr', shape.peer.cidr]
        : 'groupId' in shape.peer
            ? ['groupId', shape.peer.groupId]
            : ['prefixListId', shape.peer.prefixListId];
    const key = (0,match/* peerKey */.ay)(kind, entry.direction, value);
    const held = (0,match/* peerEntry */.Ly)(properties, entry.direction);
    if (!held)
        throw new Error('a rule entry without a peer');
    const logical = kind === 'groupId' ? groups.logicalId(value) : undefined;
    const rendered = logical !== undefined
        ? renderRef(doc, logical)
        : renderScalar(doc, value, (0,source_tree/* literalOf */.Zc)(held.value) === undefined ? undefined : held.value);
    if (held.key !== key)
        out.push(renameKeySplice(doc, held, key));
    if (held.key !== key || !samePeerValue(entry, held, value, groups)) {
        out.push(setValueSplice(doc, held, rendered));
    }
    // The owner of a peer group means nothing once the peer is a network or a prefix list.
    const owner = properties.entries.findIndex((e) => e.key === 'SourceSecurityGroupOwnerId');
    if (kind !== 'groupId' && owner >= 0) {
        const removal = removeEntrySplice(doc, properties, owner);
        if (removal)
            out.push(removal);
    }
    return out;
}
function samePeerValue(entry, held, value, groups) {
    const literal = (0,source_tree/* literalString */.dc)(held.value);
    if (literal !== undefined)
        return literal.trim().toLowerCase() === value.toLowerCase();
    const logical = (0,cloudformation_template/* groupLogicalId */.QQ)(held.value);
    return logical !== undefined && groups.physicalId(logical) === value;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./src/iac/cloudformation/stack-resources.ts
/**
 * The mapping from a stack's logical ids to the physical ids AWS gave them (`--cloudformation-stack
 * FILE`: the JSON of `aws cloudformation describe-stack-resources`, or of `list-stack-resources`),
 * and which template each stack was made from.
 */




const Resource = schemas/* object */.Ikc({
    StackName: schemas/* string */.YjP().optional(),
    LogicalResourceId: schemas/* string */.YjP(),
    PhysicalResourceId: schemas/* string */.YjP().optional(),
    ResourceType: schemas/* string */.YjP(),
});
const StackFile = schemas/* union */.KCZ([
    schemas/* object */.Ikc({ StackResources: schemas/* array */.YOg(Resource) }),
    schemas/* object */.Ikc({ StackResourceSummaries: schemas/* array */.YOg(Resource) }),
]);
/** Reads one `--cloudformation-stack` file; a missing or malformed file is a ConfigurationError. */
async function readStackResources(path) {
    let json;
    try {
        json = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch (e) {
        const code = e.code;
        throw new errors/* ConfigurationError */.j1(`--cloudformation-stack: ${path}: ${code === 'ENOENT' ? 'not found' : e.message}`);
    }
    const parsed = StackFile.safeParse(json);
    if (!parsed.success) {
        throw new errors/* ConfigurationError */.j1(`--cloudformation-stack: ${path}: expected the JSON of aws cloudformation describe-stack-resources (StackResources[] with LogicalResourceId, PhysicalResourceId, ResourceType)`);
    }
    const list = 'StackResources' in parsed.data ? parsed.data.StackResources : parsed.data.StackResourceSummaries;
    return list.map((r) => ({
        StackName: r.StackName ?? path,
        LogicalResourceId: r.LogicalResourceId,
        ResourceType: r.ResourceType,
        ...(r.PhysicalResourceId === undefined ? {} : { PhysicalResourceId: r.PhysicalResourceId }),
    }));
}
function typeOf(template, logicalId) {
    return (0,source_tree/* literalString */.dc)((0,source_tree/* valueOf */.RP)((0,source_tree/* valueOf */.RP)(template.resources, logicalId), 'Type'));
}
/**
 * Assigns each stack to the templates it was most likely made from: those that declare the most
 * of its logical ids with the same resource types (at least one). One template may have been
 * deployed as several stacks (dev, prod), so it may get several mappings.
 */
function mappingsByTemplate(templates, resources) {
    const stacks = new Map();
    for (const r of resources) {
        const name = r.StackName ?? '';
        stacks.set(name, [...(stacks.get(name) ?? []), r]);
    }
    const out = new Map();
    for (const stack of stacks.values()) {
        const scores = templates.map((t) => stack.filter((r) => typeOf(t, r.LogicalResourceId) === r.ResourceType).length);
        const top = Math.max(0, ...scores);
        if (top === 0)
            continue;
        const mapping = new Map(stack.flatMap((r) => r.PhysicalResourceId === undefined ? [] : [[r.LogicalResourceId, r.PhysicalResourceId]]));
        templates.forEach((t, i) => {
            if (scores[i] === top)
                out.set(t, [...(out.get(t) ?? []), mapping]);
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/iac/cloudformation/edit.ts








const DEFAULT_EGRESS = ['0.0.0.0/0', '::/0'];
class CloudFormationEditor {
    templates;
    entries;
    groups;
    edits = [];
    manual = [];
    located = new Map();
    work = new Map();
    constructor(templates, entries, groups) {
        this.templates = templates;
        this.entries = entries;
        this.groups = groups;
    }
    workOf(template) {
        let w = this.work.get(template);
        if (!w) {
            const logicalIds = new Set(template.resources.entries.map((e) => e.key));
            w = { plan: new EditPlan(template.doc), ruleIds: [], edited: new Set(), logicalIds };
            this.work.set(template, w);
        }
        return w;
    }
    locationOf(entry) {
        return { file: entry.template.file, line: (0,source_tree/* lineNumber */.eT)(entry.template.doc.text, entry.at) };
    }
    manualAt(change, location, why) {
        this.located.set(change.rule.ruleId, location);
        this.manual.push({ change, location, why });
    }
    apply(change) {
        const rule = change.rule;
        const candidates = this.entries.filter((e) => e.direction === rule.direction &&
            (this.groups.refersTo(e.template, e.group, rule) ||
                (e.place.kind === 'resource' &&
                    this.groups.isMappedTo(e.template, e.place.logicalId, rule.ruleId))));
        const scopes = new Map(this.templates.map((t) => [t, this.groups.scope(t, rule)]));
        const scopeOf = (e) => scopes.get(e.template) ?? this.groups.scope(e.template, rule);
        const compare = (e, shape) => (0,match/* compareEntry */.uM)(e, shape, scopeOf(e));
        const live = {
            protocol: rule.protocol,
            fromPort: rule.fromPort,
            toPort: rule.toPort,
            peer: rule.peer,
        };
        const exact = candidates.filter((e) => compare(e, live).kind === 'match');
        const files = [...new Set(exact.map((e) => e.template.file))];
        const found = exact[0];
        if (found && files.length > 1) {
            // One group name in several templates (environments, copies): the live rule is one of them.
            const why = `the rule matches in ${files.join(', ')}; give the stack's resources (--cloudformation-stack) to tell which to edit`;
            return this.manualAt(change, this.locationOf(found), why);
        }
        if (found) {
            const siblings = candidates.filter((e) => e.template === found.template);
            return this.edit(change, found, siblings, scopeOf(found));
        }
        const replacements = change.action === 'replace' ? change.replacement : [];
        const applied = replacements.map((r) => candidates.find((e) => compare(e, (0,match/* shapeOf */.F5)(r)).kind === 'match'));
        const first = applied[0];
        if (first && applied.every((e) => e !== undefined)) {
            // The change is already in the code (a second run on the edited tree): nothing to do.
            this.located.set(rule.ruleId, this.locationOf(first));
            return;
        }
        for (const e of candidates) {
            const c = compare(e, live);
            if (c.kind === 'unknown')
                return this.manualAt(change, this.locationOf(e), `${c.why}: not edited`);
        }
        this.defaultEgress(change);
    }
    /** An allow-all egress rule no template writes: CloudFormation's default for the group. */
    defaultEgress(change) {
        const rule = change.rule;
        const peer = 'cidr' in rule.peer ? rule.peer.cidr : undefined;
        if (rule.direction !== 'egress' || rule.protocol !== 'all' || !DEFAULT_EGRESS.includes(peer ?? ''))
            return;
        for (const template of this.templates) {
            for (const resource of template.resources.entries) {
                if (!this.groups.isGroupOf(template, resource.key, rule))
                    continue;
                if ((0,source_tree/* valueOf */.RP)((0,source_tree/* valueOf */.RP)(resource.value, 'Properties'), rules/* INLINE_LISTS */.Kp.egress) !== undefined)
                    continue;
                const location = { file: template.file, line: (0,source_tree/* lineNumber */.eT)(template.doc.text, resource.start) };
                const why = `CloudFormation adds this allow-all egress rule to ${resource.key} because it has no SecurityGroupEgress; ` +
                    'write the egress it needs there (a group with no egress needs one rule to 127.0.0.1/32)';
                return this.manualAt(change, location, why);
            }
        }
    }
    edit(change, entry, candidates, scope) {
        const location = this.locationOf(entry);
        this.located.set(change.rule.ruleId, location);
        const w = this.workOf(entry.template);
        if (w.edited.has(entry.at)) {
            return this.manualAt(change, location, 'another change already edits this same entry');
        }
        // A proposed rule the group already has elsewhere is not written twice (AWS refuses duplicates).
        const wanted = change.action === 'remove'
            ? []
            : change.replacement.filter((r) => !candidates.some((e) => e !== entry && (0,match/* compareEntry */.uM)(e, (0,match/* shapeOf */.F5)(r), scope).kind === 'match'));
        const refusal = wanted.length === 0 ? this.removalRefusal(entry, w) : undefined;
        if (refusal)
            return this.manualAt(change, location, refusal);
        w.edited.add(entry.at);
        w.ruleIds.push(change.rule.ruleId);
        const place = entry.place;
        if (wanted.length === 0) {
            if (place.kind === 'inline')
                w.plan.remove(place.list, place.index, place.listEntry);
            else
                w.plan.remove(entry.template.resources, place.index);
            return;
        }
        const [head, ...rest] = wanted;
        w.plan.add(...rewriteEntry(entry, head, scope));
        for (const extra of rest) {
            const splices = rewriteEntry(entry, extra, scope);
            if (place.kind === 'inline') {
                w.plan.copy(place.list, place.index, splices);
            }
            else {
                const id = this.newLogicalId(w, place.logicalId);
                const keyLength = entry.template.resources.entries[place.index]?.keyEnd ?? 0;
                const keyText = entry.template.doc.text.slice(entry.at, keyLength);
                const quote = /^["']/.exec(keyText)?.[0] ?? '';
                w.plan.copy(entry.template.resources, place.index, splices, (text) => quote + id + quote + text.slice(keyText.length));
            }
        }
    }
    /** Why an entry cannot simply be deleted, if it cannot. */
    removalRefusal(entry, w) {
        const place = entry.place;
        if (place.kind === 'inline') {
            if (entry.direction === 'egress' && w.plan.wouldEmpty(place.list, place.index)) {
                return (`this is the last entry of ${place.groupLogicalId}.SecurityGroupEgress, and without one CloudFormation ` +
                    'restores the default allow-all egress; replace it by hand (e.g. with one rule to 127.0.0.1/32)');
            }
            return undefined;
        }
        const template = entry.template;
        if (w.plan.wouldEmpty(template.resources, place.index)) {
            return `${place.logicalId} is the template's only resource; delete the template or the stack by hand`;
        }
        const refs = new Set();
        for (const e of template.doc.root.kind === 'map' ? template.doc.root.entries : []) {
            if (e.value === template.resources) {
                for (const r of template.resources.entries)
                    if (r.key !== place.logicalId)
                        (0,cloudformation_template/* referencedLogicalIds */.zJ)(template.doc, r.value, refs);
            }
            else {
                (0,cloudformation_template/* referencedLogicalIds */.zJ)(template.doc, e.value, refs);
            }
        }
        return refs.has(place.logicalId)
            ? `${place.logicalId} is referenced elsewhere in the template (Ref, GetAtt, DependsOn or Sub); remove it by hand`
            : undefined;
    }
    newLogicalId(w, base) {
        for (let n = 2;; n++) {
            const id = `${base}${n}`;
            if (!w.logicalIds.has(id)) {
                w.logicalIds.add(id);
                return id;
            }
        }
    }
    /** Renders every planned file; a file whose edit would not parse again is left alone. */
    finish(changes) {
        for (const [template, w] of this.work) {
            if (w.plan.isEmpty)
                continue;
            const after = w.plan.render();
            if (after === template.doc.text)
                continue;
            try {
                (0,cloudformation_template/* parseTemplateText */.Hv)(after);
            }
            catch (e) {
                for (const change of changes.filter((c) => w.ruleIds.includes(c.rule.ruleId))) {
                    const location = this.located.get(change.rule.ruleId);
                    const why = `the edit of ${template.file} would not parse (${e.message}); a bug of sg-flow-audit`;
                    this.manual.push({ change, why, ...(location ? { location } : {}) });
                }
                continue;
            }
            this.edits.push({ file: template.file, before: template.doc.text, after, ruleIds: w.ruleIds });
        }
    }
}
/**
 * Edits the CloudFormation templates of a working tree so that they define the proposed rules.
 * Returns each edited file (before and after), the changes that must be made by hand with why,
 * and where every located rule is written. Rules no template defines are left out of all three.
 */
async function editCloudFormation(input) {
    const templates = await (0,cloudformation_template/* loadTemplates */.K8)(input.repoDir, input.files);
    const names = new Map(input.groupNames ?? []);
    for (const c of input.changes)
        if (!names.has(c.rule.groupId))
            names.set(c.rule.groupId, c.rule.groupName);
    const groups = new GroupIndex(mappingsByTemplate(templates, input.stackResources ?? []), names);
    const editor = new CloudFormationEditor(templates, templates.flatMap(rules/* ruleEntries */.Fg), groups);
    for (const change of input.changes)
        editor.apply(change);
    editor.finish(input.changes);
    return { edits: editor.edits, manual: editor.manual, located: editor.located };
}

;// CONCATENATED MODULE: ./src/iac/cloudformation/index.ts
/** CloudFormation templates as a rule source (see edit.ts). */



// EXTERNAL MODULE: ./src/iac/cloudformation/yaml-tree.ts
var yaml_tree = __webpack_require__(7798);
// EXTERNAL MODULE: ./src/iac/snapshot-yaml/export.ts
var snapshot_yaml_export = __webpack_require__(1100);
;// CONCATENATED MODULE: ./src/iac/snapshot-yaml/edit.ts
/**
 * Proposes rule changes as edits of the exported snapshot files: each live rule is found by its
 * rule id (or, failing that, by protocol, ports and peer) in its group's file, and edited in
 * place (ports narrowed, the peer changed, copies for extra rules without a ruleId, or the entry
 * removed); every other byte stays as it is.
 */








const SKIPPED_DIRS = new Set(['node_modules', '.git']);
const PEER_KEYS = ['cidr', 'groupId', 'prefixListId'];
async function findExportedFiles(root, dir, out) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        const path = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name))
            await findExportedFiles(root, path, out);
        else if (entry.isFile() && /\.ya?ml$/.test(entry.name)) {
            const text = await (0,promises_.readFile)(path, 'utf8');
            if (text.startsWith(snapshot_yaml_export/* EXPORT_MARKER */.sS))
                out.push((0,external_node_path_.relative)(root, path).split(external_node_path_.sep).join('/'));
        }
    }
}
async function loadSnapshot(repoDir) {
    const names = [];
    try {
        await findExportedFiles(repoDir, repoDir, names);
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j1(`--repo-dir: ${repoDir}: ${e.code ?? String(e)}`);
    }
    const files = [];
    for (const file of names) {
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(repoDir, file), 'utf8');
        let doc;
        try {
            doc = (0,yaml_tree/* parseYamlSource */.W)(text);
        }
        catch (e) {
            if (e instanceof yaml_tree/* SourceSyntaxError */.L)
                throw new errors/* ConfigurationError */.j1(`${(0,external_node_path_.join)(repoDir, file)}: ${e.message}`);
            throw e;
        }
        const groupId = (0,source_tree/* literalString */.dc)((0,source_tree/* entryOf */.Ms)(doc.root, 'groupId')?.value);
        if (groupId === undefined)
            throw new errors/* ConfigurationError */.j1(`${(0,external_node_path_.join)(repoDir, file)}: no groupId`);
        const lists = {};
        for (const direction of ['ingress', 'egress']) {
            const entry = (0,source_tree/* entryOf */.Ms)(doc.root, direction);
            if (entry?.value.kind === 'seq')
                lists[direction] = { list: entry.value, entry };
        }
        files.push({ file, doc, groupId, lists });
    }
    return files;
}
/** A snapshot entry's rule, or undefined when it is not one this file format writes. */
function shapeOfEntry(map) {
    const protocol = (0,model/* normalizeProtocol */.gR)((0,source_tree/* literalString */.dc)((0,source_tree/* entryOf */.Ms)(map, 'protocol')?.value) ?? '')?.protocol;
    const fromPort = (0,source_tree/* literalOf */.Zc)((0,source_tree/* entryOf */.Ms)(map, 'fromPort')?.value);
    const toPort = (0,source_tree/* literalOf */.Zc)((0,source_tree/* entryOf */.Ms)(map, 'toPort')?.value);
    const peers = PEER_KEYS.flatMap((k) => {
        const v = (0,source_tree/* literalString */.dc)((0,source_tree/* entryOf */.Ms)(map, k)?.value);
        return v === undefined ? [] : [[k, v]];
    });
    const peer = peers[0];
    if (protocol === undefined || typeof fromPort !== 'number' || typeof toPort !== 'number' || !peer)
        return undefined;
    return { protocol, fromPort, toPort, peer };
}
function shapeOfRule(rule) {
    const peer = 'peer' in rule
        ? 'cidr' in rule.peer
            ? ['cidr', rule.peer.cidr]
            : 'groupId' in rule.peer
                ? ['groupId', rule.peer.groupId]
                : ['prefixListId', rule.peer.prefixListId]
        : rule.cidr !== undefined
            ? ['cidr', rule.cidr]
            : rule.groupId !== undefined
                ? ['groupId', rule.groupId]
                : ['prefixListId', rule.prefixListId ?? ''];
    return { protocol: rule.protocol, fromPort: rule.fromPort, toPort: rule.toPort, peer };
}
function sameShape(a, b) {
    return (a !== undefined &&
        a.protocol === b.protocol &&
        (a.protocol === 'all' || (a.fromPort === b.fromPort && a.toPort === b.toPort)) &&
        a.peer[0] === b.peer[0] &&
        a.peer[1].toLowerCase() === b.peer[1].toLowerCase());
}
/**
 * Splices that make a snapshot entry say `want`: each new value is written where the old one was,
 * and as `export` would write it, so that a later export of the changed group differs only in order.
 */
function rewrite(doc, map, want) {
    const out = [];
    const shape = shapeOfRule(want);
    const protocol = (0,source_tree/* entryOf */.Ms)(map, 'protocol');
    if (!protocol)
        throw new Error('a snapshot rule without a protocol');
    if ((0,model/* normalizeProtocol */.gR)((0,source_tree/* literalString */.dc)(protocol.value) ?? '')?.protocol !== want.protocol) {
        out.push(setValueSplice(doc, protocol, renderScalar(doc, want.protocol)));
    }
    let anchor = protocol;
    for (const [key, port] of [
        ['fromPort', want.fromPort],
        ['toPort', want.toPort],
    ]) {
        const held = (0,source_tree/* entryOf */.Ms)(map, key);
        if (!held)
            out.push(insertEntrySplice(doc, map, anchor, key, String(port)));
        else if ((0,source_tree/* literalOf */.Zc)(held.value) !== port)
            out.push(setValueSplice(doc, held, renderScalar(doc, port)));
        anchor = held ?? anchor;
    }
    const peer = map.entries.find((e) => PEER_KEYS.includes(e.key));
    if (!peer)
        throw new Error('a snapshot rule without a peer');
    if (peer.key !== shape.peer[0])
        out.push(renameKeySplice(doc, peer, shape.peer[0]));
    if (peer.key !== shape.peer[0] || (0,source_tree/* literalString */.dc)(peer.value) !== shape.peer[1]) {
        out.push(setValueSplice(doc, peer, renderScalar(doc, shape.peer[1])));
    }
    return out;
}
/**
 * Edits the exported snapshot files under repoDir (any folder; they are told by their first
 * line) so that they hold the proposed rules. Rules in no exported file are left out of the result.
 */
async function editSnapshot(input) {
    const files = await loadSnapshot(input.repoDir);
    const plans = new Map();
    const manual = [];
    const located = new Map();
    for (const change of input.changes) {
        const rule = change.rule;
        const file = files.find((f) => f.groupId === rule.groupId);
        const held = file?.lists[rule.direction];
        if (!file || !held)
            continue;
        const maps = held.list.entries.map((e) => (e.value.kind === 'map' ? e.value : undefined));
        const live = shapeOfRule(rule);
        let index = maps.findIndex((m) => m && (0,source_tree/* literalString */.dc)((0,source_tree/* entryOf */.Ms)(m, 'ruleId')?.value) === rule.ruleId);
        if (index < 0)
            index = maps.findIndex((m) => m && sameShape(shapeOfEntry(m), live));
        const at = (i) => ({
            file: file.file,
            line: (0,source_tree/* lineNumber */.eT)(file.doc.text, held.list.entries[i]?.start ?? 0),
        });
        const map = maps[index];
        if (!map) {
            // Already applied (a second run on the edited files): the replacements are all there.
            const found = change.replacement.map((r) => maps.findIndex((m) => m && sameShape(shapeOfEntry(m), shapeOfRule(r))));
            if (change.action === 'replace' && found.length > 0 && found.every((i) => i >= 0))
                located.set(rule.ruleId, at(found[0] ?? 0));
            continue;
        }
        located.set(rule.ruleId, at(index));
        let work = plans.get(file);
        if (!work) {
            work = { plan: new EditPlan(file.doc), ruleIds: [], edited: new Set() };
            plans.set(file, work);
        }
        if (work.edited.has(index)) {
            manual.push({ change, location: at(index), why: 'another change already edits this same rule' });
            continue;
        }
        work.edited.add(index);
        work.ruleIds.push(rule.ruleId);
        const wanted = change.action === 'remove'
            ? []
            : change.replacement.filter((r) => !maps.some((m, i) => i !== index && m && sameShape(shapeOfEntry(m), shapeOfRule(r))));
        const [head, ...rest] = wanted;
        if (!head) {
            work.plan.remove(held.list, index, held.entry);
            continue;
        }
        work.plan.add(...rewrite(file.doc, map, head));
        // A rule to add has no id yet: AWS gives it one when it is authorized.
        const ruleIdIndex = map.entries.findIndex((e) => e.key === 'ruleId');
        const dropId = ruleIdIndex < 0 ? undefined : removeEntrySplice(file.doc, map, ruleIdIndex);
        for (const extra of rest) {
            work.plan.copy(held.list, index, [...rewrite(file.doc, map, extra), ...(dropId ? [dropId] : [])]);
        }
    }
    const edits = [];
    for (const [file, work] of plans) {
        const after = work.plan.render();
        if (after !== file.doc.text)
            edits.push({ file: file.file, before: file.doc.text, after, ruleIds: work.ruleIds });
    }
    return { edits, manual, located };
}

;// CONCATENATED MODULE: ./src/iac/snapshot-yaml/index.ts
/** The exported snapshot of security groups as YAML files, and edits of it (see export.ts, edit.ts). */



// EXTERNAL MODULE: ./src/iac/terraform/files.ts
var terraform_files = __webpack_require__(1983);
;// CONCATENATED MODULE: ./src/iac/terraform/groups.ts

/** Resolves group ids to resources and back. */
class GroupDirectory {
    tree;
    groups;
    state;
    stateRoot;
    idsByName = new Map();
    constructor(tree, groups, state, names, stateRoot) {
        this.tree = tree;
        this.groups = groups;
        this.state = state;
        this.stateRoot = stateRoot;
        for (const [id, name] of names) {
            const ids = this.idsByName.get(name) ?? new Set();
            ids.add(id);
            this.idsByName.set(name, ids);
        }
    }
    /** Where a state resource is written: the directories of its module path. */
    locateState(resource) {
        const routes = (0,terraform_files/* dirsForModulePath */.Zx)(this.tree, resource.modulePath, this.stateRoot);
        const outsideRoute = routes.find((r) => r.dir === undefined);
        const remote = outsideRoute?.calls.at(-1);
        const site = {
            dirs: routes.flatMap((r) => (r.dir === undefined ? [] : [r.dir])),
        };
        if (remote && site.dirs.length === 0)
            site.outside = {
                why: `defined in module ${remote.name} (source ${remote.source ?? 'unknown'}), whose code is not in this repository`,
                call: remote,
            };
        if (resource.instance)
            site.instance = resource.instance;
        return site;
    }
    /** The group resources that define the live group; `outside` when a remote module does. */
    resourcesFor(rule) {
        const stated = this.state?.groupsById.get(rule.groupId);
        if (stated) {
            const where = this.locateState(stated);
            const found = this.groups.filter((g) => where.dirs.includes(g.file.dir) && g.name === stated.name);
            if (found.length > 0 || where.outside)
                return { found, ...(where.outside ? { outside: where.outside } : {}), ...instance(where) };
        }
        return { found: this.groups.filter((g) => g.groupName === rule.groupName) };
    }
    /** The live id of `aws_security_group.<name>` in `dir`, when the state or the names tell it. */
    idOf(dir, name) {
        if (this.state) {
            for (const [id, resource] of this.state.groupsById) {
                if (resource.name !== name)
                    continue;
                if (this.locateState(resource).dirs.includes(dir))
                    return id;
            }
        }
        const group = this.groups.find((g) => g.file.dir === dir && g.name === name);
        const ids = group?.groupName === undefined ? undefined : this.idsByName.get(group.groupName);
        return ids?.size === 1 ? [...ids][0] : undefined;
    }
    /** The Terraform name of the group with this id defined in `dir`, to reference it from there. */
    resourceIn(dir, id) {
        return this.groups.find((g) => g.file.dir === dir && !g.repeated && this.idOf(dir, g.name) === id)?.name;
    }
    /** Whether a site belongs to this group resource. */
    owns(group, site) {
        if (site.kind === 'inline')
            return site.resource === group.block;
        return (site.group.kind === 'resource' && site.group.dir === group.file.dir && site.group.name === group.name);
    }
    /**
     * Why the code in `dir` cannot be edited for one rule: a module called more than once or with
     * for_each/count (editing it would change every instance).
     */
    moduleBlocker(dir, seen = new Set()) {
        if (seen.has(dir))
            return undefined;
        seen.add(dir);
        const callers = (0,terraform_files/* callersOf */.Gt)(this.tree, dir);
        if (callers.length > 1)
            return `the module in ${dir} is called ${callers.length} times (${callers
                .map((c) => `module.${c.name} in ${c.file.file}`)
                .join(', ')}); editing it changes every call`;
        const [caller] = callers;
        if (!caller)
            return undefined;
        return caller.repeated ?? this.moduleBlocker(caller.file.dir, seen);
    }
}
function instance(where) {
    return where.instance ? { instance: where.instance } : {};
}

// EXTERNAL MODULE: ./src/iac/terraform/syntax.ts
var syntax = __webpack_require__(8117);
// EXTERNAL MODULE: ./src/iac/terraform/sites.ts
var terraform_sites = __webpack_require__(2764);
;// CONCATENATED MODULE: ./src/iac/terraform/state.ts
/**
 * The resources of a Terraform state, as `terraform show -json` prints them: the link between what
 * AWS calls a group or a rule (`sg-…`, `sgr-…`) and the resource address that defines it.
 */




const resourceSchema = schemas/* object */.Ikc({
    address: schemas/* string */.YjP(),
    mode: schemas/* string */.YjP().optional(),
    type: schemas/* string */.YjP(),
    name: schemas/* string */.YjP(),
    index: schemas/* unknown */.L5J().optional(),
    values: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
});
const moduleSchema = schemas/* lazy */.RZV(() => schemas/* object */.Ikc({
    address: schemas/* string */.YjP().optional(),
    resources: schemas/* array */.YOg(resourceSchema).optional(),
    child_modules: schemas/* array */.YOg(moduleSchema).optional(),
}));
const stateSchema = schemas/* object */.Ikc({
    format_version: schemas/* string */.YjP(),
    values: schemas/* object */.Ikc({ root_module: moduleSchema }).optional(),
});
/** Indexes the parsed JSON of `terraform show -json`; anything else is a configuration error. */
function readState(json) {
    const parsed = stateSchema.safeParse(json);
    if (!parsed.success)
        throw new errors/* ConfigurationError */.j1('the Terraform state is not the JSON of `terraform show -json` (format_version, values.root_module)');
    const index = { groupsById: new Map(), vpcRulesById: new Map(), rules: [] };
    const visit = (module) => {
        for (const raw of module.resources ?? []) {
            if (raw.mode !== undefined && raw.mode !== 'managed')
                continue;
            const resource = toResource(raw, module.address ?? '');
            const id = resource.values.id;
            if (resource.type === terraform_sites/* GROUP_TYPE */.ti && typeof id === 'string')
                index.groupsById.set(id, resource);
            const ruleId = resource.values.security_group_rule_id;
            if (resource.type in terraform_sites/* VPC_RULE_TYPES */.P1 && typeof ruleId === 'string')
                index.vpcRulesById.set(ruleId, resource);
            if (resource.type === terraform_sites/* RULE_TYPE */.mm)
                index.rules.push(resource);
        }
        for (const child of module.child_modules ?? [])
            visit(child);
    };
    if (parsed.data.values)
        visit(parsed.data.values.root_module);
    return index;
}
function toResource(raw, moduleAddress) {
    const modulePath = [];
    let instance;
    for (const match of moduleAddress.matchAll(/module\.([A-Za-z0-9_-]+)(\[[^\]]*\])?/g)) {
        modulePath.push(match[1] ?? '');
        if (match[2])
            instance ??= `module.${match[1] ?? ''} has one instance per for_each/count key`;
    }
    if (raw.index !== undefined)
        instance ??= `${raw.type}.${raw.name} is built with for_each or count (${raw.address})`;
    return {
        address: raw.address,
        modulePath,
        instance,
        type: raw.type,
        name: raw.name,
        values: raw.values ?? {},
    };
}
/** The `aws_security_group_rule` resources of the state that stand for this live rule. */
function stateRulesFor(index, rule) {
    const protocol = (0,model/* normalizeProtocol */.gR)(rule.protocol)?.protocol;
    return index.rules.filter((r) => {
        const v = r.values;
        if (v.security_group_id !== rule.groupId || v.type !== rule.direction)
            return false;
        const written = (0,model/* normalizeProtocol */.gR)(String(v.protocol ?? ''))?.protocol;
        if (written === undefined || written !== protocol)
            return false;
        if (protocol !== 'all' && (v.from_port !== rule.fromPort || v.to_port !== rule.toPort))
            return false;
        const peer = rule.peer;
        if ('cidr' in peer)
            return [v.cidr_blocks, v.ipv6_cidr_blocks].some((l) => Array.isArray(l) && l.includes(peer.cidr));
        if ('prefixListId' in peer)
            return Array.isArray(v.prefix_list_ids) && v.prefix_list_ids.includes(peer.prefixListId);
        return v.source_security_group_id === peer.groupId || (v.self === true && peer.groupId === rule.groupId);
    });
}

;// CONCATENATED MODULE: ./src/iac/terraform/locate.ts



/** The location of a site for the report: its file and the line of its block or resource. */
function siteLocation(site) {
    return { file: site.file.file, line: site.block.line };
}
/** The peer of a proposed rule; a proposal without one keeps the live rule's peer. */
function proposedPeer(rule, live) {
    if (rule.cidr !== undefined)
        return { cidr: rule.cidr };
    if (rule.groupId !== undefined)
        return { groupId: rule.groupId };
    if (rule.prefixListId !== undefined)
        return { prefixListId: rule.prefixListId };
    return live;
}
/** Locates the code of one change's live rule among the sites. */
function locateChange(change, sites, tree, directory, state) {
    const rule = change.rule;
    const live = rule;
    const match = (site, wanted) => matchSite(site, wanted, rule.groupId, directory);
    // The state names the very resource of a rule defined as its own resource.
    const byRuleId = state?.vpcRulesById.get(rule.ruleId);
    const stated = state ? [...(byRuleId ? [byRuleId] : []), ...stateRulesFor(state, rule)] : [];
    for (const resource of stated) {
        const where = directory.locateState(resource);
        if (where.outside)
            return { status: 'manual', why: where.outside.why, location: blockLocation(where.outside.call) };
        const site = sites.find((s) => s.kind !== 'inline' &&
            where.dirs.includes(s.file.dir) &&
            s.resource.labels[0] === resource.type &&
            s.resource.labels[1] === resource.name);
        if (!site)
            continue;
        const found = match(site, live);
        if (found.result === 'exact')
            return withBlockers(site, found.peer, [where.instance], directory);
        if (found.result === 'possible')
            return manual(site, reasons(found.why, site.blockers));
        if (alreadyApplied(change, [site, ...groupSitesOf(site, sites)], match))
            return { status: 'already-applied', location: siteLocation(site) };
        return manual(site, `${resource.address} no longer says this rule (was the code changed since the last apply?)`);
    }
    const groups = directory.resourcesFor(rule);
    if (groups.outside)
        return { status: 'manual', why: groups.outside.why, location: blockLocation(groups.outside.call) };
    const groupSites = sites.filter((s) => groups.found.some((g) => directory.owns(g, s)) ||
        (s.group.kind === 'id' && s.group.id === rule.groupId));
    const exact = [];
    const possible = [];
    for (const site of groupSites) {
        const found = match(site, live);
        if (found.result === 'exact')
            exact.push({ site, peer: found.peer });
        else if (found.result === 'possible')
            possible.push({ site, why: found.why, unknowns: found.unknowns });
    }
    const [first, ...others] = exact;
    if (first && others.length > 0)
        return manual(first.site, `defined in ${exact.length} places (${exact.map((e) => locationText(e.site)).join(', ')}); give the state file to tell them apart`);
    if (first)
        return withBlockers(first.site, first.peer, [groups.instance], directory);
    const [maybe] = possible.sort((a, b) => a.unknowns - b.unknowns);
    if (maybe)
        return manual(maybe.site, reasons(maybe.why, maybe.site.blockers));
    if (groupSites.length > 0 && alreadyApplied(change, groupSites, match)) {
        const site = groupSites.find((s) => change.replacement.some((r) => match(s, wantedOf(change, r)).result === 'exact'));
        return { status: 'already-applied', location: siteLocation(site ?? groupSites[0]) };
    }
    const [group] = groups.found;
    if (group)
        return {
            status: 'not-found',
            why: `aws_security_group.${group.name} has no rule like it`,
            location: { file: group.file.file, line: group.block.line },
        };
    const module = tree.calls.find((c) => c.targetDir === undefined && (0,syntax/* stringValue */.r$)((0,syntax/* attribute */.lt)(c.block, 'name')?.value) === rule.groupName);
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
function withBlockers(site, peer, more, directory) {
    const blockers = [...site.blockers, ...more, directory.moduleBlocker(site.file.dir)].filter((b) => b !== undefined);
    if (blockers.length > 0)
        return manual(site, blockers.join('; '));
    return { status: 'found', site, peer };
}
function reasons(why, blockers) {
    return [...new Set([why, ...blockers])].join('; ');
}
function manual(site, why) {
    return { status: 'manual', why, location: siteLocation(site) };
}
function blockLocation(call) {
    return { file: call.file.file, line: call.block.line };
}
function locationText(site) {
    return `${site.file.file}:${site.block.line}`;
}
/** The other sites of the group of a rule resource (its siblings, for the already-applied check). */
function groupSitesOf(site, sites) {
    const group = site.group;
    if (group.kind === 'unknown')
        return [];
    return sites.filter((s) => s !== site &&
        ((group.kind === 'id' && s.group.kind === 'id' && s.group.id === group.id) ||
            (group.kind === 'resource' &&
                s.group.kind === 'resource' &&
                s.group.dir === group.dir &&
                s.group.name === group.name)));
}
function wantedOf(change, rule) {
    return {
        direction: change.rule.direction,
        protocol: rule.protocol,
        fromPort: rule.fromPort,
        toPort: rule.toPort,
        peer: proposedPeer(rule, change.rule.peer),
    };
}
/** Whether every rule of the replacement is already written (and so the change was made). */
function alreadyApplied(change, sites, match) {
    if (change.action !== 'replace' || change.replacement.length === 0)
        return false;
    return change.replacement.every((r) => sites.some((s) => match(s, wantedOf(change, r)).result === 'exact'));
}
/** Whether a site says a rule: exactly, possibly (its code is not literal), or not. */
function matchSite(site, wanted, ownGroupId, directory) {
    const why = [];
    if (site.direction === undefined)
        why.push(site.unknown.direction ?? 'the direction is unknown');
    else if (site.direction !== wanted.direction)
        return { result: 'no' };
    const protocol = (0,model/* normalizeProtocol */.gR)(wanted.protocol)?.protocol ?? wanted.protocol;
    if (site.protocol === undefined)
        why.push(site.unknown.protocol ?? 'the protocol is unknown');
    else if (site.protocol !== protocol)
        return { result: 'no' };
    if (protocol !== 'all') {
        if (site.fromPort === undefined || site.toPort === undefined)
            why.push(site.unknown.ports ?? 'the ports are unknown');
        else if (site.fromPort !== wanted.fromPort || site.toPort !== wanted.toPort)
            return { result: 'no' };
    }
    let unresolved;
    const peer = site.peers.find((p) => {
        const same = peerIs(p, wanted.peer, ownGroupId, site.file.dir, directory);
        if (same === undefined)
            unresolved ??= `${p.attribute.name} refers to aws_security_group.${p.ref ?? ''}, whose id is unknown without the state file`;
        return same === true;
    });
    if (!peer) {
        const unknownPeers = site.unknown.peers ?? unresolved;
        if (!unknownPeers)
            return { result: 'no' };
        why.push(unknownPeers);
    }
    if (why.length > 0)
        return { result: 'possible', why: [...new Set(why)].join('; '), unknowns: why.length };
    return peer ? { result: 'exact', peer } : { result: 'no' };
}
/** Whether a written peer is the live one; undefined when a group reference cannot be resolved. */
function peerIs(peer, live, ownGroupId, dir, directory) {
    if ('cidr' in live)
        return peer.kind === 'cidr' && peer.literal?.toLowerCase() === live.cidr.toLowerCase();
    if ('prefixListId' in live)
        return peer.kind === 'prefixList' && peer.literal === live.prefixListId;
    if (peer.kind === 'self')
        return live.groupId === ownGroupId;
    if (peer.kind !== 'group')
        return false;
    if (peer.literal !== undefined)
        return peer.literal === live.groupId;
    const id = peer.ref === undefined ? undefined : directory.idOf(dir, peer.ref);
    return id === undefined ? undefined : id === live.groupId;
}

// EXTERNAL MODULE: ./src/iac/terraform/parse.ts
var parse = __webpack_require__(2363);
;// CONCATENATED MODULE: ./src/iac/terraform/plan.ts


/**
 * Plans a site given the changes of the rules it defines; `peerOf` says which live peer a written
 * one is (a reference resolved to its group id when it can be).
 */
function planSite(site, changes, ownGroupId, peerOf) {
    const byPeer = new Map(changes.map((c) => [c.peer, c.change]));
    const units = new Map();
    const unitFor = (protocol, fromPort, toPort, split) => {
        const ports = portsOf(site, protocol, fromPort, toPort);
        const key = [protocol, ports.fromPort, ports.toPort, split].join('|');
        let unit = units.get(key);
        if (!unit) {
            unit = { protocol, ...ports, kept: [], added: [], keepsUnknown: false };
            units.set(key, unit);
        }
        return unit;
    };
    const oldProtocol = site.protocol ?? 'all';
    const old = (split) => unitFor(oldProtocol, site.fromPort ?? 0, site.toPort ?? 0, split);
    for (const peer of site.peers) {
        if (!byPeer.has(peer))
            old(splitKey(site, peerOf(peer), ownGroupId)).kept.push(peer);
    }
    if (site.unknown.peers)
        old('list').keepsUnknown = true;
    for (const peer of site.peers) {
        const change = byPeer.get(peer);
        if (!change || change.action === 'remove')
            continue;
        for (const rule of change.replacement) {
            const added = proposedPeer(rule, change.rule.peer);
            const protocol = (0,model/* normalizeProtocol */.gR)(rule.protocol)?.protocol ?? rule.protocol;
            const unit = unitFor(protocol, rule.fromPort, rule.toPort, splitKey(site, added, ownGroupId));
            const text = (0,model/* peerText */.qT)(added);
            const duplicate = unit.added.some((a) => (0,model/* peerText */.qT)(a.peer) === text) ||
                unit.kept.some((k) => (0,model/* peerText */.qT)(peerOf(k)) === text);
            if (!duplicate)
                unit.added.push({ peer: added, replaces: peer });
        }
    }
    const all = [...units.values()].filter((u) => u.kept.length > 0 || u.added.length > 0 || u.keepsUnknown);
    const original = all.find((u) => u.kept.length > 0 || u.keepsUnknown) ?? all[0];
    if (!original)
        return { kind: 'delete' };
    return { kind: 'rewrite', original, copies: all.filter((u) => u !== original) };
}
/** Ports as the code writes them: 0/0 for all protocols, none at all in a vpc rule resource. */
function portsOf(site, protocol, fromPort, toPort) {
    if (protocol !== 'all')
        return { fromPort, toPort };
    return site.kind === 'vpc-rule' ? { fromPort: -1, toPort: -1 } : { fromPort: 0, toPort: 0 };
}
/**
 * Which peers may share one definition: all of them in an inline block; the CIDRs and prefix lists
 * of an `aws_security_group_rule` (a group or `self` each need their own); one per vpc rule.
 */
function splitKey(site, peer, ownGroupId) {
    if (site.kind === 'inline')
        return '';
    if (site.kind === 'vpc-rule')
        return (0,model/* peerText */.qT)(peer);
    if ('groupId' in peer)
        return peer.groupId === ownGroupId ? 'self' : `group:${peer.groupId}`;
    return 'list';
}

;// CONCATENATED MODULE: ./src/iac/terraform/text-edit.ts
/** Applies edits that do not overlap (insertions at one offset keep their order). */
function applyEdits(text, edits) {
    const sorted = edits
        .map((e, i) => ({ ...e, i }))
        .sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
    let out = '';
    let at = 0;
    for (const edit of sorted) {
        if (edit.start < at)
            throw new Error(`overlapping edits at offset ${edit.start}`);
        out += text.slice(at, edit.start) + edit.text;
        at = edit.end;
    }
    return out + text.slice(at);
}
function lineStart(text, offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
}
/** The offset of the line's `\n` (or the end of the text). */
function lineEnd(text, offset) {
    const end = text.indexOf('\n', offset);
    return end === -1 ? text.length : end;
}
/** The whitespace that starts the line of `offset`. */
function indentAt(text, offset) {
    const start = lineStart(text, offset);
    return /^[ \t]*/.exec(text.slice(start, offset))?.[0] ?? '';
}
const TRAILER = /^[ \t]*(,[ \t]*)?((#|\/\/).*|\/\*.*\*\/[ \t]*)?\r?$/;
const COMMENT_LINE = /^[ \t]*(#|\/\/|\/\*.*\*\/[ \t]*\r?$)/;
const BLANK_LINE = /^[ \t]*\r?$/;
/** Whether [start, end) stands alone on its lines (an optional comma and comment may follow). */
function aloneOnLines(text, span) {
    const before = text.slice(lineStart(text, span.start), span.start);
    const after = text.slice(span.end, lineEnd(text, span.end));
    return /^[ \t]*$/.test(before) && TRAILER.test(after);
}
/** The whole lines of a span, with the comment lines right above it (they are about it). */
function linesWithComments(text, span) {
    let start = lineStart(text, span.start);
    while (start > 0) {
        const previous = lineStart(text, start - 1);
        if (!COMMENT_LINE.test(text.slice(previous, start - 1)))
            break;
        start = previous;
    }
    const end = lineEnd(text, span.end);
    return { start, end: end < text.length ? end + 1 : end };
}
/**
 * Deletes whole lines, and one of the blank lines around them when deleting would leave two blank
 * lines together, or a blank line right after `{` or right before `}`.
 */
function deleteLines(text, lines) {
    let { start, end } = lines;
    const previousStart = start > 0 ? lineStart(text, start - 1) : -1;
    const previous = previousStart >= 0 ? text.slice(previousStart, start - 1) : undefined;
    const nextEnd = end < text.length ? lineEnd(text, end) : end;
    const next = end < text.length ? text.slice(end, nextEnd) : undefined;
    const previousBlank = previous !== undefined && BLANK_LINE.test(previous);
    const nextBlank = next !== undefined && BLANK_LINE.test(next);
    const opens = previous === undefined || /\{[ \t]*\r?$/.test(previous);
    const closes = next === undefined || /^[ \t]*\}/.test(next);
    if ((previousBlank && nextBlank) || (opens && nextBlank))
        end = Math.min(text.length, nextEnd + 1);
    else if (previousBlank && closes)
        start = previousStart;
    return { start, end, text: '' };
}
/** Deletes an attribute: its lines and comments when it stands alone, else just its text. */
function deleteAttribute(text, attr) {
    if (aloneOnLines(text, attr))
        return deleteLines(text, linesWithComments(text, attr));
    let end = attr.end;
    while (text[end] === ' ' || text[end] === '\t')
        end++;
    return { start: attr.start, end, text: '' };
}
/** `name = value` written so that its `=` stands where the model attribute's does, when it fits. */
function attributeText(model, name, value) {
    const column = model.equals - model.start;
    const gap = column > name.length ? ' '.repeat(column - name.length) : ' ';
    return `${name}${gap}= ${value}`;
}
/** Renames an attribute in place and gives it a new value (the rest of its line is kept). */
function renameAttribute(attr, name, value) {
    return { start: attr.start, end: attr.value.end, text: attributeText(attr, name, value) };
}
/** Inserts a new attribute on the line after `anchor`, at its indentation. */
function insertAttributeAfter(text, anchor, name, value) {
    const at = lineEnd(text, anchor.value.end);
    const eol = text[at - 1] === '\r' ? '\r' : '';
    return {
        start: at - eol.length,
        end: at - eol.length,
        text: `${eol}\n${indentAt(text, anchor.start)}${attributeText(anchor, name, value)}`,
    };
}
/**
 * Rewrites a list: each element kept or replaced (in place, so a CIDR split into several stays
 * where it was), and `appended` added at the end. A list written one element per line stays so.
 */
function editTuple(text, tuple, fates, appended) {
    const elements = tuple.elements;
    if (fates.every((f) => 'keep' in f) && appended.length === 0)
        return undefined;
    if (tuple.multiline && elements.length > 0 && elements.every((e) => aloneOnLines(text, e)))
        return editLinedTuple(text, tuple, fates, appended);
    const items = elements.flatMap((e, i) => {
        const fate = fates[i] ?? { keep: true };
        return 'keep' in fate ? [e.text] : fate.replace;
    });
    items.push(...appended);
    const first = elements[0];
    const last = elements.at(-1);
    const second = elements[1];
    const head = first ? text.slice(tuple.start + 1, first.start) : '';
    const tail = last ? text.slice(last.end, tuple.end - 1) : '';
    const separator = first && second ? text.slice(first.end, second.start) : ', ';
    const inner = items.length > 0 ? head + items.join(separator) + tail : '';
    return { start: tuple.start, end: tuple.end, text: `[${inner}]` };
}
function editLinedTuple(text, tuple, fates, appended) {
    const elements = tuple.elements;
    const lines = elements.map((e) => {
        const start = lineStart(text, e.start);
        const end = lineEnd(text, e.end);
        const after = text.slice(e.end, end).replace(/\r$/, '');
        return { element: e, start, end, indent: text.slice(start, e.start), after };
    });
    const eol = newline(text);
    const trailingComma = /^[ \t]*,/.test(lines.at(-1)?.after ?? '');
    const out = [];
    // The lines between elements (comments, blank lines) stay, after whatever precedes them.
    let leadingGap = '';
    lines.forEach((line, i) => {
        const gap = i + 1 < lines.length ? text.slice(line.end + 1, lines[i + 1].start) : '';
        const fate = fates[i] ?? { keep: true };
        const rest = line.after.replace(/^[ \t]*,?/, '');
        const items = 'keep' in fate ? [line.element.text] : fate.replace;
        items.forEach((item, j) => out.push({
            item,
            indent: line.indent,
            after: j === 0 ? rest : '',
            gapAfter: j === items.length - 1 ? gap : '',
        }));
        const previous = out.at(-1);
        if (items.length > 0)
            return;
        if (previous)
            previous.gapAfter += gap;
        else
            leadingGap += gap;
    });
    const indent = lines.at(-1)?.indent ?? '';
    for (const item of appended)
        out.push({ item, indent, after: '', gapAfter: '' });
    const body = out
        .map((o, i) => {
        const comma = i < out.length - 1 || trailingComma ? ',' : '';
        return `${o.indent}${o.item}${comma}${o.after}${eol}${o.gapAfter}`;
    })
        .join('');
    const first = lines[0];
    const last = lines.at(-1);
    return { start: first.start, end: last.end + 1, text: leadingGap + body };
}
/** The file's line break: CRLF when it has any, else LF. */
function newline(text) {
    return text.includes('\r\n') ? '\r\n' : '\n';
}
/** A string literal in HCL (the values written here are CIDRs and ids: no `${` to escape). */
function quote(value) {
    return JSON.stringify(value);
}

;// CONCATENATED MODULE: ./src/iac/terraform/render.ts



/**
 * The edits that make the site's definition say `unit`. `original` is false for a copy: then
 * the peers the code does not spell out are dropped rather than kept.
 */
function renderUnit(site, unit, context, original) {
    const text = site.file.text;
    const block = site.block;
    const edits = [];
    const protocolName = site.kind === 'vpc-rule' ? 'ip_protocol' : 'protocol';
    const protocolAttr = (0,syntax/* attribute */.lt)(block, protocolName);
    if (protocolAttr && site.protocol !== unit.protocol)
        edits.push(replaceValue(protocolAttr.value, unit.protocol === 'all' ? '-1' : unit.protocol, true));
    const portAttrs = ['from_port', 'to_port'].map((name) => (0,syntax/* attribute */.lt)(block, name));
    const ports = [unit.fromPort, unit.toPort];
    if (site.kind === 'vpc-rule' && unit.protocol === 'all') {
        for (const attr of portAttrs)
            if (attr)
                edits.push(deleteAttribute(text, attr));
    }
    else {
        portAttrs.forEach((attr, i) => {
            const port = ports[i] ?? 0;
            if (attr && (0,syntax/* numberValue */.Vg)(attr.value) !== port)
                edits.push(replaceValue(attr.value, String(port), attr.value.kind === 'string'));
            else if (!attr && protocolAttr)
                edits.push(insertAttributeAfter(text, protocolAttr, i === 0 ? 'from_port' : 'to_port', String(port)));
        });
    }
    edits.push(...renderPeers(site, unit, context, original));
    return edits;
}
function replaceValue(value, text, quoted) {
    return { start: value.start, end: value.end, text: quoted ? quote(text) : text };
}
/** The attribute a peer is written in, and its value as code. */
function written(site, peer, context) {
    const names = terraform_sites/* PEER_ATTRIBUTES */.Nf[site.kind];
    if ('cidr' in peer)
        return { name: peer.cidr.includes(':') ? names.cidr6 : names.cidr4, value: quote(peer.cidr) };
    if ('prefixListId' in peer)
        return { name: names.prefixList, value: quote(peer.prefixListId) };
    if (peer.groupId === context.ownGroupId && site.kind !== 'vpc-rule')
        return { name: 'self', value: 'true' };
    const resource = peer.groupId === context.ownGroupId ? context.ownResource : context.resourceFor(peer.groupId);
    return { name: names.group, value: resource ? `aws_security_group.${resource}.id` : quote(peer.groupId) };
}
/** Whether the attribute holds a list in this kind of site. */
function isList(site, name) {
    if (name === 'self')
        return false;
    if (site.kind === 'inline')
        return true;
    return site.kind === 'rule' && name !== terraform_sites/* PEER_ATTRIBUTES */.Nf.rule.group;
}
function renderPeers(site, unit, context, original) {
    const text = site.file.text;
    const names = new Set([...Object.values(terraform_sites/* PEER_ATTRIBUTES */.Nf[site.kind]), 'self']);
    const kept = new Set(unit.kept);
    const added = unit.added.map((a) => ({ ...a, ...written(site, a.peer, context), placed: false }));
    const edits = [];
    const emptied = [];
    const sitePeers = (attr) => site.peers.filter((p) => p.attribute === attr);
    // Replacements of `peer` that go to the attribute `name` (where it was).
    const replacing = (peer, name) => added.filter((a) => !a.placed && a.replaces === peer && a.name === name);
    for (const attr of site.block.attributes) {
        if (!names.has(attr.name) || (attr.name === 'self' && site.kind === 'vpc-rule'))
            continue;
        const peers = sitePeers(attr);
        if (attr.value.kind === 'tuple') {
            let remaining = 0;
            const fates = attr.value.elements.map((element) => {
                const peer = peers.find((p) => p.element === element);
                if (peer ? kept.has(peer) : original && unit.keepsUnknown) {
                    remaining++;
                    return { keep: true };
                }
                const values = replacing(peer, attr.name);
                for (const a of values)
                    a.placed = true;
                remaining += values.length;
                return { replace: values.map((a) => a.value) };
            });
            const appended = added.filter((a) => !a.placed && a.name === attr.name);
            for (const a of appended)
                a.placed = true;
            if (remaining + appended.length === 0)
                emptied.push(attr);
            else {
                const edit = editTuple(text, attr.value, fates, appended.map((a) => a.value));
                if (edit)
                    edits.push(edit);
            }
            continue;
        }
        const [peer] = peers;
        if (peer ? kept.has(peer) : original && unit.keepsUnknown)
            continue;
        if (attr.name === 'self') {
            const self = added.find((a) => !a.placed && a.name === 'self');
            if (self)
                self.placed = true;
            else
                emptied.push(attr);
            continue;
        }
        const [value] = replacing(peer, attr.name);
        if (value) {
            value.placed = true;
            if (value.value !== attr.value.text)
                edits.push({ start: attr.value.start, end: attr.value.end, text: value.value });
        }
        else
            emptied.push(attr);
    }
    // Peers whose attribute the definition does not have yet: take an emptied attribute's place
    // (a CIDR that becomes a group reference stays on its line), or follow the last peer attribute.
    const missing = [...new Set(added.filter((a) => !a.placed).map((a) => a.name))];
    for (const name of missing) {
        const values = added.filter((a) => a.name === name).map((a) => a.value);
        const value = isList(site, name) ? `[${values.join(', ')}]` : (values[0] ?? '');
        const place = emptied.shift();
        if (place)
            edits.push(renameAttribute(place, name, value));
        else
            edits.push(insertAttributeAfter(text, anchorOf(site), name, value));
    }
    for (const attr of emptied)
        edits.push(deleteAttribute(text, attr));
    return edits;
}
/** The attribute a new peer attribute follows: the last peer attribute, else the ports. */
function anchorOf(site) {
    const attributes = site.block.attributes;
    const names = new Set([...Object.values(terraform_sites/* PEER_ATTRIBUTES */.Nf[site.kind]), 'self']);
    const anchor = attributes.filter((a) => names.has(a.name)).at(-1) ??
        (0,syntax/* attribute */.lt)(site.block, 'to_port') ??
        (0,syntax/* attribute */.lt)(site.block, site.kind === 'vpc-rule' ? 'ip_protocol' : 'protocol') ??
        attributes.at(-1);
    if (!anchor)
        throw new Error(`${site.file.file}:${site.block.line}: a rule without attributes`);
    return anchor;
}

;// CONCATENATED MODULE: ./src/iac/terraform/terraform.ts









/** Edits the Terraform files of `repoDir` so that they say the proposed rules. */
async function editTerraform(input) {
    const parser = await (0,parse/* loadHclParser */.pV)(input.grammar);
    const files = input.files ?? (await (0,terraform_files/* listTerraformFiles */.cc)(input.repoDir));
    const tree = await (0,terraform_files/* readTerraformTree */.x3)(input.repoDir, files, parser);
    const { groups, sites } = (0,terraform_sites/* collectSites */.b4)(tree.files);
    const state = input.state === undefined ? undefined : readState(input.state);
    const names = [
        ...(input.groups ?? []).map((g) => [g.groupId, g.groupName]),
        ...input.changes.map((c) => [c.rule.groupId, c.rule.groupName]),
    ];
    const directory = new GroupDirectory(tree, groups, state, names, input.stateRoot);
    const result = {
        edits: [],
        manual: [],
        located: new Map(),
        outcomes: new Map(),
        unparsed: tree.unparsed,
    };
    const bySite = new Map();
    for (const change of input.changes) {
        const found = locateChange(change, sites, tree, directory, state);
        const id = change.rule.ruleId;
        if (found.status === 'found') {
            const list = bySite.get(found.site) ?? [];
            list.push({ change, peer: found.peer });
            bySite.set(found.site, list);
            result.located.set(id, siteLocation(found.site));
            continue;
        }
        if (found.location && found.status !== 'not-found')
            result.located.set(id, found.location);
        if (found.status === 'manual')
            addManual(result, change, found.why, found.location);
        else if (found.status === 'not-found' && tree.unparsed.length > 0)
            result.outcomes.set(id, {
                ...found,
                why: `${found.why} (files skipped because they do not parse: ${tree.unparsed.join(', ')})`,
            });
        else
            result.outcomes.set(id, found);
    }
    const fileEdits = planEdits(bySite, groups, sites, directory, tree, result);
    writeEdits(fileEdits, parser, result);
    return result;
}
function addManual(result, change, why, location) {
    const manual = { change, why, ...(location ? { location } : {}) };
    result.manual.push(manual);
    result.outcomes.set(change.rule.ruleId, { status: 'manual', why, ...(location ? { location } : {}) });
}
function planEdits(bySite, groups, sites, directory, tree, result) {
    const files = new Map();
    const usedNames = new Set(tree.files.flatMap((f) => f.blocks.filter((b) => b.type === 'resource').map((b) => `${f.dir}|${b.labels.join('.')}`)));
    const deleted = new Set();
    for (const [site, changes] of bySite) {
        const ownGroupId = changes[0].change.rule.groupId;
        const context = renderContext(site, ownGroupId, directory);
        const peerOf = (peer) => writtenPeer(peer, ownGroupId, site.file.dir, directory);
        const duplicate = changes.find((c, i) => changes.findIndex((d) => d.peer === c.peer) !== i);
        if (duplicate) {
            for (const c of changes)
                addManual(result, c.change, 'two changes name the same written rule', siteLocation(site));
            continue;
        }
        try {
            const plan = planSite(site, changes, ownGroupId, peerOf);
            const edits = [];
            if (plan.kind === 'delete') {
                deleted.add(site);
                edits.push(deleteLines(site.file.text, linesWithComments(site.file.text, site.block)));
            }
            else {
                edits.push(...renderUnit(site, plan.original, context, true));
                for (const copy of plan.copies)
                    edits.push(copyEdit(site, renderUnit(site, copy, context, false), usedNames));
            }
            const pending = files.get(site.file.file) ?? { text: site.file.text, edits: [], changes: [] };
            pending.edits.push(...edits);
            pending.changes.push(...changes);
            files.set(site.file.file, pending);
        }
        catch (error) {
            const why = `this definition could not be edited safely (${error instanceof Error ? error.message : String(error)})`;
            for (const c of changes)
                addManual(result, c.change, why, siteLocation(site));
        }
    }
    emptyInlineLists(deleted, groups, sites, directory, files);
    return files;
}
/**
 * A group left with no `ingress` (or `egress`) block is not a group without such rules: Terraform
 * then leaves whatever rules exist alone. `ingress = []` is what removes the last one.
 */
function emptyInlineLists(deleted, groups, sites, directory, files) {
    for (const group of groups) {
        if (sites.some((s) => s.kind !== 'inline' && directory.owns(group, s)))
            continue;
        for (const direction of ['ingress', 'egress']) {
            const own = sites.filter((s) => s.resource === group.block && s.direction === direction);
            if (own.length === 0 || !own.every((s) => deleted.has(s)))
                continue;
            const first = own[0];
            const text = first.file.text;
            const lines = linesWithComments(text, first.block);
            const pending = files.get(first.file.file);
            const index = pending?.edits.findIndex((e) => e.start <= lines.start && e.end >= lines.end) ?? -1;
            if (!pending || index === -1)
                continue;
            pending.edits[index] = {
                start: lines.start,
                end: lines.end,
                text: `${indentAt(text, first.block.start)}${direction} = []${newline(text)}`,
            };
        }
    }
}
function renderContext(site, ownGroupId, directory) {
    const dir = site.file.dir;
    const ownResource = site.group.kind === 'resource' && site.group.dir === dir
        ? site.group.name
        : directory.resourceIn(dir, ownGroupId);
    return { ownGroupId, ownResource, resourceFor: (id) => directory.resourceIn(dir, id) };
}
function writtenPeer(peer, ownGroupId, dir, directory) {
    if (peer.kind === 'cidr')
        return { cidr: peer.literal ?? '' };
    if (peer.kind === 'prefixList')
        return { prefixListId: peer.literal ?? '' };
    if (peer.kind === 'self')
        return { groupId: ownGroupId };
    const id = peer.literal ?? (peer.ref === undefined ? undefined : directory.idOf(dir, peer.ref));
    return { groupId: id ?? `aws_security_group.${peer.ref ?? ''}` };
}
/** A copy of the site's definition with `edits`, placed right after it at the same indentation. */
function copyEdit(site, edits, usedNames) {
    const text = site.file.text;
    const block = site.block;
    const local = edits.map((e) => ({ ...e, start: e.start - block.start, end: e.end - block.start }));
    const eol = newline(text);
    let separator = `${eol}${indentAt(text, block.start)}`;
    if (site.kind === 'inline') {
        const above = linesWithComments(text, block).start;
        if (above > 0 && /^[ \t]*\r?$/.test(text.slice(lineStart(text, above - 1), above - 1)))
            separator = `${eol}${separator}`;
    }
    else {
        const [type = '', name = ''] = block.labels;
        let n = 2;
        while (usedNames.has(`${site.file.dir}|${type}.${name}_${n}`))
            n++;
        usedNames.add(`${site.file.dir}|${type}.${name}_${n}`);
        const label = block.labelSpans[1];
        if (label)
            local.push({
                start: label.start - block.start,
                end: label.end - block.start,
                text: quote(`${name}_${n}`),
            });
        separator = `${eol}${separator}`;
    }
    // Comment lines inside the copy were written about the original ("every port, for now").
    const copy = applyEdits(text.slice(block.start, block.end), local)
        .split('\n')
        .filter((line) => !/^[ \t]*(#|\/\/)/.test(line))
        .join('\n');
    return { start: block.end, end: block.end, text: separator + copy };
}
function writeEdits(files, parser, result) {
    for (const [file, pending] of [...files].sort((a, b) => a[0].localeCompare(b[0]))) {
        let after;
        try {
            after = applyEdits(pending.text, pending.edits);
        }
        catch (error) {
            const why = `the edits of this file collide (${error instanceof Error ? error.message : String(error)})`;
            for (const c of pending.changes)
                addManual(result, c.change, why, result.located.get(c.change.rule.ruleId));
            continue;
        }
        if (parser.parse(file, after).hasError) {
            for (const c of pending.changes)
                addManual(result, c.change, 'the edited file would not parse', result.located.get(c.change.rule.ruleId));
            continue;
        }
        if (after === pending.text) {
            for (const c of pending.changes) {
                const location = result.located.get(c.change.rule.ruleId);
                if (location)
                    result.outcomes.set(c.change.rule.ruleId, { status: 'already-applied', location });
            }
            continue;
        }
        const edit = {
            file,
            before: pending.text,
            after,
            ruleIds: [...new Set(pending.changes.map((c) => c.change.rule.ruleId))].sort(),
        };
        result.edits.push(edit);
        for (const c of pending.changes) {
            const location = result.located.get(c.change.rule.ruleId);
            if (location)
                result.outcomes.set(c.change.rule.ruleId, { status: 'edited', location });
        }
    }
}

;// CONCATENATED MODULE: ./src/commands/propose/sources.ts
/**
 * Carries the changes into the code that defines the rules, in order: Terraform, then
 * CloudFormation, then the exported YAML snapshot. A rule found by one source is not looked for
 * in the next; a rule found in none is reported as such (export the groups to get a file for it).
 */







async function proposeEdits(changes, options) {
    const repoDir = (0,external_node_path_.resolve)(options.repoDir);
    const out = { edits: [], manual: [], located: new Map(), notFound: [] };
    let remaining = [...changes];
    const take = (source, result, prefix = '') => {
        for (const edit of result.edits)
            out.edits.push({ ...edit, file: (0,external_node_path_.join)(prefix, edit.file).split('\\').join('/') });
        for (const manual of result.manual)
            out.manual.push({
                ...manual,
                source,
                ...(manual.location
                    ? { location: { ...manual.location, file: (0,external_node_path_.join)(prefix, manual.location.file) } }
                    : {}),
            });
        for (const [id, where] of result.located)
            out.located.set(id, { ...where, file: (0,external_node_path_.join)(prefix, where.file).split('\\').join('/'), source });
        remaining = remaining.filter((c) => !result.located.has(c.rule.ruleId));
    };
    const terraformRoot = options.terraformDir ? (0,external_node_path_.resolve)(repoDir, options.terraformDir) : repoDir;
    insideRepo(repoDir, terraformRoot, '--terraform-dir');
    if (remaining.length > 0) {
        const state = options.terraformState
            ? await readJsonFile(options.terraformState, '--terraform-state')
            : undefined;
        const result = await editTerraform({
            repoDir: terraformRoot,
            changes: remaining,
            groups: options.groups,
            ...(state !== undefined ? { state } : {}),
        });
        take('terraform', result, (0,external_node_path_.relative)(repoDir, terraformRoot));
    }
    if (remaining.length > 0) {
        const stackResources = options.cloudformationStack
            ? await readStackResources(options.cloudformationStack)
            : undefined;
        const result = await editCloudFormation({
            repoDir,
            changes: remaining,
            groupNames: new Map(options.groups.map((g) => [g.groupId, g.groupName])),
            ...(stackResources ? { stackResources } : {}),
        });
        take('cloudformation', result);
    }
    if (remaining.length > 0)
        take('snapshot', await editSnapshot({ repoDir, changes: remaining }));
    out.notFound = remaining;
    out.edits.sort((a, b) => a.file.localeCompare(b.file));
    return out;
}
/** Writes the edited files into the working tree. */
async function sources_writeEdits(repoDir, edits) {
    for (const edit of edits)
        await (0,promises_.writeFile)((0,external_node_path_.join)(repoDir, edit.file), edit.after);
}
function insideRepo(repoDir, dir, flag) {
    const rel = (0,external_node_path_.relative)(repoDir, dir);
    if (rel.startsWith('..') || (0,external_node_path_.resolve)(repoDir, rel) !== dir)
        throw new errors/* ConfigurationError */.j1(`${flag}: ${dir} is not inside --repo-dir ${repoDir}`);
}
async function readJsonFile(path, flag) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j1(`${flag}: ${path}: ${e.code === 'ENOENT' ? 'not found' : e.message}`);
    }
    try {
        return JSON.parse(text);
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j1(`${flag}: ${path}: not valid JSON (${e.message})`);
    }
}

;// CONCATENATED MODULE: ./src/commands/propose/propose.ts
/**
 * The propose step, usable alone: analyse, turn the proposals into edits of the code that
 * defines the rules, write them into the working tree, and commit-ready files for a pull request.
 * It needs no GitHub; the Action's `mode: propose` adds the pull request (src/main.ts).
 */







/** Runs the analysis and proposes its changes in `repoDir`. */
async function propose(inputs, options) {
    const { report } = await runAnalysis(inputs);
    return proposeFromReport(report, options);
}
/** Proposes a report's changes in `repoDir`, writing the edited files and the report file. */
async function proposeFromReport(report, options) {
    const repoDir = (0,external_node_path_.resolve)(options.repoDir);
    const changes = changesFromReport(report);
    const groups = [...new Map(report.rules.map((r) => [r.groupId, r.groupName]))].map(([groupId, groupName]) => ({
        groupId,
        groupName,
    }));
    const edits = await proposeEdits(changes, { ...options, repoDir, groups });
    await sources_writeEdits(repoDir, edits.edits);
    const sections = proposalSections(report, changes, edits);
    const files = edits.edits.map((e) => ({ path: e.file, content: e.after }));
    const reportPath = (0,external_node_path_.join)(repoDir, options.reportFile);
    // The report goes with edits or hand changes only: with nothing to propose there is no pull
    // request, and a stale report from an earlier run is taken away.
    if (edits.edits.length > 0 || edits.manual.length > 0) {
        const content = sections.join('\n\n') + '\n';
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(reportPath), { recursive: true });
        await (0,promises_.writeFile)(reportPath, content);
        files.push({ path: options.reportFile.split('\\').join('/'), content });
    }
    else {
        await (0,promises_.rm)(reportPath, { force: true });
    }
    return { report, changes, edits, sections, files };
}
/** What the step did, in a few lines for a terminal or a log. */
function proposeSummary(outcome, reportFile) {
    const { changes, edits } = outcome;
    const lines = [];
    const editedIds = new Set(edits.edits.flatMap((e) => e.ruleIds));
    lines.push(`${changes.length} rule change(s) proposed; ${editedIds.size} edited in ${edits.edits.length} file(s), ${edits.manual.length} to change by hand, ${edits.notFound.length} not found in code.`);
    for (const edit of edits.edits)
        lines.push(`  edited ${edit.file}: ${edit.ruleIds.join(', ')}`);
    for (const manual of edits.manual)
        lines.push(`  by hand ${manual.location ? `${manual.location.file}:${manual.location.line}` : manual.change.rule.ruleId}: ${manual.change.rule.ruleId}: ${manual.why}`);
    for (const change of edits.notFound)
        lines.push(`  not in code: ${change.rule.ruleId} (${change.rule.groupId})`);
    if (outcome.files.some((f) => f.path === reportFile.split('\\').join('/')))
        lines.push(`  report: ${reportFile}`);
    return lines.join('\n') + '\n';
}
/** Reads a file of the working tree, or undefined (for comparing with the base). */
async function readTreeFile(repoDir, path) {
    try {
        return await readFile(join(repoDir, path), 'utf8');
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/commands/propose/action.ts
/**
 * The Action's `mode: propose`: the propose step on the checked-out workspace, then one pull
 * request on a fixed branch, created, updated, or closed when nothing is left to propose.
 */








async function proposeInAction(report, inputs) {
    (0,events/* refuseOnPullRequests */.T)('propose', 'schedule, workflow_dispatch or push to the default branch (mode review is for pull requests)');
    if (inputs.githubToken === '')
        throw new errors/* ConfigurationError */.j1('input github-token: needed to open the pull request');
    const [owner, repo] = (process.env['GITHUB_REPOSITORY'] ?? '').split('/');
    if (!owner || !repo)
        throw new errors/* ConfigurationError */.j1('GITHUB_REPOSITORY is not set: mode propose runs in a workflow');
    const outcome = await proposeFromReport(report, {
        repoDir: inputs.repoDir,
        terraformDir: inputs.terraformDir,
        terraformState: inputs.terraformState,
        cloudformationStack: inputs.cloudformationStack,
        reportFile: inputs.reportFile,
    });
    core/* info */.pq((0,report_escape/* logText */.kc)(proposeSummary(outcome, inputs.reportFile)));
    const ref = process.env['GITHUB_REF'] ?? '';
    const base = inputs.base ?? (ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined);
    const result = await syncProposalPullRequest({
        client: (0,client/* createGitHubClient */.L)({ token: inputs.githubToken, warn: (message) => core/* warning */.$e(message) }),
        owner,
        repo,
        base,
        branch: inputs.branch,
        files: outcome.files,
        commitMessage: `Narrow security-group rules to the traffic of ${report.window.start?.slice(0, 10) ?? ''} to ${report.window.end?.slice(0, 10) ?? ''}`,
        title: `sg-flow-audit: ${outcome.changes.length} security-group rule change(s) from the flow logs`,
        body: pullRequestBody(outcome.sections, inputs.reportFile),
        labels: inputs.labels,
        reviewers: inputs.reviewers,
        teamReviewers: inputs.teamReviewers,
    });
    core/* setOutput */.uH('pull-request-operation', result.operation);
    core/* setOutput */.uH('pull-request-number', result.number ?? '');
    core/* setOutput */.uH('pull-request-url', result.url ?? '');
    core/* info */.pq(`sg-flow-audit: pull request ${result.operation}${result.url ? `: ${result.url}` : ''}`);
}


/***/ }),

/***/ 4254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ refuseOnPullRequests)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * The events a mode that writes (to the repository or to AWS) refuses: on a pull request, its
 * author would choose what is written.
 */

/** Throws when the workflow runs on `pull_request` or `pull_request_target`; `runOn` says where to run instead. */
function refuseOnPullRequests(mode, runOn, env = process.env) {
    const event = env['GITHUB_EVENT_NAME'] ?? '';
    if (event === 'pull_request' || event === 'pull_request_target')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`mode ${mode} does not run on ${event}: run it on ${runOn}`);
}


/***/ })

};
