import { useId, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { KpiLensDatabase } from '../../lib/db/database';
import type { Translator } from '../../lib/i18n/translate';
import type { MessageKey } from '../../lib/i18n/messages';
import { AccountSchema, NETWORKS, type Account, type Network } from '../../lib/model/records';
import { handleProblem, normaliseHandleInput, type HandleProblem } from '../../lib/ui/handles';
import { NETWORK_LABEL } from '../../lib/ui/labels';
import { seenHandles } from '../../lib/ui/seen-handles';

const PROBLEM: Record<HandleProblem | 'duplicate', MessageKey> = {
  empty: 'handleEmpty',
  invalid: 'handleInvalid',
  tooLong: 'handleTooLong',
  duplicate: 'handleDuplicate',
};

/** Which accounts are the user's own and which are watched; handles already seen are suggested. */
export function AccountsSection({ db, now, tr }: { db: KpiLensDatabase; now: string; tr: Translator }) {
  const accounts = useLiveQuery(() => db.accounts.toArray(), [db]);
  const seen = useLiveQuery(() => seenHandles(db), [db]);
  const known = new Set((accounts ?? []).map((a) => `${a.network}:${a.handle}`));
  const suggestions = (seen ?? []).filter((s) => !known.has(`${s.network}:${s.handle}`));

  const save = async (account: Omit<Account, 'addedAt'> & { addedAt?: string }) => {
    await db.accounts.put(AccountSchema.parse({ ...account, addedAt: account.addedAt ?? now }));
  };

  return (
    <section id="accounts" className="card" aria-labelledby="accounts-heading">
      <h2 id="accounts-heading">{tr.t('accountsTitle')}</h2>
      <p className="muted">{tr.t('accountsIntro')}</p>
      {accounts && accounts.length === 0 && <p className="hint">{tr.t('noAccounts')}</p>}
      {accounts && accounts.length > 0 && (
        <ul className="rows" aria-label={tr.t('yourAccounts')}>
          {[...accounts]
            .sort((a, b) => Number(b.owned) - Number(a.owned) || a.handle.localeCompare(b.handle))
            .map((account) => (
              <AccountRow
                key={`${account.network}:${account.handle}`}
                account={account}
                tr={tr}
                onOwned={(owned) => void save({ ...account, owned })}
                onRemove={() => void db.accounts.delete([account.network, account.handle])}
              />
            ))}
        </ul>
      )}
      <h3>{tr.t('suggestionsTitle')}</h3>
      {!seen ? (
        <p className="muted">{tr.t('loading')}</p>
      ) : suggestions.length === 0 ? (
        <p className="hint">{tr.t('noSuggestions')}</p>
      ) : (
        <ul className="rows" aria-label={tr.t('suggestionsTitle')}>
          {suggestions.map((s) => {
            const name = `@${s.handle} (${tr.t(NETWORK_LABEL[s.network])})`;
            return (
              <li key={`${s.network}:${s.handle}`} className="row">
                <span>
                  {s.displayName && (
                    <strong>
                      <bdi>{s.displayName}</bdi>{' '}
                    </strong>
                  )}
                  <bdi>{name}</bdi>
                  <span className="muted small">
                    {' '}
                    ·{' '}
                    {s.profileReadings > 0
                      ? tr.t('seenProfileReadings', { count: s.profileReadings })
                      : tr.t('seenRecentPosts', { count: s.recentPosts })}
                  </span>
                </span>
                <span className="row-actions">
                  <button
                    type="button"
                    aria-label={tr.t('addAsOwnedNamed', { name })}
                    onClick={() =>
                      void save({
                        network: s.network,
                        handle: s.handle,
                        displayName: s.displayName,
                        owned: true,
                      })
                    }
                  >
                    {tr.t('addAsOwned')}
                  </button>
                  <button
                    type="button"
                    aria-label={tr.t('addAsWatchedNamed', { name })}
                    onClick={() =>
                      void save({
                        network: s.network,
                        handle: s.handle,
                        displayName: s.displayName,
                        owned: false,
                      })
                    }
                  >
                    {tr.t('addAsWatched')}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <AddAccountForm
        tr={tr}
        isKnown={(network, handle) => known.has(`${network}:${handle}`)}
        onAdd={(network, handle, owned) => save({ network, handle, owned })}
      />
    </section>
  );
}

function AccountRow({
  account,
  tr,
  onOwned,
  onRemove,
}: {
  account: Account;
  tr: Translator;
  onOwned: (owned: boolean) => void;
  onRemove: () => void;
}) {
  const name = `@${account.handle} (${tr.t(NETWORK_LABEL[account.network])})`;
  const group = useId();
  return (
    <li className="row">
      <fieldset className="inline">
        <legend>
          {account.displayName && (
            <strong>
              <bdi>{account.displayName}</bdi>{' '}
            </strong>
          )}
          <bdi>{name}</bdi>
        </legend>
        <label>
          <input type="radio" name={group} checked={account.owned} onChange={() => onOwned(true)} />{' '}
          {tr.t('owned')}
        </label>
        <label>
          <input type="radio" name={group} checked={!account.owned} onChange={() => onOwned(false)} />{' '}
          {tr.t('watched')}
        </label>
      </fieldset>
      <button type="button" aria-label={tr.t('removeAccountNamed', { name })} onClick={onRemove}>
        {tr.t('remove')}
      </button>
    </li>
  );
}

function AddAccountForm({
  tr,
  isKnown,
  onAdd,
}: {
  tr: Translator;
  isKnown: (network: Network, handle: string) => boolean;
  onAdd: (network: Network, handle: string, owned: boolean) => Promise<void>;
}) {
  const [network, setNetwork] = useState<Network>('instagram');
  const [handle, setHandle] = useState('');
  const [owned, setOwned] = useState(true);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const ids = { network: useId(), handle: useId(), owned: useId(), problem: useId() };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    const normalised = normaliseHandleInput(handle);
    const issue = handleProblem(normalised, network);
    if (issue) return setProblem(PROBLEM[issue]);
    if (isKnown(network, normalised)) return setProblem(PROBLEM.duplicate);
    setProblem(null);
    await onAdd(network, normalised, owned);
    setHandle('');
    setAdded(`@${normalised}`);
  };

  return (
    <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
      <h3>{tr.t('addAccountTitle')}</h3>
      <div className="field-row">
        <label htmlFor={ids.network}>{tr.t('network')}</label>
        <select id={ids.network} value={network} onChange={(e) => setNetwork(e.target.value as Network)}>
          {NETWORKS.map((n) => (
            <option key={n} value={n}>
              {tr.t(NETWORK_LABEL[n])}
            </option>
          ))}
        </select>
      </div>
      <div className="field-row">
        <label htmlFor={ids.handle}>{tr.t('handle')}</label>
        <input
          id={ids.handle}
          type="text"
          value={handle}
          autoComplete="off"
          spellCheck={false}
          placeholder="@…"
          aria-invalid={problem !== null}
          aria-describedby={problem ? ids.problem : undefined}
          onChange={(e) => setHandle(e.target.value)}
        />
      </div>
      <label className="check">
        <input id={ids.owned} type="checkbox" checked={owned} onChange={(e) => setOwned(e.target.checked)} />{' '}
        {tr.t('thisIsMine')}
      </label>
      {problem && (
        <p id={ids.problem} role="alert" className="error">
          {tr.t(problem)}
        </p>
      )}
      <div>
        <button type="submit" className="primary">
          {tr.t('addAccount')}
        </button>
      </div>
      <p role="status" className="ok">
        {added && tr.t('accountAdded', { handle: added })}
      </p>
    </form>
  );
}
