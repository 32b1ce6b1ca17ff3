import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Tenant, tenantPatch } from '../../../contracts/organisation.js';
import { api } from '../../api/client.js';
import { sessionKey } from '../../api/session.js';

export type TenantPatch = z.input<typeof tenantPatch>;

const tenantKey = ['tenant'] as const;

export function useTenant() {
  return useQuery({ queryKey: tenantKey, queryFn: () => api<Tenant>('/api/admin/tenant') });
}

export function useSaveTenant() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TenantPatch) => api<Tenant>('/api/admin/tenant', { method: 'PATCH', body }),
    onSuccess: async (tenant) => {
      client.setQueryData(tenantKey, tenant);
      // The header shows the municipality's name from the session.
      await client.invalidateQueries({ queryKey: sessionKey });
    },
  });
}
