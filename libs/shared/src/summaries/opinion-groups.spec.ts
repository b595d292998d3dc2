import { opinionGroups, VoterVotes } from './opinion-groups';
import { seededRandom } from './random';

/**
 * Synthetic votes with planted groups: each group likes its own block of proposals and dislikes
 * the others' blocks; one last proposal is liked by everybody (the planted consensus). Each person
 * sees each proposal with probability `seen`; votes follow the plan with probability `loyalty`,
 * and are random otherwise.
 */
function planted(groupSizes: number[], blockSize: number, options: { seen: number; loyalty: number; seed: number; plan?: (group: number, block: number) => number; blocks?: number }) {
  const random = seededRandom(options.seed);
  const blocks = options.blocks ?? groupSizes.length;
  const plan = options.plan ?? ((group: number, block: number) => (group === block ? 1 : -1));
  const consensus = blocks * blockSize;
  const proposalCount = consensus + 1;
  const voters: VoterVotes[] = [];
  const truth: number[] = [];
  groupSizes.forEach((size, g) => {
    for (let p = 0; p < size; p++) {
      const proposals: number[] = [];
      const values: number[] = [];
      for (let j = 0; j < proposalCount; j++) {
        if (random() > options.seen) continue;
        const planned = j === consensus ? 1 : plan(g, Math.floor(j / blockSize));
        const value = random() < options.loyalty ? planned : [1, -1, 0][Math.floor(random() * 3)];
        proposals.push(j);
        values.push(value);
      }
      voters.push({ proposals, values });
      truth.push(g);
    }
  });
  return { voters, truth, proposalCount, consensus, blockSize };
}

/** Share of people in the right group, with each found group matched to the planted group most of its members come from. */
function recovered(truth: number[], analysed: number[], assignment: Int32Array, groups: number): number {
  const counts = Array.from({ length: groups }, () => new Array<number>(groups).fill(0));
  analysed.forEach((voter, r) => counts[assignment[r]][truth[voter]]++);
  const mapping = counts.map((row) => row.indexOf(Math.max(...row)));
  expect(new Set(mapping).size).toBe(groups); // one found group per planted group
  const right = analysed.filter((voter, r) => mapping[assignment[r]] === truth[voter]).length;
  return right / analysed.length;
}

describe('opinion groups on planted data', () => {
  it('recovers 3 planted groups of unequal sizes (≥ 95 % in the right group) and finds the consensus proposal', () => {
    const data = planted([70, 50, 30], 8, { seen: 0.6, loyalty: 0.85, seed: 11 });
    const result = opinionGroups(data.proposalCount, data.voters);
    expect(result.status).toBe('computed');
    expect(result.groups).toHaveLength(3);
    expect(recovered(data.truth, result.analysed, result.assignment, 3)).toBeGreaterThanOrEqual(0.95);
    expect(result.consensus[0].proposal).toBe(data.consensus);
    expect(result.consensus[0].perGroup.every((g) => g.agreeRate > 0.5)).toBe(true);
    // Each group's representative proposals come from its own block.
    for (const group of result.groups) {
      const plantedGroup = data.truth[result.analysed[group.members[0]]];
      expect(group.representative.length).toBeGreaterThan(0);
      for (const r of group.representative) expect(Math.floor(r.proposal / data.blockSize)).toBe(plantedGroup);
    }
    // Groups are numbered by size.
    expect(result.groups.map((g) => g.members.length)).toEqual([...result.groups.map((g) => g.members.length)].sort((a, b) => b - a));
  });

  it('recovers 2 planted groups with sparse votes, and leaves out people with too few votes', () => {
    const data = planted([60, 60], 10, { seen: 0.45, loyalty: 0.8, seed: 3 });
    const light: VoterVotes = { proposals: [0, 1, 2], values: [1, 1, 1] };
    const result = opinionGroups(data.proposalCount, [...data.voters, light]);
    expect(result.minVotesPerParticipant).toBe(7);
    expect(result.analysed).not.toContain(data.voters.length);
    expect(result.groups).toHaveLength(2);
    expect(recovered(data.truth, result.analysed, result.assignment, 2)).toBeGreaterThanOrEqual(0.95);
    expect(result.consensus[0].proposal).toBe(data.consensus);
  });

  it('finds 4 planted groups that differ on two questions (two components can show them)', () => {
    // Block 0 splits groups {0, 1} from {2, 3}; block 1 splits {0, 2} from {1, 3}: four quadrants.
    const plan = (group: number, block: number) => (block === 0 ? (group < 2 ? 1 : -1) : group % 2 === 0 ? 1 : -1);
    const data = planted([50, 40, 35, 30], 8, { seen: 0.7, loyalty: 0.85, seed: 5, plan, blocks: 2 });
    const result = opinionGroups(data.proposalCount, data.voters);
    expect(result.groups).toHaveLength(4);
    expect(recovered(data.truth, result.analysed, result.assignment, 4)).toBeGreaterThanOrEqual(0.95);
    expect(result.consensus[0].proposal).toBe(data.consensus);
  });

  it('is deterministic: the same votes give the same groups, positions and lists', () => {
    const data = planted([30, 25], 5, { seen: 0.8, loyalty: 0.8, seed: 9 });
    expect(opinionGroups(data.proposalCount, data.voters)).toEqual(opinionGroups(data.proposalCount, data.voters));
  });

  it('with fewer than 7 proposals, voting on all of them is enough to enter', () => {
    const voters = Array.from({ length: 12 }, (_, i) => ({ proposals: [0, 1, 2], values: [i < 6 ? 1 : -1, i < 6 ? -1 : 1, 1] }));
    const result = opinionGroups(3, voters);
    expect(result.minVotesPerParticipant).toBe(3);
    expect(result.analysed).toHaveLength(12);
  });

  it('says why when it cannot group', () => {
    expect(opinionGroups(1, [{ proposals: [0], values: [1] }]).status).toBe('not-enough-proposals');
    const few = Array.from({ length: 9 }, () => ({ proposals: [0, 1], values: [1, -1] }));
    expect(opinionGroups(2, few).status).toBe('not-enough-participants');
    const same = Array.from({ length: 20 }, () => ({ proposals: [0, 1], values: [1, -1] }));
    expect(opinionGroups(2, same).status).toBe('no-disagreement');
  });
});
