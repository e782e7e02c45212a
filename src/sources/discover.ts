/**
 * Turns `--flow-logs` arguments (files, directories, globs) into the list of log files to read.
 * Directories are walked recursively, so an S3-layout tree (`AWSLogs/{account}/vpcflowlogs/…` or
 * the Hive-compatible `aws-account-id=…/aws-service=vpcflowlogs/…`) works as downloaded.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, isAbsolute, join } from 'node:path';
import { glob } from 'tinyglobby';

const LOG_FILE = /\.(log|txt|log\.gz|txt\.gz|gz|parquet)$/i;

export interface DiscoveredFiles {
  files: string[];
  /** Arguments that named nothing readable, with why. */
  missing: { path: string; message: string }[];
}

/** Whether a file name looks like a flow-log file we can read. */
export function isLogFile(name: string): boolean {
  return LOG_FILE.test(name) && !name.startsWith('.');
}

export async function discoverFiles(paths: readonly string[]): Promise<DiscoveredFiles> {
  const files = new Set<string>();
  const missing: DiscoveredFiles['missing'] = [];
  for (const path of paths) {
    if (/[*?[{]/.test(path)) {
      // Filter on the file name: a match can start with '../' (or be absolute), which is not a hidden file.
      const found = await glob(path, { absolute: isAbsolute(path), onlyFiles: true, dot: false });
      const matches = found.filter((m) => isLogFile(basename(m)));
      if (matches.length === 0) missing.push({ path, message: 'no flow-log files match this pattern' });
      matches.sort().forEach((m) => files.add(m));
      continue;
    }
    const info = await stat(path).catch((e: NodeJS.ErrnoException) => e);
    if (info instanceof Error) {
      missing.push({ path, message: info.code === 'ENOENT' ? 'no such file or directory' : info.message });
    } else if (info.isDirectory()) {
      const before = files.size;
      for (const f of await walk(path)) files.add(f);
      if (files.size === before)
        missing.push({ path, message: 'no .log, .log.gz, .txt or .parquet files in it' });
    } else {
      files.add(path);
    }
  }
  return { files: [...files], missing };
}

/**
 * The log files below a directory, in name order. Symbolic links are followed (logs are often
 * linked or mounted in), each real directory read once, so that a link cycle ends.
 */
async function walk(dir: string, seen = new Set<string>()): Promise<string[]> {
  const real = await realpath(dir);
  if (seen.has(real)) return [];
  seen.add(real);
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = join(dir, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      // A dangling link is neither.
      const target = await stat(full).catch(() => undefined);
      isDirectory = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
    }
    if (isDirectory) out.push(...(await walk(full, seen)));
    else if (isFile && isLogFile(entry.name)) out.push(full);
  }
  return out;
}

/**
 * The date an S3 key or path says its records are from, for choosing files in a lookback window:
 * `…/2026/11/19/…` (optionally `/HH/`) or Hive's `year=2026/month=11/day=19/hour=05`.
 */
export function partitionDate(key: string): Date | undefined {
  const hive = /year=(\d{4})\/month=(\d{1,2})\/day=(\d{1,2})(?:\/hour=(\d{1,2}))?/.exec(key);
  const plain = /\/(\d{4})\/(\d{2})\/(\d{2})(?:\/(\d{2}))?\//.exec(key);
  const m = hive ?? plain;
  if (!m) return undefined;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0)));
}
