import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { QUICK_EXIT_EVENT } from './emit.js';

/**
 * Calls `forget` when the visitor leaves through a quick exit (someone may take the device
 * next) and when the browser brings the page back from its back/forward cache (the answers
 * must not be on screen again). For the widgets that hold what a visitor entered: the
 * self-check, group finder, scholarship check and intake. `forget` drops it all, in memory
 * and in storage.
 */
export class ForgetOnExit implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly forget: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener(QUICK_EXIT_EVENT, this.forget);
    window.addEventListener('pageshow', this.onPageShow);
  }

  hostDisconnected(): void {
    document.removeEventListener(QUICK_EXIT_EVENT, this.forget);
    window.removeEventListener('pageshow', this.onPageShow);
  }

  private readonly onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted) this.forget();
  };
}
