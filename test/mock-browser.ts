// Stands in for `wxt/browser` in unit tests (see vitest.config.ts).
import { fakeBrowser } from '@webext-core/fake-browser';

export const browser = fakeBrowser;
export default fakeBrowser;
