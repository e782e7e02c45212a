/**
 * One report, in the format asked for.
 */
import type { OutputFormat } from '../cli-args.js';
import { renderText } from './text.js';
import type { Report } from './types.js';

export interface RenderOptions {
  color?: boolean;
  reportPath?: string | undefined;
}

export function renderReport(report: Report, format: OutputFormat, options: RenderOptions = {}): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'text':
      return renderText(report, { color: options.color ?? false });
    default:
      throw new Error(`format ${format} not wired yet`);
  }
}
