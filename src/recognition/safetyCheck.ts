import { RISK_PATTERNS } from './riskPatterns';
import { toldAsHistoryInRecords } from './risk/historyInRecords';
import { withoutQuotedWriting } from './risk/quotedWriting';
import { everydayLookAlike, explainedAsOrdinary, saysSafe } from './risk/ordinaryReadings';
import { PatternPrefilter } from './requiredText';
import { normalizeText } from './textNormalizer';

export type SafetyResult =
  | { readonly risk: true; readonly reason: string }
  /**
   * `disclaimed`: risk wording was there but negated, quoted or talked about ("I'm not suicidal").
   * `everyday`: wording the recogniser takes for risk though it is not ("i've overdone it this week").
   * `explained`: risk wording that an ordinary reason in the message explains ("…my operation is next week"):
   * the reasons' exceptions list only the endings foreseen, so such a message still gets the safety check-in.
   */
  | { readonly risk: false; readonly disclaimed: boolean; readonly everyday?: true; readonly explained?: true };

/**
 * One global copy of each pattern, used both to test and to list matches (`matchesOf`): V8 compiles a
 * regular expression twice (to bytecode on its first run, to machine code on its second), and for these
 * 80 KB of source that is most of a second and 8 MB; a second copy would pay it again.
 */
const GLOBAL_PATTERNS = RISK_PATTERNS.map((p) => ({ ...p, global: new RegExp(p.pattern.source, 'g') }));
/**
 * Which patterns a message may match at all, from the text each one requires: an ordinary message lacks
 * it for all but a few, and the rest need not run (their compiled code, hundreds of kilobytes, made this
 * check the costliest step of a turn under load).
 */
const PREFILTER = new PatternPrefilter(RISK_PATTERNS.map((p) => p.pattern));
/**
 * The first pattern that matches (-1: none): most messages hold no risk wording at all and stop here. Each
 * pattern is tried on its own: joined into one alternation (38 KB of source) V8 runs it several times
 * slower. The cheap tests first: they spare the costly pattern where it cannot match.
 */
const firstRisk = (text: string, may: Uint8Array): number =>
  GLOBAL_PATTERNS.findIndex((p, i) => may[i] === 1 && (p.inMessage?.test(text) ?? true) && !(p.notInMessage?.test(text) ?? false) && testFromStart(p.global, text));

/** A global pattern keeps where its last search stopped; every message is searched from its start. */
function testFromStart(global: RegExp, text: string): boolean {
  global.lastIndex = 0;
  return global.test(text);
}

let compiled = false;

/**
 * Runs every risk pattern twice, so that V8 has compiled them all before the first message: otherwise
 * the first messages to reach a pattern wait for it (up to ~50 ms each). Once a process; the server does
 * it at start (`buildUnderstanding`), before it listens.
 */
export function compileSafetyCheck(): void {
  if (compiled) return;
  compiled = true;
  for (let run = 0; run < 2; run++) {
    for (const p of GLOBAL_PATTERNS) {
      testFromStart(p.global, '');
      p.inMessage?.test('');
      p.notInMessage?.test('');
    }
  }
}
const anyRisk = (text: string): boolean => firstRisk(text, PREFILTER.mayMatch(text)) !== -1;

const NEGATORS = new Set(['not', 'never', 'no', 'nae', 'nor', 'neither', 'without', 'hardly', 'nothing']);
/** Words that say the risk wording is talked about, not felt: a definition, a story, a project. */
const META_CONTEXT = /\b(?:what does|what is the meaning|meaning of|definition|define|school project|homework|essay|article|news|film|movie|book|song|lyrics|tv|telly|netflix|cinema|programme|documentary|read about|reading about|risk assessments?|research|assignment|word|notes|records|files|history|years ago|published|leaked|heard (?:that|about|someone|somebody)|is (?:that|it|this) true|rumou?rs?|reportedly)\b/;
/** Staff work ("a patient disclosed…", "as a nurse…"): talk about someone else only when that someone is in the message. */
const STAFF_CONTEXT = /\b(?:disclosed|disclosure|my patients?|our patients|service users?|caseload|we (?:see|get|deal with|treat) (?:\w+ ){0,3}(?:presentations|admissions|cases)|i work (?:in|for|at|with|on)|(?:i am|as) an? (?:camhs |mental health |community |school |practice |ward |psychiatric |specialist )?(?:gp|nurse|doctor|social worker|support worker|care worker|carer|counsellor|psychologist|psychiatrist|pharmacist|paramedic|midwife|health visitor|cpn|therapist|teacher|receptionist))\b/;
/** Someone the writer looks after: without one, "i work in a shop and …" is still about the writer. */
const CLIENT_WORD = /\b(?:patients?|clients?|service users?|caseload|pupils?|students?|residents?|presentations|admissions|my young people|young people i (?:see|work with)|families)\b/;
/** How much of a message the check reads: far more than the recogniser's 2,000 characters, and bounded. */
export const SAFETY_READ_CHARS = 20_000;
/** Each part of a long message is read as a message of its own, as long as this at most. */
const PASSAGE_CHARS = 5000;
/** Consecutive parts share this much, so wording across a boundary is whole in one of them. */
const PASSAGE_OVERLAP = 1000;

/**
 * Runs before any recognition: risk-to-life wording goes straight to the crisis answer.
 * Negated ("I'm not suicidal") and quoted or reported wording ("the article said 'suicide'") do not.
 *
 * A long message (someone telling their whole story) is read to SAFETY_READ_CHARS in overlapping
 * parts, so risk said at the end is found; each part is read on its own, which keeps the cost of
 * every pattern as it is for an ordinary message. Without risk, the first part's reading stands:
 * it is the part the recogniser reads.
 */
export function checkSafety(text: string): SafetyResult {
  const first = checkPassage(text.slice(0, PASSAGE_CHARS));
  const end = Math.min(text.length, SAFETY_READ_CHARS);
  for (let start = PASSAGE_CHARS - PASSAGE_OVERLAP; !first.risk && start + PASSAGE_OVERLAP < end; start += PASSAGE_CHARS - PASSAGE_OVERLAP) {
    const later = checkPassage(text.slice(start, Math.min(start + PASSAGE_CHARS, end)));
    if (later.risk) return later;
  }
  return first;
}

function checkPassage(read: string): SafetyResult {
  const quoted = withoutQuotedWriting(read);
  const normalized = normalizeText(quoted);
  const disclaimed = quoted !== read && anyRisk(normalizeText(read));
  const may = PREFILTER.mayMatch(normalized);
  const first = normalized.length === 0 ? -1 : firstRisk(normalized, may);
  if (first === -1) return notRisk(normalized, disclaimed);
  // Talked about, not felt: a definition, a story, staff work, or someone close's history asked about as a record.
  const meta = META_CONTEXT.test(normalized) || (STAFF_CONTEXT.test(normalized) && CLIENT_WORD.test(normalized)) || toldAsHistoryInRecords(normalized);
  let negated = disclaimed;
  let explained = false;
  for (const [i, { reason, global, personal, disclaims, inMessage, notInMessage, negatable }] of GLOBAL_PATTERNS.entries()) {
    // Before the first match, or without the text it requires, a pattern has no match to read.
    if (i < first || may[i] === 0 || (inMessage && !inMessage.test(normalized)) || notInMessage?.test(normalized)) continue;
    for (const match of matchesOf(global, normalized)) {
      // Explained by an ordinary reason ("…as i'm working"): neither a risk nor a denial of one.
      if (explainedAsOrdinary(normalized, match[0], match.index ?? 0)) {
        explained = true;
        continue;
      }
      if (meta && !personal) negated = true;
      else if (negatable !== false && isNegated(normalized, match.index ?? 0)) negated ||= disclaims !== false;
      else return { risk: true, reason };
    }
  }
  return notRisk(normalized, negated, explained);
}

/**
 * Every match of a global pattern, as `matchAll` yields them, without the copy of the pattern `matchAll`
 * makes: V8 compiles each copy afresh, some 3 ms a message over the risk patterns (then the costliest step
 * of a turn under load), where `exec` on the pattern compiled once takes microseconds.
 */
function* matchesOf(global: RegExp, text: string): Generator<RegExpExecArray> {
  global.lastIndex = 0;
  for (let match = global.exec(text); match !== null; match = global.exec(text)) {
    // An empty match moves on by one character, as `matchAll` does.
    if (match[0] === '') global.lastIndex++;
    yield match;
  }
}

function notRisk(normalized: string, negated: boolean, explained = false): SafetyResult {
  const disclaimed = negated || saysSafe(normalized);
  return {
    risk: false,
    disclaimed,
    ...(everydayLookAlike(normalized) ? { everyday: true as const } : {}),
    ...(explained && !disclaimed ? { explained: true as const } : {}),
  };
}

/**
 * Verbs and states that a negator turns into distress, not denial: "can't stop thinking about killing
 * myself", "cannae cope, thinkin o ending it", "im not ok i want to die", "don't worry about me, the pain
 * will be over soon". Punctuation is gone by now, so
 * the negator still sits near the wording.
 */
const DISTRESS_AFTER_NEGATOR = new Set(['worry', 'stop', 'help', 'cope', 'coping', 'handle', 'bear', 'stand', 'shake', 'sleep', 'face', 'deal', 'function', 'breathe', 'eat', 'ok', 'okay', 'alright', 'fine', 'good', 'well', 'great']);

/** "cannae cope nae mair", "cant take it no more", "cant go on no longer": the no is the end of enduring, not a denial. */
const ENDURING = new Set(['cope', 'take', 'it', 'on', 'this', 'bear', 'handle', 'stand', 'anymore']);
const NO_MORE = new Set(['more', 'mair', 'longer']);

/** A negator among the few words before the wording, within the same clause, cancels it. */
function isNegated(text: string, index: number): boolean {
  // A person or help declined ends its sentence: "no i dont want anyone, i want it all to stop".
  const before = text.slice(0, index).split(/\b(?:but|though|although|however|yet)\b|\b(?:anyone|anybody|someone|somebody|human|person|help)(?= i\b)/).pop() ?? '';
  const all = before.trim().split(' ').filter(Boolean);
  const words = all.slice(-4);
  const start = all.length - words.length;
  return words.some(
    (w, i) =>
      isNegator(w) &&
      !DISTRESS_AFTER_NEGATOR.has(words[i + 1] ?? '') &&
      !(ANSWERS.has(w) && SUBJECTS.has(words[i + 1] ?? '')) &&
      !(w === 'not' && CLAUSE_SUBJECTS.has(words[i + 1] ?? '')) &&
      !(w === 'not' && words[i + 1] === 'really' && NEW_CLAUSE.has(all[start + i + 2] ?? '')) &&
      // "not me planning how to unalive": the online idiom for "me, doing this", not a denial.
      !(w === 'not' && words[i + 1] === 'me' && /ing$/.test(all[start + i + 2] ?? '')) &&
      !REPLY_AFTER_NEGATOR.has(`${w} ${words[i + 1] ?? ''}`) &&
      !(ENDURING.has(all[start + i - 1] ?? '') && NO_MORE.has(words[i + 1] ?? '')) &&
      !CAN_NOT_TAKE_IT.test(all.slice(start + i, start + i + 5).join(' ')) &&
      !NOT_THAT_IT_MATTERS.test(all.slice(start + i, start + i + 5).join(' ')),
  );
}

/** "not that it matters, planning on being gone by friday": an aside, not a denial of what follows. */
const NOT_THAT_IT_MATTERS = /^not that (?:it matters|anyone cares|anybody cares|it makes (?:a|any) difference|i care)\b/;
/** "cant take it anymore, gonna do something stupid": the end of enduring, not a denial of what follows. */
const CAN_NOT_TAKE_IT = /^(?:not|nae) take (?:it|this) (?:any ?more|no more|nae mair|no longer)\b/;

/**
 * Scots negatives the normaliser does not expand ("wouldnae", "widnae", "couldnae", "shouldnae"): without
 * them "no i wouldnae hurt masel" read its "no" as an answer and the rest as risk.
 */
const SCOTS_NEGATORS = new Set(['wouldnae', 'widnae', 'wudnae', 'couldnae', 'cudnae', 'shouldnae', 'shudnae', 'willnae', 'wullnae', 'havnae', 'huvnae', 'hasnae', 'doesnae', 'disnae', 'werenae', 'arenae', 'urnae']);

function isNegator(word: string): boolean {
  return NEGATORS.has(word) || SCOTS_NEGATORS.has(word);
}

/**
 * "No, I want to kill myself", "naw im not safe": a no that answers something (the bot's offer of a
 * person, a question) and then a sentence of its own, which it does not negate. Punctuation is gone by
 * now, so a no followed by a subject is read as that answer.
 */
const ANSWERS = new Set(['no', 'nae', 'naw', 'nah', 'nope']);
/**
 * A whole reply to the bot before a sentence of its own: "not now, i've taken pills" (to the offer of a
 * person), "no thanks, i've taken an overdose". Not "not yet", which does negate ("i've not yet taken them").
 */
const REPLY_AFTER_NEGATOR = new Set(['not now', 'no thanks', 'no thank', 'nah thanks', 'naw thanks', 'nope thanks', 'no ta', 'no cheers']);
const SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it', 'my', 'this', 'that', 'there']);
/**
 * A "not" that ends its sentence before a new subject: "texting for my pal cos she can't. she took a whole box"
 * (the full stop is gone by now). "Not" before a pronoun subject never negates what that subject does.
 */
const CLAUSE_SUBJECTS = new Set(['i', 'we', 'he', 'she', 'they']);
/** "not really, the pills are still next to me": a reply to the check-in, then a sentence of its own. */
const NEW_CLAUSE = new Set(['the', 'my', 'i', 'he', 'she', 'they', 'we', 'it', 'there']);
