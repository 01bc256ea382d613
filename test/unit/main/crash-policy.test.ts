import { describe, expect, it } from 'vitest';
import { crashText, ErrorDialogGate, RendererRecovery } from '../../../src/main/electron/crash-policy';

function manualClock(start = Date.parse('2025-11-22T08:00:00Z')) {
  let now = start;
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

describe('renderer recovery', () => {
  it('reloads a crashed window up to three times a minute, then gives up', () => {
    const clock = manualClock();
    const recovery = new RendererRecovery(clock);
    expect(['crashed', 'oom', 'killed'].map((reason) => recovery.onGone(reason))).toEqual(['reload', 'reload', 'reload']);
    clock.advance(10_000);
    expect(recovery.onGone('crashed')).toBe('give-up');
  });

  it('counts only the last minute: an occasional crash is always reloaded', () => {
    const clock = manualClock();
    const recovery = new RendererRecovery(clock);
    for (let i = 0; i < 10; i++) {
      expect(recovery.onGone('crashed')).toBe('reload');
      clock.advance(25_000); // 2.4 crashes a minute
    }
  });

  it('reloads again once the oldest reload is a minute old', () => {
    const clock = manualClock();
    const recovery = new RendererRecovery(clock);
    for (let i = 0; i < 3; i++) recovery.onGone('crashed');
    clock.advance(59_999);
    expect(recovery.onGone('crashed')).toBe('give-up');
    clock.advance(1);
    expect(recovery.onGone('crashed')).toBe('reload');
  });

  it('ignores a clean exit (the window closing)', () => {
    const recovery = new RendererRecovery(manualClock(), { maxReloads: 0, perMs: 60_000, hangGraceMs: 1 });
    expect(recovery.onGone('clean-exit')).toBe('ignore');
    expect(recovery.onGone('crashed')).toBe('give-up');
  });

  it('a hung window is killed; the kill then counts as one crash', () => {
    const recovery = new RendererRecovery(manualClock());
    expect(recovery.onHung()).toBe('kill');
    expect(recovery.onGone('killed')).toBe('reload');
    expect(recovery.limits.hangGraceMs).toBeGreaterThan(0);
  });

  it('starts counting afresh when the user asks to reload after giving up', () => {
    const recovery = new RendererRecovery(manualClock());
    for (let i = 0; i < 3; i++) recovery.onGone('crashed');
    expect(recovery.onGone('crashed')).toBe('give-up');
    recovery.reset();
    expect(recovery.onGone('crashed')).toBe('reload');
  });
});

describe('error dialog gate', () => {
  it('shows one dialog at a time and stays quiet for 30 s after one', () => {
    const clock = manualClock();
    const gate = new ErrorDialogGate(clock);
    expect(gate.tryOpen()).toBe(true);
    expect(gate.tryOpen()).toBe(false); // still open
    gate.closed();
    clock.advance(29_999);
    expect(gate.tryOpen()).toBe(false);
    clock.advance(1);
    expect(gate.tryOpen()).toBe(true);
  });
});

describe('crash texts', () => {
  it('are plain words in Turkish (default) and English, with the safe answer first', () => {
    expect(crashText(undefined, 'mainError')).toEqual(crashText('tr', 'mainError'));
    for (const language of ['tr', 'en'] as const) {
      for (const kind of ['mainError', 'rendererGaveUp'] as const) {
        const text = crashText(language, kind);
        const all = [text.title, text.message, text.detail, ...text.buttons].join('\n');
        expect(all).not.toMatch(/Error:|\bat \S+ \(|\.ts:\d|\.js:\d|stack|undefined/i);
        expect(text.buttons).toHaveLength(2);
      }
    }
    expect(crashText('tr', 'rendererGaveUp').buttons[0]).toBe('Yeniden yükle');
    expect(crashText('en', 'mainError').buttons[0]).toBe('OK');
  });
});
