import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { channelNameList } from '@shared/channel-names';
import { fail } from '@shared/result';
import type { Core } from '../core';

/**
 * Registers exactly the contract's channels. A call is served only when it comes from our
 * window's top frame showing our own page; the core validates the input and never throws.
 */
export function registerIpc(core: Core, getWindow: () => BrowserWindow | undefined, isOwnPage: (url: string) => boolean) {
  const fromOurWindow = (event: IpcMainInvokeEvent): boolean => {
    const window = getWindow();
    const frame = event.senderFrame;
    return (
      !!window &&
      !!frame &&
      event.sender === window.webContents &&
      frame === window.webContents.mainFrame &&
      isOwnPage(frame.url)
    );
  };
  for (const channel of channelNameList) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!fromOurWindow(event)) {
        core.logger.log('warn', 'ipc.rejected-sender', { channel });
        return fail('invalid-input', 'Request from an unknown frame');
      }
      return core.invoke(channel, input);
    });
  }
  const unsubscribe = core.events.onAny((name, payload) => {
    const window = getWindow();
    if (window && !window.isDestroyed()) window.webContents.send(name, payload);
  });
  return () => {
    unsubscribe();
    for (const channel of channelNameList) ipcMain.removeHandler(channel);
  };
}
