import { parse as parseYaml, YAMLParseError } from 'yaml';
import { topicFrontMatterSchema, topicSchema, type Topic } from './topicSchema';
import type { KnowledgeProblem } from './knowledgeProblem';

export type ParsedTopic = { ok: true; topic: Topic } | { ok: false; problems: KnowledgeProblem[] };

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Parses one `knowledge/<id>.md` file: YAML front matter, then the Markdown answer. */
export function parseTopicFile(file: string, text: string): ParsedTopic {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { ok: false, problems: [{ code: 'no-front-matter', file }] };
  const [, yamlText, body] = match;

  let data: unknown;
  try {
    data = parseYaml(yamlText ?? '');
  } catch (error) {
    const message = error instanceof YAMLParseError ? error.message.split('\n')[0] ?? error.message : String(error);
    return { ok: false, problems: [{ code: 'bad-yaml', file, message }] };
  }

  const front = topicFrontMatterSchema.safeParse(data ?? {});
  const problems: KnowledgeProblem[] = [];
  if (!front.success) {
    for (const issue of front.error.issues) {
      const field = issue.path.length > 0 ? issue.path.join('.') : unknownKeyField(issue);
      problems.push({ code: 'invalid-field', file, field, message: issue.message.replace(/^./, (c) => c.toLowerCase()) });
    }
  }
  const answer = (body ?? '').trim();
  if (answer.length < 10) problems.push({ code: 'invalid-field', file, field: 'answer', message: 'is empty: write the answer below the front matter' });
  if (!front.success || problems.length > 0) return { ok: false, problems };

  const topic = topicSchema.parse({ ...front.data, answer, file });
  return { ok: true, topic };
}

function unknownKeyField(issue: { code: string; keys?: string[] }): string {
  return issue.code === 'unrecognized_keys' && issue.keys ? issue.keys.join(', ') : '(front matter)';
}
