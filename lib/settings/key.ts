/** Settings live in `storage.local` under this key so content scripts can read them without the database. */
export const SETTINGS_KEY = 'settings';
