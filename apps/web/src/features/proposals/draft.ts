import { PRIVATE_PREFIX, readJson, removeItem, writeItem } from '../../session/storage';

/**
 * A proposal being written is kept on the device after each change, so that a dropped
 * connection, a reload or a closed tab loses nothing. It belongs to one person and one
 * debate, and it is personal: every draft is removed at sign-out (see clearPrivateItems).
 */
export interface Draft {
  title: string;
  body: string;
  territoryId: string;
  themeId: string;
  savedAt: string;
}

export const draftKey = (userId: string, debateId: string) => `${PRIVATE_PREFIX}draft.${userId}.${debateId}`;

export function readDraft(userId: string, debateId: string): Draft | null {
  const value = readJson<Partial<Draft>>(draftKey(userId, debateId));
  if (!value || typeof value !== 'object') return null;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const draft: Draft = {
    title: text(value.title),
    body: text(value.body),
    territoryId: text(value.territoryId),
    themeId: text(value.themeId),
    savedAt: text(value.savedAt),
  };
  return isEmptyDraft(draft) ? null : draft;
}

export function isEmptyDraft(draft: Pick<Draft, 'title' | 'body'>): boolean {
  return draft.title.trim() === '' && draft.body.trim() === '';
}

/** Saves the draft, or removes it when it is empty. Returns false when the device refuses to keep it. */
export function saveDraft(userId: string, debateId: string, draft: Omit<Draft, 'savedAt'>, now = new Date()): boolean {
  if (isEmptyDraft(draft)) {
    removeItem(draftKey(userId, debateId));
    return true;
  }
  return writeItem(draftKey(userId, debateId), JSON.stringify({ ...draft, savedAt: now.toISOString() }));
}

export function deleteDraft(userId: string, debateId: string): void {
  removeItem(draftKey(userId, debateId));
}
