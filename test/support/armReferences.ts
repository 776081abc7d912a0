import { z } from 'zod';

/** The parts of an ARM deployment template the checks read; everything else passes through. */
export const armTemplateSchema = z
  .object({
    $schema: z.string(),
    parameters: z.record(z.object({ type: z.string() }).passthrough()).default({}),
    variables: z.record(z.unknown()).default({}),
    resources: z.array(z.record(z.unknown())),
    outputs: z.record(z.object({ type: z.string(), value: z.unknown() }).passthrough()).default({}),
  })
  .passthrough();
export type ArmTemplate = z.infer<typeof armTemplateSchema>;

/** An ARM parameter file (`deploymentParameters.json` schema). */
export const armParameterFileSchema = z
  .object({
    $schema: z.string(),
    parameters: z.record(z.object({ value: z.unknown(), reference: z.unknown() }).partial()),
  })
  .passthrough();
export type ArmParameterFile = z.infer<typeof armParameterFileSchema>;

export type ArmReference =
  | { kind: 'parameter' | 'variable'; name: string; path: string }
  | { kind: 'dynamic'; fn: string; path: string };

export type ArmProblem =
  | { code: 'undeclared_parameter'; name: string; path: string }
  | { code: 'undeclared_variable'; name: string; path: string }
  | { code: 'dynamic_reference'; fn: string; path: string }
  | { code: 'unknown_parameter_value'; name: string }
  | { code: 'missing_parameter_value'; name: string };

/** A string is an ARM expression when bracketed; `[[` escapes a literal bracket. */
export function isArmExpression(text: string): boolean {
  return text.startsWith('[') && text.endsWith(']') && !text.startsWith('[[');
}

/**
 * Every `parameters('…')` / `variables('…')` call in the expressions anywhere in `value`
 * (object keys included). Calls whose argument is not a string literal cannot be checked
 * statically and come back as `dynamic`.
 */
export function findArmReferences(value: unknown, path = '$'): ArmReference[] {
  if (typeof value === 'string') return isArmExpression(value) ? referencesIn(value.slice(1, -1), path) : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => findArmReferences(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      ...findArmReferences(key, `${path}{key ${key}}`),
      ...findArmReferences(item, `${path}.${key}`),
    ]);
  }
  return [];
}

/** References in one template to parameters or variables it does not declare. */
export function checkArmReferences(template: ArmTemplate): ArmProblem[] {
  return checkReferences(findArmReferences(template), template);
}

/** Like {@link checkArmReferences}, for a part of the template (an output, a resource). */
export function checkReferences(references: ArmReference[], template: ArmTemplate): ArmProblem[] {
  const parameters = new Set(Object.keys(template.parameters));
  const variables = new Set(Object.keys(template.variables));
  return references.flatMap((ref): ArmProblem[] => {
    switch (ref.kind) {
      case 'parameter':
        return parameters.has(ref.name) ? [] : [{ code: 'undeclared_parameter', name: ref.name, path: ref.path }];
      case 'variable':
        return variables.has(ref.name) ? [] : [{ code: 'undeclared_variable', name: ref.name, path: ref.path }];
      case 'dynamic':
        return [{ code: 'dynamic_reference', fn: ref.fn, path: ref.path }];
      default:
        return assertNever(ref);
    }
  });
}

/** Values in the file the template does not take, and required template parameters the file leaves out. */
export function checkParameterFile(template: ArmTemplate, file: ArmParameterFile): ArmProblem[] {
  const unknown = Object.keys(file.parameters)
    .filter((name) => !(name in template.parameters))
    .map((name): ArmProblem => ({ code: 'unknown_parameter_value', name }));
  const missing = Object.entries(template.parameters)
    .filter(([name, declaration]) => !('defaultValue' in declaration) && !(name in file.parameters))
    .map(([name]): ArmProblem => ({ code: 'missing_parameter_value', name }));
  return [...unknown, ...missing];
}

export function describeArmProblem(problem: ArmProblem): string {
  switch (problem.code) {
    case 'undeclared_parameter':
      return `${problem.path}: parameters('${problem.name}') is not declared`;
    case 'undeclared_variable':
      return `${problem.path}: variables('${problem.name}') is not declared`;
    case 'dynamic_reference':
      return `${problem.path}: ${problem.fn}() with a computed name cannot be checked`;
    case 'unknown_parameter_value':
      return `parameter file sets '${problem.name}', which the template does not declare`;
    case 'missing_parameter_value':
      return `template parameter '${problem.name}' has no defaultValue and the parameter file does not set it`;
    default:
      return assertNever(problem);
  }
}

const referenceFunctions = new Map<string, 'parameter' | 'variable'>([
  ['parameters', 'parameter'],
  ['variables', 'variable'],
]);

/** Scans one expression body, skipping string literals (`'…'`, with `''` as an escaped quote). */
function referencesIn(expression: string, path: string): ArmReference[] {
  const found: ArmReference[] = [];
  let i = 0;
  while (i < expression.length) {
    if (expression[i] === "'") {
      i = literalAt(expression, i).end;
      continue;
    }
    const identifier = /^[A-Za-z_][A-Za-z0-9_]*/.exec(expression.slice(i));
    if (identifier === null) {
      i += 1;
      continue;
    }
    const fn = identifier[0];
    const kind = referenceFunctions.get(fn.toLowerCase());
    const afterName = skipSpaces(expression, i + fn.length);
    const isPropertyAccess = i > 0 && expression[i - 1] === '.';
    i += fn.length;
    if (kind === undefined || isPropertyAccess || expression[afterName] !== '(') continue;
    const argStart = skipSpaces(expression, afterName + 1);
    if (expression[argStart] !== "'") {
      found.push({ kind: 'dynamic', fn, path });
      continue;
    }
    const literal = literalAt(expression, argStart);
    if (expression[skipSpaces(expression, literal.end)] === ')') found.push({ kind, name: literal.text, path });
    else found.push({ kind: 'dynamic', fn, path });
    i = literal.end;
  }
  return found;
}

function literalAt(expression: string, start: number): { text: string; end: number } {
  let text = '';
  let i = start + 1;
  while (i < expression.length) {
    if (expression[i] === "'") {
      if (expression[i + 1] !== "'") return { text, end: i + 1 };
      text += "'";
      i += 2;
    } else {
      text += expression[i];
      i += 1;
    }
  }
  return { text, end: i };
}

function skipSpaces(expression: string, from: number): number {
  let i = from;
  while (i < expression.length && /\s/.test(expression[i] ?? '')) i += 1;
  return i;
}

function assertNever(value: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(value)}`);
}
