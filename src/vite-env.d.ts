/// <reference types="vite/client" />

declare module 'virtual:awry-story' {
  import type { Story } from './compiler/story';
  const story: Story;
  export default story;
}
