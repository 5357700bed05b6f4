import { describe, expect, it } from 'vitest';
import { detectExtraction, percentile } from '../../../lib/importer/detect-extraction';
import { normaliseSource } from '../../../lib/importer/normalise';

const pdf = `Die Bergleute der Grube Lenin trafen sich am Morgen vor dem
Verwaltungsgebäude, um über die Antwort der Direktion auf ihre
Forderungen zu beraten. Die Direktion hatte jede Lohnerhöhung
abgelehnt und mit Entlassungen gedroht.

Daraufhin beschlossen die Versammelten, am nächsten Tag in den
Streik zu treten, und wählten ein Komitee, das die Arbeitsniederlegung
vorbereiten und mit den anderen Gruben Verbindung aufnehmen sollte.
Noch am Abend schlossen sich zwei weitere Schächte dem Beschluss an.`;

const web = `Die Bergleute der Grube Lenin trafen sich am Morgen vor dem Verwaltungsgebäude, um über die Antwort der Direktion auf ihre Forderungen zu beraten.

Die Direktion hatte jede Lohnerhöhung abgelehnt und mit Entlassungen gedroht, worauf die Versammelten beschlossen, am nächsten Tag in den Streik zu treten.

Noch am Abend schlossen sich zwei weitere Schächte dem Beschluss an, und das Komitee nahm Verbindung mit den anderen Gruben der Region auf.`;

describe('detectExtraction', () => {
  it('recognises hard-wrapped PDF lines and measures the full line', () => {
    const result = detectExtraction(normaliseSource(pdf));
    expect(result.kind).toBe('pdf');
    expect(result.measure).toBeGreaterThan(55);
    expect(result.measure).toBeLessThan(75);
    expect(result.reason).toMatch(/continue on the next line/);
  });

  it('recognises one paragraph per line as a web extraction', () => {
    expect(detectExtraction(normaliseSource(web)).kind).toBe('web');
  });

  it('does not take short web paragraphs without blank lines for wrapped lines', () => {
    const short = 'Die Grube steht still.\nDie Direktion schweigt.\nDas Komitee tagt.\nMorgen wird verhandelt.';
    expect(detectExtraction(normaliseSource(short)).kind).toBe('web');
  });

  it('is not sure of a text with no lines', () => {
    expect(detectExtraction(normaliseSource('')).certain).toBe(false);
  });
});

describe('percentile', () => {
  it('takes the nearest rank', () => {
    expect(percentile([10, 20, 30, 40, 50], 0.8)).toBe(40);
    expect(percentile([], 0.5)).toBe(0);
  });
});
