import { findTopic } from '../knowledge/knowledgeBase';
import { audienceSchema } from '../knowledge/topicSchema';
import { messages } from '../messages';
import { linkify } from '../rendering/linkify';
import { ReplyBuilder } from '../rendering/replyBuilder';
import { fail, loadForCli, parseArgs } from './cliSetup';

/** `npm run ask -- "question" [--audience staff]`: the decision and the answer as the bot would give it. */
async function main(): Promise<void> {
  const { positional, flags } = parseArgs(process.argv.slice(2));
  const text = positional.join(' ');
  if (text.trim() === '') fail(['Usage: npm run ask -- "your question" [--audience public|staff]']);
  const audience = audienceSchema.safeParse(flags.get('audience') ?? 'public');
  if (!audience.success) fail(['--audience must be public or staff']);

  const { understanding, knowledgeBase } = await loadForCli();
  const decision = await understanding.understand({ text, audience: audience.data });
  switch (decision.kind) {
    case 'answer': {
      const topic = findTopic(knowledgeBase, decision.topicId);
      console.log(`decision: answer ${decision.topicId} (score ${decision.score.toFixed(3)}, via ${decision.via})${decision.alsoAsked ? `, also asked ${decision.alsoAsked}` : ''}\n`);
      if (!topic) break;
      // The reply the bot sends: its answer, any "also asked" line, and its buttons.
      const reply = new ReplyBuilder(knowledgeBase).answer(topic, audience.data, { alsoAsked: decision.alsoAsked });
      console.log(reply.text ?? '');
      const buttons = (reply.suggestedActions?.actions ?? []).map((a) => `[${a.title}]`);
      if (buttons.length > 0) console.log(`\n${buttons.join(' ')}`);
      break;
    }
    case 'clarify':
      console.log(`decision: clarify ${decision.topicIds.join(', ')} (score ${decision.score.toFixed(3)})\n`);
      console.log(`${messages.clarify} ${decision.topicIds.map((id) => `[${findTopic(knowledgeBase, id)?.title ?? id}]`).join(' ')}`);
      break;
    case 'none':
      console.log(`decision: none (score ${decision.score.toFixed(3)})\n`);
      console.log(linkify(messages.fallback));
      break;
  }
  // The crisis topic ranked near the top without being the answer: the bot also asks if the person is safe.
  if (decision.checkIn) console.log(`\nthen the safety check-in: ${linkify(messages.checkIn)}`);
}

void main();
