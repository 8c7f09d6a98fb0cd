/**
 * Attack strings for the security suite. Every payload that manages to run calls `window.__xss(id)`;
 * every payload that manages to make a request asks for a URL containing "leak". The test page
 * installs the spy and watches the network, so neither can be faked by the page under test.
 */
export interface Attack {
  id: number;
  kind: 'html' | 'url' | 'css' | 'mxss' | 'markdown' | 'ics' | 'bibtex' | 'text';
  value: string;
}

const SENTINEL = 'https://sentinel.invalid';
const x = (id: number) => `__xss(${id})`;
const leak = (id: number) => `${SENTINEL}/leak-${id}`;
const localLeak = (id: number) => `/__leak-${id}`;

type Maker = (id: number) => [Attack['kind'], string];

const makers: Maker[] = [
  // script tags, plain and disguised
  (i) => ['html', `<script>${x(i)}</script>`],
  (i) => ['html', `<SCRIPT SRC=${localLeak(i)}.js></SCRIPT>`],
  (i) => ['html', `<scr<script>ipt>${x(i)}</scr</script>ipt>`],
  (i) => ['html', `"><script>${x(i)}</script>`],
  (i) => ['html', `'><script>${x(i)}</script><'`],
  (i) => ['html', `</title><script>${x(i)}</script>`],
  (i) => ['html', `</script><script>${x(i)}</script>`],
  (i) => ['html', `<script type="module">${x(i)}</script>`],
  (i) => ['html', `<script>/*</script><img src=x onerror=${x(i)}>*/</script>`],
  (i) => ['html', `<!--<script>-->${x(i)}<!--</script>-->`],
  // event handlers
  (i) => ['html', `<img src=x onerror=${x(i)}>`],
  (i) => ['html', `<img src="x" onerror="${x(i)}" />`],
  (i) => ['html', `<IMG SRC=x OnErRoR=${x(i)}>`],
  (i) => ['html', `<img/src=x/onerror=${x(i)}>`],
  (i) => ['html', `<img src=x onerror\n=${x(i)}>`],
  (i) => ['html', `<body onload=${x(i)}>`],
  (i) => ['html', `<div onmouseover="${x(i)}" style="position:fixed;inset:0">hover</div>`],
  (i) => ['html', `<details open ontoggle=${x(i)}>`],
  (i) => ['html', `<input autofocus onfocus=${x(i)}>`],
  (i) => ['html', `<video><source onerror=${x(i)}></video>`],
  (i) => ['html', `<audio src=x onerror=${x(i)}>`],
  (i) => ['html', `<marquee onstart=${x(i)}>m</marquee>`],
  (i) => ['html', `<a href="#" onclick="${x(i)}" id="ww-click-${i}">click</a>`],
  (i) => ['html', `<select autofocus onfocus=${x(i)}></select>`],
  (i) => ['html', `<img src=x onerror=&#95;&#95;xss(${i})>`],
  (i) => ['html', `<img src=x onerror="&#x5f;&#x5f;xss&lpar;${i}&rpar;">`],
  (i) => ['html', `<img src=x:x onerror=eval(atob('${btoa(x(i))}'))>`],
  (i) => ['html', `<object data="${leak(i)}"></object>`],
  (i) => ['html', `<embed src="${leak(i)}">`],
  (i) => ['html', `<iframe src="${leak(i)}"></iframe>`],
  (i) => ['html', `<iframe srcdoc="<script>parent.${x(i)}</script>"></iframe>`],
  (i) => ['html', `<form action="${leak(i)}"><button>go</button></form>`],
  (i) => ['html', `<button form=f formaction="javascript:${x(i)}">b</button>`],
  (i) => ['html', `<meta http-equiv="refresh" content="0;url=javascript:${x(i)}">`],
  (i) => ['html', `<base href="${leak(i)}/">`],
  (i) => ['html', `<link rel=stylesheet href="${leak(i)}.css">`],
  (i) => ['html', `<img srcset="${leak(i)} 1x">`],
  (i) => ['html', `<video poster="${leak(i)}"></video>`],
  // SVG and MathML
  (i) => ['html', `<svg onload=${x(i)}>`],
  (i) => ['html', `<svg><script>${x(i)}</script></svg>`],
  (i) => ['html', `<svg><a xlink:href="javascript:${x(i)}"><text y="20">svg</text></a></svg>`],
  (i) => ['html', `<svg><animate onbegin=${x(i)} attributeName=x dur=1s>`],
  (i) => ['html', `<svg><set attributeName=href to="javascript:${x(i)}"/></svg>`],
  (i) => ['html', `<svg><use href="data:image/svg+xml,<svg id='a' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='${x(i)}'/></svg>#a"/></svg>`],
  (i) => ['html', `<svg><foreignObject><img src=x onerror=${x(i)}></foreignObject></svg>`],
  (i) => ['html', `<math><mtext><table><mglyph><style><img src=x onerror=${x(i)}>`],
  (i) => ['html', `<math href="javascript:${x(i)}">CLICKME</math>`],
  (i) => ['html', `<math><maction actiontype="statusline#" xlink:href="javascript:${x(i)}">m</maction></math>`],
  // URLs: javascript:, vbscript:, data: with whitespace, entities and case
  (i) => ['url', `javascript:${x(i)}`],
  (i) => ['url', `JaVaScRiPt:${x(i)}`],
  (i) => ['url', ` javascript:${x(i)}`],
  (i) => ['url', `java\tscript:${x(i)}`],
  (i) => ['url', `java\nscript:${x(i)}`],
  (i) => ['url', `\u0001javascript:${x(i)}`],
  (i) => ['url', `jav&#x09;ascript:${x(i)}`],
  (i) => ['url', `&#106;avascript:${x(i)}`],
  (i) => ['url', `javascript&colon;${x(i)}`],
  (i) => ['url', `vbscript:msgbox(${i})`],
  (i) => ['url', `VBScript:${x(i)}`],
  (i) => ['url', `data:text/html,<script>${x(i)}</script>`],
  (i) => ['url', `data:text/html;base64,${btoa(`<script>${x(i)}</script>`)}`],
  (i) => ['url', ` DATA:image/svg+xml,<svg onload=${x(i)}>`],
  (i) => ['url', `\\\\sentinel.invalid/leak-${i}`],
  (i) => ['url', `/\\sentinel.invalid/leak-${i}`],
  (i) => ['url', `"><img src=x onerror=${x(i)}>`],
  (i) => ['url', `javascript://%0a${x(i)}`],
  (i) => ['url', `file:///etc/passwd#leak-${i}`],
  (i) => ['url', `blob:${SENTINEL}/leak-${i}`],
  // markdown that turns into dangerous HTML
  (i) => ['markdown', `[click](javascript:${x(i)})`],
  (i) => ['markdown', `[click](JAVASCRIPT:${x(i)} "title")`],
  (i) => ['markdown', `[click]( javascript:${x(i)})`],
  (i) => ['markdown', `[click](<javascript:${x(i)}>)`],
  (i) => ['markdown', `[a][ref${i}]\n\n[ref${i}]: javascript:${x(i)}`],
  (i) => ['markdown', `<javascript:${x(i)}>`],
  (i) => ['markdown', `![img](x" onerror="${x(i)})`],
  (i) => ['markdown', `![img](javascript:${x(i)})`],
  (i) => ['markdown', `[x](data:text/html;base64,${btoa(`<script>${x(i)}</script>`)})`],
  (i) => ['markdown', `\`\`\`\n</code></pre><script>${x(i)}</script>\n\`\`\``],
  (i) => ['markdown', `**<img src=x onerror=${x(i)}>**`],
  (i) => ['markdown', `| a |\n|---|\n| <img src=x onerror=${x(i)}> |`],
  // mutation XSS: parser differentials and breakouts
  (i) => ['mxss', `<noscript><p title="</noscript><img src=x onerror=${x(i)}>">`],
  (i) => ['mxss', `<template><img src=x onerror=${x(i)}></template>`],
  (i) => ['mxss', `<style><img src=x onerror=${x(i)}></style>`],
  (i) => ['mxss', `<svg></p><style><a id="</style><img src=1 onerror=${x(i)}>">`],
  (i) => ['mxss', `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=${x(i)}&gt;">`],
  (i) => ['mxss', `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${x(i)}>`],
  (i) => ['mxss', `<textarea></textarea><img src=x onerror=${x(i)}></textarea>`],
  (i) => ['mxss', `<title><img title="</title><img src onerror=${x(i)}>"></title>`],
  (i) => ['mxss', `<xmp><img alt="</xmp><img src=x onerror=${x(i)}>">`],
  (i) => ['mxss', `<svg><p><style><g title="</style><img src=x onerror=${x(i)}>">`],
  (i) => ['mxss', `<table><td><a href="javascript:${x(i)}"><td>x</table>`],
  (i) => ['mxss', `<a href="jav&#x0D;ascript:${x(i)}">a</a>`],
  // broken attributes
  (i) => ['html', `<img src="x" alt="a"onerror="${x(i)}">`],
  (i) => ['html', `<img src=\`x\` onerror=\`${x(i)}\`>`],
  (i) => ['html', `<img """><script>${x(i)}</script>">`],
  (i) => ['html', `<a href='x' onmouseover='${x(i)}'//>a</a>`],
  (i) => ['html', `<img src=x onerror=${x(i)}//`],
  // style and CSS injection
  (i) => ['css', `<div style="background:url(${leak(i)})">css</div>`],
  (i) => ['css', `<style>@import url(${leak(i)}.css);</style>`],
  (i) => ['css', `<style>*{background:url("${leak(i)}")}</style>`],
  (i) => ['css', `<p style="width:expression(${x(i)})">ie</p>`],
  (i) => ['css', `</style><style>:host{background:url(${leak(i)})}</style>`],
  (i) => ['css', `<div style="--x:url(${leak(i)});background:var(--x)">v</div>`],
  (i) => ['css', `<svg><style>@import '${leak(i)}';</style></svg>`],
  (i) => ['css', `<link rel=preload as=image href="${leak(i)}">`],
  // calendar-file and BibTeX injection
  (i) => ['ics', `Talk\r\nATTENDEE:mailto:leak-${i}@sentinel.invalid\r\nX-XSS:${i}`],
  (i) => ['ics', `End\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:injected-${i}\nURL:javascript:${x(i)}`],
  (i) => ['ics', `A;B,C\\D\rDESCRIPTION:injected-${i}`],
  (i) => ['ics', `Line-${i}\u2028BEGIN:VALARM\u2029TRIGGER:-PT1M`],
  (i) => ['bibtex', `}, note={pwned-${i}`],
  (i) => ['bibtex', `\\}\\input{/etc/passwd-${i}}`],
  (i) => ['bibtex', `{unbalanced-${i}`],
  (i) => ['bibtex', `}}}} @misc{injected${i}, title={x`],
  (i) => ['bibtex', `% comment ${i} \\write18{rm -rf}`],
  // plain text that must print as typed
  (i) => ['text', `&lt;script&gt;${x(i)}&lt;/script&gt;`],
  (i) => ['text', `{{constructor.constructor('${x(i)}')()}}`],
  (i) => ['text', `\${${x(i)}}`],
  (i) => ['text', `<!-- ${i} -->`],
  (i) => ['text', `\u202Egnp.exe-${i}`],
];

export const ATTACKS: Attack[] = makers.map((make, index) => {
  const id = index + 1;
  const [kind, value] = make(id);
  return { id, kind, value };
});

/** Attacks whose text is meant for URL fields, and everything else for text and markdown fields. */
export const URL_ATTACKS = ATTACKS.filter((attack) => attack.kind === 'url');
export const TEXT_ATTACKS = ATTACKS.filter((attack) => attack.kind !== 'url');

export const SENTINEL_ORIGIN = SENTINEL;
