import { SingleBar } from 'cli-progress';

/** Export progress on stderr: steps done out of a total that may grow (e.g. once the slide count is known). */
export interface Progress {
  /** Marks one step done; `stage` says what comes next. */
  tick(stage: string): void;
  /** Adds steps to the total. */
  grow(steps: number): void;
  stop(): void;
}

/** A progress bar on stderr (drawn only on a terminal), or nothing at all with `--quiet`. */
export function progressBar(quiet: boolean, total: number, stage: string): Progress {
  if (quiet) return { tick() {}, grow() {}, stop() {} };
  const bar = new SingleBar({
    format: 'deck export [{bar}] {value}/{total} {stage}',
    stream: process.stderr,
    hideCursor: true,
    clearOnComplete: true,
    barsize: 24,
  });
  let size = total;
  bar.start(size, 0, { stage });
  return {
    tick: (next) => bar.increment(1, { stage: next }),
    grow(steps) {
      size += steps;
      bar.setTotal(size);
    },
    stop: () => bar.stop(),
  };
}
