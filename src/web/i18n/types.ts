import type { nb } from './nb.js';
import type { catalogueMessages } from './features/catalogue.js';
import type { contentGuideMessages } from './features/content-guide.js';
import type { contentLibraryMessages } from './features/content-library.js';
import type { contentServicesMessages } from './features/content-services.js';

/** nb is the source: every other language has exactly its keys, with any text. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof nb>;

/** Messages that come with their feature's pages (addFeatureMessages): typed as if always there. */
interface FeatureMessages {
  catalogue: typeof catalogueMessages.nb;
  contentServices: typeof contentServicesMessages.nb;
  contentGuide: typeof contentGuideMessages.nb;
  contentLibrary: typeof contentLibraryMessages.nb;
}

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nb & FeatureMessages };
  }
}
