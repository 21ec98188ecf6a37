export type VarnishErrorCode = 'not-installed' | 'port-taken' | 'invalid-config' | 'start-failed';

/**
 * Why Varnish could not start: `message` is one sentence for the person running it, `code` is for
 * programs (tests, retry on another port), `output` is varnishd's own last words, if any.
 */
export class VarnishError extends Error {
  override name = 'VarnishError';

  constructor(
    readonly code: VarnishErrorCode,
    message: string,
    readonly output = '',
  ) {
    super(message);
  }
}

export const NOT_INSTALLED = 'Varnish is not installed: apt-get install varnish varnish-modules';
