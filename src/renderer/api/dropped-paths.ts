import type { DesktopApi } from '../../shared/api/desktop';

/**
 * Where dropped files lie on disk, when the page runs in the desktop app: then main imports
 * them by path (streamed from disk, cancellable as a job) and the page never reads their bytes.
 * Null in a browser, for an empty drop, or when any file has no path (made in memory by the
 * application it was dragged from): the caller then uploads, as a browser does. All or nothing,
 * so one drop never ends up half imported one way and half the other.
 */
export function droppedPaths(
  files: readonly File[],
  // The page's `window.linimasaDesktop` (window is globalThis in a page; Node tests pass theirs).
  desktop: Pick<DesktopApi, 'pathForFile'> | undefined = (
    globalThis as { linimasaDesktop?: DesktopApi }
  ).linimasaDesktop,
): string[] | null {
  if (!desktop || files.length === 0) return null;
  const paths: string[] = [];
  for (const file of files) {
    let path = '';
    try {
      path = desktop.pathForFile(file);
    } catch {
      // An older preload without the call, or an object Electron does not accept: upload.
    }
    if (!path) return null;
    paths.push(path);
  }
  return paths;
}
