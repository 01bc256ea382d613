import { useEffect, useState } from 'react';

/**
 * The element the printed copy of the slip lives in: a direct child of <body>, laid out off screen
 * (so it can be measured and its font loads) and the only thing the print CSS shows.
 */
export function usePrintRoot(): HTMLElement | null {
  const [root, setRoot] = useState<HTMLElement | null>(null);
  useEffect(() => {
    const element = document.createElement('div');
    element.id = 'print-root';
    element.setAttribute('aria-hidden', 'true');
    document.body.append(element);
    document.documentElement.classList.add('printing-slip');
    setRoot(element);
    return () => {
      document.documentElement.classList.remove('printing-slip');
      element.remove();
    };
  }, []);
  return root;
}
