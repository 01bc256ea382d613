/** Measurements of the on-screen slip, read by test/e2e/slip-rendering.spec.ts. */
function slip(): HTMLElement {
  const element = document.querySelector<HTMLElement>('#root .slip');
  if (!element) throw new Error('No slip on the page');
  return element;
}

function lines(selector: string) {
  const element = slip().querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`No ${selector} in the slip`);
  return { height: element.getBoundingClientRect().height, lineHeight: parseFloat(getComputedStyle(element).lineHeight) };
}

/** Every box inside the slip must stay within its left and right edges. */
export function measureLayout() {
  const root = slip();
  const box = root.getBoundingClientRect();
  const outside = [...root.querySelectorAll<HTMLElement>('*')]
    .filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5);
    })
    .map((el) => el.getAttribute('class') ?? el.tagName);
  return {
    width: box.width,
    scrollWidth: root.scrollWidth,
    clientWidth: root.clientWidth,
    outside,
    url: lines('.slip-url'),
    description: lines('.slip-description'),
    qrWidth: root.querySelector('svg.qr-code')?.getBoundingClientRect().width ?? 0,
    text: root.innerText,
    fontLoaded: document.fonts.check("400 10pt 'PayDesk Slip'", 'ğşİ'),
  };
}

export function measureLogo() {
  const root = slip();
  const img = root.querySelector<HTMLImageElement>('.slip-logo');
  const box = root.getBoundingClientRect();
  const r = img?.getBoundingClientRect();
  return { natural: img?.naturalWidth ?? 0, inside: !!r && r.left >= box.left && r.right <= box.right && r.height > 0 };
}
