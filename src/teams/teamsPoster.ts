import type { Activity, CloudAdapter, ConversationParameters, ConversationReference, ConversationResourceResponse, TurnContext } from 'botbuilder';

/** The one connector call used here that TurnContext does not offer. */
interface ConversationsClient {
  readonly conversations: { createConversation(parameters: ConversationParameters): Promise<ConversationResourceResponse> };
}

export interface ChannelTarget {
  readonly serviceUrl: string;
  readonly channelId: string;
  readonly tenantId?: string;
}

export interface ThreadAddress {
  readonly serviceUrl: string;
  readonly threadId: string;
  readonly tenantId?: string;
}

/** Posting to Teams outside a turn (proactively): new threads in a channel, replies in them, card updates. */
export interface TeamsPoster {
  /** Starts a new thread (post) in a channel; the thread is `channel;messageid=<first activity id>`. */
  startThread(target: ChannelTarget, activity: Partial<Activity>): Promise<{ threadId: string; activityId: string }>;
  post(thread: ThreadAddress, activity: Partial<Activity>): Promise<void>;
  update(thread: ThreadAddress, activityId: string, activity: Partial<Activity>): Promise<void>;
}

/**
 * The Bot Framework implementation: `continueConversationAsync` gives an authenticated connector for
 * the service URL. Failures inside the callback are carried out of it, since the adapter's
 * onTurnError would otherwise swallow them and the caller would think the post was made.
 */
export function adapterTeamsPoster(adapter: CloudAdapter, appId: string): TeamsPoster {
  async function withContext<T>(reference: Partial<ConversationReference>, work: (context: TurnContext) => Promise<T>): Promise<T> {
    type Outcome = { ok: true; value: T } | { ok: false; error: unknown };
    let outcome = { ok: false, error: new Error('the turn did not run') } as Outcome;
    await adapter.continueConversationAsync(appId, reference, async (context) => {
      try {
        outcome = { ok: true, value: await work(context) };
      } catch (error) {
        outcome = { ok: false, error };
      }
    });
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  }

  const reference = (serviceUrl: string, conversationId: string, tenantId?: string): Partial<ConversationReference> => ({
    channelId: 'msteams',
    serviceUrl,
    conversation: { id: conversationId, isGroup: true, conversationType: 'channel', tenantId, name: '' },
    bot: { id: `28:${appId}`, name: '' },
  });

  return {
    startThread(target, activity) {
      return withContext(reference(target.serviceUrl, target.channelId, target.tenantId), async (context) => {
        const connector: ConversationsClient = context.turnState.get(context.adapter.ConnectorClientKey);
        const created = await connector.conversations.createConversation({
          isGroup: true,
          bot: { id: `28:${appId}`, name: '' },
          channelData: { channel: { id: target.channelId }, ...(target.tenantId ? { tenant: { id: target.tenantId } } : {}) },
          activity: { type: 'message', ...activity } as Activity,
          members: [],
        });
        const activityId = created.activityId ?? /;messageid=(.+)$/.exec(created.id)?.[1];
        if (!created.id || !activityId) throw new Error('Teams did not return the new thread');
        return { threadId: created.id, activityId };
      });
    },
    post(thread, activity) {
      return withContext(reference(thread.serviceUrl, thread.threadId, thread.tenantId), async (context) => {
        await context.sendActivity(activity);
      });
    },
    update(thread, activityId, activity) {
      return withContext(reference(thread.serviceUrl, thread.threadId, thread.tenantId), async (context) => {
        await context.updateActivity({ type: 'message', ...activity, id: activityId, conversation: context.activity.conversation });
      });
    },
  };
}
