import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import type { Activity } from 'botbuilder';
import { findTopic, isVisibleTo, type KnowledgeBase } from '../../src/knowledge/knowledgeBase';
import type { Audience, Topic } from '../../src/knowledge/topicSchema';
import { HELPLINE, messages } from '../../src/messages';
import type { Recognition, Recognizer } from '../../src/recognition/recognizer';
import { linkify } from '../../src/rendering/linkify';
import { KNOWLEDGE_DIR, realKnowledgeBase, realRecognizer } from '../support/realKnowledgeBase';
import { BotConversation, buttonTitles, topicIdOf } from './botConversation';

/** Topic ids are file names (the loader enforces it), so the table can be built before loading. */
const TOPIC_IDS = readdirSync(KNOWLEDGE_DIR)
  .filter((name) => name.endsWith('.md') && !name.startsWith('README'))
  .map((name) => name.slice(0, -'.md'.length))
  .sort();

const HELPLINE_LINK = '[01387 216 777](tel:+441387216777)';
/** UK phone numbers as they appear in answers; after links are removed none may be left bare. */
const BARE_PHONE = /(?<![\d+])0\d{3,4} ?\d{3} ?\d{3,4}(?!\d)/;
const MARKDOWN_LINK = /\[[^\]]*\]\([^)]*\)/g;

/** A recogniser that returns a fixed ranking, to put the dialog in a chosen state. */
function fixedRecognizer(ranked: Recognition['ranked'], outOfScope = 0): Recognizer {
  return { recognize: async () => ({ ranked, outOfScope }) };
}

/** A recogniser with a chosen ranking for some messages; the rest are not understood. */
function fixedByText(rank: (text: string) => Recognition['ranked'] | undefined): Recognizer {
  return { recognize: async (text) => { const ranked = rank(text); return ranked ? { ranked, outOfScope: 0 } : { ranked: [], outOfScope: 0.9 }; } };
}

function assertAnswers(reply: Partial<Activity>, topic: Topic, audience: Audience, kb: KnowledgeBase): void {
  assert.equal(topicIdOf(reply), topic.id, `expected the answer of ${topic.id}, got ${topicIdOf(reply) ?? JSON.stringify(reply.text?.slice(0, 80))}`);
  assert.ok(reply.text?.startsWith(linkify(topic.answer)), `${topic.id}: the reply text is not the topic's answer`);
  const titles = buttonTitles(reply);
  for (const id of topic.followUps) {
    const followUp = findTopic(kb, id);
    assert.ok(followUp, `${topic.id} follows up unknown ${id}`);
    if (isVisibleTo(followUp, audience)) assert.ok(titles.includes(followUp.title), `${topic.id}: follow-up "${followUp.title}" not offered (${titles.join(' | ')})`);
    else assert.ok(!titles.includes(followUp.title), `${topic.id}: staff follow-up offered to the public`);
  }
  assert.doesNotMatch((reply.text ?? '').replace(MARKDOWN_LINK, ''), BARE_PHONE, `${topic.id}: a phone number is not a tel: link`);
}

describe('main dialog (TestAdapter, bot wired as in app.ts)', () => {
  let kb: KnowledgeBase;
  let embedded: Recognizer;
  before(async () => {
    kb = await realKnowledgeBase();
    embedded = await realRecognizer();
  });
  /** A new conversation with the real recogniser unless the test brings its own. */
  const talk = (options: { audience?: Audience; recognizer?: Recognizer } = {}) =>
    new BotConversation({ knowledgeBase: kb, recognizer: embedded, ...options });

  it('the table covers every topic in knowledge/', () => {
    assert.deepEqual(TOPIC_IDS, kb.topics.map((t) => t.id).sort());
  });

  describe('every topic answers its title and its own question, for its audience, with its follow-ups', () => {
    for (const id of TOPIC_IDS) {
      it(id, async () => {
        const topic = findTopic(kb, id);
        assert.ok(topic);
        const audience = topic.audience;
        const conversation = talk({ audience });
        for (const text of [topic.title, topic.questions[0] as string]) {
          const reply = await conversation.ask(text);
          assertAnswers(reply, topic, audience, kb);
        }
        // Tapping each offered follow-up sends its title back, which answers that topic.
        const offered = (await conversation.ask(topic.title)).suggestedActions?.actions ?? [];
        for (const action of offered) {
          const target = kb.topics.find((t) => t.title === action.title);
          if (!target) continue; // e.g. a "Talk to a person" phrase that is not a title
          const reply = await conversation.ask(String(action.value));
          assertAnswers(reply, target, audience, kb);
        }
      });
    }
  });

  it('never answers a staff topic, or offers one, to the public', async () => {
    const staffTopics = kb.topics.filter((t) => t.audience === 'staff');
    assert.ok(staffTopics.length > 0);
    const staffIds = new Set(staffTopics.map((t) => t.id));
    const staffTitles = new Set(staffTopics.map((t) => t.title));
    const conversation = talk({ audience: 'public' });
    for (const topic of staffTopics) {
      for (const text of [topic.title, ...topic.questions]) {
        for (const reply of await conversation.send(text)) {
          const label = `${JSON.stringify(text)} → ${topicIdOf(reply) ?? reply.text?.slice(0, 60)}`;
          assert.ok(!staffIds.has(topicIdOf(reply) ?? ''), `staff answer for the public: ${label}`);
          assert.ok(!buttonTitles(reply).some((t) => staffTitles.has(t)), `staff button for the public: ${label}`);
          const clarify = (reply.channelData as { clarify?: string[] } | undefined)?.clarify ?? [];
          assert.ok(!clarify.some((c) => staffIds.has(c)), `staff choice for the public: ${label}`);
        }
      }
    }
  });

  it('keeps staff topics from the public even when a recogniser ranks them', async () => {
    const staff = kb.topics.find((t) => t.audience === 'staff') as Topic;
    const asAnswer = talk({ recognizer: fixedRecognizer([{ topicId: staff.id, score: 0.99 }]) });
    const reply = await asAnswer.ask('something only staff would ask');
    assert.equal(topicIdOf(reply), undefined);
    assert.ok(reply.text?.includes(HELPLINE), 'the public gets the fallback, not the staff answer');

    const ranked = [staff.id, 'helpline', 'more-information'].map((topicId) => ({ topicId, score: 0.9 }));
    const asChoice = talk({ recognizer: fixedRecognizer(ranked) });
    const clarify = await asChoice.ask('something vague');
    assert.deepEqual(buttonTitles(clarify), ['helpline', 'more-information'].map((id) => findTopic(kb, id)?.title));
  });

  it('after a fallback, asks gently whether the person is safe when the crisis topic ranked second (no person to offer here)', async () => {
    const conversation = talk({ recognizer: fixedRecognizer([{ topicId: 'what-happened', score: 0.3 }, { topicId: 'crisis', score: 0.28 }, { topicId: 'timeline', score: 0.27 }], 0.9) });
    const [fallback, checkIn, ...rest] = await conversation.send('i cannae see a way past the weekend');
    assert.equal(fallback?.text, linkify(messages.fallback));
    assert.deepEqual(rest, []);
    assert.equal(checkIn?.text, linkify(messages.checkIn), 'without hand-off, no offer of a person');
    assert.deepEqual(buttonTitles(checkIn ?? {}), [findTopic(kb, 'crisis')?.title]);
    assertAnswers(await conversation.ask(String(checkIn?.suggestedActions?.actions[0]?.value)), findTopic(kb, 'crisis') as Topic, 'public', kb);
  });

  it('a message that starts with "no" but says more still gets the check-in ("no, i cannae see a way past the weekend")', async () => {
    // The "no" answers the previous reply; the rest is what the recogniser ranks with the urgent-help topic.
    const leans = (text: string) => text.includes('weekend') || text === 'no';
    const ranked = (text: string) => (leans(text) ? [{ topicId: 'what-happened', score: 0.3 }, { topicId: 'crisis', score: 0.28 }] : [{ topicId: 'what-happened', score: 0.9 }]);
    const recognizer: Recognizer = { recognize: async (text) => ({ ranked: ranked(text), outOfScope: leans(text) ? 0.9 : 0 }) };
    const conversation = talk({ recognizer });
    assert.equal(topicIdOf(await conversation.ask('what happened')), 'what-happened');
    const replies = await conversation.send('no, i cannae see a way past the weekend');
    assert.equal(replies.at(-1)?.text, linkify(messages.checkIn), replies.map((r) => r.text).join(' | '));
    // A bare "no" is an answer, with nothing else to read: no check-in, though ranked alike.
    const bare = talk({ recognizer });
    assert.equal(topicIdOf(await bare.ask('what happened')), 'what-happened');
    const [ack, ...rest] = await bare.send('no');
    assert.deepEqual(rest, [], 'no check-in after a bare no');
    assert.equal(ack?.text, linkify(messages.acknowledged));
  });

  describe('without hand-off (no agents), a reply to the check-in or an offer is remembered, never a dead end', () => {
    /** Answers "what happened"; a message about the weekend also ranks the urgent-help topic second. */
    const checkInOnWeekend = () =>
      fixedByText((text) => (text.includes('weekend') ? [{ topicId: 'what-happened', score: 0.5 }, { topicId: 'crisis', score: 0.3 }] : undefined));

    it('"yes" after the check-in gives the urgent-help answer with its phone numbers', async () => {
      for (const yes of ['yes', 'yeah', 'aye']) {
        const conversation = talk({ recognizer: checkInOnWeekend() });
        const [answer, checkIn] = await conversation.send('what happened, i cannae see a way past the weekend');
        assert.equal(topicIdOf(answer ?? {}), 'what-happened');
        assert.equal(checkIn?.text, linkify(messages.checkIn));
        const reply = await conversation.ask(yes);
        assertAnswers(reply, findTopic(kb, 'crisis') as Topic, 'public', kb);
        assert.match(reply.text ?? '', /999/);
        assert.match(reply.text ?? '', /116 123/);
      }
    });

    it('"no" after the check-in keeps the numbers, briefly; "yes" after the urgent-help answer does not repeat it but gives the numbers and the helpline', async () => {
      const conversation = talk({ recognizer: checkInOnWeekend() });
      await conversation.send('what happened, i cannae see a way past the weekend');
      const no = await conversation.ask('no');
      assert.match(no.text ?? '', /999.*116 123/s);
      assert.doesNotMatch(no.text ?? '', /harming yourself/, 'not the check-in again');

      const afterCrisis = talk();
      assert.equal(topicIdOf(await afterCrisis.ask('i want to end my life')), 'crisis');
      const yes = await afterCrisis.ask('yes');
      assert.notEqual(topicIdOf(yes), 'crisis', 'the urgent-help answer again');
      assert.match(yes.text ?? '', /999.*116 123/s);
      assert.ok(yes.text?.includes(HELPLINE_LINK), yes.text);
    });

    it('a second failure to understand with a check-in on the same turn: the helpline offered once, the check-in without a question', async () => {
      // Neither message is understood; the second also ranks the urgent-help topic second.
      const ranked = (text: string) => (text.includes('weekend') ? [{ topicId: 'what-happened', score: 0.3 }, { topicId: 'crisis', score: 0.28 }] : []);
      const conversation = talk({ recognizer: { recognize: async (text) => ({ ranked: ranked(text), outOfScope: 0.9 }) } });
      await conversation.send('blah');
      const [fallback, checkIn, ...rest] = await conversation.send('i cannae see a way past the weekend');
      assert.deepEqual(rest, []);
      assert.equal(checkIn?.text, linkify(messages.checkIn));
      assert.equal(`${fallback?.text} ${checkIn?.text}`.match(/talk to a person/gi)?.length, 1, `${fallback?.text} ${checkIn?.text}`);
      assert.deepEqual(buttonTitles(checkIn ?? {}), [findTopic(kb, 'crisis')?.title, messages.talkToPerson]);
    });

    it('"yes" to the person offered after two failures to understand gives the helpline (the person there is)', async () => {
      const conversation = talk({ recognizer: fixedRecognizer([], 0.9) });
      await conversation.send('blah');
      const second = await conversation.ask('blah blah');
      assert.deepEqual(buttonTitles(second), [messages.talkToPerson]);
      assert.equal(topicIdOf(await conversation.ask('yes')), 'human');
    });
  });

  describe('staff (Teams) get the safety check-in too: staff are people too, and the same risk wording can be missed', () => {
    const staffSupport = () => findTopic(kb, 'staff-wellbeing') as Topic;

    it('the same wording (999, Samaritans), with the staff wellbeing route offered after the urgent-help button', async () => {
      const conversation = talk({ audience: 'staff', recognizer: fixedRecognizer([{ topicId: 'what-happened', score: 0.5 }, { topicId: 'crisis', score: 0.3 }]) });
      const [answer, checkIn, ...rest] = await conversation.send("what happened, i can't face going in any more");
      assert.deepEqual(rest, []);
      assert.equal(topicIdOf(answer ?? {}), 'what-happened', 'the question is still answered');
      assert.ok(!buttonTitles(answer ?? {}).includes(staffSupport().title), 'the answer does not offer it itself');
      assert.equal(checkIn?.text, linkify(messages.checkIn));
      const titles = buttonTitles(checkIn ?? {});
      assert.deepEqual(titles.slice(0, 2), [findTopic(kb, 'crisis')?.title, staffSupport().title]);
      assert.equal(new Set(titles).size, titles.length, `a button twice: ${titles.join(' | ')}`);
      assert.ok(buttonTitles(answer ?? {}).every((t) => titles.includes(t)), "the answer's buttons stay");
      assertAnswers(await conversation.ask(staffSupport().title), staffSupport(), 'staff', kb);
    });

    it('after the staff wellbeing answer itself, it is not offered twice', async () => {
      const conversation = talk({ audience: 'staff', recognizer: fixedRecognizer([{ topicId: 'staff-wellbeing', score: 0.5 }, { topicId: 'crisis', score: 0.3 }]) });
      const [, checkIn] = await conversation.send("i'm struggling at work since the breach, what's the point");
      const titles = buttonTitles(checkIn ?? {});
      assert.equal(titles.filter((t) => t === staffSupport().title).length, titles.includes(staffSupport().title) ? 1 : 0, titles.join(' | '));
    });

    it('the public are never offered the staff route', async () => {
      const conversation = talk({ recognizer: fixedRecognizer([{ topicId: 'what-happened', score: 0.5 }, { topicId: 'crisis', score: 0.3 }]) });
      const [, checkIn] = await conversation.send('what happened, its all too much');
      assert.ok(!buttonTitles(checkIn ?? {}).includes(staffSupport().title));
    });
  });

  it('the check-in, sent last, keeps the answer\'s buttons (Web Chat shows only the last reply\'s), after its own', async () => {
    const conversation = talk({ recognizer: fixedRecognizer([{ topicId: 'what-happened', score: 0.5 }, { topicId: 'crisis', score: 0.3 }]) });
    const [answer, checkIn, ...rest] = await conversation.send('what happened, its all too much');
    assert.deepEqual(rest, []);
    assert.ok(buttonTitles(answer ?? {}).length > 0, 'the answer has buttons of its own');
    assert.deepEqual(buttonTitles(checkIn ?? {}), [findTopic(kb, 'crisis')?.title, ...buttonTitles(answer ?? {})]);
  });

  describe('a bare "no", "not now" or "ok" after an answer', () => {
    const crisisAnswer = () => linkify((findTopic(kb, 'crisis') as Topic).answer);

    it('is acknowledged briefly, not answered with the previous answer again, and does not count as a failure to understand', async () => {
      const conversation = talk();
      const helpline = await conversation.ask("what's the helpline number?");
      assert.equal(topicIdOf(helpline), 'helpline');
      for (const reply of ['no', 'not now', 'nope', 'ok']) {
        const [ack, ...rest] = await conversation.send(reply);
        assert.deepEqual(rest, [], reply);
        assert.notEqual(topicIdOf(ack ?? {}), 'helpline', `${reply}: the helpline answer again`);
        assert.ok(!(ack?.text ?? '').includes(linkify((findTopic(kb, 'helpline') as Topic).answer)), `${reply}: ${ack?.text}`);
        assert.ok(!(ack?.text ?? '').startsWith("Sorry, I can't help"), `${reply}: a fallback, as if not understood`);
        assert.ok(!buttonTitles(ack ?? {}).includes(messages.talkToPerson), `${reply}: a person offered, as after two failures`);
      }
      // The conversation goes on: a follow-up still reads with the topic, a question is answered.
      assert.equal(topicIdOf(await conversation.ask('and on sundays?')), 'helpline');
      assert.equal(topicIdOf(await conversation.ask('who did this')), 'who-is-responsible');
    });

    it('after the urgent-help answer: no repeat of it, the 999 and Samaritans lines kept short, and a person still offered (here, the helpline)', async () => {
      for (const reply of ['no', 'not now', 'not right now', 'nah']) {
        const conversation = talk();
        assert.equal(topicIdOf(await conversation.ask('i want to end my life')), 'crisis');
        const [ack, ...rest] = await conversation.send(reply);
        assert.deepEqual(rest, [], reply);
        const text = ack?.text ?? '';
        assert.ok(!text.includes(crisisAnswer()), `${reply}: the urgent-help answer again`);
        assert.ok(text.length < crisisAnswer().length, `${reply}: longer than the answer it follows`);
        assert.match(text, /999/, reply);
        assert.match(text, /116 123/, reply);
        assert.ok(text.includes(HELPLINE_LINK), `${reply}: a person (the helpline) is still offered: ${text}`);
        assert.deepEqual(buttonTitles(ack ?? {}), [findTopic(kb, 'crisis')?.title], `${reply}: the full urgent-help answer stays a tap away`);
      }
    });
  });

  describe('"did you mean…"', () => {
    for (const count of [2, 3]) {
      it(`offers ${count} choices as suggested actions when ${count} topics score alike, and a tap answers one`, async () => {
        const ids = ['am-i-affected', 'data-published', 'what-to-do', 'helpline'];
        // Equal scores are too close to call whatever the thresholds; the rest score far below.
        const ranked = ids.map((topicId, i) => ({ topicId, score: i < count ? 0.9 : 0.01 }));
        const conversation = talk({ recognizer: fixedRecognizer(ranked) });
        const reply = await conversation.ask('my details');
        assert.equal(reply.text, messages.clarify);
        const titles = ids.slice(0, count).map((id) => findTopic(kb, id)?.title);
        assert.deepEqual(buttonTitles(reply), titles);
        const chosen = reply.suggestedActions?.actions[1];
        assert.ok(chosen);
        assertAnswers(await conversation.ask(String(chosen.value)), findTopic(kb, ids[1] as string) as Topic, 'public', kb);
      });
    }

    it('never offers more than three choices', async () => {
      const ranked = ['am-i-affected', 'data-published', 'what-to-do', 'helpline'].map((topicId) => ({ topicId, score: 0.9 }));
      const reply = await talk({ recognizer: fixedRecognizer(ranked) }).ask('hmm');
      assert.equal(buttonTitles(reply).length, 3);
    });
  });

  describe('fallback', () => {
    const outOfScope = ['can you recommend a good pizza recipe', "what's the weather going to be like in Paris tomorrow"];

    it('says what it can help with and gives the helpline; the second in a row offers a person', async () => {
      const conversation = talk();
      const first = await conversation.ask(outOfScope[0] as string);
      assert.equal(topicIdOf(first), undefined);
      assert.ok(first.text?.includes(HELPLINE_LINK), first.text);
      assert.ok(!buttonTitles(first).includes(messages.talkToPerson));

      const second = await conversation.ask(outOfScope[1] as string);
      assert.ok(second.text?.includes(HELPLINE_LINK), second.text);
      assert.notEqual(second.text, first.text);
      assert.deepEqual(buttonTitles(second), [messages.talkToPerson]);

      const person = await conversation.ask(messages.talkToPerson);
      assert.equal(topicIdOf(person), 'human');
      assert.ok(person.text?.includes(HELPLINE_LINK), 'until hand-off exists, a person means the helpline');
    });

    it('an answer in between starts the count again', async () => {
      const conversation = talk();
      const first = await conversation.ask(outOfScope[0] as string);
      assert.equal(topicIdOf(await conversation.ask("what's the helpline number?")), 'helpline');
      const again = await conversation.ask(outOfScope[1] as string);
      assert.equal(again.text, first.text, 'a first fallback again, not the second');
      assert.deepEqual(buttonTitles(again), []);
    });
  });

  describe('welcome', () => {
    it('greets a person who joins, with three suggested questions', async () => {
      const conversation = talk();
      const reply = await conversation.ask({ type: 'conversationUpdate', membersAdded: [{ id: 'user-1', name: 'Someone' }] });
      const greeting = findTopic(kb, 'greeting') as Topic;
      assert.equal(reply.text, linkify(greeting.answer));
      assert.deepEqual(buttonTitles(reply), messages.welcomeSuggestions.map((id) => findTopic(kb, id)?.title));
    });

    it("says nothing when only the bot joins", async () => {
      const conversation = talk();
      const replies = await conversation.send({ type: 'conversationUpdate', membersAdded: [{ id: conversation.botId, name: 'Bot' }] });
      assert.deepEqual(replies, []);
    });
  });

  describe('bad input', () => {
    const noText: [string, Partial<Activity>][] = [
      ['empty text', { type: 'message', text: '' }],
      ['whitespace', { type: 'message', text: '  \n\t ' }],
      ['an attachment without text', { type: 'message', attachments: [{ contentType: 'image/png', contentUrl: 'https://example.org/a.png' }] }],
    ];
    for (const [name, activity] of noText) {
      it(`${name} gets the polite "typed messages" reply`, async () => {
        const reply = await talk().ask(activity);
        assert.equal(reply.text, messages.noText);
      });
    }

    it('a 100,000-character message is answered from its start, with the long-message note', async () => {
      const text = "what's the helpline number? ".repeat(4000).slice(0, 100_000);
      assert.equal(text.length, 100_000);
      const replies = await talk().send(text);
      assert.deepEqual(
        replies.map((r) => topicIdOf(r) ?? r.text),
        [messages.longMessage, 'helpline'],
      );
    });

    it('a long story that speaks of risk only after the part the recogniser reads gets the crisis answer', async () => {
      const story = 'My records were in the leak and I keep reading about it and I have not slept properly in weeks. '.repeat(40);
      assert.ok(story.length > 3000);
      const replies = await talk().send(`${story} honestly i dont want to be here anymore`);
      assert.deepEqual(
        replies.map((r) => topicIdOf(r) ?? r.text),
        [messages.longMessage, 'crisis'],
      );
    });

    for (const activity of [{ type: 'typing' }, { type: 'event', name: 'webchat/join', value: {} }, { type: 'messageReaction', reactionsAdded: [{ type: 'like' }] }]) {
      it(`a ${activity.type} activity gets no reply and no error`, async () => {
        assert.deepEqual(await talk().send(activity), []);
      });
    }
  });

  it('phone numbers in answers are tel: links', async () => {
    const reply = await talk().ask("what's the helpline number?");
    assert.ok(reply.text?.includes(HELPLINE_LINK), reply.text);
  });
});
