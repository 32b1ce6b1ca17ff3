import { describe, expect, it } from 'vitest';
import { guideStepInput, type GuideStepDetail } from '../../../contracts/guide.js';
import {
  formerStart, formPath, inGuideOrder, keyFromTitle, stepProblems, stepsLeadingTo, toFormValues, toStepInput, type StepFormValues,
} from './step-form.js';

let n = 0;
function step(over: Partial<GuideStepDetail>): GuideStepDetail {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, guideId: '00000000-0000-4000-8000-000000000999',
    key: `steg-${n}`, level: 0, kind: 'step', position: 0,
    content: { nb: { title: `Steg ${n}`, body: '', how: '', who: '' }, nn: null, en: null },
    choices: [], documentIds: [], staffFunction: null, deadlineDays: null, workPoint: null, updatedAt: '2025-01-01T00:00:00.000Z', version: 1,
    ...over,
  };
}

const start = step({ key: 'start', kind: 'start', choices: [{ label: { nb: 'Jeg er bekymret', nn: null, en: null }, to: 'grunn' }] });
const reason = step({ key: 'grunn', kind: 'decision', choices: [
  { label: { nb: 'Ja', nn: 'Ja', en: 'Yes' }, to: 'slutt' }, { label: { nb: 'Nei', nn: null, en: null }, to: 'slutt' },
] });
const end = step({ key: 'slutt', kind: 'end', level: 1 });
const steps = [end, reason, start];

describe('step form values', () => {
  it('round-trips a step: untranslated languages stay null, empty choice labels become null', () => {
    const input = toStepInput(toFormValues(reason, { level: 0, position: 0 }));
    expect(input.content).toEqual({ nb: reason.content.nb, nn: null, en: null });
    expect(input.choices).toEqual(reason.choices);
    expect(guideStepInput.safeParse(input).success).toBe(true);
  });

  it('sends a translation once any of its fields is filled, trimmed', () => {
    const values = toFormValues(null, { level: 2, position: 30 });
    values.key = 'samarbeid';
    values.content.nb.title = ' Samarbeid ';
    values.content.en.who = ' The relay holder ';
    values.choices = [{ label: { nb: 'Videre', nn: '', en: 'Next' }, to: 'slutt' }];
    const input = toStepInput(values);
    expect(input).toMatchObject({ level: 2, position: 30, content: { nb: { title: 'Samarbeid' }, nn: null, en: { title: '', who: 'The relay holder' } } });
    expect(input.choices).toEqual([{ label: { nb: 'Videre', nn: null, en: 'Next' }, to: 'slutt' }]);
  });

  it('an end step sends no choices, whatever the form still holds', () => {
    const values = toFormValues(start, { level: 0, position: 0 });
    values.kind = 'end';
    expect(toStepInput(values).choices).toEqual([]);
  });
});

describe('stepProblems', () => {
  const base = (): StepFormValues => ({ ...toFormValues(null, { level: 0, position: 0 }), key: 'ny', choices: [{ label: { nb: 'Videre', nn: '', en: '' }, to: 'slutt' }] });

  it('finds a taken key and too few choices for a decision', () => {
    expect(stepProblems({ ...base(), key: 'grunn' }, steps, undefined)).toEqual([{ path: 'key', code: 'key_taken' }]);
    expect(stepProblems({ ...base(), kind: 'decision' }, steps, undefined)).toEqual([{ path: 'choices', code: 'too_few_choices' }]);
    expect(stepProblems({ ...base(), choices: [] }, steps, undefined)).toEqual([{ path: 'choices', code: 'too_few_choices' }]);
    expect(stepProblems({ ...base(), kind: 'end', choices: [] }, steps, undefined)).toEqual([]);
  });

  it('lets a new start take over from the present one, which must have a choice to lead on as an ordinary step', () => {
    expect(stepProblems({ ...base(), kind: 'start' }, steps, undefined)).toEqual([]);
    expect(formerStart(steps, undefined)).toBe(start);
    const dead = { ...start, choices: [] };
    expect(stepProblems({ ...base(), kind: 'start' }, [end, reason, dead], undefined)).toEqual([{ path: 'kind', code: 'start_without_choices' }]);
    // An existing step made the start; the start itself saved as the start takes over from no one.
    expect(stepProblems({ ...toFormValues(reason, { level: 0, position: 0 }), kind: 'start' }, [end, reason, dead], reason.id))
      .toEqual([{ path: 'kind', code: 'start_without_choices' }]);
    expect(formerStart(steps, start.id)).toBeUndefined();
  });

  it('lets a step keep its own key, and will not take away the only start', () => {
    const values = toFormValues(start, { level: 0, position: 0 });
    expect(stepProblems(values, steps, start.id)).toEqual([]);
    expect(stepProblems({ ...values, kind: 'step' }, steps, start.id)).toEqual([{ path: 'kind', code: 'start_needed' }]);
  });

  it('wants a title in a language that has other text', () => {
    const values = base();
    values.content.nn.body = 'Tekst utan tittel';
    expect(stepProblems(values, steps, undefined)).toEqual([{ path: 'content.nn.title', code: 'title_needed' }]);
  });
});

describe('the guide as a whole', () => {
  it('orders by level, then position, then key', () => {
    expect(inGuideOrder(steps).map((s) => s.key)).toEqual(['grunn', 'start', 'slutt']);
  });
  it('knows which steps lead to a step', () => {
    expect(stepsLeadingTo(end, steps).map((s) => s.key)).toEqual(['grunn']);
    expect(stepsLeadingTo(start, steps)).toEqual([]);
  });
  it('makes a key from a Norwegian title', () => {
    expect(keyFromTitle('Grunn til bekymring?')).toBe('grunn-til-bekymring');
    expect(keyFromTitle('Skal andre involveres i innsatsen – nivå 2')).toBe('skal-andre-involveres-i-innsatsen-niva-2');
    expect(keyFromTitle('Samtale med foresatte/barnet (Ø, Æ, É)')).toBe('samtale-med-foresatte-barnet-o-ae-e');
  });
  it('reads server paths as form paths', () => {
    expect(formPath('body.step.choices.0.to')).toBe('choices.0.to');
    expect(formPath('step.key')).toBe('key');
    expect(formPath('content.nn.title')).toBe('content.nn.title');
  });
});
