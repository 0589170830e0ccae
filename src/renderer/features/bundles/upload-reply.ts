import { z } from 'zod';
import { idSchema } from '../../../shared/domain/common';
import { readReply } from '../../api/reply';
import type { UploadMessages } from '../../api/upload';

/**
 * The host's answer to `POST /upload/bundle`, read without the DOM (XHR lives in
 * upload-bundle.ts), so unit tests in Node pin it.
 */

/** The same words as the asset upload's. */
export type BundleUploadMessages = UploadMessages;

export type BundleUploadResult =
  { ok: true; uploadId: string; bytes: number } | { ok: false; message: string };

const uploadedSchema = z.object({ uploadId: idSchema, bytes: z.number().int().nonnegative() });

/** The host's answer to the upload, as a result a person can act on. */
export function readUploadReply(
  status: number,
  body: string,
  messages: BundleUploadMessages,
): BundleUploadResult {
  let reply: unknown;
  try {
    reply = JSON.parse(body);
  } catch {
    return { ok: false, message: messages.refused(status) };
  }
  const read = readReply(reply, uploadedSchema);
  if (read.kind === 'value') return { ok: true, ...read.value };
  if (read.kind === 'error' && read.error.message) {
    return { ok: false, message: read.error.message };
  }
  return {
    ok: false,
    message: status >= 200 && status < 300 ? messages.badResponse : messages.refused(status),
  };
}
