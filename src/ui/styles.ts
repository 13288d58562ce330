// The UI's one stylesheet, adopted by every shadow root as a constructed stylesheet (never a
// style attribute, never a <style> element), so that it works under `style-src 'self'`.
// Public knobs: the --consent-* custom properties below and the parts (::part(banner), …).
// Light and dark follow prefers-color-scheme; forced colours use system colours; the layout is
// logical (right-to-left ready) and fits 320 px; motion stops under prefers-reduced-motion.
// Compact on purpose: it ships as a string.
export const css = `:host{--bg:var(--consent-bg,#fff);--fg:var(--consent-fg,#1b1b1f);--mu:var(--consent-muted,#4b4b55);--ln:var(--consent-border,#767680);--ac:var(--consent-accent,#1d4ed8);--af:var(--consent-accent-fg,#fff);--fo:var(--consent-focus,var(--ac));--r:var(--consent-radius,.75rem)}
@media (prefers-color-scheme:dark){:host{--bg:var(--consent-bg,#1e1f24);--fg:var(--consent-fg,#f1f1f4);--mu:var(--consent-muted,#c4c4cc);--ln:var(--consent-border,#8e8e99);--ac:var(--consent-accent,#a5bfff);--af:var(--consent-accent-fg,#0f1115)}}
*{box-sizing:border-box}
section,dialog{color-scheme:light dark;font:var(--consent-font-size,1rem)/1.5 var(--consent-font,system-ui,sans-serif);color:var(--fg);background:var(--bg);border:1px solid var(--ln);border-radius:var(--r);padding:1rem 1.25rem;text-align:start;letter-spacing:normal;word-spacing:normal;text-transform:none;white-space:normal;box-shadow:0 .5rem 2rem #0004}
section{position:fixed;z-index:var(--consent-z,2147483000);inset:auto 0 0;margin:0 auto .75rem;width:calc(100% - 1.5rem);max-width:var(--consent-width,48rem);max-height:calc(100% - 1.5rem);overflow:auto;animation:in .2s ease-out}
@keyframes in{from{opacity:0;transform:translateY(1rem)}}
dialog{width:calc(100% - 1.5rem);max-width:var(--consent-dialog-width,36rem);max-height:calc(100% - 1.5rem);overflow:auto}
dialog::backdrop{background:var(--consent-backdrop,#000a)}
h2{margin:0 0 .5rem;font-size:1.2em;line-height:1.3}
p{margin:0 0 .75rem}
a{color:var(--ac)}
[part~=actions],[part~=pair]{display:flex;flex-wrap:wrap;gap:.5rem}
[part~=pair]{flex:2 1 16rem}
[part~=actions] button{flex:1 1 auto}
[part~=pair] button{flex:1 1 0}
[part~=button]{min-height:2.75rem;padding:.5rem 1rem;font:inherit;font-weight:600;color:var(--af);background:var(--ac);border:2px solid var(--ac);border-radius:calc(var(--r)/1.5);cursor:pointer}
[part~=customize]{color:var(--fg);background:none;border-color:var(--ln)}
button:hover{text-decoration:underline}
:focus-visible{outline:3px solid var(--fo);outline-offset:2px}
[part~=header]{display:flex;align-items:start;justify-content:space-between;gap:1rem}
[part~=close-dialog]{flex:none;width:2.75rem;height:2.75rem;margin:-.5rem;font:inherit;font-size:1.6em;line-height:1;color:inherit;background:none;border:0;border-radius:50%;cursor:pointer}
ul{margin:0 0 1rem;padding:0;list-style:none}
li{padding:.75rem 0;border-top:1px solid var(--ln)}
label{display:flex;flex-wrap:wrap;align-items:center;gap:.25rem .75rem;font-weight:600;cursor:pointer}
[part~=always-on]{margin-inline-start:auto;font-size:.875em;font-weight:400;color:var(--mu)}
[part~=description]{margin:.25rem 0 0;padding-inline-start:3.5rem;font-size:.9375em;color:var(--mu)}
[part~=switch]{--k:var(--ln);--t:var(--bg);appearance:none;flex:none;width:2.75rem;height:1.5rem;margin:0;border:2px solid var(--ln);border-radius:1rem;background:radial-gradient(circle closest-side,var(--k) 70%,#0000 78%) 0 50%/1.25rem 1.25rem no-repeat var(--t);cursor:pointer;transition:background-position .15s}
[part~=switch]:checked{--k:var(--af);--t:var(--ac);border-color:var(--ac);background-position:100% 50%}
[dir=rtl] [part~=switch]{background-position:100% 50%}
[dir=rtl] [part~=switch]:checked{background-position:0 50%}
[part~=switch]:disabled{opacity:.6;cursor:not-allowed}
[part~=link]{display:inline-block;min-height:1.5rem;margin:0;padding:0;font:inherit;color:inherit;text-align:inherit;text-decoration:underline;background:none;border:0;cursor:pointer}
@media (max-width:30rem){section{width:100%;margin:0;padding:.75rem;font-size:calc(var(--consent-font-size,1rem)*.9375);border-width:1px 0 0;border-radius:var(--r) var(--r) 0 0}dialog{padding:1rem .75rem}[part~=button]{padding:.5rem .625rem}[part~=description]{padding:0}}
@media (forced-colors:active){section,dialog{border:2px solid CanvasText}[part~=switch]{forced-color-adjust:none;--k:ButtonText;--t:Canvas;border-color:ButtonText}[part~=switch]:checked{--k:HighlightText;--t:Highlight;border-color:Highlight}[part~=switch]:disabled{--k:Canvas;--t:GrayText;border-color:GrayText;opacity:1}[part~=switch]:focus-visible{outline-color:Highlight}}
@media (prefers-reduced-motion:reduce){*{animation:none!important;transition:none!important}}`
