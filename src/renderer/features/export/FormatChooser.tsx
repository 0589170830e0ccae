import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { exportFormats, type ExportFormat } from '../../../shared/domain/exports';
import { CheckboxField, SelectField } from '../../components/fields';
import { useExports, type ExportPreview } from './store';
import { formatBytes, formatCount } from '../assets/format';
import type { ExportForm } from './model';

/**
 * One card per format, each saying what it is for; the CSV card opens the scheduling tools'
 * layouts (with where each layout comes from), the bundle card says how much it carries.
 */
export function FormatChooser({
  form,
  preview,
}: {
  form: ExportForm;
  preview: ExportPreview | null;
}) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const setForm = useExports((state) => state.setForm);
  const presets = useExports((state) => state.presets);
  const preset = presets.find((entry) => entry.id === form.preset);

  const card = (format: ExportFormat) => {
    const titleId = `${ids}-${format}-title`;
    const detailId = `${ids}-${format}-detail`;
    const extraId = `${ids}-${format}-extra`;
    const extra =
      format === 'bundle' && preview
        ? t('export.format.bundleAssets', {
            assets: formatCount(preview.assets, i18n.language),
            size: formatBytes(preview.assetBytes, i18n.language),
          })
        : null;
    return (
      <label key={format} className="radio export-format">
        <input
          type="radio"
          name={`${ids}-format`}
          value={format}
          checked={form.format === format}
          aria-labelledby={titleId}
          aria-describedby={extra ? `${detailId} ${extraId}` : detailId}
          onChange={() => setForm({ format })}
        />
        <span className="export-format__text">
          <span className="export-format__name" id={titleId}>
            {t(`export.format.names.${format}`)}
          </span>
          <span className="radio__detail" id={detailId}>
            {t(`export.format.details.${format}`)}
          </span>
          {extra && (
            <span className="radio__detail export-format__extra" id={extraId}>
              {extra}
            </span>
          )}
        </span>
      </label>
    );
  };

  return (
    <>
      <fieldset className="fieldset export-formats">
        <legend>{t('export.format.legend')}</legend>
        <div className="export-formats__grid">{exportFormats.map(card)}</div>
      </fieldset>
      {form.format === 'bundle' && (
        <div className="export-preset">
          <CheckboxField
            label={t('export.format.includeAssets')}
            checked={form.includeAssets}
            onChecked={(checked) => setForm({ includeAssets: checked })}
          />
          <p className="field__hint">{t('export.format.includeAssetsHint')}</p>
        </div>
      )}
      {form.format === 'csv' && presets.length > 0 && (
        <div className="export-preset">
          <SelectField
            label={t('export.format.preset')}
            name="preset"
            value={form.preset}
            options={presets.map((entry) => ({ value: entry.id, label: entry.label }))}
            onValue={(value) => setForm({ preset: value })}
            hint={preset?.description}
          />
          {preset && (
            <p className="export-preset__source">
              {t('export.format.presetSource', { source: preset.source })}
            </p>
          )}
        </div>
      )}
    </>
  );
}
