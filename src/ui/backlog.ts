/** The backlog's list: every line read this session, names in their colours, each a way back to it. */
export interface BacklogEntry {
  id: string;
  name: string | null;
  color: string | null;
  text: string;
}

export function renderBacklog(list: HTMLElement, entries: readonly BacklogEntry[], onPick: (id: string) => void): void {
  list.replaceChildren(
    ...entries.map((entry, i) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      if (i === entries.length - 1) {
        button.classList.add('current');
        button.setAttribute('aria-current', 'step');
      }
      if (entry.name) {
        const who = document.createElement('span');
        who.className = 'who';
        who.textContent = entry.name;
        who.style.color = entry.color ?? '';
        button.append(who);
      }
      button.append(entry.text);
      button.addEventListener('click', () => onPick(entry.id));
      item.append(button);
      return item;
    }),
  );
  // The newest line is where the eye is: start there, as a chat log does.
  list.lastElementChild?.scrollIntoView({ block: 'end' });
}
