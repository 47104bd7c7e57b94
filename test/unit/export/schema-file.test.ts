import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { exportDocumentJsonSchema, ExportDocumentSchema } from '../../../lib/export/export-document';

const committed = resolve(process.cwd(), 'docs/kpi-lens-export.schema.json');

describe('docs/kpi-lens-export.schema.json', () => {
  it('is what the Zod schema generates (run `npx vite-node scripts/generate-export-schema.ts`)', () => {
    const onDisk = JSON.parse(readFileSync(committed, 'utf8')) as unknown;
    expect(
      onDisk,
      'the committed JSON Schema is stale: npx vite-node scripts/generate-export-schema.ts',
    ).toEqual(exportDocumentJsonSchema());
  });

  it('states the contract a reader relies on', () => {
    const schema = exportDocumentJsonSchema() as {
      properties: Record<string, { const?: unknown; items?: { required?: string[]; properties?: object } }>;
      additionalProperties: unknown;
    };
    expect(schema.properties.format?.const).toBe('kpi-lens');
    expect(schema.properties.version?.const).toBe(1);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.postSnapshots?.items?.required).toEqual(
      expect.arrayContaining(['network', 'postId', 'capturedAt', 'metrics']),
    );
    expect(schema.properties.postSnapshots?.items?.properties).not.toHaveProperty('id');
  });

  it('has a valid example in docs/export-format.md', () => {
    const page = readFileSync(resolve(process.cwd(), 'docs/export-format.md'), 'utf8');
    const example = /```json\n([\s\S]*?)\n```/.exec(page)?.[1];
    expect(ExportDocumentSchema.safeParse(JSON.parse(example ?? 'null')).error).toBeUndefined();
  });
});
