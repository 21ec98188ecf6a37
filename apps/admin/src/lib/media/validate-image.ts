import sharp, { type Metadata } from 'sharp';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** Decompression-bomb guard: a small file may declare a huge canvas; refuse before decoding. */
export const MAX_PIXELS = 50_000_000;

type Kind = 'jpeg' | 'png' | 'webp';

const EXTENSIONS: Record<string, Kind> = { jpg: 'jpeg', jpeg: 'jpeg', png: 'png', webp: 'webp' };

/** Identifies the file by its first bytes; the name and the browser's MIME type are not trusted. */
export function sniffImage(bytes: Uint8Array): Kind | undefined {
  const at = (offset: number, signature: number[]) =>
    signature.every((b, i) => bytes[offset + i] === b);
  if (at(0, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (at(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (at(0, [0x52, 0x49, 0x46, 0x46]) && at(8, [0x57, 0x45, 0x42, 0x50])) return 'webp';
  return undefined;
}

export type ImageCheck = { ok: true } | { ok: false; error: string };

export async function validateImage(name: string, bytes: Buffer): Promise<ImageCheck> {
  if (bytes.length === 0) return { ok: false, error: 'Файл пустой.' };
  if (bytes.length > MAX_UPLOAD_BYTES)
    return { ok: false, error: 'Файл больше 10 МБ. Уменьшите изображение и попробуйте снова.' };
  const extension = name.toLowerCase().split('.').pop() ?? '';
  const head = bytes.subarray(0, 512).toString('utf8').trimStart().toLowerCase();
  // SVG can carry scripts that run on our origin, so it is refused whatever its name says.
  if (
    extension === 'svg' ||
    head.startsWith('<svg') ||
    (head.startsWith('<?xml') && head.includes('<svg'))
  ) {
    return {
      ok: false,
      error:
        'SVG не принимается: такие файлы могут содержать скрипты. Загрузите JPEG, PNG или WebP.',
    };
  }
  const expected = EXTENSIONS[extension];
  if (!expected)
    return { ok: false, error: 'Поддерживаются только JPEG, PNG и WebP (.jpg, .png, .webp).' };
  const actual = sniffImage(bytes);
  if (!actual)
    return { ok: false, error: 'Содержимое файла не является изображением JPEG, PNG или WebP.' };
  if (actual !== expected) {
    return {
      ok: false,
      error: `Расширение файла не совпадает с содержимым: это ${actual.toUpperCase()}, а не ${expected.toUpperCase()}.`,
    };
  }
  // Dimensions come from the header alone (no pixel limit: nothing is decoded yet), so a huge
  // canvas is named as what it is rather than failing inside the decoder as a "damaged" file.
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return { ok: false, error: 'Файл повреждён или не читается как изображение.' };
  }
  if (!meta.width || !meta.height)
    return { ok: false, error: 'Не удалось прочитать размеры изображения.' };
  if (meta.width * meta.height > MAX_PIXELS) {
    return {
      ok: false,
      error: `Изображение слишком большое: ${meta.width}×${meta.height} пикселей (не более 50 мегапикселей). Уменьшите его и загрузите снова.`,
    };
  }
  try {
    // A full decode (shrunk on load, so cheap) catches truncated or corrupt files before storing.
    await sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'error' }).resize(64).toBuffer();
  } catch {
    return { ok: false, error: 'Файл повреждён или не читается как изображение.' };
  }
  return { ok: true };
}
