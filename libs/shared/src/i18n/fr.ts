import type { ErrorCode } from '../error-codes';

/** Messages d'erreur en français facile à lire (FALC) : phrases courtes, « vous ». */
export const errorsFr: Record<ErrorCode, string> = {
  VALIDATION_FAILED: 'Certaines informations ne sont pas correctes. Vérifiez les champs signalés.',
  FIELD_REQUIRED: 'Ce champ est obligatoire.',
  FIELD_NOT_ALLOWED: "Ce champ n'est pas prévu. Retirez-le.",
  INVALID_VALUE: "Cette valeur n'est pas correcte.",
  EMAIL_INVALID: "Cette adresse e-mail n'est pas correcte. Exemple : nom@exemple.fr",
  EMAIL_TOO_LONG: 'Cette adresse e-mail est trop longue.',
  EMAIL_TAKEN: 'Un compte existe déjà avec cette adresse e-mail. Vous pouvez vous connecter.',
  DISPLAY_NAME_TOO_SHORT: 'Votre pseudo doit avoir au moins {min} caractères.',
  DISPLAY_NAME_TOO_LONG: 'Votre pseudo doit avoir au plus {max} caractères.',
  PASSWORD_TOO_SHORT: 'Votre mot de passe doit avoir au moins {min} caractères.',
  PASSWORD_TOO_LONG: 'Votre mot de passe doit avoir au plus {max} caractères.',
  PASSWORD_TOO_COMMON: 'Ce mot de passe est trop connu. Choisissez-en un autre.',
  PASSWORD_CONTAINS_PERSONAL_INFO:
    'Votre mot de passe contient votre e-mail ou votre pseudo. Choisissez-en un autre.',
  INVALID_CREDENTIALS: "L'e-mail ou le mot de passe n'est pas bon. Vérifiez et essayez encore.",
  ACCOUNT_BLOCKED: 'Ce compte est bloqué. Vous ne pouvez pas vous connecter.',
  TOO_MANY_ATTEMPTS: 'Trop d’essais. Attendez {seconds} secondes puis essayez encore.',
  AUTH_REQUIRED: 'Vous devez vous connecter pour faire cela.',
  SESSION_EXPIRED: 'Votre session est terminée. Connectez-vous à nouveau.',
  REFRESH_TOKEN_INVALID: 'Votre session est terminée. Connectez-vous à nouveau.',
  REFRESH_TOKEN_REUSED:
    'Votre session a été fermée par sécurité. Connectez-vous à nouveau.',
  CSRF_REJECTED: "Cette demande vient d'un autre site. Elle est refusée.",
  FORBIDDEN: "Vous n'avez pas le droit de faire cela.",
  USER_NOT_FOUND: "Ce compte n'existe pas.",
  ROLE_NOT_FOUND: "Cette personne n'a pas ce rôle.",
  TERRITORY_NOT_FOUND: "Ce territoire n'existe pas.",
  ROUTE_NOT_FOUND: "Cette adresse n'existe pas.",
  MALFORMED_JSON: 'Les données envoyées sont mal formées.',
  PAYLOAD_TOO_LARGE: 'Les données envoyées sont trop grandes.',
  UNSUPPORTED_MEDIA_TYPE: "Ce format de données n'est pas accepté. Envoyez du JSON.",
  METHOD_NOT_ALLOWED: "Cette action n'est pas possible à cette adresse.",
  DATABASE_UNAVAILABLE: 'Le service est indisponible pour le moment. Essayez dans quelques minutes.',
  INTERNAL_ERROR: 'Un problème est arrivé de notre côté. Essayez encore dans un moment.',
};
