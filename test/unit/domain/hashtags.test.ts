import { describe, expect, it } from 'vitest';
import {
  composeCaption,
  extractHashtags,
  hashtagKey,
  normaliseHashtag,
  uniqueHashtags,
} from '../../../src/shared/domain/hashtags';

describe('extractHashtags', () => {
  it('finds Indonesian tags in a caption, deduplicated case-insensitively, first spelling kept', () => {
    const caption =
      'Selamat Hari Pahlawan! 🇮🇩 Mari teladani semangat arek-arek Suroboyo. #HariPahlawan #hariPahlawan #HariPahlawan2026 #Kabupaten_Sleman\n#JawaTimur,#PemkabBantul.';
    expect(extractHashtags(caption)).toEqual([
      'HariPahlawan',
      'HariPahlawan2026',
      'Kabupaten_Sleman',
      'JawaTimur',
      'PemkabBantul',
    ]);
  });

  it('reads Unicode letters, marks and the full-width sign', () => {
    expect(extractHashtags('#Café #ÇağrıMerkezi ＃TahunBaru #日本 #ꦗꦮ')).toEqual([
      'Café',
      'ÇağrıMerkezi',
      'TahunBaru',
      '日本',
      'ꦗꦮ',
    ]);
    // A decomposed é equals the precomposed one.
    expect(extractHashtags('#Cafe\u0301 #Café')).toEqual(['Café']);
  });

  it('ignores what only looks like a tag', () => {
    expect(extractHashtags('Juara #1 se-Jawa, bahasa C#, kode &#39; dan ##ganda')).toEqual([]);
    expect(
      extractHashtags('Info: https://sleman.go.id/berita#lengkap dan https://x.id/#top'),
    ).toEqual([]);
    expect(extractHashtags('email humas#kab atau 100#')).toEqual([]);
    expect(extractHashtags('')).toEqual([]);
  });

  it('stops a tag at punctuation and emoji', () => {
    expect(extractHashtags('#HUT80RI🎉 #Merdeka! (#Indonesia)')).toEqual([
      'HUT80RI',
      'Merdeka',
      'Indonesia',
    ]);
  });
});

describe('normaliseHashtag', () => {
  it('strips the sign and spaces, keeps case, refuses what is not a tag', () => {
    expect(normaliseHashtag('  #HariBatik ')).toBe('HariBatik');
    expect(normaliseHashtag('＃HariBatik')).toBe('HariBatik');
    expect(normaliseHashtag('##HariBatik')).toBe('HariBatik');
    expect(normaliseHashtag('HariBatik')).toBe('HariBatik');
    for (const bad of ['', '#', '#2026', 'Hari Batik', 'hari-batik', '#😀']) {
      expect(normaliseHashtag(bad)).toBeNull();
    }
    expect(hashtagKey('#HariBatik')).toBe('haribatik');
    expect(hashtagKey('bukan tag')).toBeNull();
  });

  it('deduplicates a list the same way', () => {
    expect(uniqueHashtags(['#Sleman', 'sleman', 'SLEMAN', ' #Jogja ', '', 'no way'])).toEqual([
      'Sleman',
      'Jogja',
    ]);
  });
});

describe('composeCaption', () => {
  it('appends the post’s tags the caption lacks after a blank line', () => {
    expect(composeCaption('Upacara HUT RI di alun-alun. #HUTRI80', ['hutri80', 'Sleman'])).toBe(
      'Upacara HUT RI di alun-alun. #HUTRI80\n\n#Sleman',
    );
    expect(composeCaption('Tanpa tagar', [])).toBe('Tanpa tagar');
    expect(composeCaption('Sudah ada #Sleman', ['#sleman'])).toBe('Sudah ada #Sleman');
    expect(composeCaption('', ['Sleman', 'Jogja'])).toBe('#Sleman #Jogja');
    expect(composeCaption('Teks  \n', ['Sleman'])).toBe('Teks\n\n#Sleman');
  });
});
