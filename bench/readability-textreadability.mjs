// The text-readability (npm, the JavaScript port of textstat) side of
// bench/readability-vs-textreadability.sh: every metric and count TosScan's readability report has,
// for every file given, in one process, one JSON line per file.
import rs from 'text-readability'
import { readFileSync } from 'node:fs'

for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8')
  const result = {
    file,
    flesch_reading_ease: rs.fleschReadingEase(text),
    flesch_kincaid_grade: rs.fleschKincaidGrade(text),
    gunning_fog: rs.gunningFog(text),
    smog_index: rs.smogIndex(text),
    coleman_liau_index: rs.colemanLiauIndex(text),
    automated_readability_index: rs.automatedReadabilityIndex(text),
    dale_chall_readability_score: rs.daleChallReadabilityScore(text),
    linsear_write_formula: rs.linsearWriteFormula(text),
    text_standard: rs.textStandard(text, true),
    text_standard_label: rs.textStandard(text),
    words: rs.lexiconCount(text),
    sentences: rs.sentenceCount(text),
    syllables: rs.syllableCount(text),
    polysyllables: rs.polySyllableCount(text),
    difficult_words: rs.difficultWords(text, 2),
  }
  process.stdout.write(JSON.stringify(result) + '\n')
}
