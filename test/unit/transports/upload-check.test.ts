import { describe, expect, it } from 'vitest';
import { checkUpload } from '../../../src/main/transports/upload-route';

/** The upload rules both doors (HTTP and Electron's scheme) share; each door has its own test too. */
describe('checkUpload', () => {
  const good = {
    method: 'POST',
    contentType: 'application/octet-stream',
    name: '  Foto Kegiatan.jpg ',
    contentLength: '1000',
  };

  it('takes an octet-stream POST with a name and a size within the limit', () => {
    expect(checkUpload(good, 1000)).toEqual({ ok: true, name: 'Foto Kegiatan.jpg' });
    // No declared length (a chunked body): the limit is enforced while streaming.
    expect(checkUpload({ ...good, contentLength: undefined }, 1000)).toMatchObject({ ok: true });
  });

  it('refuses, in order: the method, the type, a missing name, a declared size over the limit', () => {
    expect(checkUpload({ ...good, method: 'GET', contentType: 'text/plain' }, 1000)).toMatchObject({
      ok: false,
      status: 405,
      headers: { allow: 'POST' },
    });
    expect(checkUpload({ ...good, contentType: 'text/plain', name: null }, 1000)).toMatchObject({
      ok: false,
      status: 415,
    });
    expect(checkUpload({ ...good, name: '   ', contentLength: '5000' }, 1000)).toMatchObject({
      ok: false,
      status: 400,
      message: 'Parameter name (nama berkas) wajib diisi.',
    });
    expect(checkUpload({ ...good, contentLength: '1001' }, 1000)).toMatchObject({
      ok: false,
      status: 413,
      message: 'Berkas melebihi batas unggah 1000 byte.',
    });
  });
});
