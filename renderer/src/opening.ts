import { createAppTransport } from './api/app-transport';
import { requestOpeningJourney } from './api/opening-journey';
import type { Transport } from '../../shared/contract/client';

/**
 * Makes the page's transport and, on a page opened on a journey, asks for the journey at once: the
 * answer is on its way while the browser loads and compiles the app.
 */
export function openPage(win: Window = window): Transport {
  const transport = createAppTransport(win);
  requestOpeningJourney(transport, win.location.hash);
  return transport;
}
