import { useEffect, useRef, type ReactNode } from 'react';
import { useRoute } from '../../navigation/use-route';
import type { SettingsSection as SectionName } from '../../navigation/routes';

interface SettingsSectionProps {
  name: SectionName;
  title: string;
  description?: ReactNode;
  children: ReactNode;
}

/**
 * One card on the settings screen. When the address names this section (`#/pengaturan/kanal`,
 * e.g. from the calendar's "Tambahkan kanal" button) it scrolls into view and takes focus.
 */
export function SettingsSection({ name, title, description, children }: SettingsSectionProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const targeted = useRoute((state) => state.route.section === name);
  const visit = useRoute((state) => state.visit);
  const headingId = `settings-${name}-title`;

  useEffect(() => {
    if (!targeted) return;
    headingRef.current?.scrollIntoView({ block: 'start' });
    headingRef.current?.focus({ preventScroll: true });
  }, [targeted, visit]);

  return (
    <section className="card settings-section" aria-labelledby={headingId} id={`settings-${name}`}>
      <header className="card__header">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {title}
        </h2>
        {description && <p className="card__description">{description}</p>}
      </header>
      {children}
    </section>
  );
}
