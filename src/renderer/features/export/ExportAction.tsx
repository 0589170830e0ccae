import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/people';
import { navigate } from '../../navigation/use-route';
import type { ExportPreview } from './store';

const gapLabelKeys = {
  officeName: 'office.officeName',
  signerName: 'office.signerName',
  signerPosition: 'office.signerPosition',
} as const;

/** What the button's tooltip names: ⌘E on a Mac, Ctrl+E elsewhere (both work everywhere). */
const exportShortcutLabel = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘E' : 'Ctrl+E';

/**
 * The "Ekspor" button with what to know before pressing it: the PDF's missing letterhead or
 * signer fields (with the way to Settings), and whose name the history will record.
 */
export function ExportAction({
  format,
  preview,
  person,
  disabled,
  busy,
  onExport,
}: {
  format: string;
  preview: ExportPreview | null;
  person: Person | null;
  disabled: boolean;
  busy: boolean;
  onExport(): void;
}) {
  const { t } = useTranslation();
  const gaps = format === 'pdf' ? (preview?.missingProfile ?? []) : [];

  return (
    <div className="export-action">
      {gaps.length > 0 && (
        <div className="notice notice--warning export-action__profile">
          <p>
            {t('export.profileMissing', {
              fields: gaps.map((gap) => t(gapLabelKeys[gap])).join(', '),
            })}{' '}
            {t('export.pdfNeedsProfile')}
          </p>
          <button
            type="button"
            className="button button--small"
            onClick={() => navigate({ screen: 'settings', section: 'office' })}
          >
            {t('export.completeProfile')}
          </button>
        </div>
      )}
      <div className="export-action__row">
        <button
          type="button"
          className="button button--primary export-action__button"
          disabled={disabled || busy}
          title={t('export.action.title', { shortcut: exportShortcutLabel })}
          aria-keyshortcuts="Control+E Meta+E"
          onClick={onExport}
        >
          {busy ? t('export.action.working') : t('export.action.export')}
        </button>
        <p className="muted export-action__who">
          {person && `${t('export.action.actor', { name: person.name })} `}
          {t('export.action.shortcut', { shortcut: exportShortcutLabel })}
        </p>
      </div>
    </div>
  );
}
