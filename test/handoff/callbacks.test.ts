import assert from 'node:assert/strict';
import type { Storage } from 'botbuilder';
import { CallbackRequests } from '../../src/handoff/callbacks';
import { validateFirstName } from '../../src/handoff/firstName';
import { validateUkPhoneNumber } from '../../src/handoff/ukPhoneNumber';
import { handoffMessages } from '../../src/messages';
import { ManualClock, storageKinds } from './handoffFixtures';

describe('callback phone numbers', () => {
  const good: [string, string][] = [
    ['07700 900123', '+447700900123'],
    ['07700-900-123', '+447700900123'],
    ['+44 7700 900123', '+447700900123'],
    ['+44 (0)7700 900123', '+447700900123'],
    ['0044 7700 900123', '+447700900123'],
    ['447700900123', '+447700900123'],
    ['(01387) 216777', '+441387216777'],
    ['01387 216 777', '+441387216777'],
    ['016977 4567', '+44169774567'],
    ['020 7946 0018', '+442079460018'],
    ['0300 123 1234', '+443001231234'],
    ['07624 123456', '+447624123456'],
  ];
  for (const [input, e164] of good) {
    it(`accepts ${input} as ${e164}`, () => {
      assert.deepEqual(validateUkPhoneNumber(input), { ok: true, e164 });
    });
  }

  const bad: [string, keyof typeof handoffMessages.phoneProblem][] = [
    ['', 'empty'],
    ['   ', 'empty'],
    ['call me on my mobile', 'not-a-number'],
    ['07700 900123 ext 4', 'not-a-number'],
    ['07700.900.123', 'not-a-number'],
    ['999', 'too-short'],
    ['111', 'too-short'],
    ['116 123', 'too-short'],
    ['0770 090012', 'too-short'],
    ['077009001234', 'too-long'],
    ['0909 879 0000', 'premium'],
    ['0871 234 5678', 'premium'],
    ['0845 123 4567', 'premium'],
    ['070 1234 5678', 'premium'],
    ['+33 1 23 45 67 89', 'foreign'],
    ['001 212 555 0100', 'foreign'],
    ['+1 212 555 0100', 'foreign'],
    ['0800 123 4567', 'not-supported'],
    ['07600 123456', 'not-supported'],
    ['0500 123456', 'not-supported'],
  ];
  for (const [input, problem] of bad) {
    it(`refuses "${input}" (${problem}) with a message to show`, () => {
      const result = validateUkPhoneNumber(input);
      assert.equal(result.ok, false);
      assert.equal(!result.ok && result.problem, problem);
      assert.equal(!result.ok && result.message, handoffMessages.phoneProblem[problem]);
    });
  }
});

describe('callback first names', () => {
  const cases: [string, string | keyof typeof handoffMessages.firstNameProblem][] = [
    ['Ailsa', 'Ailsa'],
    ['  Mary-Jane ', 'Mary-Jane'],
    ["O'Neill", "O'Neill"],
    ['Anne   Marie', 'Anne Marie'],
    ['Siân', 'Siân'],
    ['', 'empty'],
    ['R2D2', 'not-a-name'],
    ['me@example.com', 'not-a-name'],
    ["--'", 'not-a-name'],
    ['a'.repeat(41), 'too-long'],
    // A sentence is not a name; an introduction leaves the name.
    ['why do you need my name', 'not-a-name'],
    ['i dont want to give it', 'not-a-name'],
    ['Mary Jo Beth', 'Mary Jo Beth'],
    ['my name is Sam', 'Sam'],
    ["I'm Ailsa", 'Ailsa'],
    ['its Mary-Jane', 'Mary-Jane'],
    ['call me Jo', 'Jo'],
    ['Imogen', 'Imogen'],
    ['Isla', 'Isla'],
    ['my name is', 'empty'],
    ['Its', 'empty'],
  ];
  for (const [input, expected] of cases) {
    it(`"${input.slice(0, 20)}" → ${expected}`, () => {
      const result = validateFirstName(input);
      if (result.ok) assert.equal(result.firstName, expected);
      else assert.equal(result.problem, expected);
    });
  }
});

for (const kind of storageKinds) {
  describe(`callback requests (${kind.name} storage)`, () => {
    let storage: Storage;
    let reopen: () => Storage;
    let cleanup: () => Promise<void>;
    let clock: ManualClock;
    let callbacks: CallbackRequests;

    beforeEach(async () => {
      ({ storage, reopen, cleanup } = await kind.make());
      clock = new ManualClock('2026-06-13T14:00:00Z');
      callbacks = new CallbackRequests({ storage, clock });
    });

    afterEach(() => cleanup());

    it('stores a valid request, lists it, and drops it once done', async () => {
      const first = await callbacks.create({ firstName: 'Ailsa', phone: '07700 900123' });
      clock.advanceMinutes(5);
      const second = await callbacks.create({ firstName: 'Rab', phone: '01387 216777', handoffId: 'h1' });
      assert.ok(first.ok && second.ok);

      const open = await new CallbackRequests({ storage: reopen(), clock }).listOpen();
      assert.deepEqual(open.map((c) => [c.firstName, c.phone, c.status]), [
        ['Ailsa', '+447700900123', 'open'],
        ['Rab', '+441387216777', 'open'],
      ]);
      assert.deepEqual(Object.keys(open[0] ?? {}).sort(), ['createdAt', 'firstName', 'id', 'phone', 'priority', 'status'], 'nothing else is kept');
      assert.equal(open[0]?.priority, 'normal');

      const done = await callbacks.complete(first.callback.id, { agent: 'alice' });
      assert.equal(done.kind === 'done' && done.callback.status, 'done');
      assert.deepEqual((await callbacks.listOpen()).map((c) => c.firstName), ['Rab']);
      assert.equal((await callbacks.complete('nope', { agent: 'alice' })).kind, 'not-found');
    });

    it('lists an urgent request first, and reads one stored before requests had a priority as normal', async () => {
      await storage.write({ 'callback/record/old': { id: 'old', createdAt: '2026-06-13T13:00:00.000Z', status: 'open', firstName: 'Jean', phone: '+447700900001', eTag: '*' } });
      await storage.write({ 'callback/open': { ids: ['old'], eTag: '*' } });
      clock.advanceMinutes(5);
      await callbacks.create({ firstName: 'Ailsa', phone: '07700 900123' });
      clock.advanceMinutes(5);
      await callbacks.create({ firstName: 'Rab', phone: '01387 216777', priority: 'urgent' });
      const open = await new CallbackRequests({ storage: reopen(), clock }).listOpen();
      assert.deepEqual(open.map((c) => [c.firstName, c.priority ?? 'absent']), [
        ['Rab', 'urgent'],
        ['Jean', 'absent'],
        ['Ailsa', 'normal'],
      ]);
    });

    it('refuses a bad request with a message for each bad field, and stores nothing', async () => {
      const result = await callbacks.create({ firstName: 'R2D2', phone: '0909 879 0000' });
      assert.equal(result.ok, false);
      assert.equal(!result.ok && result.firstName?.message, handoffMessages.firstNameProblem['not-a-name']);
      assert.equal(!result.ok && result.phone?.message, handoffMessages.phoneProblem.premium);
      assert.deepEqual(await callbacks.listOpen(), []);
    });

    it('loses no request when several arrive at once', async () => {
      const names = ['Ann', 'Bea', 'Cal', 'Dot', 'Eve', 'Fin', 'Gus', 'Hal'];
      const created = await Promise.all(names.map((firstName, i) => callbacks.create({ firstName, phone: `07700 90012${i}` })));
      assert.ok(created.every((c) => c.ok));
      assert.equal((await callbacks.listOpen()).length, 8);
    });
  });
}
