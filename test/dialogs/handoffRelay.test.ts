import assert from 'node:assert/strict';
import { HandoffEvents } from '../../src/handoff/handoffEvents';
import { HandoffJobs } from '../../src/handoff/handoffJobs';
import { handoffFlowMessages, messages } from '../../src/messages';
import { createLogger } from '../../src/observability/logger';
import { createStorage } from '../../src/storage/createStorage';
import { visitor } from '../handoff/handoffFixtures';
import { makeTempDirectory } from '../storage/tempDirectory';
import { BotConversation, topicIdOf } from './botConversation';
import { FORBIDDEN_ASKS, SUNDAY_MORNING, inLiveChat, queuedAfterConsent, setupHandoffFlow, textOf } from './handoffFlowSetup';

describe('hand-off to a person: the visitor side (TestAdapter)', () => {
  const setup = setupHandoffFlow;

  describe('relay while handed off', () => {
    it('sends messages to the hand-off, not the recogniser; the safety check still runs; "end chat" returns to the bot', async () => {
      const s = await setup();
      const conversation = s.talk();
      await queuedAfterConsent(conversation);
      const [queued] = await s.services.queue.list();
      assert.ok(queued);

      // A question the bot could answer goes to the person instead.
      assert.equal(textOf(await conversation.ask('what is the helpline number')), handoffFlowMessages.passedOn);
      const risky = await conversation.ask('i feel like ending it all');
      assert.equal(textOf(risky), handoffFlowMessages.riskWhileWaiting(1, false), 'alone in the queue: already next, not moved');

      const flagged = await s.services.queue.get(queued.id);
      assert.equal(flagged?.priority, 'urgent');
      assert.equal(flagged?.risk?.reason, 'suicide');
      assert.deepEqual(flagged?.transcript.slice(-2).map((e) => [e.from, e.text]), [
        ['visitor', 'what is the helpline number'],
        ['visitor', 'i feel like ending it all'],
      ]);

      // Typed in a hurry, the same: the relay reads a message respelt, as the bot does.
      const hurried = await conversation.ask('i want to kill myslef');
      assert.equal(textOf(hurried), handoffFlowMessages.riskWhileWaiting(1, false));

      // Asking again says where they are rather than queuing twice.
      assert.match(textOf(await conversation.ask('Talk to a person')), /already in the queue/);
      assert.equal((await s.services.queue.list()).length, 1);

      // Urgent now, and leaving before anyone has talked with them: the numbers go with them.
      assert.equal(textOf(await conversation.ask('End chat')), `${handoffFlowMessages.urgentNumbers}\n\n${handoffFlowMessages.leftQueue}`);
      assert.equal((await s.services.queue.get(queued.id))?.status, 'abandoned');
      assert.equal(topicIdOf(await conversation.ask('what is the helpline number')), 'helpline');
      assert.deepEqual(s.listener.heard, [
        'created normal',
        'visitor what is the helpline number',
        'visitor i feel like ending it all',
        'risk suicide',
        'visitor i want to kill myslef',
        'risk suicide',
        'closed abandoned visitor',
      ]);
    });

    it('risk while waiting: the visitor is told their true place (front only when first; moved up otherwise), and not told it again', async () => {
      const s = await setup();
      const [a, b, c] = ['risk-a', 'risk-b', 'risk-c'].map((id) => s.talk(id)) as [BotConversation, BotConversation, BotConversation];
      for (const conversation of [a, b, c]) {
        await queuedAfterConsent(conversation);
        s.clock.advanceMinutes(1);
      }
      const crisisNumbers = (text: string) => {
        assert.match(text, /call 999\. Samaritans are free on 116 123 at any time, and NHS 24 is on 111\./);
        assert.match(text, /I have told the team/);
        assert.doesNotMatch(text, FORBIDDEN_ASKS);
      };

      // First already: nothing to move past.
      const first = textOf(await a.ask('i feel like ending it all'));
      crisisNumbers(first);
      assert.match(first, /you are next in the queue\./);
      assert.doesNotMatch(first, /moved/);

      // Third, behind an urgent visitor: moved up past the normal one, but not to the front.
      const third = textOf(await c.ask('i want to kill myself'));
      crisisNumbers(third);
      assert.match(third, /moved up the queue: you are now number 2\./);
      assert.doesNotMatch(third, /front/);

      // Urgent now, and waiting longer than c, so b moves up to 2 and c goes back to 3.
      assert.match(textOf(await b.ask('i want to end my life')), /moved up the queue: you are now number 2\./);
      const again = textOf(await c.ask('i really want to die'));
      crisisNumbers(again);
      assert.match(again, /you are number 3 in the queue\./);
      assert.doesNotMatch(again, /moved|front/);
      assert.deepEqual((await s.services.queue.list()).map((h) => h.conversationId), ['risk-a', 'risk-b', 'risk-c']);

      // Each was told their place just now: the position job has nothing to repeat.
      const logger = createLogger({ level: 'silent' });
      const jobs = new HandoffJobs({
        queue: s.services.queue,
        notifier: { sendToVisitor: async () => assert.fail('nobody needs telling again') },
        events: new HandoffEvents([], logger),
        logger,
        settings: { HandoffQueueTimeoutMinutes: 15, AgentReminderMinutes: 5 },
      });
      assert.equal((await jobs.runOnce()).positionsTold, 0);
    });

    it('in a live chat: no acknowledgements, the agent holds it, and when the agent ends it the bot answers again', async () => {
      const s = await setup();
      const { conversation, handoffId } = await inLiveChat(s);
      assert.deepEqual(await conversation.send('hello, are you there?'), [], 'the person answers, not the bot');
      assert.equal(textOf(await conversation.ask('Talk to a person')), handoffFlowMessages.alreadyTalking);
      await s.services.queue.close(handoffId, { endedBy: 'agent', agent: 'Alice' });
      assert.equal(topicIdOf(await conversation.ask('what is the helpline number')), 'helpline');
    });

    it('a visitor ending a live chat closes it for the agent', async () => {
      const s = await setup();
      const { conversation, handoffId } = await inLiveChat(s);
      assert.equal(textOf(await conversation.ask('end chat')), handoffFlowMessages.endedChat);
      const ended = await s.services.queue.get(handoffId);
      assert.equal(ended?.status, 'closed');
      assert.equal(ended?.endedBy, 'visitor');
    });
  });

  it('survives a restart mid-flow: a new bot on the same file storage continues at the same step', async () => {
    const temp = await makeTempDirectory();
    try {
      const first = await setup({ at: SUNDAY_MORNING, storage: createStorage({ kind: 'file', path: temp.path }) });
      await queuedAfterConsent(first.talk('restart-convo'));
      await first.talk('restart-convo').send('yes');
      // "Restart": new storage handle, services and bot over the same folder.
      const second = await setup({ at: SUNDAY_MORNING, storage: createStorage({ kind: 'file', path: temp.path }) });
      const conversation = second.talk('restart-convo');
      assert.equal(textOf(await conversation.ask('Sam')), handoffFlowMessages.askPhone('Sam'));
      await conversation.send('07700 900123');
      assert.equal((await second.services.callbacks.listOpen())[0]?.firstName, 'Sam');
    } finally {
      await temp.cleanup();
    }
  });

});
