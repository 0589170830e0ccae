import { describe, expect, it } from 'vitest';
import { jumpToNeighbour } from '../../../../src/renderer/features/calendar/keyboard-drag';

type Getter = typeof jumpToNeighbour;
type Args = Parameters<Getter>[1];

/** A 7×2 grid of 100×80 cells and a tray to the right, as dnd-kit measures them. */
function layout() {
  const rects = new Map<string, { left: number; top: number; width: number; height: number }>();
  for (let row = 0; row < 2; row++)
    for (let col = 0; col < 7; col++)
      rects.set(`day-${row * 7 + col}`, { left: col * 100, top: row * 80, width: 100, height: 80 });
  rects.set('tray', { left: 720, top: 0, width: 200, height: 400 });
  return rects;
}

function press(code: string, from: { left: number; top: number }) {
  const rects = layout();
  const collisionRect = { ...from, width: 60, height: 20 };
  const args = {
    active: 'post',
    currentCoordinates: { x: from.left, y: from.top },
    context: {
      collisionRect: {
        ...collisionRect,
        right: from.left + 60,
        bottom: from.top + 20,
      },
      droppableRects: rects,
      // Far targets first, so "the first one in that direction" is not the nearest by luck.
      droppableContainers: {
        getEnabled: () => [...rects.keys()].reverse().map((id) => ({ id })),
      },
    },
  } as unknown as Args;
  let prevented = false;
  const event = { code, preventDefault: () => (prevented = true) } as unknown as KeyboardEvent;
  return { result: jumpToNeighbour(event, args), prevented };
}

/** Top-left that centres the 60×20 chip on a cell. */
const centredOn = (left: number, top: number, width = 100, height = 80) => ({
  x: left + width / 2 - 30,
  y: top + height / 2 - 10,
});

describe('jumpToNeighbour (keyboard drag)', () => {
  const inMonday = { left: 20, top: 30 }; // centred on day-0

  it('moves one day right or one week down', () => {
    expect(press('ArrowRight', inMonday).result).toEqual(centredOn(100, 0));
    expect(press('ArrowDown', inMonday).result).toEqual(centredOn(0, 80));
  });

  it('goes from the last column onto the ideas tray', () => {
    const sunday = { left: 620, top: 30 };
    expect(press('ArrowRight', sunday).result).toEqual(centredOn(720, 0, 200, 400));
  });

  it('stays put at an edge and leaves other keys alone', () => {
    expect(press('ArrowLeft', inMonday).result).toBeUndefined();
    expect(press('ArrowUp', inMonday).result).toBeUndefined();
    const other = press('KeyA', inMonday);
    expect(other.result).toBeUndefined();
    expect(other.prevented).toBe(false);
  });
});
