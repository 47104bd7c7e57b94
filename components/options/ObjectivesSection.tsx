import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { KpiLensDatabase } from '../../lib/db/database';
import type { Translator } from '../../lib/i18n/translate';
import type { Objective } from '../../lib/model/objectives';
import { draftFromObjective, emptyDraft, type ObjectiveDraft } from '../../lib/ui/objective-draft';
import { ObjectiveEditor } from './ObjectiveEditor';
import { ObjectiveList } from './ObjectiveList';

/** Objectives first, then the one or two KPIs that measure each. */
export function ObjectivesSection({ db, now, tr }: { db: KpiLensDatabase; now: string; tr: Translator }) {
  const objectives = useLiveQuery(() => db.objectives.orderBy('createdAt').toArray(), [db]);
  const accounts = useLiveQuery(() => db.accounts.toArray(), [db]);
  const [editing, setEditing] = useState<ObjectiveDraft | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);

  const fresh = (): ObjectiveDraft => {
    const owned = (accounts ?? []).filter((a) => a.owned);
    const network = owned[0]?.network ?? accounts?.[0]?.network ?? 'instagram';
    return emptyDraft(
      network,
      owned.filter((a) => a.network === network).map((a) => a.handle),
    );
  };

  const onSaved = async (objective: Objective) => {
    await db.objectives.put(objective);
    setSaved(objective.title ?? objective.kind);
    setEditing(null);
    setFormKey((k) => k + 1);
  };

  return (
    <section id="objectives" className="card" aria-labelledby="objectives-heading">
      <h2 id="objectives-heading">{tr.t('objectives')}</h2>
      <p className="muted">{tr.t('objectivesIntro')}</p>
      {objectives && (
        <ObjectiveList
          objectives={objectives}
          tr={tr}
          onEdit={(o) => {
            setSaved(null);
            setEditing(draftFromObjective(o));
            setFormKey((k) => k + 1);
          }}
          onActive={(o, active) => void db.objectives.put({ ...o, active })}
          onDelete={(o) => void db.objectives.delete(o.id)}
        />
      )}
      {accounts && (
        <ObjectiveEditor
          key={formKey}
          initial={editing ?? fresh()}
          editing={editing !== null}
          accounts={accounts}
          now={now}
          tr={tr}
          onSave={onSaved}
          onCancel={() => {
            setEditing(null);
            setFormKey((k) => k + 1);
          }}
        />
      )}
      <p role="status" className="ok">
        {saved && tr.t('objectiveSaved')}
      </p>
    </section>
  );
}
