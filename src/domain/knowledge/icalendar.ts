// iCalendar (RFC 5545) for events: text escaped, lines folded at 75 octets, CRLF, times in UTC.
export type CalendarEvent = {
  uid: string; title: string; description: string; url: string; startsAt: Date; endsAt: Date | null;
  location: string | null; updatedAt: Date;
};

const escapeText = (value: string) => value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
const utc = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** Folds a content line to at most 75 octets per line, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

function eventLines(e: CalendarEvent): string[] {
  return [
    'BEGIN:VEVENT', `UID:${e.uid}`, `DTSTAMP:${utc(e.updatedAt)}`, `DTSTART:${utc(e.startsAt)}`,
    `DTEND:${utc(e.endsAt ?? new Date(e.startsAt.getTime() + 3_600_000))}`,
    `SUMMARY:${escapeText(e.title)}`, `DESCRIPTION:${escapeText(e.description)}`,
    ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []), `URL:${e.url}`, 'END:VEVENT',
  ];
}

/** A whole calendar: one event for an .ics file, or all of them for the feed. */
export function toICalendar(name: string, events: CalendarEvent[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//PPS Monitor//Kennisbank//NL', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`, ...events.flatMap(eventLines), 'END:VCALENDAR'];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
