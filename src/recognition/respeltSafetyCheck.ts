import type { Respeller } from './respeller';
import { checkSafety, type SafetyResult } from './safetyCheck';

/**
 * The safety check on the message as written and, when that finds nothing, as respelt against the
 * knowledge base's and the risk wording's vocabulary: people in distress type fast ("no raeson to
 * live", "going to kill himmself"), and the wording lists match exact words.
 */
export function checkSafetyRespelt(text: string, respeller: Respeller): SafetyResult {
  const plain = checkSafety(text);
  if (plain.risk) return plain;
  const respelt = respeller.respell(text);
  if (respelt === text) return plain;
  const second = checkSafety(respelt);
  // Denied or quoted once put right ("i'm not going to kill myslef"): said so, as the same words rightly spelt would be.
  return second.risk || second.disclaimed ? second : plain;
}
