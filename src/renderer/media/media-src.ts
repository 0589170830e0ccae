import { mediaUrl } from './media-url';

/** Whether this page runs in Electron: the preload provides `window.linimasa` there only. */
const inElectron = typeof window !== 'undefined' && window.linimasa !== undefined;

/** The `src` for a media path from the API, for this window's transport. */
export const mediaSrc = (path: string): string => mediaUrl(path, inElectron);
