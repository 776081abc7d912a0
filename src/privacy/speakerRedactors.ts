import { memoizedRedactor } from './memoizedRedactor';
import { createRedactor, type Redactor } from './redact';

/**
 * How much is redacted depends on who wrote it: a visitor's words in full; the bot's and agents'
 * words keep the numbers the bot itself publishes (the helpline), since those are not personal.
 */
export interface SpeakerRedactors {
  readonly visitor: Redactor;
  /** The bot and helpline agents. */
  readonly service: Redactor;
}

/** `published`: canonical values from `publishedValuesOf(knowledgeBase)`; none keeps nothing. */
export function speakerRedactors(published: ReadonlySet<string> = new Set()): SpeakerRedactors {
  return { visitor: createRedactor(), service: memoizedRedactor(createRedactor({ keep: published })) };
}

export function redactorFor(from: 'visitor' | 'bot' | 'agent', redactors: SpeakerRedactors): Redactor {
  return from === 'visitor' ? redactors.visitor : redactors.service;
}
