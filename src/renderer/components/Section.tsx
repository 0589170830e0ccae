import { useId, type ReactNode, type Ref } from 'react';

interface SectionProps {
  title: string;
  description?: ReactNode;
  className?: string;
  /** For an address that names the card (the settings screen's `#/pengaturan/kanal`). */
  id?: string;
  /** Given when something moves focus to the card's heading: it then takes focus (tabIndex -1). */
  headingRef?: Ref<HTMLHeadingElement>;
  children: ReactNode;
}

/** One card of a screen (export, bundle import, each settings section): a titled region. */
export function Section({ title, description, className, id, headingRef, children }: SectionProps) {
  const headingId = useId();
  return (
    <section
      className={`card${className ? ` ${className}` : ''}`}
      aria-labelledby={headingId}
      id={id}
    >
      <header className="card__header">
        <h2 id={headingId} ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
          {title}
        </h2>
        {description && <p className="card__description">{description}</p>}
      </header>
      {children}
    </section>
  );
}
