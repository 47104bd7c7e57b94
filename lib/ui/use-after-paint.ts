import { startTransition, useEffect, useState } from 'react';

/** If no frame comes (a page opened in a hidden tab), go on after this long anyway. */
const NO_FRAME_MS = 200;
/** After the frame, wait for the browser to be idle, but no longer than this. */
const IDLE_WAIT_MS = 100;

/**
 * True once `ready` has been true and the browser has had a frame to paint what it showed (and an
 * idle moment after it): the popup starts its secondary work (network overviews, footer) only after
 * the objectives' figures are on screen, and renders it as a transition, which yields to the browser.
 */
export function useAfterPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let idle: number | undefined;
    const go = () => startTransition(() => setPainted(true));
    const whenIdle = () => {
      if (typeof requestIdleCallback === 'function')
        idle = requestIdleCallback(go, { timeout: IDLE_WAIT_MS });
      else go();
    };
    // A task queued from the next frame's callback runs after that frame is painted.
    const afterFrame = () => {
      clearTimeout(fallback);
      timer = setTimeout(whenIdle, 0);
    };
    const fallback = setTimeout(go, NO_FRAME_MS);
    const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(afterFrame) : undefined;
    return () => {
      clearTimeout(fallback);
      if (frame !== undefined) cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [ready, painted]);
  return painted;
}
