// Copy buttons: copy the citation next to them. The page works without this script (the
// citation can be selected by hand); it only saves the selecting.
"use strict";
document.addEventListener("click", async (event) => {
  const button = event.target.closest("button[data-copy]");
  if (!button) return;
  const field = document.getElementById(button.dataset.copy);
  const status = document.getElementById("status");
  field.focus();
  field.select();
  let copied = false;
  try {
    await navigator.clipboard.writeText(field.value);
    copied = true;
  } catch (error) {
    copied = document.execCommand("copy");  // older browsers, or no clipboard permission
  }
  button.textContent = copied ? "Copied" : "Press Ctrl+C to copy";
  status.textContent = copied ? "Citation copied." : "Select the citation and press Ctrl+C.";
});
