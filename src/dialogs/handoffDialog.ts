import { ActionTypes, type Activity, MessageFactory, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  Dialog,
  type DialogContext,
  type DialogTurnResult,
  DialogTurnStatus,
  type PromptValidatorContext,
  TextPrompt,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { HandoffServices } from '../handoff/buildHandoff';
import { helplineStatus } from '../handoff/businessHours';
import { describeOpening, describeWeeklyHours } from '../handoff/describeHours';
import type { HandoffEvents } from '../handoff/handoffEvents';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { handoffFlowMessages as say, messages } from '../messages';
import { checkSafety, type SafetyResult } from '../recognition/safetyCheck';
import type { ReplyBuilder } from '../rendering/replyBuilder';
import { CALLBACK_DIALOG, CallbackDialog, type CallbackRequestStart } from './callbackDialog';
import { type ConversationMemory, changeMemory, isUrgent, rememberedIn } from './conversationMemory';
import { isCancel, readYesNo } from './handoffWords';
import type { HandoffRequest } from './handoffSummary';
import { initiateOmnichannelHandoff } from './omnichannelHandoff';
import { queueVisitor } from './queueVisitor';
import { keepOffTheRecord, type RecentTranscript } from './recentTranscript';
import { flagRiskForPerson, MAX_RELAYED_CHARS, passOnToPerson, POSSIBLE_RISK, type ReadAnswer } from './visitorRelay';

export const HANDOFF_DIALOG = 'handoff';
const STEPS = 'handoffSteps';
const CONSENT = 'handoffConsent';
const MAX_CONSENT_ATTEMPTS = 3;
/** Turn state: the risk the safety check read in this turn's message, answered with the urgent numbers. */
const RISK_THIS_TURN = Symbol('handoffRiskThisTurn');
/** Turn state: this turn's answer asks for a person in so many words ("just put me through"), a yes to consent. */
const ASKS_FOR_PERSON = Symbol('handoffAsksForPerson');

/** What the hand-off flow needs; `buildBot` passes it when the app has hand-off services. */
export interface HandoffFlowOptions {
  readonly services: HandoffServices;
  readonly events: HandoffEvents;
  readonly replies: ReplyBuilder;
  readonly knowledgeBase: KnowledgeBase;
  readonly memory: StatePropertyAccessor<ConversationMemory>;
  readonly recent: StatePropertyAccessor<RecentTranscript>;
  /** The safety check for what is typed at the flow's questions (default: the wording as written; the bot passes its respelling one). */
  readonly checkSafety?: (text: string) => SafetyResult;
  /** Answers read as the bot reads a question: risk the wording does not show, a person asked for; without it, only the wording is read. */
  readonly readAnswer?: ReadAnswer;
}

/**
 * Talk to a person: consent first (who will see the conversation; no bank details or passwords),
 * then, inside helpline hours with an agent online, the queue; otherwise when the team is next
 * available, the phone number and a callback offer. With `HandoffTarget=omnichannel` the Bot
 * Framework hand-off protocol takes over after consent. "cancel", "back" or "stop" at any point
 * returns to the bot. All state is dialog state, so a restart mid-flow loses nothing.
 *
 * The safety check reads every answer to the flow's questions (consent, and the callback's offer,
 * first name and phone number), as it reads every other message: risk-to-life wording gets the urgent
 * numbers at once, and any hand-off from then on is urgent. An answer that is more than a bare reply
 * or a hesitation is also read as the bot reads a question: where that would give the urgent-help answer or the
 * safety check-in, the check-in is given, and any hand-off from then on is urgent too.
 */
export class HandoffDialog extends ComponentDialog {
  constructor(private readonly options: HandoffFlowOptions) {
    super(HANDOFF_DIALOG);
    this.addDialog(new TextPrompt(CONSENT, consentValidator));
    const urgentNow = async (context: TurnContext) => isUrgent(await rememberedIn(options.memory, context));
    this.addDialog(new CallbackDialog({ callbacks: options.services.callbacks, replies: options.replies, urgentNow }));
    this.addDialog(new WaterfallDialog(STEPS, [this.askConsent.bind(this), this.afterConsent.bind(this)]));
    this.initialDialogId = STEPS;
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const { activity } = innerDc.context;
    if (activity.type === 'message' && isCancel(activity.text ?? '')) {
      await innerDc.cancelAllDialogs();
      await this.backToBot(innerDc.context);
      return { status: DialogTurnStatus.cancelled };
    }
    const text = activity.text ?? '';
    if (activity.type !== 'message' || !(await this.answeredRisk(innerDc.context, text))) return super.onContinueDialog(innerDc);
    // After the numbers, words of risk answer the consent question only as a clear yes or no, and the
    // callback's questions (a yes, a first name, a number) never: otherwise the same question again, not
    // counted as a try. At the callback's questions the turn stays off the record, as their answers do.
    const question = innerDc.activeDialog?.id;
    if (question === CONSENT && answersConsent(innerDc.context, text) !== undefined) return super.onContinueDialog(innerDc);
    if (question === CALLBACK_DIALOG) keepOffTheRecord(innerDc.context);
    await innerDc.repromptDialog();
    return Dialog.EndOfTurn;
  }

  /**
   * Risk wording in an answer: the urgent numbers now, and the conversation remembered as urgent.
   * Without the wording, an answer the bot would meet with the urgent-help answer or the check-in: the
   * check-in now, and the conversation remembered as checked in (a hand-off from it is urgent). The
   * same reading notes, for the consent question, an answer that asks for a person in so many words.
   */
  private async answeredRisk(context: TurnContext, text: string): Promise<boolean> {
    const safety = (this.options.checkSafety ?? checkSafety)(text);
    if (safety.risk) {
      context.turnState.set(RISK_THIS_TURN, { reason: safety.reason, text });
      await context.sendActivity(this.options.replies.plain(say.urgentNumbers));
      await changeMemory(this.options.memory, context, { urgent: true });
      return true;
    }
    const reading = await this.options.readAnswer?.(context, text);
    if (reading?.asksForPerson === true) context.turnState.set(ASKS_FOR_PERSON, true);
    if (reading?.mayHoldRisk !== true) return false;
    context.turnState.set(RISK_THIS_TURN, { reason: POSSIBLE_RISK, text });
    await context.sendActivity(this.options.replies.plain(messages.checkIn));
    await changeMemory(this.options.memory, context, { checkedIn: true });
    return true;
  }

  private askConsent(step: WaterfallStepContext) {
    const buttons = [say.yesGoAhead, say.noThanks].map((t) => ({ type: ActionTypes.ImBack, title: t, value: t }));
    return step.prompt(CONSENT, {
      prompt: MessageFactory.suggestedActions(buttons, say.consent) as Activity,
      retryPrompt: MessageFactory.suggestedActions(buttons, say.consentRetry) as Activity,
    });
  }

  private async afterConsent(step: WaterfallStepContext) {
    const { context } = step;
    const { services, replies } = this.options;
    if (answersConsent(context, String(step.result ?? '')) !== 'yes') {
      await this.backToBot(context);
      return step.endDialog();
    }
    const request = await this.withRiskSeen(context, step.options as HandoffRequest);
    if (services.settings.HandoffTarget === 'omnichannel') {
      const risk = riskThisTurn(context);
      const said = risk && { reason: risk.reason, entry: { from: 'visitor' as const, text: risk.text.slice(0, MAX_RELAYED_CHARS), at: services.clock.now().toISOString() } };
      await initiateOmnichannelHandoff(context, this.options, request, said);
      return step.endDialog();
    }
    const status = helplineStatus(services.schedule, services.clock);
    const available = status.kind === 'open' && (await services.presence.isAnyoneOnline());
    if (available) {
      const handoff = await queueVisitor(context, this.options, request);
      // "yes" in words that speak of risk: the person sees those words, flagged, as a waiting visitor's would be.
      const risk = riskThisTurn(context);
      const writers = { queue: services.queue, events: this.options.events };
      if (risk !== undefined && (await passOnToPerson(writers, handoff.id, risk.text)) !== undefined) await flagRiskForPerson(writers, handoff.id, risk.reason);
      return step.endDialog();
    }
    const nextOpen = status.kind === 'closed' && status.nextOpening !== undefined ? describeOpening(services.schedule, services.clock.now(), status.nextOpening) : undefined;
    // Urgent numbers first, unless this turn's reply to risk has just given them.
    const numbers = request.priority === 'urgent' && riskThisTurn(context) === undefined;
    await context.sendActivity(replies.plain(this.unavailableText(status.kind === 'open', nextOpen, numbers)));
    await this.forgetOffer(context);
    const start: CallbackRequestStart = { ...(nextOpen === undefined ? {} : { nextOpen }), ...(request.priority === 'urgent' ? { urgent: true } : {}) };
    return step.beginDialog(CALLBACK_DIALOG, start);
  }

  /** Closed, or open with nobody free: say so, when the team is next available, and the phone and hours. */
  private unavailableText(open: boolean, nextOpen: string | undefined, urgentNumbers: boolean): string {
    const lines = [
      ...(urgentNumbers ? [say.urgentNumbers] : []),
      open ? say.nobodyFree : say.closedNow(nextOpen),
      say.phoneHours(describeWeeklyHours(this.options.services.schedule.hours)),
    ];
    return lines.join('\n\n');
  }

  /** The request as made, urgent for the crisis answer or a check-in given in this conversation (before the flow or at its questions). */
  private async withRiskSeen(context: TurnContext, request: HandoffRequest): Promise<HandoffRequest> {
    const memory = await rememberedIn(this.options.memory, context);
    if (memory.urgent === true) return { priority: 'urgent', reason: 'crisis' };
    if (request.priority === 'urgent') return request;
    return memory.checkedIn === true ? { priority: 'urgent', reason: 'check-in' } : request;
  }

  /** Turning away from a person: someone who may be at risk leaves with the urgent numbers, unless just given them. */
  private async backToBot(context: TurnContext): Promise<void> {
    const numbers = riskThisTurn(context) === undefined && isUrgent(await rememberedIn(this.options.memory, context));
    await context.sendActivity(this.options.replies.plain(numbers ? `${say.urgentNumbers}\n\n${say.backToBot}` : say.backToBot));
  }

  private async forgetOffer(context: TurnContext): Promise<void> {
    await changeMemory(this.options.memory, context, { offer: undefined });
  }
}

function riskThisTurn(context: TurnContext): { readonly reason: string; readonly text: string } | undefined {
  return context.turnState.get(RISK_THIS_TURN) as { reason: string; text: string } | undefined;
}

/** A yes or a no to the consent question: a person asked for in so many words is a yes. */
function answersConsent(context: TurnContext, text: string): 'yes' | 'no' | undefined {
  return readYesNo(text) ?? (context.turnState.get(ASKS_FOR_PERSON) === true ? 'yes' : undefined);
}

/** Passes a yes or a no; the last try passes whatever was typed, which counts as "no". */
async function consentValidator(pc: PromptValidatorContext<string>): Promise<boolean> {
  return (pc.recognized.succeeded && answersConsent(pc.context, pc.recognized.value ?? '') !== undefined) || pc.attemptCount >= MAX_CONSENT_ATTEMPTS;
}
