import type { LocalDispatch } from '../api/dispatch';
import type { Actor } from '../services/auth';
import type { Person } from '../../shared/domain/people';
import type { RequestOf } from '../../shared/api/contract';
import type { Platform } from '../../shared/domain/channels';
import { daysInMonth, formatLocalDate, parseLocalDate, todayIn } from '../../shared/time';
import { seedDemoKinerja } from './seed-demo-kinerja';

/** A believable kabupaten PR office: what a new user sees after `cli seed-demo`. */
export const demoOffice = {
  settings: {
    officeName: 'Pemerintah Kabupaten Sukamaju',
    unitName: 'Bagian Protokol dan Komunikasi Pimpinan',
    signerName: 'Drs. Bambang Wicaksono, M.Si.',
    signerPosition: 'Kepala Bagian Prokopim',
    signerNip: '19720315 199803 1 004',
    timeZone: 'Asia/Jakarta',
    locale: 'id',
    weekStart: 1,
  } satisfies RequestOf<'settings.update'>,
  people: [
    { name: 'Rina Wulandari', role: 'planner' },
    { name: 'Dimas Pratama', role: 'planner' },
    { name: 'Siti Nurhaliza', role: 'planner' },
    { name: 'Bambang Wicaksono', role: 'approver' },
    { name: 'Admin Humas', role: 'admin' },
  ] satisfies RequestOf<'people.create'>[],
  channels: [
    { platform: 'instagram', name: 'Instagram Pemkab Sukamaju', handle: '@pemkabsukamaju' },
    { platform: 'facebook', name: 'Facebook Pemkab Sukamaju', handle: 'Pemkab Sukamaju' },
    { platform: 'x', name: 'X Humas Sukamaju', handle: '@humas_sukamaju' },
    { platform: 'tiktok', name: 'TikTok Sukamaju Hebat', handle: '@sukamajuhebat' },
    { platform: 'youtube', name: 'YouTube Pemkab Sukamaju', handle: '@PemkabSukamajuOfficial' },
    { platform: 'website', name: 'Situs resmi', handle: 'sukamajukab.go.id' },
  ] satisfies RequestOf<'channels.create'>[],
  campaigns: [
    {
      name: 'Layanan Publik',
      color: '#1e88e5',
      description: 'Info layanan: KTP, BPJS, perizinan, jam layanan.',
    },
    {
      name: 'Pembangunan Daerah',
      color: '#43a047',
      description: 'Progres jalan, jembatan, sekolah dan puskesmas.',
    },
    {
      name: 'Pariwisata & Budaya',
      color: '#fb8c00',
      description: 'Destinasi, festival, dan UMKM lokal.',
    },
    { name: 'Kegiatan Pimpinan', color: '#8e24aa', description: 'Agenda Bupati dan Wakil Bupati.' },
    {
      name: 'Hari Besar Nasional',
      color: '#e53935',
      description: 'Ucapan dan peringatan hari besar.',
    },
    {
      name: 'Klarifikasi Hoaks',
      color: '#6d4c41',
      description: 'Cek fakta dan klarifikasi resmi.',
    },
  ] satisfies RequestOf<'campaigns.create'>[],
};

/** Titles and captions a kabupaten PR office would plausibly plan in a month. */
const demoPosts = [
  {
    title: 'Jadwal layanan KTP keliling',
    caption:
      'Layanan KTP-el keliling hadir di kecamatan Anda minggu ini. Bawa KK asli. #LayananPublik',
    campaign: 0,
  },
  {
    title: 'Progres perbaikan jalan Sukamaju–Cibening',
    caption:
      'Perbaikan jalan sepanjang 4,2 km kini mencapai 75%. Terima kasih atas kesabaran warga.',
    campaign: 1,
  },
  {
    title: 'Festival Kuliner Nusantara',
    caption: 'Nikmati 60 stan kuliner khas daerah di Alun-alun, Sabtu–Minggu pukul 16.00–22.00!',
    campaign: 2,
  },
  {
    title: 'Bupati resmikan Puskesmas Cibening',
    caption: 'Puskesmas rawat inap baru siap melayani 45 ribu warga.',
    campaign: 3,
  },
  {
    title: 'Klarifikasi: hoaks pendaftaran CPNS berbayar',
    caption:
      'Pendaftaran CPNS tidak dipungut biaya apa pun. Cek informasi resmi hanya di situs pemerintah.',
    campaign: 5,
  },
  {
    title: 'Posyandu serentak cegah stunting',
    caption: 'Ayo timbang balita Anda di posyandu terdekat. #CegahStunting',
    campaign: 0,
  },
  {
    title: 'Pasar murah jelang akhir tahun',
    caption: 'Beras, minyak goreng dan gula harga terjangkau di 12 titik.',
    campaign: 0,
  },
  {
    title: 'Profil UMKM: Batik Tulis Sukamaju',
    caption: 'Kenali perajin batik tulis yang menembus pasar ekspor.',
    campaign: 2,
  },
  {
    title: 'Rapat koordinasi penanganan banjir',
    caption: 'Pemkab siagakan 8 posko dan 40 perahu karet menghadapi musim hujan.',
    campaign: 3,
  },
  {
    title: 'Pembayaran PBB bisa lewat aplikasi',
    caption: 'Bayar PBB tanpa antre melalui aplikasi dan kanal bank mitra.',
    campaign: 0,
  },
  {
    title: 'Wisata Curug Cibeureum dibuka kembali',
    caption: 'Jalur trekking sudah diperbaiki. Tiket Rp10.000.',
    campaign: 2,
  },
  {
    title: 'Pelantikan pejabat administrator',
    caption: 'Bupati melantik 23 pejabat administrator di Pendopo.',
    campaign: 3,
  },
];

const statusPlan = [
  'published',
  'published',
  'approved',
  'approved',
  'in_review',
  'in_review',
  'changes_requested',
  'draft',
  'draft',
  'cancelled',
  'approved',
  'draft',
] as const;

type Value = { id: string; version: number };

/** Seeds through the API so the demo data passes the same validation as anything a user types. */
export async function seedDemo(
  dispatchAs: (actor: Actor) => LocalDispatch,
  today: string = todayIn(demoOffice.settings.timeZone),
): Promise<{ people: number; channels: number; campaigns: number; posts: number }> {
  /** The office is set up as the CLI at the machine; each post step as the person who takes it. */
  const local = dispatchAs({ kind: 'local', osUser: 'seed-demo' });
  const as = (person: Person) => dispatchAs({ kind: 'person', person, sessionId: null });
  let current: LocalDispatch = local;
  const call = async <T = Value>(method: string, request: unknown): Promise<T> => {
    const result = await current(method, request);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as T;
  };
  const callAs = <T = Value>(person: Person, method: string, request: unknown): Promise<T> => {
    current = as(person);
    return call<T>(method, request).finally(() => (current = local));
  };
  await call('settings.update', demoOffice.settings);
  const people: Person[] = [];
  for (const person of demoOffice.people) people.push(await call<Person>('people.create', person));
  const channels: Value[] = [];
  for (const channel of demoOffice.channels) channels.push(await call('channels.create', channel));
  const campaigns: Value[] = [];
  for (const campaign of demoOffice.campaigns)
    campaigns.push(await call('campaigns.create', campaign));

  const [rina, dimas, , bambang] = people as [Person, Person, Person, Person];
  const { year, month } = parseLocalDate(today);
  let posts = 0;
  const planned: { id: string; status: string; channelIds: string[] }[] = [];
  for (const [index, plan] of demoPosts.entries()) {
    const day = Math.min(2 + index * 2 + (index % 3), daysInMonth(year, month));
    const planner = index % 2 === 0 ? rina : dimas;
    const onChannels = [channels[index % 3]!, channels[(index + 1) % 6]!];
    let post = await callAs(planner, 'posts.create', {
      title: plan.title,
      caption: plan.caption,
      campaignId: campaigns[plan.campaign]!.id,
      assigneeId: planner.id,
      channels: onChannels.map((channel, position) => ({
        channelId: channel.id,
        format: position === 0 ? 'feed' : 'video',
      })),
      tags: [index % 2 === 0 ? 'layanan' : 'kegiatan'],
      schedule: {
        date: formatLocalDate(year, month, day),
        time: ['08:00', '10:30', '13:00', '19:00'][index % 4],
      },
    });
    posts += 1;
    const step = (person: Person, action: string, extra: object = {}) =>
      callAs(person, 'posts.transition', {
        id: post.id,
        version: post.version,
        action,
        acknowledgeWarnings: true,
        ...extra,
      });
    const target = statusPlan[index]!;
    if (target === 'cancelled') post = await step(planner, 'cancel');
    if (target !== 'draft' && target !== 'cancelled') post = await step(planner, 'submit');
    if (target === 'changes_requested')
      post = await step(bambang, 'request_changes', {
        comment: 'Mohon tambahkan foto kegiatan dan jam acara.',
      });
    if (target === 'approved' || target === 'published') post = await step(bambang, 'approve');
    if (target === 'published')
      post = await step(bambang, 'publish', {
        permalink: 'https://www.instagram.com/pemkabsukamaju/',
      });
    planned.push({ id: post.id, status: target, channelIds: onChannels.map((c) => c.id) });
  }
  await seedDemoKinerja({
    call: (method, request) => callAs(bambang, method, request),
    today,
    channels: channels.map((channel, index) => ({
      id: channel.id,
      platform: demoOffice.channels[index]!.platform as Platform,
    })),
    campaignIds: campaigns.map((campaign) => campaign.id),
    posts: planned,
  });
  for (const idea of ['Ide: seri video "Kenali Kecamatanmu"', 'Ide: kuis Hari Jadi Kabupaten']) {
    await callAs(rina, 'posts.create', { title: idea });
    posts += 1;
  }
  return {
    people: demoOffice.people.length,
    channels: demoOffice.channels.length,
    campaigns: demoOffice.campaigns.length,
    posts,
  };
}
