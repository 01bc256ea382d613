import type { Page } from '@playwright/test';

/**
 * Clicks History in the navigation from inside the page and resolves with the milliseconds
 * until the first real rows are in the DOM and painted (the next animation frame).
 */
export async function measureFirstRows(page: Page): Promise<number> {
  // A string, because the test project has no DOM types; it runs in the page.
  const script = `new Promise((resolve) => {
    const button = document.querySelector('[data-testid="nav-history"]');
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (!document.querySelector('.history-row-button')) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - start));
    });
    observer.observe(document.body, { childList: true, subtree: true });
    button.click();
  })`;
  return (await page.evaluate(script)) as number;
}

/**
 * Picks a provider in the History filter from inside the page and resolves with the milliseconds
 * until the list shows that provider's rows (first row of the new answer painted): a fresh query
 * and render, nothing prefetched.
 */
export async function measureFilterChange(page: Page, provider: string, name: string): Promise<number> {
  const script = `new Promise((resolve) => {
    const select = [...document.querySelectorAll('select')].find((s) => [...s.options].some((o) => o.value === ${JSON.stringify(provider)}));
    const scroll = document.querySelector('[data-testid="history-scroll"]');
    const start = performance.now();
    const shown = () => {
      const first = document.querySelector('.history-row-button');
      return scroll.getAttribute('aria-busy') === 'false' && first && first.textContent.includes(${JSON.stringify(name)});
    };
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - start));
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    select.value = ${JSON.stringify(provider)};
    select.dispatchEvent(new Event('change', { bubbles: true }));
  })`;
  return (await page.evaluate(script)) as number;
}
