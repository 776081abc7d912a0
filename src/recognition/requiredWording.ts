/**
 * Wording a regular expression cannot match without: for a pattern, which literal strings every match
 * (with its lookarounds) holds, as "all of" (a sequence) and "one of" (an alternation). A message that
 * lacks them cannot match, and the pattern need not be run. The safety check's patterns compile to
 * megabytes of regular-expression code (bounded repeats of large alternations are unrolled), and in a
 * busy server that code is out of the CPU's caches by the next message: looking the wording up is far
 * cheaper than bringing a pattern back in to find nothing.
 *
 * Read from the pattern's source. Anything not understood counts as "may match": such a pattern is
 * always run, never skipped wrongly.
 */

/** What a match needs: nothing known (`true`), a literal string, all of several needs, or one of them. */
export type Wording = true | string | { readonly all: readonly Wording[] } | { readonly some: readonly Wording[] };

/** One piece of a pattern: a literal character, or what it needs. */
type Piece = { kind: 'char'; char: string } | { kind: 'needs'; wording: Wording };

/** Escapes that stand for their character. */
const LITERAL_ESCAPES = new Set(['.', '-', "'", '/', '\\', '?', '(', ')', '[', ']', '{', '}', '*', '+', '|', '^', '$', ' ', ',', ':', '!', '=', '<', '>', '&', '#', '"']);

class Unsupported extends Error {}

const NOTHING: Piece = { kind: 'needs', wording: true };

/** What every match of `pattern` needs; `true` when nothing is known (or the source or flags are not read). */
export function requiredWording(pattern: RegExp): Wording {
  if (pattern.flags.replace(/[gy]/g, '') !== '') return true;
  try {
    const reader = new SourceReader(pattern.source);
    const wording = reader.alternation();
    return reader.done() ? wording : true;
  } catch (error) {
    if (error instanceof Unsupported) return true;
    throw error;
  }
}

/** A recursive-descent reader of (non-unicode, flagless) JavaScript regular expression source. */
class SourceReader {
  private at = 0;

  constructor(private readonly source: string) {}

  done(): boolean {
    return this.at === this.source.length;
  }

  /** `a|b|c` up to a closing parenthesis or the end: one of the branches' needs (nothing, if a branch needs nothing). */
  alternation(): Wording {
    const branches: Wording[] = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.some((b) => b === true)) return true;
    return branches.length === 1 ? (branches[0] as Wording) : { some: branches };
  }

  /** One branch: all its pieces' needs, adjacent literal characters joined into strings. */
  private sequence(): Wording {
    const needs: Wording[] = [];
    let run = '';
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const piece = this.quantified(this.atom());
      if (piece.kind === 'char') {
        run += piece.char;
        continue;
      }
      if (run !== '') needs.push(run);
      run = '';
      if (piece.wording !== true) needs.push(piece.wording);
    }
    if (run !== '') needs.push(run);
    if (needs.length === 0) return true;
    return needs.length === 1 ? (needs[0] as Wording) : { all: needs };
  }

  /** A quantifier after `piece`: optional pieces require nothing; repeated characters stand alone (not part of a run). */
  private quantified(piece: Piece): Piece {
    const rest = this.source.slice(this.at);
    const match = /^(?:([?*+])|\{(\d+)(?:(,)(\d*))?\})/.exec(rest);
    if (match === null) {
      if (rest.startsWith('{')) throw new Unsupported();
      return piece;
    }
    this.at += match[0].length;
    if (this.source[this.at] === '?') this.at++;
    const min = match[1] === '?' || match[1] === '*' ? 0 : match[1] === '+' ? 1 : Number(match[2]);
    if (min === 0) return NOTHING;
    // Repeated, a character is no longer next to its neighbours in the run ("ab+c" is not "abc").
    return piece.kind === 'char' ? { kind: 'needs', wording: piece.char } : piece;
  }

  private atom(): Piece {
    const c = this.source[this.at] as string;
    if (c === '(') return this.group();
    if (c === '[') return this.characterClass();
    if (c === '\\') return this.escape();
    if (c === '^' || c === '$' || c === '.') {
      this.at++;
      return NOTHING;
    }
    if ('*+?{}]'.includes(c)) throw new Unsupported();
    this.at++;
    return { kind: 'char', char: c };
  }

  private group(): Piece {
    const rest = this.source.slice(this.at);
    const opener = /^\((?:\?(?::|=|!|<=|<!))?/.exec(rest)?.[0] ?? '(';
    // Named groups and anything else unusual: not read.
    if (rest.startsWith('(?') && opener === '(') throw new Unsupported();
    this.at += opener.length;
    const inner = this.alternation();
    if (this.source[this.at] !== ')') throw new Unsupported();
    this.at++;
    // Lookarounds consume nothing, and a negative one requires absence: neither is counted.
    if (opener !== '(' && opener !== '(?:') return NOTHING;
    return { kind: 'needs', wording: inner };
  }

  private characterClass(): Piece {
    const end = this.findClassEnd();
    this.at = end + 1;
    return NOTHING;
  }

  private findClassEnd(): number {
    for (let i = this.at + 1; i < this.source.length; i++) {
      if (this.source[i] === '\\') i++;
      else if (this.source[i] === ']') return i;
    }
    throw new Unsupported();
  }

  private escape(): Piece {
    const next = this.source[this.at + 1];
    if (next === undefined) throw new Unsupported();
    this.at += 2;
    if (LITERAL_ESCAPES.has(next)) return { kind: 'char', char: next };
    // \b \B (zero-width), \d \w \s and their negations: no literal. Backreferences, \u, \x, \c, \k and
    // the rest are not read.
    if ('bBdDwWsS'.includes(next)) return NOTHING;
    throw new Unsupported();
  }
}


/**
 * The strings one of which every match of a pattern holds: of a sequence's needs the one least likely
 * in an ordinary message, of an alternation every branch's. Weaker than the whole need, but a short
 * list, quick to look for; undefined when nothing is known.
 */
export function oneOfWording(pattern: RegExp): readonly string[] | undefined {
  const wording = requiredWording(pattern);
  return wording === true ? undefined : minimal(flatten(wording));
}

function flatten(wording: Exclude<Wording, true>): string[] {
  if (typeof wording === 'string') return [wording];
  if ('some' in wording) return wording.some.flatMap((w) => flatten(w as Exclude<Wording, true>));
  let best: string[] = [];
  let bestChance = Infinity;
  for (const part of wording.all) {
    const strings = minimal(flatten(part as Exclude<Wording, true>));
    const chance = strings.reduce((sum, s) => sum + chanceOf(s), 0);
    if (chance < bestChance) {
      best = strings;
      bestChance = chance;
    }
  }
  return best;
}

/** Strings that contain another of the list are implied by it. */
function minimal(strings: readonly string[]): string[] {
  const kept: string[] = [];
  for (const s of [...new Set(strings)].sort((a, b) => a.length - b.length)) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return kept;
}

/**
 * A test that is false only when `pattern` cannot match the text: first one of a short list of strings
 * (`oneOfWording`), then, for the few messages that pass, the whole need.
 */
export function mayMatch(pattern: RegExp): (text: string) => boolean {
  const wording = requiredWording(pattern);
  if (wording === true) return () => true;
  const screen = minimal(flatten(wording));
  const whole = test(wording);
  return (text) => screen.some((s) => text.includes(s)) && whole(text);
}

/** The need as a test of a text, the least likely part of each sequence tried first. */
function test(wording: Exclude<Wording, true>): (text: string) => boolean {
  if (typeof wording === 'string') return (text) => text.includes(wording);
  if ('some' in wording) {
    const branches = wording.some.map((w) => test(w as Exclude<Wording, true>));
    return (text) => branches.some((branch) => branch(text));
  }
  const parts = wording.all
    .map((w) => ({ test: test(w as Exclude<Wording, true>), chance: minimal(flatten(w as Exclude<Wording, true>)).reduce((sum, s) => sum + chanceOf(s), 0) }))
    .sort((a, b) => a.chance - b.chance)
    .map((part) => part.test);
  return (text) => parts.every((part) => part(text));
}

/** Everyday English words: wording made only of these is in most messages. */
const COMMON_WORDS = new Set(
  ('a about after all am an and any are as at be been but by can could did do for from get go going got had has have he her him his how i if in into is it ' +
    'just know me my no not now of off on or our out so some that the their them then there they this to up was we what when where which who will with would you your')
    .split(' '),
);

/** A rough chance that an ordinary message holds `s`, to choose the most telling need. */
function chanceOf(s: string): number {
  const words = s.trim().split(' ').filter(Boolean);
  if (words.length === 0) return 1;
  if (words.every((w) => COMMON_WORDS.has(w))) return 0.5 ** words.length;
  // Two letters are inside many words; each letter more makes a string rarer.
  return Math.min(1, 0.5 ** (s.trim().length - 1));
}
