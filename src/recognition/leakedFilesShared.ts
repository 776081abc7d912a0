import type { Recognition } from './recognizer';
import { withTopicFirst } from './topicFirst';

const DO_NOT_SEARCH = 'do-not-search-data';

/**
 * "a colleague is sharing screenshots of the leaked files in our group chat, is that allowed" (dev37): the stolen
 * data passed round, looked at or looked for. The recogniser hears "the leaked files" and answers what was
 * published; the answer is do-not-search-data (don't look for it or share it, and report it). Only with that topic
 * in the recogniser's top three, and not over a kept topic (the crisis answer, a person).
 */
export function withLeakedFilesShared(recognition: Recognition, text: string, kept: ReadonlySet<string>, levels: { readonly inScope: number; readonly answer: number }): Recognition {
  const [top] = recognition.ranked;
  if (!top || top.topicId === DO_NOT_SEARCH || kept.has(top.topicId) || !recognition.ranked.slice(1, 3).some((s) => s.topicId === DO_NOT_SEARCH)) return recognition;
  return SHARED.test(text.toLowerCase()) ? withTopicFirst(recognition, DO_NOT_SEARCH, Math.max(top.score, levels.answer), kept, levels.inScope) : recognition;
}

const SHARED =
  /\b(?:shar(?:e|es|ed|ing)|post(?:s|ed|ing)?|forward(?:s|ed|ing)?|pass(?:es|ed|ing)? (?:round|around)|circulat\w*|send(?:s|ing)?|sent|screenshot\w*|download\w*|view(?:s|ed|ing)?|open(?:s|ed|ing)?|look(?:s|ed|ing)? (?:at|through))\b(?: \w+){0,4} (?:the |some |those |these )?(?:leaked|stolen|published|hacked|dumped) (?:files?|data|records|documents|docs|info|information|stuff|details|notes)\b/;
