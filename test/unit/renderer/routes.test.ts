import { describe, expect, it } from 'vitest';
import {
  parseRouteHash,
  routeHash,
  screenForShortcut,
  screens,
  settingsSections,
  shownScreens,
} from '../../../src/renderer/navigation/routes';

describe('screen addresses in the URL hash', () => {
  it('round-trips every screen and settings section', () => {
    for (const screen of screens) expect(parseRouteHash(routeHash({ screen }))).toEqual({ screen });
    for (const section of settingsSections) {
      expect(parseRouteHash(routeHash({ screen: 'settings', section }))).toEqual({
        screen: 'settings',
        section,
      });
    }
  });

  it('uses Indonesian paths', () => {
    expect(routeHash({ screen: 'settings', section: 'channels' })).toBe('#/pengaturan/kanal');
    expect(routeHash({ screen: 'assets' })).toBe('#/aset');
  });

  it('falls back to the calendar for an empty or unknown address', () => {
    expect(parseRouteHash('')).toEqual({ screen: 'calendar' });
    expect(parseRouteHash('#/tidak-ada')).toEqual({ screen: 'calendar' });
    expect(parseRouteHash('#/pengaturan/tidak-ada')).toEqual({ screen: 'settings' });
    expect(parseRouteHash('#/ekspor/kanal')).toEqual({ screen: 'export' });
  });
});

describe('Ctrl+1…6', () => {
  const key = (
    key: string,
    modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>>,
  ) => ({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...modifiers,
  });

  it('opens the screens in navigation order, with Ctrl or ⌘', () => {
    expect(
      ['1', '2', '3', '4'].map((digit) => screenForShortcut(key(digit, { ctrlKey: true }))),
    ).toEqual(['calendar', 'assets', 'export', 'settings']);
    expect(screenForShortcut(key('4', { metaKey: true }))).toBe('settings');
  });

  it('opens "Perlu tindakan" with Ctrl+5, though the navigation shows it second', () => {
    expect(screenForShortcut(key('5', { ctrlKey: true }))).toBe('actions');
    expect(screens[1]).toBe('actions');
    expect(routeHash({ screen: 'actions' })).toBe('#/perlu-tindakan');
  });

  it('opens "Laporan" with Ctrl+6, and its import at #/laporan/impor', () => {
    expect(screenForShortcut(key('6', { ctrlKey: true }))).toBe('report');
    expect(routeHash({ screen: 'report', section: 'import' })).toBe('#/laporan/impor');
    expect(parseRouteHash('#/laporan/impor')).toEqual({ screen: 'report', section: 'import' });
    expect(routeHash({ screen: 'report', section: 'match' })).toBe('#/laporan/cocokkan');
    expect(parseRouteHash('#/laporan/cocokkan')).toEqual({ screen: 'report', section: 'match' });
    expect(parseRouteHash('#/laporan/kanal')).toEqual({ screen: 'report' });
  });

  it('opens "Paket provinsi" with Ctrl+7 at #/provinsi', () => {
    expect(screenForShortcut(key('7', { ctrlKey: true }))).toBe('province');
    expect(screenForShortcut(key('7', { ctrlKey: true }), shownScreens(true))).toBe('province');
    expect(routeHash({ screen: 'province' })).toBe('#/provinsi');
    expect(parseRouteHash('#/provinsi')).toEqual({ screen: 'province' });
  });

  it('lists "Provinsi" and answers Ctrl+7 only once the exchange is set up', () => {
    expect(shownScreens(false)).not.toContain('province');
    expect(shownScreens(false)).toHaveLength(screens.length - 1);
    expect(shownScreens(true)).toEqual(screens);
    expect(screenForShortcut(key('7', { ctrlKey: true }), shownScreens(false))).toBeUndefined();
    // The other numbers keep their screens.
    expect(screenForShortcut(key('6', { ctrlKey: true }), shownScreens(false))).toBe('report');
    // The address still opens (the screen then says where to set the exchange up).
    expect(parseRouteHash('#/provinsi')).toEqual({ screen: 'province' });
  });

  it('ignores plain digits (typing in a field), other modifiers and other keys', () => {
    expect(screenForShortcut(key('1', {}))).toBeUndefined();
    expect(screenForShortcut(key('1', { ctrlKey: true, shiftKey: true }))).toBeUndefined();
    expect(screenForShortcut(key('1', { ctrlKey: true, altKey: true }))).toBeUndefined();
    expect(screenForShortcut(key('8', { ctrlKey: true }))).toBeUndefined();
    expect(screenForShortcut(key('0', { ctrlKey: true }))).toBeUndefined();
    expect(screenForShortcut(key('s', { ctrlKey: true }))).toBeUndefined();
  });
});
