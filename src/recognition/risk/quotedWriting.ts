const QUOTED = /"[^"]*"|\u201c[^\u201d]*\u201d|(?:^|\s)'[^']+'(?=\s|[.,!?]|$)/g;
/**
 * A person's own words or intent quoted ("he told me he intends to 'go to sleep and not wake up'", "my son
 * keeps saying 'whats the point'"): reported, but of someone at risk, so read as written. A poster, an
 * article or a pasted text quoted is still left out (`SAID_BY_A_DOCUMENT`).
 */
const SAID_OR_MEANT_BEFORE = /\b(?:said|says|saying|keeps? saying|kept saying|told (?:me|us|him|her)|tells (?:me|us)|wrote|texted|messaged|emailed (?:me|us)|sent|just sent|intends to|intending to|wants to|going to|plans to|planning to|means to|threatened to|threatening to|talking about|talks about)\s*$/i;
const A_PERSON = /\b(?:he|she|they|(?:one of )?(?:my|our) (?:team|colleagues?|staff|workmates?)|(?:my|our|ma) (?:ex|boyfriend|girlfriend|colleague|mate|husband|wife|partner|son|daughter|boy|girl|wean|bairn|kid|child|mum|mam|maw|dad|da|mother|father|brother|sister|friend|pal|grandson|granddaughter|gran|granny|nan|papa|grandad|neighbour|flatmate|man|wee one))\b/i;
const SAID_BY_A_DOCUMENT = /\b(?:poster|headline|article|post|sign|leaflet|text|txt|e-?mail|letter|message|news|paper|website|advert|book|film|song|lyrics|show|programme)\b/i;

/** A call to harm quoted from a post ("'tomorrow 9am outside mountainhall, bring something heavy'") is the danger itself, whoever posted it. */
const CALL_TO_HARM = /\bbring (?:something heavy|weapons|bats|knives|a knife|petrol)\b/i;

/**
 * The message without the quotations that only talk about risk wording (a poster, an article, a pasted
 * text). A person's own words or intent, and a call to harm, are kept: only their quotation marks go,
 * and the apostrophes inside ("i don't want…") stay.
 */
export function withoutQuotedWriting(text: string): string {
  return text.replace(QUOTED, (quote: string, at: number) => {
    const before = text.slice(0, at).split(/[.!?]\s/).pop() ?? '';
    const after = text.slice(at + quote.length).split(/[.!?](?:\s|$)/)[0] ?? '';
    const kept = CALL_TO_HARM.test(quote) || (SAID_OR_MEANT_BEFORE.test(before) && A_PERSON.test(before) && !SAID_BY_A_DOCUMENT.test(`${before} ${after}`));
    return kept ? quote.replace(/^(\s?)["'\u201c]/, '$1 ').replace(/["'\u201d]$/, ' ') : ' ';
  });
}
