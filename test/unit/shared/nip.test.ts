import { describe, expect, it } from 'vitest';
import { checkNip, formatNip } from '../../../src/shared/domain/nip';

describe('NIP (Nomor Induk Pegawai)', () => {
  it('formats 18 digits as "YYYYMMDD YYYYMM S NNN", whatever spacing was typed', () => {
    expect(formatNip('198609262015051001')).toBe('19860926 201505 1 001');
    expect(formatNip(' 19860926 201505 1 001 ')).toBe('19860926 201505 1 001');
    expect(formatNip('19860926-201505-1-001')).toBe('19860926 201505 1 001');
  });

  it('leaves anything that is not 18 digits as typed (trimmed): it is printed, not refused', () => {
    expect(formatNip('12345')).toBe('12345');
    expect(formatNip('')).toBe('');
  });

  it('accepts a plausible NIP without warnings', () => {
    expect(checkNip('19860926 201505 1 001')).toEqual([]);
    expect(checkNip('197203151998031004')).toEqual([]);
    // A leap day is a real birth date.
    expect(checkNip('198802292012122002')).toEqual([]);
  });

  it('has nothing to say about an empty NIP (the signer may have none, e.g. an elected official)', () => {
    expect(checkNip('')).toEqual([]);
  });

  it('warns when the NIP is not 18 digits', () => {
    expect(checkNip('1986092620150510')).toEqual(['length']);
    expect(checkNip('19860926201505100a')).toEqual(['length']);
  });

  it('warns about an impossible birth date', () => {
    expect(checkNip('198613262015051001')).toContain('birthDate'); // month 13
    expect(checkNip('198702292015051001')).toContain('birthDate'); // 29 Feb 1987
    expect(checkNip('185001012015051001')).toContain('birthDate'); // before 1900
  });

  it('warns about an impossible appointment month or one before the 18th birthday', () => {
    expect(checkNip('198609262015131001')).toContain('appointment'); // month 13
    expect(checkNip('198609262000051001')).toContain('appointment'); // aged 13
    expect(checkNip('198609261969051001')).toContain('appointment'); // before the birth
  });

  it('warns when the sex digit is neither 1 nor 2', () => {
    expect(checkNip('198609262015053001')).toEqual(['sex']);
    expect(checkNip('198609262015050001')).toEqual(['sex']);
  });

  it('can name several problems at once', () => {
    expect(checkNip('198613262015133001')).toEqual(['birthDate', 'appointment', 'sex']);
  });
});
