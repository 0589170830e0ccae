import { expect, type Locator, type Page } from '@playwright/test';

/**
 * True when the element, one of its ancestors or one of its descendants carries a class with
 * this modifier: the views mark what is dragged (`chip--dragging`, `attach-row--dragging`) and
 * the drop target under the pointer (`day-cell--over`, `ideas--over`, `attach-row--over`).
 */
function marked(locator: Locator, modifier: string): Promise<boolean> {
  return locator.evaluate((element, suffix) => {
    // Runs in the page; this project's Node-side types have no DOM.
    type Node = {
      classList: Iterable<string>;
      parentElement: Node | null;
      querySelector(selector: string): unknown;
    };
    const has = (node: Node) => [...node.classList].some((name) => name.endsWith(suffix));
    for (let node: Node | null = element as unknown as Node; node; node = node.parentElement) {
      if (has(node)) return true;
    }
    return (element as unknown as Node).querySelector(`[class*="${suffix}"]`) !== null;
  }, modifier);
}

/**
 * A pointer drag as a hand does it: dnd-kit starts after 6 px of movement, and the button is
 * released only once the view shows the drag has started and the target is the one under the
 * pointer (rather than after fixed pauses, which a loaded machine outruns).
 */
export async function dragLikeAHand(
  page: Page,
  source: Locator,
  target: Locator,
  /** Where on the target to drop, from its box; the middle by default. */
  at: (box: { width: number; height: number }) => { x: number; y: number } = (box) => ({
    x: box.width / 2,
    y: box.height / 2,
  }),
): Promise<void> {
  await source.scrollIntoViewIfNeeded();
  const from = (await source.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 4, {
    steps: 4,
  });
  // dnd-kit measures the drop targets when the drag starts; the dragged item shows it.
  await expect.poll(() => marked(source, '--dragging')).toBe(true);
  const to = (await target.boundingBox())!;
  const point = at(to);
  await page.mouse.move(to.x + point.x, to.y + point.y, { steps: 12 });
  await page.mouse.move(to.x + point.x + 2, to.y + point.y + 2, { steps: 2 });
  await expect.poll(() => marked(target, '--over')).toBe(true);
  await page.mouse.up();
}
