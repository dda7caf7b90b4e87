import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Invalid } from '../errors.ts';
import { parseInput } from './parse-input.ts';

const Form = z.object({ email: z.string().min(5).email(), name: z.string().min(1) });

describe('parseInput', () => {
  it('returns the parsed input', () => {
    expect(parseInput(Form, { email: 'a@b.nl', name: 'An' })).toEqual({ email: 'a@b.nl', name: 'An' });
  });

  it('refuses with the first problem of each field only, in the order of the fields', () => {
    // 'x' is both too short and no e-mail address: the form shows one message beside the field, the summary one too.
    const refusal = (() => { try { parseInput(Form, { email: 'x', name: '' }); } catch (error) { return error; } })();
    expect(refusal).toBeInstanceOf(Invalid);
    expect((refusal as Invalid).problems.map((p) => [p.name, p.reason])).toEqual([['email', 'input.tooShort'], ['name', 'input.tooShort']]);
  });
});
