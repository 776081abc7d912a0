/** Whole replies to the bot (a yes, a no, "not now", a person declined), as the understanding reads them. */

/** Parts of a whole reply to the bot: a yes, a no, "not now", "ok", "i'm fine", thanks. */
const REPLY_PART =
  "yes|yeah|yea|yep|yup|aye|ye|y|no|nope|nah|naw|n|ok|okay|k|sure|fine|alright|all right|dont|do not|not now|not yet|not right now|not at the moment|maybe later|later|thanks|thank you|ta|cheers|please|im ok|im okay|im fine|i am ok|i am okay|i am fine|its ok|its fine|thats ok|thats fine|all good|no worries";
/** A person declined ("no i dont want a human"): a reply to the offer of one, not a request for one. */
const DECLINED_PERSON = "(?:i )?(?:dont|do not) (?:want|need) (?:a |an |to (?:talk|speak|chat) to (?:a |an )?)?(?:human|person|real person|agent|advisor|adviser|anyone|anybody|someone|somebody)";
const REPLY_ONLY = new RegExp(`^(?:${REPLY_PART}|${DECLINED_PERSON})(?: (?:${REPLY_PART}|${DECLINED_PERSON})){0,2}$`);
const DECLINES_A_PERSON = new RegExp(`(?:^| )${DECLINED_PERSON}(?: |$)`);
/** "anyone", "someone" declined: only after the offer of a person; elsewhere it may be someone shutting others out. */
const DECLINES_ANYONE = /(?:^| )(?:i )?(?:dont|do not) (?:want|need) (?:to (?:talk|speak|chat) to )?(?:anyone|anybody|someone|somebody)(?: |$)/;

/**
 * A message that only answers the bot ("no", "not now", "ok", "yes please", "no, i'm fine"): there is
 * no question in it to read with the previous topic. Lower case, apostrophes dropped, punctuation to spaces.
 */
export function isReplyOnly(text: string): boolean {
  return REPLY_ONLY.test(replyKey(text));
}

/** Lower case, apostrophes dropped, punctuation to spaces, one space between words: how replies are compared. */
export function replyKey(text: string): string {
  return text.toLowerCase().replace(/[’']/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The key holds a person declined ("i dont want to talk to a person"): never an offer of one. */
export function declinesAPerson(key: string): boolean {
  return DECLINES_A_PERSON.test(key);
}

/** The key declines "anyone" or "someone": a reply only to the offer of a person. */
export function declinesAnyone(key: string): boolean {
  return DECLINES_ANYONE.test(key);
}
