import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { publicSiteStyles } from './public-site.styles.js';

/**
 * The public pages' one style sheet — Designsystemet's CSS and theme, Inter, and a little layout —
 * and the font files, read from node_modules and built once per process. Pages link the
 * content-hashed name, so browsers may keep it for a year; `samla.css` stays for anyone who
 * needs a stable address. Only the Latin subsets of Inter are served: Norwegian and Sámi letters
 * are in them, and the browser fetches a face only when the page uses it.
 */
export interface PublicAsset {
  body: Buffer;
  gzip: Buffer | null;
  type: string;
  etag: string;
  immutable: boolean;
}

export interface PublicAssets {
  /** the style sheet's address for <link rel=stylesheet> */
  cssHref: string;
  get(name: string): PublicAsset | undefined;
}

export const PUBLIC_ASSET_PREFIX = '/offentlig';
const WEIGHTS = ['400', '500', '600'];
const SUBSETS = /^inter-latin(-ext)?-\d+-normal$/;

const hash = (data: Buffer | string) => createHash('sha256').update(data).digest('hex').slice(0, 16);

function asset(body: Buffer, type: string, immutable: boolean, compress: boolean): PublicAsset {
  return { body, gzip: compress ? gzipSync(body, { level: 9 }) : null, type, etag: `"${hash(body)}"`, immutable };
}

async function fontFaces(resolve: NodeJS.RequireResolve, fonts: Map<string, PublicAsset>): Promise<string> {
  const faces: string[] = [];
  for (const weight of WEIGHTS) {
    const cssFile = resolve(`@fontsource/inter/${weight}.css`);
    const css = await readFile(cssFile, 'utf8');
    for (const match of css.matchAll(/\/\* (inter-[a-z-]+-\d+-normal) \*\/\s*(@font-face\s*\{[^}]*\})/g)) {
      const [, name = '', face = ''] = match;
      if (!SUBSETS.test(name)) continue;
      const content = await readFile(join(dirname(cssFile), 'files', `${name}.woff2`));
      const fileName = `${name}.${hash(content)}.woff2`;
      fonts.set(fileName, asset(content, 'font/woff2', true, false));
      // woff2 only: every browser that can use the rest of this CSS reads it.
      faces.push(face.replace(/src:[^;]*;/, `src: url(${PUBLIC_ASSET_PREFIX}/${fileName}) format('woff2');`));
    }
  }
  return faces.join('\n');
}

async function build(): Promise<PublicAssets> {
  const resolve = createRequire(import.meta.url).resolve;
  const files = new Map<string, PublicAsset>();
  let css: string;
  try {
    const [components, theme, faces] = await Promise.all([
      readFile(resolve('@digdir/designsystemet-css'), 'utf8'),
      readFile(resolve('@digdir/designsystemet-css/theme'), 'utf8'),
      fontFaces(resolve, files),
    ]);
    css = [faces, components, theme, publicSiteStyles].join('\n');
  } catch (error) {
    // Without the design system the pages still read well on the browser's defaults.
    process.emitWarning(`Public pages: Designsystemet or Inter not found in node_modules (${basename(String((error as Error).message).slice(0, 120))})`);
    css = publicSiteStyles;
  }
  const sheet = Buffer.from(css, 'utf8');
  const hashed = `samla.${hash(sheet)}.css`;
  files.set(hashed, asset(sheet, 'text/css; charset=utf-8', true, true));
  files.set('samla.css', asset(sheet, 'text/css; charset=utf-8', false, true));
  return { cssHref: `${PUBLIC_ASSET_PREFIX}/${hashed}`, get: (name) => files.get(name) };
}

let loading: Promise<PublicAssets> | undefined;

/** Built on first use and kept for the process: the files in node_modules do not change while it runs. */
export function publicAssets(): Promise<PublicAssets> {
  loading ??= build();
  return loading;
}
