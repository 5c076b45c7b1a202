import { describe, expect, it } from 'vitest';
import { UpdateGate, type GateView } from '../../src/pwa/updateGate';

const reading = (scene: string, skipping = false): GateView => ({ screen: 'reading', scene: { id: scene }, skipping });
const title: GateView = { screen: 'title', scene: null, skipping: false };

describe('UpdateGate', () => {
  it('applies at once before the session exists and on the title or the end card', () => {
    expect(new UpdateGate().ready()).toEqual({ apply: true, resumeScene: null });
    const gate = new UpdateGate();
    gate.see(title);
    expect(gate.ready()).toEqual({ apply: true, resumeScene: null });
    const ended = new UpdateGate();
    ended.see({ screen: 'ended', scene: null, skipping: false });
    expect(ended.ready()).toEqual({ apply: true, resumeScene: null });
  });

  it('waits through a scene, then applies at the next scene and resumes there', () => {
    const gate = new UpdateGate();
    gate.see(reading('forest'));
    expect(gate.ready()).toEqual({ apply: false });
    expect(gate.see(reading('forest'))).toEqual({ apply: false });
    expect(gate.see({ screen: 'menu', scene: { id: 'forest' }, skipping: false })).toEqual({ apply: false });
    expect(gate.see(reading('corridor'))).toEqual({ apply: true, resumeScene: 'corridor' });
    expect(gate.waiting).toBe(false);
    expect(gate.see(title)).toEqual({ apply: false }); // once only
  });

  it('does nothing at a scene change without a waiting version', () => {
    const gate = new UpdateGate();
    gate.see(reading('forest'));
    expect(gate.see(reading('corridor'))).toEqual({ apply: false });
    expect(gate.ready()).toEqual({ apply: false });
  });

  it('scenes skipped through do not count; the scene skipping stops in does', () => {
    const gate = new UpdateGate();
    gate.see(reading('forest'));
    gate.ready();
    expect(gate.see(reading('corridor', true))).toEqual({ apply: false });
    expect(gate.see(reading('ward', true))).toEqual({ apply: false });
    expect(gate.see(reading('ward'))).toEqual({ apply: true, resumeScene: 'ward' });
  });

  it('the first scene of a new game is not a scene change; returning to the title is', () => {
    const gate = new UpdateGate();
    gate.see(title);
    gate.see(reading('forest'));
    expect(gate.ready()).toEqual({ apply: false });
    expect(gate.see(title)).toEqual({ apply: true, resumeScene: null });
  });
});
