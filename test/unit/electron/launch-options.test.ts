import { describe, expect, it } from 'vitest';
import { dataDirFlag, rendererEntry } from '../../../src/main/electron/launch-options';

describe('dataDirFlag', () => {
  it('reads both spellings', () => {
    expect(dataDirFlag(['electron', 'out/main/index.js', '--data-dir', '/srv/humas'])).toBe(
      '/srv/humas',
    );
    expect(dataDirFlag(['linimasa.exe', '--data-dir=D:\\Humas'])).toBe('D:\\Humas');
  });

  it('ignores a missing value', () => {
    expect(dataDirFlag(['electron', '.'])).toBeUndefined();
    expect(dataDirFlag(['electron', '--data-dir'])).toBeUndefined();
    expect(dataDirFlag(['electron', '--data-dir', '--inspect'])).toBeUndefined();
    expect(dataDirFlag(['electron', '--data-dir='])).toBeUndefined();
  });
});

describe('rendererEntry', () => {
  const builtIn = { url: 'linimasa://app/index.html', origin: 'linimasa://app', devServer: false };

  it('loads the built renderer by default', () => {
    expect(rendererEntry({ isPackaged: false, env: {} })).toEqual(builtIn);
    expect(rendererEntry({ isPackaged: true, env: {} })).toEqual(builtIn);
  });

  it('loads the local Vite dev server in development', () => {
    expect(
      rendererEntry({ isPackaged: false, env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } }),
    ).toEqual({
      url: 'http://localhost:5173/',
      origin: 'http://localhost:5173',
      devServer: true,
    });
  });

  it('ignores the dev server variable in an installed app', () => {
    expect(
      rendererEntry({ isPackaged: true, env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } }),
    ).toEqual(builtIn);
  });

  it.each([
    'https://evil.example/',
    'http://192.168.1.5:5173/',
    'file:///tmp/index.html',
    'http://u:p@localhost:5173/',
    'nonsense',
  ])('refuses to load %s as the renderer', (url) => {
    expect(rendererEntry({ isPackaged: false, env: { ELECTRON_RENDERER_URL: url } })).toEqual(
      builtIn,
    );
  });
});
