import type { Statement } from 'better-sqlite3';
import type { AssetKind, AssetSort, Orientation } from '../../../shared/domain/assets';
import type { Db } from '../connection';
import { summaryColumns, type AssetRow } from './assets';

/** The filters as SQL needs them: dates already turned into bounds, the query into FTS syntax. */
export interface AssetQuery {
  match?: string;
  kinds?: AssetKind[];
  tags?: string[];
  collectionId?: string;
  orientation?: Orientation;
  /** takenAt >= from ('YYYY-MM-DD'). */
  from?: string;
  /** takenAt < before ('YYYY-MM-DD', the day after the last one wanted). */
  before?: string;
  usage?: 'used' | 'unused';
  status?: AssetRow['status'];
  /** rights_expires_on <= this date. */
  rightsUntil?: string;
}

/**
 * One SQL fragment per filter; only the filters in use go into a statement, so each
 * combination gets its own prepared (and planned) statement.
 */
const fragments: Record<keyof AssetQuery, string> = {
  match: 'a.num IN (SELECT rowid FROM assets_fts WHERE assets_fts MATCH @match)',
  kinds: 'a.kind IN (SELECT value FROM json_each(@kinds))',
  tags: `a.id IN (SELECT asset_id FROM asset_tags WHERE tag IN (SELECT value FROM json_each(@tags))
           GROUP BY asset_id HAVING count(*) = json_array_length(@tags))`,
  collectionId:
    'a.id IN (SELECT asset_id FROM asset_collections WHERE collection_id = @collectionId)',
  orientation: 'a.orientation = @orientation',
  from: 'a.taken_at >= @from',
  before: 'a.taken_at < @before',
  usage: '', // chosen below: used and unused differ in more than a value
  status: 'a.status = @status',
  rightsUntil: 'a.rights_expires_on <= @rightsUntil',
};

/**
 * A search word found in thousands of assets ("bupati" in an office's library) is best answered
 * by walking the sort order and keeping rows that are in the match set (the `+` stops SQLite
 * from driving the query from the match list and sorting all of it: 20 ms at 27k hits, 3.5 ms
 * this way). A rare word is best answered from its few hits. This many hits is where the two
 * cost about the same.
 */
export const driveFromSearchBelow = 3_000;
const scanFragment = '+a.num IN (SELECT rowid FROM assets_fts WHERE assets_fts MATCH @match)';

const usageFragment = {
  used: 'EXISTS (SELECT 1 FROM post_assets pa WHERE pa.asset_id = a.id)',
  unused: 'NOT EXISTS (SELECT 1 FROM post_assets pa WHERE pa.asset_id = a.id)',
};

/** Each sort is a column and a direction; rows tie-break on num so that paging is stable. */
const sorts: Record<AssetSort, { expr: string; key: keyof AssetRow; desc: boolean }> = {
  newest: { expr: 'a.taken_at', key: 'taken_at', desc: true },
  oldest: { expr: 'a.taken_at', key: 'taken_at', desc: false },
  recentlyImported: { expr: 'a.imported_at', key: 'imported_at', desc: true },
  name: { expr: 'a.original_name COLLATE NOCASE', key: 'original_name', desc: false },
  largest: { expr: 'a.size', key: 'size', desc: true },
};

type Cursor = [value: string | number, num: number];

export const encodeCursor = (cursor: Cursor): string =>
  Buffer.from(JSON.stringify(cursor)).toString('base64url');

/** null for anything that is not a cursor this code made. */
export function decodeCursor(text: string): Cursor | null {
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      (typeof value[0] === 'string' || typeof value[0] === 'number') &&
      Number.isInteger(value[1])
    ) {
      return value as Cursor;
    }
  } catch {
    // fall through
  }
  return null;
}

export interface PageRequest {
  sort: AssetSort;
  limit: number;
  cursor?: Cursor;
  offset?: number;
}

/**
 * Fresh planner statistics for the asset tables, so SQLite picks the right index for a filter
 * at 100 rows and at 100k (without them, "landscape videos, largest first" took 26 ms at 100k
 * instead of 1 ms). A full ANALYZE of these tables: about 0.1 s at 100k assets, run after
 * import jobs, not per query. (Sampled statistics, `analysis_limit`, misjudged the kind index.)
 */
export function refreshAssetStats(db: Db): void {
  db.exec('ANALYZE assets; ANALYZE asset_tags; ANALYZE asset_collections; ANALYZE post_assets;');
}

/** How many assets the library holds now, and how many the last statistics counted (0: none yet). */
export function assetCounts(db: Db): { now: () => number; atLastStats: () => number } {
  const countAssets = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM assets');
  return {
    now: () => countAssets.get()!.n,
    atLastStats: () => {
      try {
        const row = db
          .prepare<[], { stat: string }>(
            "SELECT stat FROM sqlite_stat1 WHERE tbl = 'assets' LIMIT 1",
          )
          .get();
        return Number(row?.stat.split(' ')[0] ?? 0);
      } catch {
        return 0; // no sqlite_stat1 table before the first ANALYZE
      }
    },
  };
}

export function assetQueryRepository(db: Db, options: { driveFromSearchBelow?: number } = {}) {
  const threshold = options.driveFromSearchBelow ?? driveFromSearchBelow;
  const statements = new Map<string, Statement>();
  const prepared = (key: string, sql: () => string): Statement => {
    let statement = statements.get(key);
    if (!statement) {
      statement = db.prepare(sql());
      statements.set(key, statement);
    }
    return statement;
  };

  const hits = db.prepare<[string], { n: number }>(
    'SELECT count(*) AS n FROM assets_fts WHERE assets_fts MATCH ?',
  );

  function where(query: AssetQuery, scanForMatch = false) {
    const active = (Object.keys(fragments) as (keyof AssetQuery)[]).filter((key) => {
      const value = query[key];
      return Array.isArray(value) ? value.length > 0 : value !== undefined;
    });
    const clauses = active.map((key) =>
      key === 'usage'
        ? usageFragment[query.usage!]
        : key === 'match' && scanForMatch
          ? scanFragment
          : fragments[key],
    );
    const params: Record<string, string | number> = {};
    for (const key of active) {
      if (key === 'usage') continue;
      const value = query[key]!;
      params[key] = Array.isArray(value) ? JSON.stringify(value) : value;
    }
    const variant = [query.usage ? `usage=${query.usage}` : '', scanForMatch ? 'scan' : ''];
    return { key: [...active, ...variant].join(','), clauses, params };
  }

  return {
    page(query: AssetQuery, page: PageRequest): { rows: AssetRow[]; nextCursor: string | null } {
      const common = query.match !== undefined && hits.get(query.match)!.n >= threshold;
      const filter = where(query, common);
      const sort = sorts[page.sort];
      const clauses = [...filter.clauses];
      const params: Record<string, string | number> = { ...filter.params, limit: page.limit + 1 };
      if (page.cursor) {
        const op = sort.desc ? '<' : '>';
        clauses.push(`(${sort.expr} ${op} @cv OR (${sort.expr} = @cv AND a.num ${op} @cn))`);
        params.cv = page.cursor[0];
        params.cn = page.cursor[1];
      }
      const dir = sort.desc ? 'DESC' : 'ASC';
      const key = `page|${filter.key}|${page.sort}|${page.cursor ? 'c' : ''}|${page.offset ? 'o' : ''}`;
      if (page.offset) params.offset = page.offset;
      const statement = prepared(
        key,
        () => `SELECT ${summaryColumns} FROM assets a
          ${clauses.length ? `WHERE ${clauses.join('\n AND ')}` : ''}
          ORDER BY ${sort.expr} ${dir}, a.num ${dir}
          LIMIT @limit ${page.offset ? 'OFFSET @offset' : ''}`,
      );
      const rows = statement.all(params) as AssetRow[];
      const more = rows.length > page.limit;
      if (more) rows.pop();
      const last = rows.at(-1);
      return {
        rows,
        nextCursor:
          more && last ? encodeCursor([last[sort.key] as string | number, last.num]) : null,
      };
    },
    count(query: AssetQuery): number {
      const onlySearch = Object.entries(query).every(
        ([key, value]) =>
          key === 'match' || value === undefined || (Array.isArray(value) && value.length === 0),
      );
      if (query.match !== undefined && onlySearch) return hits.get(query.match)!.n;
      const filter = where(query);
      const statement = prepared(
        `count|${filter.key}`,
        () =>
          `SELECT count(*) AS n FROM assets a ${filter.clauses.length ? `WHERE ${filter.clauses.join(' AND ')}` : ''}`,
      );
      return (statement.get(filter.params) as { n: number }).n;
    },
  };
}
