import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { ErrorPage, NotFoundPage, RootErrorPage } from '../components/ErrorPages.js';
import { LoginPage } from '../features/auth/LoginPage.js';
import { UnitListPage } from '../features/units/UnitListPage.js';
import { UnitDetailPage } from '../features/units/UnitDetailPage.js';
import { ChildSearchPage } from '../features/children/ChildSearchPage.js';
import { ChildDetailPage } from '../features/children/ChildDetailPage.js';
import { ConcernListPage } from '../features/concerns/ConcernListPage.js';
import { CaseListPage } from '../features/case-lists/CaseListPage.js';
import { HomePage } from './HomePage.js';
import { Layout } from './Layout.js';
import { RequireAdmin, RequireSession, RequireStaff } from './guards.js';
import { RequireContentEditor, RequireCoordinator } from '../components/content-access.js';

/*
 * Administration is for a handful of people: its pages (and react-hook-form, which only they
 * use) load on first visit instead of with every page. Layout's Suspense shows Loading meanwhile.
 */
const AdminUnitsPage = lazy(() => import('../features/admin-units/AdminUnitsPage.js').then((m) => ({ default: m.AdminUnitsPage })));
const AdminUnitEditPage = lazy(() => import('../features/admin-units/AdminUnitEditPage.js').then((m) => ({ default: m.AdminUnitEditPage })));
const StaffListPage = lazy(() => import('../features/staff/StaffListPage.js').then((m) => ({ default: m.StaffListPage })));
const StaffEditPage = lazy(() => import('../features/staff/StaffEditPage.js').then((m) => ({ default: m.StaffEditPage })));
const ImportPage = lazy(() => import('../features/imports/ImportPage.js').then((m) => ({ default: m.ImportPage })));
const AuditPage = lazy(() => import('../features/audit/AuditPage.js').then((m) => ({ default: m.AuditPage })));
const TenantSettingsPage = lazy(() => import('../features/tenant/TenantSettingsPage.js').then((m) => ({ default: m.TenantSettingsPage })));
// The concern's forms use react-hook-form: loaded when a concern is opened or registered.
const NewConcernPage = lazy(() => import('../features/concerns/NewConcernPage.js').then((m) => ({ default: m.NewConcernPage })));
const ConcernPage = lazy(() => import('../features/concerns/ConcernPage.js').then((m) => ({ default: m.ConcernPage })));
const CasePage = lazy(() => import('../features/cases/CasePage.js').then((m) => ({ default: m.CasePage })));
const OpenCasePage = lazy(() => import('../features/cases/OpenCasePage.js').then((m) => ({ default: m.OpenCasePage })));
const ReportPage = lazy(() => import('../features/reports/ReportPage.js').then((m) => ({ default: m.ReportPage })));
const HandoverPage = lazy(() => import('../features/handovers/HandoverPage.js').then((m) => ({ default: m.HandoverPage })));
const CataloguePage = lazy(() => import('../features/catalogue/CataloguePage.js').then((m) => ({ default: m.CataloguePage })));
const CatalogueServicePage = lazy(() => import('../features/catalogue/ServicePage.js').then((m) => ({ default: m.ServicePage })));
const ServiceListPage = lazy(() => import('../features/content-services/ServiceListPage.js').then((m) => ({ default: m.ServiceListPage })));
const ServiceEditPage = lazy(() => import('../features/content-services/ServiceEditPage.js').then((m) => ({ default: m.ServiceEditPage })));
const GuideEditorPage = lazy(() => import('../features/content-guide/GuideEditorPage.js').then((m) => ({ default: m.GuideEditorPage })));
const LevelModelPage = lazy(() => import('../features/content-guide/LevelModelPage.js').then((m) => ({ default: m.LevelModelPage })));
const GuideStepPage = lazy(() => import('../features/content-guide/GuideStepPage.js').then((m) => ({ default: m.GuideStepPage })));
const DocumentListPage = lazy(() => import('../features/content-library/DocumentListPage.js').then((m) => ({ default: m.DocumentListPage })));
const NewDocumentPage = lazy(() => import('../features/content-library/NewDocumentPage.js').then((m) => ({ default: m.NewDocumentPage })));
const DocumentPage = lazy(() => import('../features/content-library/DocumentPage.js').then((m) => ({ default: m.DocumentPage })));

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
              // Residents (guardians, young people) have a home page of their own and their cases.
              { index: true, element: <HomePage /> },
              { path: '/saker/:id', element: <CasePage /> },
              {
                element: <RequireStaff />,
                children: [
                  { path: '/enheter', element: <UnitListPage /> },
                  { path: '/enheter/:id', element: <UnitDetailPage /> },
                  { path: '/barn', element: <ChildSearchPage /> },
                  { path: '/barn/:id', element: <ChildDetailPage /> },
                  { path: '/barn/:id/ny-bekymring', element: <NewConcernPage /> },
                  { path: '/barn/:id/ny-sak', element: <OpenCasePage /> },
                  { path: '/bekymringer', element: <ConcernListPage /> },
                  { path: '/bekymringer/:id', element: <ConcernPage /> },
                  { path: '/saker', element: <CaseListPage /> },
                  { path: '/bekymringsmeldinger/:id', element: <ReportPage /> },
                  { path: '/overleveringer/:id', element: <HandoverPage /> },
                  { path: '/tjenester', element: <CataloguePage /> },
                  { path: '/tjenester/:id', element: <CatalogueServicePage /> },
                  {
                    // The public content's editors: coordinators and unit leaders (services); the guide and documents are coordinators'.
                    path: '/innhold',
                    element: <RequireContentEditor />,
                    children: [
                      { index: true, element: <Navigate to="/innhold/tjenester" replace /> },
                      { path: 'tjenester', element: <ServiceListPage /> },
                      { path: 'tjenester/ny', element: <ServiceEditPage /> },
                      { path: 'tjenester/:id', element: <ServiceEditPage /> },
                      {
                        element: <RequireCoordinator />,
                        children: [
                          { path: 'veileder', element: <GuideEditorPage /> },
                          { path: 'veileder/nytt-steg', element: <GuideStepPage /> },
                          { path: 'veileder/steg/:id', element: <GuideStepPage /> },
                          { path: 'nivaer', element: <LevelModelPage /> },
                          { path: 'dokumenter', element: <DocumentListPage /> },
                          { path: 'dokumenter/ny', element: <NewDocumentPage /> },
                          { path: 'dokumenter/:id', element: <DocumentPage /> },
                        ],
                      },
                    ],
                  },
                ],
              },
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
                  { path: 'kommunen', element: <TenantSettingsPage /> },
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
