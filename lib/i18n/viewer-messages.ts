import type { Language } from './messages';

/**
 * Strings of the "logged-in account" suggestion (issue 7), kept apart from messages.ts. French is
 * the reference: a key missing in English fails the type check. `{handle}` and `{network}` are
 * placeholders the component fills (the handle inside `<bdi>`).
 */
export const viewerFr = {
  viewerDetectedList: 'Compte connecté détecté',
  viewerReason: 'Vous semblez connecté·e en tant que {handle} sur {network}',
  viewerIsMine: 'C’est mon compte',
  viewerIsMineNamed: 'C’est mon compte : {handle} ({network})',
};

export type ViewerMessageKey = keyof typeof viewerFr;

export const viewerEn: Record<ViewerMessageKey, string> = {
  viewerDetectedList: 'Logged-in account detected',
  viewerReason: 'You appear to be logged in as {handle} on {network}',
  viewerIsMine: 'This is my account',
  viewerIsMineNamed: 'This is my account: {handle} ({network})',
};

export const VIEWER_MESSAGES: Record<Language, Record<ViewerMessageKey, string>> = {
  fr: viewerFr,
  en: viewerEn,
};

/** The template of `key` in `language`, split around `{name}` placeholders (odd entries are names). */
export function viewerTemplate(language: Language, key: ViewerMessageKey): string[] {
  return VIEWER_MESSAGES[language][key].split(/\{(\w+)\}/);
}

/** `key` in `language` with its placeholders replaced by plain text. */
export function viewerText(
  language: Language,
  key: ViewerMessageKey,
  vars: Record<string, string> = {},
): string {
  return viewerTemplate(language, key)
    .map((part, i) => (i % 2 === 1 ? (vars[part] ?? `{${part}}`) : part))
    .join('');
}
