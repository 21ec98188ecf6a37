/** Small SVG helpers shared by the scenes. */
export type Random = () => number;

export const hsl = (h: number, s: number, l: number) =>
  `hsl(${Math.round(((h % 360) + 360) % 360)},${Math.round(s)}%,${Math.round(l)}%)`;

export const between = (random: Random, min: number, max: number) => min + random() * (max - min);

export function verticalGradient(id: string, stops: string[]): string {
  const offsets = stops.map(
    (color, i) =>
      `<stop offset="${(i / Math.max(stops.length - 1, 1)).toFixed(2)}" stop-color="${color}"/>`,
  );
  return `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1">${offsets.join('')}</linearGradient>`;
}

/** A ridge line across the frame from y≈base, as a filled path down to the bottom edge. */
export function ridge(
  random: Random,
  w: number,
  h: number,
  base: number,
  rough: number,
  fill: string,
) {
  const steps = 5 + Math.floor(random() * 4);
  let d = `M0 ${h} L0 ${base.toFixed(0)}`;
  for (let i = 1; i <= steps; i++) {
    const x = (w * i) / steps;
    const cx = x - w / steps / 2;
    const cy = base + between(random, -rough, rough);
    d += ` Q${cx.toFixed(0)} ${cy.toFixed(0)} ${x.toFixed(0)} ${(base + between(random, -rough / 2, rough / 2)).toFixed(0)}`;
  }
  return `<path d="${d} L${w} ${h} Z" fill="${fill}"/>`;
}
