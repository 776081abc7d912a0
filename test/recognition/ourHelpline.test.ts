import assert from 'node:assert/strict';
import { wholePathTopicOf } from '../support/wholePath';
import { decide } from '../../src/recognition/decide';
import { withHumanBeingAskedFor } from '../../src/recognition/ourHelpline';

// Written for this test, not taken from any evaluation set. Each group: what the message got before, then
// [message, the topic it gets now].
const CASES: readonly { readonly group: string; readonly rows: readonly (readonly [string, string])[] }[] = [
  {
    // Declined before: the formal wording read as out of scope, like another service's opening hours.
    group: "the board's helpline asked for formally",
    rows: [
      ['Would you be so kind as to let me have the telephone number of the dedicated helpline and the hours it operates?', 'helpline'],
      ['what is the telephone number of the dementia helpline and its hours', 'none'],
    ],
  },
  {
    // Declined or answered as records before: digits are not the recogniser's words. A call "from" the
    // number may be a scammer showing it: the question around it decides.
    group: "the helpline's own number in a message",
    rows: [
      ['01387216777 - is this right?', 'helpline'],
      ['been ringing 01387 216 777 since 9 with nobody picking up', 'helpline'],
      ['rang 01387-216-777 twice today no joy', 'helpline'],
      ['someone phoned me from 01387 216 777 wanting my card number to verify me, is that really them', 'scam-contact'],
    ],
  },
  {
    // Declined before: "opening hours" read as another service's. "After my work" is when, not which line.
    group: 'a call to the helpline that went unanswered',
    rows: [
      ['been trying to phone since 8 this morning, no one picks up, when are you open', 'helpline'],
      ['rang last night and it just rang out, what times do you answer', 'helpline'],
      ['tried ringing after my work and nobody answered, what are the hours', 'helpline'],
      ['tried ringing my gp surgery all morning and nobody answered, what are their hours', 'none'],
    ],
  },
  {
    // Declined before: "hack line", "incident line" and "hrs" are in knowledge/synonyms.yaml now.
    group: 'the helpline by the names people give it',
    rows: [
      ['is it ok to ring the hack line late at night', 'helpline'],
      ['does the incident line take calls at the weekend', 'helpline'],
      ['hrs for the phone line sat', 'helpline'],
    ],
  },
  {
    // Got the helpline's number before: the line named only as what the person would rather not do.
    group: 'a person here asked for rather than the helpline',
    rows: [
      ['i dont want to phone the helpline, can i talk to someone on here', 'human'],
      ['instead of ringing the helpline can i message a person', 'human'],
      // dev43 family: the helpline before.
      ['id sooner walk to dumfries than ring that helpline again, is there a person on here', 'human'],
      ['whats the number to talk to someone on the helpline', 'helpline'],
      // On hold to the line, someone else asked for.
      ['stuck on hold to 01387 216 777 for ages, is there anyone else i can speak to', 'human'],
      ['the helpline is always engaged, whats the number again', 'helpline'],
    ],
  },
  {
    // The line's hours asked as whether it is "still open" (dev42 family: how care was affected, before).
    group: 'the helpline asked after as still open',
    rows: [
      ['i work shifts till 6, will the helpline still be open after that', 'helpline'],
      ['is the podiatry clinic still open after the hack', 'care-impact'],
    ],
  },
  {
    // A human being asked for after a story read as upset (dev37 family: emotional support before).
    group: 'a human being asked for in so many words',
    rows: [
      ['so upset and confused about my sisters records being out there, i just want a real person to talk to', 'human'],
      ['this has been awful for me, is there a human being i can talk to', 'human'],
      // A person asked for is not manners beside a feeling: support was answered and the person offered, before.
      ['im so angry and upset about my familys records being online. dont fob me off, i want to talk to an actual person who can answer questions', 'human'],
    ],
  },
  {
    // Got the CAMHS answer before: the number given and lost is asked for again.
    group: 'the helpline number had and lost',
    rows: [['my sons camhs nurse gave us the helpline number but i forgot it', 'helpline']],
  },
];

for (const { group, rows } of CASES) {
  describe(group, () => {
    const topicOf = wholePathTopicOf();
    for (const [text, topicId] of rows) it(`"${text}" gets ${topicId}`, async () => assert.equal(await topicOf(text), topicId));
  });
}

describe('a human being asked for, first already but tied with support', () => {
  // dev43 family ("not in danger or anything, just upset and want to talk to an actual human"): a choice, and then support, before.
  const tied = { ranked: [{ topicId: 'human', score: 0.33 }, { topicId: 'emotional-support', score: 0.32 }, { topicId: 'crisis', score: 0.2 }], outOfScope: 0.01 };
  const kept = new Set(['crisis', 'human']);
  it('is answered with the person', () => {
    const read = withHumanBeingAskedFor(tied, 'just upset and want to talk to an actual human about all this', 'human', kept, { inScope: 0.45, answer: 0.42 });
    assert.deepEqual(decide(read), { kind: 'answer', topicId: 'human', score: 0.42 });
  });
  it('is left alone when no human being is named', () => {
    const read = withHumanBeingAskedFor(tied, 'just upset about all this', 'human', kept, { inScope: 0.45, answer: 0.42 });
    assert.equal(decide(read).kind, 'clarify');
  });
});
