/**
 * JSON for a <script type="application/ld+json">. The script's text is raw (the browser does not
 * decode entities there), so React's text escaping cannot be used; instead every character that
 * could end the script or open markup (`<`, `>`, `&`) and the JavaScript line separators are
 * written as \u escapes, which JSON parsers read back unchanged. A title containing
 * "</script><script>…" therefore stays data.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function JsonLd({ data }: { data: unknown }) {
  return (
    <script
      type="application/ld+json"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: serializeJsonLd escapes every character that could leave the script.
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
