import chimeUrl from '../../../../../resources/sounds/paid-chime.wav?no-inline';

/** Payments seen within this long of the last chime are one batch: one chime (a poller sweep finds several at once). */
export const CHIME_BATCH_MS = 1500;

/** Plays `play` at most once per batch window; `now` is injectable for tests. */
export function chimeOncePerBatch(play: () => void, now: () => number = Date.now, windowMs = CHIME_BATCH_MS): () => void {
  let last = -Infinity;
  return () => {
    const at = now();
    if (at - last < windowMs) return;
    last = at;
    play();
  };
}

/** The shipped chime (resources/sounds/, copied into the build). A refused autoplay is not an error. */
export function playChimeFile(): void {
  const audio = new Audio(chimeUrl);
  void audio.play().catch(() => undefined);
}
