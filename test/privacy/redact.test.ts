import assert from 'node:assert/strict';
import fc from 'fast-check';
import { HELPLINE, messages } from '../../src/messages';
import { findPersonalData, publishedValues, redact, withoutPersonalData } from '../../src/privacy/redact';
import { redactValue } from '../../src/privacy/redactValue';
import { findDates } from '../../src/privacy/dates';
import { findNumberRuns } from '../../src/privacy/numberRuns';
import { findTextPatterns } from '../../src/privacy/textPatterns';
import { realKnowledgeBase } from '../support/realKnowledgeBase';

/** [what a person typed, what may be written down] */
const REDACTED: ReadonlyArray<readonly [string, string]> = [
  // CHI numbers: ten digits, the first six the date of birth
  ['my chi is 0103801234', 'my chi is [CHI]'],
  ['CHI 010 380 1234 thanks', 'CHI [CHI] thanks'],
  ['chi: 010380 1234', 'chi: [CHI]'],
  ['2502751234', '[CHI]'],
  ['250 275 1234.', '[CHI].'],
  ['chi no 010-380-1234', 'chi no [CHI]'],
  ['1234567890 is my number', '[CHI] is my number'],
  // digits of other scripts (a phone's full-width input, Arabic-Indic, Devanagari) count the same
  ['my chi is ０１０３８０１２３４', 'my chi is [CHI]'],
  ['call ٠٧٧٠٠ ٩٠٠١٢٣ please', 'call [PHONE] please'],
  ['ring ०७७०० ९००१२३', 'ring [PHONE]'],
  ['born ０１/０３/１９８０', 'born [DATE]'],
  // UK phone numbers
  ['call me on 07700 900123', 'call me on [PHONE]'],
  ['07700900123', '[PHONE]'],
  ['07700-900-123', '[PHONE]'],
  ['077 0090 0123', '[PHONE]'],
  ['+44 7700 900123', '[PHONE]'],
  ['+447700900123', '[PHONE]'],
  ['+44 (0)7700 900123', '[PHONE]'],
  ['+44(0)1387 216777', '[PHONE]'],
  ['0044 7700 900123', '[PHONE]'],
  ['(01387) 216777', '[PHONE]'],
  ['(0141) 496 0000 evenings', '[PHONE] evenings'],
  ['020 7946 0018', '[PHONE]'],
  ['0141 496 0000', '[PHONE]'],
  ['01632 960 983', '[PHONE]'],
  ['01632.960.983', '[PHONE]'],
  ['ring 0800 123 456 or', 'ring [PHONE] or'],
  ['landline 0138 721 6777, mobile 07700 900 123', 'landline [PHONE], mobile [PHONE]'],
  ['/callback/07700900123', '/callback/[PHONE]'],
  // email addresses
  ['jane.doe+nhs@example.co.uk', '[EMAIL]'],
  ['Email: J_Smith1980@Example.COM.', 'Email: [EMAIL].'],
  ['write to me at a@b.scot please', 'write to me at [EMAIL] please'],
  // postcodes
  ['I live at DG1 4AP', 'I live at [POSTCODE]'],
  ['dg14ap', '[POSTCODE]'],
  ['postcode dg2 7hy.', 'postcode [POSTCODE].'],
  ['EH1 1YZ', '[POSTCODE]'],
  ['SW1A 1AA', '[POSTCODE]'],
  ['W1A 0AX', '[POSTCODE]'],
  ['M1 1AE', '[POSTCODE]'],
  ['CR2 6XH', '[POSTCODE]'],
  // dates (of birth, or any full date: they cannot be told apart)
  ['born 01/03/1980', 'born [DATE]'],
  ['dob 1/3/80', 'dob [DATE]'],
  ['1.3.80', '[DATE]'],
  ['01.03.1980', '[DATE]'],
  ['01-03-1980', '[DATE]'],
  ['03/26/1980', '[DATE]'],
  ['1980-03-01', '[DATE]'],
  ['1st March 1980', '[DATE]'],
  ['1 March 1980', '[DATE]'],
  ['21st of September, 1975', '[DATE]'],
  ['March 1st 1980', '[DATE]'],
  ['March 1, 1980', '[DATE]'],
  ['3 Sept 1966', '[DATE]'],
  ['2nd feb 2001!', '[DATE]!'],
  ["1st Jan '80", '[DATE]'],
  // card numbers: 13–19 digits, Luhn, or a card's layout
  ['4111 1111 1111 1111', '[CARD]'],
  ['4111-1111-1111-1111', '[CARD]'],
  ['4111111111111111', '[CARD]'],
  ['5555 5555 5555 4444 exp 12/27', '[CARD] exp 12/27'],
  ['3782 822463 10005', '[CARD]'],
  ['4222222222222', '[CARD]'],
  ['4111 1111 1111 1112', '[CARD]'],
  // National Insurance, bank details and other long identifiers
  ['NI QQ 12 34 56 C', 'NI [NI]'],
  ['ab123456c', '[NI]'],
  ['account 12345678 sort code 12-34-56', 'account [NUMBER] sort code 12-34-56'],
  ['ref 123456789012', 'ref [NUMBER]'],
  // several in one message
  [
    'Hi, I am 0103801234, DOB 01/03/1980, 07700 900123, jane@example.com, DG1 4AP',
    'Hi, I am [CHI], DOB [DATE], [PHONE], [EMAIL], [POSTCODE]',
  ],
];

/** Look-alikes that are not personal data and must stay as written. */
const KEPT: readonly string[] = [
  'It happened in 2024',
  'I waited 3 weeks',
  'is 10 minutes ok',
  'call between 9am and 6pm',
  'open 9am–6pm Monday to Friday',
  'Samaritans 116 123, NHS 24 on 111, police 101, emergency 999',
  '3/4 of people',
  'open 24/7',
  'in March 2024',
  'on 26 March',
  'version 4.23.3',
  'it cost £1,250.50',
  'about 3,000 people',
  '1 000 000 records',
  'topics am-i-affected, scam-contact and what-happened',
  'room B4 at 2pm',
  'the DG1 area',
  'I am 45 years old and have 2 kids',
  'section 12-3',
  'Windows 10 and iOS 17.4',
  'between 10 and 12 of them',
  'email me please',
  '@nhs on social media',
  'ransom demand of 3 BTC',
  'Covid-19 and the 1990s',
  'page 2 of 10, at 10:30 or 12.30pm',
  'the 2023/24 annual report',
  'about 2.5 million people, 3TB of data',
  'the letter dated 12 May said',
  '',
];

describe('redact (personal data in anything written down)', () => {
  for (const [input, expected] of REDACTED) {
    it(`redacts ${JSON.stringify(input)}`, () => {
      assert.equal(redact(input), expected);
    });
  }

  for (const input of KEPT) {
    it(`keeps ${JSON.stringify(input)}`, () => {
      assert.equal(redact(input), input);
    });
  }

  it('types each finding and gives one canonical form however it was written', () => {
    const forms = ['01387 216 777', '01387216777', '+44 1387 216777', '+44 (0)1387 216 777', '0044 1387 216777', '(01387) 216777'];
    for (const form of forms) assert.deepEqual(findPersonalData(form).map((m) => [m.kind, m.canonical]), [['PHONE', '01387216777']], form);
    assert.deepEqual(findPersonalData('1st March 1980 and 01/03/1980').map((m) => m.canonical), ['1980-03-01', '1980-03-01']);
  });

  describe("the bot's own text, with its published values kept", () => {
    let keep: ReadonlySet<string>;
    before(async () => {
      const kb = await realKnowledgeBase();
      keep = publishedValues([...kb.topics.map((t) => t.answer), ...Object.values(messages).filter((m): m is string => typeof m === 'string')]);
    });

    it('keeps the helpline however the bot wrote it', () => {
      for (const text of [`call the helpline on ${HELPLINE}`, 'call 01387216777', 'or +44 1387 216777']) assert.equal(redact(text, { keep }), text);
    });

    it('keeps the other numbers and dates the knowledge base publishes', () => {
      const text = 'Breathing Space 0800 83 85 87, the ICO 0303 123 1113, report@phishing.gov.uk, since 6 May 2024';
      assert.equal(redact(text, { keep }), text);
    });

    it('still redacts anything the bot did not publish, such as a number an agent typed back', () => {
      assert.equal(redact('We will call you on 07700 900456 about CHI 0103801234', { keep }), 'We will call you on [PHONE] about CHI [CHI]');
    });

    it('blanks personal data for reading, keeping what the bot publishes', () => {
      assert.equal(withoutPersonalData(`chi 0103801234 born 01/03/1980, is ${HELPLINE} real`, keep), `chi   born  , is ${HELPLINE} real`);
      assert.equal(withoutPersonalData('text 7726 or call 111'), 'text 7726 or call 111');
    });

    it("keeps nothing in a person's own text unless told to", () => {
      assert.equal(redact(`I called ${HELPLINE}`), 'I called [PHONE]');
    });
  });

  it('stays fast on long hostile input (no catastrophic backtracking)', () => {
    const hostile = ['a'.repeat(200_000), '1 '.repeat(100_000), '1-'.repeat(100_000), `${'a.'.repeat(50_000)}@`, '+44 '.repeat(50_000)];
    for (const text of hostile) assert.equal(typeof redact(text), 'string');
  });

  it('redacts every string in a nested value and copies no inherited keys', () => {
    const value = JSON.parse('{"text":"0103801234","card":{"body":[{"text":"DG1 4AP"}]},"n":3,"__proto__":{"polluted":true}}');
    const copy = redactValue(value, redact) as Record<string, unknown>;
    assert.deepEqual(copy, { text: '[CHI]', card: { body: [{ text: '[POSTCODE]' }] }, n: 3 });
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('finds the same in full-width or Arabic-Indic digits as in ASCII ones, at the same places', () => {
    const scripts = [0xff10, 0x0660];
    fc.assert(
      fc.property(fc.constantFrom(...REDACTED.map(([typed]) => typed)), fc.constantFrom(...scripts), (typed, zero) => {
        const other = typed.replace(/[0-9]/g, (d) => String.fromCharCode(zero + Number(d)));
        const places = (text: string) => findPersonalData(text).map((m) => [m.kind, m.start, m.end]);
        assert.deepEqual(places(other), places(typed));
      }),
    );
  });

  it('finds nothing in text without a digit (of any script) or an @ (so those texts skip the scans), whatever the patterns', () => {
    const words = fc.constantFrom('March', 'of', 'jan', 'dg', 'AP', 'GIR', 'AA', 'gir oaa', 'born', 'st', 'th', '/', '-', '.', ' ', '+', '(', ')', 'chi', 'O', 'l', 'I', 'é', 'Ⅲ', '½', '\n');
    const noDigitNoAt = fc.oneof(fc.array(words).map((w) => w.join('')), fc.string({ unit: 'grapheme' }).map((t) => t.replace(/[@\p{Nd}]/gu, '')));
    fc.assert(
      fc.property(noDigitNoAt, (text) => {
        assert.deepEqual([...findTextPatterns(text), ...findDates(text), ...findNumberRuns(text)], []);
        assert.deepEqual(findPersonalData(text), []);
      }),
      { numRuns: 3000 },
    );
  });
});

