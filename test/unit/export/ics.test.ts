import ICAL from 'ical.js';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import packageJson from '../../../package.json';
import { icsFormat } from '../../../src/main/export/formats/ics';
import { escapeText, foldLine } from '../../../src/main/export/formats/ics/lines';
import { writeFileAtomically } from '../../../src/main/export/output-file';
import { scheduleRows, type Schedule } from '../../../src/shared/domain/exports';
import { composeCaption } from '../../../src/shared/domain/hashtags';
import type { PostStatus } from '../../../src/shared/domain/post-status';
import { useTempDir } from '../helpers';
import { trickyPost, useDemoOffice } from './fixture';
import { abortAfterFirstChunk, repeated } from './text-formats';

const allStatuses = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'published',
  'cancelled',
] as const;

const expectedStatus: Record<PostStatus, string> = {
  draft: 'TENTATIVE',
  in_review: 'TENTATIVE',
  changes_requested: 'TENTATIVE',
  approved: 'CONFIRMED',
  published: 'CONFIRMED',
  cancelled: 'CANCELLED',
};

/** RFC 5545 text as it was before escaping, for comparing with what ical.js reads. */
const asIcsText = (text: string) => text.replace(/\r\n?/g, '\n');

describe('ICS export', () => {
  const demoOffice = useDemoOffice();
  const tempDir = useTempDir();

  async function exportIcs(schedule: Schedule) {
    const file = join(tempDir(), 'jadwal.ics');
    const progress: [number, number][] = [];
    await writeFileAtomically(file, (out) =>
      icsFormat.write(schedule, out, { progress: (d, t) => progress.push([d, t]) }),
    );
    const bytes = await readFile(file);
    const text = bytes.toString('utf8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    return { bytes, text, calendar, events: calendar.getAllSubcomponents('vevent'), progress };
  }

  it('writes one event per post × channel, in the office zone, with a VTIMEZONE', async () => {
    const { schedule, tricky } = await demoOffice();
    const december = schedule();
    const { calendar, events, progress } = await exportIcs(december);
    const rows = scheduleRows(december);

    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('prodid')).toContain(packageJson.version);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      'Jadwal Konten Media Sosial — Pemerintah Kabupaten Sukamaju',
    );
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Jakarta');
    const vtimezone = calendar.getFirstSubcomponent('vtimezone')!;
    expect(vtimezone.getFirstPropertyValue('tzid')).toBe('Asia/Jakarta');
    const standard = vtimezone.getFirstSubcomponent('standard')!;
    expect(standard.getFirstPropertyValue('tzoffsetto')!.toString()).toBe('+07:00');
    expect(standard.getFirstPropertyValue('tzname')).toBe('WIB');
    const zone = new ICAL.Timezone(vtimezone);

    expect(events).toHaveLength(rows.length);
    rows.forEach(({ post, channel }, i) => {
      const event = events[i]!;
      expect(event.getFirstPropertyValue('uid')).toBe(`${post.id}-${channel.channelId}@linimasa`);
      const dtstart = event.getFirstProperty('dtstart')!;
      expect(dtstart.getParameter('tzid')).toBe('Asia/Jakarta');
      const start = dtstart.getFirstValue() as ICAL.Time;
      expect(start.toString()).toBe(`${post.date}T${post.time}:00`);
      // Read through the file's own VTIMEZONE, the local time is the stored instant.
      const inZone = start.clone();
      inZone.zone = zone;
      expect(inZone.toJSDate().toISOString()).toBe(post.scheduledAt);
      const end = event.getFirstPropertyValue('dtend') as ICAL.Time;
      expect(end.subtractDate(start).toSeconds()).toBe(30 * 60);
      expect(event.getFirstPropertyValue('summary')).toBe(`[${channel.name}] ${post.title}`);
      expect(event.getFirstPropertyValue('status')).toBe('CONFIRMED');
      expect(event.getFirstPropertyValue('sequence')).toBe(post.version);
      const modified = event.getFirstPropertyValue('last-modified') as ICAL.Time;
      expect(modified.toJSDate().toISOString()).toBe(`${post.updatedAt.slice(0, 19)}.000Z`);
      const categories = event.getFirstProperty('categories')!.getValues();
      expect(categories).toEqual([channel.name, post.campaign?.name].filter(Boolean));
      const description = event.getFirstPropertyValue('description') as string;
      expect(
        description.startsWith(asIcsText(composeCaption(channel.caption, post.hashtags))),
      ).toBe(true);
      expect(description).toContain('Status: Disetujui');
      if (post.assignee) expect(description).toContain(`PIC: ${post.assignee.name}`);
      if (post.link) expect(description).toContain(post.link);
    });

    // The tricky post: 23:30 on the last day ends at midnight of the next; text unfolds exactly.
    const trickyEvent = events.find((e) =>
      String(e.getFirstPropertyValue('uid')).startsWith(tricky.id),
    )!;
    expect((trickyEvent.getFirstPropertyValue('dtstart') as ICAL.Time).toString()).toBe(
      '2026-12-31T23:30:00',
    );
    expect((trickyEvent.getFirstPropertyValue('dtend') as ICAL.Time).toString()).toBe(
      '2027-01-01T00:00:00',
    );
    const trickySchedule = december.posts.find((p) => p.id === tricky.id)!;
    expect(trickySchedule.assignee).toBeNull(); // so the description has no PIC line
    expect(trickyEvent.getFirstPropertyValue('summary')).toBe(
      `[${trickySchedule.channels[0]!.name}] ${trickyPost.title}`,
    );
    expect(trickyEvent.getFirstPropertyValue('description')).toBe(
      `${asIcsText(trickyPost.caption)}\n\n#BebasPungli #Sukamaju\n\n` +
        'Format: Carousel\nStatus: Disetujui\nDisetujui oleh: Bambang Wicaksono',
    );
    expect(progress.at(-1)).toEqual([rows.length, rows.length]);
  });

  it('keeps to the line rules: CRLF only, at most 75 octets, folded between characters', async () => {
    const { schedule } = await demoOffice();
    const { bytes, text } = await exportIcs(schedule());
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    // Every physical line is valid UTF-8 on its own: no character was cut in two.
    let offset = 0;
    for (const line of lines) {
      const length = Buffer.byteLength(line);
      const slice = bytes.subarray(offset, offset + length);
      expect(new TextDecoder('utf-8', { fatal: true }).decode(slice)).toBe(line);
      offset += length + 2;
    }
  });

  it('gives every event the same UID on every export, and maps each status', async () => {
    const { schedule } = await demoOffice();
    const first = await exportIcs(schedule({ statuses: [...allStatuses] }));
    const everything = schedule({ statuses: [...allStatuses] });
    const second = await exportIcs(everything);
    const uids = (events: ICAL.Component[]) => events.map((e) => e.getFirstPropertyValue('uid'));
    expect(uids(second.events)).toEqual(uids(first.events));
    expect(new Set(uids(second.events)).size).toBe(second.events.length);
    const rows = scheduleRows(everything);
    expect(new Set(rows.map((r) => r.post.status))).toEqual(new Set(allStatuses));
    rows.forEach(({ post }, i) => {
      expect(second.events[i]!.getFirstPropertyValue('status')).toBe(expectedStatus[post.status]);
    });
  });

  it('writes UTC times and no VTIMEZONE for a zone with daylight saving', async () => {
    const { schedule, call } = await demoOffice();
    await call('settings.update', { timeZone: 'Europe/Berlin', zoneChange: { keep: 'instant' } });
    const december = schedule();
    const { calendar, events, text } = await exportIcs(december);
    expect(calendar.getFirstSubcomponent('vtimezone')).toBeNull();
    expect(text).not.toContain('TZID=');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Berlin');
    scheduleRows(december).forEach(({ post }, i) => {
      const start = events[i]!.getFirstPropertyValue('dtstart') as ICAL.Time;
      expect(start.zone?.tzid).toBe('UTC');
      expect(start.toJSDate().toISOString()).toBe(post.scheduledAt);
    });
  });

  it('stops when cancelled', async () => {
    const { schedule } = await demoOffice();
    const controller = new AbortController();
    controller.abort();
    const file = join(tempDir(), 'batal.ics');
    await expect(
      writeFileAtomically(
        file,
        (out) => icsFormat.write(schedule(), out, { signal: controller.signal }),
        controller.signal,
      ),
    ).rejects.toThrow();
    await expect(readFile(file)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(
      icsFormat.write(schedule(), new PassThrough(), { signal: controller.signal }),
    ).rejects.toThrow();
  });

  it('notices cancellation between chunks of events', async () => {
    const { schedule } = await demoOffice();
    const big = repeated(schedule(), 200); // 1,600 events
    const { reports, text } = await abortAfterFirstChunk(icsFormat, big);
    expect(reports).toEqual([[500, 1600]]);
    expect(text.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(500);
    expect(text).not.toContain('END:VCALENDAR');
  });
});

describe('ICS text rules', () => {
  it('escapes backslash, semicolon, comma and every line break', () => {
    expect(escapeText('a\\b;c,d\r\ne\rf\ng\u0007')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('folds at 75 octets without cutting a UTF-8 character, and unfolds to the same text', () => {
    for (const body of [
      '🇮🇩🎉'.repeat(40),
      'é'.repeat(100),
      'x'.repeat(200),
      `a${'✓'.repeat(60)}`,
    ]) {
      const line = `DESCRIPTION:${body}`;
      const folded = foldLine(line);
      const physical = folded.split('\r\n');
      expect(physical.length).toBeGreaterThan(1);
      for (const part of physical) {
        expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
        expect(part).not.toMatch(/[\ud800-\udbff]$/); // no surrogate pair split
      }
      // Lines are filled: only the last may be shorter than a character's width below the limit.
      for (const part of physical.slice(0, -1)) expect(Buffer.byteLength(part)).toBeGreaterThan(71);
      expect(folded.replace(/\r\n /g, '')).toBe(line);
    }
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });
});
