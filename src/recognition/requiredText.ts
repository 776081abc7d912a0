/**
 * The literal text any match of a regular expression must contain, read from its source: one of a set of
 * strings. A message holding none of them cannot match, and the pattern need not run: the safety check's
 * ninety risk patterns (hundreds of kilobytes of compiled code, run on every message) mostly need not.
 * Sound by construction for the syntax it reads; what it does not read (a flag, a back-reference, a code
 * escape) leaves the pattern with no requirement, so it always runs.
 */

/** Strings one of which every match contains; `undefined`: nothing is required. */
export type Required = readonly string[] | undefined;

type Node =
  | { readonly kind: 'text'; readonly char: string }
  | { readonly kind: 'empty' } // \b, ^, $, lookarounds: they consume nothing
  | { readonly kind: 'any' } // a class, ".", an escape like \d: one character of many
  | { readonly kind: 'seq'; readonly items: readonly Node[] }
  | { readonly kind: 'alt'; readonly options: readonly Node[] }
  | { readonly kind: 'repeat'; readonly item: Node; readonly min: number; readonly max: number };

/** Beyond this many strings the exact text of a part is not spelt out (their number multiplies along a sequence). */
const MAX_STRINGS = 64;
/** Required strings are looked up through an index, whatever their number; this only bounds its size. */
const MAX_REQUIRED = 1000;

export function requiredText(pattern: RegExp): Required {
  if (pattern.flags.replace(/[gy]/g, '') !== '') return undefined;
  let node: Node;
  try {
    node = new Parser(pattern.source).parse();
  } catch {
    return undefined;
  }
  const found = required(node);
  return found !== undefined && found.length <= MAX_REQUIRED && found.every((s) => s.length > 0) ? found : undefined;
}

/** Strings this short are looked for one by one; longer ones through an index of their first characters. */
const KEY_LENGTH = 3;
/** Strings this long (most: whole phrases) are indexed by their first six characters, so few share a key. */
const LONG_KEY_LENGTH = 6;

interface Indexed {
  readonly text: string;
  /** Every pattern that requires this string. */
  readonly patterns: number[];
}

/**
 * Which of many patterns a text may match, in one pass over the text: each pattern's required strings
 * are indexed by their first three characters (six for long ones), and the text looked up where it
 * holds the start of any of them. A pattern marked 0 cannot match the text; one marked 1 may.
 */
export class PatternPrefilter {
  private readonly always: Uint8Array;
  private readonly byKey = new Map<number, Indexed[]>();
  private readonly byLongKey = new Map<number, Indexed[]>();
  /** Whether any indexed string starts with three characters of this `shortKeyAt`: most places in a text start none. */
  private readonly starts = new Uint8Array(1 << 15);
  private readonly short: Indexed[] = [];

  constructor(patterns: readonly RegExp[]) {
    this.always = new Uint8Array(patterns.length);
    // A string several patterns require is tested once for all of them.
    const add = (list: Indexed[], text: string, pattern: number) => {
      const entry = list.find((e) => e.text === text);
      if (entry === undefined) list.push({ text, patterns: [pattern] });
      else if (!entry.patterns.includes(pattern)) entry.patterns.push(pattern);
    };
    const listOf = (index: Map<number, Indexed[]>, key: number) => {
      let list = index.get(key);
      if (list === undefined) index.set(key, (list = []));
      return list;
    };
    patterns.forEach((pattern, i) => {
      const strings = requiredText(pattern);
      if (strings === undefined) {
        this.always[i] = 1;
        return;
      }
      for (const text of strings) {
        if (text.length < KEY_LENGTH) add(this.short, text, i);
        else {
          this.starts[shortKeyAt(text, 0)] = 1;
          if (text.length < LONG_KEY_LENGTH) add(listOf(this.byKey, keyAt(text, 0)), text, i);
          else add(listOf(this.byLongKey, longKeyAt(text, 0)), text, i);
        }
      }
    });
  }

  mayMatch(text: string): Uint8Array {
    const may = this.always.slice();
    for (const entry of this.short) if (text.includes(entry.text)) mark(may, entry);
    for (let at = 0; at + KEY_LENGTH <= text.length; at++) {
      if (this.starts[shortKeyAt(text, at)] === 0) continue;
      const list = this.byKey.get(keyAt(text, at));
      if (list !== undefined) for (const entry of list) if (text.startsWith(entry.text, at)) mark(may, entry);
      if (at + LONG_KEY_LENGTH > text.length) continue;
      const long = this.byLongKey.get(longKeyAt(text, at));
      if (long !== undefined) for (const entry of long) if (text.startsWith(entry.text, at)) mark(may, entry);
    }
    return may;
  }
}

function mark(may: Uint8Array, entry: Indexed): void {
  for (const pattern of entry.patterns) may[pattern] = 1;
}

/**
 * Three characters as a small integer (ten bits each, which a Map looks up fastest): characters beyond
 * the first 1,024 may share a key, which costs only a `startsWith` that fails.
 */
function keyAt(text: string, at: number): number {
  return ((text.charCodeAt(at) & 0x3ff) << 20) | ((text.charCodeAt(at + 1) & 0x3ff) << 10) | (text.charCodeAt(at + 2) & 0x3ff);
}

/** Three characters in fifteen bits (letters apart; digits, a space and the rest may share): a slot of `starts`. */
function shortKeyAt(text: string, at: number): number {
  return ((text.charCodeAt(at) & 0x1f) << 10) | ((text.charCodeAt(at + 1) & 0x1f) << 5) | (text.charCodeAt(at + 2) & 0x1f);
}

/** Six characters in thirty bits, five each: a shared key costs only a `startsWith` that fails. */
function longKeyAt(text: string, at: number): number {
  return (shortKeyAt(text, at) << 15) | shortKeyAt(text, at + 3);
}

/** Every string the node can match, when there are few; `undefined` otherwise. */
function exact(node: Node): readonly string[] | undefined {
  switch (node.kind) {
    case 'text':
      return [node.char];
    case 'empty':
      return [''];
    case 'any':
      return undefined;
    case 'seq':
      return node.items.reduce<readonly string[] | undefined>((acc, item) => (acc === undefined ? undefined : product(acc, exact(item))), ['']);
    case 'alt': {
      const all: string[] = [];
      for (const option of node.options) {
        const strings = exact(option);
        if (strings === undefined) return undefined;
        all.push(...strings);
      }
      return capped(unique(all));
    }
    case 'repeat': {
      const one = exact(node.item);
      if (one === undefined || node.max === Infinity) return undefined;
      let acc: readonly string[] | undefined = [''];
      const all: string[] = node.min === 0 ? [''] : [];
      for (let n = 1; n <= node.max; n++) {
        acc = product(acc, one);
        if (acc === undefined) return undefined;
        if (n >= node.min) all.push(...acc);
      }
      return capped(unique(all));
    }
  }
}

/** Strings one of which every match of the node contains; `undefined` when nothing is. */
function required(node: Node): Required {
  switch (node.kind) {
    case 'text':
      return [node.char];
    case 'empty':
    case 'any':
      return undefined;
    case 'alt': {
      const all: string[] = [];
      for (const option of node.options) {
        const strings = required(option);
        if (strings === undefined) return undefined;
        all.push(...strings);
      }
      return minimal(all);
    }
    case 'repeat':
      return node.min === 0 ? undefined : required(node.item);
    case 'seq': {
      // Any one item's requirement is the sequence's; so is the text of a run of items matched exactly.
      const candidates: (readonly string[])[] = [];
      let run: readonly string[] | undefined = [''];
      const endRun = () => {
        if (run !== undefined && run.every((s) => s.length > 0)) candidates.push(minimal(run));
        run = [''];
      };
      for (const item of node.items) {
        const strings = exact(item);
        const joined: readonly string[] | undefined = strings === undefined || run === undefined ? undefined : product(run, strings);
        if (joined !== undefined) {
          run = joined;
          continue;
        }
        endRun();
        if (strings !== undefined) run = strings;
        const own = required(item);
        if (own !== undefined) candidates.push(own);
      }
      endRun();
      return best(candidates);
    }
  }
}

/** The cheapest set to test that still says most: few strings, each long. */
function best(candidates: readonly (readonly string[])[]): Required {
  let chosen: readonly string[] | undefined;
  let chosenScore = Infinity;
  for (const strings of candidates) {
    if (strings.length === 0 || strings.length > MAX_REQUIRED) continue;
    const shortest = Math.min(...strings.map((s) => s.length));
    // A one- or two-letter string is in almost every message: it spares nothing.
    const score = strings.length / Math.min(shortest, 8) + (shortest < 3 ? 1000 : 0);
    if (score < chosenScore) {
      chosen = strings;
      chosenScore = score;
    }
  }
  return chosen;
}

function product(left: readonly string[] | undefined, right: readonly string[] | undefined): readonly string[] | undefined {
  if (left === undefined || right === undefined || left.length * right.length > MAX_STRINGS) return undefined;
  return unique(left.flatMap((l) => right.map((r) => l + r)));
}

function capped(strings: readonly string[]): readonly string[] | undefined {
  return strings.length > MAX_STRINGS ? undefined : strings;
}

/** The set without strings that hold another of it: wherever the longer is, so is the shorter. */
function minimal(strings: readonly string[]): string[] {
  const sorted = unique(strings).sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const s of sorted) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return kept;
}

function unique(strings: readonly string[]): string[] {
  return [...new Set(strings)];
}

/** A reader of JavaScript's pattern syntax (no flags): what it does not know, it throws on. */
class Parser {
  private at = 0;

  constructor(private readonly source: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.at !== this.source.length) throw new Error(`unexpected ${this.source[this.at]} at ${this.at}`);
    return node;
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 ? (options[0] as Node) : { kind: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') items.push(this.quantified(this.atom()));
    return { kind: 'seq', items };
  }

  private quantified(atom: Node): Node {
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!m) throw new Error('bad braces');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.at += m[0].length - 1;
    } else return atom;
    this.at++;
    if (this.peek() === '?') this.at++; // lazy: the same strings
    if (atom.kind === 'empty') return atom;
    return this.quantified({ kind: 'repeat', item: atom, min, max });
  }

  private atom(): Node {
    const c = this.source[this.at++] as string;
    switch (c) {
      case '(': {
        const rest = this.source.slice(this.at);
        const look = /^\?(?:=|!|<=|<!)/.exec(rest);
        if (look) {
          this.at += look[0].length;
          this.alternation();
          this.expect(')');
          return { kind: 'empty' };
        }
        if (rest.startsWith('?:')) this.at += 2;
        else if (rest.startsWith('?<')) {
          const name = /^\?<[A-Za-z_$][\w$]*>/.exec(rest);
          if (!name) throw new Error('bad group');
          this.at += name[0].length;
        } else if (rest.startsWith('?')) throw new Error('unknown group');
        const inner = this.alternation();
        this.expect(')');
        return inner;
      }
      case '[':
        this.skipClass();
        return { kind: 'any' };
      case '.':
        return { kind: 'any' };
      case '^':
      case '$':
        return { kind: 'empty' };
      case '\\':
        return this.escape();
      case ')':
      case '|':
      case '*':
      case '+':
      case '?':
      case '{':
      case '}':
      case ']':
        throw new Error(`unexpected ${c}`);
      default:
        return { kind: 'text', char: c };
    }
  }

  private escape(): Node {
    const c = this.source[this.at++];
    if (c === undefined) throw new Error('trailing backslash');
    if (c === 'b' || c === 'B') return { kind: 'empty' };
    if ('dDwWsS'.includes(c)) return { kind: 'any' };
    // Back-references and code escapes (\1, \k<name>, \n, \x41, \u0041, \cJ, \p{…}) are not read: the
    // pattern goes without a requirement rather than have their letters taken for text.
    if (/[a-zA-Z0-9]/.test(c)) throw new Error(`escape \\${c} not read`);
    return { kind: 'text', char: c };
  }

  private skipClass(): void {
    while (this.at < this.source.length) {
      const c = this.source[this.at++];
      if (c === '\\') this.at++;
      else if (c === ']') return;
    }
    throw new Error('unclosed class');
  }

  private expect(c: string): void {
    if (this.source[this.at] !== c) throw new Error(`expected ${c} at ${this.at}`);
    this.at++;
  }

  private peek(): string | undefined {
    return this.source[this.at];
  }
}
