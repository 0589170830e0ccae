import { useEffect, useRef, type RefObject } from 'react';

/** Ctrl+S saves wherever focus is, as in every editor; the browser's "save page" is never wanted here. */
export function useSaveShortcut(save: () => void): void {
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        saveRef.current();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/**
 * The panel fits the part of the window below its top edge, so Simpan stays in view whether
 * the page is scrolled to the top (panel starts under the toolbar) or the panel is stuck.
 */
export function useFitToWindow(panelRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const panel = panelRef.current;
    if (!panel) return;
    let frame = 0;
    const fit = () => {
      frame = 0;
      const top = Math.max(panel.getBoundingClientRect().top, 0);
      panel.style.maxHeight = `${Math.max(window.innerHeight - top - 16, 360)}px`;
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(fit);
    };
    fit();
    window.addEventListener('scroll', schedule, { passive: true, capture: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
      cancelAnimationFrame(frame);
    };
  }, [panelRef]);
}

/**
 * Focus returns to whatever opened the panel (a day, a chip) when it closes. `opener` is read
 * once, before the panel takes focus.
 */
export function useReturnFocus(opener: HTMLElement | null): void {
  useEffect(() => {
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, [opener]);
}
