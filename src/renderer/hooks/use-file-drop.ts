import { useRef, useState, type DragEvent } from 'react';

/**
 * The one way a screen takes files dragged in from the computer's file manager: the asset
 * library, a post's "Aset" section and the bundle import card all use it.
 *
 * Whether a drag is over the zone is counted, not guessed: every dragenter (on the zone or any
 * element inside it) adds one, every dragleave takes one, so moving between the zone's children
 * never flickers the hint. A drag of text or of a tile inside the page is left alone.
 */

export interface FileDropOptions {
  /**
   * Whether a drop is taken now. While false the zone still owns file drags (so the browser
   * does not open a dropped file in place of the app) but shows no hint and ignores the drop.
   */
  accepting?: boolean;
  /** Called inside the drop event: read the DataTransfer now, the browser empties it after. */
  onDrop(dataTransfer: DataTransfer): void;
}

export interface FileDrop {
  /** True while files are dragged over the zone and it accepts them. */
  dragging: boolean;
  /** Spread on the zone's element. */
  handlers: {
    onDragEnter(event: DragEvent): void;
    onDragOver(event: DragEvent): void;
    onDragLeave(event: DragEvent): void;
    onDrop(event: DragEvent): void;
  };
}

export function useFileDrop({ accepting = true, onDrop }: FileDropOptions): FileDrop {
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);

  return {
    dragging: dragging && accepting,
    handlers: {
      onDragEnter(event) {
        if (!carriesFiles(event.dataTransfer)) return;
        event.preventDefault();
        depth.current += 1;
        setDragging(true);
      },
      onDragOver(event) {
        if (!carriesFiles(event.dataTransfer)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = accepting ? 'copy' : 'none';
      },
      onDragLeave(event) {
        if (!carriesFiles(event.dataTransfer)) return;
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setDragging(false);
      },
      onDrop(event) {
        if (!carriesFiles(event.dataTransfer)) return;
        event.preventDefault();
        depth.current = 0;
        setDragging(false);
        if (accepting) onDrop(event.dataTransfer);
      },
    },
  };
}

/** True while something from the file manager (not text, not a tile) is dragged. */
export const carriesFiles = (dataTransfer: DataTransfer | null): boolean =>
  Boolean(dataTransfer && Array.from(dataTransfer.types).includes('Files'));

/** The dropped files themselves; a dropped folder is left out. */
export function droppedFilesOnly(dataTransfer: DataTransfer): File[] {
  const items = Array.from(dataTransfer.items);
  if (items.length === 0) return Array.from(dataTransfer.files);
  return items.flatMap((item) => {
    if (item.kind !== 'file' || item.webkitGetAsEntry?.()?.isDirectory) return [];
    const file = item.getAsFile();
    return file ? [file] : [];
  });
}

/**
 * Every dropped file, dropped folders walked to the bottom. A folder arrives as one entry; its
 * files are read through the (non-standard but universal in Chromium) entries API. The entries
 * are taken at once, while the drop event runs; the files are read after.
 */
export function droppedFilesDeep(dataTransfer: DataTransfer): Promise<File[]> {
  const entries: FileSystemEntry[] = [];
  for (const item of Array.from(dataTransfer.items)) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry?.();
    // A synthetic drop, another browser: no entries, only the plain files.
    if (!entry) return Promise.resolve(Array.from(dataTransfer.files));
    entries.push(entry);
  }
  if (entries.length === 0) return Promise.resolve(Array.from(dataTransfer.files));
  return walkEntries(entries);
}

async function walkEntries(entries: FileSystemEntry[]): Promise<File[]> {
  const files: File[] = [];
  const walk = async (entry: FileSystemEntry): Promise<void> => {
    if (isFile(entry)) {
      const file = await new Promise<File | null>((resolve) =>
        entry.file(resolve, () => resolve(null)),
      );
      if (file) files.push(file);
    } else if (isDirectory(entry)) {
      const reader = entry.createReader();
      // readEntries answers in batches (100 in Chromium) until it answers with none.
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((resolve) =>
          reader.readEntries(resolve, () => resolve([])),
        );
        if (batch.length === 0) break;
        for (const child of batch) await walk(child);
      }
    }
  };
  for (const entry of entries) await walk(entry);
  return files;
}

const isFile = (entry: FileSystemEntry): entry is FileSystemFileEntry => entry.isFile;
const isDirectory = (entry: FileSystemEntry): entry is FileSystemDirectoryEntry =>
  entry.isDirectory;
