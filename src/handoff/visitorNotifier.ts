import type { Handoff } from './handoffRecord';

/**
 * Reaches the visitor of a hand-off on whatever channel they used, outside their own turn (when an
 * agent writes). The Bot Framework implementation is `src/bots/adapterVisitorNotifier.ts`.
 */
export interface VisitorNotifier {
  sendToVisitor(handoff: Handoff, text: string): Promise<void>;
}
