import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { foldLine, toICalendar } from './icalendar.ts';

describe('toICalendar', () => {
  const event = {
    uid: 'kennisitem-7@pps.test', title: 'Kennisdag; pps, opschaling', description: 'Regel 1\nRegel 2 met een \\ teken',
    url: 'https://pps.test/kennisbank/kennisdag', startsAt: new Date('2026-10-09T07:30:00Z'), endsAt: new Date('2026-10-09T14:30:00Z'),
    location: 'Utrecht, Jaarbeurs', updatedAt: new Date('2026-09-01T10:00:00Z'),
  };

  it('parses back with ical.js to the same event', () => {
    const text = toICalendar('Evenementen', [event, { ...event, uid: 'kennisitem-8@pps.test', location: null, endsAt: null }]);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(2);
    const [first, second] = events as [ICAL.Event, ICAL.Event];
    expect(first.uid).toBe('kennisitem-7@pps.test');
    expect(first.summary).toBe('Kennisdag; pps, opschaling');
    expect(first.description).toBe('Regel 1\nRegel 2 met een \\ teken');
    expect(first.location).toBe('Utrecht, Jaarbeurs');
    expect(first.startDate.toJSDate().toISOString()).toBe('2026-10-09T07:30:00.000Z');
    expect(first.endDate.toJSDate().toISOString()).toBe('2026-10-09T14:30:00.000Z');
    expect(second.endDate.toJSDate().toISOString()).toBe('2026-10-09T08:30:00.000Z');
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  });

  it('folds long lines without splitting a character, and unfolds to the same text', () => {
    const long = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldLine(long);
    expect(folded.split('\r\n ').join('')).toBe(long);
    expect(folded.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
  });
});
