import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAME, slotChannel, type SlotChannel } from '../../src/saves/channel';

/** The slot-change channel between tabs: what is heard, what is ignored, and what never throws. */

const opened: Array<SlotChannel | BroadcastChannel> = [];
afterEach(() => {
  for (const c of opened.splice(0)) c.close();
  vi.unstubAllGlobals();
});

const open = (database: string) => {
  const channel = slotChannel(database);
  opened.push(channel);
  return channel;
};
/** Another page posting raw messages on the same channel name. */
const stranger = () => {
  const raw = new BroadcastChannel(CHANNEL_NAME);
  opened.push(raw);
  return raw;
};
const settle = () => new Promise((r) => setTimeout(r, 30));

describe('slot channel', () => {
  it('hears slot names posted for its database, from another tab', async () => {
    const heard: string[] = [];
    open('db-a').subscribe((slot) => heard.push(slot));
    open('db-a').post('manual-2-3');
    await expect.poll(() => heard).toEqual(['manual-2-3']);
  });

  it('ignores other databases, names that are not slots, and messages that are not objects', async () => {
    const heard: string[] = [];
    open('db-b').subscribe((slot) => heard.push(slot));
    const raw = stranger();
    for (const data of [{ database: 'db-c', slot: 'quick' }, { database: 'db-b', slot: 'manual-0-0' }, { database: 'db-b', slot: 7 }, { database: 'db-b' }, null, 'quick', 42]) raw.postMessage(data);
    raw.postMessage({ database: 'db-b', slot: 'auto-2' });
    await expect.poll(() => heard).toEqual(['auto-2']);
    await settle();
    expect(heard).toEqual(['auto-2']);
  });

  it('keeps telling the other listeners when one throws, and stops telling one that unsubscribed', async () => {
    const channel = open('db-d');
    const heard: string[] = [];
    channel.subscribe(() => {
      throw new Error('listener broke');
    });
    const off = channel.subscribe((slot) => heard.push(`first ${slot}`));
    channel.subscribe((slot) => heard.push(`second ${slot}`));
    open('db-d').post('quick');
    await expect.poll(() => heard).toEqual(['first quick', 'second quick']);
    off();
    open('db-d').post('auto-1');
    await expect.poll(() => heard.length).toBe(3);
    expect(heard.at(-1)).toBe('second auto-1');
  });

  it('a closed channel hears nothing and posts nothing, without throwing', async () => {
    const heard: string[] = [];
    const closed = open('db-e');
    closed.subscribe((slot) => heard.push(slot));
    closed.close();
    const raw = stranger();
    const fromClosed: unknown[] = [];
    raw.onmessage = (e) => fromClosed.push(e.data);
    open('db-e').post('quick');
    expect(() => closed.post('auto-3')).not.toThrow();
    closed.subscribe((slot) => heard.push(slot));
    // The open channel's message arrives (waited for); by then the closed one has had its chance too.
    await expect.poll(() => fromClosed).toEqual([{ database: 'db-e', slot: 'quick' }]);
    await settle();
    expect(heard).toEqual([]);
    expect(fromClosed).toEqual([{ database: 'db-e', slot: 'quick' }]);
  });

  it('without BroadcastChannel, or when it cannot be made, tabs are simply not told', async () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const none = open('db-f');
    expect(() => none.post('quick')).not.toThrow();
    expect(() => none.subscribe(() => undefined)()).not.toThrow();
    vi.stubGlobal('BroadcastChannel', function refuse() {
      throw new DOMException('denied', 'SecurityError');
    });
    const refused = open('db-f');
    expect(() => refused.post('quick')).not.toThrow();
  });

  it('a post that the channel refuses is not the writer’s problem', async () => {
    const channel = open('db-g');
    channel.subscribe(() => undefined);
    vi.spyOn(BroadcastChannel.prototype, 'postMessage').mockImplementation(() => {
      throw new DOMException('could not clone', 'DataCloneError');
    });
    expect(() => channel.post('quick')).not.toThrow();
    vi.restoreAllMocks();
  });
});
