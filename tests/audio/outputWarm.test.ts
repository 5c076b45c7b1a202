import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmAudioOutput } from '../../src/audio/outputWarm';

describe('starting the audio output behind the title', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks once for the media devices, which starts the audio service without blocking', () => {
    const enumerateDevices = vi.fn(() => Promise.resolve([]));
    vi.stubGlobal('navigator', { mediaDevices: { enumerateDevices } });
    warmAudioOutput();
    expect(enumerateDevices).toHaveBeenCalledTimes(1);
  });

  it('a refusal is swallowed, not left unhandled', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    vi.stubGlobal('navigator', { mediaDevices: { enumerateDevices: () => Promise.reject(new Error('not allowed here')) } });
    warmAudioOutput();
    await new Promise((resolve) => setTimeout(resolve, 0));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });

  it('a browser without media devices (an insecure page) is left alone', () => {
    vi.stubGlobal('navigator', {});
    expect(() => warmAudioOutput()).not.toThrow();
  });
});
