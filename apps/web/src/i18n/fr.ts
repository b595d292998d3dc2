import type { Message } from './types';

/*
 * French catalogue: the first language of Participons.
 * Easy-to-read French (FALC): one idea per sentence, at most 15 words,
 * "vous", digits for numbers, no abbreviations, buttons = verb + object.
 */
export const fr = {
  'site.name': 'Participons',
  'site.tagline': 'Le site du débat entre habitants',
  'title.separator': ' – ',

  'layout.skipLink': 'Aller au contenu principal',
  'layout.language.label': 'Langue du site',
  'layout.footer.about':
    'Participons est un projet de l’association Innovons pour la Concertation sur Internet.',
  'layout.footer.free': 'Participons est un logiciel libre.',

  'home.title': 'Accueil',
  'home.heading': 'Participons\u00a0: donnez votre avis sur la vie de votre quartier',
  'home.intro.1': 'Participons est un site pour débattre entre habitants.',
  'home.intro.2': 'Une mairie ou une association pose une question sur votre quartier.',
  'home.intro.3': 'Vous donnez vos idées. Les élus les lisent et vous répondent.',

  'home.how.heading': 'Comment participer\u00a0?',
  'home.how.count': {
    one: 'Participer se fait en {count} étape.',
    other: 'Participer se fait en {count} étapes.',
  },
  'home.how.step.1': 'Vous choisissez un débat près de chez vous.',
  'home.how.step.2': 'Vous lisez la question et les idées des autres habitants.',
  'home.how.step.3': 'Vous écrivez votre idée. Sur le site, une idée s’appelle une proposition.',
  'home.how.step.4': 'Vous votez pour, contre ou sans avis sur les propositions des autres.',
  'home.how.step.5': 'Les élus lisent les propositions. Ils disent ce qu’ils vont faire.',

  'home.words.heading': 'Les mots du débat',
  'home.words.debate.term': 'Un débat',
  'home.words.debate.text': 'C’est une question posée aux habitants, pendant un temps limité.',
  'home.words.proposal.term': 'Une proposition',
  'home.words.proposal.text': 'C’est une idée écrite par un habitant pour répondre à la question.',
  'home.words.vote.term': 'Un vote',
  'home.words.vote.text': 'C’est dire si vous êtes pour ou contre une proposition.',
  'home.words.official.term': 'Un élu',
  'home.words.official.text': 'C’est une personne choisie par les habitants pendant une élection.',

  'home.help.heading': 'Vous pouvez être aidé',
  'home.help.1': 'Des personnes organisent des ateliers près de chez vous.',
  'home.help.2': 'Elles peuvent vous aider à utiliser le site.',
  'home.help.3': 'Vous pouvez participer sans adresse e-mail.',
  'home.help.4': 'Vous pouvez utiliser un téléphone, même ancien.',

  'home.soon.heading': 'Quand le site ouvre-t-il\u00a0?',
  'home.soon.text': 'Le site est en préparation. Les premiers débats arrivent bientôt.',

  'notFound.title': 'Page introuvable',
  'notFound.heading': 'Cette page n’existe pas',
  'notFound.text.1': 'Nous ne trouvons pas la page que vous cherchez.',
  'notFound.text.2': 'L’adresse est peut-être mal écrite.',
  'notFound.homeLink': 'Aller à la page d’accueil',
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof fr;
