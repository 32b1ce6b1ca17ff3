import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GuideEditor, GuideInput, GuideStepDetail, GuideStepInput } from '../../../contracts/guide.js';
import type { LevelModelEditor, LevelModelInput } from '../../../contracts/levels.js';
import { levelModelKey } from '../../components/levels.js';
import { api } from '../../api/client.js';

export const guideEditorKey = ['content', 'guide'] as const;
const stepsPath = '/api/content/guide/steps';

/** Every step as written and the documents a step may link: one request, the guide is small. */
export function useGuideEditor() {
  return useQuery({
    queryKey: guideEditorKey,
    queryFn: ({ signal }) => api<GuideEditor>('/api/content/guide', { signal }),
  });
}

/** Create (no id) or replace a step; the whole editor is read again, since choices elsewhere may point here. */
export function useSaveStep(id: string | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ step, version }: { step: GuideStepInput; version: number | null }) =>
      id
        ? api<GuideStepDetail>(`${stepsPath}/${encodeURIComponent(id)}`, { method: 'PUT', body: { step, version } })
        : api<GuideStepDetail>(stepsPath, { method: 'POST', body: step }),
    onSuccess: () => client.invalidateQueries({ queryKey: guideEditorKey }),
  });
}

/**
 * Delete a step; `then` runs after the page has moved on (the step's own page would otherwise
 * show «not found» for a moment), and the guide drops the step at once and is read again.
 */
export function useDeleteStep() {
  const client = useQueryClient();
  const mutation = useMutation({
    mutationFn: (id: string) => api<unknown>(`${stepsPath}/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  });
  const remove = async (id: string, then: () => void) => {
    await mutation.mutateAsync(id);
    then();
    client.setQueryData<GuideEditor>(guideEditorKey, (old) => (old ? { ...old, steps: old.steps.filter((s) => s.id !== id) } : old));
    await client.invalidateQueries({ queryKey: guideEditorKey });
  };
  return { ...mutation, remove };
}

export function useInstallDefaultGuide() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<unknown>('/api/content/guide/install-default', { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: guideEditorKey }),
  });
}

export const levelEditorKey = ['content', 'levels'] as const;

/** The level model as the coordinator edits it, with what uses each level. */
export function useLevelEditor() {
  return useQuery({
    queryKey: levelEditorKey,
    queryFn: ({ signal }) => api<LevelModelEditor>('/api/content/levels', { signal }),
  });
}

/** Replaces the model; everything that names levels (the guide, the app's level names) is read again. */
export function useSaveLevels() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: LevelModelInput) => api<LevelModelEditor>('/api/content/levels', { method: 'PUT', body }),
    onSuccess: async (data) => {
      client.setQueryData(levelEditorKey, data);
      await Promise.all([client.invalidateQueries({ queryKey: levelModelKey }), client.invalidateQueries({ queryKey: guideEditorKey })]);
    },
  });
}

/** Create (no id), change or delete a guide; the answer is the whole editor. */
export function useSaveGuide(id: string | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ guide, version }: { guide: GuideInput; version: number | null }) =>
      id
        ? api<GuideEditor>(`/api/content/guides/${encodeURIComponent(id)}`, { method: 'PUT', body: { guide, version } })
        : api<GuideEditor>('/api/content/guides', { method: 'POST', body: guide }),
    onSuccess: (data) => client.setQueryData(guideEditorKey, data),
  });
}

export function useDeleteGuide() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<GuideEditor>(`/api/content/guides/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: (data) => client.setQueryData(guideEditorKey, data),
  });
}
