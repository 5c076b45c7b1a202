/**
 * Chromium makes a page's first AudioContext by asking its audio service, synchronously, about the
 * output device; while that service is not running yet the page's thread waits for the browser to
 * launch it (230-380 ms measured, docs/budgets.md). Listing the media devices starts the same service
 * without holding the thread, and an AudioContext made once the list has come back took 11-33 ms.
 */

/** The part of `navigator.mediaDevices` the warm-up uses. */
export interface DeviceList {
  enumerateDevices(): Promise<unknown>;
}

/** The longest the first sound waits for the audio output to start. */
export const OUTPUT_PATIENCE_MS = 1500;

/**
 * Starts the audio output. Resolves once the browser has listed its devices, or after `patienceMs`,
 * whichever comes first; resolves at once where there is no device list. Never rejects: a browser
 * that refuses the list still plays sound, only with the wait the warm-up would have spared.
 */
export function warmAudioOutput(
  devices: DeviceList | undefined = globalThis.navigator?.mediaDevices,
  patienceMs = OUTPUT_PATIENCE_MS,
  timer: (done: () => void, ms: number) => unknown = (done, ms) => setTimeout(done, ms),
): Promise<void> {
  if (!devices?.enumerateDevices) return Promise.resolve();
  return new Promise((done) => {
    timer(done, patienceMs);
    Promise.resolve().then(() => devices.enumerateDevices()).then(() => done(), () => done());
  });
}
