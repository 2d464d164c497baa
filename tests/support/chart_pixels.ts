import type { Locator } from 'playwright'

/**
 * Reading a Chart.js canvas from the outside: the chart object is not on
 * `window` (nothing is exposed for tests), so the tests look at its pixels
 * the way a person looks at the picture.
 */

/** What the tests use of a <canvas> (the server's TypeScript has no DOM types). */
type Canvas = {
  width: number
  height: number
  getContext(kind: '2d'): {
    getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray }
  }
}

/** Waits until the canvas has something drawn on it; answers how many pixels are painted. */
export async function paintedPixels(canvas: Locator) {
  const handle = await canvas.elementHandle()
  const painted = await canvas.page().waitForFunction((element) => {
    const node = element as unknown as Canvas
    if (!node.width || !node.height) return false
    const data = node.getContext('2d').getImageData(0, 0, node.width, node.height).data
    let count = 0
    for (let index = 3; index < data.length; index += 4) if (data[index] > 0) count++
    return count > 0 && count
  }, handle)
  return (await painted.jsonValue()) as number
}

/**
 * The lengths of the bars of one colour, in the order they stand (left to
 * right, or top to bottom for lying bars): each run of pixel columns (rows)
 * holding the colour is a bar, as long as the most such pixels in one.
 */
export function barLengths(canvas: Locator, color: string, lying = false) {
  return canvas.evaluate(
    (element, [hex, across]) => {
      const node = element as unknown as Canvas
      const { width, height } = node
      const data = node.getContext('2d').getImageData(0, 0, width, height).data
      const rgb = [1, 3, 5].map((at) => Number.parseInt((hex as string).slice(at, at + 2), 16))
      const matches = (x: number, y: number) => {
        const index = (y * width + x) * 4
        return (
          data[index + 3] > 200 && rgb.every((value, c) => Math.abs(data[index + c] - value) <= 12)
        )
      }
      const [outer, inner] = across ? [height, width] : [width, height]
      const runs: number[] = []
      let longest = 0
      for (let a = 0; a < outer; a++) {
        let count = 0
        for (let b = 0; b < inner; b++) if (across ? matches(b, a) : matches(a, b)) count++
        if (count > 0) longest = Math.max(longest, count)
        else if (longest > 0) {
          runs.push(longest)
          longest = 0
        }
      }
      if (longest > 0) runs.push(longest)
      return runs
    },
    [color, lying] as const
  )
}

/** Each value as a share of the largest, for comparing bars with the numbers they stand for. */
export const shares = (values: number[]) => {
  const largest = Math.max(...values)
  return values.map((value) => (largest === 0 ? 0 : value / largest))
}
