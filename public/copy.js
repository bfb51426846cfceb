// Copy buttons: shown only when the Clipboard API is there. `data-copy`
// holds the text; `data-copy-from` names the element whose code to copy (a
// snippet). The status next to the buttons says what was copied.
(() => {
  if (!navigator.clipboard) return;
  for (const button of document.querySelectorAll('button[data-copy], button[data-copy-from]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const status = button.closest('[data-copy-group]')?.querySelector('[data-copy-status]');
      const from = button.dataset.copyFrom && document.getElementById(button.dataset.copyFrom);
      const text = from ? from.querySelector('pre')?.textContent ?? '' : button.dataset.copy;
      try {
        await navigator.clipboard.writeText(text);
        if (status) status.textContent = button.dataset.copied ?? `${status.dataset.done} ${text}`;
      } catch {
        if (status) status.textContent = '';
      }
    });
  }
})();
