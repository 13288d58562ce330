import { computed, defineComponent, type PropType, type SlotsType, type VNode } from 'vue'
import { useConsent } from './useConsent'
import { resolveConsent } from './plugin'
import type { RegisteredCategory } from './register'

/**
 * Renders its default slot only while the given categories are granted, else the `#fallback` slot.
 *
 * @example
 * ```vue
 * <ConsentGate category="third-party">
 *   <iframe src="https://video.example/embed/1" title="Video" />
 *   <template #fallback><p>Accept third-party cookies to see this video.</p></template>
 * </ConsentGate>
 * ```
 */
export const ConsentGate = /* @__PURE__ */ defineComponent({
  name: 'ConsentGate',
  props: {
    /** One category, or several that must all be granted. */
    category: { type: [String, Array] as PropType<RegisteredCategory | RegisteredCategory[]>, required: true },
  },
  slots: Object as SlotsType<{ default?: () => VNode[]; fallback?: () => VNode[] }>,
  setup(props, { slots }) {
    const consent = resolveConsent<RegisteredCategory>(undefined, '<ConsentGate>')
    const { state } = useConsent(consent)
    const granted = computed(() => {
      const list = Array.isArray(props.category) ? props.category : [props.category]
      return (state.value, consent.has(...list))
    })
    return () => (granted.value ? slots.default?.() : slots.fallback?.())
  },
})
