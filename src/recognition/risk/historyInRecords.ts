import { PAST } from './riskWording';

/**
 * A relative's or friend's self-harm, overdose or attempt long ago, told as history in a question about
 * their records and the leak: "my sister self harmed as a teenager and was with camhs, is that in the data"
 * (a blind dev set: it got the crisis answer), "my son used to self harm, is his camhs stuff on the dark web".
 * The risk wording that speaks of a time long past (see the patterns that are not `personal`) is then a record,
 * not a risk now, as it already was beside "notes", "records" or "years ago". Not when anything says it is
 * happening now ("…and she's started again since the leak", "my son is cutting himself again"): the crisis
 * answer serves someone worried about another person too.
 */
const SOMEONE_CLOSE =
  '(?:my|ma|oor|our) (?:wee |big |little |younger |older |late |step ?)?(?:sister|sis|brother|bro|son|daughter|boy|girl|lassie|laddie|wean|bairn|kid|child|mum|mam|mother|maw|dad|father|da|wife|husband|partner|boyfriend|girlfriend|fiance|fiancee|ex|friend|pal|mate|cousin|aunt|auntie|uncle|niece|nephew|gran|granny|nan|nana|grandad|grandpa|grandma|grandson|granddaughter|[a-z]+ in law)s?';
/** Said as history: "as a teenager", "years ago", "in 2019", "used to", "had a history of". */
const AS_HISTORY = `(?:${PAST}|used to|used tae|(?:had|has|with) a (?:long )?history|history of)`;
/** The question is about what is held or leaked: records, data, the leak. */
const ABOUT_RECORDS = '(?:camhs|data|leak|leaks|leaked|hack|hacked|hackers?|hacking|breach|cyber|stolen|stole|published|dark web|online|records?|notes|files?|information|info|details|documents?)';
/** Anything that says it is now, or again: then it is a risk whatever else is said. */
const NOW = '(?:again|agen|still|started|starting|restarted|back to|relaps[a-z]*|currently|at the moment|right now|just now|the now|these days|tonight|last night|this (?:morning|afternoon|evening|week|weekend|month)|yesterday|today|recently|lately|since (?:the|this|that|all|finding|hearing|getting|reading|they|it|then|she|he)|(?:is|are|has been|have been|keeps?|kept|been) (?:self ?harming|cutting|hurting|burning|overdosing|suicidal|talking|saying|threatening)|wants? to|wanting to|going to|gonna|threat[a-z]*|worse|hidden|hiding|stash[a-z]*|stockpil[a-z]*|sav(?:ed|ing) up|found (?:her|his|their|him|them)|locked|worried (?:she|he|they) (?:will|might|is going)|scared (?:she|he|they) (?:will|might|is going))';

const CLOSE = new RegExp(`\\b${SOMEONE_CLOSE}\\b`);
const HISTORY = new RegExp(`\\b${AS_HISTORY}\\b`);
const RECORDS = new RegExp(`\\b${ABOUT_RECORDS}\\b`);
const NOW_SAID = new RegExp(`\\b${NOW}\\b`);
/** The writer's own wording ("i self harmed", "myself") is theirs to tell: this reading is for someone else's history only. */
const OWN = /\b(?:myself|my self|masel|mysel|maself|i (?:self ?harm(?:ed)?|cut|burned|burnt|overdosed|od|tried to))\b/;

/** Whether the message tells of someone close's self-harm long ago as history in a question about their records. */
export function toldAsHistoryInRecords(normalized: string): boolean {
  return CLOSE.test(normalized) && HISTORY.test(normalized) && RECORDS.test(normalized) && !NOW_SAID.test(normalized) && !OWN.test(normalized);
}
