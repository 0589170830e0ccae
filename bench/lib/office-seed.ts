import { openApp } from '../../src/main/app';
import { acting, sessionOf } from '../../test/unit/acting';
import type { Role } from '../../src/shared/domain/people';
import { seedAssets } from './seed-assets';

/**
 * The office of `bench/office.bench.ts`: four months of posts (October 2026 to January 2027,
 * about five a working day) on two channels, an asset library, and 25 people signed in the way
 * an office signs them in (one-time password, then their own): 15 planners, 5 approvers and 5
 * colleagues who mostly look. Written through the services (posts) and SQL (asset rows), before
 * the host starts; the sessions live in the data directory, so the host accepts them.
 */
export const officeMonths = ['2026-10', '2026-11', '2026-12', '2027-01'] as const;

export interface OfficePerson {
  id: string;
  name: string;
  role: Role;
  kind: 'planner' | 'approver' | 'browser';
  sessionId: string;
}

export interface SeededOffice {
  people: OfficePerson[];
  channelIds: string[];
  /** Seeded posts per planner (each planner edits their own, and now and then a colleague's). */
  postsOf: Map<string, string[]>;
  postCount: number;
  assetCount: number;
}

const crew = [
  ...Array.from({ length: 15 }, (_, i) => ({
    kind: 'planner' as const,
    role: 'planner' as const,
    name: `Perencana ${i + 1}`,
  })),
  ...Array.from({ length: 5 }, (_, i) => ({
    kind: 'approver' as const,
    role: 'approver' as const,
    name: `Penyetuju ${i + 1}`,
  })),
  ...Array.from({ length: 5 }, (_, i) => ({
    kind: 'browser' as const,
    role: 'planner' as const,
    name: `Rekan ${i + 1}`,
  })),
];

export async function seedOffice(dataDir: string, postsPerMonth = 110): Promise<SeededOffice> {
  const app = openApp(dataDir, { autoBackup: false, sweepAssets: false });
  try {
    await app.services.auth.setup(
      { name: 'Admin Humas', userName: 'admin', password: 'jadwal humas aman' },
      'bench',
    );
    const call = acting(app);
    const ok = async <T>(method: string, request: unknown): Promise<T> => {
      const result = await call(method as never, request);
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      return result.value as T;
    };
    await ok('settings.update', { officeName: 'Pemerintah Kabupaten Contoh' });
    const channelIds = [
      (await ok<{ id: string }>('channels.create', { platform: 'instagram', name: 'IG Humas' })).id,
      (await ok<{ id: string }>('channels.create', { platform: 'facebook', name: 'FB Humas' })).id,
    ];
    const people: OfficePerson[] = [];
    for (const member of crew) {
      const person = await ok<{ id: string }>('people.create', {
        name: member.name,
        role: member.role,
      });
      const sessionId = await sessionOf(app, person.id);
      people.push({ ...member, id: person.id, sessionId });
    }
    const planners = people.filter((person) => person.kind === 'planner');
    const postsOf = new Map(planners.map((planner) => [planner.id, [] as string[]]));
    const postIds: string[] = [];
    let n = 0;
    for (const month of officeMonths) {
      for (let i = 0; i < postsPerMonth; i++, n++) {
        const planner = planners[n % planners.length]!;
        const day = String(1 + (i % 28)).padStart(2, '0');
        const post = await ok<{ id: string }>('posts.create', {
          actorId: planner.id,
          title: `Unggahan ${month} nomor ${i + 1}`,
          caption: `Informasi layanan publik kabupaten, bagian ${i + 1}. #PemkabContoh`,
          channels: [{ channelId: channelIds[n % 2]!, format: 'feed' }],
          schedule: { date: `${month}-${day}`, time: `${String(8 + (i % 9)).padStart(2, '0')}:00` },
        });
        postsOf.get(planner.id)!.push(post.id);
        postIds.push(post.id);
      }
    }
    const assetCount = 2_000;
    seedAssets(app.db, assetCount, postIds);
    return { people, channelIds, postsOf, postCount: postIds.length, assetCount };
  } finally {
    app.close();
  }
}
