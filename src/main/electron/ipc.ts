import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { ipcChannelPrefix, methodNames } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import { wordError } from '../../shared/i18n/translate';
import { isTrustedSender } from '../../shared/security/ipc-sender';
import type { Dispatch } from '../api/dispatch';
import { windowSessions, type WindowSessions } from './window-sessions';

const forbidden: ApiResult<never> = {
  ok: false,
  error: { code: 'forbidden', key: 'foreignPage', message: wordError('id', 'foreignPage') },
};

/**
 * One `ipcMain.handle` per contract method, each answering only the app's own main frame.
 * Fixed channel names (`linimasa:people.create`), never a generic "invoke anything" channel.
 * Each window has its own session, kept here in main (window-sessions.ts): the page never holds
 * it. Returns a function that removes the handlers again.
 */
export function registerApiHandlers(
  dispatch: Dispatch,
  appOrigin: string,
  /** Shared with the live feed (live-ipc.ts), which sends each window what its person may see. */
  sessions: WindowSessions = windowSessions(),
): () => void {
  for (const method of methodNames) {
    ipcMain.handle(ipcChannelPrefix + method, (event: IpcMainInvokeEvent, request: unknown) => {
      if (!isFromAppPage(event, appOrigin)) return forbidden;
      const windowId = event.sender.id;
      if (sessions.isNew(windowId)) {
        // A closed window's session is forgotten with it (its row expires on its own).
        event.sender.once('destroyed', () => sessions.forget(windowId));
      }
      return dispatch(method, request, sessions.callerFor(windowId));
    });
  }
  return () => {
    for (const method of methodNames) ipcMain.removeHandler(ipcChannelPrefix + method);
  };
}

export function isFromAppPage(event: IpcMainInvokeEvent, appOrigin: string): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  try {
    return isTrustedSender(frame.url, frame.parent === null, appOrigin);
  } catch {
    // Reading a frame that navigated away or closed mid-call throws; such a caller gets nothing.
    return false;
  }
}
