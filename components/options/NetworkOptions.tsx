import type { Translator } from '../../lib/i18n/translate';
import { NETWORKS } from '../../lib/model/records';
import { NETWORK_LABEL } from '../../lib/ui/labels';

/** The four networks as the <option>s of a <select>, named in the user's language. */
export function NetworkOptions({ tr }: { tr: Translator }) {
  return NETWORKS.map((n) => (
    <option key={n} value={n}>
      {tr.t(NETWORK_LABEL[n])}
    </option>
  ));
}
