import { describe, expect, it } from 'vitest';
import { formatHash, modeUrl, parseHash, parseMode, queryFlag } from './location.ts';

const shape = [0, 2, 0];

describe('parseHash', () => {
  it('reads slide and step', () => {
    expect(parseHash('#/2', shape)).toEqual({ slide: 2, step: 0 });
    expect(parseHash('#/2/1', shape)).toEqual({ slide: 2, step: 1 });
  });
  it('gives null for no hash', () => {
    expect(parseHash('', shape)).toBeNull();
    expect(parseHash('#', shape)).toBeNull();
  });
  it('clamps garbage and out-of-range hashes', () => {
    expect(parseHash('#/banana', shape)).toEqual({ slide: 1, step: 0 });
    expect(parseHash('#/999', shape)).toEqual({ slide: 3, step: 0 });
    expect(parseHash('#/0', shape)).toEqual({ slide: 1, step: 0 });
    expect(parseHash('#/2/77', shape)).toEqual({ slide: 2, step: 2 });
    expect(parseHash('#/-3/x', shape)).toEqual({ slide: 1, step: 0 });
  });
  it('round-trips with formatHash', () => {
    for (const position of [
      { slide: 1, step: 0 },
      { slide: 2, step: 2 },
      { slide: 3, step: 0 },
    ]) {
      expect(parseHash(formatHash(position), shape)).toEqual(position);
    }
    expect(formatHash({ slide: 4, step: 0 })).toBe('#/4');
  });
});

describe('parseMode', () => {
  const wide = { width: 1280, height: 720 };
  const phone = { width: 390, height: 844 };
  it('honours ?mode=', () => {
    expect(parseMode('?mode=presenter', wide)).toBe('presenter');
    expect(parseMode('?mode=audience', phone)).toBe('audience');
  });
  it('defaults by screen shape and ignores unknown modes', () => {
    expect(parseMode('', wide)).toBe('audience');
    expect(parseMode('', phone)).toBe('read');
    expect(parseMode('?mode=bogus', wide)).toBe('audience');
    expect(parseMode('', { width: 640, height: 360 })).toBe('audience');
  });
});

describe('queryFlag', () => {
  it('reads boolean flags', () => {
    expect(queryFlag('?mode=print&steps=1', 'steps')).toBe(true);
    expect(queryFlag('?steps=0', 'steps')).toBe(false);
    expect(queryFlag('?mode=print', 'notes')).toBe(false);
  });
});

describe('modeUrl', () => {
  it('sets or drops ?mode= and keeps the hash', () => {
    expect(modeUrl('http://x/deck/?a=1#/3', 'overview')).toBe('http://x/deck/?a=1&mode=overview#/3');
    expect(modeUrl('http://x/deck/?mode=overview#/3', 'audience')).toBe('http://x/deck/#/3');
  });
});
