import type { Directive } from 'vue'

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement
type Value = string | number | null | undefined

const text = (value: Value) => (value === null || value === undefined ? '' : String(value))

/**
 * The value an uncontrolled form field starts with. A bound `:value` is
 * written back on every re-render (Vue always patches `value`), and a
 * refused submission re-renders the field to show its error: what the
 * person typed would be replaced by the old value. This sets the value when
 * the field appears, and again only when the server's value itself changes
 * (a save that stored something else).
 */
export const vDefaultValue: Directive<Field, Value> = {
  beforeMount(el, { value }) {
    el.value = text(value)
  },
  updated(el, { value, oldValue }) {
    if (text(value) !== text(oldValue)) {
      el.value = text(value)
    }
  },
}
