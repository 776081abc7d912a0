import type { Recognition } from './recognizer';
import { withOutOfScopeAtLeast } from './topicFirst';

/**
 * "is crosshouse hospital affected by the cyber attack", "was nhs lanarkshire hacked as well", "what did the
 * hackers get from marks and spencer": another board's, hospital's or organisation's name
 * (`knowledge/local-names.yaml`, `elsewhere`) makes the question theirs, not this
 * bot's, though the recogniser hears "hospital", "affected" and "attack" and answers how care here was
 * affected. Kept when the message also names a place here or says the writer moved or lived somewhere ("i
 * moved to glasgow but was a patient in dumfries, could i be in it" is this incident's), and for the answers
 * asked whatever the place (the crisis answer, a person, a scammer's contact, support).
 */
export class ElsewhereReading {
  private readonly elsewhere: RegExp | undefined;
  private readonly here: RegExp | undefined;

  constructor(otherPlaces: readonly string[], localPlaces: readonly string[]) {
    this.elsewhere = namesPattern(otherPlaces);
    this.here = namesPattern(localPlaces);
  }

  /** Whether the message names only somewhere else. */
  namesOnlyElsewhere(text: string): boolean {
    return this.elsewhere !== undefined && this.elsewhere.test(text) && !(this.here?.test(text) ?? false) && !MOVED_OR_LIVED.test(text);
  }

  apply(recognition: Recognition, text: string, outOfScope: number): Recognition {
    const top = recognition.ranked[0]?.topicId;
    return top !== undefined && !KEPT.has(top) && this.namesOnlyElsewhere(text) ? withOutOfScopeAtLeast(recognition, outOfScope) : recognition;
  }
}

const KEPT = new Set(['crisis', 'human', 'scam-contact', 'report-scam', 'emotional-support', 'staff-wellbeing', 'greeting', 'thanks', 'goodbye', 'about-bot']);
/** The writer's own moves: "i moved to glasgow in 2019 but was a patient down here before that". */
const MOVED_OR_LIVED = /\b(?:moved|move|moving|lived|live|lives|living|used to be|grew up|born)\b/i;

/** One pattern for a list of names, any case, spaces and apostrophes as people type them. */
function namesPattern(names: readonly string[]): RegExp | undefined {
  const parts = names.map((n) => n.trim().toLowerCase()).filter((n) => n.length > 0).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "'?").replace(/\s+/g, '\\s+'));
  return parts.length === 0 ? undefined : new RegExp(`(?<![a-z])(?:${parts.join('|')})(?![a-z])`, 'i');
}
