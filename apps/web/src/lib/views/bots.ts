/**
 * Crawlers, link-preview fetchers and HTTP tools: their requests are not readers. Headless
 * browsers are deliberately not listed — real people use them through accessibility tools, and
 * crawlers that execute scripts announce themselves with one of these words anyway.
 */
const BOT_AGENT =
  /bot\b|bot\/|crawl|spider|slurp|mediapartners|facebookexternalhit|embedly|quora link preview|whatsapp|telegram|vkshare|skypeuripreview|bitlybot|lighthouse|pagespeed|pingdom|uptime|monitor|curl\/|wget\/|python-|httpclient|okhttp|go-http-client|java\/|axios\/|node-fetch|undici|postman|scrapy|yandex(?!browser)|bingpreview|petalbot|semrush|ahrefs|mj12|dotbot/i;

/** True when a request must not be counted as a page view. */
export function isNotAReader(headers: Headers): boolean {
  const agent = headers.get('user-agent') ?? '';
  if (agent.trim() === '' || BOT_AGENT.test(agent)) return true;
  // Speculative loads (prefetch/prerender) are not views: the reader may never open the page.
  const purpose = `${headers.get('sec-purpose') ?? ''} ${headers.get('purpose') ?? ''}`;
  if (/prefetch|prerender/i.test(purpose)) return true;
  return headers.get('x-moz')?.toLowerCase() === 'prefetch';
}
