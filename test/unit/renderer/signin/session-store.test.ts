import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SignedIn } from '../../../../src/shared/domain/accounts';
import { useSession } from '../../../../src/renderer/stores/session';

const rina: SignedIn = {
  person: {
    id: '7d3c1f0e-2a4b-4c6d-8e9f-0a1b2c3d4e5f',
    name: 'Rina Wulandari',
    role: 'planner',
    active: true,
    createdAt: '2026-12-01T01:00:00.000Z',
    updatedAt: '2026-12-01T01:00:00.000Z',
  },
  userName: 'rina',
  mustChangePassword: false,
  idleLockMinutes: 30,
};

/** A localStorage that records every write: the signed-in person must never land there. */
const writes: string[] = [];
const storage = {
  getItem: () => null,
  setItem: (key: string) => void writes.push(key),
  removeItem: (key: string) => void writes.push(key),
};

beforeEach(() => {
  writes.length = 0;
  (globalThis as { localStorage?: unknown }).localStorage = storage;
  useSession.setState({
    unauthorized: false,
    signIn: 'unknown',
    signedIn: null,
    currentPersonId: null,
    signOutReason: null,
    locked: false,
  });
});
afterEach(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

describe('session store', () => {
  it('acts as the signed-in person and keeps no choice of person in localStorage', () => {
    useSession.getState().signedInAs(rina);
    const state = useSession.getState();
    expect(state.signIn).toBe('signedIn');
    expect(state.currentPersonId).toBe(rina.person.id);
    expect(state.signedIn?.person.name).toBe('Rina Wulandari');
    useSession.getState().signedOut('signedOut');
    expect(useSession.getState().currentPersonId).toBeNull();
    expect(writes).toEqual([]);
  });

  it('a session ended elsewhere shows the sign-in screen with its reason', () => {
    useSession.getState().signedInAs(rina);
    useSession.getState().sessionRefused('auth.signInRequired');
    expect(useSession.getState()).toMatchObject({
      signIn: 'signedOut',
      signedIn: null,
      signOutReason: 'sessionEnded',
      unauthorized: false,
    });
  });

  it('the server’s idle check locks the window instead, keeping the person', () => {
    useSession.getState().signedInAs(rina);
    useSession.getState().sessionRefused('auth.idleLocked');
    expect(useSession.getState()).toMatchObject({ signIn: 'signedIn', locked: true });
    expect(useSession.getState().signedIn?.userName).toBe('rina');
  });

  it('on the must-change screen the server’s idle check returns to sign-in', () => {
    useSession.getState().signedInAs({ ...rina, mustChangePassword: true });
    useSession.getState().sessionRefused('auth.idleLocked');
    expect(useSession.getState()).toMatchObject({
      signIn: 'signedOut',
      locked: false,
      signOutReason: 'sessionEnded',
    });
  });

  it('while locked, refusals (a wrong password, the app’s own requests) leave the lock alone', () => {
    useSession.getState().signedInAs(rina);
    useSession.getState().lock();
    useSession.getState().sessionRefused('auth.wrongCredentials');
    useSession.getState().sessionRefused('auth.signInRequired');
    expect(useSession.getState()).toMatchObject({ signIn: 'signedIn', locked: true });
    useSession.getState().signedInAs(rina);
    expect(useSession.getState().locked).toBe(false);
  });

  it('signed out, a refused sign-in keeps the screen and its notice as they are', () => {
    useSession.getState().signedOut('switchUser');
    useSession.getState().sessionRefused('auth.wrongCredentials');
    expect(useSession.getState()).toMatchObject({
      signIn: 'signedOut',
      signOutReason: 'switchUser',
    });
  });

  it('a refreshed person (a new role) does not undo a lock', () => {
    useSession.getState().signedInAs(rina);
    useSession.getState().lock();
    useSession
      .getState()
      .personRefreshed({ ...rina, person: { ...rina.person, role: 'approver' } });
    expect(useSession.getState().locked).toBe(true);
    expect(useSession.getState().signedIn?.person.role).toBe('approver');
  });
});
