import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { svgHasScript } from '../../../src/main/assets/svg-script';
import { useLibrary } from './app';
import { image, put } from './fixtures';

const library = useLibrary();

const drawing = (extra: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">
  <rect width="64" height="64" fill="#0a7"/>${extra}
</svg>
`;

describe('import words: each refusal says what it is', () => {
  it('an SVG carrying a script is refused as such, not as a broken picture', async () => {
    const { app, source } = await library();
    put(source, 'logo-skrip.svg', drawing('<script>alert(1)</script>'));
    put(source, 'logo-onload.svg', drawing('<circle r="4" onload="alert(1)"/>'));
    put(source, 'logo-tautan.svg', drawing('<a href="javascript:alert(1)"><circle r="4"/></a>'));
    put(source, 'logo-bersih.svg', drawing('<circle cx="32" cy="32" r="16" fill="#fff"/>'));
    const { results } = await app.library.importPaths([source]);
    const byName = Object.fromEntries(results.map((r) => [r.name, r]));
    for (const name of ['logo-skrip.svg', 'logo-onload.svg', 'logo-tautan.svg']) {
      expect(byName[name]).toMatchObject({ status: 'failed' });
      expect(byName[name]!.reason).toBe(
        'Gambar SVG ini berisi skrip atau tautan javascript: dan tidak diterima, karena skrip dapat berjalan saat gambar dibuka. Simpan ulang tanpa skrip (mis. ekspor sebagai SVG biasa atau PNG), lalu impor lagi.',
      );
      expect(byName[name]!.reason).not.toMatch(/rusak atau terpotong/);
    }
    expect(byName['logo-bersih.svg']).toMatchObject({ status: 'imported', kind: 'image' });
  });

  it('a duplicate names the asset already in the library', async () => {
    const { app, source } = await library();
    const first = put(source, 'Upacara HUT RI.jpg', await image('jpeg', { seed: 3 }));
    const [one] = (await app.library.importPaths([first])).results;
    const again = join(source, 'IMG_2041.jpg');
    copyFileSync(first, again);
    const [two] = (await app.library.importPaths([again])).results;
    expect(two).toMatchObject({
      name: 'IMG_2041.jpg',
      status: 'duplicate',
      assetId: one!.assetId,
      existingName: 'Upacara HUT RI.jpg',
    });
  });
});

describe('svgHasScript', () => {
  it('sees scripts however they are spelt, and passes a plain drawing', () => {
    expect(svgHasScript('<svg><SCRIPT type="text/ecmascript">x()</SCRIPT></svg>')).toBe(true);
    expect(svgHasScript('<svg><rect\nonclick = "x()"/></svg>')).toBe(true);
    expect(svgHasScript('<svg><a xlink:href="&#106;avascript:x()">a</a></svg>')).toBe(true);
    expect(svgHasScript('<svg><a href="java\tscript:x()">a</a></svg>')).toBe(true);
    expect(svgHasScript('<svg><set attributeName="href" to="javascript:x()"/></svg>')).toBe(true);
    expect(
      svgHasScript('<svg><text x="1">Jadwal online 08.00</text><a href="https://x.id">a</a></svg>'),
    ).toBe(false);
    expect(svgHasScript('<svg><desc>description of the script</desc></svg>')).toBe(false);
  });
});
