/** The quick-exit event, shared by the report form and the status page (one class per event). */
export interface QuickExitDetail {
  /** Where the page is about to go. */
  url: string;
}

/**
 * Fired when the person uses quick exit, after the answers are wiped and before the page is replaced.
 * Cancelable, so a single-page application can do its own navigation.
 */
export class HrcQuickExitEvent extends CustomEvent<QuickExitDetail> {
  constructor(detail: QuickExitDetail) {
    super('hrc-quick-exit', { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hrc-quick-exit': HrcQuickExitEvent;
  }
}
