import { ActionTypes, type Activity, MessageFactory, type TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  type DialogContext,
  type DialogTurnResult,
  type PromptValidatorContext,
  TextPrompt,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { CallbackRequests } from '../handoff/callbacks';
import { validateFirstName } from '../handoff/firstName';
import { validateUkPhoneNumber } from '../handoff/ukPhoneNumber';
import { handoffFlowMessages as say } from '../messages';
import type { ReplyBuilder } from '../rendering/replyBuilder';
import { readYesNo } from './handoffWords';
import { keepOffTheRecord } from './recentTranscript';

export const CALLBACK_DIALOG = 'callbackRequest';
const STEPS = 'callbackSteps';
const OFFER = 'callbackOffer';
const FIRST_NAME = 'callbackFirstName';
const PHONE = 'callbackPhone';

/** After this many tries at one answer the dialog stops asking and gives the helpline instead. */
const MAX_ATTEMPTS = 3;

export interface CallbackDialogOptions {
  readonly callbacks: CallbackRequests;
  readonly replies: ReplyBuilder;
  /** Whether the conversation has become urgent (risk said at these questions, say) by the time the request is saved. */
  readonly urgentNow?: (context: TurnContext) => Promise<boolean>;
}

/** What the dialog is started with: when the team is next available, in words, if known, and whether the request is urgent. */
export interface CallbackRequestStart {
  readonly nextOpen?: string;
  readonly urgent?: boolean;
}

/**
 * Offers a callback when nobody can chat: asks consent, then a first name and a UK phone number,
 * each validated with a clear message and asked again. Nothing else is collected; those answers
 * stay out of the transcript an agent might later read.
 */
export class CallbackDialog extends ComponentDialog {
  constructor(private readonly options: CallbackDialogOptions) {
    super(CALLBACK_DIALOG);
    this.addDialog(new TextPrompt(OFFER, yesNoOrGiveUp));
    this.addDialog(new TextPrompt(FIRST_NAME, (pc) => validThenRetry(pc, (text) => validateFirstName(text))));
    this.addDialog(new TextPrompt(PHONE, (pc) => validThenRetry(pc, (text) => validateUkPhoneNumber(text))));
    this.addDialog(new WaterfallDialog(STEPS, [this.offer.bind(this), this.askFirstName.bind(this), this.askPhone.bind(this), this.save.bind(this)]));
    this.initialDialogId = STEPS;
  }

  protected override onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    keepOffTheRecord(innerDc.context);
    return super.onContinueDialog(innerDc);
  }

  private offer(step: WaterfallStepContext) {
    const buttons = [say.yesCallMe, say.noCallback].map((t) => ({ type: ActionTypes.ImBack, title: t, value: t }));
    return step.prompt(OFFER, {
      prompt: MessageFactory.suggestedActions(buttons, say.callbackOffer),
      retryPrompt: MessageFactory.suggestedActions(buttons, say.callbackOfferRetry),
    });
  }

  private async askFirstName(step: WaterfallStepContext) {
    if (readYesNo(String(step.result ?? '')) !== 'yes') {
      await this.leave(step, say.callbackDeclined);
      return step.endDialog();
    }
    return step.prompt(FIRST_NAME, { prompt: this.options.replies.plain(say.askFirstName) });
  }

  private async askPhone(step: WaterfallStepContext) {
    const name = validateFirstName(String(step.result ?? ''));
    if (!name.ok) return this.giveUp(step);
    (step.values as { firstName?: string }).firstName = name.firstName;
    return step.prompt(PHONE, { prompt: this.options.replies.plain(say.askPhone(name.firstName)) });
  }

  private async save(step: WaterfallStepContext) {
    const firstName = String((step.values as { firstName?: string }).firstName);
    const { nextOpen } = (step.options ?? {}) as CallbackRequestStart;
    const urgent = await this.isUrgent(step);
    const saved = await this.options.callbacks.create({ firstName, phone: String(step.result ?? ''), priority: urgent ? 'urgent' : 'normal' });
    if (!saved.ok) return this.giveUp(step);
    const thanks = say.callbackSaved(saved.callback.firstName, nationalFormat(saved.callback.phone), nextOpen);
    // The call may be days away: someone who may be at risk leaves with the numbers for meanwhile.
    await step.context.sendActivity(this.options.replies.plain(urgent ? `${thanks}\n\n${say.untilTheyCall}` : thanks));
    return step.endDialog();
  }

  private async giveUp(step: WaterfallStepContext) {
    await this.leave(step, say.callbackGaveUp);
    return step.endDialog();
  }

  /** Leaving without a callback: someone who may be at risk gets the urgent numbers first, as on leaving the queue. */
  private async leave(step: WaterfallStepContext, text: string): Promise<void> {
    await step.context.sendActivity(this.options.replies.plain((await this.isUrgent(step)) ? `${say.urgentNumbers}\n\n${text}` : text));
  }

  /** Started as urgent, or became so since (risk said at these questions). */
  private async isUrgent(step: WaterfallStepContext): Promise<boolean> {
    return ((step.options ?? {}) as CallbackRequestStart).urgent === true || (await this.options.urgentNow?.(step.context)) === true;
  }
}

/** Passes a yes or no; anything else is asked again, until the last try passes through as "no". */
async function yesNoOrGiveUp(pc: PromptValidatorContext<string>): Promise<boolean> {
  return (pc.recognized.succeeded && readYesNo(pc.recognized.value ?? '') !== undefined) || pc.attemptCount >= MAX_ATTEMPTS;
}

/**
 * Passes a valid answer; otherwise the retry prompt becomes the validator's own message (too
 * short, not a UK number…). The last try passes through so the step can give up politely.
 */
async function validThenRetry(pc: PromptValidatorContext<string>, validate: (text: string) => { ok: true } | { ok: false; message: string }): Promise<boolean> {
  const result = validate(pc.recognized.succeeded ? (pc.recognized.value ?? '') : '');
  if (result.ok || pc.attemptCount >= MAX_ATTEMPTS) return true;
  // The options are the prompt's saved state, so the message survives to the next turn's retry.
  pc.options.retryPrompt = MessageFactory.text(result.message) as Activity;
  return false;
}

/** `+447700900123` → `07700 900123`; `+442079460000` → `020 7946 0000`, as people write them. */
export function nationalFormat(e164: string): string {
  const national = `0${e164.replace(/^\+44/, '')}`;
  if (national.startsWith('02')) return `${national.slice(0, 3)} ${national.slice(3, 7)} ${national.slice(7)}`;
  return `${national.slice(0, 5)} ${national.slice(5)}`;
}
