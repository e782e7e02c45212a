/**
 * One report, in the format asked for.
 */
import type { OutputFormat } from '../cli-args.js';
import { VERSION } from '../version.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html/page.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';
import type { Report } from './types.js';

export interface RenderOptions {
  color?: boolean;
  /** Where the full JSON report is, for "N more in the report" lines. */
  reportPath?: string | undefined;
  /**
   * Where the JSON report is, for the HTML page's "N more … in the JSON report" lines. Not
   * `reportPath`: with `--format html --output FILE` that is the HTML file itself.
   */
  jsonReportPath?: string | undefined;
}

export function renderReport(report: Report, format: OutputFormat, options: RenderOptions = {}): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'text':
      return ensureNewline(renderText(report, { color: options.color ?? false }));
    case 'markdown':
      return ensureNewline(
        renderMarkdown(report, options.reportPath ? { reportPath: options.reportPath } : {}),
      );
    case 'sarif':
      return `${JSON.stringify(renderSarif(report, { toolVersion: VERSION }), null, 2)}\n`;
    case 'html':
      return renderHtml(report, options.jsonReportPath ? { jsonReportPath: options.jsonReportPath } : {});
    case 'csv':
      return renderCsv(report);
  }
}

function ensureNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
