// Loaded in the console's hidden frame when the identity provider sends it back with a new code (or an
// error): hands the answer to the console page, which alone knows the verifier that redeems it.
window.parent.postMessage({ type: 'console.silent-sign-in', search: location.search }, location.origin);
