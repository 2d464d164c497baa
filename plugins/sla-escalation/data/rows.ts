/**
 * The SDK's query builder answers untyped rows; these name the row type a
 * query selects, in one place instead of a cast at every call.
 */
export async function all<Row>(query: PromiseLike<unknown[]>): Promise<Row[]> {
  return (await query) as Row[]
}

export async function one<Row>(query: PromiseLike<unknown>): Promise<Row | null> {
  return ((await query) ?? null) as Row | null
}
