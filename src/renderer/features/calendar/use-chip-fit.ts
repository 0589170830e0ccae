import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { planDay, type DayPlan } from './chip-fit';

/**
 * Measures a month cell and decides how many chips it shows (`chip-fit.ts` does the arithmetic).
 * The cell's body is a fixed share of the window's height; its chips are measured where they are
 * (the shown ones in place, the spares laid out hidden at the same width), so a two-line title
 * counts as two lines. Measured after every render of the cell (it re-renders when its posts or
 * the density change) and whenever its body changes size (one ResizeObserver for all 42 cells).
 */

/** The body (`.day-cell__body`) holds the list (`.day-cell__posts`, one `li` per chip). */
const listSelector = ':scope > .day-cell__posts';

/** The lowest chip seen on screen, shared by all cells; it starts at one line of 0.76rem. */
let minChipHeight = 17;

type Listener = () => void;
const listeners = new Map<Element, Listener>();
let observer: ResizeObserver | undefined;

function observe(element: Element, listener: Listener): () => void {
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) listeners.get(entry.target)?.();
  });
  listeners.set(element, listener);
  observer.observe(element);
  return () => {
    listeners.delete(element);
    observer?.unobserve(element);
  };
}

function measure(body: HTMLElement, total: number): DayPlan {
  const list = body.querySelector<HTMLElement>(listSelector);
  const heights = list
    ? Array.from(list.children, (item) => item.getBoundingClientRect().height)
    : [];
  for (const height of heights) if (height > 0) minChipHeight = Math.min(minChipHeight, height);
  const gap = list ? parseFloat(getComputedStyle(list).getPropertyValue('--chip-gap')) || 0 : 0;
  return planDay({
    available: body.clientHeight,
    heights,
    total,
    gap,
    minChipHeight,
  });
}

/** `rendered` chips go in the list; the first `shown` are visible, the rest are spares to measure. */
export function useChipFit(total: number): {
  bodyRef: RefObject<HTMLDivElement | null>;
  plan: DayPlan;
} {
  const bodyRef = useRef<HTMLDivElement>(null);
  // Before the first measurement: three, as the month showed before it measured.
  const [plan, setPlan] = useState<DayPlan>(() => ({
    shown: Math.min(total, 3),
    rendered: Math.min(total, 3),
  }));

  const update = useCallback(() => {
    const body = bodyRef.current;
    if (!body) return;
    const next = measure(body, total);
    setPlan((current) =>
      current.shown === next.shown && current.rendered === next.rendered ? current : next,
    );
  }, [total]);

  // After every render, before paint: the first frame already shows the chips that fit. A plan
  // that does not change keeps its object, so this settles (planDay is stable, see its tests).
  useLayoutEffect(update);

  useLayoutEffect(() => {
    const body = bodyRef.current;
    return body ? observe(body, update) : undefined;
  }, [update]);

  return { bodyRef, plan };
}
