import type { MethodName, RequestOf } from '../../shared/api/contract';
import { httpCall, preloadCall } from './client';

/**
 * The HTTP call with `keepalive`: a browser cancels the ordinary requests of a page it unloads,
 * but lets a keepalive one reach the host after the page is gone (the platform's way for small
 * goodbye requests; their bodies must stay under 64 KiB together, far above what is sent here).
 */
const keepaliveCall = httpCall({
  fetch: (input, init) => fetch(input, { ...init, keepalive: true }),
});

/**
 * A call made while the page goes away (`pagehide`: a closed tab, a reload, another address).
 * The reply is never read. In the desktop app the preload's IPC message leaves at once.
 */
export function callWhileLeaving<M extends MethodName>(method: M, request: RequestOf<M>): void {
  const call = window.linimasa ? preloadCall(window.linimasa) : keepaliveCall;
  void call(method, request).catch(() => undefined);
}
