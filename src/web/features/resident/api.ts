import { useQuery } from '@tanstack/react-query';
import type { ResidentCasesResponse } from '../../../contracts/consents.js';
import { api } from '../../api/client.js';

/** The logged-in guardian's children's cases and the young person's own (GET /api/resident/cases). */
export function useResidentCases() {
  return useQuery({ queryKey: ['resident-cases'], queryFn: () => api<ResidentCasesResponse>('/api/resident/cases') });
}
