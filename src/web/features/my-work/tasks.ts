import { taskKinds, type MyWorkTask } from '../../../contracts/my-work.js';

/** The API names its resources in English; the web app's paths are Norwegian and carry ids only. */
const webPaths: [RegExp, string][] = [
  [/^\/concerns\//, '/bekymringer/'],
  [/^\/cases\//, '/saker/'],
  [/^\/handovers\//, '/overleveringer/'],
  [/^\/reports\//, '/bekymringsmeldinger/'],
  [/^\/content\/documents\//, '/innhold/dokumenter/'],
];

export function webPath(href: string): string {
  const path = href.replace(/^\/api(?=\/)/, '');
  for (const [pattern, replacement] of webPaths) {
    if (pattern.test(path)) return path.replace(pattern, replacement);
  }
  return path;
}

export type TaskKind = (typeof taskKinds)[number];

/** Tasks grouped by kind in a fixed order, overdue first within each (the API sorts by date). */
export function groupTasks(tasks: MyWorkTask[]): { kind: TaskKind; tasks: MyWorkTask[] }[] {
  return taskKinds
    .map((kind) => {
      const ofKind = tasks.filter((task) => task.kind === kind);
      return { kind, tasks: [...ofKind.filter((x) => x.overdue), ...ofKind.filter((x) => !x.overdue)] };
    })
    .filter((group) => group.tasks.length > 0);
}
