import type { MessageKey } from '../i18n/messages';
import type { Network } from '../model/records';

export const NETWORK_LABEL: Record<Network, MessageKey> = {
  x: 'networkX',
  instagram: 'networkInstagram',
  facebook: 'networkFacebook',
  linkedin: 'networkLinkedin',
};
