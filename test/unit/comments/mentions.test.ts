import { describe, expect, it } from 'vitest';
import {
  findMentions,
  mentionedIds,
  mentionQueryAt,
  mentionSegments,
  mentionSuggestions,
} from '../../../src/shared/domain/mentions';

const people = [
  { id: 'nurul', name: 'Nurul Aini' },
  { id: 'budi', name: 'Budi' },
  { id: 'budiman', name: 'Budiman' },
  { id: 'sari', name: 'Sari, S.Sos' },
  { id: 'rina-a', name: 'Rina Astuti' },
  { id: 'rina-w', name: 'Rina Wulandari' },
];

describe('mentions', () => {
  it('finds a full name with spaces, ignoring case', () => {
    expect(mentionedIds('Tolong cek, @nurul aini!', people)).toEqual(['nurul']);
    expect(findMentions('@Nurul Aini tolong', people)).toEqual([
      { personId: 'nurul', start: 0, end: 11 },
    ]);
  });

  it('takes the longest name first: a name that is a prefix of another does not steal it', () => {
    expect(mentionedIds('@Budiman sudah?', people)).toEqual(['budiman']);
    expect(mentionedIds('@Budi sudah?', people)).toEqual(['budi']);
    expect(mentionedIds('@Budimanto siapa', people)).toEqual([]);
  });

  it('accepts punctuation right after the name', () => {
    expect(mentionedIds('Sudah, @Budi.', people)).toEqual(['budi']);
    expect(mentionedIds('(@Budi), @Nurul Aini: ya; @Budiman?', people)).toEqual([
      'budi',
      'nurul',
      'budiman',
    ]);
  });

  it('matches a unique first name, never an ambiguous one', () => {
    expect(mentionedIds('@Nurul tolong cek', people)).toEqual(['nurul']);
    expect(mentionedIds('@Rina tolong cek', people)).toEqual([]);
    expect(mentionedIds('@Rina Wulandari tolong', people)).toEqual(['rina-w']);
    expect(mentionedIds('@Sari, tolong', people)).toEqual(['sari']);
    expect(mentionedIds('@Sari, S.Sos tolong', people)).toEqual(['sari']);
  });

  it('ignores an @ inside a word (an e-mail address) and an @ with no name', () => {
    expect(mentionedIds('kirim ke humas@budi.go.id', people)).toEqual([]);
    expect(mentionedIds('@ Budi', people)).toEqual([]);
    expect(mentionedIds('@@Budi', people)).toEqual([]);
  });

  it('cuts the text into runs for highlighting', () => {
    expect(mentionSegments('Halo @Budi, cek ya', people)).toEqual([
      { text: 'Halo ' },
      { text: '@Budi', personId: 'budi' },
      { text: ', cek ya' },
    ]);
  });

  it('knows what is typed after @ at the caret, and offers names', () => {
    expect(mentionQueryAt('tolong @Nur', 11)).toEqual({ start: 7, query: 'Nur' });
    expect(mentionQueryAt('tolong @Nurul A', 15)).toEqual({ start: 7, query: 'Nurul A' });
    expect(mentionQueryAt('a@b', 3)).toBeNull();
    expect(mentionQueryAt('tolong\n@', 8)).toEqual({ start: 7, query: '' });
    expect(mentionQueryAt('@Budi\nlagi', 10)).toBeNull();
    expect(mentionSuggestions('bud', people).map((p) => p.id)).toEqual(['budi', 'budiman']);
    expect(mentionSuggestions('aini', people).map((p) => p.id)).toEqual(['nurul']);
  });
});
