// `npm run lookalikes`: writes src/recognition/englishLookAlikes.json, the English words the safety
// check's respelling must leave as written (see src/recognition/englishLookAlikes.ts). Run it after
// changing the risk wording; a test fails while the file is out of step.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { findEnglishLookAlikes } from '../src/recognition/englishLookAlikes';
import { riskVocabulary } from '../src/recognition/respeller';

const englishWords = require('an-array-of-english-words') as string[];
const words = findEnglishLookAlikes(englishWords, riskVocabulary());
const file = path.join(__dirname, '../src/recognition/englishLookAlikes.json');
writeFileSync(file, `${JSON.stringify(words, null, 1)}\n`);
console.log(`${words.length} English look-alikes of risk words written to ${path.relative(process.cwd(), file)}`);
