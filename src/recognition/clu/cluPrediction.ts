import { z } from 'zod';

/**
 * The part of an analyze-conversations result the bot relies on, as the SDK hands it over (the SDK
 * renames the wire field `confidenceScore` to `confidence`). Checked at the edge: a body of any
 * other shape is a malformed response, not a prediction.
 */
export const cluTaskResultSchema = z.object({
  kind: z.literal('ConversationResult'),
  result: z.object({
    query: z.string(),
    prediction: z.object({
      projectKind: z.literal('Conversation'),
      topIntent: z.string().min(1),
      intents: z.array(z.object({ category: z.string().min(1), confidence: z.number().min(0).max(1) })),
    }),
  }),
});

export type CluPrediction = z.infer<typeof cluTaskResultSchema>['result']['prediction'];

/** CLU's built-in intent for "none of the above". */
export const NONE_INTENT = 'None';
