/** Where the full proposal is written, inside the repository, unless told otherwise. */
export const DEFAULT_REPORT_FILE = '.sg-flow-audit/proposals.md';
