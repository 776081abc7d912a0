/**
 * "my heart sank when i saw it on the news, what actually happened", "i was on mat leave when it kicked
 * off": a `when` inside a sentence, before someone and what they did, dates the story; it does not ask
 * when. The recogniser reads any `when` as the timeline's word, so this one is taken out of the text it
 * reads. A `when` that starts a question ("so when was it published") or says a time matters ("thats when we got the leaflet") is kept, and so is one before a
 * present or future ("what happens when i call", "updated when they know more").
 */
export function withoutStoryTime(text: string): string {
  return text.replace(STORY_WHEN, '');
}

/** Someone or something, then a past-tense verb of the story: "when i saw", "when it kicked off", "when my mum heard". */
const STORY_WHEN =
  /(?<=\b[a-z']+,? )(?<!\b(?:thats|that is|that was|is that|was that|is it|was it) )when (?=(?:i|we|he|she|they|it|it all|my [a-z]+|the [a-z]+) (?:was|were|saw|seen|heard|read|found|got|kicked|happened|came|started|went|opened|watched|learned|realised|realized|noticed|told)\b)/gi;
