/**
 * Chromium starts its audio service (a process of its own) the first time a page needs sound, and a
 * new AudioContext waits for it on the page's main thread: 240 to 380 ms measured here, the longest
 * task of a whole read. Asking for the list of media devices starts that service too, without
 * blocking; done while the reader is on the title, the first AudioContext took 11 to 33 ms instead.
 * Nothing is asked of the reader: no permission is needed for the list, and its contents are unused.
 */
export function warmAudioOutput(): void {
  const devices = (globalThis.navigator as Navigator | undefined)?.mediaDevices;
  if (typeof devices?.enumerateDevices !== 'function') return;
  devices.enumerateDevices().catch(() => undefined); // only its side effect is wanted
}
