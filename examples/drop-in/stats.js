// Stands in for an analytics script: gated on "statistical" in index.html.
document.getElementById('stats').textContent = 'Counted: statistical cookies are allowed.'
