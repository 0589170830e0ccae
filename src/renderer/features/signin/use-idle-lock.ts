import { useEffect } from 'react';
import { idleLeftMs } from './model';

/** What counts as the person using the window. Requests the app makes by itself do not. */
const inputEvents = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Calls `onIdle` once the window has had no pointer or keyboard input for `minutes`; null
 * switches the watch off (locked, or not signed in). One timer at a time, re-armed for what is
 * left when it fires, so a stream of pointer moves costs a timestamp each and no timer churn.
 */
export function useIdleLock(minutes: number | null, onIdle: () => void): void {
  useEffect(() => {
    if (!minutes) return;
    let lastInputAt = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onInput = () => {
      lastInputAt = Date.now();
    };
    const check = () => {
      const left = idleLeftMs(lastInputAt, Date.now(), minutes);
      if (left <= 0) onIdle();
      else timer = setTimeout(check, left);
    };
    for (const name of inputEvents)
      window.addEventListener(name, onInput, { capture: true, passive: true });
    timer = setTimeout(check, minutes * 60_000);
    return () => {
      clearTimeout(timer);
      for (const name of inputEvents) window.removeEventListener(name, onInput, { capture: true });
    };
  }, [minutes, onIdle]);
}
