import type { Edition } from '@/lib/edition';
import { kk } from './kk';
import { type Messages, ru } from './ru';

export type { Messages };

const BY_EDITION: Record<Edition, Messages> = { ru, kk };

/** The interface text of an edition. */
export const messages = (edition: Edition): Messages => BY_EDITION[edition];
