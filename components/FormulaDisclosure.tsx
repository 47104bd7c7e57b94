import { useId, useState, type ReactNode } from 'react';
import type { Translator } from '../lib/i18n/translate';

/** A button that shows or hides how a figure is computed. */
export function FormulaDisclosure({
  formula,
  details,
  tr,
}: {
  formula: string;
  details?: ReactNode;
  tr: Translator;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="disclosure">
      <button
        type="button"
        className="link"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {tr.t(open ? 'hideFormula' : 'showFormula')}
      </button>
      <div id={id} className="formula" hidden={!open}>
        <p>
          <span className="formula-label">{tr.t('formula')} </span>
          {formula}
        </p>
        {details}
      </div>
    </div>
  );
}
