import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { channelNameList, eventNameList } from '../shared/channel-names';
import type { PayDeskBridge } from '../shared/contract';

// Sandboxed and tiny: only the contract's channel and event names pass; main validates everything else.
const channelSet = new Set<string>(channelNameList);
const eventSet = new Set<string>(eventNameList);

const bridge: PayDeskBridge = {
  invoke(channel, input) {
    if (!channelSet.has(channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'invalid-input', message: 'Unknown channel', retryable: false },
      });
    }
    return ipcRenderer.invoke(channel, input);
  },
  on(event, listener) {
    if (!eventSet.has(event)) throw new Error('Unknown event');
    const handler = (_event: IpcRendererEvent, payload: unknown) => listener(payload as never);
    ipcRenderer.on(event, handler);
    return () => {
      ipcRenderer.removeListener(event, handler);
    };
  },
};

contextBridge.exposeInMainWorld('paydesk', bridge);
