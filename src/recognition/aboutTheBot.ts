import type { Recognition } from './recognizer';
import { withOutOfScopeAtLeast, withSwapped } from './topicFirst';

const ABOUT_BOT = 'about-bot';
const HUMAN = 'human';

/**
 * Three readings of messages about the bot itself. "am i talking to a real person" asks what the bot is
 * (about-bot: an automated assistant that can hand over), not for a person; the recogniser hears "real
 * person" and ranks the hand-off first. And "can you help me with my homework" is a request for something
 * this bot is not for, which the recogniser takes for "what can you help me with". And the bot's opinion,
 * or politics, is not this bot's to give (`asksOpinionOrPolitics`), nor small talk about its own life ("are
 * you single").
 */
export function withAboutTheBotRead(recognition: Recognition, text: string, outOfScope: number): Recognition {
  const [top] = recognition.ranked;
  if (!top) return recognition;
  if (top.topicId === HUMAN && ASKS_WHAT_IT_IS.test(text)) return withSwapped(recognition, HUMAN, ABOUT_BOT);
  if (top.topicId === ABOUT_BOT && HELP_WITH.exec(text) !== null && !ABOUT_THIS_LEAK.test(text)) return withOutOfScopeAtLeast(recognition, outOfScope);
  if (top.topicId !== HUMAN && top.topicId !== CRISIS && asksOpinionOrPolitics(text)) return withOutOfScopeAtLeast(recognition, outOfScope);
  if (top.topicId === ABOUT_BOT && ASKS_PERSONAL.test(text)) return withOutOfScopeAtLeast(recognition, outOfScope);
  if (top.topicId === ABOUT_BOT && INSULT.test(text) && !ASKS_ABOUT_IT.test(text)) return withOutOfScopeAtLeast(recognition, outOfScope);
  return recognition;
}

const CRISIS = 'crisis';

/**
 * Whether a message asks the bot's opinion, or about politics or war, with nothing of this incident: "what
 * do you think of the snp", "who should i vote for", "why is russia at war". The recogniser hears "you"
 * (about-bot) or "russia" (who-is-responsible, whose answer names a suspected Russia-based group). A public
 * service's assistant keeps out of politics; "was putin behind the hack" is still who-is-responsible.
 */
export function asksOpinionOrPolitics(text: string): boolean {
  if (ATTRIBUTION.test(text)) return false;
  // War and retaliation ("should we nuke russia for this") are politics even when "this" points at the attack.
  return WAR.test(text) || ((OPINION.test(text) || POLITICS.test(text)) && !ABOUT_THIS_LEAK.test(text));
}

const OPINION = /\b(?:what (?:do|d) (?:you|u|ye) (?:think|reckon|make) (?:of|about|on)|(?:your|yer) (?:opinion|views?|thoughts) (?:on|of|about)|do (?:you|u|ye) (?:like|support|agree with|rate))\b/i;
const POLITICS =
  /\b(?:vote|voting|election|snp|labour|tory|tories|conservatives?|lib ?dems?|reform uk|green party|first minister|prime minister|holyrood|westminster|brexit|independence|indyref|politic\w*|at war|the war|sanctions|invade\w*|invasion|ukraine|nato)\b/i;
const WAR = /\b(?:nuke\w*|nuclear|bomb(?:s|ing)?|missiles?|military|army|go to war|declare war|act of war|invade\w*|invasion|sanctions|the west)\b/i;
/** A question of who did it or why, which the who-is-responsible answer covers even with a war named. */
const ATTRIBUTION = /\b(?:behind|responsible|did it|who (?:did|was)|was it|were they|the (?:group|gang|criminals|hackers?))\b/i;

/** "am i talking to a real person", "is this a bot", "are you human": what is on the other end. */
const ASKS_WHAT_IT_IS =
  /\b(?:am i|are we|r we) (?:talking|talkin|speaking|speakin|chatting|chattin|typing|writing|texting)(?: to| with| wi)? (?:a |an |)(?:real |actual |live |)(?:person|human|people|bot|robot|computer|machine|ai)\b|\b(?:is (?:this|it)|are you|r u|are ye) (?:a |an |)(?:real|human|bot|robot|computer|machine|person|automated|ai)\b/i;
/** Small talk about the bot's own life ("are you single", "do you have a boyfriend"): a question for a person, not about what this is. */
const ASKS_PERSONAL =
  /\b(?:(?:are|r) (?:you|u|ye) (?:single|married|seeing anyone|taken|hot|pretty|cute|gay|straight)|(?:do|have) (?:you|u|ye) (?:got |have )?(?:a )?(?:boyfriend|girlfriend|wife|husband|partner|kids|children)|will (?:you|u|ye) (?:marry|go out with|date) me|(?:do|d) (?:you|u|ye) (?:love|fancy|like) me|i (?:love|fancy) (?:you|u|ye)|how old (?:are|r) (?:you|u|ye))\b/i;
/**
 * "this bot is pure shite", "what a crap bot": an insult, which asks nothing of what the bot is. Every dev set's
 * writers labelled it out of scope; the decline offers what the bot can do and a person.
 */
const INSULT = /\b(?:shite|shit|crap|pish|pants|rubbish|useless|stupid|worst|garbage|pointless|hopeless|naff|a joke|waste of (?:time|space|money)|(?:f|eff|piss|sod|bugger|bog|naff|clear|shove) off|get lost|nobody asked (?:you|u))\b/i;
/** What the bot is or does asked beside the insult ("are you a bot or just useless", "what can you actually do"). */
const ASKS_ABOUT_IT = /\b(?:what|how|who|why|are (?:you|u|ye)|is (?:this|it|there)|can (?:you|u|ye|i)|do (?:you|u|ye))\b|\?/i;
/** "can you help me with my homework": a request with its subject named. */
const HELP_WITH = /\b(?:help|assist) (?:me |us |)(?:with|wi|wiv|wae|on) (?:my |me |ma |the |a |an |some |)[a-z]+/i;
/** Anything that ties the request to this incident or to health care. */
const ABOUT_THIS_LEAK =
  /\b(?:nhs|health|hospital|infirmary|dgri|board|gp|medical|records?|notes|files?|camhs|patient|appointment|hack\w*|leak\w*|breach\w*|attack|cyber|dark ?web|ransom|scam\w*|data|info(?:rmation)?|details|worr\w*|stress\w*|anxi\w*|scared|questions?|this)\b/i;
