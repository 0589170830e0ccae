import { describe, expect, it } from 'vitest';
import type { SecurityLogEntry } from '../../../../src/shared/domain/accounts';
import { securityEvents } from '../../../../src/shared/domain/accounts';
import { en, id } from '../../../../src/shared/i18n';
import * as model from '../../../../src/renderer/features/settings/accounts/account-model';
import { parseIdleMinutes } from '../../../../src/renderer/features/settings/security/idle-lock';
import * as words from '../../../../src/renderer/features/settings/security/log-words';

/**
 * Settings › Orang and › Keamanan, the pure rules: the user name that follows the name, the
 * sign-in standing, the log's words and times, the idle-lock field.
 */
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const at = '2026-12-01T00:00:00.000Z';
const rina = {
  id: uuid(1),
  name: 'Rina Wulandari',
  role: 'planner' as const,
  active: true,
  createdAt: at,
  updatedAt: at,
};
const account = (over: Partial<{ hasPassword: boolean; mustChangePassword: boolean }> = {}) => ({
  personId: rina.id,
  userName: 'rina.wulandari',
  hasPassword: true,
  mustChangePassword: false,
  ...over,
});
/** A `t` that shows which key and values were asked for. */
const t = ((key: string, params?: object) =>
  params ? `${key}${JSON.stringify(params)}` : key) as never;

describe('the people form’s user name', () => {
  it('follows the name until the administrator types one', () => {
    let draft = model.blankPersonDraft();
    draft = model.changePersonDraft(draft, 'name', 'Rina Wulandari');
    expect(draft.userName).toBe('rina.wulandari');
    draft = model.changePersonDraft(draft, 'name', 'Dra. Ayu Sekar Ningrum');
    expect(draft.userName).toBe('dra.ayu.sekar.ningrum');
    draft = model.changePersonDraft(draft, 'userName', 'ayu');
    draft = model.changePersonDraft(draft, 'name', 'Dra. Ayu Sekar');
    expect(draft).toMatchObject({ name: 'Dra. Ayu Sekar', userName: 'ayu' });
    // Emptied: the proposal comes back with the next change of the name.
    draft = model.changePersonDraft(draft, 'userName', '');
    draft = model.changePersonDraft(draft, 'name', 'Ayu Sekar');
    expect(draft.userName).toBe('ayu.sekar');
  });

  it('never follows a renaming of someone who already has an account', () => {
    const draft = model.personDraftOf(rina, account());
    expect(model.changePersonDraft(draft, 'name', 'Rina W., S.I.Kom.').userName).toBe(
      'rina.wulandari',
    );
  });

  it('is sent only when there is one (the host proposes one otherwise)', () => {
    const draft = { ...model.blankPersonDraft('approver'), name: 'Budi' };
    expect(model.personCreateRequest(draft)).toEqual({ name: 'Budi', role: 'approver' });
    expect(model.personCreateRequest({ ...draft, userName: ' budi ' })).toEqual({
      name: 'Budi',
      role: 'approver',
      userName: 'budi',
    });
  });
});

describe('sign-in standing', () => {
  it('says whether a person can sign in, must change a one-time password, or has none', () => {
    expect(model.signInStanding(account())).toBe('canSignIn');
    expect(model.signInStanding(account({ mustChangePassword: true }))).toBe('mustChange');
    expect(model.signInStanding(account({ hasPassword: false }))).toBe('noPassword');
    expect(model.signInStanding(undefined)).toBe('noPassword');
    expect(id.accounts.standing).toEqual({
      canSignIn: 'Bisa masuk',
      mustChange: 'Harus mengganti kata sandi sekali pakai',
      noPassword: 'Belum punya kata sandi',
    });
  });
});

describe('security log words', () => {
  it('has office words for every event the auth service writes, in both languages', () => {
    for (const event of securityEvents) {
      expect(id.accounts.security.events[event], event).toBeTruthy();
      expect(en.accounts.security.events[event], event).toBeTruthy();
    }
    expect(id.accounts.security.events).toMatchObject({
      sign_in: 'Masuk',
      sign_in_failed: 'Gagal masuk',
      locked: 'Dikunci sementara',
      sign_out: 'Keluar',
      password_changed: 'Kata sandi diganti',
      password_reset: 'Kata sandi sekali pakai dibuat',
      role_changed: 'Peran diubah',
      deactivated: 'Dinonaktifkan',
    });
  });

  it('shows times as dd/mm/yyyy HH.mm in the office zone', () => {
    expect(words.logTime('2026-12-02T23:05:00.000Z', 'Asia/Jakarta', 'id')).toBe(
      '03/12/2026 06.05',
    );
    expect(words.logTime('2026-12-02T23:05:00.000Z', 'Asia/Jayapura', 'id')).toBe(
      '03/12/2026 08.05',
    );
    expect(words.logTime('2026-12-02T23:05:00.000Z', 'Asia/Jakarta', 'en')).toBe(
      '03/12/2026 06:05',
    );
    // Where a zone changes its clocks, each entry reads the clock in force at its instant.
    expect(words.logTime('2026-03-29T00:30:00.000Z', 'Europe/Berlin', 'id')).toBe(
      '29/03/2026 01.30',
    );
    expect(words.logTime('2026-03-29T01:30:00.000Z', 'Europe/Berlin', 'id')).toBe(
      '29/03/2026 03.30',
    );
  });

  it('names the computer and the roles of a role change in words', () => {
    expect(words.clientWords('http 127.0.0.1', t)).toBe(
      'accounts.security.client.browser{"address":"127.0.0.1"}',
    );
    expect(words.clientWords('jendela 2', t)).toBe('accounts.security.client.window{"number":"2"}');
    expect(words.clientWords('e2e', t)).toBe('e2e');
    const entry: SecurityLogEntry = {
      num: 1,
      at,
      event: 'role_changed',
      personId: rina.id,
      userName: 'rina',
      actor: 'Admin',
      client: '',
      detail: 'planner → admin',
    };
    expect(words.detailWords(entry, t)).toBe('people.roles.planner → people.roles.admin');
    expect(words.detailWords({ ...entry, event: 'locked', detail: '2 menit' }, t)).toBe('2 menit');
  });

  it('names the CSV after the office’s own day', () => {
    // 23.30 UTC on 2 December is already 3 December in Jayapura (WIT), still 2 December in UTC-1.
    const now = new Date('2026-12-02T23:30:00Z');
    expect(words.securityLogFileName('Asia/Jayapura', now)).toBe('log-keamanan-2026-12-03.csv');
    expect(words.securityLogFileName('Asia/Jakarta', now)).toBe('log-keamanan-2026-12-03.csv');
    expect(words.securityLogFileName('Atlantic/Azores', now)).toBe('log-keamanan-2026-12-02.csv');
  });
});

describe('idle lock field', () => {
  it('takes whole minutes from 1 to 480 only', () => {
    expect(parseIdleMinutes('30')).toBe(30);
    expect(parseIdleMinutes(' 480 ')).toBe(480);
    for (const bad of ['0', '481', '', '15.5', '-5', 'tiga puluh', '1e2'])
      expect(parseIdleMinutes(bad), bad).toBeNull();
  });
});
