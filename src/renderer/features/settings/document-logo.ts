import type { ApiResult } from '../../../shared/api/errors';
import type { Settings } from '../../../shared/domain/settings';
import { api } from '../../api';
import { useSettings } from '../../stores/settings';

/** The file as base64, the way the logo travels to the main process (≤ 2 MB). */
async function base64Of(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

const accept = (result: ApiResult<Settings>) => {
  if (result.ok) useSettings.setState({ settings: result.value });
  return result;
};

/** Letterhead logo actions for "Dokumen cetak": the main process checks and keeps the file. */
export const documentLogo = {
  async set(file: Blob): Promise<ApiResult<Settings>> {
    return accept(await api.settings.setLogo({ data: await base64Of(file) }));
  },
  async clear(): Promise<ApiResult<Settings>> {
    return accept(await api.settings.clearLogo({}));
  },
};
