/**
 * The one rule for every link that comes from workshop data: http, https, mailto, or a relative path.
 * Browsers ignore tabs and newlines inside a scheme and leading control characters or spaces, so
 * "java\tscript:" is still javascript: — strip what the URL parser strips before looking at the scheme.
 */
const IGNORED_BY_URL_PARSER = /[\u0000-\u0020\u007f-\u009f]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

export function isSafeUrl(value: string): boolean {
  const normalized = value.replace(IGNORED_BY_URL_PARSER, '');
  if (normalized.startsWith('\\') || normalized.startsWith('/\\')) return false; // "\\evil" and "/\evil" turn into //evil
  const scheme = SCHEME.exec(normalized)?.[1];
  return scheme === undefined || ALLOWED_SCHEMES.has(scheme.toLowerCase());
}

/** The URL when it is safe to put in an href or src, else undefined (the caller renders text instead). */
export function safeUrl(value: string | undefined | null): string | undefined {
  return typeof value === 'string' && value.trim() !== '' && isSafeUrl(value) ? value.trim() : undefined;
}

/** True for links that leave the page's site, which open in a new tab with rel="noopener noreferrer". */
export function isExternalUrl(value: string, base = globalThis.location?.href): boolean {
  if (/^mailto:/i.test(value.trim())) return false;
  try {
    const target = new URL(value, base);
    return base !== undefined && target.origin !== new URL(base).origin;
  } catch {
    return false;
  }
}
