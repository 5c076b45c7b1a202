import { describe, expect, it } from 'vitest';
import { WantedArt } from '../../src/stage/wanted';

describe('the art the stage keeps', () => {
  it('keeps what the latest request and the one before it want', () => {
    const wanted = new WantedArt();
    wanted.ask(new Set(['forest']));
    wanted.ask(new Set(['corridor']));
    const third = wanted.ask(new Set(['ward']));
    expect(wanted.keepAfter(third)).toEqual(new Set(['ward', 'corridor']));
  });

  it('lets only the latest request free art: one overtaken while it decoded frees nothing', () => {
    const wanted = new WantedArt();
    const opening = wanted.ask(new Set(['forest', 'corridor'])); // still decoding ahead...
    const jump = wanted.ask(new Set(['ward']));
    const back = wanted.ask(new Set(['forest', 'corridor']));
    expect(wanted.keepAfter(opening)).toBeNull(); // ...done now: the ward must survive it
    expect(wanted.keepAfter(jump)).toBeNull();
    expect(wanted.keepAfter(back)).toEqual(new Set(['forest', 'corridor', 'ward']));
  });
});
