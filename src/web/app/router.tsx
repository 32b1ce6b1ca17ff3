import { createBrowserRouter, Navigate } from 'react-router';
import { ErrorPage, NotFoundPage, RootErrorPage } from '../components/ErrorPages.js';
import { LoginPage } from '../features/auth/LoginPage.js';
import { MyWorkPage } from '../features/my-work/MyWorkPage.js';
import { UnitListPage } from '../features/units/UnitListPage.js';
import { UnitDetailPage } from '../features/units/UnitDetailPage.js';
import { ChildSearchPage } from '../features/children/ChildSearchPage.js';
import { ChildDetailPage } from '../features/children/ChildDetailPage.js';
import { AdminUnitsPage } from '../features/admin-units/AdminUnitsPage.js';
import { AdminUnitEditPage } from '../features/admin-units/AdminUnitEditPage.js';
import { StaffListPage } from '../features/staff/StaffListPage.js';
import { StaffEditPage } from '../features/staff/StaffEditPage.js';
import { ImportPage } from '../features/imports/ImportPage.js';
import { AuditPage } from '../features/audit/AuditPage.js';
import { Layout } from './Layout.js';
import { RequireAdmin, RequireSession } from './guards.js';

/**
 * Paths are Norwegian and carry ids only: names, national ID numbers and search text never
 * go into a URL (browser history, proxies and server logs keep URLs).
 */
export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RootErrorPage />,
    children: [
      {
        errorElement: <ErrorPage />,
        children: [
          { path: '/login', element: <LoginPage /> },
          {
            element: <RequireSession />,
            children: [
              { index: true, element: <MyWorkPage /> },
              { path: '/enheter', element: <UnitListPage /> },
              { path: '/enheter/:id', element: <UnitDetailPage /> },
              { path: '/barn', element: <ChildSearchPage /> },
              { path: '/barn/:id', element: <ChildDetailPage /> },
              {
                path: '/admin',
                element: <RequireAdmin />,
                children: [
                  { index: true, element: <Navigate to="/admin/enheter" replace /> },
                  { path: 'enheter', element: <AdminUnitsPage /> },
                  { path: 'enheter/ny', element: <AdminUnitEditPage /> },
                  { path: 'enheter/:id', element: <AdminUnitEditPage /> },
                  { path: 'ansatte', element: <StaffListPage /> },
                  { path: 'ansatte/ny', element: <StaffEditPage /> },
                  { path: 'ansatte/:id', element: <StaffEditPage /> },
                  { path: 'import', element: <ImportPage /> },
                  { path: 'revisjonslogg', element: <AuditPage /> },
                ],
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
