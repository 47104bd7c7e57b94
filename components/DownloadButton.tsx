import { useState } from 'react';
import type { Translator } from '../lib/i18n/translate';
import { downloadBlob } from '../lib/ui/download';

/** A button that builds files, downloads them, and says what it wrote (or why it could not). */
export function DownloadButton({
  label,
  tr,
  build,
}: {
  label: string;
  tr: Translator;
  build: (now: Date) => Promise<{ blob: Blob; name: string }[]>;
}) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const files = await build(new Date());
      for (const file of files) downloadBlob(file.blob, file.name);
      setMessage({ ok: true, text: tr.t('exportDone', { name: files.map((f) => f.name).join(', ') }) });
    } catch (error) {
      setMessage({ ok: false, text: tr.t('exportFailed', { reason: String(error) }) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="export">
      <button type="button" disabled={busy} aria-busy={busy} onClick={() => void run()}>
        {label}
      </button>
      <span role="status" className={message?.ok === false ? 'error small' : 'muted small'}>
        {message?.text}
      </span>
    </span>
  );
}
