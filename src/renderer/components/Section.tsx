import { useId, type ReactNode } from 'react';

/** One card of the export screen: a titled region, as the settings screen's sections are. */
export function Section({
  title,
  description,
  className,
  children,
}: {
  title: string;
  description?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section
      className={`card export-card${className ? ` ${className}` : ''}`}
      aria-labelledby={headingId}
    >
      <header className="card__header">
        <h2 id={headingId}>{title}</h2>
        {description && <p className="card__description">{description}</p>}
      </header>
      {children}
    </section>
  );
}
