/** Russian non-fiction is read at roughly 180 words per minute. */
const wordsPerMinute = 180;

// A word is a run of letters/digits, optionally joined by a hyphen or apostrophe
// («кое-что», «O'Brien»), so a dash between spaces or lone punctuation is not counted.
const wordPattern = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(wordPattern)?.length ?? 0;
}

/** Whole minutes, never less than one: even a brief gets «1 мин». */
export function readingMinutes(text: string): number {
  return Math.max(1, Math.round(countWords(text) / wordsPerMinute));
}
