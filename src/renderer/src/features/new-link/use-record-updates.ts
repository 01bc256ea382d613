import { useEffect } from 'react';
import { invoke, on } from '../../lib/ipc';
import { useNewLinkStore } from './new-link-store';

/**
 * Keeps the shown link fresh: when main says it changed (a queued send went out, a waiting
 * create reached the provider), its record is read again from history.
 */
export function useRecordUpdates(reference: string): void {
  useEffect(() => {
    let current = true;
    const off = on('history:changed', ({ references }) => {
      if (!references.includes(reference)) return;
      void invoke('history:get', { reference }).then((result) => {
        if (current && result.ok) useNewLinkStore.getState().receiveRecord(result.value);
      });
    });
    return () => {
      current = false;
      off();
    };
  }, [reference]);
}
