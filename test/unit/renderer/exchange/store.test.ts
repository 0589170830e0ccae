import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../../../src/shared/api/errors';
import type { FirstContactView } from '../../../../src/shared/api/methods/exchange';

/**
 * Settings › Pertukaran antar-kantor against a scripted host: the renderer's `api` object is the
 * only stand-in; the live stream's delivery, the debounce and the session store are the real ones.
 */
const host = vi.hoisted(() => ({
  api: {
    exchange: { status: vi.fn(), arrivals: vi.fn(), firstContacts: vi.fn() },
  },
}));

vi.mock('../../../../src/renderer/api', () => ({ api: host.api }));

const { useExchange } = await import('../../../../src/renderer/features/exchange/store');
const { useSession } = await import('../../../../src/renderer/stores/session');
const { deliverLiveChange } = await import('../../../../src/renderer/api/live');

const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });

const status = {
  identity: {
    code: '73.06',
    name: 'Diskominfo Kabupaten Gowa',
    level: 'kabupaten_kota',
    fingerprint: 'ABCD '.repeat(15) + 'ABCD',
    folder: '/data/pertukaran',
  },
  offices: [],
};

const maros: FirstContactView = {
  code: '73.09',
  name: 'Diskominfo Kabupaten Maros',
  level: 'kabupaten_kota',
  fingerprint: '0123 '.repeat(15) + '0123',
  file: '73.09/outbox/00000001-0123456789abcdef.identity.linimasa-kiriman',
  keyDiffers: false,
};

/** What the host's folder watcher publishes after a pass that refused an unknown office's card. */
const watcherPass = {
  seq: 7,
  kind: 'settings' as const,
  ids: [],
  method: 'exchange.sync',
  by: null,
  at: '2026-12-03T02:00:00.000Z',
};

describe('the exchange section follows the folder', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.resetAllMocks();
    useSession.setState({
      signedIn: {
        person: { id: 'admin', name: 'Admin Humas', role: 'admin' },
      } as never,
    });
    useExchange.setState({ status: null, arrivals: [], firstContacts: [] });
    host.api.exchange.status.mockResolvedValue(ok(status));
    host.api.exchange.arrivals.mockResolvedValue(ok([]));
  });
  afterEach(() => vi.useRealTimers());

  it('reads first contacts again when the watcher says a file was applied or refused', async () => {
    host.api.exchange.firstContacts.mockResolvedValueOnce(ok([]));
    await useExchange.getState().load();
    expect(useExchange.getState().firstContacts).toEqual([]);

    host.api.exchange.firstContacts.mockResolvedValueOnce(ok([maros]));
    deliverLiveChange(watcherPass);
    await vi.runAllTimersAsync();
    expect(host.api.exchange.firstContacts).toHaveBeenCalledTimes(2);
    expect(useExchange.getState().firstContacts).toEqual([maros]);
  });

  it('asks nothing while the section was never opened', async () => {
    deliverLiveChange(watcherPass);
    await vi.runAllTimersAsync();
    expect(host.api.exchange.arrivals).not.toHaveBeenCalled();
    expect(host.api.exchange.firstContacts).not.toHaveBeenCalled();
  });
});
