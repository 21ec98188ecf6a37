import { describe, expect, it } from 'vitest';
import { signPreviewToken, verifyPreviewToken } from './preview-token.ts';

const secret = 'preview-secret-for-tests-0123456789';
const inAnHour = () => new Date(Date.now() + 3_600_000);

describe('preview tokens', () => {
  it('[PREVIEW] a signed token verifies and names the article and version', () => {
    const token = signPreviewToken({ articleId: 42, version: 7, expiresAt: inAnHour() }, secret);
    expect(verifyPreviewToken(token, secret)).toMatchObject({ articleId: 42, version: 7 });
  });

  it('[PREVIEW] an expired token is refused', () => {
    const token = signPreviewToken(
      { articleId: 42, expiresAt: new Date(Date.now() - 1000) },
      secret,
    );
    expect(verifyPreviewToken(token, secret)).toBeNull();
  });

  it('[PREVIEW] a token with a changed article id or another secret is refused', () => {
    const token = signPreviewToken({ articleId: 42, expiresAt: inAnHour() }, secret);
    const [, signature] = token.split('.');
    const forged = `${Buffer.from(JSON.stringify({ a: 43, v: null, e: 9999999999 })).toString('base64url')}.${signature}`;
    expect(verifyPreviewToken(forged, secret)).toBeNull();
    expect(verifyPreviewToken(token, `${secret}-other`)).toBeNull();
    expect(verifyPreviewToken('garbage', secret)).toBeNull();
  });
});
