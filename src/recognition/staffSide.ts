import type { Recognition } from './recognizer';
import { withSwapped, withTopicFirst } from './topicFirst';

/**
 * Staff in Teams asking what the public also asks ("how do i report phishing on nhs mail", "is my
 * personal info out there") get the staff version of the answer when the recogniser ranks it close to
 * the public one: a staff topic names its public counterpart (`publicAlternative`), and for staff it is
 * the more specific answer. And a patient's question about the leak relayed by staff ("mrs watson in bed 4
 * is asking if her notes are on the dark web") is a patient enquiry, not whether the staff member is affected.
 */
export function withStaffTopicFirst(recognition: Recognition, text: string, staffVersionOf: ReadonlyMap<string, string>, levels: { readonly inScope: number; readonly answer: number }): Recognition {
  const [top] = recognition.ranked;
  if (!top) return recognition;
  const enquiry = recognition.ranked.find((s) => s.topicId === PATIENT_ENQUIRIES);
  // Relayed, the patient's question is this topic however the recogniser read the names and beds around it.
  if (enquiry && !KEPT_OVER_ENQUIRY.has(top.topicId) && RELAYS_A_PATIENT.test(text) && ABOUT_THE_LEAK.test(text))
    return withTopicFirst(recognition, PATIENT_ENQUIRIES, Math.max(top.score, levels.answer), NONE_KEPT, levels.inScope);
  const staffId = staffVersionOf.get(top.topicId);
  const staff = staffId === undefined ? undefined : recognition.ranked.find((s) => s.topicId === staffId);
  if (!staff || top.score - staff.score > CLOSE) return recognition;
  return withSwapped(recognition, top.topicId, staff.topicId);
}

const NONE_KEPT: ReadonlySet<string> = new Set();
/** Asked first even when a patient is mentioned: the crisis answer, a person, someone suspicious, the press. */
const KEPT_OVER_ENQUIRY = new Set(['crisis', 'human', 'staff-report-suspicious', 'staff-media-enquiries']);
/** The patient asks about their data in the leak, not about their care. */
const ABOUT_THE_LEAK = /\b(?:data|details|notes|records?|files?|info(?:rmation)?|leak(?:ed)?|hack(?:ed)?|breach|dark ?web|internet|online|published|stolen)\b/i;
const PATIENT_ENQUIRIES = 'staff-patient-enquiries';
/** How close the staff topic must come to be the one meant. */
const CLOSE = 0.15;
/** A patient, or someone on the ward, is the one asking (not "my mum keeps asking": a staff member's own family). */
const RELAYS_A_PATIENT = /\b(?:patients?|bed \d+|(?:mr|mrs|ms|miss) [a-z]+|on (?:the )?ward(?: \d+)?|relatives?|next of kin|a (?:lady|man|woman|gentleman|chap) in)\b.*\b(?:ask(?:ing|ed|s)?|wants? to know|wanting to know|worried|wondering)\b/i;
