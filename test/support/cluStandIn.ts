import type { CluProject } from '../../src/knowledge/exporters/cluProjectSchema';
import { type CluReply, type CluRequest, type CluResponder, conversationResult, errorReply, queryOf } from './cluLoopback';

/**
 * A stand-in for a *trained and deployed* CLU project, for evaluation runs on a machine without
 * Azure: it learns from the exported project's Train utterances only (as CLU would) and answers
 * with a character n-gram nearest-neighbour model, its similarities turned into confidence scores
 * with a softmax. It is not CLU and its accuracy says nothing about CLU's; it makes the plumbing,
 * the fallbacks and the orchestration rule measurable against a second, differently-built model.
 */
export function standInResponder(project: CluProject, options: { temperature?: number } = {}): CluResponder {
  const model = new NgramModel(project.assets.utterances.filter((u) => u.dataset === 'Train'));
  const intents = project.assets.intents.map((i) => i.category);
  const temperature = options.temperature ?? 0.04;
  return (request: CluRequest): CluReply => {
    const params = (request.body as { parameters?: { projectName?: string; deploymentName?: string } } | undefined)?.parameters;
    if (request.path !== '/language/:analyze-conversations' || !request.query.get('api-version'))
      return errorReply(404, 'NotFound', 'Resource not found');
    if (params?.projectName !== project.metadata.projectName)
      return errorReply(404, 'ProjectNotFound', `The project ${String(params?.projectName)} could not be found.`);
    const text = queryOf(request);
    const similarity = model.similarityByIntent(text);
    const logits = intents.map((i) => (similarity.get(i) ?? 0) / temperature);
    const max = Math.max(...logits);
    const exp = logits.map((l) => Math.exp(l - max));
    const sum = exp.reduce((a, b) => a + b, 0);
    return conversationResult(
      text,
      intents.map((intent, k) => [intent, Math.round(((exp[k] ?? 0) / sum) * 1e4) / 1e4] as const),
    );
  };
}

type Vector = Map<string, number>;

class NgramModel {
  private readonly idf = new Map<string, number>();
  private readonly examples: Array<{ intent: string; vector: Vector }>;

  constructor(utterances: ReadonlyArray<{ text: string; intent: string }>) {
    const grams = utterances.map((u) => ngrams(u.text));
    const df = new Map<string, number>();
    for (const g of grams) for (const key of g.keys()) df.set(key, (df.get(key) ?? 0) + 1);
    for (const [key, n] of df) this.idf.set(key, Math.log((1 + grams.length) / (1 + n)) + 1);
    this.examples = utterances.map((u, k) => ({ intent: u.intent, vector: this.weigh(grams[k] ?? new Map()) }));
  }

  similarityByIntent(text: string): Map<string, number> {
    const query = this.weigh(ngrams(text));
    const best = new Map<string, number>();
    for (const example of this.examples) {
      let dot = 0;
      for (const [key, w] of query) dot += w * (example.vector.get(key) ?? 0);
      if (dot > (best.get(example.intent) ?? 0)) best.set(example.intent, dot);
    }
    return best;
  }

  private weigh(counts: Vector): Vector {
    const v: Vector = new Map();
    let norm = 0;
    for (const [key, n] of counts) {
      const w = (1 + Math.log(n)) * (this.idf.get(key) ?? 0);
      if (w > 0) v.set(key, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [key, w] of v) v.set(key, w / norm);
    return v;
  }
}

function ngrams(text: string): Vector {
  const clean = ` ${text.toLowerCase().replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ').trim()} `;
  const counts: Vector = new Map();
  for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= clean.length; i++) counts.set(clean.slice(i, i + n), (counts.get(clean.slice(i, i + n)) ?? 0) + 1);
  return counts;
}
