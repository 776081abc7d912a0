import { ActionTypes, type Activity, MessageFactory, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import {
  ComponentDialog,
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
import { handoffFlowMessages as say } from '../messages';
import type { ReplyBuilder } from '../rendering/replyBuilder';
import { CALLBACK_DIALOG, CallbackDialog, type CallbackRequestStart } from './callbackDialog';
import { type ConversationMemory, readMemory } from './conversationMemory';
import { isCancel, readYesNo } from './handoffWords';
import type { HandoffRequest } from './handoffSummary';
import { initiateOmnichannelHandoff } from './omnichannelHandoff';
import { queueVisitor } from './queueVisitor';
import type { RecentTranscript } from './recentTranscript';

export const HANDOFF_DIALOG = 'handoff';
const STEPS = 'handoffSteps';
const CONSENT = 'handoffConsent';
const MAX_CONSENT_ATTEMPTS = 3;

/** What the hand-off flow needs; `buildBot` passes it when the app has hand-off services. */
export interface HandoffFlowOptions {
  readonly services: HandoffServices;
  readonly events: HandoffEvents;
  readonly replies: ReplyBuilder;
  readonly knowledgeBase: KnowledgeBase;
  readonly memory: StatePropertyAccessor<ConversationMemory>;
  readonly recent: StatePropertyAccessor<RecentTranscript>;
}

/**
 * Talk to a person: consent first (who will see the conversation; no bank details or passwords),
 * then, inside helpline hours with an agent online, the queue; otherwise when the team is next
 * available, the phone number and a callback offer. With `HandoffTarget=omnichannel` the Bot
 * Framework hand-off protocol takes over after consent. "cancel", "back" or "stop" at any point
 * returns to the bot. All state is dialog state, so a restart mid-flow loses nothing.
 */
export class HandoffDialog extends ComponentDialog {
  constructor(private readonly options: HandoffFlowOptions) {
    super(HANDOFF_DIALOG);
    this.addDialog(new TextPrompt(CONSENT, consentValidator));
    this.addDialog(new CallbackDialog({ callbacks: options.services.callbacks, replies: options.replies }));
    this.addDialog(new WaterfallDialog(STEPS, [this.askConsent.bind(this), this.afterConsent.bind(this)]));
    this.initialDialogId = STEPS;
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const { activity } = innerDc.context;
    if (activity.type === 'message' && isCancel(activity.text ?? '')) {
      await innerDc.cancelAllDialogs();
      await innerDc.context.sendActivity(this.options.replies.plain(say.backToBot));
      return { status: DialogTurnStatus.cancelled };
    }
    return super.onContinueDialog(innerDc);
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
    if (readYesNo(String(step.result ?? '')) !== 'yes') {
      await context.sendActivity(replies.plain(say.backToBot));
      return step.endDialog();
    }
    const request = step.options as HandoffRequest;
    if (services.settings.HandoffTarget === 'omnichannel') {
      await initiateOmnichannelHandoff(context, this.options, request);
      return step.endDialog();
    }
    const status = helplineStatus(services.schedule, services.clock);
    const available = status.kind === 'open' && (await services.presence.isAnyoneOnline());
    if (available) {
      await queueVisitor(context, this.options, request);
      return step.endDialog();
    }
    const nextOpen = status.kind === 'closed' && status.nextOpening !== undefined ? describeOpening(services.schedule, services.clock.now(), status.nextOpening) : undefined;
    await context.sendActivity(replies.plain(this.unavailableText(status.kind === 'open', nextOpen, request)));
    await this.forgetOffer(context);
    const start: CallbackRequestStart = nextOpen === undefined ? {} : { nextOpen };
    return step.beginDialog(CALLBACK_DIALOG, start);
  }

  /** Closed, or open with nobody free: say so, when the team is next available, and the phone and hours. */
  private unavailableText(open: boolean, nextOpen: string | undefined, request: HandoffRequest): string {
    const lines = [
      ...(request.priority === 'urgent' ? [say.urgentNumbers] : []),
      open ? say.nobodyFree : say.closedNow(nextOpen),
      say.phoneHours(describeWeeklyHours(this.options.services.schedule.hours)),
    ];
    return lines.join('\n\n');
  }

  private async forgetOffer(context: TurnContext): Promise<void> {
    const memory = readMemory(await this.options.memory.get(context, { fallbacks: 0 }));
    await this.options.memory.set(context, { ...memory, offer: undefined });
  }
}

/** Passes a yes or a no; the last try passes whatever was typed, which counts as "no". */
async function consentValidator(pc: PromptValidatorContext<string>): Promise<boolean> {
  return (pc.recognized.succeeded && readYesNo(pc.recognized.value ?? '') !== undefined) || pc.attemptCount >= MAX_CONSENT_ATTEMPTS;
}
