import { describe, expect, it } from 'vitest';
import { endsSentence, lineStart, startsWithSuspensionWord } from '../../../lib/importer/german';

describe('endsSentence', () => {
  it.each([
    ['Die Arbeiter streikten.', true],
    ['Aber das ist nicht wahr!', true],
    ['Wer hat das beschlossen?', true],
    ['sagte er: „Wir bleiben.“', true],
    ['(so die Gewerkschaft.)', true],
    ['bis hin zur Abschaffung des Regimes', false],
    ['die Forderungen, z. B.', false],
    ['und am 5.', false],
    ['vgl.', false],
    ['Jahr 2014.', true],
    ['erklärte Karl F.', false],
  ])('%s → %s', (text, expected) => {
    expect(endsSentence(text)).toBe(expected);
  });
});

describe('lineStart', () => {
  it.each([
    ['bezeichnet werden', 'lower'],
    ['Tag in den Streik', 'upper'],
    ['„der brutale Diktator“', 'lower'],
    ['(oder gar Revolution?)', 'lower'],
    ['2016 wurde', 'digit'],
    [', sagte er', 'continuation'],
  ])('%s → %s', (text, expected) => {
    expect(lineStart(text)).toBe(expected);
  });
});

describe('startsWithSuspensionWord', () => {
  it('knows the conjunctions after a suspended hyphen', () => {
    expect(startsWithSuspensionWord('und Ostkasachstans kam')).toBe(true);
    expect(startsWithSuspensionWord('oder Jugendorganisation')).toBe(true);
    expect(startsWithSuspensionWord('als auch Südgrube')).toBe(true);
    expect(startsWithSuspensionWord('unter Tage')).toBe(false);
  });
});
