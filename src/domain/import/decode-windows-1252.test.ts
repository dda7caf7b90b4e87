import { describe, expect, it } from 'vitest';
import { decodeWindows1252 } from './decode-windows-1252.ts';

describe('decodeWindows1252', () => {
  it('reads the euro sign, curly quotes and accented letters as Excel on Windows writes them', () => {
    expect(decodeWindows1252(new Uint8Array([0x80, 0x20, 0x34, 0x2c, 0x33, 0x20, 0x93, 0x6d, 0x6c, 0x6e, 0x94, 0x20, 0xe9, 0xeb, 0x96]))).toBe('€ 4,3 “mln” éë–');
  });

  it('keeps long files whole', () => {
    expect(decodeWindows1252(new Uint8Array(20_000).fill(0x80))).toBe('€'.repeat(20_000));
  });
});
