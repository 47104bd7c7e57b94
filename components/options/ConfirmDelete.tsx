import { useEffect, useId, useState } from 'react';
import type { DataCounts } from '../../lib/export/counts';
import type { MessageKey } from '../../lib/i18n/messages';
import type { Translator } from '../../lib/i18n/translate';

const COUNT_PARTS: { key: keyof DataCounts; one: MessageKey; many: MessageKey; always: boolean }[] = [
  { key: 'posts', one: 'countPostsOne', many: 'countPostsMany', always: true },
  { key: 'postSnapshots', one: 'countPostSnapshotsOne', many: 'countPostSnapshotsMany', always: true },
  {
    key: 'profileSnapshots',
    one: 'countProfileSnapshotsOne',
    many: 'countProfileSnapshotsMany',
    always: true,
  },
  { key: 'accounts', one: 'countAccountsOne', many: 'countAccountsMany', always: false },
  { key: 'manualFigures', one: 'countManualOne', many: 'countManualMany', always: false },
];

/** "12 publications, 340 relevés, 25 relevés de profil" (accounts and entered figures when there are some). */
export function describeCounts(tr: Translator, counts: DataCounts): string {
  // French counts 0 and 1 in the singular, English only 1.
  const singular = (n: number) => (tr.language === 'fr' ? n <= 1 : n === 1);
  return COUNT_PARTS.filter((part) => part.always || counts[part.key] > 0)
    .map((part) => tr.t(singular(counts[part.key]) ? part.one : part.many, { n: counts[part.key] }))
    .join(', ');
}

export interface ConfirmDeleteProps {
  tr: Translator;
  /** The button that asks for the confirmation. */
  label: string;
  disabled?: boolean;
  /** What would go, counted when the confirmation opens. */
  count: () => Promise<DataCounts>;
  /** The warning, given the counts in words (undefined while counting). */
  warning: (counts: string | undefined) => string;
  confirmLabel: string;
  erase: () => Promise<DataCounts | void>;
  done: (counts: string | undefined) => string;
}

/**
 * A deletion behind a confirmation that says what will go, counted from the database when the
 * confirmation opens.
 */
export function ConfirmDelete(props: ConfirmDeleteProps) {
  const { tr } = props;
  const [confirming, setConfirming] = useState(false);
  const [counts, setCounts] = useState<DataCounts | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const warningId = useId();
  const { count } = props;

  useEffect(() => {
    if (!confirming) return;
    let alive = true;
    setCounts(null);
    count().then(
      (c) => alive && setCounts(c),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [confirming, count]);

  const erase = async () => {
    setBusy(true);
    try {
      const deleted = await props.erase();
      setMessage({ ok: true, text: props.done(deleted ? describeCounts(tr, deleted) : undefined) });
    } catch (error) {
      setMessage({ ok: false, text: tr.t('deleteAllFailed', { reason: String(error) }) });
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <div className="stack">
      {confirming ? (
        <div className="empty">
          <p id={warningId} className="warning">
            {props.warning(counts ? describeCounts(tr, counts) : undefined)}
          </p>
          {!counts && <p className="muted small">{tr.t('deleteCounting')}</p>}
          <div className="buttons">
            <button
              type="button"
              className="danger"
              disabled={busy}
              aria-describedby={warningId}
              onClick={() => void erase()}
            >
              {props.confirmLabel}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {tr.t('cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div>
          <button
            type="button"
            className="danger"
            disabled={props.disabled}
            onClick={() => {
              setMessage(null);
              setConfirming(true);
            }}
          >
            {props.label}
          </button>
        </div>
      )}
      <p role="status" className={message?.ok === false ? 'error' : 'ok'}>
        {message?.text}
      </p>
    </div>
  );
}
