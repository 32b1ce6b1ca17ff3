import { describe, expect, it } from 'vitest';
import type { MyWorkTask } from '../../../contracts/my-work.js';
import { groupTasks, webPath } from './tasks.js';

const id = '00000000-0000-4000-8000-000000000001';
const task = (kind: MyWorkTask['kind'], dueDate: string, overdue: boolean): MyWorkTask => ({
  kind, dueDate, overdue, href: `/x/${dueDate}`, id, caseId: null, unitName: 'Lia skole', level: 0, child: { id, name: 'Ola Nordmann' },
});

describe('webPath', () => {
  it('maps the API’s resource paths to the Norwegian web paths', () => {
    expect(webPath(`/concerns/${id}`)).toBe(`/bekymringer/${id}`);
    expect(webPath(`/cases/${id}`)).toBe(`/saker/${id}`);
    expect(webPath(`/handovers/${id}`)).toBe(`/overleveringer/${id}`);
    expect(webPath(`/reports/${id}`)).toBe(`/bekymringsmeldinger/${id}`);
    expect(webPath(`/api/cases/${id}`)).toBe(`/saker/${id}`);
    expect(webPath(`/content/documents/${id}`)).toBe(`/innhold/dokumenter/${id}`);
  });
  it('leaves web paths as they are', () => {
    expect(webPath(`/saker/${id}`)).toBe(`/saker/${id}`);
    expect(webPath('/bekymringer')).toBe('/bekymringer');
  });
});

describe('groupTasks', () => {
  it('groups by kind in a fixed order, overdue first, and drops empty groups', () => {
    const groups = groupTasks([
      task('evaluation_due', '2026-12-01', false),
      task('decision_due', '2026-12-05', false),
      task('evaluation_due', '2026-11-01', true),
      task('decision_due', '2026-11-02', true),
    ]);
    expect(groups.map((g) => g.kind)).toEqual(['decision_due', 'evaluation_due']);
    expect(groups[0]!.tasks.map((x) => x.dueDate)).toEqual(['2026-11-02', '2026-12-05']);
    expect(groups[1]!.tasks.map((x) => x.dueDate)).toEqual(['2026-11-01', '2026-12-01']);
  });
});
