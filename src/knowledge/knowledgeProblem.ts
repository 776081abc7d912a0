/** Everything that can be wrong with a knowledge base, keyed by a stable code. */
export type KnowledgeProblem =
  | { code: 'unreadable'; file: string; message: string }
  | { code: 'no-front-matter'; file: string }
  | { code: 'bad-yaml'; file: string; message: string }
  | { code: 'invalid-field'; file: string; field: string; message: string }
  | { code: 'id-not-file-name'; file: string; id: string }
  | { code: 'duplicate-id'; file: string; id: string; otherFile: string }
  | { code: 'unknown-follow-up'; file: string; followUp: string }
  | { code: 'staff-follow-up-on-public'; file: string; followUp: string }
  | { code: 'duplicate-question'; file: string; question: string; otherFile: string }
  | { code: 'too-few-questions'; file: string; count: number; minimum: number }
  | { code: 'missing-source-file'; file: string; source: string }
  | { code: 'missing-topic'; id: string }
  | { code: 'similar-questions'; file: string; question: string; otherFile: string; otherQuestion: string; similarity: number }
  | { code: 'review-overdue'; file: string; reviewed: string; days: number; maxDays: number }
  | { code: 'reviewed-in-future'; file: string; reviewed: string }
  | { code: 'missing-list'; file: string; loses: string };

const WARNINGS: ReadonlySet<KnowledgeProblem['code']> = new Set(['similar-questions', 'review-overdue', 'reviewed-in-future', 'missing-list']);

export type KnowledgeProblemSeverity = 'error' | 'warning';

export function severityOf(problem: KnowledgeProblem): KnowledgeProblemSeverity {
  return WARNINGS.has(problem.code) ? 'warning' : 'error';
}

function assertNever(value: never): never {
  throw new Error(`unhandled knowledge problem: ${JSON.stringify(value)}`);
}

/** One line per problem, naming the file and the field so an editor can find it. */
export function formatProblem(p: KnowledgeProblem): string {
  switch (p.code) {
    case 'unreadable':
      return `${p.file}: cannot be read (${p.message})`;
    case 'no-front-matter':
      return `${p.file}: must start with a YAML front matter block between two "---" lines`;
    case 'bad-yaml':
      return `${p.file}: the YAML is not valid: ${p.message}`;
    case 'invalid-field':
      return `${p.file}: field "${p.field}" ${p.message}`;
    case 'id-not-file-name':
      return `${p.file}: field "id" is "${p.id}" but the file is named differently; name the file ${p.id}.md`;
    case 'duplicate-id':
      return `${p.file}: field "id" "${p.id}" is already used by ${p.otherFile}`;
    case 'unknown-follow-up':
      return `${p.file}: field "followUps" names "${p.followUp}", which is not a topic`;
    case 'staff-follow-up-on-public':
      return `${p.file}: field "followUps" names staff topic "${p.followUp}" on a public topic`;
    case 'duplicate-question':
      return `${p.file}: field "questions" has "${p.question}", which is also a question in ${p.otherFile}`;
    case 'too-few-questions':
      return `${p.file}: field "questions" has ${p.count} phrasings; a content topic needs at least ${p.minimum}`;
    case 'missing-source-file':
      return `${p.file}: field "sources" names file "${p.source}", which does not exist`;
    case 'missing-topic':
      return `knowledge base: required topic "${p.id}" is missing (expected ${p.id}.md)`;
    case 'similar-questions':
      return `${p.file}: warning: question "${p.question}" is very like "${p.otherQuestion}" in ${p.otherFile} (similarity ${p.similarity.toFixed(2)}); the two topics may be confused`;
    case 'review-overdue':
      return `${p.file}: warning: field "reviewed" is ${p.reviewed}, ${p.days} day${p.days === 1 ? '' : 's'} ago (more than ${p.maxDays}); check the answer against its sources and update the date`;
    case 'reviewed-in-future':
      return `${p.file}: warning: field "reviewed" is ${p.reviewed}, which is after today`;
    case 'missing-list':
      return `${p.file}: warning: missing or empty, so ${p.loses}`;
    default:
      return assertNever(p);
  }
}
