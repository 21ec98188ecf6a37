import { describe, expect, it } from 'vitest';
import { documentLimits, parseArticleDocument } from './document.ts';

const text = (value: string) => ({ type: 'paragraph', content: [{ type: 'text', text: value }] });
const doc = (...content: unknown[]) => ({ type: 'doc', content });

function nestedList(depth: number): unknown {
  const children: unknown[] = [text('пункт')];
  if (depth > 1) children.push(nestedList(depth - 1));
  return { type: 'bulletList', content: [{ type: 'listItem', content: children }] };
}

function errorOf(input: unknown): string {
  const result = parseArticleDocument(input);
  return result.ok ? 'accepted' : result.error;
}

describe('document limits', () => {
  it('[LIMITS] rejects more than 2000 blocks', () => {
    const blocks = Array.from({ length: documentLimits.maxBlocks + 1 }, () => ({
      type: 'horizontalRule',
    }));
    expect(errorOf(doc(...blocks))).toBe('Слишком много блоков в документе: не более 2\u00a0000.');
  });

  it('[LIMITS] rejects a text node longer than 20,000 characters', () => {
    const long = text('я'.repeat(documentLimits.maxTextLength + 1));
    expect(errorOf(doc(text('a'), long))).toBe(
      'Слишком длинный текстовый фрагмент в абзаце 2: не более 20\u00a0000 символов.',
    );
  });

  it('[LIMITS] rejects a document whose total text is too large even if each node fits', () => {
    const chunk = text('я'.repeat(documentLimits.maxTextLength));
    const count = documentLimits.maxTotalText / documentLimits.maxTextLength + 1;
    const input = doc(...Array.from({ length: count }, () => chunk));
    expect(errorOf(input)).toBe('Документ слишком большой: не более 400\u00a0000 символов текста.');
  });

  it('[LIMITS] accepts lists nested 4 deep and rejects a fifth level', () => {
    expect(errorOf(doc(nestedList(4)))).toBe('accepted');
    expect(errorOf(doc(nestedList(5)))).toBe(
      'Слишком глубокая вложенность списков в пункте 1 списка 1: допускается не более 4 уровней.',
    );
  });

  it('[LIMITS] stops at the depth limit instead of recursing into absurd nesting', () => {
    expect(errorOf(doc(nestedList(5000)))).toMatch(/^Слишком глубокая вложенность списков/);
  });

  it('[LIMITS] rejects a list item that does not start with a paragraph', () => {
    const item = { type: 'listItem', content: [nestedList(1)] };
    expect(errorOf(doc({ type: 'bulletList', content: [item] }))).toBe(
      'Пункт списка должен начинаться с абзаца в пункте 1 списка 1.',
    );
  });

  it('[LIMITS] rejects the same mark twice on one text node', () => {
    const node = { type: 'text', text: 'a', marks: [{ type: 'bold' }, { type: 'bold' }] };
    expect(errorOf(doc({ type: 'paragraph', content: [node] }))).toBe(
      'Повторяющееся оформление текста в абзаце 1.',
    );
  });
});
