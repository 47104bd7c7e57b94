import { hasDigit } from '../../../../lib/networks/x/reading';

describe('hasDigit', () => {
  it('finds ASCII digits anywhere in the text', () => {
    expect(hasDigit('48 Replies')).toBe(true);
    expect(hasDigit('Replies 9')).toBe(true);
    expect(hasDigit('Reply')).toBe(false);
    expect(hasDigit('')).toBe(false);
  });

  it('counts the digits of other scripts (the ASCII fast path falls back to the Unicode test)', () => {
    expect(hasDigit('٤٨ ردًا')).toBe(true); // Arabic-Indic
    expect(hasDigit('۴۸')).toBe(true); // Extended Arabic-Indic (Persian)
    expect(hasDigit('३४२ रीपोस्ट')).toBe(true); // Devanagari
    expect(hasDigit('１２')).toBe(true); // fullwidth
    expect(hasDigit('𝟒𝟖')).toBe(true); // mathematical digits, outside the BMP
  });

  it('does not take other numeric characters for digits', () => {
    expect(hasDigit('J’aime')).toBe(false);
    expect(hasDigit('réponses')).toBe(false);
    expect(hasDigit('x² ½ Ⅻ')).toBe(false); // No and Nl, not Nd
    expect(hasDigit('一二三')).toBe(false); // Han numerals are words
  });
});
