/** Builds the preview when its sources changed (npm test and npm start call this). */
import { buildPreview } from './lib/previewBuild';

buildPreview({ force: process.argv.includes('--force'), log: (m) => console.log(m) }).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
