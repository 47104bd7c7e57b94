import { NETWORKS } from '../../../../lib/model/records';
import { xAdapter } from '../../../../lib/networks/x';

describe('the X adapter', () => {
  it('declares network x, parser version 1, and the post and profile hooks', () => {
    expect(NETWORKS).toContain(xAdapter.network);
    expect(xAdapter.network).toBe('x');
    expect(xAdapter.parserVersion).toBe(1);
    expect(xAdapter.postSelector).toBe('article[data-testid="tweet"]');
    expect(xAdapter.profileSelector).toBe('[data-testid="UserName"]');
    expect(typeof xAdapter.readProfile).toBe('function');
  });

  it('observes main[role=main] when the primary column has no testid, and nothing on other pages', () => {
    const withMain = new DOMParser().parseFromString('<main role="main"><div></div></main>', 'text/html');
    expect(xAdapter.findScopes(withMain).map((e) => e.tagName)).toEqual(['MAIN']);
    const empty = new DOMParser().parseFromString('<div>login</div>', 'text/html');
    expect(xAdapter.findScopes(empty)).toEqual([]);
  });
});
