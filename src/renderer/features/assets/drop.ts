/**
 * Files dropped from the operating system's file manager. A dropped folder arrives as one
 * entry; its files are read through the (non-standard but universal in Chromium) entries API,
 * recursively. The entries must be taken while the drop event runs (the browser empties the
 * DataTransfer afterwards), hence the two steps.
 */

export interface DroppedItems {
  entries: FileSystemEntry[];
  /** For drops that carry no entries (a synthetic drop, another browser): the plain files. */
  files: File[];
}

/** Call inside the drop handler. */
export function takeDropped(dataTransfer: DataTransfer): DroppedItems {
  const entries: FileSystemEntry[] = [];
  for (const item of Array.from(dataTransfer.items)) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry?.();
    if (!entry) return { entries: [], files: Array.from(dataTransfer.files) };
    entries.push(entry);
  }
  return { entries, files: entries.length ? [] : Array.from(dataTransfer.files) };
}

/** Every file in the dropped items, folders walked to the bottom. */
export async function droppedFiles(dropped: DroppedItems): Promise<File[]> {
  const files = [...dropped.files];
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
  for (const entry of dropped.entries) await walk(entry);
  return files;
}

const isFile = (entry: FileSystemEntry): entry is FileSystemFileEntry => entry.isFile;
const isDirectory = (entry: FileSystemEntry): entry is FileSystemDirectoryEntry =>
  entry.isDirectory;

/** True while something from the file manager (not text, not a tile) is dragged over us. */
export const carriesFiles = (dataTransfer: DataTransfer | null): boolean =>
  Boolean(dataTransfer && Array.from(dataTransfer.types).includes('Files'));
