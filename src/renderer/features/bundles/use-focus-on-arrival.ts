import { useEffect, type RefObject } from 'react';

/**
 * Moves focus to a panel's heading when it replaces the one the person was using (the
 * progress panel's "Batalkan" vanishes with it, leaving focus nowhere), so keyboard and
 * screen-reader users land on the result. Focus elsewhere on the page is left alone.
 */
export function useFocusOnArrival(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const active = document.activeElement;
    if (active === null || active === document.body) ref.current?.focus();
  }, [ref]);
}
