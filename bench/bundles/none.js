// The baseline: a page with no consent library. On "accept" it runs its script itself, the
// least any library can do: the floor of the first-visit row.
window.__accept = () => {
  const script = document.createElement('script')
  script.text = 'window.__gated()'
  document.body.append(script)
}
