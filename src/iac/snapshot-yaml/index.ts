/** The exported snapshot of security groups as YAML files, and edits of it (see export.ts, edit.ts). */
export { editSnapshot } from './edit.js';
export {
  EXPORT_MARKER,
  exportFileName,
  exportGroups,
  parseGroupFile,
  readExportedGroups,
  renderGroupFile,
  type ExportResult,
} from './export.js';
