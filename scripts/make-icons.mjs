// `node scripts/make-icons.mjs`: the app icons from resources/icons/icon.svg, written next to it
// as <size>x<size>.png (the names electron-builder's Linux icon set expects). electron-builder
// makes the Windows .ico from 256x256.png and the macOS .icns from 512x512.png itself
// (electron-builder.yml), so no ICO/ICNS encoder is needed here. The PNGs are committed; run
// this again only after changing the SVG.
import { join } from 'node:path';
import sharp from 'sharp';
import { repoRoot } from './lib/package-bin.mjs';

export const iconSizes = [512, 256];

const dir = join(repoRoot, 'resources', 'icons');
for (const size of iconSizes) {
  const file = join(dir, `${size}x${size}.png`);
  // density scales the 512-unit SVG so that each size is rendered, not resampled.
  await sharp(join(dir, 'icon.svg'), { density: (72 * size) / 512 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toFile(file);
  console.log(file);
}
