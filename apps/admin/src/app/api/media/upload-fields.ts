import { z } from 'zod';
import { optionalId, requiredText, text } from '@/lib/fields';

export const uploadFields = z.object({
  alt: requiredText('Описание для незрячих (alt)', 300),
  caption: text('Подпись', 1000).default(''),
  credit: text('Автор фото', 200).default(''),
  photoSourceId: optionalId,
  newSourceName: text('Новый источник', 200).default(''),
});
