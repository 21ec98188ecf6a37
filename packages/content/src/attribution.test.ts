import { describe, expect, it } from 'vitest';
import { attributionSentence, attributionText, textNamesSources } from './attribution.ts';

const kazpravda = { name: 'Kazpravda.kz', domain: 'kazpravda.kz', role: 'via' as const };
const tengri = { name: 'Tengrinews.kz', domain: 'tengrinews.kz', role: 'via' as const };
const interfax = { name: 'Интерфакс-Казахстан', domain: 'interfax.kz', role: 'origin' as const };
const tass = { name: 'ТАСС', domain: 'tass.ru', role: 'origin' as const };
const akorda = { name: 'Акорда', domain: null, role: 'origin' as const };

describe('attributionText', () => {
  it.each([
    [[kazpravda, interfax], 'Об этом передает Kazpravda.kz со ссылкой на interfax.kz.'],
    [[interfax, kazpravda], 'Об этом передает Kazpravda.kz со ссылкой на interfax.kz.'],
    [[interfax], 'Об этом передает Интерфакс-Казахстан.'],
    [[kazpravda], 'Об этом передает Kazpravda.kz.'],
    [[interfax, tass], 'Об этом передают Интерфакс-Казахстан и ТАСС.'],
    [
      [kazpravda, tengri, interfax, tass, akorda],
      'Об этом передают Kazpravda.kz и Tengrinews.kz со ссылкой на interfax.kz, tass.ru и Акорда.',
    ],
  ])('one sentence, no "Источник:" label: %#', (sources, expected) => {
    expect(attributionText(sources)).toBe(expected);
  });

  it('says nothing without sources', () => {
    expect(attributionText([])).toBeUndefined();
  });

  it.each([
    [[kazpravda, interfax], 'Бұл туралы Kazpravda.kz хабарлайды (дереккөз: interfax.kz).'],
    [[interfax], 'Бұл туралы Интерфакс-Казахстан хабарлайды.'],
    [[interfax, tass], 'Бұл туралы Интерфакс-Казахстан және ТАСС хабарлайды.'],
    [
      [kazpravda, tengri, interfax, tass],
      'Бұл туралы Kazpravda.kz және Tengrinews.kz хабарлайды (дереккөз: interfax.kz және tass.ru).',
    ],
  ])('[KK] a Kazakh article gets a Kazakh sentence: %#', (sources, expected) => {
    expect(attributionText(sources, 'kk')).toBe(expected);
  });
});

describe('attributionSentence', () => {
  it('marks each source once, in order, with its label, for links', () => {
    const parts = attributionSentence([kazpravda, interfax]) ?? [];
    expect(parts.filter((p) => p.kind === 'source')).toEqual([
      { kind: 'source', source: kazpravda, label: 'Kazpravda.kz' },
      { kind: 'source', source: interfax, label: 'interfax.kz' },
    ]);
  });
});

describe('textNamesSources', () => {
  const reference =
    'Об этом сообщила официальный представитель МИД РФ Мария Захарова, передает\u00a0Kazpravda.kz со ссылкой на interfax.kz.';

  it('finds an attribution the text already makes (by name or domain, any case)', () => {
    expect(textNamesSources(reference, [kazpravda, interfax])).toBe(true);
    expect(textNamesSources('По данным ИНТЕРФАКС-КАЗАХСТАН, рост составил 3%.', [interfax])).toBe(
      true,
    );
    expect(textNamesSources('Как сообщает tass.ru, …', [tass])).toBe(true);
  });

  it('needs every cited source named', () => {
    expect(textNamesSources('Об этом передает Kazpravda.kz.', [kazpravda, interfax])).toBe(false);
  });

  it('does not count a name inside a longer word', () => {
    expect(textNamesSources('Бывшая Казахская ССР и ТАССР', [tass])).toBe(false);
    expect(textNamesSources('см. notinterfax.kz', [interfax])).toBe(false);
  });

  it('is false without sources or text', () => {
    expect(textNamesSources(reference, [])).toBe(false);
    expect(textNamesSources('', [akorda])).toBe(false);
  });
});
