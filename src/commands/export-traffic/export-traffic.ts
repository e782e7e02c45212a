/**
 * The run of `export-traffic`: the analysis, then the report's CSV files written into one folder
 * (see report/traffic-csv.ts), and a summary that says which lists were cut.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunInputs } from '../../cli-args.js';
import { ConfigurationError, errorMessage } from '../../errors.js';
import { LIST_FILES, trafficCsvFiles, type CsvFile } from '../../report/traffic-csv.js';
import type { Report, TrafficListName } from '../../report/types.js';
import { runAnalysis } from '../run-analysis.js';

/** What was written, for the summary line. */
export interface ExportOutcome {
  dir: string;
  files: CsvFile[];
  report: Report;
}

/** Runs the analysis and writes its CSV files into `dir` (made when missing; files replaced). */
export async function exportTraffic(inputs: RunInputs, dir: string): Promise<ExportOutcome> {
  // Refused before the analysis, which can take minutes, rather than after it.
  await refuseNonFolder(dir);
  const { report } = await runAnalysis(inputs);
  const files = trafficCsvFiles(report);
  try {
    await mkdir(dir, { recursive: true });
    for (const file of files) await writeFile(join(dir, file.name), file.text);
  } catch (e) {
    throw new ConfigurationError(`--out: cannot write to ${dir}: ${errorMessage(e)}`);
  }
  return { dir, files, report };
}

async function refuseNonFolder(dir: string): Promise<void> {
  const found = await stat(dir).catch(() => undefined);
  if (found !== undefined && !found.isDirectory())
    throw new ConfigurationError(`--out: ${dir} is a file, not a folder`);
}

/**
 * `wrote 10 CSV files to DIR`, then a line per list that does not hold every row: the busiest
 * N of how many, or that a table stopped taking new addresses at its bound.
 */
export function exportSummary(outcome: ExportOutcome): string {
  const lines = [`wrote ${outcome.files.length} CSV files to ${outcome.dir}`];
  const { lists, listLimit } = outcome.report.traffic;
  for (const [name, extent] of Object.entries(lists ?? {}) as [
    TrafficListName,
    { rows: number; complete: boolean },
  ][]) {
    if (extent.complete) continue;
    lines.push(
      extent.rows > (listLimit ?? 0)
        ? `  ${LIST_FILES[name]}: the busiest ${listLimit ?? 0} of ${extent.rows} rows`
        : `  ${LIST_FILES[name]}: the address table was full, so addresses seen after that are missing`,
    );
  }
  return `${lines.join('\n')}\n`;
}
