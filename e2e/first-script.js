// Runs before a page's own scripts in the Firefox and WebKit tests, alike in both: what went
// wrong, and whether the app has started. Neither driver hands the tests the console.
window.__problems = [];
addEventListener('error', (e) => window.__problems.push(`error: ${e.message}`));
addEventListener('unhandledrejection', (e) => window.__problems.push(`unhandled rejection: ${e.reason}`));
document.addEventListener('securitypolicyviolation', (e) =>
  window.__problems.push(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`),
);
addEventListener('EchoesStarted', () => (window.__echoesStarted = true));
