import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultTimeZone } from '../../../shared/domain/time-zones';
import { useConnection } from '../../stores/connection';
import { useSettings } from '../../stores/settings';
import { renderConflict } from './merge-seam';
import { useOutbox } from './store';
import './offline.css';

/** How long "Tersambung kembali" stays before it goes by itself. */
const backShownMs = 10_000;

/**
 * The app-wide line about the office host: at once when it is missed, "Tersambung kembali — N
 * perubahan terkirim" when it answers again, and any kept save the host did not take.
 */
export function OfflineBanner() {
  const { t } = useTranslation();
  const reachable = useConnection((state) => state.reachable);
  const reconnected = useConnection((state) => state.reconnected);
  const items = useOutbox((state) => state.items);
  const zone = useSettings((state) => state.settings?.timeZone ?? defaultTimeZone);

  useEffect(() => useOutbox.getState().load(), []);
  useEffect(() => {
    if (!reconnected) return;
    const timer = setTimeout(() => useConnection.getState().dismissReconnected(), backShownMs);
    return () => clearTimeout(timer);
  }, [reconnected]);

  const text = !reachable
    ? t('offline.lost')
    : reconnected
      ? reconnected.sent > 0
        ? t('offline.back', { count: reconnected.sent })
        : t('offline.backNothing')
      : '';
  const problems = items.filter((item) => item.problem);

  return (
    <div className="offline">
      <div
        role="status"
        aria-live="polite"
        className={`offline__status${text ? ` offline__status--${reachable ? 'back' : 'lost'}` : ''}`}
      >
        {text}
      </div>
      {problems.map((item) =>
        renderConflict(
          item,
          {
            keepMine: () => void useOutbox.getState().keepMine(item.id),
            takeTheirs: () => useOutbox.getState().takeTheirs(item.id),
            keepMerged: (merged) => void useOutbox.getState().keepMine(item.id, merged),
          },
          zone,
        ),
      )}
    </div>
  );
}
