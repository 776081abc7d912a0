import assert from 'node:assert/strict';
import path from 'node:path';
import { buildUnderstanding } from '../../src/buildUnderstanding';
import type { KnowledgeBase } from '../../src/knowledge/knowledgeBase';
import { loadKnowledgeBase } from '../../src/knowledge/loadKnowledgeBase';
import { decide, DEFAULT_THRESHOLDS } from '../../src/recognition/decide';
import { EmbeddedRecognizer } from '../../src/recognition/embeddedRecognizer';
import { decisionForAudience } from '../../src/dialogs/decisionForAudience';
import type { Recognizer } from '../../src/recognition/recognizer';
import { MessageUnderstanding } from '../../src/recognition/understandMessage';
import { realKnowledgeBase } from '../support/realKnowledgeBase';

describe('understanding a message (safety → recogniser → decision)', () => {
  let kb: KnowledgeBase;
  let understanding: MessageUnderstanding;
  let recognizer: EmbeddedRecognizer;

  before(async () => {
    const loaded = await loadKnowledgeBase(path.join(__dirname, '../../knowledge'));
    if (!loaded.ok) throw new Error('the knowledge base must load');
    kb = loaded.knowledgeBase;
    understanding = buildUnderstanding(kb, { MaxMessageChars: 2000 });
    recognizer = new EmbeddedRecognizer(kb);
  });

  const answers: Array<[string, string]> = [
    ['whats the helpline number', 'helpline'],
    ['helpline', 'helpline'],
    ['camhs', 'children-camhs'],
    ['did they pay the ransom', 'ransom'],
    ['wot data did the hackers put on the dark web', 'data-published'],
    ['is my data in the leak', 'am-i-affected'],
    ['someone texted me saying they have my medical records and want money', 'scam-contact'],
    ['where do i forward a phishing email', 'report-scam'],
    ['will my hospital appointment still go ahead', 'care-impact'],
    ['hiya', 'greeting'],
    ['cheers pal', 'thanks'],
    ["I'm not suicidal, just really stressed and worried about all this", 'emotional-support'],
    ['i want to end my life', 'crisis'],
    // Hopelessness with a "not" in it is not a denial: neither a disclaimer that turns a crisis the
    // recogniser found into emotional support, nor a negation of the risk.
    ['not sure there is any point in being here anymore, i feel like a burden', 'crisis'],
    ["i don't see any point in living any more", 'crisis'],
    ['i dont see the point of being here anymore', 'crisis'],
    // Wording that may be ordinary ("end the chat", "my daily tablets") stays a risk: missing a crisis is worse.
    ['end it please', 'crisis'],
    ['i might just take my tablets and not wake up', 'crisis'],
    ['i take my tablets every day but tonight im taking them all', 'crisis'],
    // Scots "deid"/"dee", and someone armed nearby.
    ['am gonnae dee', 'crisis'],
    ['id be better aff deid', 'crisis'],
    ["there's a man with a knife outside", 'crisis'],
    // Slang and abbreviations the synonym list folds into the knowledge base's own words.
    ['who are the crooks that did this', 'who-is-responsible'],
    ['is the investigation ongoing', 'police-investigation'],
    ['can i put in a sar', 'data-rights'],
    ['my nerves are shot', 'emotional-support'],
    // Describing words in front of "hack" are not another organisation's name.
    ['the recent hack am i affected', 'am-i-affected'],
    ['the nasty breach, is my data out there', 'am-i-affected'],
    ["they'll publish my notes unless i pay them", 'scam-contact'],
  ];
  for (const [text, topicId] of answers) {
    it(`answers "${text}" with ${topicId}`, async () => {
      const decision = await understanding.understand({ text, audience: 'public' });
      assert.equal(decision.kind, 'answer', JSON.stringify(decision));
      assert.equal(decision.kind === 'answer' && decision.topicId, topicId);
    });
  }

  it('catches risk wording typed with a slip of the finger, which the wording lists alone miss', async () => {
    for (const text of ['im going to take an ovedrose tonight', 'ive been self harmimg again', 'there is no reasom to live', 'i want to kill myslef']) {
      const decision = await understanding.understand({ text, audience: 'public' });
      assert.deepEqual([decision.kind === 'answer' && decision.topicId, decision.via], ['crisis', 'safety'], text);
    }
  });

  it('does not respell a rightly spelt word into risk: a report stays a report, an idiom an idiom', async () => {
    for (const text of [
      'the film was about a guy who kills himself',
      'the article said a patient overdosed, was that from the leak',
      // Everyday words the knowledge base lacks, a letter from risk wording ("pills", "ending", "killing", "gassing", "overdose").
      'i want to take all my bills to the bank',
      "i've got all my bills counted out on the table",
      "i'm thinking of sending it all to my msp",
      "i've been willing myself to phone them",
      'i keep passing myself in the mirror',
      "i've overdone it at the gym and my back hurts, when will physio reopen",
      "i've been overdoing it at work since the attack",
      "i'm burying myself in work",
      "i've been hurling myself at this problem",
    ]) {
      const decision = await understanding.understand({ text, audience: 'public' });
      assert.notEqual(decision.kind === 'answer' && decision.topicId, 'crisis', text);
    }
  });

  it('reads a message with one very long made-up word (a pasted blob, a held-down key pattern), as the hand-off relay does, without hanging', () => {
    let seed = 7;
    const letter = () => 'abcdefghijklmnopqrstuvwxyz'[(seed = (seed * 1103515245 + 12345) % 2147483648) % 26];
    const text = `please help ${Array.from({ length: 1500 }, letter).join('')}`;
    // Every one- and two-letter deletion of a 1,500-letter word is over a million strings of ~1,500 characters.
    assert.equal(understanding.checkSafety(text).risk, false);
  });

  it('reads misspelt risk wording that is denied or quoted as it reads the same wording rightly spelt: support, not the crisis answer', async () => {
    for (const text of ["i'm not going to kill myslef, just stressed about the leak", 'no i would never kill myslef', "he said 'i want to kill myslef' in the book"]) {
      const decision = await understanding.understand({ text, audience: 'public' });
      assert.notEqual(decision.kind === 'answer' && decision.topicId, 'crisis', text);
    }
  });

  it('does not respell a contraction or a Scots negative into its positive: a denial stays a denial', async () => {
    for (const text of ["i wouldn't kill myself", "i couldn't kill myself", 'i shouldnt hurt myself', "i haven't self harmed", 'he wisnae suicidal', 'i\u2019m fine, i wouldn\u2019t hurt myself']) {
      const decision = await understanding.understand({ text, audience: 'public' });
      assert.notEqual(decision.kind === 'answer' && decision.topicId, 'crisis', text);
    }
  });

  it('does not answer a bare reply ("not now", "no im not", "i dont know") as a question, least of all with the crisis answer', async () => {
    for (const text of ['not now', 'no im not', 'i dont know']) {
      const decision = await understanding.understand({ text, audience: 'public' });
      assert.equal(decision.kind, 'none', `${text}: ${JSON.stringify(decision)}`);
    }
    assert.equal((await understanding.understand({ text: 'am i in it', audience: 'public' })).kind, 'answer', 'a short question still asks');
  });

  it('reads "i am not ok" as how the person is, not a bare reply: the crisis answer or the safety check-in, never a plain fallback', async () => {
    for (const text of ['i am not ok', 'im not ok', 'not ok', "i'm not okay", "i'm not well", 'no i am not ok']) {
      const decision = await understanding.understand({ text, audience: 'public' });
      assert.ok((decision.kind === 'answer' && decision.topicId === 'crisis') || decision.checkIn === true, `${text}: ${JSON.stringify(decision)}`);
    }
  });

  it('reads risk after a "no" that answers something as risk ("no, i want to kill myself"), not as a disclaimer', async () => {
    for (const text of ['no, i want to kill myself', 'no im not ok i want to die']) {
      const decision = await understanding.understand({ text, audience: 'public' });
      assert.equal(decision.kind === 'answer' && decision.topicId, 'crisis', text);
    }
  });

  it('reads "end up" and "jumping through hoops" as the idioms they are, not as crisis wording', async () => {
    const decision = await understanding.understand({ text: "you'll end up jumping through hoops to get anything changed", audience: 'public' });
    assert.notEqual(decision.kind === 'answer' && decision.topicId, 'crisis', JSON.stringify(decision));
  });

  const outOfScope = [
    'can i get a repeat prescription',
    'what time is visiting at the infirmary',
    'who won the football',
    'asdfghjkl',
    // Someone else's breach or helpline, however much it sounds like ours.
    'am i affected by the yahoo data breach',
    'when was the equifax hack',
  ];
  for (const text of outOfScope) {
    it(`says "${text}" is out of scope instead of guessing`, async () => {
      assert.equal((await understanding.understand({ text, audience: 'public' })).kind, 'none');
    });
  }

  it('never ranks a staff topic for the public, even for a staff question', () => {
    const staffIds = new Set(kb.topics.filter((t) => t.audience === 'staff').map((t) => t.id));
    const ranked = recognizer.recognizeSync('a journalist rang me on the ward what do i say', 'public').ranked;
    assert.ok(ranked.every((s) => !staffIds.has(s.topicId)));
    const staffRanked = recognizer.recognizeSync('a journalist rang me on the ward what do i say', 'staff').ranked;
    assert.equal(staffRanked[0]?.topicId, 'staff-media-enquiries');
  });

  it('says a staff-only question asked on the public side is out of scope, and answers it for staff', async () => {
    const text = 'a newspaper reporter rang me at work wanting a quote about the hack';
    assert.equal((await understanding.understand({ text, audience: 'public' })).kind, 'none');
    const staff = await understanding.understand({ text, audience: 'staff' });
    assert.equal(staff.kind === 'answer' && staff.topicId, 'staff-media-enquiries');
  });

  it('answers a dosing question as ordinary, not as a crisis', async () => {
    const decision = await understanding.understand({ text: 'can i take ibuprofen with paracetamol', audience: 'public' });
    assert.notEqual(decision.kind === 'answer' && decision.topicId, 'crisis');
  });

  it('answers a tapped button (a topic title) directly', async () => {
    const title = kb.topics.find((t) => t.id === 'data-rights')?.title ?? '';
    const decision = await understanding.understand({ text: title, audience: 'public' });
    assert.deepEqual([decision.kind, decision.kind === 'answer' && decision.topicId], ['answer', 'data-rights']);
  });

  it('reads a short follow-up in the context of the previous answer', async () => {
    const decision = await understanding.understand({ text: 'and on sundays?', audience: 'public', previousTopicId: 'helpline' });
    assert.deepEqual([decision.kind, decision.kind === 'answer' && decision.topicId, decision.via], ['answer', 'helpline', 'context']);
    const without = await understanding.understand({ text: 'and on sundays?', audience: 'public' });
    assert.notEqual(without.kind === 'answer' && without.topicId, 'helpline');
  });

  it('answers the main question and offers the second one asked in the same message', async () => {
    const decision = await understanding.understand({ text: 'what is the helpline number and was a ransom paid', audience: 'public' });
    assert.equal(decision.kind === 'answer' && decision.topicId, 'helpline');
    assert.equal(decision.alsoAsked, 'ransom');
  });

  it('answers both questions when each half of the message clearly asks one, instead of "did you mean"', async () => {
    const text = 'who hacked us and did they get paid';
    // Read whole, the two topics score alike (fixed here: how close they come moves with every knowledge-base edit)...
    const whole: Recognizer = { recognize: async () => ({ ranked: [{ topicId: 'who-is-responsible', score: 0.4 }, { topicId: 'ransom', score: 0.39 }], outOfScope: 0.1 }) };
    assert.equal(decide(await whole.recognize(text, 'public'), DEFAULT_THRESHOLDS).kind, 'clarify');
    // ...but each clause, read by the real recogniser, asks one of them: the first is answered, the other offered.
    const twoClauses = new MessageUnderstanding({ recognizer: whole, auxiliary: recognizer, knowledgeBase: kb });
    const decision = await twoClauses.understand({ text, audience: 'public' });
    assert.equal(decision.kind === 'answer' && decision.topicId, 'who-is-responsible');
    assert.equal(decision.alsoAsked, 'ransom');
  });

  it('answers the question, with support offered beside it, when one clause tells a feeling and the other asks', async () => {
    const text = "someone texted me 'we know what you did' with a link. im not scared, im raging. where do i report it";
    // Read whole, support and reporting score alike (fixed here), support a little higher.
    const whole: Recognizer = { recognize: async () => ({ ranked: [{ topicId: 'emotional-support', score: 0.37 }, { topicId: 'report-scam', score: 0.35 }], outOfScope: 0 }) };
    const twoClauses = new MessageUnderstanding({ recognizer: whole, auxiliary: recognizer, knowledgeBase: kb });
    const decision = await twoClauses.understand({ text, audience: 'public' });
    assert.equal(decision.kind === 'answer' && decision.topicId, 'report-scam');
    assert.equal(decision.alsoAsked, 'emotional-support');
  });

  it('never demotes the crisis answer to an "also asked" button when one clause asks for it', async () => {
    // Neither clause trips the safety check; read whole, crisis and who-did-it score alike.
    for (const text of ["i'm at the end of my rope. who did this", "i'm on the bridge now and who did this"]) {
      const decision = await understanding.understand({ text, audience: 'public' });
      assert.notEqual(decision.alsoAsked, 'crisis', text);
      if (decision.kind === 'answer') assert.equal(decision.topicId, 'crisis', text);
    }
  });

  it('answers the question, not the greeting, when a message opens with hello', async () => {
    const decision = await understanding.understand({ text: 'hi there. who did this', audience: 'public' });
    assert.equal(decision.kind === 'answer' && decision.topicId, 'who-is-responsible');
    assert.equal(decision.alsoAsked, undefined);
  });

  it('reads "i\'m not in any danger" as the person saying they are safe (as "i\'m not suicidal" is): support, no second check-in; safe only for now is still a crisis', async () => {
    for (const text of ["i'm not in any danger", "i'm not at risk, am i"]) {
      const decision = await understanding.understand({ text, audience: 'public' });
      assert.notEqual(decision.kind === 'answer' && decision.topicId, 'crisis', text);
      assert.equal(decision.checkIn, undefined, text);
    }
    const forNow = await understanding.understand({ text: 'im not in any danger at the moment but he said hes coming back tonight', audience: 'public' });
    assert.equal(forNow.kind === 'answer' && forNow.topicId, 'crisis');
  });

  it('reads "no harm to myself, just raging" as safety said, and answers the question beside it; an end said beside it is still a crisis', async () => {
    const decision = await understanding.understand({ text: 'im ok, no harm to myself, just raging. who is investigating this', audience: 'public' });
    assert.equal(decision.kind === 'answer' && decision.topicId, 'police-investigation');
    const withAnEnd = await understanding.understand({ text: 'i wont hurt myself but i want to die', audience: 'public' });
    assert.equal(withAnEnd.kind === 'answer' && withAnEnd.topicId, 'crisis');
  });

  it('safe from others but not from oneself, or safe and pills already taken, is no disclaimer: the check-in is still asked', async () => {
    for (const text of ["i'm not in any danger from anyone else, only myself", "i'm not at risk of anything except myself", "not in danger, i've already taken them"]) {
      const decision = await understanding.understand({ text, audience: 'public' });
      assert.ok((decision.kind === 'answer' && decision.topicId === 'crisis') || decision.checkIn !== undefined, text);
    }
  });

  it('offers a person asked for beside a complaint that alone reads as out of scope, and only a person', async () => {
    const asked = await understanding.understand({ text: 'this thing is useless, just put me through to someone', audience: 'public' });
    assert.equal(asked.kind === 'answer' && asked.topicId, 'human');
    const elsewhere = await understanding.understand({ text: 'my gp surgery never puts me through to anyone, its a joke', audience: 'public' });
    assert.equal(elsewhere.kind, 'none');
  });

  it('never offers a person to someone who has just said they do not want one, whatever else the message says', async () => {
    for (const text of ['no i dont want a human, this bot is useless', 'i dont want to talk to a person, just tell me the number']) {
      const decision = await understanding.understand({ text, audience: 'public' });
      assert.notEqual(decision.kind === 'answer' && decision.topicId, 'human', text);
    }
  });

  it('does not read a statement joined by "and" as a second question', async () => {
    const decision = await understanding.understand({ text: 'i got a scam email and have reported it to the police', audience: 'public' });
    assert.equal(decision.kind === 'answer' && decision.topicId, 'report-scam');
    assert.equal(decision.alsoAsked, undefined);
  });

  it('is deterministic: the same knowledge base gives the same scores', () => {
    const again = new EmbeddedRecognizer(kb);
    const text = 'what should i do to protect myself from scammers';
    assert.deepEqual(again.recognizeSync(text, 'public'), recognizer.recognizeSync(text, 'public'));
  });

  it('offers "did you mean" when the top topics are too close to call', () => {
    const decision = decide({ ranked: [{ topicId: 'a', score: 0.5 }, { topicId: 'b', score: 0.48 }, { topicId: 'c', score: 0.1 }], outOfScope: 0 }, DEFAULT_THRESHOLDS);
    assert.deepEqual(decision, { kind: 'clarify', topicIds: ['a', 'b'], score: 0.5 });
  });
});

describe('a question asked with a feeling', () => {
  let kb: KnowledgeBase;
  before(async () => {
    kb = await realKnowledgeBase();
  });
  const ranking = (...ranked: [string, number][]): Recognizer => ({ recognize: async () => ({ ranked: ranked.map(([topicId, score]) => ({ topicId, score })), outOfScope: 0 }) });

  it('answers the question and offers emotional support, instead of asking which was meant', async () => {
    const understanding = new MessageUnderstanding({ recognizer: ranking(['am-i-affected', 0.4], ['emotional-support', 0.38]), knowledgeBase: kb });
    const decision = await understanding.understand({ text: 'tell me if im in it, im beside myself', audience: 'public' });
    assert.deepEqual([decision.kind, decision.kind === 'answer' && decision.topicId, decision.alsoAsked], ['answer', 'am-i-affected', 'emotional-support']);
  });

  it('answers the question even when the feeling ranks a little higher, and offers support below it', async () => {
    const understanding = new MessageUnderstanding({ recognizer: ranking(['emotional-support', 0.39], ['children-camhs', 0.35]), knowledgeBase: kb });
    const decision = await understanding.understand({ text: 'im 15 and went to camhs, are my sessions in the leak, im scared', audience: 'public' });
    assert.deepEqual([decision.kind, decision.kind === 'answer' && decision.topicId, decision.alsoAsked], ['answer', 'children-camhs', 'emotional-support']);
  });

  it('answers the feeling, not the small talk beside it ("ok thanks, still worried though", "bye, im so scared")', async () => {
    for (const manners of ['thanks', 'goodbye', 'greeting']) {
      for (const ranked of [[[manners, 0.4], ['emotional-support', 0.38]], [['emotional-support', 0.4], [manners, 0.38]]] as [string, number][][]) {
        const understanding = new MessageUnderstanding({ recognizer: ranking(...ranked), knowledgeBase: kb });
        const decision = await understanding.understand({ text: 'ok thanks, still worried though', audience: 'public' });
        assert.deepEqual([decision.kind, decision.kind === 'answer' && decision.topicId, decision.alsoAsked], ['answer', 'emotional-support', undefined], JSON.stringify(ranked));
      }
    }
  });

  it('never leads with a topic the audience cannot see (a recogniser such as CLU may rank staff topics for the public)', async () => {
    const understanding = new MessageUnderstanding({ recognizer: ranking(['staff-data', 0.4], ['emotional-support', 0.38]), knowledgeBase: kb });
    // As the dialog sees it: a "did you mean" left with one visible choice is that answer.
    const decision = decisionForAudience(await understanding.understand({ text: 'is my data out there, im so scared', audience: 'public' }), kb, 'public');
    assert.deepEqual([decision.kind, decision.kind === 'answer' && decision.topicId, decision.alsoAsked], ['answer', 'emotional-support', undefined]);
  });

  it('lets a crisis lead, and still asks "did you mean" between two questions', async () => {
    const crisis = new MessageUnderstanding({ recognizer: ranking(['emotional-support', 0.4], ['crisis', 0.38]), knowledgeBase: kb });
    const first = await crisis.understand({ text: 'i cannae cope wi this', audience: 'public' });
    assert.deepEqual([first.kind === 'answer' && first.topicId, first.alsoAsked], ['crisis', 'emotional-support']);
    const two = new MessageUnderstanding({ recognizer: ranking(['timeline', 0.4], ['what-happened', 0.38]), knowledgeBase: kb });
    assert.equal((await two.understand({ text: 'the hack when', audience: 'public' })).kind, 'clarify');
  });
});

describe('personal data typed "to check"', () => {
  let kb: KnowledgeBase;
  before(async () => {
    kb = await realKnowledgeBase();
  });

  it('answers the question around a CHI number or date of birth instead of giving up on it', async () => {
    const understanding = buildUnderstanding(kb, { MaxMessageChars: 2000 });
    for (const text of ['check my chi number 1234567890', 'my dob is 12/03/1968 am i in the hack']) {
      const decision = await understanding.understand({ text, audience: 'public' });
      assert.equal(decision.kind === 'answer' && decision.topicId, 'am-i-affected', `${text}: ${JSON.stringify(decision)}`);
    }
  });

  it('never hands a recogniser (CLU is a cloud service) the personal data, only the numbers the bot publishes', async () => {
    const seen: string[] = [];
    const recognizer: Recognizer = { recognize: async (text) => (seen.push(text), { ranked: [], outOfScope: 1 }) };
    const understanding = new MessageUnderstanding({ recognizer, knowledgeBase: kb });
    await understanding.understand({ text: 'my chi is 0103801234 and card 4111 1111 1111 1111, is 01387 216 777 the real helpline? also what happened', audience: 'public' });
    assert.ok(seen.length > 0);
    for (const text of seen) {
      assert.doesNotMatch(text.replace(/\s/g, ''), /0103801234|4111/, text);
    }
    // Not taken out as personal data: read as the name of the line it is.
    assert.ok(seen.some((t) => /\bis\s+the helpline\s+the real helpline\b/.test(t)), 'the helpline number is read as the helpline');
  });
});

describe('recogniser caches and personal data', () => {
  it('keeps no word with a digit or @ from a message once it is answered (numbers, emails)', async () => {
    const loaded = await loadKnowledgeBase(path.join(__dirname, '../../knowledge'));
    if (!loaded.ok) throw new Error('the knowledge base must load');
    const recognizer = new EmbeddedRecognizer(loaded.knowledgeBase);
    recognizer.recognizeSync('my chi is 0103801234, ring me on 07700 900123 or mail jane.doe@example.com about the leak', 'public');
    recognizer.recognizeSync('is my data in the leak', 'public');
    // The word caches live inside the recogniser: look through all of its maps for a kept key.
    const kept: string[] = [];
    const seen = new Set<unknown>();
    const visit = (value: unknown, depth: number): void => {
      if (depth > 3 || value === null || typeof value !== 'object' || seen.has(value)) return;
      seen.add(value);
      if (value instanceof Map) {
        for (const key of value.keys()) if (typeof key === 'string' && /0103801234|07700|900123|example\.com/.test(key.replace(/\s/g, ''))) kept.push(key);
        return;
      }
      for (const child of Object.values(value)) visit(child, depth + 1);
    };
    visit(recognizer, 0);
    assert.ok(seen.size > 5, 'the walk reached the recogniser parts');
    assert.deepEqual(kept, []);
  });
});
