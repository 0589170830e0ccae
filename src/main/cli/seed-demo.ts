import type { Dispatch } from '../api/dispatch';
import type { RequestOf } from '../../shared/api/contract';

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

/** Seeds through the API so the demo data passes the same validation as anything a user types. */
export async function seedDemo(
  dispatch: Dispatch,
): Promise<{ people: number; channels: number; campaigns: number }> {
  const call = async (method: string, request: unknown) => {
    const result = await dispatch(method, request);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
  await call('settings.update', demoOffice.settings);
  for (const person of demoOffice.people) await call('people.create', person);
  for (const channel of demoOffice.channels) await call('channels.create', channel);
  for (const campaign of demoOffice.campaigns) await call('campaigns.create', campaign);
  return {
    people: demoOffice.people.length,
    channels: demoOffice.channels.length,
    campaigns: demoOffice.campaigns.length,
  };
}
