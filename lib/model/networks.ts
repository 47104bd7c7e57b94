/**
 * The networks KPI Lens reads, without Zod: the popup imports this list on its critical path,
 * where the schemas (lib/model/records.ts, which re-exports it) are not needed.
 */
export const NETWORKS = ['facebook', 'instagram', 'x', 'linkedin'] as const;
export type Network = (typeof NETWORKS)[number];
