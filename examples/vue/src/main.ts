import { createApp } from 'vue'
import { consentPlugin } from 'consent-gate/vue'
import { consent } from './consent'
import App from './App.vue'
import '../../shared/style.css'

createApp(App).use(consentPlugin, consent).mount('#app')
