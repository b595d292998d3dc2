import { createTestApp, TestApp } from '../support/test-app';
import { createDraftDebate, createWorld, World } from '../support/participation';

/** The description is written in Markdown and shown as HTML that cannot run anything. */
describe('debates: description rendered safely', () => {
  let t: TestApp;
  let world: World;
  const render = (description: string) => createDraftDebate(t, world.admin, world, { description }) as unknown as Promise<{ description: string; descriptionHtml: string }>;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
  });
  afterAll(() => t.close());

  it('renders Markdown: emphasis, lists and ordinary links', async () => {
    const res = await render('La ville veut **vos idées**.\n\n- des bancs\n- des arbres\n\nLire [le projet](https://ville.example/projet).');
    expect(res.descriptionHtml).toContain('<strong>vos idées</strong>');
    expect(res.descriptionHtml).toContain('<li>des bancs</li>');
    expect(res.descriptionHtml).toContain('<a href="https://ville.example/projet">le projet</a>');
    expect(res.description).toContain('**vos idées**');
  });

  it('shows raw HTML as text, never as tags', async () => {
    const res = await render('Bonjour <script>alert("x")</script> et <img src=x onerror="alert(1)"> <a href="javascript:alert(2)">lien</a> <iframe src="x"></iframe>');
    expect(res.descriptionHtml).not.toMatch(/<script|<img|<iframe|<a /i);
    expect(res.descriptionHtml).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(res.descriptionHtml).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
  });

  it('drops links that would run code (javascript:, vbscript:, data:text/html)', async () => {
    const res = await render('[gagner](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](vbscript:msgbox(1)) [d](data:text/html;base64,PHNjcmlwdD4=) <javascript:alert(2)> ![i](javascript:alert(3))');
    expect(res.descriptionHtml).not.toMatch(/href="\s*(javascript|vbscript|data):/i);
    expect(res.descriptionHtml).not.toMatch(/src="\s*(javascript|vbscript|data):/i);
    expect(res.descriptionHtml).not.toMatch(/<a |<img /i);
  });

  it('an empty description gives empty HTML', async () => {
    const res = await render('');
    expect(res.descriptionHtml).toBe('');
  });
});
