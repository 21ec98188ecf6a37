import type { z } from 'zod';
import { documentLimits as limits } from './limits.ts';

type Totals = { nodes: number; text: number };

/**
 * Per-array and per-string limits still allow 2000 × 2000 × 20,000 characters, so the whole
 * document is also measured once its structure is known to be valid.
 */
export function checkDocumentTotals(doc: unknown, ctx: z.RefinementCtx): void {
  const totals: Totals = { nodes: 0, text: 0 };
  measure(doc, totals);
  if (totals.nodes > limits.maxNodes) {
    ctx.addIssue({ code: 'custom', params: { reason: 'too-many-nodes' }, input: totals.nodes });
    return;
  }
  if (totals.text > limits.maxTotalText) {
    ctx.addIssue({ code: 'custom', params: { reason: 'too-much-text' }, input: totals.text });
  }
}

function measure(node: unknown, totals: Totals): void {
  if (typeof node !== 'object' || node === null) return;
  totals.nodes += 1;
  const record = node as Record<string, unknown>;
  if (typeof record.text === 'string') totals.text += record.text.length;
  const attrs = record.attrs as Record<string, unknown> | undefined;
  for (const key of ['alt', 'caption', 'cite'] as const) {
    const value = attrs?.[key];
    if (typeof value === 'string') totals.text += value.length;
  }
  if (!Array.isArray(record.content)) return;
  for (const child of record.content) measure(child, totals);
}
