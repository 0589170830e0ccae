import { writeFileSync } from 'node:fs';
import { renderApiDocs } from '../src/main/api/docs';

writeFileSync('docs/API.md', renderApiDocs());
console.log('docs/API.md ditulis ulang dari kontrak API.');
