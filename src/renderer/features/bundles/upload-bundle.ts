import {
  readUploadReply,
  type BundleUploadMessages,
  type BundleUploadResult,
} from './upload-reply';

/**
 * Sends a `.linimasa` file from the person's computer to the host: `POST /upload/bundle?name=…`
 * with the file as an octet-stream body (the same route rules and cookie as the asset upload in
 * src/renderer/api/upload.ts), kept aside there for `bundles.inspect`.
 *
 * XMLHttpRequest rather than fetch: a bundle of a month's photos is gigabytes read off a flash
 * drive, and only XHR reports how much of a request body has gone out (fetch has no upload
 * progress). Like `fetch(file)`, `send(file)` streams the file from disk without reading it into
 * the page's memory.
 */

export const bundleUploadUrl = (name: string): string =>
  `/upload/bundle?name=${encodeURIComponent(name)}`;

/**
 * Uploads one bundle. Resolves with the upload's id or a refusal; rejects only when `signal`
 * aborts (with its reason), so a cancelled upload is told apart from a failed one.
 */
export function uploadBundle(
  file: File,
  options: {
    signal: AbortSignal;
    onProgress(sent: number, total: number): void;
    messages: () => BundleUploadMessages;
  },
): Promise<BundleUploadResult> {
  const { signal } = options;
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const request = new XMLHttpRequest();
    const onAbort = () => request.abort();
    signal.addEventListener('abort', onAbort, { once: true });
    const settle = (outcome: () => void) => {
      signal.removeEventListener('abort', onAbort);
      outcome();
    };
    request.open('POST', bundleUploadUrl(file.name));
    request.setRequestHeader('content-type', 'application/octet-stream');
    request.upload.onprogress = (event) =>
      options.onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    request.onload = () =>
      settle(() =>
        resolve(readUploadReply(request.status, request.responseText, options.messages())),
      );
    request.onerror = () =>
      settle(() => resolve({ ok: false, message: options.messages().network }));
    request.onabort = () => settle(() => reject(signal.reason));
    request.send(file);
  });
}
