import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAssets } from './store';

/**
 * Asset tags as removable chips. Unlike hashtags, a tag may hold spaces ("upacara bendera"), so
 * only Enter or a comma ends one. The library's existing tags are offered as suggestions, which
 * keeps "Upacara" and "upacara " from becoming two tags.
 */
export function TagInput({
  label,
  values,
  onValues,
  error,
  autoFocus,
}: {
  label: string;
  values: string[];
  onValues(values: string[]): void;
  error?: string;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const ids = useId();
  const known = useAssets((state) => state.tags);
  const [text, setText] = useState('');

  const commit = (raw: string) => {
    const added = raw
      .split(',')
      .map((part) => part.trim().replace(/\s+/g, ' '))
      .filter(Boolean);
    setText('');
    const next = [...values];
    for (const tag of added) {
      const spelled =
        known.find((item) => item.tag.toLowerCase() === tag.toLowerCase())?.tag ?? tag;
      if (!next.some((item) => item.toLowerCase() === spelled.toLowerCase())) next.push(spelled);
    }
    if (next.length !== values.length) onValues(next);
  };

  return (
    <div className={`field field--compact${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={`${ids}-input`}>
        {label}
      </label>
      {values.length > 0 && (
        <ul className="assets-chips" aria-label={label}>
          {values.map((tag) => (
            <li key={tag} className="assets-chip">
              {tag}
              <button
                type="button"
                className="assets-chip__remove"
                aria-label={t('assets.detail.removeTag', { tag })}
                onClick={() => onValues(values.filter((item) => item !== tag))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="assets-tag-entry">
        <input
          id={`${ids}-input`}
          type="text"
          value={text}
          list={`${ids}-known`}
          maxLength={60}
          autoComplete="off"
          // Only in a dialog opened for exactly this input.
          autoFocus={autoFocus}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${ids}-error` : `${ids}-hint`}
          onChange={(event) => {
            const value = event.target.value;
            if (value.endsWith(',')) commit(value);
            else setText(value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              commit(text);
            }
          }}
          onBlur={() => {
            if (text.trim()) commit(text);
          }}
        />
        <button
          type="button"
          className="button button--small"
          disabled={text.trim() === ''}
          onClick={() => commit(text)}
        >
          {t('assets.detail.addTag')}
        </button>
      </div>
      <datalist id={`${ids}-known`}>
        {known.slice(0, 100).map(({ tag }) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
      {error ? (
        <p className="field__error" id={`${ids}-error`} role="alert">
          {error}
        </p>
      ) : (
        <p className="field__hint" id={`${ids}-hint`}>
          {t('assets.detail.tagsHint')}
        </p>
      )}
    </div>
  );
}
