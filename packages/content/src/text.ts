export { excerpt } from './text/excerpt.ts';
export { documentToPlainText } from './text/plain-text.ts';
export { countWords, readingMinutes } from './text/words.ts';
