import { beforeEach, describe, expect, it, vi } from 'vitest';
import { desktopChannels } from '../../../src/shared/api/desktop';
import type { Person } from '../../../src/shared/domain/people';
import { createEventBus } from '../../../src/main/events/bus';
import { windowSessions } from '../../../src/main/electron/window-sessions';

const electron = vi.hoisted(() => ({
  /** Open windows' webContents by id, each recording what main sent it. */
  contents: new Map<number, { sent: [string, unknown][]; destroyed: boolean }>(),
}));

vi.mock('electron', () => ({
  webContents: {
    fromId: (id: number) => {
      const window = electron.contents.get(id);
      return (
        window && {
          isDestroyed: () => window.destroyed,
          send: (channel: string, message: unknown) => window.sent.push([channel, message]),
        }
      );
    },
  },
}));

import { forwardLiveChanges } from '../../../src/main/electron/live-ipc';

const person = (id: string, role: Person['role']): Person => ({
  id,
  name: id,
  role,
  active: true,
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
});
const sari = person('sari', 'planner');
const budi = person('budi', 'admin');
/** Live sessions and their people, as services/auth.ts `peek` answers. */
const live = new Map<string, Person>();

function setUp() {
  const bus = createEventBus();
  const sessions = windowSessions();
  forwardLiveChanges({ bus, sessions, peek: (sessionId) => live.get(sessionId) ?? null });
  /** A window (webContents id) whose person signed in (the caller's setSession, as ipc.ts). */
  const openWindow = (id: number, sessionId: string | null) => {
    electron.contents.set(id, { sent: [], destroyed: false });
    sessions.isNew(id);
    sessions.callerFor(id).setSession(sessionId);
  };
  const sent = (id: number) => electron.contents.get(id)!.sent;
  return { bus, sessions, openWindow, sent };
}

beforeEach(() => {
  electron.contents.clear();
  live.clear();
  live.set('session-sari', sari);
  live.set('session-budi', budi);
});

describe('the desktop window’s live feed', () => {
  it('sends each change to the signed-in windows on the live channel', () => {
    const { bus, openWindow, sent } = setUp();
    openWindow(1, 'session-sari');
    const change = bus.publish({ kind: 'post', ids: ['p1'], version: 2, by: null });
    expect(sent(1)).toEqual([[desktopChannels.onLive, change]]);
  });

  it('sends a person’s own notifications and their role’s changes to that window only', () => {
    const { bus, openWindow, sent } = setUp();
    openWindow(1, 'session-sari');
    openWindow(2, 'session-budi');
    const forBudi = bus.publish({ kind: 'notification', ids: ['n1'], by: null, to: ['budi'] });
    const forAdmins = bus.publish({ kind: 'settings', ids: [], by: null, roles: ['admin'] });
    const forSari = bus.publish({ kind: 'notification', ids: ['n2'], by: null, to: ['sari'] });
    expect(sent(1).map(([, change]) => change)).toEqual([forSari]);
    expect(sent(2).map(([, change]) => change)).toEqual([forBudi, forAdmins]);
  });

  it('sends nothing to a window without a session, nor to one whose session ended', () => {
    const { bus, openWindow, sent } = setUp();
    openWindow(1, null);
    openWindow(2, 'session-revoked');
    bus.publish({ kind: 'post', ids: ['p1'], by: null });
    expect(sent(1)).toEqual([]);
    expect(sent(2)).toEqual([]);
  });

  it('sends nothing after the window closed', () => {
    const { bus, sessions, openWindow, sent } = setUp();
    openWindow(1, 'session-sari');
    bus.publish({ kind: 'post', ids: ['p1'], by: null });
    // ipc.ts forgets a window's session when its webContents is destroyed.
    sessions.forget(1);
    electron.contents.get(1)!.destroyed = true;
    bus.publish({ kind: 'post', ids: ['p2'], by: null });
    expect(sent(1)).toHaveLength(1);
  });

  it('skips a destroyed window whose session was not forgotten yet', () => {
    const { bus, openWindow, sent } = setUp();
    openWindow(1, 'session-sari');
    electron.contents.get(1)!.destroyed = true;
    bus.publish({ kind: 'post', ids: ['p1'], by: null });
    expect(sent(1)).toEqual([]);
  });
});
