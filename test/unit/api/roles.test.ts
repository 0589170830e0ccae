import { describe, expect, it, vi } from 'vitest';
import { createDispatch } from '../../../src/main/api/dispatch';
import type { Handlers } from '../../../src/main/api/handlers';
import { AppError } from '../../../src/shared/api/errors';
import { contract, methodNames } from '../../../src/shared/api/contract';
import { roles, type Person, type Role } from '../../../src/shared/domain/people';

/**
 * Generated from the contract: every method is called by every role it does not list, and by a
 * caller without a session; each must be refused before its handler runs. A new method cannot
 * forget its roles (`access` is a required field), and cannot slip past this test either.
 */
const person = (role: Role): Person => ({
  id: '00000000-0000-4000-8000-00000000000' + roles.indexOf(role),
  name: role,
  role,
  active: true,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

function door() {
  const handler = vi.fn(() => ({}));
  const handlers = Object.fromEntries(
    methodNames.map((name) => [name, name === 'settings.get' ? () => ({ locale: 'id' }) : handler]),
  ) as unknown as Handlers;
  // The session id names the role: a stand-in for services/auth.ts `check`.
  const gate = {
    check(sessionId: string | null) {
      if (!sessionId || !(roles as readonly string[]).includes(sessionId)) {
        throw new AppError('unauthorized', { key: 'auth.signInRequired' });
      }
      return { person: person(sessionId as Role), mustChangePassword: false };
    },
  };
  const { dispatch } = createDispatch(handlers, gate, { validateResponses: false });
  const caller = (sessionId: string | null) => ({
    sessionId,
    client: 'test',
    setSession: () => undefined,
  });
  return { dispatch, caller, handler };
}

const refusals = methodNames.flatMap((method) => {
  const access = contract[method].access;
  if (typeof access === 'string') return [];
  return roles
    .filter((role) => !(access as readonly Role[]).includes(role))
    .map((role) => [method, role] as const);
});

describe('the contract’s roles, enforced by dispatch', () => {
  it('lists only sign-in, the first administrator’s setup and the connection facts as public', () => {
    const open = methodNames.filter((method) => contract[method].access === 'public');
    // network.info: the sign-in page shows the fingerprint or the "not encrypted" notice.
    expect(open.sort()).toEqual(['auth.setup', 'auth.signIn', 'auth.status', 'network.info']);
  });

  it('has refusals to test (administrator-only methods exist)', () => {
    expect(refusals.length).toBeGreaterThan(20);
  });

  it.each(refusals)('%s refuses the role %s with forbidden', async (method, role) => {
    const { dispatch, caller, handler } = door();
    const result = await dispatch(method, {}, caller(role));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'forbidden', key: 'auth.roleRefused' },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it.each(methodNames.filter((m) => contract[m].access !== 'public'))(
    '%s refuses a caller without a session with unauthorized',
    async (method) => {
      const { dispatch, caller, handler } = door();
      const result = await dispatch(method, {}, caller(null));
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'unauthorized', key: 'auth.signInRequired' },
      });
      expect(handler).not.toHaveBeenCalled();
    },
  );

  it('lets every listed role through to the handler', async () => {
    const { dispatch, caller, handler } = door();
    for (const method of methodNames) {
      const access = contract[method].access;
      const allowed = typeof access === 'string' ? roles : access;
      for (const role of allowed) {
        handler.mockClear();
        const result = await dispatch(method, {}, caller(role));
        // The request may be malformed ({}), but the door was passed: no role refusal.
        expect(result, `${method} as ${role}`).not.toMatchObject({
          error: { key: 'auth.roleRefused' },
        });
        expect(result, `${method} as ${role}`).not.toMatchObject({
          error: { code: 'unauthorized' },
        });
      }
    }
  });
});
