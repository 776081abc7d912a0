import type { Storage, TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { Config } from '../config';
import type { ConversationMemory } from '../dialogs/conversationMemory';
import { HandoffDialog } from '../dialogs/handoffDialog';
import { isHesitant } from '../dialogs/handoffWords';
import { MainDialog } from '../dialogs/mainDialog';
import type { RecentTranscript } from '../dialogs/recentTranscript';
import { type ReadAnswer, VisitorRelay } from '../dialogs/visitorRelay';
import type { HandoffServices } from '../handoff/buildHandoff';
import type { Clock } from '../handoff/clock';
import type { HandoffEvents } from '../handoff/handoffEvents';
import { findTopic, type KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Audience } from '../knowledge/topicSchema';
import { speakerRedactors } from '../privacy/speakerRedactors';
import type { Recognizer } from '../recognition/recognizer';
import type { DecisionCache } from '../recognition/decisionCache';
import type { DecideElsewhere } from '../recognition/rememberedDecision';
import { isReplyOnly } from '../recognition/replyWording';
import type { MessageUnderstanding, Understanding } from '../recognition/understandMessage';
import { buildUnderstanding } from '../buildUnderstanding';
import { ReplyBuilder } from '../rendering/replyBuilder';
import { JsonConversationState } from '../storage/jsonConversationState';
import type { TeamsTurns } from '../teams/teamsTurns';
import { publishedValuesOf } from '../transcripts/buildTranscripts';
import { AnswerBot } from './answerBot';

export interface BotDependencies {
  readonly config: Pick<Config, 'MaxMessageChars'>;
  readonly knowledgeBase: KnowledgeBase;
  readonly storage: Storage;
  /** Defaults to the embedded recogniser over the knowledge base. */
  readonly recognizer?: Recognizer;
  /** Reads a message's extra parts (second question, follow-up) without calling a paid service. */
  readonly auxiliaryRecognizer?: Recognizer;
  /** Decisions remembered by message (default none); `buildApp` passes one with the embedded recogniser. */
  readonly decisionCache?: DecisionCache<Understanding>;
  /** Where new messages are read when it can take them (`buildApp` passes the understanding worker's `decide` when it is on). */
  readonly decideElsewhere?: DecideElsewhere;
  /** Who is speaking; defaults to everyone `public` (`buildApp` passes the Teams staff rule). */
  readonly audienceOf?: (context: TurnContext) => Audience;
  /** Teams rules (mentions, cards, agents' threads); `buildApp` always passes them. */
  readonly teams?: TeamsTurns;
  /** Talk to a person (queue, callbacks, hours) and who to tell; without it `human` is answered like any topic. */
  readonly handoff?: { readonly services: HandoffServices; readonly events: HandoffEvents };
  readonly clock?: Clock;
}

export interface Bot {
  readonly bot: AnswerBot;
  readonly understanding: MessageUnderstanding;
  readonly replies: ReplyBuilder;
}

/** The bot without the server: what `buildApp` hosts, and what dialog tests drive through a TestAdapter. */
export function buildBot(deps: BotDependencies): Bot {
  const { config, knowledgeBase, storage } = deps;
  const conversationState = new JsonConversationState(storage);
  const understanding = buildUnderstanding(knowledgeBase, config, { recognizer: deps.recognizer, auxiliary: deps.auxiliaryRecognizer, decisionCache: deps.decisionCache, elsewhere: deps.decideElsewhere });
  const replies = new ReplyBuilder(knowledgeBase);
  const audienceOf = deps.audienceOf ?? ((): Audience => 'public');
  // The memory is small, and is often set to what it already was (a repeated hand-off status): it is
  // compared as JSON, so such a turn writes nothing. The recent transcript is only ever replaced whole,
  // and always with something new: no comparison of its (larger) JSON.
  const memory = conversationState.createProperty<ConversationMemory>('memory');
  const recent = conversationState.createProperty<RecentTranscript>('recentTranscript', { changes: 'replaced' });
  const handoffFlow = deps.handoff && { ...deps.handoff, replies, knowledgeBase, memory, recent };
  /**
   * An answer at the hand-off's questions, read as the bot reads a question. A bare reply ("yes", "no
   * thanks") or a hesitation ("i'm not sure") answers the question asked and holds nothing more.
   */
  const readAnswer: ReadAnswer = async (context, text) => {
    if (isReplyOnly(text) || isHesitant(text)) return { mayHoldRisk: false, asksForPerson: false };
    const understood = await understanding.understand({ text, audience: audienceOf(context) });
    const action = understood.kind === 'answer' ? findTopic(knowledgeBase, understood.topicId)?.action : undefined;
    return { mayHoldRisk: understood.checkIn === true || action === 'crisis', asksForPerson: action === 'handoff' };
  };
  const dialog = new MainDialog({
    understanding,
    replies,
    knowledgeBase,
    memory,
    audienceOf,
    maxChars: config.MaxMessageChars,
    handoffDialog: handoffFlow && new HandoffDialog({ ...handoffFlow, checkSafety: (text) => understanding.checkSafety(text), readAnswer }),
  });
  const bot = new AnswerBot({
    dialog,
    conversationState,
    dialogState: conversationState.createProperty<DialogState>('dialogState'),
    replies,
    audienceOf,
    teams: deps.teams,
    recent,
    redactors: speakerRedactors(publishedValuesOf(knowledgeBase)),
    clock: deps.clock,
    handoff: handoffFlow && {
      relay: new VisitorRelay({ queue: handoffFlow.services.queue, events: handoffFlow.events, replies, memory, checkSafety: (text) => understanding.checkSafety(text), readAnswer }),
      omnichannel: handoffFlow,
    },
  });
  return { bot, understanding, replies };
}
