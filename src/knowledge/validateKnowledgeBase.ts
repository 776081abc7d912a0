import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Topic } from './topicSchema';
import { MIN_CONTENT_QUESTIONS } from './topicSchema';
import type { KnowledgeProblem } from './knowledgeProblem';
import { REQUIRED_TOPIC_IDS } from './requiredTopics';

export interface ValidateOptions {
  /** Folder that `sources[].file` paths are relative to. */
  readonly directory: string;
  readonly requiredIds?: readonly string[];
}

/** Rules that span files: unique ids and questions, follow-ups that exist, required topics present. */
export function validateKnowledgeBase(topics: readonly Topic[], options: ValidateOptions): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const byId = new Map<string, Topic>();
  for (const topic of topics) {
    const other = byId.get(topic.id);
    if (other) problems.push({ code: 'duplicate-id', file: topic.file, id: topic.id, otherFile: other.file });
    else byId.set(topic.id, topic);
    if (path.basename(topic.file, path.extname(topic.file)) !== topic.id)
      problems.push({ code: 'id-not-file-name', file: topic.file, id: topic.id });
  }

  const questionOwner = new Map<string, Topic>();
  for (const topic of topics) {
    const seenHere = new Set<string>();
    for (const question of topic.questions) {
      const key = questionKey(question);
      if (seenHere.has(key)) continue;
      seenHere.add(key);
      const owner = questionOwner.get(key);
      if (owner && owner.id !== topic.id) problems.push({ code: 'duplicate-question', file: topic.file, question, otherFile: owner.file });
      else questionOwner.set(key, topic);
    }
    if (topic.kind === 'content' && topic.questions.length < MIN_CONTENT_QUESTIONS)
      problems.push({ code: 'too-few-questions', file: topic.file, count: topic.questions.length, minimum: MIN_CONTENT_QUESTIONS });
    for (const followUp of topic.followUps) {
      const target = byId.get(followUp);
      if (!target) problems.push({ code: 'unknown-follow-up', file: topic.file, followUp });
      else if (topic.audience === 'public' && target.audience === 'staff')
        problems.push({ code: 'staff-follow-up-on-public', file: topic.file, followUp });
    }
    if (topic.publicAlternative !== undefined) {
      const target = byId.get(topic.publicAlternative);
      if (!target) problems.push({ code: 'unknown-follow-up', file: topic.file, followUp: topic.publicAlternative });
      else if (target.audience !== 'public') problems.push({ code: 'staff-follow-up-on-public', file: topic.file, followUp: topic.publicAlternative });
    }
    for (const source of topic.sources) {
      if (source.file !== undefined && !existsSync(path.resolve(options.directory, source.file)))
        problems.push({ code: 'missing-source-file', file: topic.file, source: source.file });
    }
  }

  for (const id of options.requiredIds ?? REQUIRED_TOPIC_IDS) {
    if (!byId.has(id)) problems.push({ code: 'missing-topic', id });
  }
  return problems;
}

/** Questions that differ only in case, spacing or punctuation count as the same question. */
export function questionKey(question: string): string {
  return question.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
