import {
  defaultKpis,
  getKpi,
  kpisFor,
  SUGGESTED_DENOMINATOR,
  type Denominator,
  type KpiDefinition,
} from '../kpi';
import type { MessageKey } from '../i18n/messages';
import { ObjectiveSchema, type KpiTarget, type Objective, type ObjectiveKind } from '../model/objectives';
import type { Network } from '../model/records';
import { dayOf, endOfDay, startOfDay, addDays } from './dates';
import { newId } from './handles';

/** "Too many KPIs kills the KPI": the brief's limit, also enforced by ObjectiveSchema. */
export const MAX_KPIS_PER_OBJECTIVE = 2;
/** A new target's deadline is proposed a quarter ahead. */
export const DEFAULT_DEADLINE_DAYS = 90;

/** What the objective form holds: text as typed, turned into an Objective on save. */
export interface TargetDraft {
  kpi: string;
  target: string;
  /** Calendar days as date fields give them ("2026-03-31"); start may be empty. */
  start: string;
  deadline: string;
  denominator: Denominator;
}

export interface ObjectiveDraft {
  id: string | null;
  createdAt: string | null;
  active: boolean;
  kind: ObjectiveKind | null;
  network: Network;
  title: string;
  handles: string[];
  targets: TargetDraft[];
}

export const hasDenominator = (kpi: string): boolean => getKpi(kpi)?.formulaByDenominator !== undefined;

export function emptyDraft(network: Network, handles: string[]): ObjectiveDraft {
  return { id: null, createdAt: null, active: true, kind: null, network, title: '', handles, targets: [] };
}

export function newTarget(kpi: string, network: Network, now: string): TargetDraft {
  return {
    kpi,
    target: '',
    start: '',
    deadline: dayOf(addDays(now, DEFAULT_DEADLINE_DAYS)),
    denominator: SUGGESTED_DENOMINATOR[network],
  };
}

/** The form for an existing objective. Its first KPI's network is the form's network. */
export function draftFromObjective(objective: Objective): ObjectiveDraft {
  const network = objective.kpis[0]?.network ?? objective.accounts[0]?.network ?? 'instagram';
  return {
    id: objective.id,
    createdAt: objective.createdAt,
    active: objective.active,
    kind: objective.kind,
    network,
    title: objective.title ?? '',
    handles: objective.accounts.filter((a) => a.network === network).map((a) => a.handle),
    targets: objective.kpis.map((t) => ({
      kpi: t.kpi,
      target: String(t.target),
      start: t.start ? dayOf(t.start) : '',
      deadline: dayOf(t.deadline),
      denominator: t.denominator ?? SUGGESTED_DENOMINATOR[t.network],
    })),
  };
}

/** The KPIs offered for the draft's objective and network, the suggested pair first. */
export function offeredKpis(draft: Pick<ObjectiveDraft, 'kind' | 'network'>): KpiDefinition[] {
  return draft.kind ? kpisFor(draft.kind, draft.network) : [];
}

/**
 * A new objective or network pre-selects the suggested pair for it; what the user already
 * typed for a KPI that stays is kept.
 */
export function withKindAndNetwork(
  draft: ObjectiveDraft,
  kind: ObjectiveKind,
  network: Network,
  now: string,
): ObjectiveDraft {
  const kept = new Map(draft.targets.map((t) => [t.kpi, t]));
  const targets = defaultKpis(kind, network).map((kpi) => {
    const previous = kept.get(kpi);
    return previous ? { ...previous } : newTarget(kpi, network, now);
  });
  return { ...draft, kind, network, targets };
}

/** Ticks or unticks a KPI; a third one is refused (the caller says why). */
export function toggleKpi(
  draft: ObjectiveDraft,
  kpi: string,
  now: string,
): { draft: ObjectiveDraft; refused: boolean } {
  if (draft.targets.some((t) => t.kpi === kpi)) {
    return { draft: { ...draft, targets: draft.targets.filter((t) => t.kpi !== kpi) }, refused: false };
  }
  if (draft.targets.length >= MAX_KPIS_PER_OBJECTIVE) return { draft, refused: true };
  return {
    draft: { ...draft, targets: [...draft.targets, newTarget(kpi, draft.network, now)] },
    refused: false,
  };
}

/** A number as typed in French or English: "2,5", "1 000", "−3". */
export function parseNumberInput(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace('−', '-')
    .replace(',', '.');
  if (cleaned === '' || !/^[-+]?\d*\.?\d+$/.test(cleaned)) return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : null;
}

export interface DraftProblem {
  /** The KPI the problem is about, or null for the objective as a whole. */
  kpi: string | null;
  field: 'kind' | 'accounts' | 'kpis' | 'target' | 'start' | 'deadline' | 'schema';
  message: MessageKey;
}

export type DraftResult = { ok: true; objective: Objective } | { ok: false; problems: DraftProblem[] };

/** Checks the form and builds the objective, validated by ObjectiveSchema. */
export function buildObjective(draft: ObjectiveDraft, now: string): DraftResult {
  const problems: DraftProblem[] = [];
  if (!draft.kind) problems.push({ kpi: null, field: 'kind', message: 'problemKind' });
  if (draft.handles.length === 0) problems.push({ kpi: null, field: 'accounts', message: 'problemAccounts' });
  if (draft.targets.length === 0) problems.push({ kpi: null, field: 'kpis', message: 'problemNoKpi' });
  if (draft.targets.length > MAX_KPIS_PER_OBJECTIVE)
    problems.push({ kpi: null, field: 'kpis', message: 'tooManyKpisShort' });
  const kpis: KpiTarget[] = [];
  for (const t of draft.targets) {
    const target = parseNumberInput(t.target);
    if (target === null) problems.push({ kpi: t.kpi, field: 'target', message: 'problemTarget' });
    const deadline = endOfDay(t.deadline);
    if (!deadline) problems.push({ kpi: t.kpi, field: 'deadline', message: 'problemDeadline' });
    const start = t.start === '' ? undefined : startOfDay(t.start);
    if (start === null) problems.push({ kpi: t.kpi, field: 'start', message: 'problemStart' });
    else if (start && deadline && start >= deadline)
      problems.push({ kpi: t.kpi, field: 'start', message: 'problemStartAfterDeadline' });
    if (target === null || !deadline || start === null) continue;
    kpis.push({
      kpi: t.kpi,
      network: draft.network,
      target,
      ...(start ? { start } : {}),
      deadline,
      ...(hasDenominator(t.kpi) ? { denominator: t.denominator } : {}),
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  const title = draft.title.trim();
  const parsed = ObjectiveSchema.safeParse({
    id: draft.id ?? newId('objective'),
    kind: draft.kind,
    ...(title ? { title } : {}),
    accounts: draft.handles.map((handle) => ({ network: draft.network, handle })),
    kpis,
    active: draft.active,
    createdAt: draft.createdAt ?? now,
  });
  if (!parsed.success)
    return { ok: false, problems: [{ kpi: null, field: 'schema', message: 'problemSchema' }] };
  return { ok: true, objective: parsed.data };
}
