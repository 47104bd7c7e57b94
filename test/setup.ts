import 'fake-indexeddb/auto';
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, vi } from 'vitest';

vi.stubGlobal('chrome', fakeBrowser);
vi.stubGlobal('browser', fakeBrowser);

beforeEach(() => {
  fakeBrowser.reset();
});
