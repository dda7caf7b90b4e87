import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-rules.ts';

describe('checkPassword', () => {
  it('accepts a password of twelve characters and refuses eleven', () => {
    expect(checkPassword('abcdefghijkl')).toEqual([]);
    expect(checkPassword('abcdefghijk')).toEqual(['too_short']);
  });

  it('counts characters, not bytes', () => {
    expect(checkPassword('ééééééééééé')).toEqual(['too_short']);
    expect(checkPassword('🙂'.repeat(12))).toEqual([]);
  });

  it('refuses the e-mail address as password and a mismatching confirmation', () => {
    expect(checkPassword('Piet@Voorbeeld.nl', { email: 'piet@voorbeeld.nl' })).toEqual(['same_as_email']);
    expect(checkPassword('een lang wachtwoord', { confirmation: 'een ander wachtwoord' })).toEqual(['mismatch']);
  });

  it('refuses absurdly long input', () => {
    expect(checkPassword('x'.repeat(201))).toEqual(['too_long']);
  });
});
