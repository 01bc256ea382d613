// `npm run icons`: renders resources/icon.svg to every PNG size in Debian's Chromium (through
// Playwright) and packs the Windows .ico and macOS .icns with png2icons. The generated files are
// committed; run this again whenever the SVG changes (a test compares the recorded source hash).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import png2icons from 'png2icons';
import {
  icnsPath,
  iconSource,
  iconStamp,
  icoPath,
  linuxIconDir,
  linuxIconPath,
  linuxSizes,
  masterPng,
  sourceHash,
} from './icons/icon-set';

const executablePath = process.env.PAYDESK_CHROMIUM ?? '/usr/bin/chromium';

const svg = await readFile(iconSource);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const render = async (size: number): Promise<Buffer> => {
    await page.setViewportSize({ width: size, height: size });
    const src = `data:image/svg+xml;base64,${svg.toString('base64')}`;
    // Chromium draws the vector at each size, so small icons are sharp rather than shrunk.
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    // Runs in the page: waits until the SVG is decoded (the node tsconfig has no DOM types).
    await page.locator('img').evaluate((img) => (img as unknown as { decode(): Promise<void> }).decode());
    return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  };

  await mkdir(linuxIconDir, { recursive: true });
  for (const size of linuxSizes) await writeFile(linuxIconPath(size), await render(size));
  const master = await render(masterPng.size);
  await writeFile(masterPng.path, master);

  const ico = png2icons.createICO(master, png2icons.BICUBIC2, 0, false, true);
  const icns = png2icons.createICNS(master, png2icons.BICUBIC2, 0);
  if (!ico || !icns) throw new Error('png2icons could not convert the icon');
  await writeFile(icoPath, ico);
  await writeFile(icnsPath, icns);
  await writeFile(iconStamp, `${sourceHash(svg)}\n`);
  console.log(`Icons written: ${masterPng.path}, ${icoPath}, ${icnsPath}, ${linuxIconDir}/ (${linuxSizes.join(', ')})`);
} finally {
  await browser.close();
}
