import {
  closestCenter,
  DndContext,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { AssetSummary } from '../../../shared/domain/assets';
import { readAssetRecords, rememberAssetRecords, useAssetRecords } from '../assets/asset-records';
import {
  createAttachmentUploads,
  type AttachmentUploadProgress,
  type AttachmentUploads,
} from '../assets/attachment-uploads';
import { droppedFilesOnly, useFileDrop } from '../../hooks/use-file-drop';
import { AssetPicker, AssetThumb, assetName, useDescribeAsset } from './AssetPicker';
import { attachAssets, detachAsset, maxAttachments, moveAsset, type PostDraft } from './draft';
import './assets-field.css';

// ---------- What the editor knows about attached assets ----------

/** An attachment's library record: undefined while loading, null when it cannot be shown. */
export type AttachedAsset = AssetSummary | null | undefined;

/**
 * The library records of `ids`, in order. Each id is read once per editor session (the hook's
 * lifetime), so the figures the platform checks use are current.
 */
export function useAttachedAssets(ids: readonly string[]): AttachedAsset[] {
  const byId = useAssetRecords((state) => state.byId);
  const readThisSession = useRef(new Set<string>());
  useEffect(() => {
    const unread = ids.filter((id) => !readThisSession.current.has(id));
    if (unread.length === 0) return;
    unread.forEach((id) => readThisSession.current.add(id));
    void readAssetRecords(unread);
  }, [ids]);
  return useMemo(() => ids.map((id) => byId[id]), [ids, byId]);
}

// ---------- The section ----------

interface AssetsFieldProps {
  assetIds: string[];
  /** `assetIds`' library records, in the same order (from useAttachedAssets). */
  attached: AttachedAsset[];
  onDraft(update: (draft: PostDraft) => PostDraft): void;
  disabled: boolean;
  error?: string;
}

type FocusRequest = { id: string; action: 'up' | 'down' | 'remove' } | { id: null };

// Pointer drags only (the buttons are the keyboard's way), so dnd-kit's own English
// announcements would only talk over the ones below.
const silent: Announcements = {
  onDragStart: () => undefined,
  onDragMove: () => undefined,
  onDragOver: () => undefined,
  onDragEnd: () => undefined,
  onDragCancel: () => undefined,
};

/**
 * "Aset": the post's attachments in order (the carousel's order; the first is the cover and
 * the chip's thumbnail), each with its thumbnail, name, type and size. Reordered with
 * "Naikkan"/"Turunkan" or by dragging a row's handle; "Tambah dari pustaka" opens the picker;
 * files dropped here from the computer are uploaded into the library and attached.
 */
export function AssetsField({ assetIds, attached, onDraft, disabled, error }: AssetsFieldProps) {
  const { t } = useTranslation();
  const ids = useId();
  const [picking, setPicking] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [uploading, setUploading] = useState<AttachmentUploadProgress | null>(null);
  const [uploadProblems, setUploadProblems] = useState<string[]>([]);
  const sectionRef = useRef<HTMLElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const focusRequest = useRef<FocusRequest | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }));

  // The latest onDraft, for uploads that finish after a re-render.
  const draftRef = useRef(onDraft);
  const tRef = useRef(t);
  useLayoutEffect(() => {
    draftRef.current = onDraft;
    tRef.current = t;
  });
  const uploads = useRef<AttachmentUploads | null>(null);
  useEffect(() => {
    uploads.current = createAttachmentUploads({
      onBegin: () => setUploadProblems([]),
      // Attached as each arrives, so the post keeps the order the files were dropped in.
      onAsset: (assetId) => draftRef.current((draft) => attachAssets(draft, [assetId])),
      onProgress: setUploading,
      onFinish: (problems, count) => {
        setUploadProblems(problems);
        setAnnouncement(tRef.current('attachments.drop.done', { count }));
      },
    });
    // The editor closed: the upload on its way stops, and there is no one to tell.
    return () => uploads.current?.cancel();
  }, []);
  const drop = useFileDrop({
    accepting: !disabled,
    onDrop: (dataTransfer) => {
      const files = droppedFilesOnly(dataTransfer);
      if (files.length > 0) uploads.current?.add(files);
    },
  });

  const nameAt = (index: number) => {
    const asset = attached[index];
    return asset ? assetName(asset) : t('attachments.position', { position: index + 1 });
  };

  const move = (from: number, to: number, focus?: 'up' | 'down') => {
    const id = assetIds[from];
    if (id === undefined || to < 0 || to >= assetIds.length || from === to) return;
    onDraft((draft) => moveAsset(draft, from, to));
    setAnnouncement(
      t('attachments.moved', {
        name: nameAt(from),
        position: to + 1,
        count: assetIds.length,
      }),
    );
    if (focus) focusRequest.current = { id, action: focus };
  };

  const remove = (index: number) => {
    const id = assetIds[index];
    if (id === undefined) return;
    onDraft((draft) => detachAsset(draft, id));
    setAnnouncement(t('attachments.removed', { name: nameAt(index) }));
    // Focus goes to the row that takes its place, else the one above, else "Tambah".
    const next = assetIds[index + 1] ?? assetIds[index - 1];
    focusRequest.current = next ? { id: next, action: 'remove' } : { id: null };
  };

  // Moving a row moves its DOM node, which loses focus: put it back on the same button, or on
  // its neighbour when the row reached an end and that button is now disabled. Runs after each
  // render; a request is made by the handlers and used once.
  useLayoutEffect(() => {
    const request = focusRequest.current;
    if (!request) return;
    focusRequest.current = null;
    if (request.id === null) {
      addRef.current?.focus();
      return;
    }
    const row = sectionRef.current?.querySelector(`[data-asset-id="${request.id}"]`);
    const wanted = row?.querySelector<HTMLButtonElement>(`[data-action="${request.action}"]`);
    const fallback = row?.querySelector<HTMLButtonElement>('button:not(:disabled)');
    (wanted && !wanted.disabled ? wanted : fallback)?.focus();
  });

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over) return;
    const from = assetIds.indexOf(String(active.id));
    const to = assetIds.indexOf(String(over.id));
    if (from >= 0 && to >= 0) move(from, to);
  };

  const attachPicked = (assets: AssetSummary[]) => {
    rememberAssetRecords(assets);
    onDraft((draft) =>
      attachAssets(
        draft,
        assets.map((asset) => asset.id),
      ),
    );
    setAnnouncement(t('attachments.added', { count: assets.length }));
    setPicking(false);
    focusRequest.current = { id: null };
  };

  const headingId = `${ids}-heading`;
  const hintId = `${ids}-hint`;
  const room = maxAttachments - assetIds.length;

  return (
    <section
      ref={sectionRef}
      className={`field attach-field${drop.dragging ? ' attach-field--drop' : ''}${error ? ' field--invalid' : ''}`}
      aria-labelledby={headingId}
      aria-describedby={hintId}
      {...drop.handlers}
    >
      <div className="attach-field__head">
        <h3 id={headingId} className="field__label attach-field__title">
          {t('attachments.heading')}
          {assetIds.length > 0 && (
            <span className="attach-field__count">
              {t('attachments.count', { count: assetIds.length })}
            </span>
          )}
        </h3>
        <button
          ref={addRef}
          type="button"
          className="button button--small"
          disabled={disabled || room <= 0}
          onClick={() => setPicking(true)}
        >
          {t('attachments.add')}
        </button>
      </div>
      <p className="field__hint" id={hintId}>
        {room <= 0 ? t('attachments.tooMany', { max: maxAttachments }) : t('attachments.hint')}
      </p>

      {assetIds.length === 0 ? (
        <p className="attach-field__empty">{t('attachments.none')}</p>
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{ announcements: silent, screenReaderInstructions: { draggable: '' } }}
        >
          <ol className="attach-field__list" aria-label={t('attachments.listLabel')}>
            {assetIds.map((id, index) => (
              <AttachmentRow
                key={id}
                id={id}
                index={index}
                count={assetIds.length}
                asset={attached[index]}
                disabled={disabled}
                onMove={move}
                onRemove={remove}
              />
            ))}
          </ol>
        </DndContext>
      )}

      {drop.dragging && (
        <p className="attach-field__drop" aria-hidden="true">
          {t('attachments.drop.target')}
        </p>
      )}
      <p className="attach-field__progress" role="status">
        {uploading
          ? t('attachments.drop.uploading', {
              name: uploading.name,
              done: uploading.done + 1,
              total: uploading.total,
            })
          : ''}
      </p>
      {uploadProblems.length > 0 && (
        <ul className="attach-field__problems" role="alert">
          {uploadProblems.map((problem, index) => (
            <li key={index}>{problem}</li>
          ))}
        </ul>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>

      <AssetPicker
        open={picking}
        attachedIds={assetIds}
        room={room}
        onClose={() => {
          setPicking(false);
          focusRequest.current = { id: null };
        }}
        onConfirm={attachPicked}
      />
    </section>
  );
}

function AttachmentRow({
  id,
  index,
  count,
  asset,
  disabled,
  onMove,
  onRemove,
}: {
  id: string;
  index: number;
  count: number;
  asset: AttachedAsset;
  disabled: boolean;
  onMove(from: number, to: number, focus: 'up' | 'down'): void;
  onRemove(index: number): void;
}) {
  const { t } = useTranslation();
  const describe = useDescribeAsset();
  const drag = useDraggable({ id, disabled });
  const drop = useDroppable({ id, disabled });
  const name = asset ? assetName(asset) : t('attachments.position', { position: index + 1 });
  const style: CSSProperties | undefined = drag.transform
    ? { transform: `translate3d(0, ${Math.round(drag.transform.y)}px, 0)` }
    : undefined;
  const problem =
    asset === null
      ? t('attachments.unavailable')
      : asset && asset.status !== 'ok'
        ? t(`attachments.status.${asset.status}`)
        : '';

  return (
    <li
      ref={(node) => {
        drag.setNodeRef(node);
        drop.setNodeRef(node);
      }}
      className={[
        'attach-row',
        drag.isDragging ? 'attach-row--dragging' : '',
        drop.isOver && !drag.isDragging ? 'attach-row--over' : '',
        problem ? 'attach-row--problem' : '',
      ]
        .filter(Boolean)
        .join(' ')}
      style={style}
      data-asset-id={id}
    >
      {!disabled && (
        // For the mouse only: the buttons below do the same from the keyboard.
        <span
          className="attach-row__handle"
          title={t('attachments.dragHandle')}
          aria-hidden="true"
          {...drag.listeners}
        >
          ⠿
        </span>
      )}
      <span className="attach-row__position">{index + 1}</span>
      {asset ? (
        <AssetThumb asset={asset} size="row" />
      ) : (
        <span className="attach-thumb attach-thumb--row" aria-hidden="true" />
      )}
      <span className="attach-row__text">
        <span className="attach-row__name" title={asset ? name : undefined}>
          {asset === undefined ? t('attachments.loading') : name}
        </span>
        <span className="attach-row__meta">
          {asset ? describe(asset) : ''}
          {problem && <span className="attach-row__problem">{problem}</span>}
        </span>
      </span>
      {!disabled && (
        <span className="attach-row__actions">
          <button
            type="button"
            className="attach-button"
            data-action="up"
            disabled={index === 0}
            aria-label={t('attachments.moveUp', { name })}
            title={t('attachments.moveUp', { name })}
            onClick={() => onMove(index, index - 1, 'up')}
          >
            ↑
          </button>
          <button
            type="button"
            className="attach-button"
            data-action="down"
            disabled={index === count - 1}
            aria-label={t('attachments.moveDown', { name })}
            title={t('attachments.moveDown', { name })}
            onClick={() => onMove(index, index + 1, 'down')}
          >
            ↓
          </button>
          <button
            type="button"
            className="attach-button attach-button--danger"
            data-action="remove"
            aria-label={t('attachments.remove', { name })}
            title={t('attachments.remove', { name })}
            onClick={() => onRemove(index)}
          >
            ×
          </button>
        </span>
      )}
    </li>
  );
}
