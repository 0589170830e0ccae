import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layering rules of eslint.config.js, run through ESLint's Node API on pairs of files: an
 * importer placed in a layer, and the module it imports. If a rule stops firing (a glob that no
 * longer matches, a pattern that matches nothing, a later config object that overrides it), the
 * upward case here fails.
 */
const root = resolve(__dirname, '../../..');
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The layer messages ESLint reports for `importer` importing `imported` (both repo paths). */
async function layerProblems(importer: string, imported: string): Promise<string[]> {
  const code = `import { thing } from '${imported}';\nexport const used = thing;\n`;
  const [result] = await eslint.lintText(code, { filePath: resolve(root, importer) });
  return result!.messages
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('main: layers point down', () => {
  it('refuses db/ importing services, bundle, export, assets, transports or api', async () => {
    const from = 'src/main/db/repositories/fixture.ts';
    for (const upward of ['services/actor', 'bundle/records', 'export/schedule', 'assets/store']) {
      expect(await layerProblems(from, `../../${upward}`)).toEqual([
        expect.stringContaining('db/ is the bottom layer'),
      ]);
    }
    expect(await layerProblems('src/main/db/migrate.ts', '../transports/http')).toHaveLength(1);
    expect(await layerProblems('src/main/db/migrate.ts', '../api/dispatch')).toHaveLength(1);
  });

  it('lets db/ import db/ and src/shared (even shared/api and shared/domain/assets)', async () => {
    const from = 'src/main/db/repositories/fixture.ts';
    expect(await layerProblems(from, '../connection')).toEqual([]);
    expect(await layerProblems(from, './post-rows')).toEqual([]);
    expect(await layerProblems(from, '../../../shared/domain/assets')).toEqual([]);
    expect(await layerProblems(from, '../../../shared/api/errors')).toEqual([]);
  });

  it('refuses services/ from bundle, export, assets; allows it from api, transports, cli, app.ts', async () => {
    expect(await layerProblems('src/main/bundle/save.ts', '../services/actor')).toEqual([
      expect.stringContaining('Only api/, transports/, cli/ and app.ts call services/'),
    ]);
    expect(await layerProblems('src/main/export/formats/pdf.ts', '../../services')).toHaveLength(1);
    expect(await layerProblems('src/main/assets/import.ts', '../services/assets')).toHaveLength(1);
    expect(await layerProblems('src/main/electron/ipc.ts', '../services')).toHaveLength(1);

    expect(await layerProblems('src/main/services/posts.ts', './actor')).toEqual([]);
    expect(await layerProblems('src/main/api/handlers.ts', '../services')).toEqual([]);
    expect(await layerProblems('src/main/cli/run.ts', '../services')).toEqual([]);
    expect(await layerProblems('src/main/app.ts', './services')).toEqual([]);
    expect(await layerProblems('src/main/bundle/save.ts', '../db/repositories/posts')).toEqual([]);
  });
});

describe('renderer: views → stores → api, never upward', () => {
  it('refuses the shared folders importing features/', async () => {
    expect(
      await layerProblems('src/renderer/stores/fixture.ts', '../features/calendar/store'),
    ).toEqual([expect.stringContaining('must not import features/')]);
    expect(
      await layerProblems('src/renderer/api/fixture.ts', '../features/export/model'),
    ).toHaveLength(1);
    expect(
      await layerProblems('src/renderer/components/Fixture.tsx', '../features/editor'),
    ).toHaveLength(1);
    expect(
      await layerProblems('src/renderer/hooks/use-fixture.ts', '../features/assets/store'),
    ).toHaveLength(1);
  });

  it('refuses a store or model importing a view (PascalCase .tsx)', async () => {
    expect(
      await layerProblems('src/renderer/features/calendar/store.ts', './CalendarView'),
    ).toEqual([expect.stringContaining('must not import a view')]);
    expect(
      await layerProblems('src/renderer/stores/session.ts', '../components/Dialog'),
    ).toHaveLength(1);
  });

  it('lets views import stores and views, and stores import api/ and models', async () => {
    const view = 'src/renderer/features/calendar/CalendarView.tsx';
    expect(await layerProblems(view, './store')).toEqual([]);
    expect(await layerProblems(view, './MonthGrid')).toEqual([]);
    expect(await layerProblems(view, '../../components/Dialog')).toEqual([]);
    expect(await layerProblems('src/renderer/features/calendar/store.ts', '../../api')).toEqual([]);
    expect(await layerProblems('src/renderer/features/calendar/store.ts', './model')).toEqual([]);
    expect(
      await layerProblems('src/renderer/stores/session.ts', '../../shared/api/errors'),
    ).toEqual([]);
  });
});

describe('main: SQL only in db/', () => {
  /** The SQL-placement messages ESLint reports for `code` placed at `file`. */
  async function sqlProblems(file: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
    return result!.messages
      .filter((message) => message.ruleId === 'no-restricted-syntax')
      .map((message) => message.message);
  }
  const statement =
    'declare const db: { prepare(sql: string): unknown; exec(sql: string): void };\n';

  it('refuses a statement prepared or run outside db/', async () => {
    expect(
      await sqlProblems('src/main/services/fixture.ts', `${statement}db.prepare('SELECT 1');\n`),
    ).toEqual([expect.stringContaining('SQL lives in src/main/db/')]);
    expect(
      await sqlProblems(
        'src/main/backup/fixture.ts',
        `${statement}db.exec(\`DELETE FROM posts\`);\n`,
      ),
    ).toHaveLength(1);
  });

  it('allows it in db/, and a regular expression’s exec anywhere', async () => {
    expect(
      await sqlProblems(
        'src/main/db/repositories/fixture.ts',
        `${statement}db.prepare('SELECT 1');\n`,
      ),
    ).toEqual([]);
    expect(
      await sqlProblems('src/main/services/fixture.ts', 'export const m = /a/.exec(String(1));\n'),
    ).toEqual([]);
  });
});
