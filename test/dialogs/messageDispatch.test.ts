import assert from 'node:assert/strict';
import { type Activity, MemoryStorage, TestAdapter } from 'botbuilder';
import { buildBot } from '../../src/app';
import { realKnowledgeBase, realRecognizer } from '../support/realKnowledgeBase';

/** AnswerBot runs a message's handler itself, skipping ActivityHandler's dispatch, only while that handler is all there is. */
describe('message dispatch', () => {
  async function botWithAdapter() {
    const { bot } = buildBot({ config: { MaxMessageChars: 2000 }, knowledgeBase: await realKnowledgeBase(), storage: new MemoryStorage(), recognizer: await realRecognizer() });
    const adapter = new TestAdapter((context) => bot.run(context));
    const send = async (text: string): Promise<Partial<Activity>[]> => {
      adapter.activeQueue.splice(0);
      await adapter.receiveActivity(text);
      return adapter.activeQueue.splice(0);
    };
    return { bot, send };
  }

  it('answers a message, and still runs turn, message and dialog handlers added to the bot, in ActivityHandler order', async () => {
    const { bot, send } = await botWithAdapter();
    const first = await send('what is the helpline number');
    assert.equal((first[0]?.channelData as { topicId?: string } | undefined)?.topicId, 'helpline');

    const ran: string[] = [];
    bot.onTurn(async (_context, next) => {
      ran.push('turn');
      await next();
    });
    bot.onMessage(async (_context, next) => {
      ran.push('message');
      await next();
    });
    bot.onDialog(async (_context, next) => {
      ran.push('dialog');
      await next();
    });
    const second = await send('what is the helpline number');
    assert.deepEqual(ran, ['turn', 'message', 'dialog']);
    assert.equal((second[0]?.channelData as { topicId?: string } | undefined)?.topicId, 'helpline');
  });
});
