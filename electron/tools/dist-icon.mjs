// Renders the app icon electron/build-resources/icon.svg to icon.png (1024×1024), which
// electron-builder turns into the .icns (macOS), .ico (Windows) and Linux icon sizes, and which the
// window uses on Linux. Run after editing the SVG: node electron/tools/dist-icon.mjs
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const resources = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'build-resources');

export async function renderIcon({ size = 1024 } = {}) {
  const svg = await readFile(path.join(resources, 'icon.svg'), 'utf8');
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng();
  const target = path.join(resources, 'icon.png');
  await writeFile(target, png);
  return { target, bytes: png.byteLength };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { target, bytes } = await renderIcon();
  console.log(`${path.relative(process.cwd(), target)}: ${bytes} bytes`);
}
