import { ApiResponse } from '@japa/api-client'

/**
 * Field-error assertions over the flash bag the session writes on a failed
 * validation (`inputErrorsBag`), which is what the UI shows beside fields.
 */
declare module '@japa/api-client' {
  interface ApiResponse {
    fieldErrors(): Record<string, string[]>
    assertFieldError(field: string, message?: string): void
    assertNoFieldError(field: string): void
    assertToast(kind: 'success' | 'warning' | 'error', message?: string): void
  }
}

ApiResponse.macro('fieldErrors', function (this: ApiResponse) {
  const bag = (this.flashMessage('inputErrorsBag') ?? {}) as Record<string, string | string[]>
  return Object.fromEntries(
    Object.entries(bag).map(([field, messages]) => [field, [messages].flat()])
  )
})

ApiResponse.macro(
  'assertFieldError',
  function (this: ApiResponse, field: string, message?: string) {
    const errors = this.fieldErrors()
    this.assert!.property(errors, field, `expected a validation error on "${field}"`)
    if (message !== undefined) {
      this.assert!.isTrue(
        errors[field].some((text) => text.includes(message)),
        `expected an error on "${field}" containing "${message}", got ${JSON.stringify(errors[field])}`
      )
    }
  }
)

ApiResponse.macro('assertNoFieldError', function (this: ApiResponse, field: string) {
  this.assert!.notProperty(this.fieldErrors(), field)
})

ApiResponse.macro(
  'assertToast',
  function (this: ApiResponse, kind: 'success' | 'warning' | 'error', message?: string) {
    const value = this.flashMessage(kind) as unknown as string | undefined
    this.assert!.isDefined(value, `expected a ${kind} flash message`)
    if (message !== undefined) {
      this.assert!.include(value, message)
    }
  }
)
