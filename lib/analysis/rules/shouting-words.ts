// Word lists of the shouting rule: capitals that are no shout, and German
// words safe to lower-case when Rapport calms a sentence (German nouns keep
// their capital, so a word not listed here makes the rewrite advice only).

/** Common all-caps abbreviations in client mail (firms, laws, bodies, formats): not shouting, and kept as they are. */
export const ACRONYMS: ReadonlySet<string> = new Set(
  'GMBH AG KG OHG UG EU USA UK PDF CSV XLS DOC ZIP URL HTML API CEO CFO CTO COO HR IT KPI ROI CRM ERP SAP FAQ AGB DSGVO GDPR HOAI BGB HGB UST MWST IBAN BIC SEPA NDA SLA MVP PR QA UX UI SEO SEA CMS PPT OKR ASAP FYI TBD TBA ETA EOD COB OK VAT LLC LTD INC CV PS PPS NB IHK DIN ISO TÜV ADAC ARD ZDF DHL UPS DPD WLAN USB PC AI KI EDV BWL VWL PHP CSS JSON XML SQL DATEV ELSTER SCHUFA TWINT IKEA LEGO BAFÖG KFW BAFA HWK SBB ÖBB ICE DB GLS UNESCO UNICEF NATO FIFA UEFA NASA VISA AMEX IBAN BAFIN FINMA AHV IV SUVA BVG GKV PKV AOK TK DAK BARMER USCIS HMRC DVLA IRS NHS GCSE ABRSM OFSTED UCAS HMCTS HACCP TDDDG TTDSG GEG ENEV EEG BAUGB VOB STVO STGB ZPO SGB BGH BFH ESTG USTG GOÄ GOZ GOBD IFRS EÜR BWA SUSA ATEX DGUV VDE VDI DVGW DEKRA GTÜ AVV ISBN EAN PAYE CSCS RIBA RICS CQC FCA ICO SRA HSE COSHH RIDDOR EICR EPC FENSA NICEIC DBS EHCP BUPA SIPP SDLT HMLR OSHA HIPAA FICA WCAG HTTPS HTTP SMTP IMAP CMYK JPEG'.split(
    ' ',
  ),
);

/** Words right before a code, folded: the word in capitals after one is the code ("Mit dem Code SOMMER10"). */
export const CODE_WORDS: ReadonlySet<string> = new Set(
  'code gutscheincode rabattcode aktionscode promocode promo coupon voucher passwort kennwort password codeword'.split(
    ' ',
  ),
);

/** Verbs of labelling, folded: capitals a few words from one are the label ("you marked the ticket URGENT"). */
export const LABELLING: ReadonlySet<string> = new Set(
  'mark marked marking label labelled labeled labelling stamp stamped tag tagged flag flagged markieren markiert markiere kennzeichnen kennzeichnet vermerken vermerkt beschriften beschriftet stempeln stempelt'.split(
    ' ',
  ),
);

/** Verbs of writing, folded: capitals right after one and before "on" are written on something ("write FRAGILE on"). */
export const WRITING: ReadonlySet<string> = new Set(
  'write writes wrote written print type schreiben schreibt schreib'.split(' '),
);
/** What the label is written on: "on", "auf". */
export const WRITTEN_ON: ReadonlySet<string> = new Set(['on', 'onto', 'across', 'auf']);

/** Words for a firm, folded: a word in capitals right after one is its name ("der Firma SECUTEC"). */
export const FIRM_WORDS: ReadonlySet<string> = new Set(
  'firma hersteller marke anbieter lieferant dienstleister partnerfirma fabrikat company firm brand manufacturer supplier vendor provider contractor'.split(
    ' ',
  ),
);

/** Legal forms as written: a word in capitals right before one is a firm's name ("SECUTEC GmbH"). */
export const LEGAL_FORMS: ReadonlySet<string> = new Set(
  'GmbH AG KG OHG UG GbR eG e.V. mbH Ltd Ltd. LLC Inc Inc. plc PLC LLP SE SA SAS BV NV'.split(' '),
);

/** Words a few words before a product's name: "Version 3.2 von KONTOR", "the new release of LEDGERLINE". */
export const VERSION_WORDS: ReadonlySet<string> = new Set('version release update edition'.split(' '));

/**
 * Nouns that introduce a name in capitals right after them, folded: "unser Format SPEAK UP BUSINESS", "die
 * Steuerung SAUNATRONIC S3", "our course GROW".
 */
export const NAMING_WORDS: ReadonlySet<string> = new Set(
  'format formate kurs kurse kursreihe programm programme program course courses paket pakete package packages tarif tarife modell modelle serie series steuerung kollektion collection'.split(
    ' ',
  ),
);

/** Verbs that quote a label after them, folded: "a label saying DO NOT SWITCH ON", "mit der Aufschrift …". */
export const QUOTING: ReadonlySet<string> = new Set(
  'saying says reading reads lautet lauten aufschrift beschriftung'.split(' '),
);

/** Words right after a product's name, folded: "the LEDGERLINE app". */
export const PRODUCT_WORDS: ReadonlySet<string> = new Set(
  'app apps software system tool tools plugin plug-in portal plattform platform suite cloud server programm program programme course courses kurs paket package tarif dashboard certificate certificates zertifikat bescheinigung standard norm scheme register oven ovens dishwasher dishwashers fridge freezer washer dryer boiler hob cooker kettle drill backofen geschirrspüler spülmaschine kühlschrank waschmaschine trockner kochfeld herd'.split(
    ' ',
  ),
);

/**
 * Words of celebration, folded: capitals and "!!!" beside them are joy, not a raised voice ("BESTANDEN!!!
 * Herzlichen Glückwunsch!", "CONGRATULATIONS!"). Not "toll", "wonderful": sarcasm shouts with those.
 */
export const JOY_WORDS: ReadonlySet<string> = new Set(
  'glückwunsch glückwünsche glueckwunsch gratuliere gratulieren gratulation gratulationen bestanden geschafft hurra juhu jippie stolz feiern congratulations congrats congratulate congratulating passed distinction hooray yay woohoo yippee proud celebrate celebrating celebration smiling wahnsinn hammer'.split(
    ' ',
  ),
);

/** German shout words: capitals that count as shouting even when short, and lower-case safely. */
export const SHOUT_WORDS_DE: ReadonlySet<string> = new Set(
  'BITTE DRINGEND SOFORT NICHT NIE IMMER ALLE ALLES JETZT HEUTE ENDLICH WIRKLICH KEIN KEINE KEINEN NOCH MUSS MÜSSEN SOLLTE SOLLTEN SOLLEN MAL SCHON WIEDER GAR NUR UNBEDINGT EXTREM SEHR ABSOLUT KOMPLETT VÖLLIG TOTAL GANZ HIER NEIN JA WICHTIG SIE IHNEN DU DIR DICH IHR EUCH WIR ICH UNS MIR'.split(
    ' ',
  ),
);

/** English shout words short enough to pass for abbreviations otherwise. */
export const SHOUT_WORDS_EN: ReadonlySet<string> = new Set(
  'NO NOT NOW NEVER STOP MUST VERY ONLY DONE ALL ANY EVER ONE TWO FOUR FIVE SIX TEN WHY HOW YOU OUR'.split(' '),
);

/** German function words, verbs and adjectives that are never nouns: safe to lower-case in a calmed sentence. */
export const LOWER_CASE_DE: ReadonlySet<string> = new Set(
  'ICH DU ER ES WIR MIR MICH DIR DICH UNS EUCH DAS DER DIE DEN DEM DES EIN EINE EINEN EINEM EINER DIES DIESE DIESER DIESES IST SIND WAR WAREN BIN BIST SEID HABE HAST HAT HABEN HATTE HATTEN WIRD WERDE WERDEN KANN KÖNNEN KONNTE WILL WOLLEN SOLL DARF GEHT GING UND ODER ABER DENN DOCH SO WIE WAS WER WO WANN WARUM WIESO ALSO DANN DA ZU AUCH MEHR MIT VON FÜR AUF AN IN IM AM BIS UM AUS BEI NACH VOR OHNE GEGEN DASS WENN OB GUT SCHLECHT FALSCH RICHTIG OKAY GENUG EINFACH BLOSS EBEN HALT LEIDER KLAR SELBST'.split(
    ' ',
  ),
);

/**
 * Shouted words that only stress what they govern ("must NOT discuss", "be VERY
 * clear", "KEINE Ahnung"): the reader hears the phrase raised, so a lone one
 * quotes the word it governs and the modal or copula before it.
 */
export const GOVERNING: ReadonlySet<string> = new Set(
  'NOT NO NEVER VERY ONLY NICHT NIE NIEMALS KEIN KEINE KEINEN KEINEM KEINER SEHR NUR GAR ABSOLUT'.split(' '),
);

/** Modals, auxiliaries and copulas a governing shout leans on ("must NOT", "be VERY", "ist NICHT"). */
export const LEANED_ON: ReadonlySet<string> = new Set(
  'must do does did should will would can could may be is are was were am has have had shall muss müssen musst soll sollen sollte sollten darf dürfen darfst kann können will wollen wird werden ist sind war waren bin bist seid sei habe hat haben hast'.split(
    ' ',
  ),
);

/** Words a governing shout reaches over to the word it stresses ("NOT the raw export", "NICHT das Original"). */
export const DETERMINERS: ReadonlySet<string> = new Set(
  'the a an any this that these those my your our their his her its der die das den dem des ein eine einen einem einer diese dieser dieses diesen so zu to'.split(
    ' ',
  ),
);

/**
 * Words of a health or safety instruction ("Heizen Sie den Ofen NICHT mehr an" beside a CO alarm, "contact us
 * URGENTLY … or go to A&E"): one word in capitals there is the warning's emphasis, not a raised voice.
 */
export const SAFETY_WORDS: ReadonlySet<string> = new Set(
  (
    'notruf notrufnummer 112 notaufnahme notarzt giftnotruf co-melder melder rauchmelder kohlenmonoxid rauch fieber schwindel ' +
    'übelkeit kopfschmerzen blutung blutungen wunde entzündung allergie allergisch atemnot bewusstlos gas gasgeruch feuer ' +
    'verbrennung vergiftung lebensgefahr krusten kratzen schwimmbad sauna nachsorge heilung passwort pin tan phishing ' +
    'betrug straße verkehr bus tabletten schmerztabletten medikament medikamente dosierung steckdose heizlüfter ' +
    'stromkreis sicherung ' +
    'emergency 999 911 111 a&e fever dizzy dizziness nausea bleeding wound infection allergic unconscious breathing ' +
    'smoke carbon monoxide co alarm poisoning burns fire scab scabs aftercare healing password phishing scam fraud ' +
    'road traffic bus pills tablets medication medicine dose dosage generator outlet socket wiring'
  ).split(' '),
);
