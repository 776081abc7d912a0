const VOWEL = /[aeiouy]/;
const KEEP = new Set(['is', 'was', 'has', 'this', 'us', 'bus', 'news', 'yes', 'ae', 'gp', 'nhs', 'dg', 'ncsc', 'ico', 'camhs', 'hr', 'it', 'its', 'series', 'means', 'police', 'press']);

/**
 * A light, deterministic suffix stripper (Porter-like, not Porter) that also folds British and
 * American spellings: "published", "publishing" and "publishes" meet at "publish"; "organisation"
 * and "organization" at "organiz".
 */
export function stem(word: string): string {
  if (word.length <= 3 || KEEP.has(word) || /\d/.test(word)) return word;
  let w = word
    .replace(/isation$|ization$/, 'ize')
    .replace(/is(ing|ed|es|e)$/, (m) => 'iz' + m.slice(2))
    .replace(/(?<=.{4})(ation|ations|ated|ating|ates)$/, 'ate')
    .replace(/our$/, 'or')
    .replace(/ours$/, 'ors');
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);

  for (const suffix of ['ingly', 'edly', 'ing', 'ed', 'ly', 'ment', 'ness', 'ful']) {
    if (!w.endsWith(suffix)) continue;
    const base = w.slice(0, -suffix.length);
    if (base.length >= 3 && VOWEL.test(base)) {
      w = /([bdfgklmnprt])\1$/.test(base) && !/(ll|ss)$/.test(base) ? base.slice(0, -1) : base;
    }
    break;
  }
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 4) w = w.slice(0, -1) + 'i';
  return w;
}
