import { voteZone } from './zones';

const z = (f: number, a: number, n: number) => voteZone({ for: f, against: a, neutral: n });

describe('vote zones at their boundaries (make.org rules, product.md)', () => {
  it('needs at least 10 votes', () => {
    expect(z(9, 0, 0)).toBeNull();
    expect(z(10, 0, 0)).toBe('consensus');
    expect(z(0, 0, 0)).toBeNull();
  });

  it('consensus from exactly 60 % for', () => {
    expect(z(12, 8, 0)).toBe('consensus'); // 60 %
    expect(z(6, 0, 4)).toBe('consensus'); // 60 % for wins over 40 % neutral
    expect(z(59, 41, 0)).toBe('controversy'); // 59 % for, 41 % against
  });

  it('consensus when neutral < 40 % and against < 15 %', () => {
    expect(z(11, 2, 7)).toBe('consensus'); // 55 / 10 / 35
    expect(z(11, 3, 6)).toBe('controversy'); // against exactly 15 %: not below
    expect(z(10, 2, 8)).toBe('limbo'); // neutral exactly 40 %: not below
  });

  it('rejection is the mirror', () => {
    expect(z(8, 12, 0)).toBe('rejection'); // 60 % against
    expect(z(2, 11, 7)).toBe('rejection'); // for 10 % < 15, neutral 35 % < 40
    expect(z(3, 11, 6)).toBe('controversy'); // for exactly 15 %
    expect(z(0, 6, 4)).toBe('rejection');
  });

  it('limbo from 40 % neutral, otherwise controversy', () => {
    expect(z(3, 3, 4)).toBe('limbo'); // neutral exactly 40 %
    expect(z(4, 3, 3)).toBe('controversy'); // neutral 30 %, for 40 %, against 30 %
    expect(z(0, 0, 10)).toBe('limbo');
  });
});
