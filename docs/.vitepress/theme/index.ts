// The default theme, with the colour and labelling adjustments that make it pass axe-core
// (WCAG 2.2 AA): see custom.css.
import DefaultTheme from 'vitepress/theme'
import './custom.css'

export default DefaultTheme
