import fc from 'fast-check';

/** Keys that poison prototypes, shadow built-ins, or are the ones the server reads. */
export const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'then'] as const;
const ACTIVITY_KEYS = ['type', 'text', 'channelId', 'conversation', 'id', 'serviceUrl', 'from', 'recipient', 'attachments', 'value', 'entities', 'channelData', 'membersAdded', 'deliveryMode', 'timestamp', 'name', 'locale'] as const;

/** A marker that must never reach the logs: hostile texts carry it. */
export const LOG_CANARY = 'QZXCANARY';

/** Ids that try to climb out of a folder or a key space, or break a parser. */
export const pathTrick: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '..', '../', '../../etc/passwd', '..%2f..%2fetc%2fpasswd', '%2e%2e', '%2e%2e%2f', '%252e%252e%252f', '..\\..\\windows',
    '%00', 'a%00b', '%c0%ae%c0%ae', '....//', '.', '%2F', '~', '%', '%zz', '%E0%A4%A', '__proto__', 'constructor',
    'prototype', 'con', 'nul', 'directline/index', 'callback/open', '*', '?', '#', ' ', '%20', 'ü', '😀', 'a'.repeat(3000),
  ),
  fc.string({ unit: 'binary', maxLength: 40 }).map((s) => encodeURIComponent(s)),
  fc.array(fc.constantFrom('..', '%2e%2e', '.', 'x', '%00', '%2f', '\\'), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('/')),
);

/** A JSON value with hostile keys and strings, as text (objects with an own `__proto__` key cannot be built in JS first). */
export const hostileJsonText: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('null', 'true', 'false', '0', '-1', '1e309', '-0', '9007199254740993', '""', '"\\u0000"', '"\\ud800"', `"${LOG_CANARY} 0141 555 0199"`),
    fc.string({ unit: 'binary', maxLength: 30 }).map((s) => JSON.stringify(s)),
    fc.double().map((n) => (Number.isFinite(n) ? String(n) : '0')),
    fc.array(tie('value'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
    fc
      .array(fc.tuple(fc.oneof(fc.constantFrom(...DANGEROUS_KEYS, ...ACTIVITY_KEYS), fc.string({ maxLength: 8 })), tie('value')), { maxLength: 5 })
      .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
  ),
})).value;

/** Nesting deep enough to break recursive code (JSON.stringify, deep clones, validators). */
export const deepNesting: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 200, max: 20_000 }), fc.constantFrom('array', 'object'))
  .map(([depth, kind]) => (kind === 'array' ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`));

/** Bytes that are not UTF-8, inside what otherwise looks like JSON. */
export const invalidUtf8Body: fc.Arbitrary<Uint8Array> = fc
  .tuple(fc.uint8Array({ minLength: 1, maxLength: 40 }), fc.constantFrom([0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x80]))
  .map(([noise, bad]) => {
    const head = Buffer.from('{"type":"message","channelId":"emulator","conversation":{"id":"c"},"deliveryMode":"expectReplies","text":"');
    const tail = Buffer.from('"}');
    return new Uint8Array(Buffer.concat([head, Buffer.from(bad), Buffer.from(noise), tail]));
  });

/** Addresses a server must never be made to fetch. */
export const forbiddenUrl: fc.Arbitrary<string> = fc.constantFrom(
  'file:///etc/passwd',
  'file://localhost/etc/shadow',
  'http://169.254.169.254/latest/meta-data/iam/security-credentials/',
  'http://[::ffff:169.254.169.254]/metadata/instance?api-version=2021-02-01',
  'http://169.254.169.254.nip.io/',
  'http://metadata.google.internal/computeMetadata/v1/',
  'http://10.0.0.1:8080/',
  'http://2852039166/',
  'gopher://127.0.0.1:6379/_INFO',
  'data:text/html,<script>alert(1)</script>',
  'javascript:alert(1)',
  'http://user:pass@127.0.0.1@169.254.169.254/',
  '\\\\server\\share\\file',
);

/** Attachments pointing at local files and metadata services. */
export const hostileAttachment: fc.Arbitrary<Record<string, unknown>> = fc.record({
  contentType: fc.constantFrom('image/png', 'application/pdf', 'text/html', 'application/vnd.microsoft.card.adaptive', 'application/vnd.microsoft.teams.file.download.info'),
  contentUrl: forbiddenUrl,
  name: fc.constantFrom('passwd', '../../etc/passwd', 'x.png'),
  content: fc.option(fc.record({ downloadUrl: forbiddenUrl, url: forbiddenUrl }), { nil: undefined }),
  thumbnailUrl: fc.option(forbiddenUrl, { nil: undefined }),
});

/** Strings in the Authorization header: garbage, wrong schemes, forged and oversized tokens. */
export const garbledAuthorization: fc.Arbitrary<string | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom('', 'Bearer', 'Bearer ', 'Basic YWRtaW46YWRtaW4=', 'bearer null', 'Bearer undefined', 'Bearer dl1.', 'Bearer dl1..', 'Bearer dl1.a.b.c', `Bearer ${'A'.repeat(7000)}`, 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.'),
  fc.string({ maxLength: 60 }).map((s) => `Bearer ${s.replace(/[\r\n]/g, '')}`),
  fc
    .record({ v: fc.constantFrom(1, 2, '1'), cid: fc.oneof(pathTrick, fc.string()), uid: fc.string(), exp: fc.oneof(fc.integer(), fc.constant(4102444800)) })
    .chain((claims) => fc.string({ unit: 'grapheme-ascii', maxLength: 43 }).map((mac) => `Bearer dl1.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${mac.replace(/\s/g, '')}`)),
);

/** A well-formed value of the wrong type for any field. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 20 }),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.constant({}),
  fc.constant({ id: 42 }),
  fc.constant([{}]),
);

/** Content types a client might claim, right or wrong. */
export const contentType: fc.Arbitrary<string | undefined> = fc.constantFrom(
  undefined,
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/octet-stream',
  'application/xml',
  '',
  '*/*',
);
