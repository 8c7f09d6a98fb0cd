import { expect } from '@open-wc/testing';
import { bibtexEntry, citationKey, escapeBibtex } from '../../src/data/bibtex.js';
import type { Paper, Workshop } from '../../src/data/schema.js';

const workshop = { title: 'Workshop on Foundation Models for Science', edition: '2nd', shortName: 'FM4Science', conference: { name: 'ICLR', year: 2026 } } as Workshop;
const paper = {
  id: 'p1',
  title: 'The Scaling of 100% Neural Operators & Friends',
  authors: ['Zoë Dąbrowska', 'Jean-Luc Picard'],
  links: { pdf: 'https://example.org/p1.pdf', openreview: 'https://openreview.net/forum?id=abc_1%7B' },
} as Paper;

describe('BibTeX', () => {
  it('writes an @inproceedings entry with title, authors, booktitle, year and url', () => {
    expect(bibtexEntry(paper, workshop)).to.equal(
      [
        '@inproceedings{dabrowska2026scaling,',
        '  title = {The Scaling of 100\\% Neural Operators \\& Friends},',
        '  author = {Zoë Dąbrowska and Jean-Luc Picard},',
        '  booktitle = {2nd Workshop on Foundation Models for Science at ICLR 2026},',
        '  year = {2026},',
        '  url = {https://openreview.net/forum?id=abc_1%7B}',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('escapes every LaTeX special in one pass, braces balanced as BibTeX counts them', () => {
    expect(escapeBibtex('{}\\%&$#_^~')).to.equal('\\textbraceleft{}\\textbraceright{}\\textbackslash{}\\%\\&\\$\\#\\_\\^{}\\~{}');
    expect(escapeBibtex('a\nb\r\n\tc')).to.equal('a b c');
  });

  it('keeps a brace break-out inside its field', () => {
    const attack = { ...paper, title: '}, note = {pwned', authors: ['Eve}, title = {x'] } as Paper;
    const entry = bibtexEntry(attack, workshop);
    expect(entry).to.contain('  title = {\\textbraceright{}, note = \\textbraceleft{}pwned},\n');
    expect(entry.match(/^ {2}\w+ = /gm)).to.have.length(5);
    let depth = 0;
    for (const char of entry) {
      if (char === '{') depth++;
      if (char === '}') depth--;
      expect(depth).to.be.at.least(0);
    }
    expect(depth).to.equal(0);
  });

  it('braces an author whose name contains "and", so it stays one author', () => {
    const entry = bibtexEntry({ ...paper, authors: ['Smith and Sons Lab', 'Ada'] } as Paper, workshop);
    expect(entry).to.contain('  author = {{Smith and Sons Lab} and Ada},');
  });

  it('falls back for keys, years and urls', () => {
    expect(citationKey({ id: 'x:1', title: '???', authors: [] } as unknown as Paper, { title: 'W' } as Workshop)).to.equal('x:1');
    const plain = bibtexEntry({ id: 'q', title: 'On Things', authors: ['Li'], year: 2024 } as Paper, { title: 'W' } as Workshop);
    expect(plain).to.equal('@inproceedings{li2024things,\n  title = {On Things},\n  author = {Li},\n  booktitle = {W},\n  year = {2024}\n}\n');
    const dated = bibtexEntry({ id: 'q', title: 'T', authors: ['Li'], links: { arxiv: 'https://arxiv.org/abs/1 }{' } } as Paper, { title: 'W', date: '2027-07' } as Workshop);
    expect(dated).to.contain('year = {2027}');
    expect(dated).to.contain('url = {https://arxiv.org/abs/1}');
  });
});
