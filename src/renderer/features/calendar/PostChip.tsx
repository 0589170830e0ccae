import { useDraggable } from '@dnd-kit/core';
import { memo, useContext, useRef, type CSSProperties } from 'react';
import type { PostStatus } from '../../../shared/domain/post-status';
import type { PostSummary } from '../../../shared/domain/posts';
import { AssetsIcon } from '../../components/icons';
import { useCalendar } from './store';
import { checkedGlyph, statusGlyphs } from './model';
import type { CalendarLookups } from './lookups';
import { mediaSrc } from '../../media/media-src';
import { displayTime } from '../../../shared/time';
import { chipKeyIntent, clickIntent, type SelectIntent } from '../actions/selection';
import { useCalendarBulk } from './calendar-bulk';
import { ChipSelectionContext } from './chip-selection';
import { i18n } from '../../i18n';
import { usePresence } from '../../stores/presence';
import { useSession } from '../../stores/session';

/** What a dragged chip carries, read by the drop handler and the screen-reader announcements. */
export interface DraggedPost {
  kind: 'post';
  postId: string;
  title: string;
  /** Local time, or null for an idea. */
  time: string | null;
}

interface PostChipProps {
  post: PostSummary;
  /** Local HH:mm; omitted for ideas. */
  time?: string;
  lookups: CalendarLookups;
  /** False while nobody is chosen in "Saya: …": the chip opens but cannot be dragged. */
  draggable: boolean;
  /** A context such as the day, appended for screen readers only. */
  context?: string;
}

/**
 * One post in a day cell, the week grid or the ideas tray: time, a status glyph and the title
 * flowing over two lines (one in the compact density) with the first attachment's thumbnail
 * before the title, the channel dots in a slot at the top right, the campaign's colour as the
 * left edge. Deliberately
 * light: a month of 1,500 posts renders only the chips that fit in each day, but they must still
 * be cheap.
 * The accessible name is the visible text plus the status in words; channels and the campaign
 * are in the tooltip and the description.
 * In the month and the week a chip can be selected for the bulk actions (`chip-selection.ts`):
 * Ctrl/Cmd+click or Ctrl+Space toggles it, Shift+click or Shift+Space takes the range; a selected
 * chip has a thick inner frame and a ✓ badge (not colour alone) and "dipilih" in its name.
 */
export const PostChip = memo(function PostChip({
  post,
  time,
  lookups,
  draggable,
  context,
}: PostChipProps) {
  const data: DraggedPost = {
    kind: 'post',
    postId: post.id,
    title: post.title,
    time: time ?? null,
  };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: post.id,
    data,
    disabled: !draggable,
    attributes: { roleDescription: lookups.labels.roleDescription },
  });
  const selecting = useContext(ChipSelectionContext);
  const editingBy = useEditingBy(post.id);
  const editingText = editingBy ? i18n.t('live.editingBy', { names: editingBy }) : '';
  const selected = useCalendarBulk(
    (state) => selecting !== null && state.selection.ids.has(post.id),
  );
  // A Space that selected must not also click (open) the chip when it is released.
  const spaceSelected = useRef(false);
  const select = (intent: SelectIntent) =>
    useCalendarBulk.getState().toggle(post.id, selecting?.order() ?? [], intent === 'range');
  const campaign = post.campaignId ? lookups.campaigns.get(post.campaignId) : undefined;
  const channels = post.channels.map((link) => lookups.channels.get(link.channelId));
  const channelNames = channels
    .map((channel) => channel?.name)
    .filter(Boolean)
    .join(', ');
  const statusLabel = post.checked
    ? lookups.labels.checked
    : post.partlyPublished
      ? lookups.labels.partlyPublished
      : lookups.labels.status[post.status];
  const shownTime = time ? displayTime(time, lookups.language) : null;
  const style = campaign ? ({ '--chip-accent': campaign.color } as CSSProperties) : undefined;
  const tooltip = [
    `${shownTime ? `${shownTime} ` : ''}${post.title}`,
    statusLabel,
    post.changeRequest && lookups.labels.changeRequest(post.changeRequest),
    channelNames || lookups.labels.noChannel,
    campaign?.name,
    editingText,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <button
      type="button"
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      // dnd-kit marks a disabled draggable aria-disabled, which would tell a screen reader the
      // chip cannot even be opened.
      aria-disabled={undefined}
      className={`chip chip--${post.status}${campaign ? ' chip--campaign' : ''}${isDragging ? ' chip--dragging' : ''}${selected ? ' chip--selected' : ''}${post.partlyPublished ? ' chip--partly-published' : ''}`}
      style={style}
      title={tooltip}
      data-post-id={post.id}
      onKeyDown={(event) => {
        const intent =
          selecting && chipKeyIntent(event, useCalendarBulk.getState().selection.ids.size > 0);
        if (intent) {
          event.preventDefault();
          spaceSelected.current = true;
          select(intent);
          return;
        }
        // Otherwise the keyboard drag's own handler (Space picks the chip up).
        listeners?.onKeyDown?.(event);
      }}
      onKeyUp={(event) => {
        if (event.code === 'Space' && spaceSelected.current) {
          spaceSelected.current = false;
          event.preventDefault();
        }
      }}
      onClick={(event) => {
        const intent = selecting && clickIntent(event);
        if (intent) select(intent);
        else useCalendar.getState().openPost(post.id);
      }}
    >
      {selected && (
        <span className="chip__selected" aria-hidden="true">
          ✓
        </span>
      )}
      {/* The channels' slot, at the top right; time and status start the text, so neither can
          be pushed out of the chip however many channels there are (calendar.css). */}
      <span className="chip__marks">
        <ChannelDots colors={channels.map((channel) => channel?.color ?? '#8a97a6')} />
      </span>
      <span className="chip__meta">
        {shownTime && <span className="chip__time">{shownTime}</span>}
        <StatusGlyph status={post.status} checked={post.checked} />
      </span>
      <PostMedia post={post} />
      <span className="chip__title">{post.title}</span>
      {editingBy && (
        <span className="chip-presence" aria-hidden="true" title={editingText}>
          ✎ {editingBy}
        </span>
      )}
      <span className="visually-hidden">
        {` — ${statusLabel}`}
        {post.assetCount > 0 ? `, ${lookups.labels.assets(post.assetCount)}` : ''}
        {context ? `, ${context}` : ''}
        {selected ? `, ${lookups.labels.selected}` : ''}
        {editingText ? `, ${editingText}` : ''}
      </span>
    </button>
  );
});

/** The names of the others who have this post open in an editor now ('' when nobody). */
function useEditingBy(postId: string): string {
  const me = useSession((state) => state.currentPersonId);
  return usePresence((state) =>
    [
      ...new Set(
        state.entries
          .filter((entry) => entry.postId === postId && entry.person.id !== me)
          .map((entry) => entry.person.name),
      ),
    ].join(', '),
  );
}

/** Up to three marks: the channels' dots, or two dots and "+N" for the rest. */
const maxChannelMarks = 3;

function ChannelDots({ colors }: { colors: string[] }) {
  if (colors.length === 0) return null;
  const dots = colors.length > maxChannelMarks ? maxChannelMarks - 1 : colors.length;
  return (
    <span className="chip__channels" aria-hidden="true">
      {colors.slice(0, dots).map((color, index) => (
        <span key={index} className="chip__dot" style={{ backgroundColor: color }} />
      ))}
      {colors.length > dots && <span className="chip__more-channels">+{colors.length - dots}</span>}
    </span>
  );
}

/**
 * The first attachment's thumbnail, with the number of files when there are several; an icon
 * when the first has no thumbnail (a video without a poster). A fixed-size box, lazily loaded
 * and decoded off the main thread, so a month of chips neither shifts nor waits for images.
 * Decorative: the chip's hidden text says how many assets the post has.
 */
export function PostMedia({
  post,
  size = 'chip',
}: {
  post: Pick<PostSummary, 'assetCount' | 'firstThumb'>;
  size?: 'chip' | 'row';
}) {
  if (post.assetCount === 0) return null;
  const px = size === 'chip' ? 14 : 32;
  return (
    <span className={`post-media post-media--${size}`} aria-hidden="true">
      {post.firstThumb ? (
        <img
          className="post-media__thumb"
          src={mediaSrc(post.firstThumb)}
          alt=""
          width={px}
          height={px}
          loading="lazy"
          decoding="async"
          fetchPriority="low"
          draggable={false}
        />
      ) : (
        <span className="post-media__icon">
          <AssetsIcon size={px - 4} />
        </span>
      )}
      {post.assetCount > 1 && <span className="post-media__count">{post.assetCount}</span>}
    </span>
  );
}

/** A post's status as a glyph; a checked post waiting for approval shows the step it reached. */
export function StatusGlyph({ status, checked }: { status: PostStatus; checked?: boolean }) {
  return (
    <span
      className={`status-glyph status-glyph--${checked ? 'checked' : status}`}
      aria-hidden="true"
    >
      {checked ? checkedGlyph : statusGlyphs[status]}
    </span>
  );
}
