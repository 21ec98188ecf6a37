/**
 * A large WordPress export to measure the importer with:
 *   pnpm import:generate-wxr <file.xml> [--posts 100000] [--seed 1]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateWxr } from '../generate/wxr.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { posts: { type: 'string', default: '100000' }, seed: { type: 'string', default: '1' } },
});
const posts = Number(values.posts.replaceAll('_', ''));
if (!positionals[0] || !Number.isInteger(posts) || posts <= 0) {
  console.error('Usage: pnpm import:generate-wxr <file.xml> [--posts 100000] [--seed 1]');
  process.exit(2);
}
const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]);
await generateWxr({ file, posts, seed: Number(values.seed) || 1 });
console.log(`${posts} posts written to ${file}`);
