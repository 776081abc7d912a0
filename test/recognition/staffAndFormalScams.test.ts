import assert from 'node:assert/strict';
import { wholePathTopicOf } from '../support/wholePath';

// Written for this test, not taken from any evaluation set. Each got another answer, or none, before.
const PUBLIC: readonly (readonly [string, string])[] = [
  // Formal letters: a caller who "held" the records, a greeting before the story, a letter with a demand.
  ['Good morning. I have had a telephone call from a gentleman who stated he held my medical file. I did not speak to him. Should I tell the police?', 'scam-contact'],
  ['This week I received a letter, unsigned, stating the sender has my hospital file and requesting payment in Bitcoin. What should I do?', 'scam-contact'],
  ['Good evening. I have received several emails purporting to come from the hospital. To whom should I report them?', 'report-scam'],
  // The writer's details quoted back to them in a text.
  ['got a text with my address and chi number in it, just says we know. should i go to the police', 'scam-contact'],
  // Someone wants paying: not the board's ransom.
  ['should i pay them', 'scam-contact'],
  // A formal letter that "requests a payment", with "ought to" for should.
  ['I have received a letter which purports to be from persons holding my notes, and it requests a payment. How ought I to proceed?', 'scam-contact'],
  // "ought" is "should" (knowledge/synonyms.yaml): declined before.
  ['What precautions ought my wife and I to take given the publication?', 'what-to-do'],
  // Advice asked, not which kinds of data the leak holds.
  ['i have the same password on everything, does the leak mean i need to change them', 'what-to-do'],
];

const STAFF: readonly (readonly [string, string])[] = [
  // A scammer's contact through work is reported to the service desk.
  ['had a call on the ward phone from a guy saying he was IT and needed my login, who do i tell', 'staff-report-suspicious'],
  ['how do i report a phishing email in my nhs email', 'staff-report-suspicious'],
  ["got this email: 'Dear colleague, following the recent incident all staff must confirm their login at dg-staff-portal.net today' is it real", 'staff-report-suspicious'],
  // "theyre IT" as one word, and a "teams msg".
  ['teams msg from a guy saying hes IT and needs my password, legit?', 'staff-report-suspicious'],
  // A patient's question relayed in staff shorthand.
  ['pt asked me if her camhs notes from years ago are online, what do we say', 'staff-patient-enquiries'],
  ['had a dad in raging about his sons notes being leaked, what should i have said', 'staff-patient-enquiries'],
  // Staff's own records, or "our" details, asked after.
  ['are HR records part of what the hackers put out', 'staff-data'],
  ['someone on the ward said our home addresses are online now, true?', 'staff-data'],
];

const KEPT: readonly (readonly [string, string, 'public' | 'staff'])[] = [
  ['where do i pay for parking at the infirmary', 'none', 'public'],
  ['who leaked our data', 'who-is-responsible', 'staff'],
  ['was patient and staff information in the leak', 'data-published', 'staff'],
  // The writer is the parent here, not relaying one.
  ['as a parent im furious that the camhs records were stolen, what is being done', 'children-camhs', 'staff'],
];

describe('formal letters about a scammer, and staff in Teams', () => {
  const topicOf = wholePathTopicOf();
  for (const [text, topicId] of PUBLIC) it(`"${text}" gets ${topicId}`, async () => assert.equal(await topicOf(text), topicId));
  for (const [text, topicId] of STAFF) it(`in Teams, "${text}" gets ${topicId}`, async () => assert.equal(await topicOf(text, 'staff'), topicId));
  for (const [text, topicId, audience] of KEPT) it(`"${text}" (${audience}) still gets ${topicId}`, async () => assert.equal(await topicOf(text, audience), topicId));
});
