/** A marker's anchor (where its place is) and where its circle is drawn, in screen pixels. */
export type SpreadMarker = { number: number; anchor: [number, number]; at: [number, number] };

/**
 * Moves numbered circles of `radius` apart so none hides another (places a few metres apart share a pixel at
 * notice zoom): overlapping circles push each other away along the line between them (or, when they coincide,
 * around a circle by number), for a bounded number of rounds. The anchors stay, so a leader line can join
 * each circle to its place. Deterministic; does not mutate its input.
 *
 * @example
 * spreadMarkers([{ number: 1, anchor: [100, 100] }, { number: 2, anchor: [100, 100] }], 12)
 * // → circles 1 and 2 at least 24 px apart, anchors unchanged
 */
export function spreadMarkers(markers: readonly { number: number; anchor: [number, number] }[], radius: number): SpreadMarker[] {
  const minDistance = radius * 2 + 2;
  const at = markers.map((m) => [m.anchor[0], m.anchor[1]] as [number, number]);
  for (let round = 0; round < 200; round++) {
    let isMoved = false;
    for (let i = 0; i < at.length; i++) {
      for (let j = i + 1; j < at.length; j++) {
        let dx = at[j][0] - at[i][0];
        let dy = at[j][1] - at[i][1];
        let distance = Math.hypot(dx, dy);
        if (distance >= minDistance - 1e-6) continue;
        if (distance < 1e-6) {
          // Coincident: fan out by number so the result does not depend on floating noise.
          const angle = (markers[j].number * 2.399963) % (2 * Math.PI);
          [dx, dy, distance] = [Math.cos(angle), Math.sin(angle), 1];
        }
        const push = (minDistance - distance) / 2 + 0.5;
        const [ux, uy] = [dx / distance, dy / distance];
        at[i] = [at[i][0] - ux * push, at[i][1] - uy * push];
        at[j] = [at[j][0] + ux * push, at[j][1] + uy * push];
        isMoved = true;
      }
    }
    if (!isMoved) break;
  }
  return markers.map((m, i) => ({ number: m.number, anchor: [m.anchor[0], m.anchor[1]], at: at[i] }));
}
