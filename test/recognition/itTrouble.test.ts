import assert from 'node:assert/strict';
import { namesAnotherMatter } from '../../src/recognition/otherMatters';
import { wholePathUnderstanding } from '../support/wholePath';
import type { MessageUnderstanding } from '../../src/recognition/understandMessage';

// Written for this test, not taken from any evaluation set.
const TROUBLE = ['my work email password isnt working this morning', 'the ward pc login keeps failing', 'outlook keeps crashing on my laptop'];
const SUSPICIOUS = ['my login isnt working since i typed it into that weird page', 'got a dodgy email saying my password is not working and to click a link', 'my email is not working, was it the hack'];

// As the recogniser takes it: for how to report a suspicious message.
const isItTroubleNotAScam = (text: string) => namesAnotherMatter('staff-report-suspicious', text);

describe('everyday IT trouble, not a suspicious message', () => {
  for (const text of TROUBLE) it(`"${text}" is IT trouble`, () => assert.equal(isItTroubleNotAScam(text), true));
  for (const text of SUSPICIOUS) it(`"${text}" is not`, () => assert.equal(isItTroubleNotAScam(text), false));

  describe('through the whole path', () => {
    let understanding: MessageUnderstanding;
    before(async () => {
      understanding = await wholePathUnderstanding();
    });
    // Staff got how to report a suspicious message before.
    it('"sssc portal login not working" is declined for staff', async () =>
      assert.equal((await understanding.understand({ text: 'sssc portal login not working', audience: 'staff' })).kind, 'none'));
    it('"typed my login into a fake page and now it is not working" still gets how to report it', async () => {
      const decision = await understanding.understand({ text: 'typed my login into a fake page and now it is not working', audience: 'staff' });
      assert.deepEqual(decision.kind === 'answer' && decision.topicId, 'staff-report-suspicious');
    });
  });
});
