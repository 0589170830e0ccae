import { describe, expect, it } from 'vitest';
import {
  notificationText,
  notificationWhen,
} from '../../../src/renderer/features/notifications/words';
import type { Notification } from '../../../src/shared/domain/notifications';
import { indonesian } from '../renderer/editor/fakes';

const t = indonesian();
const base: Notification = {
  id: '11111111-1111-4111-8111-111111111111',
  kind: 'mentioned',
  postId: '22222222-2222-4222-8222-222222222222',
  postTitle: 'Hari Ibu',
  postScheduledAt: null,
  commentId: null,
  actor: { id: '33333333-3333-4333-8333-333333333333', name: 'Nurul' },
  createdAt: '2026-12-21T01:00:00.000Z',
  readAt: null,
};

describe('the inbox in office words', () => {
  it('says who did what to which post', () => {
    expect(notificationText(base, t)).toBe('Nurul menyebut Anda di “Hari Ibu”');
    expect(notificationText({ ...base, kind: 'submitted_for_approval' }, t)).toBe(
      'Nurul mengajukan “Hari Ibu” untuk disetujui',
    );
    expect(notificationText({ ...base, kind: 'submitted_for_check', actor: null }, t)).toBe(
      'Seseorang mengajukan “Hari Ibu” untuk diperiksa',
    );
  });

  it('says when: relative within the day, then the office-zone date with 08.00', () => {
    const at = (iso: string) =>
      notificationWhen(base.createdAt, new Date(iso), 'Asia/Jakarta', 'id', t);
    expect(at('2026-12-21T01:00:30.000Z')).toBe('baru saja');
    expect(at('2026-12-21T01:05:00.000Z')).toBe('5 menit lalu');
    expect(at('2026-12-21T04:10:00.000Z')).toBe('3 jam lalu');
    expect(at('2026-12-22T09:00:00.000Z')).toMatch(/21 Des 2026.*08\.00 WIB/);
  });
});
