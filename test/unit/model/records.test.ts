import { MetricReadingSchema } from '../../../lib/model/records';

describe('MetricReadingSchema', () => {
  it('refuses a value outside its bounds', () => {
    expect(MetricReadingSchema.safeParse({ value: 5, raw: '5', min: 6, max: 7 }).success).toBe(false);
  });
  it('keeps an open-ended figure such as "500+"', () => {
    expect(MetricReadingSchema.safeParse({ value: 500, raw: '500+', min: 500, max: null }).success).toBe(
      true,
    );
  });
});

describe('test harness', () => {
  it('gives wxt/browser the fake browser', async () => {
    const { browser } = await import('wxt/browser');
    await browser.storage.local.set({ a: 1 });
    expect(await browser.storage.local.get('a')).toEqual({ a: 1 });
  });
});
