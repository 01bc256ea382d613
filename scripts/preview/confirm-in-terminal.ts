import { createInterface } from 'node:readline/promises';
import type { ConfirmOriginChange } from '../../src/main/accounts/origin-change';

/**
 * The preview's stand-in for the app's native "change address?" dialog: main asks in the terminal
 * that started it, never in the browser page. Without a terminal to ask, the change is refused.
 */
export function confirmInTerminal(): ConfirmOriginChange {
  return async ({ text }) => {
    if (!process.stdin.isTTY) {
      console.warn(`\n${text.message}\nRefused: no terminal to confirm an account address change in.`);
      return false;
    }
    const prompt = createInterface({ input: process.stdin, output: process.stdout });
    try {
      const answer = await prompt.question(`\n${text.message}\n${text.detail}\n${text.buttons[1]}? [y/N] `);
      return /^(y|yes|e|evet)$/i.test(answer.trim());
    } finally {
      prompt.close();
    }
  };
}
