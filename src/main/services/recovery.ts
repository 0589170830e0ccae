import type { AssetLibrary } from '../assets/library';

/**
 * The start-up sweep's news for the person at the screen: how many library files the database
 * had forgotten were re-adopted, and where they are. Told once per start (the first page that
 * asks shows the notice; a reload does not repeat it), as the CLI prints it once.
 */
export function recoveryService(library: Pick<AssetLibrary, 'ready'>) {
  let told = false;
  return {
    async recovered() {
      const report = await library.ready;
      if (told || !report) return { readopted: 0, collection: null, mismatched: 0 };
      told = true;
      return {
        readopted: report.readopted,
        collection: report.recoveredCollection,
        mismatched: report.mismatched.length,
      };
    },
  };
}
