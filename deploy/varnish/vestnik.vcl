vcl 4.1;

# Shared HTTP cache in front of the public site (apps/web). The site decides what may be cached
# and for how long (Cache-Control), and names what each page shows (xkey: article:12 home ...);
# this file only enforces that contract, guards it where a mistake would be costly, and lets the
# admin purge by those names. Written for Varnish 7.1 with the xkey vmod (varnish-modules).
#
# Internal request headers (never trusted from clients, reset on every fresh request):
#   X-Vestnik-Cache     HIT | MISS | PASS, shown to clients as X-Cache
#   X-Vestnik-Refetch   a stale copy exists but is past its stale-while-revalidate window
#   X-Vestnik-Stale-Ok  the refetch failed: serve the stale copy (stale-if-error)
#   X-Vestnik-Purged    number of objects a PURGE removed

import directors;
import std;
import xkey;

# The site reports itself healthy on /api/health. Three good answers out of the last five make a
# backend healthy; with one instance sick the round robin skips it, with all sick std.healthy()
# is false and stale pages are served for up to their stale-if-error window.
probe site_health {
  .url = "/api/health";
  .expected_response = 200;
  .interval = 2s;
  .timeout = 2s;
  .window = 5;
  .threshold = 3;
  .initial = 3;
}

# Written by start-varnish.ts: `acl purgers` (127.0.0.1, ::1 and any addresses it was given).
include "purgers.vcl";

sub vcl_init {
  # N >= 1 identical site instances; round robin because every instance can render every page.
  new site = directors.round_robin();
}

# Written by start-varnish.ts: one `backend site_<i>` per instance (with .probe = site_health)
# and a vcl_init that adds each of them to `site`. Included here, after the vcl_init above,
# because VCL appends same-named subroutines in order and `site` must exist before it is used.
include "backends.vcl";

sub vcl_recv {
  if (req.restarts == 0) {
    # A client must not steer our state machine (e.g. force stale delivery) with our own headers.
    unset req.http.X-Vestnik-Cache;
    unset req.http.X-Vestnik-Refetch;
    unset req.http.X-Vestnik-Stale-Ok;
    unset req.http.X-Vestnik-Purged;
  }
  set req.backend_hint = site.backend();

  if (req.method == "PURGE") {
    call vestnik_purge;
  }

  # Builtin: lowercase Host, refuse HTTP/1.1 without Host.
  call vcl_req_host;

  # Anything that may depend on who asks, or change state, goes to the site every time.
  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  if (req.http.Authorization) {
    return (pass);
  }
  # /api: beacons, revalidation, health. /preview: signed per-editor links to unpublished text.
  # /search, /kk/search: unbounded key space (every query string), a cache would only hold
  # one-off pages.
  if (req.url ~ "^/(api|preview|(kk/)?search)(/|\?|$)") {
    return (pass);
  }

  # Public pages are the same for every reader, so cookies (analytics, consent banners) must not
  # reach the site: a page rendered from a cookie and then cached would leak to everyone.
  unset req.http.Cookie;

  # One object per page, not per campaign link: tracking parameters never change the page.
  set req.url = regsuball(req.url, "(?<=[?&])(utm_[^=&]*|fbclid|gclid|yclid|_openstat)(=[^&]*)?(&|$)", "");
  set req.url = std.querysort(req.url);
  set req.url = regsub(req.url, "[?&]+$", "");

  if (req.http.X-Vestnik-Stale-Ok) {
    # Third pass, after that refresh failed: the object's own grace (stale-if-error) applies
    # again. req.grace survives restarts and cannot be unset; a year is above any object's.
    set req.grace = 365d;
  } else if (req.http.X-Vestnik-Refetch) {
    # Second pass after vcl_hit found the stale copy past its stale-while-revalidate window
    # while the site is healthy: ignore the stale copy so this request waits for a fresh page.
    set req.grace = 0s;
  }
  return (hash);
}

sub vestnik_purge {
  if (client.ip !~ purgers) {
    return (synth(403, "Forbidden"));
  }
  if (req.http.xkey-purge !~ "\S") {
    return (synth(400, "Missing xkey-purge header"));
  }
  # Hard purge, not softpurge: a corrected or unpublished article (or one removed on a legal
  # demand) must never be shown again, and a soft-purged object would still be served stale for
  # its whole grace (up to a day of stale-if-error while the site is down).
  set req.http.X-Vestnik-Purged = xkey.purge(req.http.xkey-purge);
  return (synth(200, "Purged"));
}

sub vcl_hit {
  set req.http.X-Vestnik-Cache = "HIT";
  if (obj.ttl >= 0s || req.http.X-Vestnik-Stale-Ok) {
    return (deliver);
  }
  # The object is stale. Its grace is the larger of its stale-while-revalidate and
  # stale-if-error windows; while the site is healthy only the first may be used (delivering
  # the stale page and refreshing it in the background). Past it, go back for a fresh page.
  # Varnish 7 has no return (miss) here, so we restart with req.grace = 0s (see vcl_recv).
  if (std.healthy(req.backend_hint)
      && obj.ttl + std.duration(obj.http.X-Vestnik-Swr, 0s) < 0s) {
    set req.http.X-Vestnik-Refetch = "1";
    return (restart);
  }
  return (deliver);
}

sub vcl_miss {
  set req.http.X-Vestnik-Cache = "MISS";
}

sub vcl_pass {
  set req.http.X-Vestnik-Cache = "PASS";
}

sub vcl_backend_fetch {
  if (bereq.retries > 0) {
    call vestnik_other_backend;
  }
  unset bereq.http.X-Vestnik-Cache;
  unset bereq.http.X-Vestnik-Stale-Ok;
  # X-Vestnik-Refetch stays: vcl_backend_response needs it, and it tells the site's logs that
  # the request refreshes a stale page.
}

sub vcl_backend_response {
  if (bereq.method == "GET" || bereq.method == "HEAD") {
    # Fetched whole before any byte goes to the reader. Streamed, a body cut by an instance that
    # dies mid-answer (kill -9) reaches the reader as a truncated page, too late for a retry.
    # Not streamed, Varnish 7.1 takes a failed body to vcl_backend_error like a refused
    # connection, which asks another instance. Costs little: the site renders a page whole
    # before sending it, media files are small images. Not for POST, never asked twice anyway.
    set beresp.do_stream = false;
  }
  if (beresp.status >= 500) {
    # Never store an error page over a good one. A background refresh that fails keeps the
    # stale copy in use (abandon); a foreground refresh of a stale copy abandons too, and
    # vcl_synth then restarts to deliver that copy (stale-if-error).
    if (bereq.is_bgfetch || bereq.http.X-Vestnik-Refetch) {
      return (abandon);
    }
    set beresp.ttl = 0s;
    set beresp.grace = 0s;
    set beresp.uncacheable = true;
    return (deliver);
  }
  if (bereq.uncacheable) {
    return (deliver);
  }
  # Per-reader responses must not be stored: Set-Cookie (a session or consent for one reader),
  # private/no-store/no-cache, Vary: *, or no lifetime at all. Hit-for-miss (not hit-for-pass)
  # so that the page is cached again as soon as the site sends it cacheable.
  if (beresp.http.Set-Cookie
      || beresp.http.Cache-Control ~ "(?i)(^|[ ,])(private|no-store|no-cache)"
      || beresp.http.Vary == "*"
      || beresp.ttl <= 0s) {
    set beresp.ttl = 120s;
    set beresp.grace = 0s;
    set beresp.uncacheable = true;
    return (deliver);
  }

  # beresp.ttl already comes from s-maxage (before max-age). The stale-while-revalidate window is
  # read here rather than taken from beresp.grace, which falls back to default_grace (10 s) when
  # the site sends none: no window from the site means no stale pages while it is healthy.
  # Kept on the object for vcl_hit, removed in vcl_deliver.
  set beresp.http.X-Vestnik-Swr = "0s";
  if (beresp.http.Cache-Control ~ "(?i)stale-while-revalidate=\d+") {
    set beresp.http.X-Vestnik-Swr =
      regsub(beresp.http.Cache-Control, "^.*(?i)stale-while-revalidate=(\d+).*$", "\1s");
  }

  # A missing page may be published at any moment (a scheduled article), and the site purges
  # slug:<slug> on publish; still, never keep a 404 longer than 5 s in case a purge is lost.
  # Pages without xkey cannot be purged at all, so they get the same short life, unless they
  # are immutable (/_next/static, media): content-addressed URLs never need a purge.
  if ((beresp.status == 404
       || (!beresp.http.xkey && beresp.http.Cache-Control !~ "(?i)immutable"))
      && beresp.ttl > 5s) {
    set beresp.ttl = 5s;
  }
  if (beresp.status == 404 || !beresp.http.xkey) {
    # Their short life would mean little if they were then served stale while the site is up.
    set beresp.http.X-Vestnik-Swr = "0s";
  }

  # Keep the object for the larger window: stale-if-error (default 24 h) covers a site outage,
  # vcl_hit limits healthy-time staleness to the stale-while-revalidate value kept above.
  set beresp.grace = std.duration(
    regsub(beresp.http.Cache-Control, "^.*(?i)stale-if-error=(\d+).*$", "\1s"), 24h);
  if (std.duration(beresp.http.X-Vestnik-Swr, 0s) > beresp.grace) {
    set beresp.grace = std.duration(beresp.http.X-Vestnik-Swr, 0s);
  }
  if (beresp.status == 404) {
    # Crawlers ask for endless missing URLs; a day of grace for each would fill the cache with
    # 404 pages that nobody needs while the site is down.
    set beresp.grace = 0s;
  }
  return (deliver);
}

sub vcl_backend_error {
  # An instance that died or is stopping (refused connection, connection cut mid-answer, even
  # mid-body: GET and HEAD bodies are not streamed, see vcl_backend_response) is not yet marked
  # sick by the probe: a GET or HEAD is asked again, and the round robin hands it to the next
  # instance. Never a POST (a view counted twice); at most twice (all down).
  if (bereq.retries < 2 && (bereq.method == "GET" || bereq.method == "HEAD")) {
    # Remembered so that the retry goes elsewhere (vestnik_other_backend, backends.vcl): the
    # round robin alone may hand it to the same dead instance while other requests move it on.
    set bereq.http.X-Vestnik-Failed = bereq.http.X-Vestnik-Failed + "," + beresp.backend.name + ",";
    return (retry);
  }
  # The site did not answer (down, all instances sick, timeout, every answer cut). Abandon in
  # every case: a background refresh then keeps the stale copy in use, a foreground one reaches
  # vcl_synth as a 503, which delivers the stale copy if there is one, else the one
  # "unavailable" page. No restart from there: the retries above have tried the other instances.
  return (abandon);
}

sub vcl_synth {
  # A foreground refresh of a stale page failed (abandoned above): deliver the stale copy.
  if (resp.status == 503 && req.http.X-Vestnik-Refetch && !req.http.X-Vestnik-Stale-Ok) {
    set req.http.X-Vestnik-Stale-Ok = "1";
    return (restart);
  }
  unset resp.http.X-Varnish;
  unset resp.http.Via;
  if (req.method == "PURGE") {
    set resp.http.Content-Type = "application/json";
    if (resp.status == 200) {
      set resp.body = {"{"purged":"} + req.http.X-Vestnik-Purged + "}";
    } else {
      set resp.body = {"{"error":""} + resp.reason + {"""} + "}";
    }
    return (deliver);
  }
  if (resp.status == 503) {
    set resp.http.Content-Type = "text/html; charset=utf-8";
    set resp.http.Retry-After = "5";
    set resp.body = {"<!DOCTYPE html><html lang="ru"><meta charset="utf-8"><title>Сайт временно недоступен</title><h1>Сайт временно недоступен</h1><p>Попробуйте обновить страницу через минуту.</p></html>
"};
    return (deliver);
  }
}

sub vcl_deliver {
  set resp.http.X-Cache = req.http.X-Vestnik-Cache;
  # The site's request id belongs to the request that rendered the page: a stored copy must not
  # hand it to every later reader (their requests never reached the site, and have no log line).
  if (obj.hits > 0) {
    unset resp.http.X-Request-ID;
  }
  # Cache tags and Varnish internals are for operators and tests: an address in the purge ACL
  # may ask for them (X-Debug-Cache: 1), nobody else sees them.
  if (req.http.X-Debug-Cache == "1" && client.ip ~ purgers) {
    set resp.http.X-Cache-TTL = obj.ttl;
    set resp.http.X-Cache-Grace = obj.grace;
    set resp.http.X-Cache-SWR = resp.http.X-Vestnik-Swr;
    set resp.http.X-Cache-Backend-Healthy = std.healthy(req.backend_hint);
  } else {
    unset resp.http.xkey;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
  }
  unset resp.http.X-Vestnik-Swr;
}
