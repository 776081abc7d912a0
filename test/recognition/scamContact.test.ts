import assert from 'node:assert/strict';
import { toldOfScamContact } from '../../src/recognition/scamContactWording';
import { wholePathTopicOf } from '../support/wholePath';

// Written for this test, not taken from any evaluation set.
const SCAM_CONTACTS = [
  // A reply to a message the writer calls a scam, before they realised.
  'replied to a dodgy email before i twigged, what now',
  // A price to take the records down, and a stranger quoting the hospital number.
  'someone on messenger says they can get my records taken off the dark web for £100',
  'text from an unknown number quoting my chi number, should i reply',
  // "Owed compensation" is the lure itself.
  'had a text telling me im owed compensation over the leak, is this legit',
  // Quoted as the scammer wrote it: "we hold your…".
  "got a text saying 'we hold your x-ray files, reply to stop them going public'",
  'a man on whatsapp says he has my sons camhs notes and wants paying',
  'got a text saying im owed compensation for the leak, click here to claim',
  'an email says its from the hackers and has my date of birth and address in it',
  'someone emailed my work with my a&e records attached',
  'a woman phoned saying she has my daughters file from the hospital and wants £200',
  'i keep getting texts from a number that says they have all my medical history, they want bitcoin',
  // Read as out of scope as a whole before: the contact with one's own records decides it.
  'a guy on snapchat sent me a screenshot of my mental health notes, what do i do',
  // Someone passing themselves off as another, with no demand yet.
  'someone called claiming to be the police about the leak',
  // A number that keeps ringing, a reply already sent, a date of birth to "confirm".
  'an unknown number keeps calling me about the hack asking for my bank details',
  'i replied to a text about the leak and now theyre asking for money',
  'a number keeps phoning me saying i need to confirm my date of birth for the nhs',
  'i sent them £50 and they said they have my notes',
  // Misspelt; a stranger who knew a diagnosis; a sum with a threat; someone at the door wanting cash; "says its from".
  'i recieved a funny email saying my hospital records were hacked and to click to see them',
  'got a whatsapp from a number i didnt know and they knew my medication',
  'they want 300 quid or theyll post my notes online',
  'a woman came to my door wanting cash to keep my hospital files quiet',
  'should i answer the text that says its from the hackers',
  // Money already paid, and a demand in Scots.
  'i sent them 200 before i realised it was fake, what do i do',
  'a text fae the hackers saying pay or else',
  // In Scots: a caller at the door passing as the board.
  'a man chapped ma door sayin he wis fae the hospital aboot the leak',
  // A message pasted in, link and all, and asked about.
  '"NHS ALERT: your records were in the breach, check now at www.nhs-breach-check.com/me" is this real',
  'text says my data leaked and to go to dg-health-refunds.co.uk/claim, should i click it',
  "got this: 'your records were stolen, claim compensation at dg-refunds.co.uk' wot do i do wi it",
  'Got this: "Your NHS file must be re-checked. Click here: nhs-recheck.co" - should I?',
  // A ransom demand sent to the person: the board's ransom is asked of no one else.
  'ransom demand in my inbox this morning',
  'is the ransom email i got real',
  'they sent me a ransom note',
  // Pasted in quotation marks with a demand or a claim to hold the person's data, and no link.
  `'We hold your records from the hospital. Send 0.02 BTC by Friday or they go to your boss.' what do i do with this`,
  'got this "we have your notes, pay 300 pounds or we publish them" is it real',
  // An address retyped with " dot ".
  'txt msg - Your NHS data has been leaked. Verify your identity now at nhs-dg-check dot com - is this real?',
  // dev40 families: a stranger knowing one's CAMHS history, and a text saying the records are out, doubted.
  'got a text off a number i dont know and they know all about my camhs history',
  'my daughter had a message saying her camhs notes are on the dark web, is it real',
];

const NOT_SCAM_CONTACTS = [
  'my gp texted me to say my appointment is still on',
  'the hospital phoned and said my op is cancelled because of the hack',
  'a journalist rang me at work asking about the breach',
  'i got a text from the health board with a link to their update page',
  'has my camhs file been leaked',
  'can i claim compensation for the leak',
  'who are inc ransom',
  'did the board pay the ransom demand',
  // Quoted, but no demand and no claim to hold the person's data.
  'my friend said "the hackers have everyones records" is that true',
  'the letter says "some of your data may have been published" what do i do with this',
  'what was in the ransom note the hackers sent the board',
  // The person's own call or email, not a contact made to them.
  'i phoned the helpline and they have my details wrong',
  'i was on the phone to my gp and she has my records',
  'the hackers claim to be a russian group',
  // The board's own page, asked about, is not a scammer's mark.
  'is www.nhsdg.co.uk/cyberattack the real page',
  'is https://www.nhsdg.co.uk/cyberattack real',
  'is nhsdg dot co dot uk the real site',
  'the letter says to go to nhs inform dot scot, is that real',
  'the hospital phoned and said it was the hack that cancelled my op',
  'i paid them 50 quid for the parking',
  // A link clicked on the board's own page, and the scammers talked about, not dealt with.
  'i clicked the link on the board website for updates',
  'how do the scammers get my number',
  // A care provider's own call or email, and a charge for care.
  'the pharmacy called and said i need to pay £9 for my prescription',
  'i got an email from my gp and they knew my diagnosis',
  'the dentist rang and wants £20 for missing my appointment',
  // Reading about it on facebook is no contact, and "i had my op" is the person's own doing.
  'been reading about this on facebook all day and since i had my op there i want to know if my info is in it',
  // The board's own letter telling of the leak, and news told without doubt, are not a scammer's mark.
  'i got a letter saying my data was published, what does that mean',
  'a text from my sister saying her records are online got me worried',
  // The board's ransom asked about (dev44 family: a scammer's contact before).
  'if the board had paid up would our data still be online? did they even get a ransom demand'
];

describe('a message telling of a scammer\'s contact', () => {
  for (const text of SCAM_CONTACTS) it(`"${text}" tells of one`, () => assert.equal(toldOfScamContact(text), true));
  for (const text of NOT_SCAM_CONTACTS) it(`"${text}" does not`, () => assert.equal(toldOfScamContact(text), false));

  describe('through the whole path', () => {
    const topicOf = wholePathTopicOf();

    // What the scammer claims (CAMHS, compensation, the hackers) would otherwise be answered.
    for (const text of [...SCAM_CONTACTS.slice(0, 4), SCAM_CONTACTS[SCAM_CONTACTS.length - 1] as string]) {
      it(`"${text}" gets what to do about the contact`, async () => {
        assert.equal(await topicOf(text), 'scam-contact');
      });
    }

    // A letter from the criminals themselves (dev42 family: how care was affected, or declined, before).
    it('a formal letter said to come from the hackers gets what to do about the contact', async () => {
      assert.equal(await topicOf('We received a letter purporting to be from the hackers that mentions my husbands hospital treatment. What should we do?'), 'scam-contact');
    });
    // A link clicked on a work device: the board's IT must hear of it (dev37 and dev40 families: what to do about the contact before).
    it('a porter who clicked a link in a text on his work mobile gets how to report it', async () => {
      assert.equal(await topicOf('porter here, clicked the link in a weird text on my work mobile, what now'), 'report-scam');
    });

    // Already acted on: declined, or how to report it, before.
    for (const text of ['tapped without thinking, i clicked the link in that message and now im scared, what now', 'ive stupidly texted back the fraudster and told him my postcode, what happens now']) {
      it(`"${text}" gets what to do about the contact`, async () => {
        assert.equal(await topicOf(text), 'scam-contact');
      });
    }

    // The ransom answer (the board's ransom) before.
    it('"ransom demand in my inbox" gets what to do about the contact', async () => {
      assert.equal(await topicOf('ransom demand in my inbox'), 'scam-contact');
    });

    // What to do about the contact before: where to send it, asked in so many words, is how to report it.
    it('several scam texts told at length, "where am i supposed to send the nhs one", gets how to report it', async () => {
      const text = 'my phone has been going daft with texts, one says its the post office, one says its the nhs and wants me to confirm my address after the breach, where am i supposed to send the nhs one';
      assert.equal(await topicOf(text), 'report-scam');
    });

    // "fishing" for phishing (knowledge/synonyms.yaml): declined before.
    it('"is this a fishing email" gets how to report it', async () => {
      assert.equal(await topicOf('is this a fishing email'), 'report-scam');
    });

    // "number" and "keeps calling" read as the helpline, which is kept only when named.
    it('a number that keeps calling about the hack for bank details gets what to do about the contact', async () => {
      assert.equal(await topicOf('an unknown number keeps calling me about the hack asking for my bank details'), 'scam-contact');
    });

    it('a scam message pasted in with "how do i report it" gets how to report it', async () => {
      assert.equal(await topicOf("got this: 'Royal Mail: your parcel is held, pay the fee at rm-redeliver.com' how do i report it"), 'report-scam');
    });

    it('a scam message pasted in with "who do i send this to" gets how to report it', async () => {
      assert.equal(await topicOf("'Your NHS data was stolen. Confirm your details at http://bit.ly/x7-nhs' who do i send this to"), 'report-scam');
    });

    for (const [text, topicId] of [
      ['i phoned the helpline and they asked me to confirm my date of birth', 'helpline'],
      ['has my camhs file been leaked', 'children-camhs'],
      ['can i claim compensation for the leak', 'compensation'],
      ['someone emailed me pretending to be the nhs, how do i report a phishing email', 'report-scam'],
      ['i got a dodgy email pretending to be the health board, where do i send these', 'report-scam'],
      // Who to tell, asked in so many words, however the recogniser ranked the contact (it gave scam-contact before).
      ['got a phone call saying it was the nhs and wanted my bank details, who should i tell', 'report-scam'],
      ['the police called me about the leak', 'police-investigation'],
    ] as const) {
      it(`"${text}" still gets ${topicId}`, async () => {
        assert.equal(await topicOf(text), topicId);
      });
    }
  });
});
