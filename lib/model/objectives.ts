import { z } from 'zod';
import { HandleSchema, IsoTimeSchema, NetworkSchema } from './records';

/** The five objectives of the brief (PRODUCT.md). */
export const OBJECTIVE_KINDS = ['awareness', 'relationship', 'growth', 'engagement', 'traffic'] as const;
export const ObjectiveKindSchema = z.enum(OBJECTIVE_KINDS);
export type ObjectiveKind = z.infer<typeof ObjectiveKindSchema>;

export const AccountRefSchema = z.object({ network: NetworkSchema, handle: HandleSchema }).strict();
export type AccountRef = z.infer<typeof AccountRefSchema>;

/** One KPI attached to an objective, with its target and deadline. */
export const KpiTargetSchema = z
  .object({
    /** Identifier of a KPI definition in `lib/kpi` (e.g. `followerGrowthRate`). */
    kpi: z.string().min(1).max(60),
    network: NetworkSchema,
    target: z.number().finite(),
    /** Start of the measured period; the objective's creation when absent. */
    start: IsoTimeSchema.optional(),
    deadline: IsoTimeSchema,
    /** Engagement rate denominator chosen by the user. */
    denominator: z.enum(['followers', 'views']).optional(),
  })
  .strict();
export type KpiTarget = z.infer<typeof KpiTargetSchema>;

/** "Too many KPIs kills the KPI": at most two per objective. */
export const ObjectiveSchema = z
  .object({
    id: z.string().min(1).max(100),
    kind: ObjectiveKindSchema,
    title: z.string().max(200).optional(),
    accounts: z.array(AccountRefSchema).max(50),
    kpis: z.array(KpiTargetSchema).min(1).max(2),
    active: z.boolean(),
    createdAt: IsoTimeSchema,
  })
  .strict();
export type Objective = z.infer<typeof ObjectiveSchema>;
