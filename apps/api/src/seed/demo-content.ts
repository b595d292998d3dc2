import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { FOLD_PENDING_SQL } from '../votes/vote-tally.service';

interface DemoWorld {
  communeId: string;
  quartierIds: string[];
  /** By role: citizen, facilitator, moderator, official, admin. */
  userIds: Record<string, string>;
}

const DAY = "interval '1 day'";

/** Three debates (open, upcoming, closed with answers), written in plain French, with a little activity. */
export async function seedDemoContent(tx: EntityManager, world: DemoWorld): Promise<void> {
  const [mobility, housing] = await tx.query<{ id: string }[]>(`INSERT INTO themes (name) VALUES ('mobilité'), ('logement'), ('espaces verts') RETURNING id`);
  const debate = async (title: string, question: string, description: string, opens: string, closes: string, territoryId: string, extra = '') => {
    const [row] = await tx.query<{ id: string }[]>(
      `INSERT INTO debates (territory_id, created_by, title, question, description, opens_at, closes_at, published_at ${extra ? ', votes_hidden_until_close' : ''})
       VALUES ($1, $2, $3, $4, $5, ${opens}, ${closes}, now() ${extra ? ', true' : ''}) RETURNING id`,
      [territoryId, world.userIds.official, title, question, description],
    );
    return row.id;
  };
  const open = await debate(
    'Se déplacer dans le quartier des Tours',
    'Comment rendre les trajets à pied et à vélo plus sûrs ?',
    'La mairie va refaire la rue principale en 2027.\n\nDites-nous **ce qui vous gêne** et **vos idées**. Un élu répondra à chaque proposition.',
    `now() - 10 * ${DAY}`, `now() + 30 * ${DAY}`, world.quartierIds[0],
  );
  await debate(
    'Le futur jardin partagé',
    'Que voulez-vous faire dans le jardin partagé ?',
    'Le terrain derrière l’école sera un jardin. Donnez votre avis à partir du mois prochain.',
    `now() + 20 * ${DAY}`, `now() + 60 * ${DAY}`, world.communeId,
  );
  const closed = await debate(
    'Les horaires de la médiathèque',
    'À quelles heures voulez-vous aller à la médiathèque ?',
    'La concertation est terminée. Les réponses de la mairie sont publiées.',
    `now() - 60 * ${DAY}`, `now() - 5 * ${DAY}`, world.communeId,
  );
  await tx.query(`INSERT INTO debate_themes (debate_id, theme_id) VALUES ($1, $2), ($3, $4)`, [open, mobility.id, closed, housing.id]);

  const proposal = async (debateId: string, authorRole: string, title: string, body: string) => {
    const [row] = await tx.query<{ id: string }[]>(
      `INSERT INTO proposals (debate_id, author_id, title, body, status, territory_id) VALUES ($1, $2, $3, $4, 'published', $5) RETURNING id`,
      [debateId, world.userIds[authorRole], title, body, debateId === open ? world.quartierIds[0] : null],
    );
    return row.id;
  };
  const benches = await proposal(open, 'citizen', 'des bancs sur le chemin du marché', 'les personnes agées ne peuvent pas se reposer quand elles vont au marché');
  const crossing = await proposal(open, 'facilitator', 'Un passage piéton devant l’école', 'Les voitures roulent vite. Les enfants traversent sans feu.');
  const saturday = await proposal(closed, 'citizen', 'ouvrir le samedi après-midi', 'je travaille la semaine, je ne peux venir que le samedi');
  for (const [proposalId, role, value] of [[benches, 'facilitator', 'for'], [benches, 'moderator', 'for'], [benches, 'official', 'neutral'], [crossing, 'citizen', 'for'], [saturday, 'facilitator', 'for']] as const) {
    await tx.query(`SELECT cast_vote($1, $2, $3)`, [proposalId, world.userIds[role], value]);
  }
  await tx.query(FOLD_PENDING_SQL);
  await tx.query(
    `INSERT INTO comments (id, debate_id, proposal_id, root_id, depth, author_id, body, stance, status)
     VALUES ($1, $2, $3, $1, 1, $4, 'Oui, ma mère a besoin de s’asseoir en chemin.', 'for', 'published')`,
    [randomUUID(), open, benches, world.userIds.facilitator],
  );
  await tx.query(`UPDATE proposals SET comment_count = 1 WHERE id = $1`, [benches]);
  await tx.query(
    `UPDATE proposals SET answer_status = 'accepted', answer_text = 'La médiathèque ouvrira le samedi de 14 h à 18 h à partir de janvier.', answered_by = $2, answered_at = now() WHERE id = $1`,
    [saturday, world.userIds.official],
  );
}
