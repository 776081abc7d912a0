import assert from 'node:assert/strict';
import { withStaffTopicFirst } from '../../src/recognition/staffSide';
import type { MessageUnderstanding } from '../../src/recognition/understandMessage';
import { wholePathTopicOf, wholePathUnderstanding } from '../support/wholePath';

const staffVersionOf = new Map([['report-scam', 'staff-report-suspicious']]);
const levels = { inScope: 0.45, answer: 0.42 };

describe("staff asking what the public asks", () => {
  it('get the staff version when it ranks close to the public one', () => {
    const ranked = withStaffTopicFirst({ ranked: [{ topicId: 'report-scam', score: 0.5 }, { topicId: 'staff-report-suspicious', score: 0.42 }], outOfScope: 0 }, 'how do i report a phishing email', staffVersionOf, levels).ranked;
    assert.equal(ranked[0]?.topicId, 'staff-report-suspicious');
  });
  it('keep the public answer when the staff version is far behind', () => {
    const ranked = withStaffTopicFirst({ ranked: [{ topicId: 'report-scam', score: 0.7 }, { topicId: 'staff-report-suspicious', score: 0.2 }], outOfScope: 0 }, 'how do i report a phishing email', staffVersionOf, levels).ranked;
    assert.equal(ranked[0]?.topicId, 'report-scam');
  });
  it('get the staff version however far behind when a work mailbox or machine is named', () => {
    const far = { ranked: [{ topicId: 'report-scam', score: 0.7 }, { topicId: 'staff-report-suspicious', score: 0.2 }], outOfScope: 0 };
    assert.equal(withStaffTopicFirst(far, 'dodgy email in outlook, where do i send it', staffVersionOf, levels).ranked[0]?.topicId, 'staff-report-suspicious');
    assert.equal(withStaffTopicFirst(far, 'a phishing text on my personal phone, where do i send it', staffVersionOf, levels).ranked[0]?.topicId, 'report-scam');
  });
  it('get the staff version however far behind when a call to the ward is told', () => {
    const far = { ranked: [{ topicId: 'report-scam', score: 0.7 }, { topicId: 'staff-report-suspicious', score: 0.2 }], outOfScope: 0 };
    assert.equal(withStaffTopicFirst(far, 'a man phoned the ward saying he was from the bank and wanted card details, who do i tell', staffVersionOf, levels).ranked[0]?.topicId, 'staff-report-suspicious');
  });
  it('get the public version when their own mailbox or phone is named', () => {
    const close = { ranked: [{ topicId: 'report-scam', score: 0.43 }, { topicId: 'staff-report-suspicious', score: 0.35 }], outOfScope: 0 };
    assert.equal(withStaffTopicFirst(close, 'a dodgy email came to my home gmail, where do i forward it', staffVersionOf, levels).ranked[0]?.topicId, 'report-scam');
    const staffFirst = { ranked: [{ topicId: 'staff-report-suspicious', score: 0.39 }, { topicId: 'report-scam', score: 0.37 }], outOfScope: 0 };
    assert.equal(withStaffTopicFirst(staffFirst, 'phishing text on my personal phone, who do i tell', staffVersionOf, levels).ranked[0]?.topicId, 'report-scam');
    assert.equal(withStaffTopicFirst(close, 'a dodgy email came to my work outlook, where do i forward it', staffVersionOf, levels).ranked[0]?.topicId, 'staff-report-suspicious');
  });
  it('get the staff version however far behind when staff, and not patients too, are named as whose data it is', () => {
    const versions = new Map([['data-published', 'staff-data']]);
    const far = { ranked: [{ topicId: 'data-published', score: 0.6 }, { topicId: 'staff-data', score: 0.35 }], outOfScope: 0 };
    assert.equal(withStaffTopicFirst(far, 'did staff details get published as well', versions, levels).ranked[0]?.topicId, 'staff-data');
    assert.equal(withStaffTopicFirst(far, 'was it patient and staff data that went online', versions, levels).ranked[0]?.topicId, 'data-published');
  });

  describe('through the whole path', () => {
    let understanding: MessageUnderstanding;
    before(async () => {
      understanding = await wholePathUnderstanding();
    });
    // Written for this test: a patient's question relayed by staff is a patient enquiry.
    it('"the patient in bed 2 is asking if his records were leaked, chi 1204553321, can you check" is a patient enquiry for staff', async () => {
      const decision = await understanding.understand({ text: 'the patient in bed 2 is asking if his records were leaked, chi 1204553321, can you check', audience: 'staff' });
      assert.deepEqual(decision.kind === 'answer' && decision.topicId, 'staff-patient-enquiries');
    });
    for (const text of ['mr grant on ward 6 wants to know if his notes are on the dark web, can you check', 'a lady in bed 3 is worried her data is on the internet, can you check for her', 'what do i say to an anxious mum at the clinic asking if her daughters records are online', 'mother of one of my clients wants to know if her records are online', 'had a dad in outpatients today in tears about his daughters camhs file, what should i have said']) {
      it(`"${text}" is a patient enquiry for staff`, async () => {
        const decision = await understanding.understand({ text, audience: 'staff' });
        assert.deepEqual(decision.kind === 'answer' && decision.topicId, 'staff-patient-enquiries');
      });
    }
    // Written for this test: a member of staff who says where they work and asks after their own details.
    // (Without the reading the second and third get whether they are affected as patients.)
    for (const text of ['im a porter at the infirmary, are my bank details out there', 'i work at dgri, was my data leaked', 'i work in a&e, is my personal info online']) {
      it(`"${text}" gets the staff data answer for staff`, async () => {
        const decision = await understanding.understand({ text, audience: 'staff' });
        assert.deepEqual(decision.kind === 'answer' && decision.topicId, 'staff-data');
      });
    }
    // Written for this test: a scammer's contact through a work channel goes to the service desk (had what to do about the contact).
    for (const text of ['got a teams message from a man claiming to be from payroll asking for my bank details', 'got a call on teams from someone saying theyre IT and need my password']) {
      it(`"${text}" gets how staff report it`, async () => {
        const decision = await understanding.understand({ text, audience: 'staff' });
        assert.deepEqual(decision.kind === 'answer' && decision.topicId, 'staff-report-suspicious');
      });
    }
    for (const [text, topic] of [
      ['im a nurse and my details were leaked and im so anxious, what support is there for staff', 'staff-wellbeing'],
      ['i work in theatres, someone texted saying they have my staff file and want money', 'scam-contact'],
      ['i work on ward 12, a patient asked if her notes are online', 'staff-patient-enquiries'],
      ['a caller asked me for money to keep my data private', 'scam-contact'],
    ] as const) {
      it(`"${text}" still gets ${topic}`, async () => {
        const decision = await understanding.understand({ text, audience: 'staff' });
        assert.deepEqual(decision.kind === 'answer' && decision.topicId, topic);
      });
    }
    // Written for this test: on the website, a member of staff asking after their own details gets what was
    // published (staff data is never shown to the public). Without the reading: the CAMHS answer, and declined.
    for (const text of ['i work for camhs, is my own personal info out there', 'im a nurse at galloway community hospital, are my bank details out there']) {
      it(`"${text}" gets what was published on the website`, async () => {
        const decision = await understanding.understand({ text, audience: 'public' });
        assert.deepEqual(decision.kind === 'answer' && decision.topicId, 'data-published');
      });
    }
    it('the board workplace may follow the job: "i work in admin at mountainhall" (declined before)', async () => {
      const decision = await understanding.understand({ text: 'my hr file, is that in what they put on the dark web? i work in admin at mountainhall', audience: 'public' });
      assert.deepEqual(decision.kind === 'answer' && decision.topicId, 'data-published');
    });
    it('"i work in tesco, is my data in the leak" on the website is a patient asking whether they are affected', async () => {
      const decision = await understanding.understand({ text: 'i work in tesco, is my data in the leak', audience: 'public' });
      assert.deepEqual(decision.kind === 'answer' && decision.topicId, 'am-i-affected');
    });
    // Written for this test. In Teams, support is the staff's own (every dev set's staff cases accept staff
    // wellbeing; none wants the public answer alone), but support for a patient is not.
    for (const [text, topic] of [
      ['feeling really low about all this, where can i get some support', 'staff-wellbeing'],
      ['were staff records leaked too or just patients', 'staff-data'],
      ['a patient is really upset about the leak, where can she get support', 'staff-patient-enquiries'],
    ] as const) {
      it(`"${text}" gets ${topic} for staff`, async () => {
        const decision = await understanding.understand({ text, audience: 'staff' });
        assert.deepEqual(decision.kind === 'answer' && decision.topicId, topic);
      });
    }
    it('"was my data in the leak" asked by staff is still whether they are affected', async () => {
      const decision = await understanding.understand({ text: 'was my data in the leak', audience: 'staff' });
      assert.notDeepEqual(decision.kind === 'answer' && decision.topicId, 'staff-patient-enquiries');
    });
  });
});

describe('a work system out of reach since the attack, in Teams', () => {
  const topicOf = wholePathTopicOf();
  // Declined before: the system named, seldom seen.
  for (const text of ['why cant we access trakcare from home since the cyber attack', 'still cant get into the s drive after the hack, whats going on'])
    it(`"${text}" gets the working practices answer`, async () => assert.equal(await topicOf(text, 'staff'), 'staff-working-practices'));
  it('a drive out of reach with nothing of the attack is not the working practices answer', async () => assert.notEqual(await topicOf('still cant get into the s drive, who do i call', 'staff'), 'staff-working-practices'));
});
