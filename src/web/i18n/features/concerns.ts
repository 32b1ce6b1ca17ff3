import { featureMessages } from './define.js';

/** Level 0 (uro/bekymring), the case lists and the «My work» tasks. */
export const concernsMessages = featureMessages(
  { title: 'Bekymringer' },
  { title: 'Bekymringar' },
  { title: 'Concerns' },
);
