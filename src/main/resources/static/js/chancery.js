// Asks before a destructive action: any form with data-confirm shows its text and submits only on OK.
document.addEventListener('submit', function (event) {
  var form = event.target;
  var question = form.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

// One-click texts: a button with data-fill-target and data-fill-text puts its text into the target field.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-fill-target]');
  if (!button) {
    return;
  }
  var field = document.getElementById(button.getAttribute('data-fill-target'));
  if (field) {
    field.value = button.getAttribute('data-fill-text');
    field.focus();
  }
});
