import { NetworkOptions } from './NetworkOptions';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useId, useMemo, useState } from 'react';
import type { KpiLensDatabase } from '../../lib/db/database';
import { countAccountData, countNetworkData } from '../../lib/export/counts';
import { deleteAccountData, deleteNetworkData } from '../../lib/export/delete';
import type { Translator } from '../../lib/i18n/translate';
import type { Network } from '../../lib/model/records';
import { NETWORK_LABEL } from '../../lib/ui/labels';
import { seenHandles } from '../../lib/ui/seen-handles';
import { ConfirmDelete } from './ConfirmDelete';

/** Deletes everything read from one network, after a confirmation that counts what will go. */
export function DeleteNetworkForm({ db, tr }: { db: KpiLensDatabase; tr: Translator }) {
  const [network, setNetwork] = useState<Network>('x');
  const id = useId();
  const name = tr.t(NETWORK_LABEL[network]);
  const count = useCallback(() => countNetworkData(db, network), [db, network]);
  return (
    <div className="stack">
      <div className="field-row">
        <label htmlFor={id}>{tr.t('deleteNetworkLabel')}</label>
        <select id={id} value={network} onChange={(e) => setNetwork(e.target.value as Network)}>
          <NetworkOptions tr={tr} />
        </select>
      </div>
      <ConfirmDelete
        key={network}
        tr={tr}
        label={tr.t('deleteNetwork')}
        count={count}
        warning={(counts) => tr.t('deleteNetworkWarning', { network: name, counts: counts ?? '…' })}
        confirmLabel={tr.t('deleteNetworkConfirm', { network: name })}
        erase={() => deleteNetworkData(db, network)}
        done={(counts) => tr.t('deleteNetworkDone', { network: name, counts: counts ?? '' })}
      />
    </div>
  );
}

interface AccountChoice {
  network: Network;
  handle: string;
}

const choiceKey = (c: AccountChoice) => JSON.stringify([c.network, c.handle]);

/** Deletes one account (its posts, readings, profile readings, entered figures), after a confirmation. */
export function DeleteAccountForm({ db, tr }: { db: KpiLensDatabase; tr: Translator }) {
  const stored = useLiveQuery(() => db.accounts.toArray(), [db]);
  const seen = useLiveQuery(() => seenHandles(db), [db]);
  const choices = useMemo(() => {
    const byKey = new Map<string, AccountChoice>();
    for (const a of [...(stored ?? []), ...(seen ?? [])]) {
      const choice = { network: a.network, handle: a.handle };
      byKey.set(choiceKey(choice), choice);
    }
    return [...byKey.values()].sort(
      (a, b) => a.network.localeCompare(b.network) || a.handle.localeCompare(b.handle),
    );
  }, [stored, seen]);
  const [picked, setPicked] = useState<string>('');
  const id = useId();
  const current = choices.find((c) => choiceKey(c) === picked) ?? choices[0];
  const count = useCallback(
    () =>
      current
        ? countAccountData(db, current.network, current.handle)
        : Promise.resolve({ posts: 0, postSnapshots: 0, profileSnapshots: 0, accounts: 0, manualFigures: 0 }),
    [db, current],
  );
  if (stored === undefined || seen === undefined) return null;
  if (!current) return <p className="muted">{tr.t('deleteAccountNone')}</p>;
  const name = `@${current.handle} (${tr.t(NETWORK_LABEL[current.network])})`;
  return (
    <div className="stack">
      <div className="field-row">
        <label htmlFor={id}>{tr.t('deleteAccountLabel')}</label>
        <select id={id} value={choiceKey(current)} onChange={(e) => setPicked(e.target.value)}>
          {choices.map((c) => (
            <option key={choiceKey(c)} value={choiceKey(c)}>
              {`@${c.handle} (${tr.t(NETWORK_LABEL[c.network])})`}
            </option>
          ))}
        </select>
      </div>
      <ConfirmDelete
        key={choiceKey(current)}
        tr={tr}
        label={tr.t('deleteAccount')}
        count={count}
        warning={(counts) => tr.t('deleteAccountWarning', { account: name, counts: counts ?? '…' })}
        confirmLabel={tr.t('deleteAccountConfirm', { account: name })}
        erase={() => deleteAccountData(db, current.network, current.handle)}
        done={(counts) => tr.t('deleteAccountDone', { account: name, counts: counts ?? '' })}
      />
    </div>
  );
}
