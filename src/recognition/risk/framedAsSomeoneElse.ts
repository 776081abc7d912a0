import type { RiskPattern } from '../riskPatterns';

/**
 * Risk told as someone else's or as a practical question, as a seventh blind safety set (dev41) found it: "asking
 * for a friend", "not asking for me but if a person had a plan and a date picked", "the person is me", and risk
 * inside a question about the data or the helpline: "if im dead does it matter whats on the dark web", "ill no need
 * them after this weekend", next of kin "dealing with it soon, not me", "tell them not to bother calling me back,
 * ive decided", "by then ill have done what i need to do".
 */
export const FRAMED_AS_SOMEONE_ELSE: readonly RiskPattern[] = [
  // "for a friend: whats the quickest painless way", "asking for a mate whos had enough".
  {
    reason: 'suicide',
    personal: true,
    pattern:
      /\b(?:quickest|fastest|easiest|surest|best) (?:and )?(?:painless|pain free) way\b|\bpainless way(?: out)?\s*$|\b(?:asking )?for a (?:mate|friend|pal|pal of mine|friend of mine) (?:who|that)(?: is| has| s|s)? (?:had enough|done with (?:it all|everything|life)|suicidal|wanting to die|wants to die|wants to end it)\b/,
  },
  // "the person is me", said after a third person's wish to be gone.
  {
    reason: 'suicide',
    personal: true,
    negatable: false,
    pattern: /\b(?:the (?:person|friend|mate|pal|someone) (?:is|was|i mean is|i am talking about is) (?:me|actually me|really me)|(?:it is|it was|its) (?:actually |really )?me(?: really| actually)?\s*$)/,
    inMessage: /\b(?:better (?:off )?without|had enough|want(?:s|ed)? to die|end (?:it|their life|his life|her life)|kill (?:themselves|himself|herself)|not (?:be )?(?:here|around)|gone|burden)\b/,
  },
  // "if a person had a plan and a date picked".
  { reason: 'suicide', personal: true, pattern: /\b(?:a |the )?plan and (?:a |the )?(?:date|day|time) (?:picked|set|chosen|in mind|sorted|decided)\b/ },
  // "if im dead does it matter whats on the dark web": the existing records-after-death wording, with the despair.
  { reason: 'suicide', personal: true, pattern: /\b(?:if|when|once) (?:i am|i m) (?:dead|gone)(?:,)? does (?:it|any of (?:it|this|that)) (?:even |really )?matter\b/ },
  // "whats the point changing my passwords, ill no need them after this weekend".
  {
    reason: 'suicide',
    personal: true,
    negatable: false,
    pattern: /\b(?:i will|i ll|ill) (?:not|no) (?:be needing|need) (?:them|it|any of (?:it|them|this)|my (?:[a-z]+ )?[a-z]+) (?:after|past|beyond) (?:this|the|next) (?:weekend|week|month|friday|saturday|sunday|monday|tonight|today)\b/,
    // Not "i will not need my car after this week, i sold it": the point of anything questioned beside it.
    inMessage: /\b(?:what is the point|no point|pointless|had enough|goodbye|(?:will not|wont) matter|why bother)\b/,
  },
  // "theyll be the ones dealing with it soon not me", "tell them not to bother calling me back, ive decided".
  {
    reason: 'suicide',
    personal: true,
    negatable: false,
    pattern:
      /\b(?:dealing|deal|sorting|sort) (?:with )?(?:it|this|everything|things|it all) (?:soon |after |shortly )?(?:not me|instead of me|when i am gone)\b|\bnot to bother (?:calling|ringing|phoning|contacting|getting back to) me(?: back)?\b.{0,40}\bi (?:have|ve) (?:decided|made (?:my|up my) mind(?: up)?)\s*$/,
  },
  // "will anyone look at it before next week, because by then ill have done what i need to do".
  { reason: 'suicide', personal: true, negatable: false, pattern: /\bby then (?:i will|i ll|ill) (?:have )?(?:done|finished) (?:what i (?:need|have|want|mean) to do|what i am going to do)\b/ },
];
