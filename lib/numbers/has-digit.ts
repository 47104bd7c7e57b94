const ANY_DIGIT = /\p{Nd}/u;

/**
 * Whether a text holds a digit of any script ("12", "١٤٢", "१२"): otherwise it is a bare word such
 * as "Reply". ASCII text is scanned directly (readers call this for every label of every post);
 * the Unicode test runs only when a non-ASCII character could be another script's digit.
 */
export function hasDigit(text: string): boolean {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
    if (code > 127) ascii = false;
  }
  return !ascii && ANY_DIGIT.test(text);
}
