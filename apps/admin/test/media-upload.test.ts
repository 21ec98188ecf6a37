import fs from 'node:fs';
import path from 'node:path';
import { createUser } from '@vestnik/db/factories';
import { media } from '@vestnik/db/schema';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_CONCURRENT_UPLOADS } from '@/lib/media/upload-slots';
import { adminTestDatabase, sessionState, signInAs } from './harness';

vi.mock('@/auth', () => ({ auth: async () => sessionState.current }));
vi.mock('next/headers', () => ({ headers: async () => new Headers() }));

const t = adminTestDatabase();

async function upload(
  file: Blob,
  name: string,
  fields: Record<string, string> = { alt: 'Описание фото' },
) {
  const { POST } = await import('@/app/api/media/route');
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  form.set('file', file, name);
  const response = await POST(
    new Request('http://admin.test/api/media', { method: 'POST', body: form }),
  );
  return {
    status: response.status,
    body: (await response.json()) as { id?: number; error?: string },
  };
}

/**
 * An upload whose body arrives only when `finish` is called, as a slow connection sends it; `started`
 * resolves once the handler has begun reading the body (after it decided to accept the upload).
 */
async function slowUpload(file: Buffer) {
  const { POST } = await import('@/app/api/media/route');
  const form = new FormData();
  form.set('alt', 'Медленная загрузка');
  form.set('file', new Blob([new Uint8Array(file)]), 'slow.jpg');
  const encoded = new Response(form);
  const bytes = new Uint8Array(await encoded.arrayBuffer());
  let finish!: () => void;
  let markStarted!: () => void;
  const started = new Promise<void>((resolve) => {
    markStarted = resolve;
  });
  const gate = new Promise<void>((resolve) => {
    finish = resolve;
  });
  // highWaterMark 0: pull runs only when the handler reads, not when the stream is made.
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        markStarted();
        await gate;
        controller.enqueue(bytes);
        controller.close();
      },
    },
    { highWaterMark: 0 },
  );
  const response = POST(
    new Request('http://admin.test/api/media', {
      method: 'POST',
      body,
      headers: { 'content-type': encoded.headers.get('content-type')! },
      duplex: 'half',
    } as RequestInit),
  ).then(async (r) => ({ status: r.status, body: (await r.json()) as { error?: string } }));
  return { started, finish, response };
}

/** Every file under MEDIA_DIR, scratch directories included. */
const storedFiles = () =>
  fs
    .readdirSync(process.env.MEDIA_DIR!, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.\w+$/.test(f));

const jpeg = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#3a6ea5' } })
    .jpeg()
    .toBuffer();

describe('media upload', () => {
  beforeAll(async () => {
    signInAs(await createUser(t.current.db, { role: 'author' }));
  });

  it('[ADMIN][MEDIA] a JPEG is stored with its fixed-width variants, alt and a new photo source', async () => {
    const result = await upload(new Blob([await jpeg(1000, 600)]), 'photo.JPG', {
      alt: 'Площадь в Астане',
      caption: 'Подпись',
      credit: 'Фото: Иванов',
      newSourceName: 'Фотоагентство Тест',
    });
    expect(result.status).toBe(201);
    const [row] = await t.current.db.select().from(media).where(eq(media.id, result.body.id!));
    expect(row).toMatchObject({
      alt: 'Площадь в Астане',
      mimeType: 'image/jpeg',
      width: 1000,
      height: 600,
    });
    expect(row!.variants.map((v) => v.width)).toEqual([480, 800]);
    expect(row!.photoSourceId).not.toBeNull();
    expect(storedFiles().sort()).toEqual(
      [row!.storageKey, ...row!.variants.map((v) => v.key)].sort(),
    );
  });

  it('[ADMIN][MEDIA] wrong content, SVG, mismatched extension, oversize and huge dimensions are refused and nothing is written', async () => {
    const before = storedFiles();
    const [{ n }] = (await t.current.sql`select count(*)::int as n from media`) as unknown as [
      { n: number },
    ];
    const png = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    const bomb = await sharp({
      create: { width: 8000, height: 7000, channels: 3, background: '#000' },
    })
      .png({ compressionLevel: 9 })
      .toBuffer();
    const cases: [Blob, string, RegExp][] = [
      [new Blob(['это просто текст, а не картинка']), 'fake.jpg', /не является изображением/],
      [
        new Blob(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>']),
        'logo.svg',
        /SVG не принимается/,
      ],
      [
        new Blob(['<?xml version="1.0"?><svg onload="alert(1)"/>']),
        'logo.jpg',
        /SVG не принимается/,
      ],
      [new Blob([png]), 'photo.jpg', /Расширение файла не совпадает/],
      [new Blob([png]), 'photo.gif', /Поддерживаются только/],
      [new Blob([new Uint8Array(10 * 1024 * 1024 + 1)]), 'big.jpg', /больше 10 МБ/],
      [new Blob([bomb]), 'bomb.png', /слишком большое: 8000×7000/],
      [new Blob([(await jpeg(50, 50)).subarray(0, 200)]), 'cut.jpg', /повреждён/],
    ];
    for (const [file, name, message] of cases) {
      const result = await upload(file, name);
      expect(result.status, name).toBeGreaterThanOrEqual(400);
      expect(result.body.error, name).toMatch(message);
    }
    const missingAlt = await upload(new Blob([await jpeg(10, 10)]), 'a.jpg', { alt: ' ' });
    expect(missingAlt.body.error).toBe('Проверьте поля формы.');
    // A valid image that fails at the database (unknown photo source) leaves no files either.
    const unknownSource = await upload(new Blob([await jpeg(900, 600)]), 'ok.jpg', {
      alt: 'Фото',
      photoSourceId: '999999',
    });
    expect(unknownSource.body.error).toMatch(/Фотоисточник не найден/);
    expect(storedFiles()).toEqual(before);
    const [{ n: after }] = (await t.current
      .sql`select count(*)::int as n from media`) as unknown as [{ n: number }];
    expect(after).toBe(n);
  });

  it('[ADMIN][MEDIA] EXIF (GPS, camera serial, author) is stripped from every stored file, with the orientation applied', async () => {
    const photo = await sharp({
      create: { width: 1000, height: 600, channels: 3, background: '#3a6ea5' },
    })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({
        IFD0: { Make: 'Canon', Model: 'EOS R5', Artist: 'Фотограф Секретов' },
        IFD2: { BodySerialNumber: 'SN-7731-0042' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 10/1 0/1' },
      })
      .toBuffer();
    expect(photo.includes('SN-7731-0042')).toBe(true);
    const result = await upload(new Blob([photo]), 'camera.jpg', { alt: 'Снимок с камеры' });
    expect(result.status).toBe(201);
    const [row] = await t.current.db.select().from(media).where(eq(media.id, result.body.id!));
    // Orientation 6 is "rotate 90°": stored upright, so the dimensions swap.
    expect(row).toMatchObject({ width: 600, height: 1000 });
    for (const key of [row!.storageKey, ...row!.variants.map((v) => v.key)]) {
      const stored = fs.readFileSync(path.join(process.env.MEDIA_DIR!, key));
      const meta = await sharp(stored).metadata();
      expect(meta.exif, key).toBeUndefined();
      expect(meta.xmp, key).toBeUndefined();
      expect(meta.orientation ?? 1, key).toBe(1);
      expect(meta.height! > meta.width!, key).toBe(true);
      for (const secret of ['SN-7731-0042', 'Canon', 'EOS R5', 'GPS'])
        expect(stored.includes(secret), `${key} contains ${secret}`).toBe(false);
    }
  });

  it('[ADMIN][MEDIA] a 20,000×20,000 image bomb is refused as too large, not as a damaged file', async () => {
    // A small JPEG whose header claims 20,000×20,000 pixels (the decoder would need 1.2 GB).
    const bomb = Buffer.from(await jpeg(64, 64));
    const sof = bomb.indexOf(Buffer.from([0xff, 0xc0]));
    bomb.writeUInt16BE(20_000, sof + 5);
    bomb.writeUInt16BE(20_000, sof + 7);
    const result = await upload(new Blob([bomb]), 'bomb.jpg');
    expect(result.status).toBe(422);
    expect(result.body.error).toBe(
      'Изображение слишком большое: 20000×20000 пикселей (не более 50 мегапикселей). Уменьшите его и загрузите снова.',
    );
  });

  it('[ADMIN][MEDIA] a NUL in alt, caption, credit or a new source name is a message, not a server error', async () => {
    for (const field of ['alt', 'caption', 'credit', 'newSourceName']) {
      const result = await upload(new Blob([await jpeg(20, 20)]), 'a.jpg', {
        alt: 'Описание',
        [field]: 'до\u0000после',
      });
      expect(result.status, field).toBe(400);
      expect(result.body.error, field).toBe('Проверьте поля формы.');
    }
  });

  it('[ADMIN][MEDIA] one user may run two uploads at once; a third waits its turn with a message', async () => {
    const photo = await jpeg(900, 600);
    const first = await slowUpload(photo);
    const second = await slowUpload(photo);
    await Promise.all([first.started, second.started]);
    const third = await upload(new Blob([photo]), 'third.jpg');
    expect(third.status).toBe(429);
    expect(third.body.error).toBe(
      `Одновременно можно загружать не больше ${MAX_CONCURRENT_UPLOADS} файлов. Дождитесь окончания текущих загрузок и попробуйте снова.`,
    );
    // Another user is not held up by this one.
    signInAs(await createUser(t.current.db, { role: 'editor' }));
    expect((await upload(new Blob([photo]), 'other.jpg')).status).toBe(201);
    first.finish();
    second.finish();
    expect((await first.response).status).toBe(201);
    expect((await second.response).status).toBe(201);
  });
});
