import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../../../../src/shared/api/errors';

/**
 * The stores of Settings › Orang (accounts) and › Keamanan against a scripted host: the
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
vi.mock('../../../../../src/renderer/api', () => ({ api: host.api }));

const model = await import('../../../../../src/renderer/features/settings/accounts/account-model');
const { useAccounts } =
  await import('../../../../../src/renderer/features/settings/accounts/store');
const { useSecurity } =
  await import('../../../../../src/renderer/features/settings/security/store');

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
