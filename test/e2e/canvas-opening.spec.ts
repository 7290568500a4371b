import { expect, test } from './support/fixtures';
import { generateJourney } from '../support/generate-journey';
import { createJourney, openJourney } from './support/editor-page';

test.use({ viewport: { width: 1440, height: 900 } });

/** Every view (the viewport's transform) the canvas showed in a frame with steps on it, in order. */
function recordViews() {
  const views: string[] = [];
  (window as unknown as { __views: string[] }).__views = views;
  const watch = () => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    if (viewport && document.querySelector('.react-flow__node')) {
      const view = viewport.style.transform;
      if (views[views.length - 1] !== view) views.push(view);
    }
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
}

test('a journey larger than the canvas opens at its fitted view in the first frame, not at 100% then fitted', async ({
  page,
  app,
}) => {
  const generated = generateJourney({ nodes: 120, edges: 150, seed: 5 });
  const journey = await createJourney(page, app, 'Opening view', (empty) => ({
    ...empty,
    nodes: generated.nodes,
    edges: generated.edges,
  }));
  await page.addInitScript(recordViews);
  await openJourney(page, app, journey.id, 'Opening view');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const views = await page.evaluate(() => (window as unknown as { __views: string[] }).__views);
  // Fit shows the start of a journey this large at the lowest readable zoom, from the first frame on.
  expect(views[0]).toMatch(/scale\(0\.5\)$/);
  expect(views).toEqual([views[0]]);
});
