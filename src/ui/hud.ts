/**
 * The reading HUD: the quick menu's buttons and the skip/auto indicator. DOM only; it reports
 * commands by name and shows what it is told.
 */
export interface Hud {
  show(visible: boolean): void;
  setModes(modes: { auto: boolean; skipping: boolean }): void;
  /** Puts the quick menu in the strip the stage's layout leaves for it (CSS pixels). */
  place(bar: { x: number; y: number; width: number; height: number }): void;
  onCommand(handler: (command: string) => void): void;
}

export function createHud(root: HTMLElement): Hud {
  const mode = root.querySelector<HTMLElement>('#mode')!;
  const menu = root.querySelector<HTMLElement>('.quick-menu')!;
  const pressed = (command: string, on: boolean) =>
    menu.querySelector(`[data-command="${command}"]`)?.setAttribute('aria-pressed', String(on));
  let last = '';
  return {
    show(visible) {
      root.hidden = !visible;
    },
    setModes({ auto, skipping }) {
      const text = skipping ? 'Skipping ▸▸' : auto ? 'Auto ▸' : '';
      if (text === last) return;
      last = text;
      mode.textContent = text;
      pressed('skip-toggle', skipping);
      pressed('auto', auto);
    },
    place({ x, y, width, height }) {
      for (const [k, v] of Object.entries({ x, y, w: width, h: height })) menu.style.setProperty(`--qb-${k}`, `${Math.round(v)}px`);
    },
    onCommand(handler) {
      menu.addEventListener('click', (event) => {
        const button = (event.target as HTMLElement).closest<HTMLElement>('[data-command]');
        if (!button) return;
        event.stopPropagation(); // a button press is not a click on the stage
        handler(button.dataset.command!);
      });
    },
  };
}
