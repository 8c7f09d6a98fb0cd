// The CSP suite with the policy sent as a real response header (the default config relies on the meta tag).
// Run: npx wtr --config test/security/wtr-csp.config.mjs
import base from '../../web-test-runner.config.mjs';

const POLICY = "script-src 'self'; style-src 'self'; object-src 'none'; require-trusted-types-for 'script'; trusted-types lit-html dompurify workshop-widgets";

export default {
  ...base,
  files: ['test/security/csp.test.ts'],
  groups: [],
  middleware: [
    ...(base.middleware ?? []),
    async (context, next) => {
      if (context.path === '/__csp-mode') {
        context.body = 'header';
        return;
      }
      await next();
      if (context.path === '/test/security/csp-page.html') context.set('Content-Security-Policy', POLICY);
    },
  ],
};
