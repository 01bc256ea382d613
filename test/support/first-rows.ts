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
