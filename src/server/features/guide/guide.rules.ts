import type { FieldProblem } from '../../platform/http/errors.js';
import type { GuideStepKind } from '../../../contracts/guide.js';

/**
 * The shape rules of the action guide as a path, pure so that the editor's checks and the default
 * guide's test share them. An editor builds a guide leaf first: a choice may only lead to a step
 * that exists, so the end steps come before the steps that lead to them and the start comes last.
 * There is at most one start while building, and exactly one once there is one: saving another
 * step as the start moves it there (the former start becomes a plain step), and the start itself
 * is neither deleted nor turned into another kind (guide.service.ts).
 */
export interface StepShape {
  key: string;
  kind: GuideStepKind;
  choices: readonly { to: string }[];
}

/** The choices a kind of step needs: decisions branch, starts and steps lead on, ends close a path. */
export function choiceCountProblem(kind: GuideStepKind, count: number): { code: string; message: string } | null {
  if (kind === 'end' && count > 0) return { code: 'end_has_choices', message: 'An end step has no choices' };
  if (kind === 'decision' && count < 2) return { code: 'decision_needs_two_choices', message: 'A decision needs at least two choices' };
  if ((kind === 'start' || kind === 'step') && count < 1) return { code: 'choice_required', message: 'This step needs a choice that leads on' };
  return null;
}

/**
 * Problems of one step written into a guide whose other steps are `others` (the step itself
 * left out). `prefix` is where the step sits in the request body: '' for a new step, 'step.'
 * in an update, so each problem lands on the field the editor shows.
 */
export function stepProblems(step: StepShape, others: readonly StepShape[], prefix: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const keys = new Set(others.map((s) => s.key));
  const count = choiceCountProblem(step.kind, step.choices.length);
  if (count) problems.push({ path: `${prefix}choices`, ...count });
  step.choices.forEach((choice, i) => {
    const path = `${prefix}choices.${i}.to`;
    if (choice.to === step.key) problems.push({ path, code: 'choice_to_itself', message: 'A choice cannot lead back to its own step' });
    else if (!keys.has(choice.to)) problems.push({ path, code: 'unknown_step', message: 'No step has this key' });
  });
  return problems;
}

/**
 * Saving a step as the start while `formerStart` is the start moves the start: the former one
 * becomes a plain step, and like any step it needs a choice that leads on.
 */
export function startMoveProblems(formerStart: StepShape | undefined, prefix: string): FieldProblem[] {
  if (!formerStart || !choiceCountProblem('step', formerStart.choices.length)) return [];
  const message = `The current start step (${formerStart.key}) has no choice that leads on, so it cannot become an ordinary step; give it a choice first`;
  return [{ path: `${prefix}kind`, code: 'start_without_choices', message }];
}

/** Keys of the steps whose choices lead to `key`, other than the step itself. */
export function stepsLeadingTo(key: string, steps: readonly StepShape[]): string[] {
  return steps.filter((s) => s.key !== key && s.choices.some((c) => c.to === key)).map((s) => s.key);
}

/** Every problem of a whole guide: the default guide's test and the installer use it. */
export function guideProblems(steps: readonly StepShape[]): string[] {
  const problems: string[] = [];
  const keys = new Set<string>();
  for (const s of steps) {
    if (keys.has(s.key)) problems.push(`${s.key}: key used twice`);
    keys.add(s.key);
  }
  const starts = steps.filter((s) => s.kind === 'start');
  if (starts.length !== 1) problems.push(`the guide has ${starts.length} start steps, not one`);
  for (const s of steps) {
    const count = choiceCountProblem(s.kind, s.choices.length);
    if (count) problems.push(`${s.key}: ${count.message}`);
    for (const c of s.choices) {
      if (c.to === s.key) problems.push(`${s.key}: a choice leads to itself`);
      else if (!keys.has(c.to)) problems.push(`${s.key}: choice leads to unknown step ${c.to}`);
    }
  }
  return problems;
}

/** Keys reachable from the start by following choices, in the order a reader meets them. */
export function reachableFrom(startKey: string, steps: readonly StepShape[]): string[] {
  const byKey = new Map(steps.map((s) => [s.key, s]));
  const seen = new Set<string>([startKey]);
  const queue = [startKey];
  while (queue.length > 0) {
    const step = byKey.get(queue.shift()!);
    for (const c of step?.choices ?? []) {
      if (!seen.has(c.to) && byKey.has(c.to)) {
        seen.add(c.to);
        queue.push(c.to);
      }
    }
  }
  return [...seen];
}
