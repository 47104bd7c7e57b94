import Dexie from 'dexie';
import type { KpiLensDatabase } from '../db/database';
import { defaultKpis, type KpiId } from '../kpi/catalogue';
import { ObjectiveSchema, type AccountRef, type Objective } from '../model/objectives';
import { addDays } from './dates';
import { newId } from './handles';
import { seenHandles } from './seen-handles';

/** A starter objective runs this long: a quarter, long enough for a trend to show. */
export const STARTER_DAYS = 90;

/**
 * The account a starter objective measures: the user's own account with the most readings,
 * else the handle KPI Lens has read most (a community manager opens their own profile most).
 */
export async function mostSeenAccount(db: KpiLensDatabase): Promise<AccountRef | undefined> {
  const [accounts, seen] = await Promise.all([db.accounts.toArray(), seenHandles(db)]);
  const owned = accounts.filter((a) => a.owned);
  const readings = (a: AccountRef) =>
    seen.find((s) => s.network === a.network && s.handle === a.handle)?.profileReadings ?? 0;
  if (owned.length > 0) {
    const [best] = [...owned].sort((a, b) => readings(b) - readings(a));
    return best && { network: best.network, handle: best.handle };
  }
  const watched = new Set(accounts.filter((a) => !a.owned).map((a) => `${a.network}:${a.handle}`));
  const candidate = seen.find((s) => !watched.has(`${s.network}:${s.handle}`));
  return candidate && { network: candidate.network, handle: candidate.handle };
}

async function latestFollowers(db: KpiLensDatabase, account: AccountRef): Promise<number | undefined> {
  const latest = await db.profileSnapshots
    .where('[network+handle+capturedAt]')
    .between([account.network, account.handle, Dexie.minKey], [account.network, account.handle, Dexie.maxKey])
    .last();
  return latest?.metrics.followers?.value;
}

/** Modest first targets, meant to be edited: +5 % of the community over the quarter. */
function starterTarget(kpi: KpiId, followers: number | undefined): number {
  switch (kpi) {
    case 'followerGrowthRate':
      return 5;
    case 'followerNetChange':
      return followers ? Math.max(10, Math.round(followers * 0.05)) : 50;
    case 'connectionNetChange':
      return 50;
    default:
      return 1;
  }
}

/** Community growth on the account's network with the suggested pair of KPIs. */
export function starterObjective(account: AccountRef, now: string, followers?: number): Objective {
  const deadline = addDays(now, STARTER_DAYS);
  return ObjectiveSchema.parse({
    id: newId('objective'),
    kind: 'growth',
    accounts: [account],
    kpis: defaultKpis('growth', account.network).map((kpi) => ({
      kpi,
      network: account.network,
      target: starterTarget(kpi, followers),
      deadline,
    })),
    active: true,
    createdAt: now,
  });
}

/**
 * Creates and saves the starter objective, and records its account as the user's own when
 * the user has not said otherwise. Undefined when KPI Lens has read no account yet.
 */
export async function createStarterObjective(
  db: KpiLensDatabase,
  now: string,
): Promise<Objective | undefined> {
  const account = await mostSeenAccount(db);
  if (!account) return undefined;
  const objective = starterObjective(account, now, await latestFollowers(db, account));
  await db.transaction('rw', db.objectives, db.accounts, async () => {
    await db.objectives.put(objective);
    const known = await db.accounts.get([account.network, account.handle]);
    if (!known) await db.accounts.put({ ...account, owned: true, addedAt: now });
  });
  return objective;
}
