import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useBundleImport, type BundleProgress } from './store';
import { formatBytes, formatCount } from '../assets/format';
import { ProgressBar } from '../../components/ProgressBar';

/**
 * The bundle on its way: uploading (browser), being checked, or being imported, with a bar in
 * bytes (posts while saving) and "Batalkan". It reuses the export's progress look.
 */
export function BundleProgressPanel() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const stage = useBundleImport((state) => state.stage);
  const fileName = useBundleImport((state) => state.fileName);
  const progress = useBundleImport((state) => state.progress);
  const jobId = useBundleImport((state) => state.jobId);

  const title =
    stage === 'uploading'
      ? t('bundleImport.progress.uploading', { name: fileName ?? '' })
      : stage === 'checking'
        ? t('bundleImport.progress.checking', { name: fileName ?? '' })
        : fileName
          ? t('bundleImport.progress.importing', { name: fileName })
          : t('bundleImport.progress.importingUnknown');
  const amount = amountText(progress, language, t);
  // The host reports a phase key (verify, assets, save); the words are the interface's.
  const phase = isPhase(progress.phase)
    ? t(`bundleImport.progress.phases.${progress.phase}`)
    : null;
  const text = phase ? t('bundleImport.progress.withPhase', { phase, amount }) : amount;
  // An upload can always be stopped; a job only once the host has answered with its id.
  const canCancel = stage === 'uploading' || jobId !== null;

  return (
    <section className="export-progress bundle-progress" aria-label={title} aria-busy="true">
      <div className="export-progress__head">
        <p className="export-progress__title">{title}</p>
        <button
          type="button"
          className="button button--small"
          disabled={!canCancel}
          onClick={() => void useBundleImport.getState().cancel()}
        >
          {t('bundleImport.progress.cancel')}
        </button>
      </div>
      <ProgressBar
        label={t('bundleImport.progress.label')}
        done={progress.done}
        total={progress.total}
        text={text}
      />
    </section>
  );
}

function amountText(progress: BundleProgress, language: string, t: TFunction): string {
  if (progress.total <= 0) return t('bundleImport.progress.preparing');
  if (progress.unit === 'posts') {
    return t('bundleImport.progress.posts', {
      done: formatCount(progress.done, language),
      total: formatCount(progress.total, language),
    });
  }
  return t('bundleImport.progress.bytes', {
    done: formatBytes(progress.done, language),
    total: formatBytes(progress.total, language),
  });
}

const phases = ['verify', 'assets', 'save'] as const;
const isPhase = (value: string | null | undefined): value is (typeof phases)[number] =>
  (phases as readonly unknown[]).includes(value);
