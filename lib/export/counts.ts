import Dexie from 'dexie';
import type { KpiLensDatabase } from '../db/database';
import type { Network } from '../model/records';
import type { DeletedNetworkData } from './delete';

/**
 * What a deletion would remove, counted by the same index ranges the deletion uses, so that the
 * confirmation can say it ("12 posts, 340 readings, 25 profile readings").
 */
export type DataCounts = DeletedNetworkData;

export async function countAllData(db: KpiLensDatabase): Promise<DataCounts> {
  return db.transaction(
    'r',
    [db.posts, db.postSnapshots, db.profileSnapshots, db.accounts, db.manualFigures],
    async () => ({
      posts: await db.posts.count(),
      postSnapshots: await db.postSnapshots.count(),
      profileSnapshots: await db.profileSnapshots.count(),
      accounts: await db.accounts.count(),
      manualFigures: await db.manualFigures.count(),
    }),
  );
}

export async function countNetworkData(db: KpiLensDatabase, network: Network): Promise<DataCounts> {
  const range = [
    [network, Dexie.minKey],
    [network, Dexie.maxKey],
  ] as const;
  return db.transaction(
    'r',
    [db.posts, db.postSnapshots, db.profileSnapshots, db.accounts, db.manualFigures],
    async () => ({
      posts: await db.posts
        .where(':id')
        .between(...range)
        .count(),
      postSnapshots: await db.postSnapshots
        .where('[network+capturedAt]')
        .between(...range)
        .count(),
      profileSnapshots: await db.profileSnapshots
        .where('[network+capturedAt]')
        .between(...range)
        .count(),
      accounts: await db.accounts.where('network').equals(network).count(),
      manualFigures: await db.manualFigures.filter((figure) => figure.network === network).count(),
    }),
  );
}

export async function countAccountData(
  db: KpiLensDatabase,
  network: Network,
  handle: string,
): Promise<DataCounts> {
  return db.transaction(
    'r',
    [db.posts, db.postSnapshots, db.profileSnapshots, db.accounts, db.manualFigures],
    async () => {
      const postIds = (await db.posts.where('[network+author]').equals([network, handle]).primaryKeys()) as [
        Network,
        string,
      ][];
      // Snapshots of the account's posts plus those signed by the account, each counted once.
      const snapshotIds = new Set<number | undefined>();
      for (const [, postId] of postIds) {
        const keys = await db.postSnapshots
          .where('[network+postId+capturedAt]')
          .between([network, postId, Dexie.minKey], [network, postId, Dexie.maxKey])
          .primaryKeys();
        for (const key of keys) snapshotIds.add(key);
      }
      const signed = await db.postSnapshots
        .where('[network+author+capturedAt]')
        .between([network, handle, Dexie.minKey], [network, handle, Dexie.maxKey])
        .primaryKeys();
      for (const key of signed) snapshotIds.add(key);
      return {
        posts: postIds.length,
        postSnapshots: snapshotIds.size,
        profileSnapshots: await db.profileSnapshots
          .where('[network+handle+capturedAt]')
          .between([network, handle, Dexie.minKey], [network, handle, Dexie.maxKey])
          .count(),
        accounts: (await db.accounts.get([network, handle])) ? 1 : 0,
        manualFigures: await db.manualFigures.where('[network+handle]').equals([network, handle]).count(),
      };
    },
  );
}
