/** Debian's Chromium, headless, with the flags that work on these machines (no GPU, no network). */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless Chromium 156 loads its omnibox popup and reload button (web pages of the browser's own UI)
 * in a renderer of their own for every new window: a core kept busy for the page's first 3 s, which on
 * two cores put 0.7 s on the game's first line (seen in a trace). A reader's browser does that once,
 * when it starts, not as a page opens.
 */
const BROWSER_UI = ['WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup', 'PreloadTopChromeWebUI', 'WebUIReloadButton'];
/** A second --disable-features replaces the launcher's own (Playwright's, chrome-launcher's): these are theirs. */
const LAUNCHERS_OWN = [
  'PaintHolding', 'AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades', 'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay', 'MediaRouter', 'DialMediaRouteProvider', 'ThirdPartyStoragePartitioning', 'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints', 'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch', 'Translate', 'InterestFeedContentSuggestions',
  'CertificateTransparencyComponentUpdater', 'AutofillServerCommunication', 'PrivacySandboxSettings4', 'RenderDocument',
];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--autoplay-policy=no-user-gesture-required',
  `--disable-features=${[...BROWSER_UI, ...LAUNCHERS_OWN].join(',')}`,
];
