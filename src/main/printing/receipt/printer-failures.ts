import { userText } from '@shared/i18n/user-text';
import { AppFailure } from '@shared/result';

/**
 * Why a slip did not reach the receipt printer, in the shop owner's words. The link itself is
 * safe in history whatever happened here, so each message ends with what to check, and the
 * slip can be printed again from the link.
 */
export const printerFailures = {
  refused: (where: string) =>
    AppFailure.of('network', `The receipt printer refused the connection (${where})`, {
      userText: userText('answer.printer.refused', { where }),
    }),
  unreachable: (where: string, reason: string) =>
    AppFailure.of('network', `The receipt printer cannot be reached (${where}): ${reason}`, {
      userText: userText('answer.printer.unreachable', { where }),
    }),
  noAnswer: (where: string, seconds: number) =>
    AppFailure.of('timeout', `The receipt printer did not answer within ${seconds} s (${where})`, {
      userText: userText('answer.printer.noAnswer', { seconds, where }),
    }),
  stalled: (where: string, seconds: number) =>
    AppFailure.of('timeout', `The receipt printer stopped taking data for ${seconds} s (${where})`, {
      userText: userText('answer.printer.stalled', { seconds, where }),
    }),
  portMissing: (where: string) =>
    AppFailure.of('not-found', `The serial port does not exist (${where})`, {
      userText: userText('answer.printer.portMissing', { where }),
    }),
  portBusyOrDenied: (where: string, reason: string) =>
    AppFailure.of('network', `The serial port cannot be opened (${where}): ${reason}`, {
      userText: userText('answer.printer.portBusyOrDenied', { where }),
    }),
  serialUnavailable: (reason: string) =>
    AppFailure.of('unsupported', `Serial printing is not available: ${reason}`, {
      userText: userText('answer.printer.serialUnavailable'),
    }),
  notConfigured: () =>
    AppFailure.of('invalid-input', 'No receipt printer is set up for direct printing', {
      userText: userText('answer.printer.notConfigured'),
    }),
};

/** Seconds for a message: 2500 ms → 2.5, 3000 ms → 3. */
export function seconds(ms: number): number {
  return Math.round(ms / 100) / 10;
}
