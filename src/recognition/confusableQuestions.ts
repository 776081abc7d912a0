import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { KnowledgeProblem } from '../knowledge/knowledgeProblem';
import { TextAnalyzer } from './textAnalyzer';

/**
 * Questions of two different topics that look the same to the recogniser once normalised
 * (Jaccard overlap of their stems). Editors get a warning: one of the two will be confused.
 */
export function findConfusableQuestions(kb: KnowledgeBase, threshold = 0.8): KnowledgeProblem[] {
  const analyzer = new TextAnalyzer({ vocabularyTexts: kb.topics.flatMap((t) => t.questions), synonymGroups: kb.synonymGroups });
  const entries = kb.topics.flatMap((topic) =>
    topic.questions.map((question) => ({ topic, question, stems: new Set(analyzer.analyze(question)) })),
  );
  const problems: KnowledgeProblem[] = [];
  for (let i = 0; i < entries.length; i++) {
    const a = entries[i]!;
    if (a.stems.size < 2) continue;
    for (let j = i + 1; j < entries.length; j++) {
      const b = entries[j]!;
      if (a.topic.id === b.topic.id || b.stems.size < 2) continue;
      let shared = 0;
      for (const s of a.stems) if (b.stems.has(s)) shared++;
      const similarity = shared / (a.stems.size + b.stems.size - shared);
      if (similarity >= threshold)
        problems.push({ code: 'similar-questions', file: a.topic.file, question: a.question, otherFile: b.topic.file, otherQuestion: b.question, similarity });
    }
  }
  return problems;
}
