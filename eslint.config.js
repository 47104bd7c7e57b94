import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', '.output', '.wxt', 'demo-output', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.webextensions } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Page text is hostile input: it is never written as HTML.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Set text with textContent; page text is hostile input.' },
        { property: 'outerHTML', message: 'Never write HTML from data.' },
        { property: 'insertAdjacentHTML', message: 'Never write HTML from data.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // Tests and benchmark scripts build fixture pages in the page's own world: that HTML is ours.
    files: ['test/**', 'scripts/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
