// The same mark Spinewise sets when its first screen can be used.
performance.mark('interactive');
document.body.dataset.ready = 'true';
