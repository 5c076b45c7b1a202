/// <reference types="vite/client" />

declare module 'virtual:awry-story' {
  import type { Story } from './compiler/story';
  const story: Story;
  export default story;
}

/** Pixi's precompiled shader functions (a side-effect module without types). */
declare module 'pixi.js/unsafe-eval';
