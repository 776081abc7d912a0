import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { publishedValues, withoutPersonalData } from '../privacy/redact';
import { withoutHyperbole } from './hyperbole';
import { withoutIdentityDetails } from './identityDetails';
import { withoutLetterFraming } from './letterFraming';
import { helplineNumbers, withOurNumberNamed } from './ourHelpline';
import { withoutStoryTime } from './storyTime';

/** The text the recognisers read: what a message asks, without what tells nothing about it. */
export class ReadableText {
  /** Numbers and addresses the knowledge base itself gives (the helpline, report@phishing.gov.uk): not personal data. */
  private readonly published: ReadonlySet<string>;
  /** The helpline's own number, read as its name (`withOurNumberNamed`). */
  private readonly helplineNumbers: ReadonlySet<string>;

  constructor(knowledgeBase: KnowledgeBase) {
    this.published = publishedValues(knowledgeBase.topics.flatMap((t) => [t.answer, ...t.questions, ...t.keywords]));
    this.helplineNumbers = helplineNumbers(knowledgeBase.topics.find((t) => t.id === 'helpline')?.answer ?? '');
  }

  of(text: string): string {
    // A CHI number or a date of birth typed "to check" tells nothing about the question, and need not
    // reach any recogniser: the words around it are read ("check my chi number 1234567890").
    let readable = withoutPersonalData(text, this.published);
    readable = withoutLetterFraming(readable);
    readable = withOurNumberNamed(readable, this.helplineNumbers);
    readable = withoutIdentityDetails(readable);
    readable = withoutStoryTime(readable);
    return withoutHyperbole(readable);
  }
}
