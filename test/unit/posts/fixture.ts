import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openApp, type LinimasaApp } from '../../../src/main/app';
import type { MethodName, RequestOf, ResponseOf } from '../../../src/shared/api/contract';
import { useTempDir } from '../helpers';
import { acting } from '../acting';

/**
 * A real data directory with an office: two planners, an approver, an admin, three channels.
 * `call` goes through dispatch, so every request is validated as the renderer's would be.
 */
export function useOffice() {
  const tempDir = useTempDir();
  let app: LinimasaApp | undefined;
  afterEach(() => app?.shutdown());

  return async function office(options: { timeZone?: string; allowSelfApproval?: boolean } = {}) {
    app = openApp(join(tempDir(), 'data'), { logError: (m, e) => console.error(m, e) });
    const opened = app;
    async function call<M extends MethodName>(
      method: M,
      request: RequestOf<M> & { actorId?: string | null },
    ): Promise<ResponseOf<M>> {
      const result = await acting(opened)(method, request);
      if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
      return result.value as ResponseOf<M>;
    }
    async function fail<M extends MethodName>(
      method: M,
      request: RequestOf<M> & { actorId?: string | null },
    ) {
      const result = await acting(opened)(method, request);
      if (result.ok) throw new Error(`${method} should have failed`);
      return result.error;
    }
    await call('settings.update', {
      timeZone: options.timeZone ?? 'Asia/Jakarta',
      allowSelfApproval: options.allowSelfApproval ?? false,
    });
    const rina = await call('people.create', { name: 'Rina', role: 'planner' });
    const dimas = await call('people.create', { name: 'Dimas', role: 'planner' });
    const bambang = await call('people.create', { name: 'Bambang', role: 'approver' });
    const admin = await call('people.create', { name: 'Admin', role: 'admin' });
    const instagram = await call('channels.create', { platform: 'instagram', name: 'IG Pemkab' });
    const x = await call('channels.create', { platform: 'x', name: 'X Humas' });
    const youtube = await call('channels.create', { platform: 'youtube', name: 'YouTube' });
    return {
      app: opened,
      call,
      fail,
      people: { rina, dimas, bambang, admin },
      channels: { instagram, x, youtube },
    };
  };
}

export { createApproved, submitAndApprove } from './approve';
