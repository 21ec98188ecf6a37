/** The shapes photo desks actually get: wide agency frames, classic 4:3 and 3:2, squares, portraits. */
export const FRAMES = [
  { name: '16:9', width: 1600, height: 900 },
  { name: '4:3', width: 1600, height: 1200 },
  { name: '3:2', width: 1500, height: 1000 },
  { name: '1:1', width: 1200, height: 1200 },
  { name: '4:5', width: 1040, height: 1300 },
  { name: '2:3', width: 900, height: 1350 },
] as const;

export type Frame = (typeof FRAMES)[number];
