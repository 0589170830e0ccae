/// <reference types="vite/client" />
import type { LinimasaApi } from '../shared/api/contract';

declare global {
  interface Window {
    /** Provided by the Electron preload (contextBridge); absent in a plain browser, which then uses HTTP. */
    linimasa?: LinimasaApi;
  }
}
