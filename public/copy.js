// Copy buttons on code pages: shown only when the Clipboard API is there.
(() => {
  const status = document.querySelector('[data-copy-status]');
  for (const button of document.querySelectorAll('button[data-copy]')) {
    if (!navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(button.dataset.copy);
        if (status) status.textContent = `${status.dataset.done} ${button.dataset.copy}`;
      } catch {
        if (status) status.textContent = '';
      }
    });
  }
})();
