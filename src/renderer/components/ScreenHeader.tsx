import { useEffect, useRef, type ReactNode } from 'react';
import { useRoute } from '../navigation/use-route';

/**
 * The screen's h1. After a navigation (not on first load) focus moves here, so keyboard and
 * screen-reader users land at the top of the new screen instead of staying in the menu.
 */
export function ScreenHeader({ title, children }: { title: string; children?: ReactNode }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const visit = useRoute((state) => state.visit);
  const hasSection = useRoute((state) => state.route.section !== undefined);

  useEffect(() => {
    if (visit > 0 && !hasSection) headingRef.current?.focus();
  }, [visit, hasSection]);

  return (
    <header className="screen-header">
      <h1 ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      {children && <div className="screen-header__intro">{children}</div>}
    </header>
  );
}
