import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostStatus } from '../../../../../src/shared/domain/host-status';

/** The status page's store against a scripted host (the renderer's `api` needs a page). */
const host = vi.hoisted(() => ({
  api: { operations: { status: vi.fn(), endSession: vi.fn() } },
}));
vi.mock('../../../../../src/renderer/api', () => ({ api: host.api }));

const { useHostStatus } =
  await import('../../../../../src/renderer/features/settings/host-status/store');

const status = (names: string[]): HostStatus => ({
  version: '1.0.0',
  startedAt: '2026-12-03T01:00:00.000Z',
  uptimeSeconds: 60,
  checkedAt: '2026-12-03T01:01:00.000Z',
  disk: { free: 1, total: 2 },
  databaseBytes: 3,
  lastBackup: null,
  assets: { count: 0, bytes: 0 },
  sessions: names.map((name, i) => ({
    ref: `${i}`.padStart(16, '0'),
    personId: `00000000-0000-4000-8000-00000000000${i}`,
    name,
    role: 'planner',
    client: 'http 127.0.0.2',
    signedInAt: '2026-12-03T01:00:00.000Z',
    lastActivityAt: '2026-12-03T01:00:30.000Z',
    liveStreams: 0,
    own: false,
  })),
  warnings: [],
});

beforeEach(() => {
  useHostStatus.setState({ status: null, phase: 'idle', loadError: null });
  host.api.operations.status.mockReset();
  host.api.operations.endSession.mockReset();
});

describe('the status page store', () => {
  it('keeps the last figures on screen while a refresh fails', async () => {
    host.api.operations.status.mockResolvedValueOnce({ ok: true, value: status(['Rina']) });
    await useHostStatus.getState().load();
    expect(useHostStatus.getState()).toMatchObject({ phase: 'ready' });
    const error = { code: 'internal', key: 'internal', message: 'Kesalahan' };
    host.api.operations.status.mockResolvedValueOnce({ ok: false, error });
    await useHostStatus.getState().load();
    expect(useHostStatus.getState()).toMatchObject({ phase: 'error', loadError: error });
    expect(useHostStatus.getState().status?.sessions.map((s) => s.name)).toEqual(['Rina']);
  });

  it('ends a session by its ref and reads the list again, whatever the answer', async () => {
    host.api.operations.status.mockResolvedValue({ ok: true, value: status(['Rina', 'Budi']) });
    await useHostStatus.getState().load();
    const rina = useHostStatus.getState().status!.sessions[0]!;
    host.api.operations.status.mockResolvedValue({ ok: true, value: status(['Budi']) });
    host.api.operations.endSession.mockResolvedValue({ ok: true, value: { ended: true } });
    expect(await useHostStatus.getState().endSession(rina)).toEqual({
      ok: true,
      value: { ended: true },
    });
    expect(host.api.operations.endSession).toHaveBeenCalledWith({ ref: rina.ref });
    expect(useHostStatus.getState().status?.sessions.map((s) => s.name)).toEqual(['Budi']);
  });
});
