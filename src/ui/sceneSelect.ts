/** The scene list: each scene with the reader's progress, open once reached in any playthrough. */
import type { SceneEntry } from '../story/scenes';

export function renderScenes(list: HTMLElement, scenes: readonly SceneEntry[], onPick: (id: string) => void): void {
  list.replaceChildren(
    ...scenes.map((scene, i) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.disabled = !scene.unlocked;
      const title = document.createElement('span');
      title.textContent = scene.unlocked ? `${i + 1}. ${scene.title}` : `${i + 1}. Not yet reached`;
      const progress = document.createElement('span');
      progress.className = 'progress';
      progress.textContent = scene.unlocked ? `${scene.seen} of ${scene.total} lines read` : 'Locked';
      button.append(title, progress);
      button.addEventListener('click', () => onPick(scene.id));
      item.append(button);
      return item;
    }),
  );
}
