/**
 * What the offline engine says besides the classifiers' fields: the
 * language, a sentiment from a small English/German lexicon, and an
 * extractive summary. Deliberately simple and honest about it: their
 * confidences are modest unless the evidence is plain.
 */

const GERMAN = new Set(
  'der die das und ist nicht ich wir sie es ein eine mit auf für von zu den dem bei seit kann können bitte danke funktioniert geht keine kein mein meine unser haben hat wird werden noch auch aber'.split(
    ' '
  )
)
const ENGLISH = new Set(
  'the and is not i we you it a an with on for of to in at since can could please thanks works working no my our have has will be still also but'.split(
    ' '
  )
)
const NEGATIVE = new Set(
  'angry annoyed unacceptable terrible awful broken frustrated frustrating furious disappointed urgent immediately worst fail failed failing failure cannot useless outage down lost crash crashed again ärgerlich inakzeptabel katastrophal kaputt frustriert enttäuscht dringend sofort schlimm fehler ausfall verloren abgestürzt wieder nervig unzumutbar'.split(
    ' '
  )
)
const POSITIVE = new Set(
  'thanks thank great appreciate appreciated happy glad excellent wonderful perfect love pleased danke dankbar super toll großartig perfekt freundlich zufrieden prima'.split(
    ' '
  )
)

const words = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? []

export function detectLanguage(text: string) {
  let de = 0
  let en = 0
  for (const word of words(text)) {
    if (GERMAN.has(word)) de++
    if (ENGLISH.has(word)) en++
  }
  if (/[äöüß]/i.test(text)) de += 2
  const total = de + en
  if (total === 0) return { value: 'en', confidence: 0.5 }
  const value = de > en ? 'de' : 'en'
  // Evidence grows with the number of telling words; never certain.
  const share = Math.max(de, en) / total
  return {
    value,
    confidence: Number(Math.min(0.99, 0.5 + (share - 0.5) * Math.min(1, total / 6)).toFixed(2)),
  }
}

export function detectSentiment(text: string) {
  let negative = 0
  let positive = 0
  for (const word of words(text)) {
    if (NEGATIVE.has(word)) negative++
    if (POSITIVE.has(word)) positive++
  }
  negative += (text.match(/!{2,}/g) ?? []).length
  const lead = negative - positive
  const value = lead > 0 ? 'negative' : lead < 0 ? 'positive' : 'neutral'
  const confidence = lead === 0 ? 0.5 : Math.min(0.9, 0.55 + 0.1 * Math.abs(lead))
  return { value, confidence: Number(confidence.toFixed(2)) }
}

/** The first sentence or two of the description, at most 240 characters. */
export function extractiveSummary(title: string, description: string) {
  const text = description.replace(/\s+/g, ' ').trim()
  const sentences = text.match(/[^.!?]+[.!?]+/g) ?? [text]
  let summary = ''
  for (const sentence of sentences) {
    if ((summary + sentence).length > 240) break
    summary += sentence
    if (summary.length > 80) break
  }
  summary = summary.trim() || text.slice(0, 237).trim()
  return { value: summary || title, confidence: 0.5 }
}
