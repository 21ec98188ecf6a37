import { describe, expect, it } from 'vitest';
import { addDays, dateToZonedInput, startOfZonedDay, zonedDay, zonedInputToDate } from './dates.ts';

const ALMATY = 'Asia/Almaty';

describe('dates in the site time zone', () => {
  it('[DATES] 23:30 in Almaty belongs to that Almaty day, not the UTC one', () => {
    expect(zonedDay(new Date('2026-03-14T18:30:00Z'), ALMATY)).toBe('2026-03-14');
    expect(zonedDay(new Date('2026-03-14T19:30:00Z'), ALMATY)).toBe('2026-03-15');
  });

  it('[DATES] day starts follow Kazakhstan moving from UTC+6 to UTC+5 on 1 March 2024', () => {
    expect(startOfZonedDay('2024-02-29', ALMATY)?.toISOString()).toBe('2024-02-28T18:00:00.000Z');
    expect(startOfZonedDay('2024-03-02', ALMATY)?.toISOString()).toBe('2024-03-01T19:00:00.000Z');
  });

  it('[DATES] impossible days are refused rather than rolled over', () => {
    expect(startOfZonedDay('2026-02-30', ALMATY)).toBeNull();
    expect(startOfZonedDay('2026-13-01', ALMATY)).toBeNull();
    expect(startOfZonedDay('вчера', ALMATY)).toBeNull();
  });

  it('[DATES] editor wall-clock input round-trips and day arithmetic crosses months and years', () => {
    const instant = zonedInputToDate('2026-11-27T14:30', ALMATY);
    expect(instant?.toISOString()).toBe('2026-11-27T09:30:00.000Z');
    expect(dateToZonedInput(instant!, ALMATY)).toBe('2026-11-27T14:30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});
