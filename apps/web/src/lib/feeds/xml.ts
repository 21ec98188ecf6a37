/**
 * XML 1.0 forbids most control characters even as entities; text pasted from office software can
 * carry them, and one of them makes the whole feed unreadable to every reader. Lone surrogates
 * (half an emoji cut by a length limit) are dropped for the same reason.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: naming the allowed control characters is the point
const notXmlChar = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(text: string): string {
  return text
    .replace(notXmlChar, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** `<name>text</name>` with the text escaped; nothing for an empty value. */
export function element(name: string, text: string | undefined | null): string {
  return text ? `<${name}>${escapeXml(text)}</${name}>` : '';
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/**
 * An XML answer. How long caches keep it follows from the cached reads behind it (the page cache
 * sets Cache-Control for feeds as for pages), so no lifetime is written here.
 */
export function xmlResponse(body: string, options: { type?: string } = {}): Response {
  return new Response(body, {
    headers: {
      'content-type': `${options.type ?? 'application/xml'}; charset=utf-8`,
      'x-content-type-options': 'nosniff',
    },
  });
}
