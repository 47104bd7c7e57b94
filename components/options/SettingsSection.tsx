import { useId, useState, type FormEvent } from 'react';
import type { MessageKey } from '../../lib/i18n/messages';
import type { Translator } from '../../lib/i18n/translate';
import { NETWORKS, type Network } from '../../lib/model/records';
import { MAX_RETENTION_MONTHS, SettingsSchema, type Settings } from '../../lib/model/settings';
import { saveSettings } from '../../lib/settings/store';
import { parseHashtags } from '../../lib/ui/hashtags';
import { NETWORK_LABEL } from '../../lib/ui/labels';
import { useSettingsStore } from '../../lib/ui/use-translator';

/**
 * Collection, on-page badges (LinkedIn off by default, with the reason), the interval, retention,
 * hashtags, language, debug.
 */
export function SettingsSection({ tr }: { tr: Translator }) {
  const settings = useSettingsStore((s) => s.settings);
  const loaded = useSettingsStore((s) => s.loaded);
  const setSettings = useSettingsStore((s) => s.setSettings);
  const [saved, setSaved] = useState(false);
  return (
    <section id="settings" className="card" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{tr.t('settingsTitle')}</h2>
      <SettingsForm
        key={loaded ? JSON.stringify(settings) : 'defaults'}
        initial={settings}
        tr={tr}
        onSave={async (next) => {
          await saveSettings(next);
          setSettings(next);
          setSaved(true);
        }}
        onEdit={() => setSaved(false)}
      />
      <p role="status" className="ok">
        {saved && tr.t('settingsSaved')}
      </p>
    </section>
  );
}

function SettingsForm({
  initial,
  tr,
  onSave,
  onEdit,
}: {
  initial: Settings;
  tr: Translator;
  onSave: (settings: Settings) => Promise<void>;
  onEdit: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const [interval, setIntervalText] = useState(String(initial.snapshotIntervalMinutes));
  const [retention, setRetention] = useState(String(initial.retentionMonths));
  const [hashtags, setHashtags] = useState(initial.trackedHashtags.map((t) => `#${t}`).join(' '));
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const ids = {
    interval: useId(),
    intervalHint: useId(),
    retention: useId(),
    retentionHint: useId(),
    hashtags: useId(),
    hashtagsHint: useId(),
    language: useId(),
    linkedinReason: useId(),
    debugHint: useId(),
  };
  const edit = (patch: Partial<Settings>) => {
    onEdit();
    setDraft((d) => ({ ...d, ...patch }));
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const minutes = Number(interval);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 10080) return setProblem('intervalProblem');
    const months = retention.trim() === '' ? 0 : Number(retention);
    if (!Number.isInteger(months) || months < 0 || months > MAX_RETENTION_MONTHS) {
      return setProblem('retentionProblem');
    }
    const parsed = SettingsSchema.safeParse({
      ...draft,
      snapshotIntervalMinutes: minutes,
      retentionMonths: months,
      trackedHashtags: parseHashtags(hashtags),
    });
    if (!parsed.success) return setProblem('settingsProblem');
    setProblem(null);
    await onSave(parsed.data);
  };
  const switchRow = (group: 'collect' | 'overlays', network: Network) => {
    const reason = group === 'overlays' && network === 'linkedin';
    const name = tr.t(group === 'collect' ? 'collectOn' : 'badgesOn', {
      network: tr.t(NETWORK_LABEL[network]),
    });
    return (
      <div key={network} className="switch-row">
        <label>
          <input
            type="checkbox"
            role="switch"
            checked={draft[group][network]}
            aria-describedby={reason ? ids.linkedinReason : undefined}
            onChange={(e) => edit({ [group]: { ...draft[group], [network]: e.target.checked } })}
          />{' '}
          {name}
        </label>
        {reason && (
          <p id={ids.linkedinReason} className="muted small reason">
            {tr.t('linkedinReason')}
          </p>
        )}
      </div>
    );
  };
  return (
    <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
      <fieldset>
        <legend>{tr.t('collectTitle')}</legend>
        {NETWORKS.map((n) => switchRow('collect', n))}
      </fieldset>
      <fieldset>
        <legend>{tr.t('badgesTitle')}</legend>
        {NETWORKS.map((n) => switchRow('overlays', n))}
      </fieldset>
      <div className="field-row">
        <label htmlFor={ids.interval}>{tr.t('intervalLabel')}</label>
        <input
          id={ids.interval}
          type="number"
          min={1}
          max={10080}
          step={1}
          value={interval}
          aria-describedby={ids.intervalHint}
          onChange={(e) => {
            onEdit();
            setIntervalText(e.target.value);
          }}
        />
        <span id={ids.intervalHint} className="muted small">
          {tr.t('intervalHint')}
        </span>
      </div>
      <div className="field-row">
        <label htmlFor={ids.retention}>{tr.t('retentionLabel')}</label>
        <input
          id={ids.retention}
          type="number"
          min={0}
          max={MAX_RETENTION_MONTHS}
          step={1}
          value={retention}
          aria-describedby={ids.retentionHint}
          onChange={(e) => {
            onEdit();
            setRetention(e.target.value);
          }}
        />
        <span id={ids.retentionHint} className="muted small">
          {tr.t('retentionHint')}
        </span>
      </div>
      <div className="field-row">
        <label htmlFor={ids.hashtags}>{tr.t('hashtagsLabel')}</label>
        <input
          id={ids.hashtags}
          type="text"
          value={hashtags}
          spellCheck={false}
          aria-describedby={ids.hashtagsHint}
          onChange={(e) => {
            onEdit();
            setHashtags(e.target.value);
          }}
        />
        <span id={ids.hashtagsHint} className="muted small">
          {tr.t('hashtagsHint')}
        </span>
      </div>
      <div className="field-row">
        <label htmlFor={ids.language}>{tr.t('languageLabel')}</label>
        <select
          id={ids.language}
          value={draft.language}
          onChange={(e) => edit({ language: e.target.value as Settings['language'] })}
        >
          <option value="auto">{tr.t('languageAuto')}</option>
          <option value="fr">{tr.t('languageFr')}</option>
          <option value="en">{tr.t('languageEn')}</option>
        </select>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={draft.debug}
          aria-describedby={ids.debugHint}
          onChange={(e) => edit({ debug: e.target.checked })}
        />{' '}
        {tr.t('debugLabel')}
      </label>
      <p id={ids.debugHint} className="muted small">
        {tr.t('debugHint')}
      </p>
      <p role="alert" className="error">
        {problem && tr.t(problem)}
      </p>
      <div>
        <button type="submit" className="primary">
          {tr.t('saveSettings')}
        </button>
      </div>
    </form>
  );
}
