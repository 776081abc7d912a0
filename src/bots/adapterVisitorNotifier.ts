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
      // Caught inside the turn: otherwise the adapter's onTurnError swallows it and the agent is
      // told the message was delivered when it was not.
      let failure: { error: unknown } | undefined;
      await adapter.continueConversationAsync(appId, reference, async (context) => {
        // A proactive message is not a reply: continuing a conversation makes up an activity id, and
        // Web Chat holds a reply to an activity it never saw for five seconds before showing it.
        context.onSendActivities(async (_context, activities, next) => {
          for (const activity of activities) delete activity.replyToId;
          return next();
        });
        try {
          await context.sendActivity({ type: 'message', text });
        } catch (error) {
          failure = { error };
        }
      });
      if (failure !== undefined) throw failure.error;
    },
  };
}
