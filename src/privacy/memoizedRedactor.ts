import type { Redactor } from './redact';

/**
 * Remembers the results of a redactor for texts it sees again. The bot's own replies repeat
 * (the same answers, over and over), so redacting them once per text rather than once per turn
 * saves the pattern scans. Only for the service's words: a visitor's text is never kept in memory.
 * Bounded by count and by text length; the oldest result goes first.
 */
export function memoizedRedactor(redactor: Redactor, maxEntries = 512, maxChars = 4000): Redactor {
  const results = new Map<string, string>();
  return (text) => {
    if (text.length > maxChars) return redactor(text);
    const known = results.get(text);
    if (known !== undefined) return known;
    const redacted = redactor(text);
    if (results.size >= maxEntries) results.delete(results.keys().next().value as string);
    results.set(text, redacted);
    return redacted;
  };
}
