import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../../../src/shared/api/errors';
import type { SecurityLogEntry } from '../../../../src/shared/domain/accounts';
import { en, id } from '../../../../src/shared/i18n';
import { securityEvents } from '../../../../src/shared/domain/accounts';

/**
 * Settings › Orang and › Keamanan: the pure rules (the user name that follows the name, the
 * sign-in standing, the log's words and times) and the two stores against a scripted host. The
 * renderer's `api` object (which needs a page) is the only stand-in.
 */
const host = vi.hoisted(() => ({
  api: {
    people: { list: vi.fn(), create: vi.fn(), update: vi.fn(), archive: vi.fn() },
    auth: {
      accounts: vi.fn(),
      setUserName: vi.fn(),
      resetPassword: vi.fn(),
      me: vi.fn(),
      securityLog: vi.fn(),
      setIdleLock: vi.fn(),
      securityLogCsv: vi.fn(),
    },
  },
}));
vi.mock('../../../../src/renderer/api', () => ({ api: host.api }));

const model = await import('../../../../src/renderer/features/settings/accounts/account-model');
const words = await import('../../../../src/renderer/features/settings/security/log-words');
const { parseIdleMinutes } =
  await import('../../../../src/renderer/features/settings/security/idle-lock');
const { useAccounts } = await import('../../../../src/renderer/features/settings/accounts/store');
const { useSecurity } = await import('../../../../src/renderer/features/settings/security/store');

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });
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

describe('accounts store', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    useAccounts.setState({ accounts: [], status: 'idle', loadError: null });
    host.api.people.list.mockResolvedValue(ok([rina]));
  });

  it('adds a person with the user name and reads the accounts again', async () => {
    host.api.people.create.mockResolvedValue(ok(rina));
    host.api.auth.accounts.mockResolvedValue(ok([account({ hasPassword: false })]));
    const draft = model.changePersonDraft(model.blankPersonDraft(), 'name', 'Rina Wulandari');
    const reply = await useAccounts.getState().addPerson(draft);
    expect(reply.ok).toBe(true);
    expect(host.api.people.create).toHaveBeenCalledWith({
      name: 'Rina Wulandari',
      role: 'planner',
      userName: 'rina.wulandari',
    });
    expect(useAccounts.getState().accountOf(rina.id)?.hasPassword).toBe(false);
  });

  it('saves a changed user name after the person, and only when it changed', async () => {
    host.api.auth.accounts.mockResolvedValue(ok([account()]));
    await useAccounts.getState().load();
    host.api.people.update.mockResolvedValue(ok({ ...rina, role: 'approver' }));
    const draft = { ...model.personDraftOf(rina, account()), role: 'approver' as const };
    await useAccounts.getState().savePerson(rina, draft);
    expect(host.api.auth.setUserName).not.toHaveBeenCalled();

    host.api.auth.setUserName.mockResolvedValue({
      ok: false,
      error: {
        code: 'conflict',
        message: 'Nama pengguna “budi” sudah dipakai orang lain.',
        field: 'userName',
      },
    });
    const refused = await useAccounts.getState().savePerson(rina, { ...draft, userName: 'budi' });
    expect(refused).toMatchObject({ ok: false, error: { field: 'userName' } });
    expect(host.api.auth.setUserName).toHaveBeenCalledWith({ personId: rina.id, userName: 'budi' });
  });

  it('hands the one-time password to the caller and keeps none of it', async () => {
    host.api.auth.resetPassword.mockResolvedValue(
      ok({ userName: 'rina.wulandari', oneTimePassword: 'abcd-efgh-jkmn' }),
    );
    host.api.auth.accounts.mockResolvedValue(ok([account({ mustChangePassword: true })]));
    const reply = await useAccounts.getState().makeOneTimePassword(rina.id);
    expect(reply).toEqual(
      ok({ personId: rina.id, userName: 'rina.wulandari', oneTimePassword: 'abcd-efgh-jkmn' }),
    );
    expect(host.api.auth.resetPassword).toHaveBeenCalledWith({ id: rina.id });
    expect(JSON.stringify(useAccounts.getState())).not.toContain('abcd-efgh-jkmn');
    expect(model.signInStanding(useAccounts.getState().accountOf(rina.id))).toBe('mustChange');
  });
});

describe('security store', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    useSecurity.setState({ idleLockMinutes: null, entries: [], status: 'idle', loadError: null });
  });

  it('reads the idle lock and the newest entries, and saves the minutes', async () => {
    host.api.auth.me.mockResolvedValue(
      ok({ person: rina, userName: 'rina', mustChangePassword: false, idleLockMinutes: 30 }),
    );
    host.api.auth.securityLog.mockResolvedValue(ok([]));
    await useSecurity.getState().load();
    expect(useSecurity.getState()).toMatchObject({ status: 'ready', idleLockMinutes: 30 });
    expect(host.api.auth.securityLog).toHaveBeenCalledWith({ limit: 500 });

    host.api.auth.setIdleLock.mockResolvedValue(ok({ minutes: 10 }));
    await useSecurity.getState().saveIdleLock(10);
    expect(useSecurity.getState().idleLockMinutes).toBe(10);
  });

  it('shows a log that cannot be read as a load problem', async () => {
    host.api.auth.me.mockResolvedValue(
      ok({ person: rina, userName: 'rina', mustChangePassword: false, idleLockMinutes: 30 }),
    );
    host.api.auth.securityLog.mockResolvedValue({
      ok: false,
      error: { code: 'internal', message: 'Basis data tidak dapat dibaca.' },
    });
    await useSecurity.getState().load();
    expect(useSecurity.getState()).toMatchObject({
      status: 'error',
      loadError: { message: 'Basis data tidak dapat dibaca.' },
    });
  });
});
