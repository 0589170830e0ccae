/// <reference types="vite/client" />
import type { LinimasaApi } from '../shared/api/contract';
import type { DesktopApi } from '../shared/api/desktop';

declare global {
  interface Window {
    /** Provided by the Electron preload (contextBridge); absent in a plain browser, which then uses HTTP. */
    linimasa?: LinimasaApi;
    /** Native open dialogs, desktop app only. */
    linimasaDesktop?: DesktopApi;
  }
}
