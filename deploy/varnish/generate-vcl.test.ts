import { describe, expect, it } from 'vitest';
import { renderBackends, renderPurgeAcl } from './generate-vcl.ts';

describe('generated VCL', () => {
  it('[PROXY][CONFIG] every site instance is a probed backend in the round robin', () => {
    const vcl = renderBackends([
      { host: '10.0.0.5', port: 3000 },
      { host: 'web-2.internal', port: 3000 },
    ]);
    expect(vcl).toContain(
      'backend site_0 {\n  .host = "10.0.0.5";\n  .port = "3000";\n  .probe = site_health;\n}',
    );
    expect(vcl).toContain('.host = "web-2.internal"');
    expect(vcl).toContain('site.add_backend(site_0);\n  site.add_backend(site_1);');
  });

  it('[PROXY][CONFIG] a backend that is not a plain host and port is refused, not pasted into VCL', () => {
    expect(() => renderBackends([])).toThrow('at least one site backend');
    expect(() =>
      renderBackends([{ host: 'x"; } sub vcl_recv { return (pass); } #', port: 1 }]),
    ).toThrow('is not an IP address or host name');
    expect(() => renderBackends([{ host: '127.0.0.1', port: 70_000 }])).toThrow(
      'is not a port number',
    );
  });

  it('[PROXY][CONFIG] the purge ACL holds localhost plus the given addresses and networks', () => {
    const vcl = renderPurgeAcl(['10.1.2.3', '10.0.0.0/8', 'fd00::/8', '127.0.0.1']);
    expect(vcl).toContain(
      'acl purgers {\n  "127.0.0.1";\n  "::1";\n  "10.1.2.3";\n  "10.0.0.0"/8;\n  "fd00::"/8;\n}',
    );
  });

  it('[PROXY][CONFIG] a purge ACL entry that is not an address or network is refused', () => {
    for (const entry of ['admin.local', '10.0.0.0/33', '10.0.0.0/8/1', '"; }', '::1/129']) {
      expect(() => renderPurgeAcl([entry]), entry).toThrow('is not an IP address or network');
    }
  });
});
