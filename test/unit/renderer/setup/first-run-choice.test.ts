import { describe, expect, it } from 'vitest';
import {
  firstRunStart,
  firstRunStep,
  isFirstRunWindow,
} from '../../../../src/renderer/features/setup/first-run-choice';

describe('the first start’s choice (screen rules)', () => {
  it('shows only in the desktop window main opened for it', () => {
    expect(isFirstRunWindow('?pertama-kali=1', true)).toBe(true);
    expect(isFirstRunWindow('', true)).toBe(false);
    // A browser never has a first run of its own: the host chose its folder.
    expect(isFirstRunWindow('?pertama-kali=1', false)).toBe(false);
  });

  it('asks main once at a time and restarts on its answer', () => {
    const asking = firstRunStep(firstRunStart, { type: 'choose', choice: 'new' });
    expect(asking).toEqual({ view: 'choices', busy: true, problem: null });
    expect(firstRunStep(asking, { type: 'choose', choice: 'existing' })).toBe(asking);
    expect(firstRunStep(asking, { type: 'connect' })).toBe(asking);
    expect(
      firstRunStep(asking, {
        type: 'answered',
        result: { outcome: 'restarting', dir: '/home/humas/Linimasa' },
      }),
    ).toEqual({ view: 'restarting', dir: '/home/humas/Linimasa' });
  });

  it('says why a picked folder was refused, and forgets it on the next try', () => {
    const asking = firstRunStep(firstRunStart, { type: 'choose', choice: 'existing' });
    const refused = firstRunStep(asking, {
      type: 'answered',
      result: { outcome: 'refused', problem: 'notLinimasa', dir: '/home/humas/Dokumen' },
    });
    expect(refused).toEqual({
      view: 'choices',
      busy: false,
      problem: { problem: 'notLinimasa', dir: '/home/humas/Dokumen' },
    });
    expect(firstRunStep(refused, { type: 'choose', choice: 'new' })).toMatchObject({
      problem: null,
    });
    expect(firstRunStep(asking, { type: 'answered', result: { outcome: 'cancelled' } })).toEqual(
      firstRunStart,
    );
  });

  it('opens the office-connect form and comes back to the choices', () => {
    const connect = firstRunStep(firstRunStart, { type: 'connect' });
    expect(connect).toEqual({ view: 'connect' });
    expect(firstRunStep(connect, { type: 'back' })).toEqual(firstRunStart);
  });
});
