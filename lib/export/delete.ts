import Dexie from 'dexie';
import type { KpiLensDatabase } from '../db/database';
import type { Network } from '../model/records';

export interface DeletedNetworkData {
  posts: number;
  postSnapshots: number;
  profileSnapshots: number;
  accounts: number;
  manualFigures: number;
}

/**
 * Empties every table of the database in one transaction: the history, objectives, accounts,
 * manual figures, and the bookkeeping (received batch ids, counters). Settings live in the
 * extension's storage, not here, and are kept.
 */
export async function deleteAllData(db: KpiLensDatabase): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
}

/**
 * Deletes everything read from one network, in one transaction: its posts, post and profile
 * snapshots, the accounts of that network, and the figures entered by hand for it. Objectives are
 * kept: they are the user's plans, may span networks, and simply show no data for this one.
 */
export async function deleteNetworkData(db: KpiLensDatabase, network: Network): Promise<DeletedNetworkData> {
  return db.transaction(
    'rw',
    [db.posts, db.postSnapshots, db.profileSnapshots, db.accounts, db.manualFigures],
    async () => ({
      posts: await db.posts.where(':id').between([network, Dexie.minKey], [network, Dexie.maxKey]).delete(),
      postSnapshots: await db.postSnapshots
        .where('[network+capturedAt]')
        .between([network, Dexie.minKey], [network, Dexie.maxKey])
        .delete(),
      profileSnapshots: await db.profileSnapshots
        .where('[network+capturedAt]')
        .between([network, Dexie.minKey], [network, Dexie.maxKey])
        .delete(),
      accounts: await db.accounts.where('network').equals(network).delete(),
      // A figure without a handle is not in the [network+handle] index: scan the (small) table.
      manualFigures: await db.manualFigures.filter((figure) => figure.network === network).delete(),
    }),
  );
}

/** What deleting one account removes (or would remove). */
export type DeletedAccountData = DeletedNetworkData;

/**
 * Deletes one account and everything read from it, in one transaction: its posts (author = handle),
 * their snapshots, its profile snapshots, its account row and the figures entered by hand for it.
 * Objectives are kept (they are the user's plans). Other accounts' data is untouched.
 */
export async function deleteAccountData(
  db: KpiLensDatabase,
  network: Network,
  handle: string,
): Promise<DeletedAccountData> {
  return db.transaction(
    'rw',
    [db.posts, db.postSnapshots, db.profileSnapshots, db.accounts, db.manualFigures],
    async () => {
      const postIds = (await db.posts.where('[network+author]').equals([network, handle]).primaryKeys()) as [
        Network,
        string,
      ][];
      let postSnapshots = 0;
      for (const [, postId] of postIds) {
        postSnapshots += await db.postSnapshots
          .where('[network+postId+capturedAt]')
          .between([network, postId, Dexie.minKey], [network, postId, Dexie.maxKey])
          .delete();
      }
      // Snapshots signed by the account whose post row is gone (or names another author).
      postSnapshots += await db.postSnapshots
        .where('[network+author+capturedAt]')
        .between([network, handle, Dexie.minKey], [network, handle, Dexie.maxKey])
        .delete();
      const posts = await db.posts.where('[network+author]').equals([network, handle]).delete();
      const profileSnapshots = await db.profileSnapshots
        .where('[network+handle+capturedAt]')
        .between([network, handle, Dexie.minKey], [network, handle, Dexie.maxKey])
        .delete();
      const accounts = (await db.accounts.get([network, handle])) ? 1 : 0;
      if (accounts) await db.accounts.delete([network, handle]);
      const manualFigures = await db.manualFigures
        .where('[network+handle]')
        .equals([network, handle])
        .delete();
      return { posts, postSnapshots, profileSnapshots, accounts, manualFigures };
    },
  );
}
