import { z } from 'zod';

/**
 * The Language Studio / CLU authoring import format for a Conversation project, as documented in
 * "Data formats accepted by conversational language understanding" (import project file format)
 * and "Conversational language understanding limits". Only the parts this exporter writes.
 */
const languageCode = z.string().regex(/^[a-z]{2}(-[a-z]{2})?$/, 'must be a language code such as en-gb');
/** Intent names: up to 50 characters, none of : $ & % * ( ) + ~ # / ? */
const intentName = z.string().regex(/^[^:$&%*()+~#/?]{1,50}$/, 'must be 1–50 characters without : $ & % * ( ) + ~ # / ?');

export const cluProjectSchema = z
  .object({
    projectFileVersion: z.string().regex(/^\d{4}-\d{2}-\d{2}(-preview)?$/),
    stringIndexType: z.literal('Utf16CodeUnit'),
    metadata: z
      .object({
        projectKind: z.literal('Conversation'),
        projectName: z.string().regex(/^[A-Za-z0-9_.-]{1,50}$/, 'must be 1–50 letters, digits, _ . or -'),
        language: languageCode,
        multilingual: z.boolean(),
        description: z.string(),
        settings: z.object({ confidenceThreshold: z.number().min(0).max(1) }).strict(),
      })
      .strict(),
    assets: z
      .object({
        projectKind: z.literal('Conversation'),
        intents: z.array(z.object({ category: intentName }).strict()).min(1).max(500),
        entities: z.array(z.never()),
        utterances: z
          .array(
            z
              .object({
                text: z.string().min(1).max(500),
                intent: intentName,
                language: languageCode,
                dataset: z.enum(['Train', 'Test']),
              })
              .strict(),
          )
          .min(1)
          .max(25_000),
      })
      .strict(),
  })
  .strict()
  .superRefine((project, ctx) => {
    const declared = new Set(project.assets.intents.map((i) => i.category));
    if (declared.size !== project.assets.intents.length) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['assets', 'intents'], message: 'intent names must be unique' });
    const trained = new Set<string>();
    for (const [index, u] of project.assets.utterances.entries()) {
      if (!declared.has(u.intent))
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['assets', 'utterances', index, 'intent'], message: `intent "${u.intent}" is not declared` });
      if (u.dataset === 'Train') trained.add(u.intent);
    }
    for (const intent of declared)
      if (!trained.has(intent)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['assets', 'intents'], message: `intent "${intent}" has no Train utterance` });
  });

export type CluProject = z.infer<typeof cluProjectSchema>;
