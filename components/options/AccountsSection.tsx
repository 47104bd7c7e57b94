import { useStoredValue } from '../../lib/ui/use-stored-value';
import { NetworkOptions } from './NetworkOptions';
import { Fragment, useId, useState, type FormEvent, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { KpiLensDatabase } from '../../lib/db/database';
import type { Translator } from '../../lib/i18n/translate';
import type { Language, MessageKey } from '../../lib/i18n/messages';
import { viewerTemplate, viewerText, type ViewerMessageKey } from '../../lib/i18n/viewer-messages';
import { AccountSchema, HandleSchema, NETWORKS, type Account, type Network } from '../../lib/model/records';
import { handleProblem, normaliseHandleInput, type HandleProblem } from '../../lib/ui/handles';
import { NETWORK_LABEL } from '../../lib/ui/labels';
import { seenHandles } from '../../lib/ui/seen-handles';

const PROBLEM: Record<HandleProblem | 'duplicate', MessageKey> = {
  empty: 'handleEmpty',
  invalid: 'handleInvalid',
  tooLong: 'handleTooLong',
  duplicate: 'handleDuplicate',
};

/** Where the content scripts record the logged-in account of each network (lib/collect/viewer.ts). */
const VIEWERS_KEY = 'viewers';

/** One network's entry, as written by a content script: page-side data, so checked before use. */
const DetectedViewerSchema = z.object({
  handle: HandleSchema,
  displayName: z.string().max(500).optional(),
  seenAt: z.string().max(40),
});

export interface DetectedViewer {
  network: Network;
  handle: string;
  displayName?: string;
}

/** The valid entries of the stored `viewers` value; anything malformed is left out, entry by entry. */
export function detectedViewersFrom(raw: unknown): DetectedViewer[] {
  if (typeof raw !== 'object' || raw === null) return [];
  return NETWORKS.flatMap((network) => {
    const parsed = DetectedViewerSchema.safeParse((raw as Record<string, unknown>)[network]);
    if (!parsed.success) return [];
    const { handle, displayName } = parsed.data;
    // Stored as the readers store handles: lower-case, no @, the characters the forms accept.
    if (handle !== normaliseHandleInput(handle) || handleProblem(handle, network)) return [];
    return [displayName ? { network, handle, displayName } : { network, handle }];
  });
}

/** Reads and validates the stored logged-in accounts; a storage error reads as none. */
async function loadDetectedViewers(): Promise<DetectedViewer[]> {
  try {
    const stored: Record<string, unknown> = await browser.storage.local.get(VIEWERS_KEY);
    return detectedViewersFrom(stored[VIEWERS_KEY]);
  } catch {
    return [];
  }
}

/** The logged-in accounts the content scripts saw, kept up to date while the page is open. */
function useDetectedViewers(): DetectedViewer[] {
  const [viewers, setViewers] = useState<DetectedViewer[]>([]);
  useStoredValue(VIEWERS_KEY, loadDetectedViewers, setViewers);
  return viewers;
}

/** A viewer message with its placeholders filled by elements (the handle inside `<bdi>`). */
function viewerMessage(
  language: Language,
  key: ViewerMessageKey,
  parts: Record<string, ReactNode>,
): ReactNode {
  return viewerTemplate(language, key).map((part, i) => (
    <Fragment key={i}>{i % 2 === 1 ? (parts[part] ?? `{${part}}`) : part}</Fragment>
  ));
}

/** Which accounts are the user's own and which are watched; handles already seen are suggested. */
export function AccountsSection({ db, now, tr }: { db: KpiLensDatabase; now: string; tr: Translator }) {
  const accounts = useLiveQuery(() => db.accounts.toArray(), [db]);
  const seen = useLiveQuery(() => seenHandles(db), [db]);
  const known = new Set((accounts ?? []).map((a) => `${a.network}:${a.handle}`));
  const detected = useDetectedViewers().filter((v) => accounts && !known.has(`${v.network}:${v.handle}`));
  const detectedKeys = new Set(detected.map((v) => `${v.network}:${v.handle}`));
  const suggestions = (seen ?? []).filter(
    (s) => !known.has(`${s.network}:${s.handle}`) && !detectedKeys.has(`${s.network}:${s.handle}`),
  );

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
      {detected.length > 0 && (
        <ul className="rows" aria-label={viewerText(tr.language, 'viewerDetectedList')}>
          {detected.map((viewer) => (
            <DetectedViewerRow
              key={`${viewer.network}:${viewer.handle}`}
              viewer={viewer}
              tr={tr}
              onOwned={() =>
                void save({
                  network: viewer.network,
                  handle: viewer.handle,
                  displayName: viewer.displayName,
                  owned: true,
                })
              }
            />
          ))}
        </ul>
      )}
      {!seen ? (
        <p className="muted">{tr.t('loading')}</p>
      ) : suggestions.length === 0 ? (
        detected.length === 0 && <p className="hint">{tr.t('noSuggestions')}</p>
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

/** A logged-in account the pages showed, offered first with the reason and a one-click "mine". */
function DetectedViewerRow({
  viewer,
  tr,
  onOwned,
}: {
  viewer: DetectedViewer;
  tr: Translator;
  onOwned: () => void;
}) {
  const reasonId = useId();
  const network = tr.t(NETWORK_LABEL[viewer.network]);
  const handle = `@${viewer.handle}`;
  return (
    <li className="row">
      <span id={reasonId}>
        {viewer.displayName && (
          <strong>
            <bdi>{viewer.displayName}</bdi>{' '}
          </strong>
        )}
        {viewerMessage(tr.language, 'viewerReason', { handle: <bdi>{handle}</bdi>, network })}
      </span>
      <span className="row-actions">
        <button
          type="button"
          className="primary"
          aria-label={viewerText(tr.language, 'viewerIsMineNamed', { handle, network })}
          aria-describedby={reasonId}
          onClick={onOwned}
        >
          {viewerText(tr.language, 'viewerIsMine')}
        </button>
      </span>
    </li>
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
          <NetworkOptions tr={tr} />
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
