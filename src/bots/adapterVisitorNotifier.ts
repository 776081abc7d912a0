import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { VisitorNotifier } from '../handoff/visitorNotifier';

/**
 * Sends to the visitor proactively through the adapter (`continueConversationAsync`), using the
 * conversation reference saved when they were queued, so it works on any channel and any instance.
 * `appId` is `MicrosoftAppId`, empty when running without authentication.
 */
export function adapterVisitorNotifier(adapter: CloudAdapter, appId: string): VisitorNotifier {
  return {
    async sendToVisitor(handoff, text) {
      const reference = handoff.conversationReference as unknown as Partial<ConversationReference>;
      await adapter.continueConversationAsync(appId, reference, async (context) => {
        await context.sendActivity({ type: 'message', text });
      });
    },
  };
}
