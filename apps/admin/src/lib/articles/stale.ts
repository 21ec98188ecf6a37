/** Start of the refusal for a stale save; the editor recognises it to open the conflict view. */
export const STALE_ERROR_PREFIX = 'Статья изменена другим редактором';
