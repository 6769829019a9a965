/**
 * Makes every app icon from the one source image, build/icon.svg: PNGs for Linux (build/icons/NxN.png) and
 * as the general icon (build/icon.png), a Windows .ico and a macOS .icns. The outputs are committed, so this
 * runs only when the source image changes: npm run icons
 */
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import png2icons from 'png2icons';

const BUILD = join(import.meta.dirname, '..', 'build');
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];

const svg = readFileSync(join(BUILD, 'icon.svg'));
const render = (size: number): Buffer =>
  Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());

function write(file: string, data: Buffer | null): void {
  if (!data) throw new Error(`could not make ${file}`);
  writeFileSync(join(BUILD, file), data);
  console.log(`build/${file} (${data.length} bytes)`);
}

mkdirSync(join(BUILD, 'icons'), { recursive: true });
for (const size of LINUX_SIZES) write(join('icons', `${size}x${size}.png`), render(size));
const master = render(1024);
write('icon.png', master);
// The .ico holds every Windows size (PNG-compressed at 256 px); the .icns every macOS size up to 1024 px.
write('icon.ico', png2icons.createICO(master, png2icons.BICUBIC2, 0, false, true));
write('icon.icns', png2icons.createICNS(master, png2icons.BICUBIC2, 0));
