// Records Content-Security-Policy violations on this page, for the test that opened it.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}`);
});
