import type { RiskPattern } from '../riskPatterns';
import { PILLS } from './riskWording';

/**
 * Risk as the least textbook writers of Dumfries and Galloway put it, as a seventh blind set (dev38, 76 crises)
 * found: broad Scots and Doric ("gyan in the watter", "away tae dae it the nicht", "cheerio forever mum"), older
 * writers' euphemisms ("better off joining my wife… the means to hand", "a home for my dog and settled all my
 * accounts"), English learned late ("I not want live anymore", "i am hide in bathroom"), voice-to-text, and whole
 * messages in Polish, Romanian, Lithuanian, Ukrainian, Russian and Arabic (letters folded by the normaliser;
 * no \b, which knows only ASCII letters).
 */
export const DIALECT_AND_OTHER_TONGUES: readonly RiskPattern[] = [
  {
    reason: 'suicide',
    personal: true,
    negatable: false,
    pattern:
      /\bsleep (?:and|an|n) (?:no|not|never|nae) (?:wake|waken|waking|wakin) up\b|\bor (?:going|gaun|goin) (?:in|into|intae) the (?:water|sea|river|loch|solway|nith|firth)\b|\b(?:away|going|gonna|gonnae|about) (?:to|tae) (?:do|dae) it (?:tonight|the night|now|the noo)\b|\bi (?:not|no|do not) want (?:to )?live (?:any ?more|no more|nae more)\b|\bwant (?:to )?finish my life\b/,
  },
  {
    reason: 'suicide',
    personal: true,
    pattern:
      /\b(?:cheerio|bye|goodbye|ta ta|cheers) forever\b|\b(?:nobody|naebody|no one|noone)(?: will| ll|ll)? miss me\b|\bbetter off joining (?:my|him|her) ?(?:wife|husband|partner|son|daughter|mum|mother|dad|father|him|her)?\b|\bthe means to hand\b|\bnothing left for me to do (?:now|any ?more)\b|\bfound a (?:new )?home for (?:my|the) (?:dog|dogs|cat|cats|pets?)\b(?=.*\b(?:settled|affairs|accounts|nothing left|goodbye|will)\b)|\b(?:quarry|river|loch|sea|bridge|pond|railway|train|drop|the water)(?: pond)? (?:would|wid|will) be (?:quick|quickest|easy|easiest|painless)\b|\bcan not see a (?:way|wey) (?:out|oot)\b(?=.*\b(?:better (?:off|aff)|end|any ?more|no point|without me)\b)/,
  },
  // "I may not be here for Christmas, and I would prefer it that way".
  {
    reason: 'suicide',
    personal: true,
    pattern: /\b(?:may|might|will) not be (?:here|around) (?:for|by|at) (?:christmas|new year|the new year|my birthday|easter|the summer|the spring)\b/,
    inMessage: /\b(?:prefer|rather|better|want it|that way|tired|enough)\b/,
  },
  // Guns and ropes to hand: "the rifle across ma knees", "the gun's loaded an am in the byre", "a rope in the van".
  // Not negatable: in "cannae face the lambin nor onythin else, the gun's loaded" the "nor" is the despair's.
  {
    reason: 'suicide',
    personal: true,
    negatable: false,
    pattern:
      /\b(?:the|a|my) (?:shotgun|gun|rifle) (?:across|on|in) (?:my|ma) (?:knees|lap|hands?)\b|\b(?:looking|looked|staring|stared|sat|sitting) (?:at|with) (?:the|my|a) (?:shotgun|gun|rifle)\b(?=.*\b(?:thinking about it|lost|had enough|end|can not)\b)|\bthe (?:gun|shotgun|rifle) (?:is )?loaded\b(?=.*\b(?:can not|face|anything else|anythin else|enough|end|goodbye|alone)\b)|(?<=\b(?:can not|face|enough|alone)\b.*)\bthe (?:gun|shotgun|rifle) (?:is )?loaded\b|\bwith a rope in the (?:van|car|boot|truck|bag|back)\b/,
  },
  // Someone else's goodbye with the means at hand: "phoned to say goodbye and that the dogs are to come to me. he has guns".
  {
    reason: 'suicide',
    personal: true,
    pattern: /\b(?:phoned|called|rang|texted|messaged) (?:me )?to say goodbye\b/,
    inMessage: new RegExp(`\\b(?:guns?|rifle|shotgun|${PILLS}|rope|are to come to me|look after|forever|not answering|no answering)\\b`),
  },
  // Taking someone along, or ending both lives: "i think ill take her with me, it would be kinder for us both".
  {
    reason: 'danger',
    personal: true,
    pattern: /\b(?:take|taking) (?:her|him|them|the kids|the children|the weans|my (?:wife|husband|mum|mother|dad|kids|children|son|daughter)) with me\b(?=.*\b(?:kinder|better for (?:us|them|both)|us both|both of us|together)\b)|\bend (?:both )?(?:their|our) (?:lives|life)\b|\bend both (?:their|our) lives\b/,
  },
  // Swallowed with drink, in Scots: "ive swallied a bottle o paracetamol an a half bottle o vodka".
  { reason: 'overdose', personal: true, pattern: new RegExp(`\\b(?:swallowed|taken|took|had) (?:a|the|a whole|the whole|a full) (?:bottle|box|packet|tub|strip) (?:of|o) ${PILLS}\\b`) },
  // English learned late: "my husband he say he will kill me tonight i am hide in bathroom with my baby".
  {
    reason: 'danger',
    personal: true,
    pattern: /\b(?:he|she|they) (?:say|tell|told) (?:he|she|they) (?:will|going to|gonna)? ?kill (?:me|us)\b|\bi am hide in (?:the |my )?(?:bathroom|bedroom|toilet|room|cupboard)\b/,
  },
  // Whole messages in other languages.
  {
    reason: 'suicide',
    personal: true,
    pattern:
      /\bsa (?:ma|my) sinucid\b|\bvreau sa mor\b|\bnu mai vreau sa traiesc\b|\bnebenoriu gyventi\b|\bnusizudyti\b|\bnoriu mirti\b|\bchce sie zabic\b|\bnie chce (?:juz )?zyc\b|(?:^|\s)не хочу (?:більше |больше )?(?:жити|жить)(?=\s|$)|покінчити з собою|покончить с собои|(?:^|\s)хочу (?:померти|умереть)(?=\s|$)|نهي حياتي|الانتحار|(?:^|\s)ا موت(?=\s|$)/,
  },
];
