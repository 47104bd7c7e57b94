/** Own your data: export (JSON, CSV), import, and deletion of the history. */
export { exportJson, exportFileName, type ExportJsonOptions } from './export-json';
export {
  exportPostCsv,
  exportProfileCsv,
  csvFileName,
  postCsvHeaders,
  profileCsvHeaders,
  type CsvLanguage,
  type ExportCsvOptions,
} from './export-csv';
export {
  importDocument,
  readExportFile,
  MAX_IMPORT_BYTES,
  type ImportCounts,
  type ImportError,
  type ImportErrorCode,
  type ImportOptions,
  type ImportResult,
  type Validated,
  type LocalizedText,
} from './import';
export { deleteAllData, deleteNetworkData, type DeletedNetworkData } from './delete';
export { EXPORT_FORMAT, EXPORT_VERSION, ExportDocumentSchema, type ExportDocument } from './export-document';
export type { ChunkProgress } from './chunks';
