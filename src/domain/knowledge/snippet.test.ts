import { describe, expect, it } from 'vitest';
import { HIT_END, HIT_START, snippetParts, stripMarkers } from './snippet.ts';

describe('snippetParts', () => {
  it('splits a headline into text and hits', () => {
    expect(snippetParts(`Het ${HIT_START}samenwerkingsverband${HIT_END} groeit`)).toEqual([
      { text: 'Het ', isHit: false }, { text: 'samenwerkingsverband', isHit: true }, { text: ' groeit', isHit: false },
    ]);
  });
  it('keeps HTML as text, for the view to escape', () => {
    expect(snippetParts(`<b>${HIT_START}x${HIT_END}</b>`)).toEqual([
      { text: '<b>', isHit: false }, { text: 'x', isHit: true }, { text: '</b>', isHit: false },
    ]);
  });
  it('strips stray markers from source text', () => {
    expect(stripMarkers(`a${HIT_START}b${HIT_END}c`)).toBe('abc');
  });
});
