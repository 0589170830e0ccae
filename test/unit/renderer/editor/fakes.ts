import i18next, { type TFunction } from 'i18next';
import { vi } from 'vitest';
import { catalogs } from '../../../../src/shared/i18n';
import type { ApiError, ApiResult } from '../../../../src/shared/api/errors';
import type { Post } from '../../../../src/shared/domain/posts';

/** The interface's words in Indonesian, as the app starts (the real catalogue). */
export function indonesian(): TFunction {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: { id: { translation: catalogs.id } },
    lng: 'id',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return i18n.t.bind(i18n) as TFunction;
}

/** A reply the test hands over when it chooses, to order answers as a slow network would. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

export const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });
export const fail = (
  code: ApiError['code'],
  message: string,
  field?: string,
): ApiResult<never> => ({
  ok: false,
  error: { code, message, ...(field ? { field } : {}) } as ApiError,
});

export function post(overrides: Partial<Post> = {}): Post {
  return {
    id: 'post-1',
    title: 'Hari Jadi Kabupaten',
    brief: '',
    caption: 'Dirgahayu!',
    link: '',
    firstComment: '',
    hashtags: [],
    tags: [],
    campaignId: null,
    assigneeId: null,
    channels: [],
    assetIds: [],
    status: 'draft',
    scheduledAt: '2026-03-10T01:00:00.000Z',
    timeZone: 'Asia/Jakarta',
    submittedBy: null,
    checkedBy: null,
    checkedAt: null,
    approvedBy: null,
    approvedAt: null,
    permalink: '',
    publishedAt: null,
    seriesId: null,
    createdBy: 'person-1',
    createdAt: '2026-03-01T00:00:00.000Z',
    updatedAt: '2026-03-01T00:00:00.000Z',
    deletedAt: null,
    version: 1,
    ...overrides,
  };
}

/** A calendar as the editor sees it: every call recorded. */
export function fakeCalendar() {
  return {
    refresh: vi.fn(async () => {}),
    showNotice: vi.fn(),
    openPost: vi.fn(),
    closeEditor: vi.fn(),
    recordUndo: vi.fn(),
  };
}
