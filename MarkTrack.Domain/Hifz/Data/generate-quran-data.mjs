// Writes quran-hafs.json from the quran-meta npm package (its Hafs lists).
// Usage: node generate-quran-data.mjs PACKAGE_DIR OUTPUT_FILE
// where PACKAGE_DIR is the unpacked package, for example from `npm pack quran-meta@6.0.17`.
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { join } from "node:path";

const [packageDir, outputFile] = process.argv.slice(2);
const hafs = await import(pathToFileURL(join(packageDir, "dist/hafs.js")).href);
const { surahNamesEn } = await import(pathToFileURL(join(packageDir, "dist/i18n/index.js")).href);

const surahs = [];
for (let number = 1; number <= hafs.meta.numSurahs; number++) {
  const meta = hafs.getSurahMeta(number);
  surahs.push({
    number,
    name: surahNamesEn[number][0],
    englishName: surahNamesEn[number][1],
    arabicName: meta.name,
    ayahCount: meta.ayahCount,
    juz: hafs.findJuz(number, 1),
    page: hafs.findPage(number, 1),
  });
}

// JuzList and PageList hold the global id of each part's first ayah, with a 0 in front
// and the end marker 6237 behind.
const toSurahAyah = ayahId => hafs.findSurahAyahByAyahId(ayahId);
const juzStarts = hafs.JuzList.slice(1, hafs.meta.numJuzs + 1).map(toSurahAyah);
const pageStarts = hafs.PageList.slice(1, hafs.meta.numPages + 1).map(toSurahAyah);

const rows = items => items.map(item => "    " + JSON.stringify(item)).join(",\n");
const text = [
  "{",
  `  "source": "quran-meta 6.0.17 (npm), Hafs lists; MIT licence, Copyright (c) 2020 Quran-Center",`,
  `  "ayahTotal": ${hafs.meta.numAyahs},`,
  `  "surahs": [\n${rows(surahs)}\n  ],`,
  `  "juzStarts": [\n${rows(juzStarts)}\n  ],`,
  `  "pageStarts": [\n${rows(pageStarts)}\n  ]`,
  "}",
].join("\n");
writeFileSync(outputFile, text + "\n");
console.log(`${surahs.length} surahs, ${juzStarts.length} juz, ${pageStarts.length} pages`);
