import fs from 'node:fs';
import { createUser } from '@vestnik/db/factories';
import { media } from '@vestnik/db/schema';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeAll, describe, expect, it, vi } from 'vitest';
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
});
