import { exampleScenarios } from './react-vue-examples'

exampleScenarios('react')
