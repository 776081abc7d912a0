import assert from 'node:assert/strict';
import { checkSafety } from '../../src/recognition/safetyCheck';
import { readSafetyTable } from './safetyTable';

const cases = readSafetyTable('safety-cases.jsonl');

describe('safety check (risk to life before anything else)', () => {
  it('has a table of at least 40 risk and 40 no-risk messages', () => {
    assert.ok(cases.filter((c) => c.crisis).length >= 40);
    assert.ok(cases.filter((c) => !c.crisis).length >= 40);
  });

  for (const c of cases) {
    it(`${c.crisis ? 'catches' : 'lets pass'}: ${c.text}`, () => {
      assert.equal(checkSafety(c.text).risk, c.crisis);
    });
  }

  it('marks negated risk wording as disclaimed, so ordinary worry gets support rather than the crisis answer', () => {
    const result = checkSafety("I'm not suicidal, just really stressed about all this");
    assert.deepEqual(result, { risk: false, disclaimed: true });
  });

  it('reads a job said in passing as the writer\'s own risk: only work talk about a patient or client stands risk wording down', () => {
    for (const text of [
      'i work in a shop and there is a man with a knife outside',
      "i'm a nurse and i think about suicide all the time",
      'i work at asda and suicide feels like the only option',
      'i work in a bank, self harm is the only thing that helps',
    ])
      assert.equal(checkSafety(text).risk, true, text);
    assert.equal(checkSafety("i'm a nurse and a patient disclosed suicidal thoughts, can i tell them about the leak").risk, false);
    assert.equal(checkSafety('a patient disclosed self harm, what do i tell them about the leak').risk, false);
  });

  it('lets pass ordinary messages of this bot\'s users that newer risk wording caught', () => {
    for (const text of [
      "i've made my mind up, i'm going to complain",
      "the receptionist said i'm next on the list but my appointment was cancelled",
      'they told me im next in the queue',
      'i keep thinking about jumping ship to another gp practice',
      "i can't keep myself safe online with my details out there",
      'not sure i can keep myself safe from scammers now',
    ])
      assert.equal(checkSafety(text).risk, false, text);
    for (const text of ['made my mind up, i am going tonight', "he's punching the walls and says i'm next", 'i keep thinking about jumping', 'i cant keep myself safe tonight'])
      assert.equal(checkSafety(text).risk, true, text);
  });

  it('reads a reply to the bot before risk wording as a reply, not a denial ("not now" to the offer of a person)', () => {
    for (const text of ["not now, i've taken pills", 'not now i have taken pills', 'no thanks, i took all my tablets', 'nah not now, i want to die'])
      assert.equal(checkSafety(text).risk, true, text);
    for (const text of ["not now, i'm not suicidal", "no thanks, i'm not going to kill myself"]) assert.equal(checkSafety(text).risk, false, text);
  });

  it('ignores risk wording inside quotation marks', () => {
    assert.equal(checkSafety('the poster said "if you feel suicidal call 116 123", is that the right number').risk, false);
  });

  it('reads a person\'s own words or intent quoted as said by someone at risk, not a document\'s', () => {
    for (const text of [
      "Dear Sir, my husband has barely spoken since he learned his records were released. This evening he told me he has written letters to our children and intends to 'go to sleep and not wake up'. I do not know what to do.",
      "my son keeps saying 'whats the point in living'",
      'my dad told me "i want to end it all". what do i do',
      'my son told me "i don\'t want to be here anymore"',
      "my wife keeps saying 'i can't go on', what do i do",
    ])
      assert.equal(checkSafety(text).risk, true, text);
    for (const text of ["he said 'i want to kill myself' in the book", 'the headline quoted a post saying "i want to die" from a hacked account', "my mum got a text saying 'end it all now, pay us or we publish'"])
      assert.equal(checkSafety(text).risk, false, text);
  });

  it('catches risk wording whatever message came before it (each pattern is compiled once and shared)', () => {
    const crises = cases.filter((c) => c.crisis).map((c) => c.text);
    for (const [i, text] of crises.entries()) {
      // A longer risk message first leaves a shared global pattern's search position past this one's end.
      checkSafety(`so much has happened this week with the leak and the letters and honestly ${crises[(i + 1) % crises.length]}`);
      assert.equal(checkSafety(text).risk, true, text);
    }
  });

  it('reads only the start of a huge message without failing', () => {
    assert.equal(checkSafety('worried '.repeat(20_000) + 'i want to kill myself').risk, false);
    assert.equal(checkSafety('i want to kill myself ' + 'x'.repeat(100_000)).risk, true);
  });

  it('reads a long story to its end (20,000 characters), wording across the parts it is read in included', () => {
    const story = 'I got a letter saying my records were in the leak and I have been worried sick, my son says not to worry but I cannot sleep for thinking about who has read about my operation. ';
    const told = (length: number) => story.repeat(Math.ceil(length / story.length)).slice(0, length);
    for (const length of [1990, 4990, 9000, 15_000, 19_970]) {
      assert.equal(checkSafety(`${told(length)} i cant go on anymore`).risk, true, `risk after ${length} characters`);
      assert.equal(checkSafety(told(length + 20)).risk, false, `the same length of story alone (${length + 20})`);
    }
    // Parts are 5,000 characters and overlap by 1,000: wording that straddles any part's end is read whole.
    for (const at of [4990, 8990, 12_990, 16_990]) {
      assert.equal(checkSafety(`${told(at)} i want to kill myself ${told(200)}`).risk, true, `risk at ${at}`);
    }
  });
});
