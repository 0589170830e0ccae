import {
  firstRunParam,
  type FirstRunProblem,
  type FirstRunResult,
} from '../../../shared/api/desktop';

/**
 * The desktop app's first start, before any data is open (main's electron/first-run.ts): three
 * ways on, one screen at a time. Pure, so the screen's rules are tested without a window.
 */
export type FirstRunScreen =
  | { view: 'choices'; busy: boolean; problem: { problem: FirstRunProblem; dir: string } | null }
  | { view: 'connect' }
  | { view: 'restarting'; dir: string };

export const firstRunStart: FirstRunScreen = { view: 'choices', busy: false, problem: null };

/** Main opens the window with `?pertama-kali=1` while no data is chosen; only the desktop does. */
export function isFirstRunWindow(search: string, hasDesktopBridge: boolean): boolean {
  return hasDesktopBridge && new URLSearchParams(search).get(firstRunParam) === '1';
}

export type FirstRunAction =
  | { type: 'choose'; choice: 'new' | 'existing' }
  | { type: 'connect' }
  | { type: 'back' }
  | { type: 'answered'; result: FirstRunResult };

export function firstRunStep(screen: FirstRunScreen, action: FirstRunAction): FirstRunScreen {
  switch (action.type) {
    case 'choose':
      // One question to main at a time: a second click while the dialog is open does nothing.
      if (screen.view !== 'choices' || screen.busy) return screen;
      return { view: 'choices', busy: true, problem: null };
    case 'connect':
      return screen.view === 'choices' && !screen.busy ? { view: 'connect' } : screen;
    case 'back':
      return screen.view === 'connect' ? firstRunStart : screen;
    case 'answered': {
      const { result } = action;
      if (result.outcome === 'restarting') return { view: 'restarting', dir: result.dir };
      if (result.outcome === 'refused') {
        return {
          view: 'choices',
          busy: false,
          problem: { problem: result.problem, dir: result.dir },
        };
      }
      // Cancelled: back to the choices as they were, nothing said.
      return firstRunStart;
    }
  }
}
