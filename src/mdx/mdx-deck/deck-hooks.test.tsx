// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeckControlContext, SlidePlaceContext, type DeckControl, type SlidePlace } from '../../frame/slide-place.ts';
import { StepContext } from '../../frame/step-context.ts';
import type { Mode } from '../../navigation/location.ts';
import { MdxDeckContext } from './deck-hooks.ts';
import { useDeck, useSteps } from './deck-hooks.ts';

afterEach(cleanup);

function control(mode: Mode = 'audience'): DeckControl {
  return { length: 5, mode, claim: vi.fn(), setStep: vi.fn() };
}

function Slide({ app, place, revealed, flavor = 4, children }: { app: DeckControl; place: SlidePlace; revealed: number; flavor?: 2 | 4; children: ReactNode }) {
  return (
    <DeckControlContext.Provider value={app}>
      <MdxDeckContext.Provider value={{ index: place.slide - 1, length: 5, theme: {}, flavor }}>
        <SlidePlaceContext.Provider value={place}>
          <StepContext.Provider value={revealed}>{children}</StepContext.Provider>
        </SlidePlaceContext.Provider>
      </MdxDeckContext.Provider>
    </DeckControlContext.Provider>
  );
}

const shown: SlidePlace = { slide: 3, current: true, live: true };
const ahead: SlidePlace = { slide: 4, current: false, live: true };
const thumbnail: SlidePlace = { slide: 3, current: false, live: false };

function Stepper({ steps }: { steps: number }) {
  return <p>step {useSteps(steps)}</p>;
}

describe('useSteps', () => {
  it('claims its steps for the slide while mounted and gives the current step up to them', () => {
    const app = control();
    const view = render(
      <Slide app={app} place={shown} revealed={2}>
        <Stepper steps={3} />
      </Slide>,
    );
    expect(view.container.textContent).toBe('step 2');
    expect(app.claim).toHaveBeenLastCalledWith(expect.any(String), { slide: 3, steps: 3 });
    const id = vi.mocked(app.claim).mock.calls[0]![0];
    view.unmount();
    expect(app.claim).toHaveBeenLastCalledWith(id, null);
  });

  it('claims from a neighbour mounted ahead, before it is shown, which sees step 0', () => {
    const app = control();
    const view = render(
      <Slide app={app} place={ahead} revealed={0}>
        <Stepper steps={1} />
      </Slide>,
    );
    expect(view.container.textContent).toBe('step 0');
    expect(app.claim).toHaveBeenCalledWith(expect.any(String), { slide: 4, steps: 1 });
  });

  it('is fully built and claims nothing where slides show fully built (thumbnails, print, reading view)', () => {
    const app = control('overview');
    const view = render(
      <Slide app={app} place={thumbnail} revealed={Number.POSITIVE_INFINITY}>
        <Stepper steps={3} />
      </Slide>,
    );
    expect(view.container.textContent).toBe('step 3');
    expect(app.claim).not.toHaveBeenCalled();
  });

  it('moves its claim when the count changes, without leaving the old one', () => {
    const app = control();
    const view = render(
      <Slide app={app} place={shown} revealed={0}>
        <Stepper steps={1} />
      </Slide>,
    );
    view.rerender(
      <Slide app={app} place={shown} revealed={0}>
        <Stepper steps={4} />
      </Slide>,
    );
    const calls = vi.mocked(app.claim).mock.calls.map(([, claim]) => claim);
    expect(calls).toEqual([{ slide: 3, steps: 1 }, null, { slide: 3, steps: 4 }]);
  });
});

describe('useDeck', () => {
  let deck: ReturnType<typeof useDeck> | null = null;
  function Probe() {
    deck = useDeck();
    return null;
  }

  it('says where the slide is: index, length, step, mode and whether it is the main one', () => {
    render(
      <Slide app={control('presenter')} place={shown} revealed={1}>
        <Probe />
      </Slide>,
    );
    expect(deck).toMatchObject({ index: 2, length: 5, step: 1, mode: 'presenter', main: true });
    cleanup();
    render(
      <Slide app={control()} place={ahead} revealed={0} flavor={2}>
        <Probe />
      </Slide>,
    );
    expect(deck).toMatchObject({ index: 3, step: 0, mode: 'normal', main: false });
    cleanup();
    render(
      <Slide app={control('read')} place={{ slide: 1, current: true, live: false }} revealed={Number.POSITIVE_INFINITY}>
        <Probe />
      </Slide>,
    );
    expect(deck).toMatchObject({ mode: 'print', main: false });
  });

  it('setStep moves the slide the window is on, and is ignored on a neighbour or a thumbnail', () => {
    for (const [place, moves] of [
      [shown, true],
      [ahead, false],
      [thumbnail, false],
    ] as const) {
      const app = control();
      render(
        <Slide app={app} place={place} revealed={1}>
          <Probe />
        </Slide>,
      );
      act(() => deck!.setStep(0));
      act(() => deck!.setStep((step) => step + 1));
      act(() => deck!.setStep(Number.NaN));
      expect(vi.mocked(app.setStep).mock.calls).toEqual(
        moves
          ? [
              [place.slide, 0],
              [place.slide, 2],
            ]
          : [],
      );
      cleanup();
    }
  });

  it('keeps its setters across renders, as effects that list them expect', () => {
    const app = control();
    const view = render(
      <Slide app={app} place={shown} revealed={0}>
        <Probe />
      </Slide>,
    );
    const first = deck!;
    view.rerender(
      <Slide app={app} place={shown} revealed={1}>
        <Probe />
      </Slide>,
    );
    expect(deck!.setStep).toBe(first.setStep);
    expect(deck!.setSteps).toBe(first.setSteps);
    expect(deck!.register).toBe(first.register);
  });

  it('setSteps and register claim steps as mdx-deck 4, 2 and 3 did, until the component goes', () => {
    const app = control();
    const view = render(
      <Slide app={app} place={shown} revealed={0}>
        <Probe />
      </Slide>,
    );
    act(() => deck!.setSteps(2));
    act(() => deck!.register(2, { steps: 3 }));
    act(() => deck!.register(4, 'steps', 1));
    act(() => deck!.register(2, { notes: 'not steps' }));
    const claims = vi.mocked(app.claim).mock.calls.map(([, claim]) => claim);
    expect(claims).toEqual([
      { slide: 3, steps: 2 },
      { slide: 3, steps: 3 },
      { slide: 5, steps: 1 },
    ]);
    view.unmount();
    expect(
      vi
        .mocked(app.claim)
        .mock.calls.slice(3)
        .map(([, claim]) => claim),
    ).toEqual([null, null, null]);
  });
});
