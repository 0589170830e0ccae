import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBundleImport } from './store';
import { useIsAdmin } from '../../stores/session';
import { Section } from '../../components/Section';
import { useFileDrop } from '../../hooks/use-file-drop';
import { BundlePicker } from './BundlePicker';
import { BundleProgressPanel } from './BundleProgressPanel';
import { BundleFailurePanel } from './BundleFailurePanel';
import { BundlePlanReview } from './BundlePlanReview';
import { BundleSummaryPanel } from './BundleSummaryPanel';
import './bundle-import.css';

/**
 * "Impor paket (.linimasa)" on the export screen: choose or drop a bundle, watch it upload and
 * get checked, review the dry run (settling every conflict), import, read what happened. A file
 * may be dropped anywhere on the card while nothing is being imported.
 */
export function BundleImport() {
  const { t } = useTranslation();
  const stage = useBundleImport((state) => state.stage);
  const note = useBundleImport((state) => state.note);
  // Importing a bundle changes the whole office's plan: an administrator's step.
  const isAdmin = useIsAdmin();
  const accepting = isAdmin && stage !== 'importing';

  useEffect(() => {
    useBundleImport.getState().init();
  }, []);

  // While an import runs the card still owns file drags (the browser would otherwise open the
  // dropped file in place of the app) but takes none.
  const drop = useFileDrop({
    accepting,
    onDrop: (dataTransfer) => {
      const files = Array.from(dataTransfer.files);
      if (files.length !== 1) {
        useBundleImport.setState({ note: t('bundleImport.oneFile') });
        return;
      }
      void useBundleImport.getState().chooseFile(files[0]!);
    },
  });

  return (
    <div
      className={`bundle-import${drop.dragging ? ' bundle-import--dragging' : ''}`}
      {...drop.handlers}
    >
      <Section title={t('bundleImport.title')} description={t('bundleImport.description')}>
        {!isAdmin && <p className="list-empty">{t('bundleImport.adminOnly')}</p>}
        {isAdmin && stage === 'idle' && <BundlePicker />}
        {(stage === 'uploading' || stage === 'checking' || stage === 'importing') && (
          <BundleProgressPanel />
        )}
        {stage === 'review' && <BundlePlanReview />}
        {stage === 'failed' && <BundleFailurePanel />}
        {stage === 'done' && <BundleSummaryPanel />}
        {/* Cancellations and refusals by name: said once, politely. */}
        <p className="bundle-import__note" role="status">
          {stage === 'idle' || stage === 'review' ? (note ?? '') : ''}
        </p>
        {drop.dragging && (
          <div className="bundle-import__drop" aria-hidden="true">
            <p>{t('bundleImport.dropHere')}</p>
          </div>
        )}
      </Section>
    </div>
  );
}
