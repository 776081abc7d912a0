import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { audienceSchema } from '../knowledge/topicSchema';

export const evalCaseSchema = z.object({
  text: z.string(),
  audience: audienceSchema,
  expect: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
});
export type EvalCase = z.infer<typeof evalCaseSchema>;

export type CaseFileResult = { ok: true; cases: EvalCase[] } | { ok: false; message: string };

/** Reads a JSON Lines case file; a bad line is reported with its file and line number. */
export async function readCaseFile(file: string): Promise<CaseFileResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, message: `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
  const cases: EvalCase[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      return { ok: false, message: `${file}:${index + 1}: not valid JSON` };
    }
    const parsed = evalCaseSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, message: `${file}:${index + 1}: field "${issue?.path.join('.') ?? ''}" ${issue?.message.toLowerCase() ?? 'is invalid'}` };
    }
    cases.push(parsed.data);
  }
  return { ok: true, cases };
}

export function expectedTopics(c: EvalCase): string[] {
  return Array.isArray(c.expect) ? c.expect : [c.expect];
}
