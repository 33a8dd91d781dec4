// Regenerates the readability tables from the npm packages (run through make-tables.sh, which
// installs the pinned versions into a temporary folder). The build never needs npm: the outputs
// are committed next to this script.
//
//   cmudict-syllables.txt.gz  one "word<TAB>syllables" line per CMU headword (first pronunciation,
//                             syllables = phones carrying a stress digit, as textstat counts them)
//   dale-chall-easy-words.txt the New Dale-Chall familiar words, one per line, lower case
import { dictionary } from 'cmu-pronouncing-dictionary'
import { daleChall } from 'dale-chall'
import { gzipSync } from 'node:zlib'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

const out = process.argv[2]
if (!out) throw new Error('usage: node make-tables.mjs <output folder>')

// Only headwords a textstat-style tokeniser can produce: letters, digits and apostrophes.
// Alternative pronunciations ("word(2)") are skipped: textstat uses the first one.
const lines = []
for (const [word, phones] of Object.entries(dictionary)) {
  if (!/^[a-z0-9']+$/.test(word)) continue
  const syllables = phones.split(' ').filter((p) => /\d$/.test(p)).length
  lines.push(`${word}\t${syllables}`)
}
lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
// mtime 0 in the gzip header is node's default, so the output is byte-for-byte reproducible.
writeFileSync(join(out, 'cmudict-syllables.txt.gz'), gzipSync(lines.join('\n') + '\n', { level: 9 }))

const easy = [...new Set(daleChall.map((w) => w.toLowerCase()))].sort()
writeFileSync(join(out, 'dale-chall-easy-words.txt'), easy.join('\n') + '\n')
console.log(`cmudict: ${lines.length} words; dale-chall: ${easy.length} words`)
