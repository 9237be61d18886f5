import { describe, expect, it } from 'vitest';
import { fullscreenOn, otherScreen, type ScreenArea } from './open-audience.ts';

const laptop: ScreenArea = { availLeft: 0, availTop: 0, availWidth: 1440, availHeight: 875, isPrimary: true };
const projector: ScreenArea = { availLeft: 1440, availTop: 0, availWidth: 1920, availHeight: 1080 };

describe('the audience window on the other screen', () => {
  it('goes to a screen that is not the presenter’s, whichever that is', () => {
    expect(otherScreen([laptop, projector], laptop)).toBe(projector);
    expect(otherScreen([laptop, projector], { ...projector })).toBe(laptop);
  });

  it('has nowhere to go with a single screen', () => {
    expect(otherScreen([laptop], { ...laptop })).toBeNull();
  });

  it('fills that screen as a fullscreen popup', () => {
    expect(fullscreenOn(projector)).toBe('popup,fullscreen,left=1440,top=0,width=1920,height=1080');
  });
});
