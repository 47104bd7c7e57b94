import { z } from 'zod';
import {
  AccountSchema,
  IsoTimeSchema,
  ManualFigureSchema,
  PostSchema,
  PostSnapshotSchema,
  ProfileSnapshotSchema,
} from '../model/records';
import { ObjectiveSchema } from '../model/objectives';
import { SettingsSchema } from '../model/settings';

/**
 * The export document: a public contract (PRODUCT.md, docs/export-format.md). It is built from the
 * model schemas so that a field added to a record is a field of the document, and
 * docs/kpi-lens-export.schema.json is generated from it (scripts/generate-export-schema.ts).
 *
 * A change that an older KPI Lens could not read bumps EXPORT_VERSION and adds a migration step in
 * lib/export/migrations/ so that files written by older versions still import.
 */
export const EXPORT_FORMAT = 'kpi-lens';
export const EXPORT_VERSION = 1;

/** Snapshot ids are the database's auto-increment keys: meaningless in another browser, so not exported. */
export const ExportedPostSnapshotSchema = PostSnapshotSchema.omit({ id: true });
export type ExportedPostSnapshot = z.infer<typeof ExportedPostSnapshotSchema>;
export const ExportedProfileSnapshotSchema = ProfileSnapshotSchema.omit({ id: true });
export type ExportedProfileSnapshot = z.infer<typeof ExportedProfileSnapshotSchema>;

export const ExportDocumentSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: IsoTimeSchema,
    posts: z.array(PostSchema),
    postSnapshots: z.array(ExportedPostSnapshotSchema),
    profileSnapshots: z.array(ExportedProfileSnapshotSchema),
    objectives: z.array(ObjectiveSchema),
    accounts: z.array(AccountSchema),
    settings: SettingsSchema,
    manualFigures: z.array(ManualFigureSchema),
  })
  .strict();
export type ExportDocument = z.infer<typeof ExportDocumentSchema>;

/** The sections that hold lists of records, in the order the document writes them. */
export const RECORD_SECTIONS = [
  'posts',
  'postSnapshots',
  'profileSnapshots',
  'objectives',
  'accounts',
  'manualFigures',
] as const;
export type RecordSection = (typeof RECORD_SECTIONS)[number];

/** Every top-level key, in the order the exporter writes them and the importer checks them. */
export const DOCUMENT_KEYS = Object.keys(ExportDocumentSchema.shape) as (keyof ExportDocument)[];

/**
 * The JSON Schema (draft 2020-12) of what KPI Lens writes. It describes the output: settings
 * always carry every field, though the importer fills a missing setting with its default.
 * Refinements that JSON Schema cannot say (a reading's value lies within min..max) are checked
 * by the importer only.
 */
export function exportDocumentJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ExportDocumentSchema, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'throw',
  });
  return {
    $schema: generated.$schema,
    title: 'KPI Lens export',
    description:
      'A KPI Lens export document (format "kpi-lens", version 1). Generated from lib/export/export-document.ts by scripts/generate-export-schema.ts; do not edit by hand. See docs/export-format.md.',
    ...generated,
  };
}
