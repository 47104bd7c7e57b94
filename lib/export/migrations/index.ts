/**
 * Migrations of export documents, one file per step (`v1-to-v2.ts` exports a step with `from: 1`),
 * listed in EXPORT_MIGRATIONS in order. Format 1 is the first published format, so there is no step
 * yet. When the document changes:
 *   1. bump EXPORT_VERSION in ../export-document.ts and regenerate the JSON Schema;
 *   2. add `vN-to-vN+1.ts` that turns a version-N document into a version-N+1 one;
 *   3. keep a saved version-N file in test/unit/export and assert that it still imports.
 *
 * A step receives the parsed file before validation: it must expect anything (wrong types, missing
 * sections) and leave what it does not understand for the validator to refuse.
 */
export interface ExportMigration {
  /** The version this step reads; it returns a document of version `from + 1`. */
  from: number;
  migrate(document: Record<string, unknown>): Record<string, unknown>;
}

export const EXPORT_MIGRATIONS: readonly ExportMigration[] = [];

export type MigrationResult =
  | { ok: true; document: Record<string, unknown> }
  | { ok: false; reason: 'missing-step' | 'step-failed'; at: number };

/** Runs the steps from `from` up to `to`, one version at a time. */
export function migrateExportDocument(
  document: Record<string, unknown>,
  from: number,
  to: number,
  migrations: readonly ExportMigration[] = EXPORT_MIGRATIONS,
): MigrationResult {
  let current = document;
  for (let version = from; version < to; version++) {
    const step = migrations.find((m) => m.from === version);
    if (!step) return { ok: false, reason: 'missing-step', at: version };
    try {
      current = { ...step.migrate(current), version: version + 1 };
    } catch {
      return { ok: false, reason: 'step-failed', at: version };
    }
  }
  return { ok: true, document: current };
}
