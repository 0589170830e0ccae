import { describe, expect, it } from 'vitest';
import type { Post, PostSummary } from '../../../../src/shared/domain/posts';
import { localParts, toInstant } from '../../../../src/shared/time';
import {
  activeFilterCount,
  groupByDay,
  isTypingTarget,
  loadKey,
  localPartsReader,
  parseStoredCalendar,
  placeSummary,
  pushUndo,
  stepAnchor,
  summaryOf,
  timeInHour,
  toggleFilterValue,
  undoLimit,
  visibleChips,
  visibleRange,
  weekHours,
  type UndoEntry,
} from '../../../../src/renderer/features/calendar/model';

let counter = 0;
function summary(scheduledAt: string | null, title = `Unggahan ${++counter}`): PostSummary {
  return {
    id: `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
    title,
    status: 'draft',
    scheduledAt,
    timeZone: scheduledAt ? 'Asia/Jakarta' : null,
    campaignId: null,
    assigneeId: null,
    seriesId: null,
    version: 1,
    channels: [],
    assetCount: 0,
    firstThumb: null,
  };
}

describe('localPartsReader', () => {
  const zones = [
    'Asia/Jakarta',
    'Asia/Makassar',
    'Asia/Jayapura',
    'Europe/Berlin',
    'America/New_York',
    'UTC',
  ];

  it('agrees with localParts at month edges and across daylight-saving changes', () => {
    const instants: string[] = [];
    // Every 37 minutes through two DST changes in Berlin and New York, and a year end.
    for (const start of ['2026-03-27T00:00:00Z', '2026-10-23T00:00:00Z', '2026-12-30T00:00:00Z']) {
      for (let step = 0; step < 300; step++)
        instants.push(new Date(Date.parse(start) + step * 37 * 60_000).toISOString());
    }
    for (const zone of zones) {
      const read = localPartsReader(zone);
      for (const instant of instants)
        expect(read(instant), `${zone} ${instant}`).toEqual(localParts(instant, zone));
    }
  });

  it('puts 00:30 and 23:30 local on the right day in each Indonesian zone', () => {
    for (const zone of ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']) {
      const read = localPartsReader(zone);
      expect(read(toInstant('2026-11-30', '23:30', zone))).toEqual({
        date: '2026-11-30',
        time: '23:30',
      });
      expect(read(toInstant('2026-12-01', '00:30', zone))).toEqual({
        date: '2026-12-01',
        time: '00:30',
      });
    }
  });
});

describe('visibleRange', () => {
  it('month: whole weeks around the month, starting on the office week start', () => {
    const monday = visibleRange('month', '2026-11-17', 1);
    expect(monday.from).toBe('2026-10-26');
    expect(monday.to).toBe('2026-12-06');
    expect(monday.weeks).toHaveLength(6);
    expect(monday.weeks.every((week) => week.length === 7)).toBe(true);
    expect(monday.days).toContain('2026-11-30');

    const sunday = visibleRange('month', '2026-11-17', 0);
    expect(sunday.from).toBe('2026-11-01');
    expect(sunday.to).toBe('2026-12-05');

    // February 2026 starts on a Sunday: a Sunday-start grid needs exactly four weeks.
    expect(visibleRange('month', '2026-02-10', 0).weeks).toHaveLength(4);
  });

  it('week: seven days holding the anchor; agenda: the month itself', () => {
    expect(visibleRange('week', '2026-11-19', 1)).toMatchObject({
      from: '2026-11-16',
      to: '2026-11-22',
    });
    expect(visibleRange('week', '2026-11-19', 6)).toMatchObject({
      from: '2026-11-14',
      to: '2026-11-20',
    });
    const agenda = visibleRange('agenda', '2026-02-10', 1);
    expect(agenda).toMatchObject({ from: '2026-02-01', to: '2026-02-28' });
    expect(agenda.days).toHaveLength(28);
  });
});

describe('stepAnchor', () => {
  it('moves a month at a time to the 1st, across years, from any day', () => {
    expect(stepAnchor('month', '2026-01-31', -1)).toBe('2025-12-01');
    expect(stepAnchor('month', '2026-01-31', 1)).toBe('2026-02-01');
    expect(stepAnchor('agenda', '2026-12-15', 1)).toBe('2027-01-01');
  });

  it('moves a week at a time in the week view', () => {
    expect(stepAnchor('week', '2026-12-29', 1)).toBe('2027-01-05');
    expect(stepAnchor('week', '2026-03-03', -1)).toBe('2026-02-24');
  });
});

describe('groupByDay', () => {
  it('groups by the office-zone date, sorted by time', () => {
    const late = summary('2026-11-30T16:30:00.000Z', 'Malam'); // 23:30 WIB on the 30th
    const early = summary('2026-11-30T01:00:00.000Z', 'Pagi'); // 08:00 WIB
    const next = summary('2026-11-30T17:30:00.000Z', 'Besok'); // 00:30 WIB on 1 December
    const idea = summary(null);
    const days = groupByDay([late, next, early, idea], 'Asia/Jakarta');
    expect(days.get('2026-11-30')?.map((item) => [item.time, item.post.title])).toEqual([
      ['08:00', 'Pagi'],
      ['23:30', 'Malam'],
    ]);
    expect(days.get('2026-12-01')?.map((item) => item.time)).toEqual(['00:30']);
    expect([...days.values()].flat()).toHaveLength(3);

    // The same instants in Jayapura (UTC+9): 23:30 WIB is already 1 December 01:30 WIT.
    const wit = groupByDay([late], 'Asia/Jayapura');
    expect([...wit.keys()]).toEqual(['2026-12-01']);
  });

  it('keeps the previous array for a day whose posts did not change', () => {
    const a = summary('2026-11-10T02:00:00.000Z');
    const b = summary('2026-11-11T02:00:00.000Z');
    const first = groupByDay([a, b], 'Asia/Jakarta');
    const moved = { ...b, scheduledAt: '2026-11-12T02:00:00.000Z', version: 2 };
    const second = groupByDay([a, moved], 'Asia/Jakarta', first);
    expect(second.get('2026-11-10')).toBe(first.get('2026-11-10'));
    expect(second.has('2026-11-11')).toBe(false);
    expect(second.get('2026-11-12')?.[0]?.post).toBe(moved);
  });
});

describe('visibleChips', () => {
  it('shows three chips and counts the rest for "+N lainnya"', () => {
    expect(visibleChips([1, 2, 3])).toEqual({ shown: [1, 2, 3], hidden: 0 });
    expect(visibleChips([1, 2, 3, 4, 5, 6])).toEqual({ shown: [1, 2, 3], hidden: 3 });
    expect(visibleChips(undefined)).toEqual({ shown: [], hidden: 0 });
    expect(visibleChips(Array.from({ length: 50 }, (_, i) => i)).shown).toHaveLength(3);
  });
});

describe('week view rows', () => {
  it('always 06–22, plus night hours that hold a post', () => {
    const hours = weekHours([
      { post: summary(null), date: '2026-11-10', time: '23:30' },
      { post: summary(null), date: '2026-11-11', time: '05:15' },
    ]);
    expect(hours[0]).toBe(5);
    expect(hours.at(-1)).toBe(23);
    expect(hours).toHaveLength(19);
    expect(weekHours([])).toEqual(Array.from({ length: 17 }, (_, i) => i + 6));
  });

  it('a drop on another hour keeps the minutes', () => {
    expect(timeInHour('09:45', 14)).toBe('14:45');
    expect(timeInHour('23:30', 6)).toBe('06:30');
  });
});

describe('filters', () => {
  it('toggles values and drops empty lists', () => {
    const one = toggleFilterValue({}, 'statuses', 'draft');
    expect(one).toEqual({ statuses: ['draft'] });
    const two = toggleFilterValue(one, 'tags', 'banjir');
    expect(activeFilterCount(two)).toBe(2);
    expect(toggleFilterValue(two, 'statuses', 'draft')).toEqual({ tags: ['banjir'] });
  });

  it('names the same data the same way whatever the order of the choice', () => {
    expect(loadKey('2026-11-01', '2026-11-30', { tags: ['b', 'a'], statuses: ['draft'] })).toBe(
      loadKey('2026-11-01', '2026-11-30', {
        statuses: ['draft'],
        tags: ['a', 'b'],
        channelIds: [],
      }),
    );
    expect(loadKey('2026-11-01', '2026-11-30', {})).not.toBe(
      loadKey('2026-11-01', '2026-12-06', {}),
    );
  });
});

describe('moves and undo', () => {
  it('places a post in the ideas or the scheduled list, removing it from the other', () => {
    const scheduled = summary('2026-11-10T02:00:00.000Z');
    const idea = summary(null);
    const lists = { posts: [scheduled], ideas: [idea] };
    const toTray = placeSummary(lists, { ...scheduled, scheduledAt: null });
    expect(toTray.posts).toEqual([]);
    expect(toTray.ideas.map((post) => post.id)).toEqual([scheduled.id, idea.id]);
    const toDay = placeSummary(lists, { ...idea, scheduledAt: '2026-11-12T02:00:00.000Z' });
    expect(toDay.ideas).toEqual([]);
    expect(toDay.posts.map((post) => post.id)).toEqual([scheduled.id, idea.id]);
  });

  it('turns a full post into the summary the calendar holds', () => {
    const post = {
      ...summary('2026-11-10T02:00:00.000Z'),
      brief: '',
      caption: 'x',
      link: '',
      firstComment: '',
      hashtags: [],
      tags: [],
      channels: [{ channelId: 'c', format: 'feed', captionOverride: 'y' }],
      assetIds: ['a', 'b'],
      submittedBy: null,
      checkedBy: null,
      checkedAt: null,
      approvedBy: null,
      approvedAt: null,
      permalink: '',
      publishedAt: null,
      createdBy: null,
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-01T00:00:00.000Z',
      deletedAt: null,
    } as Post;
    expect(summaryOf(post)).toMatchObject({
      channels: [{ channelId: 'c', format: 'feed' }],
      assetCount: 2,
    });
    expect(summaryOf(post)).not.toHaveProperty('caption');
  });

  it('keeps the last few undo entries only', () => {
    let stack: UndoEntry[] = [];
    for (let i = 0; i < undoLimit + 5; i++)
      stack = pushUndo(stack, { kind: 'delete', postId: String(i), title: 't' });
    expect(stack).toHaveLength(undoLimit);
    expect(stack.at(-1)).toMatchObject({ postId: String(undoLimit + 4) });
  });
});

describe('remembered view', () => {
  it('accepts a view and a real date, ignores anything else', () => {
    expect(parseStoredCalendar('{"view":"week","anchor":"2026-11-16"}')).toEqual({
      view: 'week',
      anchor: '2026-11-16',
    });
    expect(parseStoredCalendar('{"view":"year","anchor":"2026-11-16"}')).toBeUndefined();
    expect(parseStoredCalendar('{"view":"month","anchor":"2026-02-30"}')).toBeUndefined();
    expect(parseStoredCalendar('not json')).toBeUndefined();
    expect(parseStoredCalendar(null)).toBeUndefined();
  });
});

describe('isTypingTarget', () => {
  it('is true for text inputs, text areas, selects and editable content only', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'search' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
