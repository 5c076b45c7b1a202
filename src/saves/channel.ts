/**
 * Tells other tabs of the game that a slot changed, so their save screens refresh instead of showing
 * a stale list (and then refusing a write as a conflict). BroadcastChannel is feature-detected; without
 * it tabs simply are not told. Messages from other pages are checked before anyone hears of them.
 */
import { slotKind } from './slots';

export const CHANNEL_NAME = 'awry-mission-saves';

export interface SlotChannel {
  post(slot: string): void;
  subscribe(listener: (slot: string) => void): () => void;
  close(): void;
}

/** `database` scopes messages: two stores on different databases (tests, future games) never mix. */
export function slotChannel(database: string): SlotChannel {
  const listeners = new Set<(slot: string) => void>();
  let channel: BroadcastChannel | null = null;
  let closed = false;

  const open = (): BroadcastChannel | null => {
    if (channel || closed || typeof BroadcastChannel !== 'function') return channel;
    try {
      channel = new BroadcastChannel(CHANNEL_NAME);
    } catch {
      return null;
    }
    // Node keeps a process alive for an open channel; a browser has no unref.
    (channel as { unref?: () => void }).unref?.();
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const data = event.data as { database?: unknown; slot?: unknown } | null;
      if (typeof data !== 'object' || data === null || data.database !== database || !slotKind(data.slot)) return;
      for (const listener of [...listeners]) {
        try {
          listener(data.slot as string);
        } catch {
          // One failing listener must not keep the others from hearing of the change.
        }
      }
    };
    return channel;
  };

  return {
    post(slot) {
      try {
        open()?.postMessage({ database, slot });
      } catch {
        // Telling other tabs is a courtesy; the write itself already succeeded.
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      open();
      return () => void listeners.delete(listener);
    },
    close() {
      closed = true;
      listeners.clear();
      channel?.close();
      channel = null;
    },
  };
}
