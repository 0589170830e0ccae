import { useEffect } from 'react';
import type { Settings } from '../../../shared/domain/settings';
import { LoadProblem } from '../../components/LoadProblem';
import { ImportedDays } from './observances/ImportedDays';
import { LocalDays } from './observances/LocalDays';
import { SourcesForm } from './observances/SourcesForm';
import { useObservances } from './observances/store';
import './settings-extra.css';

/**
 * Day badges on the calendar: which sources to show, the office's own days (Hari Jadi
 * Kabupaten), and moving holidays imported from an .ics file. The parts live in observances/,
 * the days in its store.
 */
export function ObservancesSection({ settings }: { settings: Settings }) {
  const days = useObservances((state) => state.days);
  const status = useObservances((state) => state.status);
  const loadError = useObservances((state) => state.loadError);

  useEffect(() => {
    void useObservances.getState().load();
  }, []);

  return (
    <div className="observance-settings">
      <SourcesForm sources={settings.observanceSources} />
      {status === 'error' ? (
        <LoadProblem
          message={loadError?.message ?? ''}
          onRetry={() => void useObservances.getState().load()}
        />
      ) : (
        <>
          <LocalDays days={days.filter((day) => day.kind === 'local')} ready={status === 'ready'} />
          <ImportedDays days={days.filter((day) => day.kind === 'imported')} />
        </>
      )}
    </div>
  );
}
