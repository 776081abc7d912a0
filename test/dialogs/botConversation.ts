import { type Activity, MemoryStorage, type Storage, TestAdapter } from 'botbuilder';
import { buildBot } from '../../src/app';
import type { HandoffServices } from '../../src/handoff/buildHandoff';
import type { HandoffEvents } from '../../src/handoff/handoffEvents';
import type { KnowledgeBase } from '../../src/knowledge/knowledgeBase';
import type { Audience } from '../../src/knowledge/topicSchema';
import type { Recognizer } from '../../src/recognition/recognizer';

export interface ConversationOptions {
  readonly knowledgeBase: KnowledgeBase;
  readonly audience?: Audience;
  readonly recognizer?: Recognizer;
  readonly storage?: Storage;
  readonly maxMessageChars?: number;
  /** Hand-off to a person; without it the `human` topic is an ordinary answer. */
  readonly handoff?: { readonly services: HandoffServices; readonly events: HandoffEvents };
  /** The same conversation id on a second bot over the same storage (a restart). */
  readonly conversationId?: string;
}

/** One conversation with the bot wired as `src/app.ts` wires it, through botbuilder's TestAdapter. */
export class BotConversation {
  readonly adapter: TestAdapter;

  constructor(options: ConversationOptions) {
    const audience = options.audience ?? 'public';
    const { bot } = buildBot({
      config: { MaxMessageChars: options.maxMessageChars ?? 2000 },
      knowledgeBase: options.knowledgeBase,
      storage: options.storage ?? new MemoryStorage(),
      recognizer: options.recognizer,
      audienceOf: () => audience,
      handoff: options.handoff,
      clock: options.handoff?.services.clock,
    });
    const reference = options.conversationId === undefined ? undefined : { ...TestAdapter.createConversation(options.conversationId) };
    this.adapter = new TestAdapter((context) => bot.run(context), reference);
  }

  get botId(): string {
    return this.adapter.conversation.bot.id;
  }

  /** Sends a message (or any activity) and returns every activity the bot sent back in that turn. */
  async send(input: string | Partial<Activity>): Promise<Partial<Activity>[]> {
    this.adapter.activeQueue.splice(0);
    await this.adapter.receiveActivity(input);
    return this.adapter.activeQueue.splice(0);
  }

  /** Sends and expects exactly one reply. */
  async ask(input: string | Partial<Activity>): Promise<Partial<Activity>> {
    const replies = await this.send(input);
    if (replies.length !== 1) throw new Error(`expected one reply, got ${replies.length}: ${JSON.stringify(replies.map((r) => r.text))}`);
    return replies[0] as Partial<Activity>;
  }
}

export function topicIdOf(reply: Partial<Activity>): string | undefined {
  return (reply.channelData as { topicId?: string } | undefined)?.topicId;
}

export function buttonTitles(reply: Partial<Activity>): string[] {
  return (reply.suggestedActions?.actions ?? []).map((a) => a.title ?? '');
}
