// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyComponent } from './lazy-component.tsx';
import { withFakeFrames } from '../schedule/fake-frames.ts';

function Greeting({ name }: { name: string }) {
  return <p>hello {name}</p>;
}

describe('lazyComponent', () => {
  withFakeFrames({ fakeTimers: true });
  afterEach(cleanup);

  it('shows `loading` until its chunk is there, then the component with its props', async () => {
    let arrive = () => {};
    const Lazy = lazyComponent(() => new Promise<{ default: typeof Greeting }>((resolve) => (arrive = () => resolve({ default: Greeting }))), {
      loading: <i>loading</i>,
    });
    const { container } = render(<Lazy name="deck" />);
    expect(container.innerHTML).toBe('<i>loading</i>');
    await act(async () => arrive());
    expect(container.innerHTML).toBe('<p>hello deck</p>');
  });

  it('shows `failing` while a chunk that failed to load is retried, and the component once it loads', async () => {
    let calls = 0;
    const load = () => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ default: Greeting }));
    const Lazy = lazyComponent(load, { failing: <b>retrying</b> });
    const { container } = render(<Lazy name="again" />);
    expect(container.innerHTML).toBe('');
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(container.innerHTML).toBe('<b>retrying</b>');
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(container.innerHTML).toBe('<p>hello again</p>');
  });
});
