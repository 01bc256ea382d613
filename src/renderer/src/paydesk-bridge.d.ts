import type { PayDeskBridge } from '@shared/contract';

declare global {
  interface Window {
    /** Defined by the preload (or the e2e / preview bridge). Only lib/ipc.ts may touch it. */
    readonly paydesk?: PayDeskBridge;
  }
}

export {};
