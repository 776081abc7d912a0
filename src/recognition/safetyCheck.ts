import { normalizeText } from './textNormalizer';

export type SafetyResult = { readonly risk: true; readonly reason: string } | { readonly risk: false };

interface RiskPattern {
  readonly reason: string;
  readonly pattern: RegExp;
  /** Speaks of the writer themself; such wording stands even in a "what does X mean" message. */
  readonly personal: boolean;
}

const SELF = 'my ?self';
const PILLS = '(?:pills|tablets|meds|medication|medicine|paracetamol|painkillers)';

// Patterns run on normalised text: lower case, no punctuation, "don't" → "do not".
const RISK_PATTERNS: readonly RiskPattern[] = [
  { reason: 'suicide', personal: false, pattern: /\bsuicid(?:e|al|ality)\b|\bsuicde\b|\bsucidal\b|\bsuicial\b/ },
  { reason: 'suicide', personal: true, pattern: new RegExp(`\\b(?:kill|killing|killed|hang|hanging|drown|off) ${SELF}\\b`) },
  { reason: 'suicide', personal: true, pattern: /\bkill (?:himself|herself|themselves|themself)\b|\bkilling (?:himself|herself|themselves)\b/ },
  { reason: 'suicide', personal: true, pattern: /\b(?:end|ending|take|taking|took) (?:my|his|her|their) (?:own )?life\b/ },
  { reason: 'suicide', personal: true, pattern: /\bend(?:ing)? it(?: all)?\b(?! (?:with|for) )|\bend things\b/ },
  { reason: 'suicide', personal: true, pattern: /\b(?:want|wanted|wanting|going|plan|planning|ready|trying) to die\b|\bwant to be dead\b|\bwish (?:i|i was|i were) (?:was |were )?dead\b|\bwish i could die\b|\bwish i was never born\b/ },
  { reason: 'suicide', personal: true, pattern: /\bbetter off (?:dead|without me)\b|\bno (?:point|reason) (?:in )?(?:living|going on|being alive|carrying on|to live|to go on|in life)\b/ },
  { reason: 'suicide', personal: true, pattern: /\bdo not want to (?:live|be alive|be here|exist|wake up|go on)\b|\bnot want to be here any ?more\b|\bnot sure (?:if )?i want to (?:live|be here|go on)\b/ },
  { reason: 'suicide', personal: true, pattern: /\bcan not (?:go on|keep going|do this any ?more|live like this)\b|\bjump (?:off|in front of)\b|\bno way out\b|\bgoodbye forever\b/ },
  { reason: 'self-harm', personal: false, pattern: /\bself ?harm(?:ing|ed)?\b/ },
  { reason: 'self-harm', personal: true, pattern: new RegExp(`\\b(?:harm|harming|hurt|hurting|cut|cutting|burn|burning|injure|injuring) ${SELF}\\b`) },
  { reason: 'overdose', personal: false, pattern: /\boverdos(?:e|ed|ing)\b|\bod(?:ed|d)\b/ },
  { reason: 'overdose', personal: true, pattern: new RegExp(`\\b(?:took|taken|take|taking|swallowed|swallow|stockpiling|saving up) (?:all |a lot of |lots of |loads of |a load of |a bunch of |too many |the |my |all my |all the |a whole )*${PILLS}\\b`) },
  { reason: 'danger', personal: true, pattern: /\b(?:i am|we are|i feel|i am in|i feel in) (?:in )?(?:danger|unsafe)\b|\bnot safe\b|\bfeel unsafe\b|\bin danger now\b/ },
  { reason: 'danger', personal: true, pattern: /\b(?:someone|somebody|he|she|they|a man|a woman|a person|people) (?:is |are )?(?:threatening|threatened) (?:to )?(?:kill|hurt|harm|attack)\b|\bthreaten(?:ed|ing)? to (?:kill|hurt|harm) (?:me|us|my)\b/ },
  { reason: 'danger', personal: true, pattern: /\b(?:someone|somebody|a man|a woman|he|she|they) (?:is|are) (?:outside|at) my (?:door|house|home|window)\b|\btrying to (?:get|break) in(?:to my)?\b/ },
];

const NEGATORS = new Set(['not', 'never', 'no', 'nae', 'nor', 'neither', 'without', 'hardly', 'nothing']);
/** Words that say the risk wording is talked about, not felt: a definition, a story, a project. */
const META_CONTEXT = /\b(?:what does|what is the meaning|meaning of|definition|define|school project|homework|essay|article|news|film|movie|book|song|lyrics|tv|programme|documentary|research|assignment|word)\b/;
const QUOTED = /"[^"]*"|\u201c[^\u201d]*\u201d|(?:^|\s)'[^']+'(?=\s|[.,!?]|$)/g;

/**
 * Runs before any recognition: risk-to-life wording goes straight to the crisis answer.
 * Negated ("I'm not suicidal") and quoted or reported wording ("the article said 'suicide'") do not.
 */
export function checkSafety(text: string): SafetyResult {
  const quoted = text.slice(0, 5000).replace(QUOTED, ' ');
  const normalized = normalizeText(quoted);
  if (normalized.length === 0) return { risk: false };
  const meta = META_CONTEXT.test(normalized);
  for (const { reason, pattern, personal } of RISK_PATTERNS) {
    if (meta && !personal) continue;
    const global = new RegExp(pattern.source, 'g');
    for (const match of normalized.matchAll(global)) {
      if (!isNegated(normalized, match.index ?? 0)) return { risk: true, reason };
    }
  }
  return { risk: false };
}

/** A negator among the few words before the wording, within the same clause, cancels it. */
function isNegated(text: string, index: number): boolean {
  const before = text.slice(0, index).split(/\b(?:but|though|although|however|yet)\b/).pop() ?? '';
  const words = before.trim().split(' ').filter(Boolean).slice(-4);
  return words.some((w) => NEGATORS.has(w));
}
