import { describe, expect, it, vi } from 'vitest';
import { mediaTestHooksVariable } from '../../../src/main/assets/media-test-hooks';
import { useLibrary } from './app';
import { image, put } from './fixtures';

// The media workers of this test file's process load no sharp, as on a PC where libvips is
// missing, built for another platform or quarantined by an antivirus.
process.env[mediaTestHooksVariable] = JSON.stringify({ sharpMissing: true });

const library = useLibrary();

describe('without libvips', () => {
  it('photos are still imported, without thumbnails, and the reason is said once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const { app, source, call } = await library();
      put(source, 'a.jpg', await image('jpeg', { width: 400, height: 300, seed: 1 }));
      put(source, 'b.png', await image('png', { width: 300, height: 400, seed: 2 }));
      const summary = await app.library.importPaths([source]);
      expect(summary).toMatchObject({ imported: 2, failed: 0 });
      const assets = await call('assets.list', { limit: 10 });
      expect(assets.items).toHaveLength(2);
      for (const asset of assets.items) {
        expect(asset.media.thumbSmall).toBeNull();
        expect(asset.media.original).toMatch(/^assets\//);
      }
      const notices = warn.mock.calls.map((args) => String(args[0]));
      expect(notices.filter((n) => n.includes('Pratinjau tidak dapat dibuat'))).toHaveLength(1);
    } finally {
      warn.mockRestore();
    }
  });
});
