import { createTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/accounts';
import { expectError } from '../support/http';
import { createDraftDebate, createWorld, moveDebateTo, World } from '../support/participation';

const HOUR = 3600_000;

/** draft → (upcoming) → open → closed → archived: published by staff, then following its dates by itself. */
describe('debates: life cycle', () => {
  let t: TestApp;
  let world: World;
  const status = async (id: string): Promise<string> => (await t.http().get(`/api/debates/${id}`).set(bearer(world.admin)).expect(200)).body.status;
  const act = (id: string, action: 'publish' | 'close' | 'archive') => t.http().post(`/api/debates/${id}/${action}`).set(bearer(world.admin));

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
  });
  afterAll(() => t.close());

  it('publishing a draft whose opening date is past opens it at once', async () => {
    const debate = await createDraftDebate(t, world.admin, world);
    expect(debate.status).toBe('draft');
    const res = await act(debate.id, 'publish').expect(200);
    expect(res.body.status).toBe('open');
  });

  it('publishing a draft that opens later makes it upcoming; it opens, then closes, by itself at its dates', async () => {
    const debate = await createDraftDebate(t, world.admin, world, { opensAt: new Date(Date.now() + 24 * HOUR).toISOString() });
    expect((await act(debate.id, 'publish').expect(200)).body.status).toBe('upcoming');
    await moveDebateTo(t, debate.id, 'open');
    expect(await status(debate.id)).toBe('open');
    await moveDebateTo(t, debate.id, 'closed');
    const closed = await t.http().get(`/api/debates/${debate.id}`).expect(200);
    expect(closed.body.status).toBe('closed');
    expect(closed.body.closedAt).toBe(closed.body.closesAt);
  });

  it('closing early ends an open debate now, whatever its closing date', async () => {
    const debate = await createDraftDebate(t, world.admin, world);
    await act(debate.id, 'publish').expect(200);
    const before = Date.now();
    const res = await act(debate.id, 'close').expect(200);
    expect(res.body.status).toBe('closed');
    expect(new Date(res.body.closedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(res.body.closesAt).toBe(debate.closesAt);
    expect((await t.http().get(`/api/debates/${debate.id}`)).body.status).toBe('closed');
  });

  it('archives only a closed debate', async () => {
    const debate = await createDraftDebate(t, world.admin, world);
    expectError(await act(debate.id, 'archive'), 409, 'DEBATE_STATE_INVALID');
    await act(debate.id, 'publish').expect(200);
    expectError(await act(debate.id, 'archive'), 409, 'DEBATE_STATE_INVALID');
    await act(debate.id, 'close').expect(200);
    expect((await act(debate.id, 'archive').expect(200)).body.status).toBe('archived');
    expectError(await act(debate.id, 'archive'), 409, 'DEBATE_STATE_INVALID');
    expectError(await t.http().patch(`/api/debates/${debate.id}`).set(bearer(world.admin)).send({ title: 'Encore un titre' }), 409, 'DEBATE_STATE_INVALID');
  });

  it('publishes only a draft, and closes only an upcoming or open debate (DEBATE_STATE_INVALID)', async () => {
    const debate = await createDraftDebate(t, world.admin, world);
    expectError(await act(debate.id, 'close'), 409, 'DEBATE_STATE_INVALID');
    await act(debate.id, 'publish').expect(200);
    expectError(await act(debate.id, 'publish'), 409, 'DEBATE_STATE_INVALID');
    await act(debate.id, 'close').expect(200);
    expectError(await act(debate.id, 'publish'), 409, 'DEBATE_STATE_INVALID');
    expectError(await act(debate.id, 'close'), 409, 'DEBATE_STATE_INVALID');
    expect(await status(debate.id)).toBe('closed');
  });

  it('an upcoming debate may be closed before it even opens', async () => {
    const debate = await createDraftDebate(t, world.admin, world, { opensAt: new Date(Date.now() + 24 * HOUR).toISOString() });
    await act(debate.id, 'publish').expect(200);
    expect((await act(debate.id, 'close').expect(200)).body.status).toBe('closed');
  });
});
