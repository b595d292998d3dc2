import { controversy, groupInformedConsensus, proportionZ, round, smoothedAgreement, twoProportionZ, wilsonLowerBound } from './stats';

describe('Wilson lower bound (worked by hand, z = 1.959964)', () => {
  it('9 for out of 10: (0.9 + 0.19207 − 0.26733) / 1.38415 = 0.5958', () => {
    expect(wilsonLowerBound(9, 10)).toBeCloseTo(0.5958, 4);
  });

  it('90 for out of 100 ranks above 9 out of 10: 0.8256', () => {
    expect(wilsonLowerBound(90, 100)).toBeCloseTo(0.8256, 4);
    expect(wilsonLowerBound(90, 100)).toBeGreaterThan(wilsonLowerBound(9, 10));
  });

  it('1 out of 1 is far from certain: 0.2065', () => {
    expect(wilsonLowerBound(1, 1)).toBeCloseTo(0.2065, 4);
  });

  it('no vote, or no "for", gives 0', () => {
    expect(wilsonLowerBound(0, 0)).toBe(0);
    expect(wilsonLowerBound(0, 5)).toBe(0);
  });
});

describe('controversy (same formula as proposals.controversy)', () => {
  it('balanced votes weigh fully, one-sided votes not at all', () => {
    expect(controversy(5, 5)).toBe(10);
    expect(controversy(8, 2)).toBe(2.5);
    expect(controversy(3, 0)).toBe(0);
    expect(controversy(0, 0)).toBe(0);
  });
});

describe('Pol.is tests', () => {
  it('one-proportion z: 8 agree of 10 → 2·√11·(9/11 − ½) = 2.1106', () => {
    expect(proportionZ(8, 10)).toBeCloseTo(2.1106, 4);
    // The pseudo-count leans towards agreement: 5 of 10 gives 2·√11·(6/11 − ½) = 1/√11.
    expect(proportionZ(5, 10)).toBeCloseTo(1 / Math.sqrt(11), 10);
  });

  it('two-proportion z: 8/10 against 2/10 → with pseudo-counts 9/11 against 3/11, pooled 12/22: 2.5690', () => {
    expect(twoProportionZ(8, 10, 2, 10)).toBeCloseTo(2.569, 4);
    expect(twoProportionZ(2, 10, 8, 10)).toBeCloseTo(-2.569, 4);
    expect(twoProportionZ(0, 0, 0, 0)).toBeCloseTo(0, 10);
  });

  it('group-informed consensus: (3+1)/(4+2) × (1+1)/(2+2) = 1/3', () => {
    expect(smoothedAgreement(3, 4)).toBeCloseTo(2 / 3, 10);
    expect(groupInformedConsensus([{ agree: 3, seen: 4 }, { agree: 1, seen: 2 }])).toBeCloseTo(1 / 3, 10);
    expect(groupInformedConsensus([])).toBe(1);
  });
});

describe('round', () => {
  it('removes float noise', () => {
    expect(round(0.1 + 0.2)).toBe(0.3);
    expect(round(2 / 3, 2)).toBe(0.67);
  });
});
