import type { TEST_PAUSE_POINTS } from '../config.ts';

// TEST ONLY: the fault tests kill or stop the server while a write is half done. `serve` arms a pause when
// PPS_TEST_PAUSE_IN names a point; unarmed (every deployment), testPause returns at once and does nothing.
export type TestPausePoint = (typeof TEST_PAUSE_POINTS)[number];
type Armed = { point: TestPausePoint; ms: number; onPause: (point: TestPausePoint) => void };

let armed: Armed | null = null;

export function armTestPause(pause: Armed | null): void {
  armed = pause;
}

/** Inside a transaction, after its writes and before its commit: waits when this point is armed. */
export async function testPause(point: TestPausePoint): Promise<void> {
  const pause = armed;
  if (pause?.point !== point) return;
  pause.onPause(point);
  await new Promise((resolve) => setTimeout(resolve, pause.ms));
}
