/**
 * The save and load screens: pages of slots, each with the stage's thumbnail, the scene's title,
 * the line's first words and the date; choose to save or load, delete or export with a button of
 * its own. DOM only: it shows what it is given and reports what the reader picked.
 */
export interface SlotView {
  slot: string;
  /** Null for an empty slot. */
  save: { sceneTitle: string; preview: string; savedAt: string; thumbnail: string | null } | null;
  /** A record that is there but could not be read: shown as damaged, never overwritten silently. */
  damaged: string | null;
}

export interface SlotsPage {
  id: string;
  label: string;
}

export interface SlotsScreenHandlers {
  pick(slot: string): void;
  remove(slot: string): void;
  exportSlot(slot: string): void;
  page(id: string): void;
}

// Made on the first slot shown: the first date format in a page loads the locale's data (~20 ms), and
// this module loads on New Game's way to its first line.
let dateFormat: Intl.DateTimeFormat | null = null;
const savedWhen = (at: string | number): string =>
  (dateFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })).format(new Date(at));

export function renderSlotsScreen(
  root: HTMLElement,
  mode: 'save' | 'load',
  pages: readonly SlotsPage[],
  current: string,
  slots: readonly SlotView[],
  on: SlotsScreenHandlers,
): void {
  const tabs = root.querySelector<HTMLElement>('.slot-pages')!;
  tabs.replaceChildren(
    ...pages.map((p) => {
      const b = button(p.label, () => on.page(p.id));
      b.setAttribute('aria-pressed', String(p.id === current));
      b.setAttribute('aria-label', `Page ${p.label}`);
      return b;
    }),
  );
  // Re-rendering must not drop the keyboard user's place: focus returns to the same slot.
  const focused = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('.slot')?.querySelector<HTMLElement>('[data-slot]')?.dataset.slot;
  const grid = root.querySelector<HTMLElement>('.slot-grid')!;
  grid.replaceChildren(...slots.map((s) => card(s, mode, on)));
  if (focused) grid.querySelector<HTMLElement>(`[data-slot="${focused}"]`)?.focus();
}

function card(view: SlotView, mode: 'save' | 'load', on: SlotsScreenHandlers): HTMLElement {
  const item = document.createElement('li');
  item.className = 'slot';
  const name = slotName(view.slot);
  const main = button('', () => on.pick(view.slot));
  main.className = 'slot-main';
  main.dataset.slot = view.slot;
  // What the button does, for screen readers, ahead of what it shows (the name keeps the visible words).
  const verb = document.createElement('span');
  verb.className = 'visually-hidden';
  verb.textContent = mode === 'load' ? 'Load: ' : view.save || view.damaged ? 'Save over: ' : 'Save in: ';
  main.append(verb);
  if (view.save) {
    const img = document.createElement('img');
    img.alt = '';
    img.src = view.save.thumbnail ?? '';
    if (!view.save.thumbnail) img.hidden = true;
    const title = text('strong', view.save.sceneTitle);
    const preview = text('span', view.save.preview);
    preview.className = 'slot-preview';
    const date = text('span', `${name} · ${savedWhen(view.save.savedAt)}`);
    date.className = 'slot-date';
    main.append(img, title, preview, date);
  } else {
    main.append(text('strong', view.damaged ? 'Damaged save' : 'Empty slot'), text('span', view.damaged ? `${name}: ${view.damaged}` : name));
    main.disabled = mode === 'load';
  }
  item.append(main);
  if (view.save || view.damaged) {
    const actions = document.createElement('div');
    actions.className = 'slot-actions';
    const del = button('Delete', () => on.remove(view.slot));
    del.setAttribute('aria-label', `Delete ${name}`);
    actions.append(del);
    if (view.save) {
      const exp = button('Export', () => on.exportSlot(view.slot));
      exp.setAttribute('aria-label', `Export ${name} as a file`);
      actions.append(exp);
    }
    item.append(actions);
  }
  return item;
}

/** "Slot 3 of page 2", "Quick save", "Autosave 1". */
export function slotName(slot: string): string {
  if (slot === 'quick') return 'Quick save';
  const auto = /^auto-(\d)$/.exec(slot);
  if (auto) return `Autosave ${auto[1]}`;
  const manual = /^manual-(\d)-(\d)$/.exec(slot);
  return manual ? `Slot ${manual[2]}, page ${manual[1]}` : slot;
}

function button(label: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

function text(tag: 'strong' | 'span', content: string): HTMLElement {
  const e = document.createElement(tag);
  e.textContent = content;
  return e;
}
