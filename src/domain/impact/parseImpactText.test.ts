import type { ImpactLevel } from '../model';
import { impactLevelOfText, parseImpactText } from './parseImpactText';
import type { ImpactTextKind } from './parseImpactText';

type Row = [string | null | undefined, ImpactTextKind, ImpactLevel | null];

const ROWS: Row[] = [
  // No impact, also with a justification after it
  ['Ei vaikutusta', 'none', 'none'],
  ['ei vaikutuksia', 'none', 'none'],
  ['Ei muutosta', 'none', 'none'],
  ['Ei muutoksia', 'none', 'none'],
  ['Ei vaikutusta.', 'none', 'none'],
  ['EI VAIKUTUSTA', 'none', 'none'],
  ['Ei vaikutusta, koska tiedot pysyvät nykyisessä järjestelmässä.', 'none', 'none'],
  ['Ei muutosta nykyiseen käytäntöön.', 'none', 'none'],
  ['Ei mitään vaikutusta', 'none', 'none'],
  ['Ei ole vaikutusta', 'none', 'none'],
  ['Hankkeella ei ole vaikutusta asianhallintaan.', 'none', 'none'],
  ['Ei vaikuta tietojen käsittelyyn', 'none', 'none'],
  ['Ei', 'none', 'none'],
  ['Ei koske tätä hanketta', 'none', 'none'],
  ['a) Ei vaikutusta', 'none', 'none'],
  ['- ei muutoksia', 'none', 'none'],
  ['<p>Ei muutosta</p>', 'none', 'none'],
  ['  Ei vaikutusta&nbsp;', 'none', 'none'],
  ['Ingen inverkan', 'none', 'none'],
  ['Ingen påverkan', 'none', 'none'],
  ['Inga förändringar', 'none', 'none'],
  ['Påverkar inte, eftersom uppgifterna inte ändras', 'none', 'none'],
  ['No impact', 'none', 'none'],
  ['No changes.', 'none', 'none'],
  // Not known yet
  ['Ei tietoa', 'unknown', 'unknown'],
  ['Ei osata sanoa vielä', 'unknown', 'unknown'],
  ['Ei osata sanoa vielä, selviää hankinnan jälkeen', 'unknown', 'unknown'],
  ['Ei osata vielä arvioida', 'unknown', 'unknown'],
  ['Ei tiedossa', 'unknown', 'unknown'],
  ['Ei vielä tiedossa.', 'unknown', 'unknown'],
  ['Tarkentuu myöhemmin', 'unknown', 'unknown'],
  ['Selvitetään', 'unknown', 'unknown'],
  ['Selvitetään hankkeen aikana.', 'unknown', 'unknown'],
  ['Vaikea arvioida tässä vaiheessa', 'unknown', 'unknown'],
  ['Inte känt', 'unknown', 'unknown'],
  ['Not known', 'unknown', 'unknown'],
  ['?', 'unknown', 'unknown'],
  ['Ei arvioitu', 'unknown', 'notAssessed'],
  // Empty
  ['-', 'empty', null],
  ['–', 'empty', null],
  ['', 'empty', null],
  ['   \n ', 'empty', null],
  ['.', 'empty', null],
  ['<p></p>', 'empty', null],
  [null, 'empty', null],
  [undefined, 'empty', null],
  // Descriptions: never a guessed level
  ['Ei merkittäviä vaikutuksia', 'described', null],
  ['Ei juurikaan vaikutusta', 'described', null],
  ['Ei suuria muutoksia', 'described', null],
  ['Tiedon oikeellisuus paranee.', 'described', null],
  ['Käyttöoikeudet tarkistetaan jatkossa vuosittain ja lokitus lisääntyy.', 'described', null],
  ['Ei vaikutusta nykyiseen, mutta jatkossa asiakastiedot tallennetaan pilveen.', 'described', null],
  ['Ei tietoa, mutta todennäköisesti lokitus muuttuu.', 'described', null],
  ['Selvitetään käyttökohteet ja toimittajien muutosaikataulut.', 'described', null],
  ['Vähäisiä muutoksia käyttöoikeuksiin', 'described', null],
  ['Merkittäviä muutoksia arkistointiin', 'described', null],
  ['Palvelu ostetaan SaaS:na, toimittajan vastuu sovitaan sopimuksessa.', 'described', null],
  ['Uppgifterna lagras i molnet.', 'described', null],
  // A level choice written as the answer
  ['Vähäinen', 'described', 'minor'],
  ['Merkittävä', 'described', 'significant']
];

describe('parseImpactText', () => {
  it('has at least 25 expressions in its table', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(25);
  });

  it.each(ROWS)('%j is %s with level %s', (text, kind, level) => {
    expect(parseImpactText(text)).toEqual({ kind, level });
    expect(impactLevelOfText(text)).toBe(level);
  });

  it('never gives a described answer a guessed level', () => {
    for (const [text, kind] of ROWS) {
      const result = parseImpactText(text);
      if (kind === 'described' && result.level !== null) {
        expect(['Vähäinen', 'Merkittävä']).toContain(text);
      }
    }
  });

  it('returns quickly on long or hostile input', () => {
    const inputs = [
      'Ei vaikutusta, koska '.repeat(10000),
      '<'.repeat(100000),
      '<p>'.repeat(30000) + 'Ei tietoa',
      'a'.repeat(100000),
      '<script>alert(1)</script>'.repeat(4000)
    ];
    for (const text of inputs) {
      const started = Date.now();
      expect(() => parseImpactText(text)).not.toThrow();
      expect(Date.now() - started).toBeLessThan(1000);
    }
    expect(parseImpactText('Ei vaikutusta, koska '.repeat(10000)).kind).toBe('none');
  });
});
