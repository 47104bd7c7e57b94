import { renderHook, waitFor } from '@testing-library/react';
import { useAfterPaint } from '../../../lib/ui/use-after-paint';

describe('useAfterPaint', () => {
  it('stays false until ready, then turns true after a frame, and stays true', async () => {
    const { result, rerender } = renderHook(({ ready }) => useAfterPaint(ready), {
      initialProps: { ready: false },
    });
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(result.current).toBe(false);
    rerender({ ready: true });
    expect(result.current).toBe(false);
    await waitFor(() => expect(result.current).toBe(true));
    rerender({ ready: false });
    expect(result.current).toBe(true);
  });

  it('goes on without a frame (a hidden page gets none)', async () => {
    vi.spyOn(globalThis, 'requestAnimationFrame').mockImplementation(() => 1);
    const { result } = renderHook(() => useAfterPaint(true));
    await waitFor(() => expect(result.current).toBe(true), { timeout: 1000 });
  });
});
