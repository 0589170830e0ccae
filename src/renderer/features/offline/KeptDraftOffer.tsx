import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultTimeZone } from '../../../shared/domain/time-zones';
import { displayTime, localParts } from '../../../shared/time';
import { useSettings } from '../../stores/settings';
import { useEditor } from '../editor/store';
import { forgetDraft, readKeptDraft, type KeptDraft } from './drafts';
import { postKeyOf } from './editor-link';
import { currentOwner } from './store';

/**
 * "Lanjutkan draf yang belum tersimpan (diketik 10.42)": text typed for this post on this device
 * that never reached the host (the tab closed, the computer crashed), offered once the post is
 * open. Read once per opening, so typing meanwhile does not change what is offered.
 */
/** The kept draft of the open post, when it says something the editor does not show yet. */
function offered(): KeptDraft | null {
  const state = useEditor.getState();
  const postKey = postKeyOf(state);
  const owner = currentOwner();
  const found = postKey && owner ? readKeptDraft(window.localStorage, owner, postKey) : null;
  return found && JSON.stringify(found.draft) !== JSON.stringify(state.draft) ? found : null;
}

export function KeptDraftOffer() {
  const { t, i18n } = useTranslation();
  const zone = useSettings((state) => state.settings?.timeZone ?? defaultTimeZone);
  // The panel shows this only once the post is ready, and mounts it anew for each opening.
  const [kept, setKept] = useState<KeptDraft | null>(offered);

  if (!kept) return null;
  const typed = displayTime(
    localParts(new Date(kept.typedAt).toISOString(), zone).time,
    i18n.language,
  );
  const forget = () => {
    const owner = currentOwner();
    if (owner) forgetDraft(window.localStorage, owner, kept.postKey);
    setKept(null);
  };
  return (
    <div
      className="offline-kept"
      role="group"
      aria-label={t('offline.kept.offer', { time: typed })}
    >
      <button
        type="button"
        className="button button--primary"
        onClick={() => {
          // Typed on an older version: restored through the merge, with a warning.
          useEditor.getState().restoreKept(kept);
          setKept(null);
        }}
      >
        {t('offline.kept.offer', { time: typed })}
      </button>
      <button type="button" className="button" onClick={forget}>
        {t('offline.kept.discard')}
      </button>
    </div>
  );
}
