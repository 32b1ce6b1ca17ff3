import { defineConfig } from '@playwright/test';

// E2E_PORT lets two checkouts run their journeys side by side (the provider takes the next port).
const APP_PORT = Number(process.env.E2E_PORT ?? 3100);
const OIDC_PORT = APP_PORT + 1;
const appUrl = `http://127.0.0.1:${APP_PORT}`;

/** Browser journeys in Debian's Chromium against the built server and a local OpenID provider. */
export default defineConfig({
  testDir: './test/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: '.tmp/test-results',
  use: {
    baseURL: appUrl,
    locale: 'nb-NO',
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--disable-quic', '--no-first-run'],
    },
  },
  webServer: [
    {
      command: 'node --import tsx test/e2e/oidc-provider-server.ts',
      url: `http://127.0.0.1:${OIDC_PORT}/.well-known/openid-configuration`,
      env: { OIDC_PORT: String(OIDC_PORT), APP_URL: appUrl, OIDC_SUB: 'demo:teacher-lia' },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: 'node --import tsx test/e2e/start-server.ts',
      url: `${appUrl}/health`,
      env: {
        PORT: String(APP_PORT),
        HOST: '127.0.0.1',
        PUBLIC_URL: appUrl,
        DEMO_MODE: 'true',
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        STAFF_OIDC_ISSUER: `http://127.0.0.1:${OIDC_PORT}`,
        STAFF_OIDC_CLIENT_ID: 'samla-staff',
        STAFF_OIDC_CLIENT_SECRET: 'samla-e2e-staff-secret',
        RESIDENT_OIDC_ISSUER: `http://127.0.0.1:${OIDC_PORT}`,
        RESIDENT_OIDC_CLIENT_ID: 'samla-resident',
        RESIDENT_OIDC_CLIENT_SECRET: 'samla-e2e-resident-secret',
        OIDC_ALLOW_INSECURE: 'true',
      },
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});
