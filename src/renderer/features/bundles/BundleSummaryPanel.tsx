import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../navigation/use-route';
import { useBundleImport } from './store';
import { useCalendar } from '../calendar/store';
import { useSettings } from '../../stores/settings';
import { formatCount } from '../assets/format';
import { firstImportedDay, summaryParts } from './model';
import { useFocusOnArrival } from './use-focus-on-arrival';
import { defaultTimeZone } from '../../../shared/domain/time-zones';

/**
 * What the import did, in one sentence ("12 unggahan baru, 3 diperbarui, 1 disimpan keduanya,
 * 5 aset disalin."), and the way to see it: the calendar, opened on the first imported day.
 */
export function BundleSummaryPanel() {
  const { t, i18n } = useTranslation();
  const summary = useBundleImport((state) => state.summary);
  const plan = useBundleImport((state) => state.plan);
  const resolutions = useBundleImport((state) => state.resolutions);
  const zone = useSettings((state) => state.settings?.timeZone ?? defaultTimeZone);
  const titleRef = useRef<HTMLParagraphElement>(null);
  useFocusOnArrival(titleRef);
  if (!summary) return null;

  const parts = summaryParts(summary);
  // "10 sudah sama" alone is better said as "nothing changed".
  const quiet = parts.every(({ part }) => part === 'unchanged' || part === 'assetsReused');
  const sentence = quiet
    ? t('bundleImport.summary.nothing')
    : t('bundleImport.summary.sentence', {
        parts: parts
          .map(({ part, count }) =>
            t(`bundleImport.summary.parts.${part}`, { n: formatCount(count, i18n.language) }),
          )
          .join(', '),
      });

  const openCalendar = () => {
    const day = plan ? firstImportedDay(plan, resolutions, zone) : null;
    if (day) useCalendar.getState().goTo(day);
    navigate({ screen: 'calendar' });
  };

  return (
    <div className="bundle-summary">
      <div role="status">
        <p className="bundle-summary__title" ref={titleRef} tabIndex={-1}>
          {t('bundleImport.summary.title')}
        </p>
        <p className="bundle-summary__sentence">{sentence}</p>
      </div>
      <div className="bundle-summary__actions">
        <button type="button" className="button button--primary" onClick={openCalendar}>
          {t('bundleImport.summary.openCalendar')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void useBundleImport.getState().reset()}
        >
          {t('bundleImport.summary.another')}
        </button>
      </div>
    </div>
  );
}
