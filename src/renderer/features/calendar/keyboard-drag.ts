import type { KeyboardCoordinateGetter } from '@dnd-kit/core';

/**
 * Arrow keys jump from day to day (or slot to slot, or onto the ideas tray) instead of dnd-kit's
 * default 25-pixel steps: the nearest drop target in the arrow's direction, preferring one in the
 * same row or column.
 */
export const jumpToNeighbour: KeyboardCoordinateGetter = (event, { context }) => {
  const directions: Record<string, [number, number]> = {
    ArrowRight: [1, 0],
    ArrowLeft: [-1, 0],
    ArrowDown: [0, 1],
    ArrowUp: [0, -1],
  };
  // `code`, not `key`: the arrows sit in the same place on every keyboard layout. (Read through a
  // narrow type: the Node-side type check of the unit tests has no DOM KeyboardEvent.)
  const direction = directions[(event as { code?: string }).code ?? ''];
  const { collisionRect, droppableRects, droppableContainers } = context;
  if (!direction || !collisionRect) return undefined;
  event.preventDefault();
  const x = collisionRect.left + collisionRect.width / 2;
  const y = collisionRect.top + collisionRect.height / 2;
  let best: { left: number; top: number; width: number; height: number } | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const container of droppableContainers.getEnabled()) {
    const rect = droppableRects.get(container.id);
    if (!rect) continue;
    const dx = rect.left + rect.width / 2 - x;
    const dy = rect.top + rect.height / 2 - y;
    const along = dx * direction[0] + dy * direction[1];
    if (along <= 1) continue;
    const across = Math.abs(direction[0] !== 0 ? dy : dx);
    const score = along + across * 3;
    if (score < bestScore) {
      bestScore = score;
      best = rect;
    }
  }
  if (!best) return undefined;
  return {
    x: best.left + best.width / 2 - collisionRect.width / 2,
    y: best.top + best.height / 2 - collisionRect.height / 2,
  };
};
