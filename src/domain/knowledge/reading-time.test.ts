import { describe, expect, it } from 'vitest';
import { readingMinutes } from './reading-time.ts';

describe('readingMinutes', () => {
  it('is one minute for a short or empty text', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('Vijftien consortia krijgen subsidie.')).toBe(1);
  });
  it('rounds words at 200 a minute up', () => {
    expect(readingMinutes(Array(200).fill('woord').join(' '))).toBe(1);
    expect(readingMinutes(Array(201).fill('woord').join(' '))).toBe(2);
    expect(readingMinutes(Array(750).fill('woord').join('\n'))).toBe(4);
  });
  it('does not count punctuation as words', () => {
    expect(readingMinutes(`${Array(200).fill('woord').join(' ')} - — …`)).toBe(1);
  });
});
