import type { Middleware } from 'botbuilder';
import { type DialogContext, DialogStateManager, type DialogStateManagerConfiguration } from 'botbuilder-dialogs';

/** Where botbuilder-dialogs looks for it in turn state (memory/dialogStateManager.js). */
const CONFIGURATION_KEY = 'DialogStateManagerConfiguration';

/**
 * botbuilder-dialogs builds its memory-scope configuration afresh on every turn that runs a dialog
 * (a service collection, component registrations, zod checks: a measurable share of a turn under
 * load). It holds no per-turn data, and botbuilder's own DialogManager builds it once and reuses
 * it, so this middleware hands every turn the same one.
 */
export function shareDialogStateConfiguration(): Middleware {
  let shared: DialogStateManagerConfiguration | undefined;
  return {
    onTurn: async (context, next) => {
      shared ??= new DialogStateManager({ context: { turnState: new Map() } } as unknown as DialogContext).configuration;
      context.turnState.set(CONFIGURATION_KEY, shared);
      await next();
    },
  };
}
