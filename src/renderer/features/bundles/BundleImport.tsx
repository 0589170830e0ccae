import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useBundleImport } from './store';
import { carriesFiles } from '../assets/drop';
import { Section } from '../../components/Section';
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
  const [dragging, setDragging] = useState(false);
  const dragDepth = useRef(0);
  const accepting = stage !== 'importing';

  useEffect(() => {
    useBundleImport.getState().init();
  }, []);

  const onDragEnter = (event: DragEvent) => {
    if (!accepting || !carriesFiles(event.dataTransfer)) return;
    event.preventDefault();
    dragDepth.current += 1;
    setDragging(true);
  };
  const onDragOver = (event: DragEvent) => {
    if (!carriesFiles(event.dataTransfer)) return;
    // Always ours while files are dragged over the card: otherwise, during an import, the
    // browser would open the dropped file in place of the app.
    event.preventDefault();
    event.dataTransfer.dropEffect = accepting ? 'copy' : 'none';
  };
  const onDragLeave = (event: DragEvent) => {
    if (!carriesFiles(event.dataTransfer)) return;
    dragDepth.current = Math.max(0, dragDepth.current - 1);
    if (dragDepth.current === 0) setDragging(false);
  };
  const onDrop = (event: DragEvent) => {
    if (!carriesFiles(event.dataTransfer)) return;
    event.preventDefault();
    if (!accepting) return;
    dragDepth.current = 0;
    setDragging(false);
    const files = Array.from(event.dataTransfer.files);
    const store = useBundleImport.getState();
    if (files.length !== 1) {
      useBundleImport.setState({ note: t('bundleImport.oneFile') });
      return;
    }
    void store.chooseFile(files[0]!);
  };

  return (
    <div
      className={`bundle-import${dragging ? ' bundle-import--dragging' : ''}`}
      onDragEnter={onDragEnter}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      <Section title={t('bundleImport.title')} description={t('bundleImport.description')}>
        {stage === 'idle' && <BundlePicker />}
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
        {dragging && (
          <div className="bundle-import__drop" aria-hidden="true">
            <p>{t('bundleImport.dropHere')}</p>
          </div>
        )}
      </Section>
    </div>
  );
}
