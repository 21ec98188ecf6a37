/**
 * Which beacons count as views. Only a reader with our signed cookie counts (the beacon without
 * one is answered with a cookie and asked to repeat, see the views route), at most once per
 * article per `windowMs` (30 minutes). Distinct readers behind one address (an office, a mobile
 * carrier) count up to `readersPerAddress` per article per window, and one address at most
 * `perAddressPerMinute` views a minute across articles: a script that takes a new cookie for every
 * request is bounded by those two, however it forges headers (the address comes from the socket,
 * see server/client-address).
 * Memory: bounded maps per process (several instances share nothing yet; each bounds its own).
 */
export type ViewGateOptions = {
  windowMs?: number;
  readersPerAddress?: number;
  perAddressPerMinute?: number;
  maxKeys?: number;
  now?: () => number;
};

export type ViewClaim = { articleId: number; reader: string | undefined; address: string };

class ExpiringCounts {
  private readonly entries = new Map<string, { count: number; until: number }>();
  constructor(private readonly maxKeys: number) {}

  count(key: string, now: number): number {
    const entry = this.entries.get(key);
    if (!entry || entry.until <= now) return 0;
    return entry.count;
  }

  add(key: string, now: number, ttl: number): void {
    const entry = this.entries.get(key);
    if (entry && entry.until > now) entry.count += 1;
    else {
      this.entries.delete(key);
      this.entries.set(key, { count: 1, until: now + ttl });
    }
    // Oldest first: dropping them forgets only the longest-known readers.
    while (this.entries.size > this.maxKeys) this.entries.delete(this.entries.keys().next().value!);
  }
}

export class ViewGate {
  private readonly window: number;
  private readonly readersPerAddress: number;
  private readonly perMinute: number;
  private readonly now: () => number;
  private readonly seen: ExpiringCounts;
  private readonly perAddressArticle: ExpiringCounts;
  private readonly perAddress: ExpiringCounts;

  constructor(options: ViewGateOptions = {}) {
    this.window = options.windowMs ?? 30 * 60_000;
    this.readersPerAddress = options.readersPerAddress ?? 50;
    this.perMinute = options.perAddressPerMinute ?? 120;
    this.now = options.now ?? Date.now;
    const maxKeys = options.maxKeys ?? 200_000;
    this.seen = new ExpiringCounts(maxKeys);
    this.perAddressArticle = new ExpiringCounts(maxKeys);
    this.perAddress = new ExpiringCounts(maxKeys);
  }

  /** Whether this beacon counts; if it does, it is remembered. */
  admit({ articleId, reader, address }: ViewClaim): boolean {
    if (!reader) return false;
    const now = this.now();
    const who = `${articleId}:${reader}`;
    const place = `${articleId}:${address}`;
    if (this.seen.count(who, now) > 0) return false;
    if (this.perAddressArticle.count(place, now) >= this.readersPerAddress) return false;
    if (this.perAddress.count(address, now) >= this.perMinute) return false;
    this.seen.add(who, now, this.window);
    this.perAddressArticle.add(place, now, this.window);
    this.perAddress.add(address, now, 60_000);
    return true;
  }
}
