import { afterFrame, afterPaint, type Schedule } from './after-frame.ts';

/**
 * What follows a move, in the order it is scheduled, and when each part runs; the code that does each part asks
 * this table for its schedule. None of it runs in the frame the key press waits for (README, "What makes a press
 * cheap"): `afterFrame` is a frame callback then a task, `afterPaint` a frame callback then idle time. So after the
 * frame come the tasks, in this order, then the idle callbacks, in this order.
 *
 * The order is React's: a commit runs the view's and the live region's effects before the app's own, and the app's
 * in the order its hooks are called (position, channel, ready check and neighbours, title).
 */
export const afterMove = {
  /** The audience view mounts the slide that is now a neighbour, hidden (views/audience/audience-view.tsx). */
  mountNeighbour: afterPaint,
  /** The live region announces "Slide N of M: title" (app/live-region.tsx). */
  announce: afterFrame,
  /** The URL's hash: a history entry per slide (navigation/use-position.ts). */
  writeUrl: afterPaint,
  /** The message to the deck's other windows (sync/use-channel.ts). */
  tellOtherWindows: afterFrame,
  /** The `data-ready` check, then fonts and one more frame; also after tracked work settles (schedule/ready.ts). */
  checkReady: afterFrame,
  /** The slides a key press may show next, and the dialogs, start loading once the deck is warm (app/app.tsx). */
  preloadNext: afterPaint,
  /** The document's title names the current slide (app/app.tsx). */
  retitle: afterPaint,
} as const satisfies Record<string, Schedule>;
