/** What the calendar mounts from the editor: the panel, the trash, and the status badge. */
export { PostEditorPanel } from './PostEditorPanel';
export { TrashButton, TrashDialog } from './TrashDialog';
export { StatusBadge } from './StatusBadge';
