import sharp from 'sharp';

/**
 * A deterministic photo-like JPEG for demo articles (no network to fetch real photos): a soft
 * gradient with a horizon, coloured from the seed, with no text so that no font is needed.
 */
export function placeholderPhoto(seed: number, width = 1200, height = 675): Promise<Buffer> {
  const hue = (seed * 47) % 360;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="hsl(${hue},45%,78%)"/><stop offset="1" stop-color="hsl(${(hue + 30) % 360},40%,52%)"/>
  </linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#sky)"/>
  <circle cx="${(seed * 97) % width}" cy="${height * 0.3}" r="${height * 0.12}" fill="hsl(${(hue + 180) % 360},60%,88%)" opacity="0.8"/>
  <path d="M0 ${height * 0.7} Q ${width * 0.3} ${height * 0.55} ${width * 0.6} ${height * 0.68} T ${width} ${height * 0.62} V ${height} H 0 Z" fill="hsl(${(hue + 60) % 360},35%,32%)"/>
</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer();
}
