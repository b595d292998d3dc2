import type { MessageKey } from './fr';
import type { Message } from './types';

/* English catalogue. Same keys as fr.ts: the type below makes a missing key a compile error. */
export const en: Record<MessageKey, Message> = {
  'site.name': 'Participons',
  'site.tagline': 'The website for debates between residents',
  'title.separator': ' – ',

  'layout.skipLink': 'Go to main content',
  'layout.language.label': 'Website language',
  'layout.footer.about':
    'Participons is a project of the association Innovons pour la Concertation sur Internet.',
  'layout.footer.free': 'Participons is free software.',

  'home.title': 'Home',
  'home.heading': 'Participons: give your opinion on life in your neighbourhood',
  'home.intro.1': 'Participons is a website for debates between residents.',
  'home.intro.2': 'A town hall or an association asks a question about your neighbourhood.',
  'home.intro.3': 'You give your ideas. Elected officials read them and answer you.',

  'home.how.heading': 'How to take part?',
  'home.how.count': {
    one: 'Taking part takes {count} step.',
    other: 'Taking part takes {count} steps.',
  },
  'home.how.step.1': 'You choose a debate near where you live.',
  'home.how.step.2': 'You read the question and the ideas of other residents.',
  'home.how.step.3': 'You write your idea. On the website, an idea is called a proposal.',
  'home.how.step.4': 'You vote for, against or neutral on the proposals of others.',
  'home.how.step.5': 'Elected officials read the proposals. They say what they will do.',

  'home.words.heading': 'The words of the debate',
  'home.words.debate.term': 'A debate',
  'home.words.debate.text': 'It is a question asked to residents, for a limited time.',
  'home.words.proposal.term': 'A proposal',
  'home.words.proposal.text': 'It is an idea written by a resident to answer the question.',
  'home.words.vote.term': 'A vote',
  'home.words.vote.text': 'It means saying if you are for or against a proposal.',
  'home.words.official.term': 'An elected official',
  'home.words.official.text': 'It is a person chosen by residents in an election.',

  'home.help.heading': 'You can get help',
  'home.help.1': 'People run workshops near where you live.',
  'home.help.2': 'They can help you use the website.',
  'home.help.3': 'You can take part without an email address.',
  'home.help.4': 'You can use a phone, even an old one.',

  'home.soon.heading': 'When does the website open?',
  'home.soon.text': 'The website is being prepared. The first debates are coming soon.',

  'notFound.title': 'Page not found',
  'notFound.heading': 'This page does not exist',
  'notFound.text.1': 'We cannot find the page you are looking for.',
  'notFound.text.2': 'The address may be misspelled.',
  'notFound.homeLink': 'Go to the home page',
};
