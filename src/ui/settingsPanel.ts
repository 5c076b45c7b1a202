/**
 * The settings screen's contents: native range and checkbox inputs in labelled fieldsets, so the
 * keyboard and screen readers work without extra code. Plain DOM; the dialog around it is the caller's.
 */
import type { Settings } from '../settings';
import './settingsPanel.css';

export interface SettingsPanel {
  /** Shows `settings` in every control without calling onChange. */
  update(settings: Settings): void;
}

type NumberKey = 'autoBaseMs' | 'autoPerCharMs' | 'masterVolume' | 'ambienceVolume' | 'soundVolume' | 'textScale';
type FlagKey = 'skipUnseen' | 'skipStopAtScene' | 'muted' | 'reducedMotion' | 'captions';

/** A control that can show the current settings; rows are what it adds to its fieldset. */
interface Control {
  rows: HTMLElement[];
  show(settings: Settings): void;
}

/** The slowest typing the slider offers; instant (0) is the separate checkbox. */
const SPEED = { min: 10, max: 150, step: 5, fallback: 45 };

const percent = (fraction: number): string => `${Math.round(fraction * 100)} %`;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

function row(className: string, ...children: HTMLElement[]): HTMLElement {
  const div = document.createElement('div');
  div.className = className;
  div.append(...children);
  return div;
}

function label(id: string, text: string): HTMLLabelElement {
  const element = document.createElement('label');
  element.htmlFor = id;
  element.textContent = text;
  return element;
}

/** A range input with a visible <output>; the output's words are also the value a screen reader says. */
function range(name: string, text: string, min: number, max: number, step: number): { rows: HTMLElement[]; input: HTMLInputElement; say(words: string): void } {
  const id = `settings-${name}`;
  const input = Object.assign(document.createElement('input'), { type: 'range', id, min: String(min), max: String(max), step: String(step) });
  const output = document.createElement('output');
  output.htmlFor.add(id);
  output.id = `${id}-value`;
  const say = (words: string): void => {
    output.textContent = words;
    input.setAttribute('aria-valuetext', words);
  };
  return { rows: [row('settings-slider', row('settings-slider-head', label(id, text), output), input)], input, say };
}

function checkbox(name: string, text: string): { row: HTMLElement; input: HTMLInputElement } {
  const id = `settings-${name}`;
  const input = Object.assign(document.createElement('input'), { type: 'checkbox', id });
  return { row: row('settings-check', input, label(id, text)), input };
}

export function createSettingsPanel(
  root: HTMLElement,
  initial: Settings,
  onChange: (next: Settings) => void,
  actions: { fullscreen(): void; reset(): void },
): SettingsPanel {
  let current = initial;
  // Every change redraws every control: the instant checkbox disables the speed slider, and the
  // whole panel is a few dozen elements.
  const change = (patch: Partial<Settings>): void => {
    current = { ...current, ...patch };
    showAll(current);
    onChange(current);
  };

  /** A slider for one number; `scale` maps the setting to whole slider steps (0.8 -> 80). */
  const numberSlider = (key: NumberKey, name: string, text: string, min: number, max: number, step: number, scale: number, words: (v: number) => string): Control => {
    const control = range(name, text, min, max, step);
    control.input.addEventListener('input', () => change({ [key]: Number(control.input.value) / scale }));
    const show = (s: Settings): void => {
      control.input.value = String(Math.round(s[key] * scale));
      control.say(words(s[key]));
    };
    return { rows: control.rows, show };
  };

  const flag = (key: FlagKey, name: string, text: string): Control => {
    const control = checkbox(name, text);
    control.input.addEventListener('change', () => change({ [key]: control.input.checked }));
    return { rows: [control.row], show: (s) => void (control.input.checked = s[key]) };
  };

  // Text speed is a slider plus an "Instant" checkbox, so 0 never sits confusingly at one end of the scale.
  const textSpeed = ((): Control => {
    const slider = range('text-speed', 'Text speed', SPEED.min, SPEED.max, SPEED.step);
    const instant = checkbox('text-instant', 'Instant text (no typing effect)');
    slider.input.value = String(SPEED.fallback);
    slider.input.addEventListener('input', () => change({ textSpeed: Number(slider.input.value) }));
    instant.input.addEventListener('change', () => change({ textSpeed: instant.input.checked ? 0 : Number(slider.input.value) }));
    const show = (s: Settings): void => {
      instant.input.checked = s.textSpeed === 0;
      slider.input.disabled = s.textSpeed === 0;
      // While instant, the slider keeps the last speed so unticking returns to it.
      if (s.textSpeed !== 0) slider.input.value = String(s.textSpeed);
      slider.say(s.textSpeed === 0 ? 'Instant' : `${s.textSpeed} characters per second`);
    };
    return { rows: [...slider.rows, instant.row], show };
  })();

  const button = (name: string, text: string, onClick: () => void): HTMLButtonElement => {
    const element = Object.assign(document.createElement('button'), { type: 'button', id: `settings-${name}`, textContent: text });
    element.addEventListener('click', onClick);
    return element;
  };
  const fullscreen = button('fullscreen', 'Full screen', () => actions.fullscreen());
  // The button is a toggle, so it says whether full screen is on, however it was entered or left.
  const showFullscreen = (): void => fullscreen.setAttribute('aria-pressed', String(document.fullscreenElement !== null));
  document.addEventListener('fullscreenchange', showFullscreen);
  showFullscreen();
  const reset = button('reset', 'Reset to defaults', () => actions.reset());

  const groups: [string, Control[]][] = [
    ['Text', [textSpeed, numberSlider('textScale', 'text-size', 'Text size', 85, 150, 5, 100, percent)]],
    ['Auto', [
      numberSlider('autoBaseMs', 'auto-base', 'Wait after each line', 300, 6000, 100, 1, seconds),
      numberSlider('autoPerCharMs', 'auto-per-char', 'Extra wait per character', 0, 120, 5, 1, (ms) => `${ms} ms per character`),
    ]],
    ['Skip', [flag('skipUnseen', 'skip-unseen', 'Skip lines not read before too'), flag('skipStopAtScene', 'skip-stop-scene', 'Stop skipping at a scene change')]],
    ['Sound', [
      numberSlider('masterVolume', 'volume-master', 'Master volume', 0, 100, 5, 100, percent),
      numberSlider('ambienceVolume', 'volume-ambience', 'Ambience volume', 0, 100, 5, 100, percent),
      numberSlider('soundVolume', 'volume-sound', 'Sound effects volume', 0, 100, 5, 100, percent),
      flag('muted', 'muted', 'Mute all sound'),
    ]],
    ['Display & access', [
      flag('reducedMotion', 'reduced-motion', 'Reduce motion'),
      flag('captions', 'captions', 'Captions for sounds in the screen-reader text'),
      { rows: [row('settings-buttons', fullscreen, reset)], show: () => undefined },
    ]],
  ];

  const controls = groups.flatMap(([, list]) => list);
  const showAll = (settings: Settings): void => controls.forEach((control) => control.show(settings));

  root.classList.add('settings-panel');
  root.replaceChildren(
    ...groups.map(([title, list]) => {
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = title;
      fieldset.append(legend, ...list.flatMap((control) => control.rows));
      return fieldset;
    }),
  );
  showAll(current);

  return {
    update(settings) {
      current = settings;
      showAll(settings);
    },
  };
}
