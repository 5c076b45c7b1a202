/**
 * The bench's floor: pixi + howler + xstate drawing one sprite, nothing else. The game's first
 * load is measured against this page, built and served in the same run.
 */
import { Howl } from 'howler';
import { Application, Sprite, Texture } from 'pixi.js';
import { createActor, createMachine } from 'xstate';

const actor = createActor(createMachine({ initial: 'ready', states: { ready: {} } })).start();
const silence = new Howl({ src: ['data:audio/wav;base64,UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQAAAAA='], preload: false });

const app = new Application();
await app.init({ preference: 'webgl', width: window.innerWidth, height: window.innerHeight, autoStart: false });
document.body.appendChild(app.canvas);
const sprite = new Sprite({ texture: Texture.WHITE, width: 200, height: 200, x: 100, y: 100, tint: 0x5a8fd0 });
app.stage.addChild(sprite);
app.render();
requestAnimationFrame(() => {
  performance.mark('floor:ready');
  (window as unknown as { floor: unknown }).floor = { actor: actor.getSnapshot().value, howl: silence.state() };
});
