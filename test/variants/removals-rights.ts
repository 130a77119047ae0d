import type { NoticeVariant } from './types.js';

export const variants: NoticeVariant[] = [];
