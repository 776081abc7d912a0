import assert from 'node:assert/strict';
import { HELPLINE } from '../../src/messages';
import { makeTempDirectory, type TempDirectory } from '../storage/tempDirectory';
import { type BotProcess, startBotProcess } from './support/botProcess';
import { type HeldClu, startHeldClu } from './support/heldClu';
import { Visitor } from './support/visitor';

const TOKEN_SECRET = 'drain-test-token-secret-0123456789abcdef';

describe('SIGTERM drains turns in flight (real process)', function () {
  this.timeout(90_000);
  let temp: TempDirectory;
  let clu: HeldClu;
  const bots: BotProcess[] = [];

  before(async () => {
    temp = await makeTempDirectory();
    clu = await startHeldClu('helpline');
  });
  after(async () => {
    await Promise.all(bots.map((b) => b.kill()));
    await clu?.close();
    await temp?.cleanup();
  });

  const env = (extra: Record<string, string> = {}) => ({
    StorageKind: 'file',
    StoragePath: temp.path,
    DirectLineTokenSecret: TOKEN_SECRET,
    ...extra,
  });

  it("finishes a slow turn started before SIGTERM, delivers its reply, refuses new work, then exits 0", async () => {
    const bot = await startBotProcess(
      env({ CluEndpoint: clu.endpoint, CluKey: 'stand-in-key', CluProjectName: 'nhsdg', CluDeploymentName: 'prod', CluTimeoutMs: '30000' }),
    );
    bots.push(bot);
    const visitor = await Visitor.connect(bot.base);

    // The turn waits on the CLU stand-in until released: in flight for as long as the test likes.
    const arrived = clu.arrival();
    const posted = visitor.say(bot.base, 'what is the helpline number?');
    await arrived;
    const stopped = bot.stop();

    // Draining: new requests are turned away (which is also what tells a load balancer to stop).
    let ready: Response;
    do ready = await fetch(`${bot.base}/readyz`);
    while (ready.status === 200);
    assert.equal(ready.status, 503);
    assert.equal(((await ready.json()) as { error?: { code?: string } }).error?.code, 'shutting-down');

    clu.release();
    assert.equal(await posted, 200, 'the message posted before SIGTERM was handed to the bot and answered');
    assert.equal(await stopped, 0, bot.errors());
    assert.match(bot.output(), /requests in flight finished/);

    // The reply was stored before exit: the next instance on the same storage shows it to the visitor.
    const next = await startBotProcess(env());
    bots.push(next);
    const reply = await visitor.waitForBot(next.base, (text) => text.includes(HELPLINE), 'with the helpline');
    assert.ok(reply.text?.includes(HELPLINE));
    await next.stop();
  });
});
