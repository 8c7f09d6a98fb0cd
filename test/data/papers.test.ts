import { expect } from '@open-wc/testing';
import { ANY_AWARD, decodeFilter, EMPTY_FILTER, encodeFilter, filterPapers, normalizeText, paperIndex } from '../../src/data/papers.js';
import type { Workshop } from '../../src/data/schema.js';

const workshop = {
  title: 'W',
  papers: [
    { id: 'a', title: 'Équivariant Operators', authors: ['Zoë Dąbrowska', 'Søren Øvergaard'], track: 'full', presentation: 'oral', awards: ['Best paper'] },
    { id: 'b', title: 'Straße der Modelle', authors: ['Łukasz Wiśniewski'], track: 'short', presentation: 'poster' },
    { id: 'c', title: 'Neural fields', authors: ['王小明', 'Ana Souza'], track: 'full', presentation: 'spotlight', awards: ['Best student paper'] },
  ],
} as unknown as Workshop;

const ids = (filter: Partial<typeof EMPTY_FILTER>) => filterPapers(paperIndex(workshop), { ...EMPTY_FILTER, ...filter }).map((p) => p.id);

describe('paper search and filters', () => {
  it('normalizes case, diacritics, letters without decomposition and spaces', () => {
    expect(normalizeText('  Zoë   DĄBROWSKA ')).to.equal('zoe dabrowska');
    expect(normalizeText('Søren Øvergaard, Łukasz, Straße, Æsir, Œuvre')).to.equal('soren overgaard, lukasz, strasse, aesir, oeuvre');
    expect(normalizeText('ﬁeld')).to.equal('field'); // compatibility ligature
  });

  it('matches every word anywhere in the title or the authors', () => {
    expect(ids({ query: 'zoe' })).to.deep.equal(['a']);
    expect(ids({ query: 'EQUIVARIANT overgaard' })).to.deep.equal(['a']);
    expect(ids({ query: 'strasse lukasz' })).to.deep.equal(['b']);
    expect(ids({ query: '王小明' })).to.deep.equal(['c']);
    expect(ids({ query: 'operators souza' })).to.deep.equal([]);
    expect(ids({ query: '   ' })).to.deep.equal(['a', 'b', 'c']);
  });

  it('does not match across the title/author boundary', () => {
    expect(ids({ query: 'operators zoe' })).to.deep.equal(['a']);
    expect(ids({ query: 'operatorszoe' })).to.deep.equal([]);
  });

  it('filters by track, presentation and award, and any award', () => {
    expect(ids({ track: 'full' })).to.deep.equal(['a', 'c']);
    expect(ids({ presentation: 'poster' })).to.deep.equal(['b']);
    expect(ids({ award: ANY_AWARD })).to.deep.equal(['a', 'c']);
    expect(ids({ award: 'Best student paper' })).to.deep.equal(['c']);
    expect(ids({ track: 'full', query: 'neural', presentation: 'spotlight' })).to.deep.equal(['c']);
  });

  it('indexes once per workshop and lists the values present', () => {
    const index = paperIndex(workshop);
    expect(paperIndex(workshop)).to.equal(index);
    expect(index.tracks).to.deep.equal(['full', 'short']);
    expect(index.presentations).to.deep.equal(['oral', 'poster', 'spotlight']);
    expect(index.awards).to.deep.equal(['Best paper', 'Best student paper']);
  });

  it('reads and writes the filter in prefixed URL parameters, leaving others alone', () => {
    const params = new URLSearchParams('page=2&papers-q=zo%C3%AB&papers-track=full&papers-award=*');
    expect(decodeFilter(params)).to.deep.equal({ query: 'zoë', track: 'full', presentation: '', award: '*' });
    const written = encodeFilter({ query: ' neural fields ', track: '', presentation: 'oral', award: '' }, params);
    expect(written.toString()).to.equal('page=2&papers-q=neural+fields&papers-presentation=oral');
    expect(params.get('papers-track')).to.equal('full'); // the input is not changed
    expect(encodeFilter(EMPTY_FILTER, new URLSearchParams('x=1')).toString()).to.equal('x=1');
    expect(decodeFilter(new URLSearchParams('papers-q=' + 'x'.repeat(2000))).query).to.have.length(500);
  });
});
