import { useTranslation } from 'react-i18next';
import { useEditor } from './store';

/** "Hanya unggahan ini" or "Seluruh seri": where an edit of a series member goes. */
export function SeriesScope() {
  const { t } = useTranslation();
  const scope = useEditor((state) => state.scope);
  const setScope = useEditor((state) => state.setScope);
  return (
    <fieldset className="fieldset editor-scope">
      <legend>{t('editor.series.scope')}</legend>
      <label className="radio">
        <input
          type="radio"
          name="scope"
          checked={scope === 'one'}
          onChange={() => setScope('one')}
        />
        <span>{t('editor.series.onlyThis')}</span>
      </label>
      <label className="radio">
        <input
          type="radio"
          name="scope"
          checked={scope === 'series'}
          onChange={() => setScope('series')}
        />
        <span>
          {t('editor.series.wholeSeries')}
          <span className="radio__detail">{t('editor.series.wholeSeriesHint')}</span>
        </span>
      </label>
    </fieldset>
  );
}
