import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../stores/session';
import { useNeedsAction } from './store';

/** Others approve and request changes too: the counter looks again this often. */
const refreshMs = 60_000;

/** Keeps the sidebar's counter current: on start, when another person signs in, then every minute. */
export function useNeedsActionRefresh(): void {
  const personId = useSession((state) => state.currentPersonId);
  useEffect(() => {
    void useNeedsAction.getState().load();
    const timer = setInterval(() => void useNeedsAction.getState().load(), refreshMs);
    return () => clearInterval(timer);
  }, [personId]);
}

/** The number beside "Perlu tindakan" in the sidebar; nothing when nothing waits. */
export function NeedsActionCount() {
  const { t } = useTranslation();
  const count = useNeedsAction((state) => state.data?.count ?? 0);
  if (count === 0) return null;
  return (
    <span className="nav__count" aria-label={t('actions.count', { count })}>
      {count}
    </span>
  );
}

/** A tray with a tick: what waits for me. */
export function ActionsIcon({ size = 20 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <path
        d="M4 13h4l2 3h4l2-3h4M4 13l2-8h12l2 8v6H4v-6Z"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinejoin="round"
      />
      <path d="m9 8.5 2 2 4-4" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}
