import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { KnowledgeBase } from './knowledgeBase';
import type { KnowledgeProblem } from './knowledgeProblem';
import { parseTopicFile } from './parseTopicFile';
import type { Topic } from './topicSchema';
import { validateKnowledgeBase } from './validateKnowledgeBase';

const outOfScopeSchema = z.object({ examples: z.array(z.string().trim().min(1)) }).strict();
const synonymsSchema = z.object({ groups: z.array(z.array(z.string().trim().min(1)).min(2)) }).strict();
const localNamesSchema = z.object({ places: z.array(z.string().trim().min(1)), elsewhere: z.array(z.string().trim().min(1)).optional() }).strict();

export const OUT_OF_SCOPE_FILE = 'out-of-scope.yaml';
export const SYNONYMS_FILE = 'synonyms.yaml';
export const LOCAL_NAMES_FILE = 'local-names.yaml';

export type LoadResult =
  | { ok: true; knowledgeBase: KnowledgeBase }
  | { ok: false; problems: KnowledgeProblem[] };

export interface LoadOptions {
  readonly requiredIds?: readonly string[];
}

/**
 * Reads every `*.md` topic in the folder (plus the optional out-of-scope, synonym and local-name lists) and
 * reports every problem at once, so an editor can fix them in one pass.
 */
export async function loadKnowledgeBase(directory: string, options: LoadOptions = {}): Promise<LoadResult> {
  let names: string[];
  try {
    names = (await readdir(directory)).sort();
  } catch (error) {
    return { ok: false, problems: [{ code: 'unreadable', file: directory, message: (error as Error).message }] };
  }

  const problems: KnowledgeProblem[] = [];
  const topics: Topic[] = [];
  for (const name of names.filter((n) => n.endsWith('.md') && !n.startsWith('README'))) {
    const text = await readText(path.join(directory, name), name, problems);
    if (text === undefined) continue;
    const parsed = parseTopicFile(name, text);
    if (parsed.ok) topics.push(parsed.topic);
    else problems.push(...parsed.problems);
  }

  const outOfScope = await readYamlFile(directory, OUT_OF_SCOPE_FILE, outOfScopeSchema, problems);
  const synonyms = await readYamlFile(directory, SYNONYMS_FILE, synonymsSchema, problems);
  const localNames = await readYamlFile(directory, LOCAL_NAMES_FILE, localNamesSchema, problems);
  problems.push(...validateKnowledgeBase(topics, { directory, requiredIds: options.requiredIds }));
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    knowledgeBase: {
      topics,
      outOfScopeExamples: outOfScope?.examples ?? [],
      synonymGroups: synonyms?.groups ?? [],
      localNames: localNames?.places ?? [],
      otherPlaces: localNames?.elsewhere ?? [],
    },
  };
}

async function readText(file: string, name: string, problems: KnowledgeProblem[]): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    problems.push({ code: 'unreadable', file: name, message: (error as Error).message });
    return undefined;
  }
}

async function readYamlFile<T>(directory: string, name: string, schema: z.ZodType<T>, problems: KnowledgeProblem[]): Promise<T | undefined> {
  let text: string;
  try {
    text = await readFile(path.join(directory, name), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    problems.push({ code: 'unreadable', file: name, message: (error as Error).message });
    return undefined;
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    problems.push({ code: 'bad-yaml', file: name, message: (error as Error).message.split('\n')[0] ?? '' });
    return undefined;
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues)
    problems.push({ code: 'invalid-field', file: name, field: issue.path.join('.') || '(file)', message: issue.message.toLowerCase() });
  return undefined;
}
