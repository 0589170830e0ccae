import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderApiDocs } from '../../../src/main/api/docs';
import { methodNames } from '../../../src/shared/api/contract';

describe('docs/API.md', () => {
  it('is exactly what the contract generates (run `npm run docs:api` after changing the contract)', () => {
    expect(readFileSync('docs/API.md', 'utf8')).toBe(renderApiDocs());
  });

  it('has a section for every method', () => {
    const docs = renderApiDocs();
    for (const name of methodNames) expect(docs).toContain(`\n## ${name}\n`);
  });
});
