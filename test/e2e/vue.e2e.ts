import { exampleScenarios } from './react-vue-examples'

exampleScenarios('vue')
