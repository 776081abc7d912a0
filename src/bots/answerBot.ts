import { ActivityTypes, type BotHandler, type BotState, type InvokeResponse, type StatePropertyAccessor, TeamsActivityHandler, type TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { Audience } from '../knowledge/topicSchema';
import type { MainDialog } from '../dialogs/mainDialog';
import { isHandoffRequest } from '../dialogs/handoffWords';
import { handleHandoffStatus, isHandoffStatus, type OmnichannelOptions } from '../dialogs/omnichannelHandoff';
import { isOffTheRecord, MAX_ENTRY_CHARS, type RecentEntry, type RecentTranscript, storedRecentTranscript, withTurn } from '../dialogs/recentTranscript';
import type { VisitorRelay } from '../dialogs/visitorRelay';
import { type Clock, systemClock } from '../handoff/clock';
import type { TranscriptEntry } from '../handoff/handoffRecord';
import { redactorFor, type SpeakerRedactors, speakerRedactors } from '../privacy/speakerRedactors';
import type { ReplyBuilder } from '../rendering/replyBuilder';
import type { TeamsTurns } from '../teams/teamsTurns';

export interface AnswerBotOptions {
  readonly dialog: MainDialog;
  readonly conversationState: BotState;
  readonly dialogState: StatePropertyAccessor<DialogState>;
  readonly replies: ReplyBuilder;
  readonly audienceOf: (context: TurnContext) => Audience;
  /** The conversation so far, for a person who takes over; recorded after each turn. */
  readonly recent?: StatePropertyAccessor<RecentTranscript>;
  /** The recent transcript is written to disk, so it is kept redacted; without this, every number goes. */
  readonly redactors?: SpeakerRedactors;
  /** Hand-off to a person: the relay while one is open, and the Bot Framework protocol's status events. */
  readonly handoff?: { readonly relay: VisitorRelay; readonly omnichannel: OmnichannelOptions };
  readonly clock?: Clock;
  /** Teams rules (mentions, cards, agents' hand-off threads); without it Teams is treated like any channel. */
  readonly teams?: TeamsTurns;
}

interface Said {
  readonly heardAt: string;
  readonly entries: RecentEntry[];
  readonly topics: string[];
}

/** The Bot Framework edge: welcomes people, runs the main dialog, saves state once per turn. */
export class AnswerBot extends TeamsActivityHandler {
  /** The one message handler; `run` calls it directly. */
  private readonly messageHandler: BotHandler;

  constructor(private readonly options: AnswerBotOptions) {
    super();
    this.messageHandler = async (context, next) => {
      if ((await options.teams?.routeMessage(context)) === 'done') return next();
      // While a person has the conversation, messages are theirs, not the recogniser's.
      if (await options.handoff?.relay.handle(context)) return next();
      await options.dialog.run(context, options.dialogState);
      await next();
    };
    this.onMessage(this.messageHandler);
    this.onEvent(async (context, next) => {
      const handoff = options.handoff;
      if (handoff !== undefined && isHandoffStatus(context.activity)) await handleHandoffStatus(context, handoff.omnichannel);
      else if (handoff !== undefined && isHandoffRequest(context.activity) && !(await handoff.relay.handle(context))) await options.dialog.run(context, options.dialogState);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const people = (context.activity.membersAdded ?? []).filter((m) => m.id !== botId);
      if (people.length > 0 && (options.teams?.welcomes(context) ?? true)) await context.sendActivity(options.replies.welcome(options.audienceOf(context)));
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await this.options.teams?.prepare(context);
    const said = this.listenToReplies(context);
    // A message goes straight to its handler: ActivityHandler's dispatch (turn, message and dialog
    // handler chains, some ten async layers) costs a good share of a turn under load, for nothing here.
    if (this.onlyMessageHandler(context)) await this.messageHandler(context, async () => undefined);
    else await super.run(context);
    await this.record(context, said);
    await this.options.conversationState.saveChanges(context, false);
  }

  /** A message, and no handlers but this bot's own message handler: what ActivityHandler would run is that alone. */
  private onlyMessageHandler(context: TurnContext): boolean {
    const { Turn, Message, Dialog } = this.handlers;
    return context.activity?.type === ActivityTypes.Message && !Turn?.length && !Dialog?.length && Message?.length === 1 && Message[0] === this.messageHandler;
  }

  /** Collects what the bot says this turn: texts for the recent transcript, and the topics answered. */
  private listenToReplies(context: TurnContext): Said {
    const clock = this.options.clock ?? systemClock;
    const said: Said = { heardAt: clock.now().toISOString(), entries: [], topics: [] };
    context.onSendActivities(async (_context, activities, next) => {
      for (const activity of activities) {
        if (activity.type !== 'message' || typeof activity.text !== 'string') continue;
        const topicId = (activity.channelData as { topicId?: unknown } | undefined)?.topicId;
        const at = clock.now().toISOString();
        said.entries.push(typeof topicId === 'string' && this.isPlainAnswer(topicId, activity.text) ? { from: 'bot', answered: topicId, at } : { from: 'bot', text: activity.text, at });
        if (typeof topicId === 'string') said.topics.push(topicId);
      }
      return next();
    });
    return said;
  }

  /**
   * The topic's answer exactly as `replies.answerText` renders it, short enough and with nothing the
   * redactor would change: then the topic id alone stands for it in the recent transcript.
   */
  private isPlainAnswer(topicId: string, text: string): boolean {
    const service = (this.options.redactors ?? speakerRedactors()).service;
    return text.length <= MAX_ENTRY_CHARS && this.options.replies.answerText(topicId) === text && service(text) === text;
  }

  private async record(context: TurnContext, said: Said): Promise<void> {
    const { recent } = this.options;
    const text = context.activity.text;
    if (recent === undefined || context.activity.type !== 'message' || typeof text !== 'string' || isOffTheRecord(context)) return;
    const heard: TranscriptEntry = { from: 'visitor', text, at: said.heardAt };
    const redactors = this.options.redactors ?? speakerRedactors();
    // Redacted before `withTurn` cuts long texts, so a cut cannot leave half a number unrecognised.
    const entries = [heard, ...said.entries].map((e) => ('text' in e ? { ...e, text: redactorFor(e.from, redactors)(e.text) } : e));
    await recent.set(context, withTurn(storedRecentTranscript(await recent.get(context)), entries, said.topics));
  }

  /** Card buttons (`Action.Execute`) go to the Teams rules, which check the value themselves. */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name === 'adaptiveCard/action' && this.options.teams) return this.options.teams.cardAction(context);
    return super.onInvokeActivity(context);
  }
}
