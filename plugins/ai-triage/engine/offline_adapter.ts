import * as classifier from './offline/classifier.js'

/**
 * The seam between the plugin and its offline engine (engine/offline):
 * what training stores (base64 of the engine's compact encoding), and the
 * ranked labels a prediction gives.
 */
export type OfflineModel = classifier.OfflineModel

export function decodeModel(payload: string): OfflineModel {
  return classifier.deserialize(Buffer.from(payload, 'base64'))
}

/** Every label with its calibrated probability, most likely first. */
export function predictText(model: OfflineModel, text: string) {
  return classifier.predict(model, text).distribution.map((entry) => ({
    label: entry.label,
    confidence: Number(entry.probability.toFixed(4)),
  }))
}

export function trainModel(examples: { text: string; label: string }[]) {
  const model = classifier.train(examples)
  const { calibration } = model.meta
  return {
    payload: Buffer.from(classifier.serialize(model)).toString('base64'),
    labels: model.meta.labels,
    metrics: {
      engine: model.meta.engine,
      heldOut: calibration.heldOut,
      ece: Number(calibration.eceAfter.toFixed(4)),
      eceBefore: Number(calibration.eceBefore.toFixed(4)),
      temperature: Number(calibration.temperature.toFixed(3)),
    },
  }
}
