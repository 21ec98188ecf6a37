import { between, hsl, type Random, ridge, verticalGradient } from './paint.ts';

/** Draws a scene into a w×h frame; `shift` (0–359) is the colour the key gave it. */
export type Scene = (random: Random, w: number, h: number, shift: number) => string;

/** Skies stay blue and fields green: landscapes move ±25° around natural colours only. */
const natural = (shift: number) => (shift % 50) - 25;

/** Hills in layers under a day or dusk sky, the sun somewhere above them. */
const hills: Scene = (random, w, h, shift) => {
  const hue = natural(shift);
  const horizon = h * between(random, 0.45, 0.65);
  const layers = [0, 1, 2].map((i) =>
    ridge(random, w, h, horizon + i * h * 0.09, h * 0.08, hsl(hue + 90 + i * 12, 35, 45 - i * 12)),
  );
  return [
    `<defs>${verticalGradient('sky', [hsl(hue + 200, 60, 70), hsl(hue + 30, 70, 85)])}</defs>`,
    `<rect width="${w}" height="${h}" fill="url(#sky)"/>`,
    `<circle cx="${between(random, 0.15, 0.85) * w}" cy="${horizon * 0.45}" r="${h * 0.07}" fill="${hsl(hue + 40, 90, 90)}"/>`,
    ...layers,
  ].join('');
};

/** A skyline of blocks with lit windows against an evening sky. */
const city: Scene = (random, w, h, shift) => {
  const hue = natural(shift);
  const ground = h * 0.88;
  const parts = [
    `<defs>${verticalGradient('sky', [hsl(hue + 230, 45, 25), hsl(hue + 20, 70, 62)])}</defs>`,
    `<rect width="${w}" height="${h}" fill="url(#sky)"/>`,
  ];
  for (const [row, tone] of [
    [0, 30],
    [1, 16],
  ] as const) {
    let x = -between(random, 0, 40);
    while (x < w) {
      const bw = between(random, w * 0.05, w * 0.12);
      const bh = h * between(random, 0.2, 0.55) * (row === 0 ? 1.2 : 0.9);
      parts.push(
        `<rect x="${x.toFixed(0)}" y="${(ground - bh).toFixed(0)}" width="${bw.toFixed(0)}" height="${bh.toFixed(0)}" fill="${hsl(hue + 220, 20, tone)}"/>`,
      );
      if (row === 1) parts.push(windows(random, x, ground - bh, bw, bh, hue));
      x += bw + between(random, 2, 14);
    }
  }
  parts.push(
    `<rect y="${ground}" width="${w}" height="${h - ground}" fill="${hsl(hue, 10, 12)}"/>`,
  );
  return parts.join('');
};

function windows(random: Random, x: number, y: number, bw: number, bh: number, hue: number) {
  const lit = hsl(hue + 45, 85, 72);
  const out = [];
  for (let wy = y + 12; wy < y + bh - 16; wy += 22) {
    for (let wx = x + 8; wx < x + bw - 12; wx += 18) {
      if (random() < 0.45)
        out.push(
          `<rect x="${wx.toFixed(0)}" y="${wy.toFixed(0)}" width="8" height="11" fill="${lit}"/>`,
        );
    }
  }
  return out.join('');
}

/** Open water to the horizon, the sun's path on it and a boat. */
const sea: Scene = (random, w, h, shift) => {
  const hue = natural(shift);
  const horizon = h * between(random, 0.4, 0.6);
  const sunX = between(random, 0.2, 0.8) * w;
  const glints = Array.from({ length: 14 }, (_, i) => {
    const y = horizon + ((h - horizon) * (i + 1)) / 16;
    const half = w * 0.015 * (i + 2) * between(random, 0.6, 1.2);
    return `<rect x="${(sunX - half).toFixed(0)}" y="${y.toFixed(0)}" width="${(2 * half).toFixed(0)}" height="${h * 0.006}" fill="${hsl(hue + 40, 90, 88)}" opacity="0.7"/>`;
  });
  const boatX = between(random, 0.1, 0.9) * w;
  const boatY = horizon + (h - horizon) * between(random, 0.3, 0.6);
  const s = h * 0.05;
  return [
    `<defs>${verticalGradient('sky', [hsl(hue + 190, 55, 60), hsl(hue + 20, 80, 80)])}${verticalGradient('sea', [hsl(hue + 190, 60, 40), hsl(hue + 200, 70, 18)])}</defs>`,
    `<rect width="${w}" height="${horizon}" fill="url(#sky)"/>`,
    `<circle cx="${sunX}" cy="${horizon - h * 0.08}" r="${h * 0.06}" fill="${hsl(hue + 40, 95, 88)}"/>`,
    `<rect y="${horizon}" width="${w}" height="${h - horizon}" fill="url(#sea)"/>`,
    ...glints,
    `<path d="M${boatX - s} ${boatY} L${boatX + s} ${boatY} L${boatX + s * 0.7} ${boatY + s * 0.35} L${boatX - s * 0.7} ${boatY + s * 0.35} Z M${boatX} ${boatY - s * 1.6} L${boatX} ${boatY} L${boatX + s * 0.9} ${boatY - s * 0.1} Z" fill="${hsl(hue, 15, 12)}"/>`,
  ].join('');
};

/** Flat steppe, a road running to the vanishing point, power poles along it. */
const steppe: Scene = (random, w, h, shift) => {
  const hue = natural(shift);
  const horizon = h * between(random, 0.35, 0.55);
  const vx = between(random, 0.3, 0.7) * w;
  const poles = Array.from({ length: 6 }, (_, i) => {
    const t = (i + 1) / 7;
    const x = vx + (w * 0.42 - 0) * t * t * 2.2;
    const ph = h * 0.3 * t * t * 2;
    return `<rect x="${x.toFixed(0)}" y="${(horizon - ph * 0.6).toFixed(0)}" width="${Math.max(2, 8 * t * t * 2).toFixed(0)}" height="${ph.toFixed(0)}" fill="${hsl(hue, 20, 20)}"/>`;
  });
  return [
    `<defs>${verticalGradient('sky', [hsl(hue + 205, 65, 62), hsl(hue + 200, 40, 90)])}${verticalGradient('field', [hsl(hue + 50, 45, 62), hsl(hue + 35, 55, 38)])}</defs>`,
    `<rect width="${w}" height="${horizon}" fill="url(#sky)"/>`,
    `<rect y="${horizon}" width="${w}" height="${h - horizon}" fill="url(#field)"/>`,
    `<path d="M${vx - 2} ${horizon} L${vx + 2} ${horizon} L${vx + w * 0.35} ${h} L${vx - w * 0.35} ${h} Z" fill="${hsl(hue, 6, 32)}"/>`,
    `<path d="M${vx} ${horizon} L${vx + w * 0.01} ${h} L${vx - w * 0.01} ${h} Z" fill="${hsl(hue + 50, 80, 85)}"/>`,
    ...poles,
  ].join('');
};

/** Head and shoulders against a studio backdrop with soft lights: a stand-in for a portrait. */
const portrait: Scene = (random, w, h, shift) => {
  const cx = between(random, 0.3, 0.7) * w;
  const r = Math.min(w, h) * between(random, 0.12, 0.2);
  const cy = h * between(random, 0.35, 0.5);
  const skin = hsl(between(random, 18, 32), between(random, 30, 50), between(random, 38, 72));
  const lights = Array.from({ length: 7 }, () => {
    const size = between(random, 0.04, 0.12) * w;
    return `<circle cx="${(random() * w).toFixed(0)}" cy="${(random() * h * 0.6).toFixed(0)}" r="${size.toFixed(0)}" fill="${hsl(shift + 30, 70, 80)}" opacity="0.25"/>`;
  });
  return [
    `<defs>${verticalGradient('wall', [hsl(shift, 25, between(random, 40, 70)), hsl(shift + 10, 30, 22)])}</defs>`,
    `<rect width="${w}" height="${h}" fill="url(#wall)"/>`,
    ...lights,
    `<path d="M${cx - r * 2.6} ${h} Q${cx - r * 2.4} ${cy + r * 1.5} ${cx} ${cy + r * 1.3} Q${cx + r * 2.4} ${cy + r * 1.5} ${cx + r * 2.6} ${h} Z" fill="${hsl(shift + 180, between(random, 10, 50), between(random, 12, 40))}"/>`,
    `<rect x="${cx - r * 0.35}" y="${cy + r * 0.7}" width="${r * 0.7}" height="${r * 0.8}" fill="${skin}"/>`,
    `<ellipse cx="${cx}" cy="${cy}" rx="${r * 0.8}" ry="${r}" fill="${skin}"/>`,
    `<path d="M${cx - r * 0.85} ${cy - r * 0.1} Q${cx} ${cy - r * 1.6} ${cx + r * 0.85} ${cy - r * 0.1} Q${cx} ${cy - r * 0.9} ${cx - r * 0.85} ${cy - r * 0.1} Z" fill="${hsl(between(random, 15, 40), 25, between(random, 8, 45))}"/>`,
  ].join('');
};

/** Mountains under a night sky with stars and the moon. */
const night: Scene = (random, w, h, shift) => {
  const hue = natural(shift);
  const stars = Array.from({ length: 60 }, () => {
    return `<circle cx="${(random() * w).toFixed(0)}" cy="${(random() * h * 0.55).toFixed(0)}" r="${between(random, 1, 3).toFixed(1)}" fill="#fff" opacity="${between(random, 0.4, 1).toFixed(2)}"/>`;
  });
  const base = h * between(random, 0.55, 0.7);
  return [
    `<defs>${verticalGradient('sky', [hsl(hue + 230, 60, 8), hsl(hue + 250, 45, 28)])}</defs>`,
    `<rect width="${w}" height="${h}" fill="url(#sky)"/>`,
    ...stars,
    `<circle cx="${between(random, 0.15, 0.85) * w}" cy="${h * 0.2}" r="${h * 0.05}" fill="${hsl(50, 40, 90)}"/>`,
    ridge(random, w, h, base, h * 0.2, hsl(hue + 230, 25, 16)),
    ridge(random, w, h, base + h * 0.12, h * 0.08, hsl(hue + 230, 30, 8)),
  ].join('');
};

/** Overlapping discs and tilted panels: an infographic or exhibition backdrop. */
const shapes: Scene = (random, w, h, hue) => {
  const items = Array.from({ length: 9 }, (_, i) => {
    const color = hsl(hue + i * 37, between(random, 50, 80), between(random, 40, 70));
    const x = random() * w;
    const y = random() * h;
    const size = between(random, 0.1, 0.35) * Math.min(w, h);
    return i % 2 === 0
      ? `<circle cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" r="${size.toFixed(0)}" fill="${color}" opacity="0.75"/>`
      : `<rect x="${(x - size).toFixed(0)}" y="${(y - size / 2).toFixed(0)}" width="${(size * 2).toFixed(0)}" height="${size.toFixed(0)}" fill="${color}" opacity="0.7" transform="rotate(${between(random, -35, 35).toFixed(0)} ${x.toFixed(0)} ${y.toFixed(0)})"/>`;
  });
  return [
    `<defs>${verticalGradient('bg', [hsl(hue, 25, 92), hsl(hue + 40, 30, 78)])}</defs>`,
    `<rect width="${w}" height="${h}" fill="url(#bg)"/>`,
    ...items,
  ].join('');
};

export const SCENES = { hills, city, sea, steppe, portrait, night, shapes } satisfies Record<
  string,
  Scene
>;

export type SceneName = keyof typeof SCENES;
