import { createContext, useContext, useEffect, useState } from 'react';

/** The current time as an ISO instant. Tests give a fixed one. */
export type Clock = () => string;

export const systemClock: Clock = () => new Date().toISOString();

export const ClockContext = createContext<Clock>(systemClock);

export function useClock(): Clock {
  return useContext(ClockContext);
}

/**
 * The current time, refreshed every `everyMs` so periods that end "now" move on. `initial` is the
 * first value when a query was already started for it (the popup's objectives).
 */
export function useNow(everyMs = 60_000, initial?: string): string {
  const clock = useClock();
  const [now, setNow] = useState(initial ?? clock);
  useEffect(() => {
    const timer = setInterval(() => setNow(clock()), everyMs);
    return () => clearInterval(timer);
  }, [clock, everyMs]);
  return now;
}
