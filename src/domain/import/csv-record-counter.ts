// Counts a CSV's records on its bytes, as they arrive or whole, so a file over the row limit is refused before its
// rows are built (and an upload before it has all arrived). The same records as `csvRecords` reads: quotes open
// only at a field's start, "" inside a quoted field is a quote, a line break or a lone carriage return ends a
// record, and a record of one blank cell is none.
// Every structural byte is ASCII, so UTF-8 and Windows-1252 read the same here.
const LF = 0x0a, CR = 0x0d, QUOTE = 0x22, SPACE = 0x20, TAB = 0x09, SEMICOLON = 0x3b, COMMA = 0x2c;
// The scanner's states: at a field's start (leading blanks skipped), in an unquoted field, in a quoted one, after a quote in it.
const State = { FieldStart: 0, Unquoted: 1, Quoted: 2, QuoteSeen: 3 } as const;

export class CsvRecordCounter {
  private delimiter = -1;
  private head: Uint8Array[] = [];
  private state: number = State.FieldStart;
  private content = false;
  count = 0;

  /** Counts the records that `chunk` ends; until the first line is complete (it decides the delimiter), it waits. */
  push(chunk: Uint8Array): number {
    if (this.delimiter < 0) {
      this.head.push(chunk);
      if (!chunk.includes(LF)) return this.count;
      this.delimiter = delimiterOf(this.head);
      const head = this.head;
      this.head = [];
      for (const part of head) this.scan(part);
      return this.count;
    }
    this.scan(chunk);
    return this.count;
  }

  /** The count with a last record that has no line break after it. */
  end(): number {
    if (this.delimiter < 0) {
      this.delimiter = delimiterOf(this.head);
      for (const part of this.head) this.scan(part);
      this.head = [];
    }
    if (this.state !== State.Quoted && this.content) this.count++;
    this.content = false;
    this.state = State.FieldStart;
    return this.count;
  }

  private scan(bytes: Uint8Array): void {
    const delimiter = this.delimiter;
    let { state, content, count } = this;
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i]!;
      if (state === State.Quoted) {
        if (byte === QUOTE) state = State.QuoteSeen;
        else content = true;
        continue;
      }
      if (state === State.QuoteSeen) {
        if (byte === QUOTE) { content = true; state = State.Quoted; continue; }
        state = State.Unquoted;
      } else if (state === State.FieldStart) {
        if (byte === SPACE || byte === TAB) continue;
        if (byte === QUOTE) { state = State.Quoted; continue; }
      }
      if (byte === delimiter) { content = true; state = State.FieldStart; }
      else if (byte === LF || byte === CR) {
        if (content) count++;
        content = false;
        state = State.FieldStart;
      } else {
        if (byte > SPACE) content = true;
        state = State.Unquoted;
      }
    }
    this.state = state;
    this.content = content;
    this.count = count;
  }
}

/** ";" unless the first line has more commas than semicolons, as `openCsvTable` decides. */
function delimiterOf(head: Uint8Array[]): number {
  let semicolons = 0, commas = 0;
  for (const part of head) {
    for (let i = 0; i < part.length; i++) {
      const byte = part[i]!;
      if (byte === LF) return semicolons >= commas ? SEMICOLON : COMMA;
      if (byte === SEMICOLON) semicolons++;
      else if (byte === COMMA) commas++;
    }
  }
  return semicolons >= commas ? SEMICOLON : COMMA;
}

/** The records of a whole file, counted without building any. */
export function countCsvRecords(bytes: Uint8Array): number {
  const counter = new CsvRecordCounter();
  counter.push(bytes);
  return counter.end();
}
