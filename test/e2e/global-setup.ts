import { buildRendererIfNeeded } from '../../src/main/web/build-if-needed';

/** The host serves out/renderer; build it once before any test when the sources are newer. */
export default function globalSetup(): void {
  buildRendererIfNeeded(process.cwd(), (line) => console.log(line));
}
