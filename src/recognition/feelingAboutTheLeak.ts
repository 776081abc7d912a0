import { ATTACK_OF_ILLNESS } from './careNotData';
import { decide, type DecisionThresholds } from './decide';
import type { Recognition } from './recognizer';
import { withTopicAnswered } from './topicFirst';

/**
 * Whether a message tells of a feeling the leak caused, in words the recogniser has seldom seen: "this
 * whole hack thing has done ma heid in", "its all getting on top of me, the leak and everything", "i had a
 * panic attack today thinking about my records being on the dark web". Such messages score low and flat
 * across topics, and were declined. A feeling with another cause named ("so stressed about my highers")
 * is not one (see `careNotData`), nor a child's (children-camhs).
 */
export function isFeelingAboutTheLeak(text: string): boolean {
  const t = text.toLowerCase();
  return FEELING.test(t) && THE_LEAK.test(t.replace(ATTACK_OF_ILLNESS, ' ')) && !NOT_THE_LEAK.test(t) && !A_CHILD.test(t) && !ASKS_SOMETHING_ELSE.test(t.replace(ASKS_FOR_SUPPORT, ' '));
}

export const FEELING = new RegExp(
  '\\b(?:' +
    [
      'panick\\w*', 'panic attacks?', 'upset', 'distraught', 'in bits', 'in pieces', 'in a state', 'falling apart',
      'done (?:ma|my) (?:heid|head) in', '(?:ma|my) (?:heid|head)(?:s| is) (?:mince|wrecked|spinning|burst)', 'on top of me',
      'knocked me(?: for six)?', 'shaken(?: up)?', 'shaking', 'rattled', 'gutted', 'devastated', 'mortified', 'humiliated',
      'die of embarrassment', 'embarrass(?:ed|ing|ment)', 'ashamed', 'violated', 'sick with worry', 'worried sick', 'sick to (?:my|ma) stomach',
      'cant sleep', "can't sleep", 'cannae sleep', 'not sleeping', 'no sleeping', 'crying', 'greetin', 'overwhelmed', 'on edge', 'freaking out',
      'losing (?:my|ma) (?:mind|heid|head)', 'stressed(?: out)?', 'anxious', 'terrified', 'petrified', 'feart', 'frightened', 'scared',
      'struggling', 'not coping', 'in tears', 'tearful', 'dead worried', 'nightmares', 'a (?:total |complete |nervous )?wreck', 'a mess',
      'burn(?:ed|t) out', 'exhausted', 'drained', 'at the end of (?:my|ma) tether',
      'beside (?:my|her|him|them)sel(?:f|ves)', 'unsettled', 'not slept', 'havent slept', "haven't slept", 'gone (?:very |really |all )?quiet', 'withdrawn',
      'feeling (?:awful|terrible|rubbish|horrible|dreadful|rotten|low|down|sick|crap|pure rotten)', 'getting to me', 'need (?:to|tae) vent',
    ].join('|') +
    ')\\b',
);
/**
 * A child or CAMHS named: a child upset about their notes is the children-camhs answer's own (support for a
 * worried child or young person), as the dev sets' writers labelled every such message.
 */
export const A_CHILD = /\b(?:camhs|child(?:ren)?|kids?|son|daughter|my (?:boy|girl|lad|lass|lassie|laddie)|teen(?:ager)?s?|\d+ ?(?:year|yr)s? old|granddaughter|grandson|wee one|bairns?|weans?|school)\b/;
/** The leak, the attack or the records in it ("my card details" are not), or "it" and "this" said to this bot. */
export const THE_LEAK =
  /\b(?:leak\w*|hack\w*|breach\w*|attack|cyber\w*|dark ?web|ransom\w*|published|records?|notes|data|(?:my|our|his|her|their) (?:info|information|details)|(?:is|are|was|were) out there|(?:about|with) (?:it|this|all this)|this (?:whole )?business|since (?:it|this) (?:happened|came out))\b/;
/** The leak named only to be ruled out: "work is stressing me out, nothing to do with any hack". */
const NOT_THE_LEAK = /\b(?:nothing to do with|not (?:about|because of|related to|down to)|unrelated to|not cos of|no(?:thing)? (?:about|tae dae wi)) (?:the |any |this |that )?(?:hack|leak|breach|attack|cyber)/;
/** Asking where support is ("who can i speak to", "what help is there") asks about the feeling itself. */
const ASKS_FOR_SUPPORT = /\b(?:who (?:can|could|do|should) (?:i|we) (?:speak|talk) to|who can help(?: me| us)?|what (?:help|support) is there(?: for (?:us|me|staff))?|is there (?:any )?(?:help|support|someone|anyone)(?: for (?:us|me|staff))?|where (?:can|do|could|does|should) (?:i|we|he|she|they|my \w+) (?:get|find) (?:some |any )?(?:help|support))\b/g;
/**
 * A question beside the feeling ("are my sessions in the leak, im scared", "she's in bits. is there any way to
 * speak to someone"): that question is what to answer, however the recogniser scores it. "how do i help her
 * calm down" asks about the feeling itself.
 */
const ASKS_SOMETHING_ELSE =
  /\b(?:is there|are (?:my|our|her|his|their|the|they)|is (?:my|our|her|his|their|the|it)|was (?:my|our|her|his|their|the|it)|were (?:my|our|her|his|their|the|they)|can (?:i|we|you|someone|anyone)|could (?:i|we|you)|do i (?!help)|should i|will (?:i|they|you|it|my)|would (?:my|our|her|his|their|the|they)|(?:wants?|wanting|wanted) to know (?:if|whether)|(?:asking|wondering) (?:if|whether)|when|where|who|which|what (?:data|info|happens|should|do)|did (?:they|you))\b/;

/**
 * The ranking with emotional support first when the message tells of a feeling about the leak and the
 * recogniser would not have answered it: declining a frightened person, or asking which of two unrelated
 * topics they meant, is the wrong reply. A message the recogniser answers keeps its answer ("im scared, was
 * my a&e data published"), and a choice between a question and support is left to the understanding, which
 * answers the question and offers support beside it.
 */
export function withFeelingAboutTheLeakSupported(recognition: Recognition, text: string, supportTopicId: string, kept: ReadonlySet<string>, thresholds: DecisionThresholds): Recognition {
  // `supportTopicId` is the audience's own: staff are pointed to staff wellbeing.
  const decision = decide(recognition, thresholds);
  if (decision.kind !== 'none' && isFeelingOnlyTold(recognition, text, supportTopicId, kept)) return withTopicAnswered(recognition, supportTopicId, kept, thresholds);
  if (decision.kind === 'answer' || (decision.kind === 'clarify' && decision.topicIds.includes(supportTopicId)) || !isFeelingAboutTheLeak(text)) return recognition;
  return withTopicAnswered(recognition, supportTopicId, kept, thresholds);
}

/** How close below the answered topic support must rank for a feeling told without a question to take it. */
const SUPPORT_NEAR = 0.1;

/**
 * "nhs d&g employee here, feeling awful, the stress of it is getting to me": a feeling told with no question
 * asked. The recogniser's near tie put what happened first, an answer to nothing the person asked; support,
 * ranked just below it, is the reply to what they said.
 */
function isFeelingOnlyTold(recognition: Recognition, text: string, supportTopicId: string, kept: ReadonlySet<string>): boolean {
  const [top, second] = recognition.ranked;
  if (!top || !second || top.score - second.score > SUPPORT_NEAR || kept.has(top.topicId) || kept.has(second.topicId)) return false;
  if (top.topicId !== supportTopicId && second.topicId !== supportTopicId) return false;
  const t = text.toLowerCase();
  return !t.includes('?') && FEELING.test(t) && !NOT_THE_LEAK.test(t) && !A_CHILD.test(t) && !ASKS_SOMETHING_ELSE.test(t) && !ASKS_HOW.test(t);
}

const ASKS_HOW = /\b(?:how|what|why|whats|wot|wit|whit|any ?(?:one|body)|tell me|i (?:want|need|would like) to know)\b/;

const WHAT_TO_DO = 'what-to-do';
/** "is there anything i can actually do", "what can i do about it": what to do, asked by someone worried. */
const ASKS_WHAT_TO_DO = /\b(?:is there (?:anything|owt|something) (?:i|we) (?:can|could|should) (?:actually |really |practically )?do|(?:what|wot|wit|whit) (?:can|could|should|shud) (?:i|a|we) (?:actually |really |practically )?(?:do|dae))\b(?! (?:for|to help) (?:him|her|them|my|our)\b)/;

/**
 * "im worried my medical history is floating about online, is there anything i can actually do about it":
 * the worry is why they ask, what to do is what they ask. The recogniser hears the worry and ranks emotional
 * support first, or declines. With what to do among its top three, that is put first (a child's worry is
 * children-camhs's; the crisis answer and a person asked for are kept).
 */
export function withWhatToDoForTheWorried(recognition: Recognition, text: string, kept: ReadonlySet<string>, thresholds: DecisionThresholds): Recognition {
  const t = text.toLowerCase();
  if (!ASKS_WHAT_TO_DO.test(t) || !(FEELING.test(t) || WORRIED.test(t)) || A_CHILD.test(t)) return recognition;
  const [top] = recognition.ranked;
  if (!top || kept.has(top.topicId) || top.topicId === WHAT_TO_DO || !recognition.ranked.slice(0, 3).some((s) => s.topicId === WHAT_TO_DO)) return recognition;
  return withTopicAnswered(recognition, WHAT_TO_DO, kept, thresholds);
}

export const WORRIED = /\b(?:worr(?:ied|ying)|concerned|nervous|uneasy|paranoid)\b/;
