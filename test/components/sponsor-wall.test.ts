import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/sponsor-wall/sponsor-wall.js';
import { groupSponsors, type SponsorWall } from '../../src/components/sponsor-wall/sponsor-wall.component.js';
import { clearWorkshopCache } from '../../src/data/load.js';

const PIXEL = '/node_modules/lit/logo.svg';
const logo = '/test/fixtures/missing-logo.png';

const workshop = {
  title: 'Sponsored workshop',
  sponsorTiers: ['Gold', 'Silver', 'Bronze'],
  sponsors: [
    { name: 'Silver Co', tier: 'Silver', url: 'https://silver.example.org' },
    { name: 'Loose Ltd' },
    { name: 'Gold Inc', tier: 'Gold', logo: '/demo/logo-gold.svg', url: 'https://gold.example.org' },
    { name: 'Mystery Org', tier: 'Platinum' },
    { name: 'Gold Two', tier: 'Gold' },
  ],
};

const shadow = (el: HTMLElement) => el.shadowRoot!;
const texts = (el: HTMLElement, selector: string) => [...shadow(el).querySelectorAll(selector)].map((node) => node.textContent!.trim());

describe('<sponsor-wall>', () => {
  beforeEach(() => clearWorkshopCache());

  it('groups by tier in sponsorTiers order, unknown tiers after, untiered last', async () => {
    const el = await fixture<SponsorWall>(html`<sponsor-wall .data=${workshop}></sponsor-wall>`);
    expect(texts(el, 'h3')).to.deep.equal(['Gold', 'Silver', 'Platinum', 'Supporters']);
    const tiers = [...shadow(el).querySelectorAll('section.tier')];
    expect(tiers.map((tier) => tier.getAttribute('data-size'))).to.deep.equal(['1', '2', '4', '4']);
    expect([...tiers[0]!.querySelectorAll('li')].map((li) => li.querySelector('img')?.alt ?? li.textContent!.trim())).to.deep.equal(['Gold Inc', 'Gold Two']);
    await expect(el).to.be.accessible();
  });

  it('gives bigger logo boxes to higher tiers, with a fixed size before the image loads', async () => {
    const el = await fixture<SponsorWall>(html`<sponsor-wall .data=${workshop}></sponsor-wall>`);
    const [gold, silver] = [...shadow(el).querySelectorAll('section.tier')].map((tier) => tier.querySelector('.box')!);
    expect(gold!.getBoundingClientRect().height).to.equal(80);
    expect(gold!.getBoundingClientRect().width).to.equal(200);
    expect(silver!.getBoundingClientRect().height).to.be.below(80);
  });

  it('uses the tier size custom properties', async () => {
    const el = await fixture<SponsorWall>(html`<sponsor-wall style="--sponsor-wall-logo-height-1: 30px" .data=${workshop}></sponsor-wall>`);
    const box = shadow(el).querySelector('section.tier .box') as HTMLElement;
    expect(box.getBoundingClientRect().height).to.equal(30);
  });

  it('renders logos lazily with the sponsor name as alt text, inside the sponsor link', async () => {
    const data = { title: 'x', sponsors: [{ name: 'Pixel GmbH', logo: PIXEL, url: 'https://pixel.example.org' }] };
    const el = await fixture<SponsorWall>(html`<sponsor-wall .data=${data}></sponsor-wall>`);
    const img = shadow(el).querySelector('img')!;
    expect(img.alt).to.equal('Pixel GmbH');
    expect(img.getAttribute('loading')).to.equal('lazy');
    const anchor = img.closest('a')!;
    expect(anchor.getAttribute('href')).to.equal('https://pixel.example.org');
    expect(anchor.getAttribute('rel')).to.equal('noopener noreferrer');
    // A single untiered group needs no heading.
    expect(shadow(el).querySelector('h3')).to.equal(null);
  });

  it('shows the name as text when the logo fails to load', async () => {
    const data = { title: 'x', sponsors: [{ name: 'Broken Logo AG', logo, url: 'https://broken.example.org' }] };
    const el = await fixture<SponsorWall>(html`<sponsor-wall .data=${data}></sponsor-wall>`);
    // A lazy image in a background test tab may never be fetched; the browser's error event is what counts.
    shadow(el).querySelector('img')!.dispatchEvent(new Event('error'));
    await waitUntil(() => shadow(el).querySelector('img') === null, 'logo never failed');
    const name = shadow(el).querySelector('[part~=name]')!;
    expect(name.textContent).to.equal('Broken Logo AG');
    expect(name.closest('a')!.getAttribute('href')).to.equal('https://broken.example.org');
  });

  it('never links a javascript: url; a sponsor whose url is bad is reported and its name stays out of any link', async () => {
    const el = document.createElement('sponsor-wall') as SponsorWall;
    const reported = oneEvent(el, 'ww-error');
    el.data = {
      title: 'x',
      sponsors: [
        { name: 'Evil Corp', url: 'javascript:alert(1)' },
        { name: 'Sneaky', logo: 'java\tscript:alert(2)' },
        { name: 'Good', url: 'https://good.example.org' },
      ],
    };
    document.body.append(el);
    const event = await reported;
    const paths = event.detail.issues.map((issue: { path: string }) => issue.path);
    expect(paths).to.include.members(['sponsors[0].url', 'sponsors[1].logo']);
    await el.updateComplete;
    expect([...shadow(el).querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://good.example.org']);
    expect(shadow(el).querySelectorAll('img')).to.have.length(0);
    expect(shadow(el).querySelector('[href*=script], [src*=script]')).to.equal(null);
    // The sponsor with the bad logo is still shown, by name.
    expect(texts(el, '[part~=name]')).to.include('Sneaky');
    el.remove();
  });

  it('shows an empty state, and is accessible in dark mode', async () => {
    const empty = await fixture<SponsorWall>(html`<sponsor-wall .data=${{ title: 'x' }}></sponsor-wall>`);
    expect(shadow(empty).querySelector('[part=empty]')!.textContent).to.equal('No sponsors yet.');
    const dark = await fixture<SponsorWall>(html`<sponsor-wall theme="dark" .data=${workshop}></sponsor-wall>`);
    expect(getComputedStyle(dark).colorScheme).to.equal('dark');
    await expect(dark).to.be.accessible();
  });

  it('shows loading, then the error of a missing file', async () => {
    const el = await fixture<SponsorWall>(html`<sponsor-wall src="/test/fixtures/missing.json"></sponsor-wall>`);
    expect(shadow(el).querySelector('[part=loading]')).to.exist;
    await oneEvent(el, 'ww-error');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part=error]')!.textContent).to.contain('not found');
  });

  it('groupSponsors keeps the given order within a tier', () => {
    const groups = groupSponsors([{ name: 'b', tier: 'T' }, { name: 'a', tier: 'T' }, { name: 'c' }], ['T']);
    expect(groups.map((group) => [group.tier, group.rank, group.sponsors.map((s) => s.name)])).to.deep.equal([
      ['T', 0, ['b', 'a']],
      [undefined, 1, ['c']],
    ]);
  });

  it('shows what a sponsor supports and gives under its logo or name', async () => {
    const data = {
      title: 'x',
      sponsorTiers: ['Gold'],
      sponsors: [
        { name: 'Award Co', tier: 'Gold', url: 'https://award.example.org', role: 'Best paper award', contribution: '$1,000 prize' },
        { name: 'Cloud Ltd', tier: 'Gold', logo: PIXEL, role: 'Compute credits' },
        { name: 'Plain Inc', tier: 'Gold' },
      ],
    };
    const el = await fixture<SponsorWall>(html`<sponsor-wall .data=${data}></sponsor-wall>`);
    const sponsors = [...shadow(el).querySelectorAll('[part~=sponsor]')];
    const said = (li: Element) => [...li.querySelectorAll('[part~=role], [part~=contribution]')].map((node) => [node.getAttribute('part'), node.textContent]);
    expect(sponsors.map(said)).to.deep.equal([[['role', 'Best paper award'], ['contribution', '$1,000 prize']], [['role', 'Compute credits']], []]);
    // Outside the link, and no wider than the tile above it.
    expect(sponsors[0]!.querySelector('a [part~=role]')).to.equal(null);
    const [tile, role] = [sponsors[0]!.firstElementChild!, sponsors[0]!.querySelector('[part~=role]')!].map((node) => node.getBoundingClientRect());
    expect(role.width).to.be.at.most(tile.width + 0.5);
    await expect(el).to.be.accessible();
  });

  it('leaves prospective sponsors off the wall unless show-prospective lists them apart, last', async () => {
    const data = {
      title: 'x',
      sponsorTiers: ['Gold'],
      sponsors: [
        { name: 'Maybe Corp', tier: 'Gold', prospective: true },
        { name: 'Gold Inc', tier: 'Gold' },
        { name: 'Perhaps Lab', prospective: true },
      ],
    };
    const el = await fixture<SponsorWall>(html`<sponsor-wall .data=${data}></sponsor-wall>`);
    expect(texts(el, '[part~=sponsor]')).to.deep.equal(['Gold Inc']);
    expect(texts(el, 'h3')).to.deep.equal(['Gold']);
    el.showProspective = true;
    await el.updateComplete;
    expect(texts(el, 'h3')).to.deep.equal(['Gold', 'Prospective sponsors']);
    const groups = [...shadow(el).querySelectorAll('section.tier')];
    expect(groups.map((group) => [...group.querySelectorAll('[part~=sponsor]')].map((li) => li.textContent!.trim()))).to.deep.equal([['Gold Inc'], ['Maybe Corp', 'Perhaps Lab']]);
    expect(groups[1]!.getAttribute('data-size')).to.equal('4');
    await expect(el).to.be.accessible();
    const onlyProspective = await fixture<SponsorWall>(html`<sponsor-wall .data=${{ title: 'x', sponsors: [data.sponsors[0]] }}></sponsor-wall>`);
    expect(shadow(onlyProspective).querySelector('[part=empty]')!.textContent).to.equal('No sponsors yet.');
  });
});
