import { z } from 'zod';

/** Topic ids are kebab-case so they are stable in URLs, eval files and CLU intents. */
export const topicIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens');

export const audienceSchema = z.enum(['public', 'staff']);
export type Audience = z.infer<typeof audienceSchema>;

export const sourceSchema = z
  .object({
    title: z.string().min(1),
    url: z.string().url().optional(),
    file: z.string().min(1).optional(),
  })
  .strict()
  .refine((s) => s.url !== undefined || s.file !== undefined, {
    message: 'a source needs a url or a file',
  });

/** Front matter of one knowledge file; the Markdown body is the answer. */
export const topicFrontMatterSchema = z
  .object({
    id: topicIdSchema,
    audience: audienceSchema,
    title: z.string().min(3),
    questions: z.array(z.string().trim().min(2)).min(1),
    /** Single words or short phrases that on their own point at this topic ("helpline", "camhs"). */
    keywords: z.array(z.string().trim().min(2)).default([]),
    followUps: z.array(topicIdSchema).default([]),
    sources: z.array(sourceSchema).min(1, 'every topic needs at least one source'),
    reviewed: z.coerce.date(),
    owner: z.string().min(2),
    action: z.enum(['handoff', 'crisis']).optional(),
    /** For a staff topic: the public topic that answers the same worry for everyone else. */
    publicAlternative: topicIdSchema.optional(),
    /** Conversational topics (greeting, thanks…) may have fewer phrasings than content topics. */
    kind: z.enum(['content', 'conversational']).default('content'),
  })
  .strict();

export const topicSchema = topicFrontMatterSchema.extend({
  answer: z.string().trim().min(10, 'the answer is empty'),
  file: z.string(),
});

export type Topic = z.infer<typeof topicSchema>;
export type TopicId = Topic['id'];

/** Minimum phrasings for a content topic, so the recogniser has enough to learn from. */
export const MIN_CONTENT_QUESTIONS = 8;
