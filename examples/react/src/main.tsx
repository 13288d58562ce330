import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ConsentProvider } from 'consent-gate/react'
import { consent } from './consent'
import { App } from './App'
import '../../shared/style.css'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConsentProvider consent={consent}>
      <App />
    </ConsentProvider>
  </StrictMode>,
)
