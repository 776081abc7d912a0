import assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/knowledge/knowledgeBase';
import { formatProblem } from '../../src/knowledge/knowledgeProblem';
import type { Topic } from '../../src/knowledge/topicSchema';
import { findConfusableQuestions } from '../../src/recognition/confusableQuestions';

const topic = (id: string, questions: string[]): Topic => ({
  id, audience: 'public', title: id, questions, keywords: [], followUps: [], kind: 'content',
  sources: [{ title: 't', file: 'f' }], reviewed: new Date('2026-01-01'), owner: 'o', answer: 'an answer here', file: `${id}.md`,
});

describe('kb:check warning for questions two topics share', () => {
  it('warns, naming both files, when two topics ask nearly the same thing', () => {
    const kb: KnowledgeBase = {
      topics: [topic('alpha', ['how do I report a scam email', 'what is alpha']), topic('beta', ['how do i report a scam email please?', 'tell me about beta'])],
      outOfScopeExamples: [],
      synonymGroups: [],
    };
    const warnings = findConfusableQuestions(kb);
    assert.equal(warnings.length, 1);
    assert.match(formatProblem(warnings[0]!), /alpha\.md: warning: .*beta\.md/);
  });

  it('stays quiet for different questions', () => {
    const kb: KnowledgeBase = { topics: [topic('alpha', ['what is the helpline number']), topic('beta', ['was a ransom paid'])], outOfScopeExamples: [], synonymGroups: [] };
    assert.deepEqual(findConfusableQuestions(kb), []);
  });
});
