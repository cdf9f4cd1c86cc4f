// Month names as pages write them next to a date, per language, as data: a
// date line reads "6. August 2009", "mardi 5 juin 2018", "13 de enero de
// 2020", "Juli 12, 2017". Abbreviations are listed without their period.
// A name shared by several languages always means the same month ("mar",
// "jun", "mai"), so one table can serve a page whatever its declared language.

const MONTH_NAMES: Readonly<Record<string, readonly (readonly string[])[]>> = {
  en: [
    ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
    ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
  ],
  de: [
    ['januar', 'jänner', 'jan'], ['februar', 'feber', 'feb'], ['märz', 'mär', 'mrz'], ['april', 'apr'], ['mai'], ['juni', 'jun'],
    ['juli', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['dezember', 'dez'],
  ],
  fr: [
    ['janvier', 'janv'], ['février', 'fevrier', 'févr', 'fév'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'],
    ['juillet', 'juil'], ['août', 'aout'], ['septembre', 'sept'], ['octobre', 'oct'], ['novembre', 'nov'], ['décembre', 'decembre', 'déc'],
  ],
  es: [
    ['enero', 'ene'], ['febrero', 'feb'], ['marzo', 'mar'], ['abril', 'abr'], ['mayo', 'may'], ['junio', 'jun'],
    ['julio', 'jul'], ['agosto', 'ago'], ['septiembre', 'setiembre', 'sep', 'sept'], ['octubre', 'oct'], ['noviembre', 'nov'], ['diciembre', 'dic'],
  ],
  it: [
    ['gennaio', 'gen'], ['febbraio', 'feb'], ['marzo', 'mar'], ['aprile', 'apr'], ['maggio', 'mag'], ['giugno', 'giu'],
    ['luglio', 'lug'], ['agosto', 'ago'], ['settembre', 'set'], ['ottobre', 'ott'], ['novembre', 'nov'], ['dicembre', 'dic'],
  ],
  pt: [
    ['janeiro', 'jan'], ['fevereiro', 'fev'], ['março', 'marco', 'mar'], ['abril', 'abr'], ['maio', 'mai'], ['junho', 'jun'],
    ['julho', 'jul'], ['agosto', 'ago'], ['setembro', 'set'], ['outubro', 'out'], ['novembro', 'nov'], ['dezembro', 'dez'],
  ],
  nl: [
    ['januari', 'jan'], ['februari', 'feb'], ['maart', 'mrt'], ['april', 'apr'], ['mei'], ['juni', 'jun'],
    ['juli', 'jul'], ['augustus', 'aug'], ['september', 'sep'], ['oktober', 'okt'], ['november', 'nov'], ['december', 'dec'],
  ],
  tr: [
    ['ocak'], ['şubat'], ['mart'], ['nisan'], ['mayıs'], ['haziran'],
    ['temmuz'], ['ağustos'], ['eylül'], ['ekim'], ['kasım'], ['aralık'],
  ],
  pl: [
    ['stycznia', 'styczeń'], ['lutego', 'luty'], ['marca', 'marzec'], ['kwietnia', 'kwiecień'], ['maja', 'maj'], ['czerwca', 'czerwiec'],
    ['lipca', 'lipiec'], ['sierpnia', 'sierpień'], ['września', 'wrzesień'], ['października', 'październik'], ['listopada', 'listopad'], ['grudnia', 'grudzień'],
  ],
  sv: [
    ['januari'], ['februari'], ['mars'], ['april'], ['maj'], ['juni'],
    ['juli'], ['augusti'], ['september'], ['oktober'], ['november'], ['december'],
  ],
  no: [
    ['januar'], ['februar'], ['mars'], ['april'], ['mai'], ['juni'],
    ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['desember', 'des'],
  ],
  fi: [
    ['tammikuuta', 'tammikuu'], ['helmikuuta', 'helmikuu'], ['maaliskuuta', 'maaliskuu'], ['huhtikuuta', 'huhtikuu'], ['toukokuuta', 'toukokuu'], ['kesäkuuta', 'kesäkuu'],
    ['heinäkuuta', 'heinäkuu'], ['elokuuta', 'elokuu'], ['syyskuuta', 'syyskuu'], ['lokakuuta', 'lokakuu'], ['marraskuuta', 'marraskuu'], ['joulukuuta', 'joulukuu'],
  ],
  id: [
    ['januari'], ['februari'], ['maret'], ['april'], ['mei'], ['juni'],
    ['juli'], ['agustus'], ['september'], ['oktober'], ['november'], ['desember'],
  ],
};

/** Lower-cased month name or abbreviation → month number (1–12), over every language above. */
export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(
  Object.values(MONTH_NAMES).flatMap((months) => months.flatMap((names, index) => names.map((name) => [name, index + 1] as const))),
);

/** An alternation of every month name, longest first so "juni" is not read as "jun" followed by "i". */
export const MONTH_PATTERN = [...MONTH_NUMBERS.keys()].sort((a, b) => b.length - a.length).join('|');
