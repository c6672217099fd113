// The body editor's toolbar: each button starts a new line with a heading numeral, a list mark or a
// table row at the cursor, which the server reads into the structured body (headings, lists, tables).
document.querySelectorAll('[data-insert]').forEach(function (button) {
  button.addEventListener('click', function () {
    var area = document.getElementById('bodyText');
    var at = area.selectionStart;
    var before = area.value.substring(0, at);
    var prefix = before.length === 0 || before.endsWith('\n') ? '' : '\n';
    var text = prefix + button.getAttribute('data-insert');
    area.setRangeText(text, at, area.selectionEnd, 'end');
    area.focus();
  });
});
