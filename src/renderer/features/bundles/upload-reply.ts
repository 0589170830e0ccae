import { z } from 'zod';
import { idSchema } from '../../../shared/domain/common';
import type { UploadMessages } from '../../api/upload';

/**
 * The host's answer to `POST /upload/bundle`, read without the DOM (XHR lives in
 * upload-bundle.ts), so unit tests in Node pin it.
 */

/** The same words as the asset upload's. */
export type BundleUploadMessages = UploadMessages;

export type BundleUploadResult =
  { ok: true; uploadId: string; bytes: number } | { ok: false; message: string };

const uploadedSchema = z.object({
  ok: z.literal(true),
  value: z.object({ uploadId: idSchema, bytes: z.number().int().nonnegative() }),
});
const refusedSchema = z.object({
  ok: z.literal(false),
  error: z.object({ message: z.string().min(1) }),
});

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
  const uploaded = uploadedSchema.safeParse(reply);
  if (uploaded.success) return { ok: true, ...uploaded.data.value };
  const refused = refusedSchema.safeParse(reply);
  if (refused.success) return { ok: false, message: refused.data.error.message };
  return {
    ok: false,
    message: status >= 200 && status < 300 ? messages.badResponse : messages.refused(status),
  };
}
