import type { Respeller } from './respeller';
import { checkSafety, SAFETY_READ_CHARS, type SafetyResult } from './safetyCheck';

/**
 * The safety check on the message as written and, when that finds nothing, as respelt against the
 * knowledge base's and the risk wording's vocabulary: people in distress type fast ("no raeson to
 * live", "going to kill himmself"), and the wording lists match exact words.
 */
export function checkSafetyRespelt(message: string, respeller: Respeller): SafetyResult {
  const plain = checkSafety(message);
  if (plain.risk) return plain;
  // Respelt only as far as the check reads: a huge message costs no more than that.
  const text = message.slice(0, SAFETY_READ_CHARS);
  const respelt = respeller.respell(text);
  if (respelt === text) return plain;
  const second = checkSafety(respelt);
  // Denied or quoted once put right ("i'm not going to kill myslef"): said so, as the same words rightly spelt would be.
  return second.risk || second.disclaimed ? second : plain;
}
