// Statistics and Markdown output shared by the benchmark's sections.

const finite = (values) => values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);

export function median(values) {
  const s = finite(values);
  if (!s.length) return null;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** "median (min–max)", or the single value, or n/a. */
export function stat(values, digits = 0, unit = '') {
  const s = finite(values);
  if (!s.length) return 'n/a';
  const f = (v) => `${v.toFixed(digits)}${unit}`;
  return s.length === 1 ? f(s[0]) : `${f(median(s))} (${f(s[0])}–${f(s[s.length - 1])})`;
}

export const ms = (values) => stat(values, 0, ' ms');

/** The difference of two medians with its sign. */
export function medianDifference(a, b, digits = 0, unit = '') {
  const ma = median(a);
  const mb = median(b);
  if (ma === null || mb === null) return 'n/a';
  const d = ma - mb;
  return `${d < 0 ? '−' : '+'}${Math.abs(d).toFixed(digits)}${unit}`;
}

/** Collects lines (for .bench/results.md) while printing them. */
export function createReport() {
  const lines = [];
  const print = (line = '') => {
    lines.push(line);
    console.log(line);
  };
  const table = (header, rows) => {
    print(`| ${header.join(' | ')} |`);
    print(`|${header.map((_, i) => (i === 0 ? '---' : '--:')).join('|')}|`);
    for (const row of rows) print(`| ${row.join(' | ')} |`);
    print();
  };
  return { lines, print, table };
}

export const progress = (message) => process.stderr.write(`bench: ${message}\n`);
