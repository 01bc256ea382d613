import { createRoot } from 'react-dom/client';
import { paperSizeSchema } from '../../../../src/shared/domain/settings';
import { createTranslator } from '../../../../src/shared/i18n/translate';
import { measureSlipMm, setPrintPage, slipReady } from '../../../../src/renderer/src/features/print/print-page';
import { Slip } from '../../../../src/renderer/src/features/print/slip';
import type { SlipData } from '../../../../src/renderer/src/features/print/slip-data';
import '../../../../src/renderer/src/features/print/print.css';
import { measureLayout, measureLogo } from './slip-measure';
import { LOGO_DATA_URL, slipFixtureData } from './slip-fixture-data';

/**
 * The real slip component and print CSS on a page of their own, for the rendering and PDF tests:
 * `?paper=58mm|80mm|a4&url=…&description=…`, `&logo=1` for a shop logo, `&lang=en`. The slip is
 * drawn on screen (screenshots) and in the print root exactly as the preview does it, then the
 * `@page` rule is set from its measured height.
 */
const params = new URLSearchParams(window.location.search);
const paper = paperSizeSchema.parse(params.get('paper'));
const t = createTranslator(params.get('lang') === 'en' ? 'en' : 'tr');
const data: SlipData = {
  ...slipFixtureData,
  url: params.get('url') ?? 'https://example.com/pay',
  description: params.get('description') ?? '',
  ...(params.get('logo') === '1' ? { logo: LOGO_DATA_URL } : {}),
};

const printRoot = document.createElement('div');
printRoot.id = 'print-root';
document.body.append(printRoot);
document.documentElement.classList.add('printing-slip');

createRoot(document.getElementById('root')!).render(<Slip data={data} paper={paper} t={t} />);
createRoot(printRoot).render(<Slip data={data} paper={paper} t={t} />);

// What the test reads back (the test process has no DOM types of its own).
Object.assign(globalThis, { slipFixture: { layout: measureLayout, logo: measureLogo } });

void (async () => {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await slipReady(printRoot);
  const slipHeightMm = paper === 'a4' ? undefined : measureSlipMm(printRoot);
  setPrintPage(paper, slipHeightMm);
  document.body.dataset.slipHeightMm = String(slipHeightMm ?? '');
  document.body.dataset.ready = 'true';
})();
