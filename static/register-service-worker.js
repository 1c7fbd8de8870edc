// Pages that ship no JavaScript of their own (the policy, help and coverage) still install the
// offline copy, so that a first visit which lands on one of them makes the whole course work
// offline. Pages that hydrate register the same worker through UpdatePrompt, which also offers
// updates; registering twice is harmless.
if ('serviceWorker' in navigator && document.currentScript instanceof HTMLScriptElement) {
	const worker = new URL('service-worker.js', document.currentScript.src);
	navigator.serviceWorker.register(worker.href).catch(() => {
		// A private window or a browser policy may refuse a worker: the page still works online.
	});
}
