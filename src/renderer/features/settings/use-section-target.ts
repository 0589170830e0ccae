import { useEffect, useRef } from 'react';
import { useRoute } from '../../navigation/use-route';
import type { SettingsSection } from '../../navigation/routes';

/**
 * When the address names this settings section (`#/pengaturan/kanal`, e.g. from the calendar's
 * "Tambahkan kanal" button), its heading scrolls into view and takes focus. Returns the ref for
 * the card's heading (`Section`'s `headingRef`).
 */
export function useSectionTarget(name: SettingsSection) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const targeted = useRoute((state) => state.route.section === name);
  const visit = useRoute((state) => state.visit);

  useEffect(() => {
    if (!targeted) return;
    headingRef.current?.scrollIntoView({ block: 'start' });
    headingRef.current?.focus({ preventScroll: true });
  }, [targeted, visit]);

  return headingRef;
}
