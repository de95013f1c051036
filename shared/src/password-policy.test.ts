import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('refuses a short password', () => expect(passwordProblem('Ab1!')).toMatch(/at least 12/));
  it('refuses a long password of one character class', () => expect(passwordProblem('aaaaaaaaaaaaaaaa')).toMatch(/three/));
  it('accepts a long mixed password', () => expect(passwordProblem('Correct-Horse-9')).toBeNull());
});
