import type { z } from 'zod';
import { documentLimits as limits } from './limits.ts';
import { describeLocation, type Slot, slotAt, typeAt, valueAt } from './locate.ts';

type Issue = z.core.$ZodIssue;

const allowedLinks = 'разрешены только http, https, mailto и ссылки на страницы сайта';
const count = (value: number | bigint) => value.toLocaleString('ru-RU');

/** Shows a user-supplied value safely: control characters escaped, length capped. */
export function quote(value: unknown): string {
  const raw = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escaping them is the point
  const visible = raw.replace(/[\u0000-\u001f\u007f-\u009f]/gu, (char) => {
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `«${visible.length > 80 ? `${visible.slice(0, 79)}…` : visible}»`;
}

function sentence(what: string, where: string, hint?: string): string {
  return `${what}${where ? ` ${where}` : ''}${hint ? `: ${hint}` : ''}.`;
}

const lastKey = (path: readonly PropertyKey[]) =>
  String(path.findLast((key) => typeof key === 'string') ?? '');

/** Turns the first Zod issue into one Russian sentence saying what is wrong and where. */
export function describeIssue(issue: Issue, root: unknown): string {
  const where = describeLocation(root, issue.path);
  const key = lastKey(issue.path);
  const actual = valueAt(root, issue.path);
  switch (issue.code) {
    case 'invalid_union':
    case 'invalid_value':
      if (key === 'type') return describeBadType(root, issue.path.slice(0, -1), where);
      if (key === 'level') {
        return sentence(
          `Недопустимый уровень заголовка ${quote(actual)}`,
          where,
          'разрешены уровни 2, 3 и 4',
        );
      }
      return sentence(`Недопустимое значение поля «${key}»`, where);
    case 'custom':
      return describeCustom(issue, actual, where);
    case 'unrecognized_keys': {
      const keys = issue.keys.map((name) => quote(name)).join(', ');
      if (typeAt(root, issue.path.slice(0, -1)) === 'link') {
        return sentence(`Недопустимый атрибут ссылки ${keys}`, where, 'хранится только href');
      }
      const noun = issue.keys.length > 1 ? 'Недопустимые поля' : 'Недопустимое поле';
      return sentence(`${noun} ${keys}`, where);
    }
    case 'invalid_type':
      if (typeof issue.path.at(-1) === 'number') {
        return sentence('Элемент содержимого должен быть объектом', where);
      }
      if (actual === undefined) return sentence(`Не заполнено обязательное поле «${key}»`, where);
      return sentence(`Поле «${key}» имеет неверный тип`, where);
    case 'too_small':
      if (key === 'text') return sentence('Пустой текстовый фрагмент', where);
      if (issue.origin === 'array') return sentence(`Пустое содержимое «${key}»`, where);
      return sentence(`Слишком маленькое значение поля «${key}»`, where);
    case 'too_big':
      return describeTooBig(issue, key, where);
    default:
      return sentence('Некорректная структура документа', where);
  }
}

function describeBadType(root: unknown, nodePath: readonly PropertyKey[], where: string): string {
  const slot: Slot = slotAt(root, nodePath);
  if (slot === 'root') return 'Корневой элемент документа должен иметь тип «doc».';
  const type = typeAt(root, nodePath);
  if (type === undefined) return sentence('Элемент без поля «type»', where);
  switch (slot) {
    case 'block':
      return sentence(`Неизвестный тип блока ${quote(type)}`, where);
    case 'mark':
      return sentence(`Неизвестное оформление текста ${quote(type)}`, where);
    case 'listItem':
      return sentence(`Недопустимый элемент ${quote(type)}`, where, 'список состоит из пунктов');
    case 'quoteChild':
      return sentence(`Недопустимый блок ${quote(type)}`, where, 'цитата состоит из абзацев');
    case 'listChild':
      if (type === 'bulletList' || type === 'orderedList') {
        const hint = `допускается не более ${limits.maxListDepth} уровней`;
        return sentence('Слишком глубокая вложенность списков', where, hint);
      }
      return sentence(
        `Недопустимый блок ${quote(type)}`,
        where,
        'в пункте списка — абзацы и списки',
      );
    default:
      return sentence(`Неизвестный тип элемента ${quote(type)}`, where);
  }
}

function describeCustom(issue: Issue, actual: unknown, where: string): string {
  const reason: unknown = issue.code === 'custom' ? issue.params?.reason : undefined;
  switch (reason) {
    case 'unsafe-href':
      return sentence(`Недопустимая ссылка ${quote(actual)}`, where, allowedLinks);
    case 'duplicate-mark':
      return sentence('Повторяющееся оформление текста', where);
    case 'list-item-first':
      return sentence('Пункт списка должен начинаться с абзаца', where);
    case 'too-many-nodes':
      return `Документ слишком большой: не более ${count(limits.maxNodes)} элементов.`;
    case 'too-much-text':
      return `Документ слишком большой: не более ${count(limits.maxTotalText)} символов текста.`;
    default:
      return sentence('Некорректная структура документа', where);
  }
}

function describeTooBig(issue: Issue & { code: 'too_big' }, key: string, where: string): string {
  const max = count(issue.maximum);
  if (issue.path.length === 1) return `Слишком много блоков в документе: не более ${max}.`;
  if (key === 'text') {
    return sentence('Слишком длинный текстовый фрагмент', where, `не более ${max} символов`);
  }
  if (issue.origin === 'string') {
    return sentence(`Слишком длинное значение поля «${key}»`, where, `не более ${max} символов`);
  }
  if (issue.origin === 'array') {
    return sentence(`Слишком много элементов в «${key}»`, where, `не более ${max}`);
  }
  return sentence(`Слишком большое значение поля «${key}»`, where);
}
