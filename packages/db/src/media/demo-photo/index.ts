import sharp from 'sharp';
import { seededRandom } from '../../generate/random.ts';
import { FRAMES, type Frame } from './frames.ts';
import { SCENES, type Scene, type SceneName } from './scenes.ts';

export type DemoPhoto = { data: Buffer; frame: Frame['name']; scene: string };

/** A scene and frame chosen by the article (its caption names a city, say) instead of by hash. */
export type DemoPhotoLook = { scene?: SceneName; frame?: Frame['name'] };

/** FNV-1a: a stable number from an article key, so a photo never changes between seeds. */
function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (const char of key) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193);
  return hash >>> 0;
}

/**
 * A demo photo for an article (there is no network to fetch real ones): an SVG scene (hills,
 * a skyline, the sea, the steppe, a portrait, a night sky or shapes) in one of the usual frames
 * (16:9, 4:3, 3:2, 1:1, 4:5, 2:3), coloured from the key, rendered to JPEG by sharp. Varied on
 * purpose, so that crops, portrait heroes and colour contrast can be judged on the demo site;
 * the same key always gives the same bytes. No text, so no font is needed.
 */
export async function demoPhoto(key: string, look: DemoPhotoLook = {}): Promise<DemoPhoto> {
  // Frame, scene and colour each from their own hash: drawn one after another from one seed
  // they came out correlated across similar keys (a third of the demo was night skies).
  const choose = (salt: string, n: number) => hashKey(`${key}:${salt}`) % n;
  const frame =
    FRAMES.find((f) => f.name === look.frame) ?? FRAMES[choose('frame', FRAMES.length)]!;
  const names = Object.keys(SCENES) as SceneName[];
  const scene = look.scene ?? names[choose('scene', names.length)]!;
  const draw: Scene = SCENES[scene];
  const body = draw(seededRandom(hashKey(key)), frame.width, frame.height, choose('hue', 360));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${frame.width}" height="${frame.height}" viewBox="0 0 ${frame.width} ${frame.height}">${body}</svg>`;
  const data = await sharp(Buffer.from(svg)).jpeg({ quality: 84, mozjpeg: true }).toBuffer();
  return { data, frame: frame.name, scene };
}
