import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBundleImport } from './store';
import { bundleExtension } from './model';

/**
 * "Pilih berkas paket…": the system's open dialog in the desktop app (main reads the file where
 * it lies, no copy through the page); a browser's file chooser otherwise, whose file is uploaded.
 */
export function BundlePicker({ label, hint = true }: { label?: string; hint?: boolean }) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);

  const choose = () => {
    if (window.linimasaDesktop) void useBundleImport.getState().chooseWithDialog();
    else inputRef.current?.click();
  };

  return (
    <div className="bundle-picker">
      <button type="button" className="button button--primary" onClick={choose}>
        {label ?? t('bundleImport.choose')}
      </button>
      {hint && <p className="muted bundle-picker__hint">{t('bundleImport.dropHint')}</p>}
      <input
        ref={inputRef}
        type="file"
        accept={bundleExtension}
        hidden
        aria-label={t('bundleImport.fileLabel')}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so that choosing the same file again (after a cancel) still reports a change.
          event.currentTarget.value = '';
          if (file) void useBundleImport.getState().chooseFile(file);
        }}
      />
    </div>
  );
}
