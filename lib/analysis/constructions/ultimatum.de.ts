import type { UltimatumData } from './ultimatum';

// Ultimaten auf Deutsch: Bedingung („Sollte … nicht …“, „Liegen … nicht vor, …“,
// „…, sonst …“) und Sanktion, die die Schreiberin verhängt (Mandat zurückgeben,
// Arbeiten einstellen, doppelt berechnen, Inkasso). Eine Folge, die die Leserin
// nur wissen muss („Ohne Unterschrift kann das Amt nicht …“), ist keine Sanktion.

export const ULTIMATUM_DE: UltimatumData = {
  conditions: [
    {
      // „Danach kündige ich …“: after the deadline the sentence before named.
      id: 'danach',
      pattern: '^ danach|anschließend|ab+dann|ab+diesem+zeitpunkt',
      kind: 'else',
      hit: 'Danach kündige ich den Vertrag.',
      miss: 'Wir sprechen danach über die Pläne.',
    },
    {
      // „Ich gebe dir bis Mittwoch Zeit, danach …“: the deadline and what follows it in one sentence.
      id: 'bis-danach',
      pattern: 'bis|spätestens ~8 , danach|anschließend|ansonsten|dann',
      kind: 'else',
      hit: 'Ich gebe Ihnen bis Freitag Zeit, danach kündige ich den Vertrag.',
      miss: 'Ich gebe Ihnen das Geld zurück, danach kündige ich den Vertrag.',
    },
    {
      id: 'wenn',
      // „Solange das Geld nicht da ist, …“: as long as the reader has not acted.
      pattern: 'wenn|falls|sofern|soweit|solange',
      kind: 'if',
      hit: 'Falls die Rate nicht kommt, melden wir uns.',
      miss: 'Sobald die Rate kommt, melden wir uns.',
    },
    {
      id: 'sollte',
      pattern: 'sollte|sollten|solltest|solltet',
      opens: true,
      kind: 'if',
      hit: 'Sollten Sie erneut fehlen, müssen wir reagieren.',
      miss: 'Wir müssen reagieren, wenn nötig.',
    },
    {
      id: 'ohne',
      pattern: 'ohne',
      opens: true,
      kind: 'unless',
      hit: 'Ohne Anzahlung beginnen wir nicht.',
      miss: 'Mit Anzahlung beginnen wir sofort.',
    },
    {
      id: 'sonst',
      pattern: 'sonst|andernfalls|anderenfalls|ansonsten|widrigenfalls|ansonst',
      opens: true,
      kind: 'else',
      hit: 'Andernfalls kündigen wir.',
      miss: 'Dann kündigen wir.',
    },
    {
      // „…, kann ich sonst nicht einstehen“: „sonst“ mitten im Satz, nicht als „wie sonst“, „was sonst“, „sonst immer“.
      id: 'sonst-mitten',
      pattern: 'sonst',
      unlessBefore: ['wie', 'als', 'was', 'wer', 'wo', 'wann', 'und', 'oder', 'auch', 'ja'],
      unlessAfter: [
        'immer',
        'auch',
        'noch',
        'gern',
        'gerne',
        'üblich',
        'alles',
        'nichts',
        'jemand',
        'keiner',
        'niemand',
      ],
      kind: 'else',
      hit: 'Für die Folgen kann ich sonst nicht einstehen.',
      miss: 'Wir machen das wie sonst auch.',
    },
    {
      // „Wir sehen uns andernfalls gezwungen, …“: mitten im Satz; „ansonsten“ bleibt am Satzanfang („ansonsten alles gut“).
      id: 'andernfalls-mitten',
      pattern: 'andernfalls|anderenfalls|widrigenfalls',
      kind: 'else',
      hit: 'Wir sehen uns andernfalls gezwungen, den Vertrag zu kündigen.',
      miss: 'Wir sehen uns ansonsten gezwungen, den Vertrag zu kündigen.',
    },
    {
      id: 'oder-wir',
      pattern: 'oder ich|wir',
      kind: 'else',
      hit: 'Zahlen Sie heute oder wir kündigen.',
      miss: 'Zahlen Sie heute oder morgen.',
    },
    {
      id: 'bei-nichtzahlung',
      pattern:
        'bei|im+fall|im+falle (einem|einer|eines) (weiterem|weiterer|weiteren|erneutem|erneuter|erneuten|fortgesetztem|fortgesetzter|nochmaligem|nochmaligen) (unentschuldigtem|unentschuldigten|kurzfristigem|kurzfristigen|unangekündigtem|unangekündigten) nicht*|verzug|zahlungsverzug|versäumnis|fristablauf|fristüberschreitung|ausbleiben|verspätung|verzögerung|verzögerungen|fehlen|fehltermin|fernbleiben|absage',
      kind: 'unless',
      opens: true,
      hit: 'Bei einem weiteren unentschuldigten Fehlen mahnen wir.',
      miss: 'Bei Zahlung danken wir.',
    },
    {
      id: 'nach-ablauf',
      pattern: 'nach|mit (fruchtlosem|ergebnislosem) ablauf|verstreichen|fristablauf',
      kind: 'unless',
      opens: true,
      hit: 'Nach fruchtlosem Ablauf der Frist mahnen wir.',
      miss: 'Nach Eingang der Zahlung danken wir.',
    },
    {
      id: 'entweder',
      pattern: 'entweder',
      kind: 'either',
      hit: 'Entweder heute oder gar nicht.',
      miss: 'Heute oder gar nicht.',
    },
    {
      id: 'bis-zum-ausgleich',
      pattern: 'bis zum|zur ausgleich|zahlungseingang|eingang|begleichung|erhalt|zahlung',
      kind: 'unless',
      opens: true,
      hit: 'Bis zum Ausgleich der Rechnung stellen wir die Arbeiten ein.',
      miss: 'Nach dem Ausgleich der Rechnung stellen wir die Arbeiten ein.',
    },
    {
      id: 'jede-weitere',
      // „Jede weitere Verzögerung berechnen wir …“: die nächste Säumnis der Leserin ist die Bedingung.
      pattern: 'jede|jeder|jedes weitere|weiterer|weiteres|zusätzliche|zusätzlicher|zusätzliches',
      // „Jede weitere Runde berechne ich mit 85 Euro“: a unit of the service priced, not a lapse.
      unlessAfter: [
        'runde',
        'korrekturrunde',
        'korrekturschleife',
        'schleife',
        'stunde',
        'sitzung',
        'einheit',
        'seite',
        'person',
        'nacht',
        'kopie',
        'exemplar',
        'anfahrt',
        'besuch',
        'gast',
      ],
      kind: 'unless',
      opens: true,
      hit: 'Jede weitere Verzögerung stellen wir voll in Rechnung.',
      miss: 'Die nächste Lieferung stellen wir voll in Rechnung.',
    },
    {
      id: 'fuer-jeden-tag',
      pattern: 'für|pro jeden|jede|jedem tag|woche|monat (der) verspätung|verzug|überziehung|verzögerung|verzögerungen',
      kind: 'unless',
      opens: true,
      hit: 'Für jeden Tag Verzug berechnen wir eine Pauschale.',
      miss: 'Für jeden Tag Urlaub berechnen wir eine Pauschale.',
    },
    {
      id: 'verpasste',
      pattern:
        'verpasste|versäumte|kurzfristig+abgesagte|nicht+abgesagte|nicht+wahrgenommene|unentschuldigte|ausgefallene termine|sitzungen|stunden|behandlungen|fristen',
      kind: 'unless',
      opens: true,
      hit: 'Verpasste Termine berechnen wir voll.',
      miss: 'Verschobene Termine berechnen wir nicht.',
    },
    {
      id: 'naechstes-mal',
      pattern:
        'nächsten+mal|nächstes+mal|wiederholungsfall|wiederholungsfalle|beim+nächsten+vorfall|beim+nächsten+ausfall|beim+nächsten+verstoß|beim+nächsten+fehler|beim+nächsten+zwischenfall|bei+der+nächsten+absage|bei+der+nächsten+verspätung',
      kind: 'unless',
      hit: 'Beim nächsten Mal wende ich mich an Ihre Geschäftsführung.',
      miss: 'Beim letzten Mal wende ich mich an Ihre Geschäftsführung.',
    },
    {
      id: 'solange',
      pattern: 'solange',
      kind: 'if',
      hit: 'Solange die Zahlung nicht eingeht, liefern wir nicht.',
      miss: 'Sobald die Zahlung eingeht, liefern wir.',
    },
    {
      id: 'noch-ein',
      // „Noch ein Fehlen und wir …“: noch ein Versäumnis ist die Bedingung.
      pattern:
        'noch+ein|noch+eine|noch+einmal|noch+so+ein|noch+so+eine|ein+weiteres|eine+weitere|ein+weiterer ~2 fehlen|fehltermin|versäumnis|ausfall|absage|verspätung|mahnung|verzug|vorfall|fehler|aktion|nummer|mail|nachricht|post|kommentar|ausrede|zahlung|rate|überweisung',
      kind: 'unless',
      opens: true,
      hit: 'Noch ein unentschuldigtes Fehlen und wir beenden den Kurs.',
      miss: 'Noch ein Hinweis: wir beenden den Kurs um fünf.',
    },
    {
      // „Dies ist die letzte Mahnung, bevor wir … übergeben“: die Frist läuft in die Sanktion aus.
      id: 'letzte-mahnung-bevor',
      // Ein kurzer Infinitiv darf dazwischen stehen („die letzte Gelegenheit, die Pläne freizugeben, bevor …“); „danach“ wie „bevor“.
      pattern:
        'letzte|allerletzte mahnung|erinnerung|aufforderung|warnung|chance|gelegenheit ~0-8 , bevor|ehe|danach|anschließend',
      kind: 'else',
      hit: 'Dies ist die letzte Mahnung, bevor wir die Forderung an ein Inkassobüro übergeben.',
      miss: 'Dies ist die letzte Seite, bevor der Anhang beginnt.',
    },
    {
      // „Wer zu spät kommt, verliert die Stunde“: a rule for whoever fails, the reader included.
      id: 'wer',
      pattern: 'wer',
      opens: true,
      kind: 'if',
      hit: 'Wer zu spät kommt, verliert die Stunde.',
      miss: 'Wie Sie wissen, verliert die Stunde nichts.',
    },
    {
      // „Bis die Summe beglichen ist, …“: until the reader pays, the writer holds back.
      id: 'bis-beglichen',
      pattern: '^ bis ~6 beglichen|bezahlt|überwiesen|eingegangen|ausgeglichen|unterschrieben',
      kind: 'unless',
      hit: 'Bis die Rechnung beglichen ist, halten wir die Pläne zurück.',
      miss: 'Bis Montag halten wir die Pläne zurück.',
    },
    {
      // „Da wir nichts von Ihnen gehört haben, schließen wir …“: Schweigen als Grund der Sanktion.
      id: 'da-nichts-gehoert',
      pattern: 'da|weil|nachdem wir|ich ~3 nichts|keine|keinen|nie ~3 gehört|erhalten|bekommen',
      kind: 'unless',
      opens: true,
      hit: 'Da wir nichts von Ihnen gehört haben, schließen wir Ihre Akte.',
      miss: 'Da wir alles von Ihnen erhalten haben, schließen wir Ihre Akte.',
    },
    {
      // „Wiederholtes Nichterscheinen führt zur Streichung“: the lapse as the sentence's subject.
      id: 'wiederholtes-nichterscheinen',
      pattern:
        'wiederholtes|wiederholte|erneutes|erneute|weiteres|weitere|mehrfaches|unentschuldigtes nichterscheinen|fehlen|zuspätkommen|absagen|fehltermine|nichtzahlung|zahlungsverzug|verspätungen',
      kind: 'unless',
      opens: true,
      hit: 'Wiederholtes Nichterscheinen führt zur Streichung aus der Liste.',
      miss: 'Wiederholtes Nachfragen ist ausdrücklich erwünscht.',
    },
  ],
  failing: [
    {
      id: 'nicht',
      pattern: '<neg>',
      hit: 'Falls die Rate nicht kommt.',
      miss: 'Falls die Rate kommt.',
    },
    {
      id: 'bleibt-aus',
      pattern: 'aus ,|;',
      hit: 'Bleibt die Rate aus, mahnen wir.',
      miss: 'Kommt die Rate aus Wien, freuen wir uns.',
    },
    {
      id: 'ausbleiben',
      pattern:
        'ausbleib*|ausgeblieben|verstreich*|verstrich*|verstrichen|überschritt*|überschreit*|versäum*|verpass*|ignorier*',
      hit: 'Wenn die Frist verstreicht, mahnen wir.',
      miss: 'Wenn die Frist endet, feiern wir.',
    },
    {
      id: 'erneut',
      pattern:
        'noch+einmal|nochmal|nochmals|noch+mal|erneut|wieder|abermals|wiederholt|@wiederholen|weiterhin|weiter|ein+weiteres+mal|ein+drittes+mal|unentschuldigt|immer+noch|noch+immer|nach+wie+vor',
      hit: 'Wenn das erneut passiert, reden wir.',
      miss: 'Wenn das passiert, reden wir.',
    },
    {
      id: 'zu-spaet',
      pattern: 'zu+spät|verspätet|kurzfristig|ohne+absage|ohne+abzusagen|unangekündigt',
      hit: 'Wer zu spät kommt, zahlt voll.',
      miss: 'Wer früh kommt, zahlt weniger.',
    },
    {
      id: 'so-weiter',
      pattern: 'so weiter*',
      hit: 'Wenn ihr so weitermacht, hören wir auf.',
      miss: 'Wenn ihr weitermacht, hören wir zu.',
    },
    {
      id: 'offen-bleiben',
      pattern: 'offen|unbezahlt|unbeglichen|ausstehend @bleiben',
      hit: 'Sollte die Rechnung offen bleiben, mahnen wir.',
      miss: 'Sollte die Tür offen sein, schließen wir.',
    },
    {
      // „Solange die Rechnung offen ist, …“: what the reader owes is still unpaid.
      id: 'rechnung-offen',
      pattern: 'rechnung|betrag|summe|forderung|restbetrag|saldo|zahlung ~3 offen|unbezahlt|unbeglichen|ausstehend',
      hit: 'Solange die Rechnung offen ist, arbeiten wir nicht weiter.',
      miss: 'Solange die Tür offen ist, arbeiten wir nicht weiter.',
    },
  ],
  sanctions: [
    {
      // Die Website, den Shop, den Zugang abschalten: „sonst nehme ich die Website vom Netz“.
      id: 'vom-netz-nehmen',
      pattern: 'vom+netz',
      kind: 'act',
      hit: 'Sonst nehme ich den Shop vom Netz.',
      miss: 'Sonst stelle ich den Shop ins Netz.',
    },
    {
      // Die eigene Leistung aufgekündigt: „…, mache ich deine Steuererklärung nächstes Jahr nicht mehr“.
      id: 'mache-ich-nicht-mehr',
      pattern: 'mache|übernehme|betreue|erledige|bearbeite ich|wir ~1-6 nicht+mehr',
      kind: 'harm',
      hit: 'Dann übernehme ich deine Buchhaltung ab Juli nicht mehr.',
      miss: 'Dann übernehme ich deine Buchhaltung ab Juli gern.',
    },
    {
      // Die Leserin aus etwas herausnehmen, was immer es ist („aus der Tour“, „aus dem Kurs“).
      id: 'leser-rausnehmen',
      pattern:
        '@rausnehmen|@herausnehmen|@rauswerfen|@rausschmeißen|@hinauswerfen|@nehmen|@werfen|@streichen ~0-2 dich|=Sie|euch ~0-1 raus|heraus|hinaus|aus',
      kind: 'act',
      hit: 'Wenn die Anmeldung bis Freitag nicht kommt, nehme ich euch aus dem Programm raus.',
      miss: 'Wenn die Anmeldung bis Freitag kommt, nehme ich euch ins Programm auf.',
    },
    {
      // Schlösser tauschen, Fahrzeuge abschleppen: die Leserin ausgesperrt oder ihr Eigentum entfernt.
      id: 'aussperren',
      pattern:
        'schloss|schlösser|schließzylinder ~0-3 @austauschen|@auswechseln|@wechseln|austauschen|auswechseln|tauschen|wechseln|aus|um',
      kind: 'act',
      hit: 'Wenn der Schlüssel bis Montag nicht zurück ist, lasse ich das Schloss austauschen.',
      miss: 'Wenn der Schlüssel bis Montag zurück ist, lasse ich das Schloss ölen.',
    },
    {
      // Eine Zusage zurückgezogen: „…, können wir die Gewährleistung nicht mehr übernehmen“.
      id: 'gewaehrleistung-nicht-mehr',
      pattern:
        'gewährleistung|garantie|haftung|preisgarantie|kulanz|reservierung|termingarantie ~0-4 nicht+mehr|nicht+länger ~0-2 übernehmen|gewähren|garantieren|aufrechterhalten|halten|geben|einräumen',
      kind: 'harm',
      hit: 'Wenn Sie bis Freitag nicht unterschreiben, können wir die Gewährleistung nicht mehr übernehmen.',
      miss: 'Wenn Sie bis Freitag unterschreiben, können wir die Gewährleistung gern übernehmen.',
    },
    {
      // Gelieferte Ware zurückgeholt: „…, kommen wir am Samstag und nehmen das Schild wieder ab.“
      id: 'wieder-abnehmen',
      pattern: 'nehmen|nehme|bauen|baue|montieren|montiere|holen|hole ~1-4 wieder ab',
      kind: 'act',
      hit: 'Ist die Rechnung bis Montag nicht bezahlt, bauen wir die Markise wieder ab.',
      miss: 'Ist die Rechnung bis Montag bezahlt, hängen wir die Markise gleich auf.',
    },
    {
      id: 'abschleppen',
      pattern: '@abschleppen|abschleppen|abzuschleppen',
      kind: 'act',
      hit: 'Steht der Anhänger am Montag noch in der Einfahrt, lassen wir ihn abschleppen.',
      miss: 'Steht der Anhänger am Montag noch in der Einfahrt, helfen wir beim Rangieren.',
    },
    {
      // Gebühren pro Zeit oder als Betrag: eine Forderung, wie die Gebühr auch heißt („Liegegeld“, „Standgeld“).
      id: 'berechnen-betrag',
      pattern: '@berechnen|@verlangen|@erheben ~0-6 euro|pro+tag|pro+woche|pro+monat|je+tag|täglich|tagessatz',
      kind: 'act',
      hit: 'Wenn der Wagen bis Ende März nicht abgeholt ist, berechnen wir pro Tag 30 Euro Standgeld.',
      miss: 'Wenn der Wagen bis Ende März abgeholt ist, waschen wir ihn vorher noch.',
    },
    {
      // Die Sachen der Leserin entsorgt oder verkauft, wer es auch tut.
      id: 'entsorgt',
      pattern:
        '@entsorgen|entsorgt|@versteigern|versteigert|@verschrotten|verschrottet|wertstoffhof|sperrmüll|müllcontainer|schrottplatz',
      kind: 'harm',
      hit: 'Wenn ihr die Kisten bis Samstag nicht abholt, landen sie auf dem Wertstoffhof.',
      miss: 'Wenn ihr die Kisten bis Samstag abholt, kommen sie in euren Keller.',
    },
    {
      // „… musst du dir eben einen anderen Fotografen suchen“: die Leserin steht ohne den Schreiber da.
      id: 'selbst-anderen-suchen',
      pattern:
        '@müssen|@dürfen ~0-4 einen|eine|ein|jemand anderen|andere|anderes|neuen|neue|neues ~0-1 @suchen|suchen|besorgen|organisieren',
      kind: 'harm',
      hit: 'Wenn du bis Mittwoch nicht zusagst, musst du dir eben einen anderen Fotografen suchen.',
      miss: 'Wenn du bis Mittwoch nicht zusagst, darfst du dir gern einen anderen Termin aussuchen.',
    },
    {
      id: 'kuendigen',
      pattern: '@kündigen|@aufkündigen|zu+kündigen|aufzukündigen|@stornieren|zu+stornieren',
      kind: 'act',
      hit: 'Dann kündigen wir den Vertrag.',
      miss: 'Dann verlängern wir den Vertrag.',
    },
    {
      id: 'beenden',
      pattern: '@beenden|@abbrechen|zu+beenden|abzubrechen',
      kind: 'act',
      hit: 'Dann beenden wir die Zusammenarbeit.',
      miss: 'Dann beginnen wir die Zusammenarbeit.',
    },
    {
      // "… stoppen wir die Produktion": what the reader is waiting for is halted.
      id: 'stoppen',
      pattern: '@stoppen|zu+stoppen',
      kind: 'act',
      hit: 'Dann stoppen wir die Auslieferung.',
      miss: 'Dann starten wir die Auslieferung.',
    },
    {
      id: 'einstellen',
      pattern: '@einstellen|einzustellen',
      kind: 'act',
      hit: 'Dann stellen wir die Arbeiten ein.',
      miss: 'Dann stellen wir die Arbeiten vor.',
    },
    {
      id: 'mandat-zurueck',
      pattern: 'mandat|auftrag|vollmacht|betreuung ~5 zurück|@zurückgeben|zurückzugeben|@niederlegen|niederzulegen',
      kind: 'act',
      hit: 'Dann gebe ich das Mandat zurück.',
      miss: 'Dann gebe ich Ihnen die Akte zurück.',
    },
    {
      id: 'niederlegen',
      pattern: '@niederlegen|niederzulegen|nieder',
      kind: 'act',
      hit: 'Dann lege ich die Vertretung nieder.',
      miss: 'Dann lege ich die Vertretung fest.',
    },
    {
      id: 'ruhen',
      pattern: 'ruhend|@ruhen',
      kind: 'act',
      hit: 'Dann lassen wir das Projekt ruhen.',
      miss: 'Dann lassen wir das Projekt laufen.',
    },
    {
      id: 'sperren',
      pattern: '@sperren|zu+sperren|@abziehen|abzuziehen',
      kind: 'act',
      hit: 'Dann sperren wir den Zugang.',
      miss: 'Dann öffnen wir den Zugang.',
    },
    {
      // Taking the writer's kit or crew off the reader's job: „sonst lasse ich das Gerüst abbauen“.
      id: 'abbauen',
      pattern: '@abbauen|abzubauen',
      kind: 'act',
      hit: 'Sonst lassen wir den Kran wieder abbauen.',
      miss: 'Sonst lassen wir den Kran wieder aufbauen.',
    },
    {
      // Sent to the back of the queue: „ihr rutscht auf der Liste nach hinten“, „dann setzen wir Sie ans Ende der Liste“.
      id: 'nach-hinten',
      pattern: '@rutschen|@setzen|@schieben|@verschieben ~0-5 nach+hinten|ganz+nach+hinten',
      kind: 'harm',
      hit: 'Dann rutscht ihr auf unserer Liste nach hinten.',
      miss: 'Dann rutscht ihr auf unserer Liste nach vorne.',
    },
    {
      id: 'hinten-anstellen',
      pattern: 'hinten+anstellen|ans+ende+der+warteliste|ans+ende+der+liste|ans+ende+der+schlange',
      kind: 'harm',
      hit: 'Dann musst du dich bei uns wieder hinten anstellen.',
      miss: 'Dann musst du dich bei uns nicht mehr anstellen.',
    },
    {
      // "streichen" as striking out what the reader was granted, not as painting ("wir streichen die Fassade").
      id: 'streichen',
      pattern:
        '@streichen|zu+streichen ~0-4 =Sie|dich|euch|termin|termine|auftrag|rabatt|nachlass|leistung|leistungen|platz|plätze|buchung|reservierung|zuschuss|bonus|skonto|kurs|stunde|stunden|förderung|option|kulanz|liste|warteliste|kartei',
      kind: 'act',
      hit: 'Dann streichen wir den Rabatt.',
      miss: 'Dann streichen wir im Juni die Fassade.',
    },
    {
      id: 'einbehalten',
      pattern: '@einbehalten|einzubehalten',
      kind: 'act',
      hit: 'Dann behalten wir die Anzahlung ein.',
      miss: 'Dann erstatten wir die Anzahlung.',
    },
    {
      id: 'akte-schliessen',
      pattern: 'akte|vorgang|mandat|ticket|konto|zugang ~4 geschlossen',
      kind: 'act',
      hit: 'Dann wird die Akte geschlossen.',
      miss: 'Dann wird die Akte geöffnet.',
    },
    {
      id: 'schliessen-akte',
      pattern: 'schließ*|schliess* ~4 akte|vorgang|mandat|ticket|konto|zugang',
      kind: 'act',
      hit: 'Dann schließen wir die Akte.',
      miss: 'Dann öffnen wir die Akte.',
    },
    {
      id: 'vergeben-anderweitig',
      pattern: '@vergeben|@verkaufen ~4 anderweitig|weiter|neu',
      kind: 'act',
      hit: 'Dann vergeben wir den Termin anderweitig.',
      miss: 'Dann vergeben wir den Termin an Sie.',
    },
    {
      id: 'weitervergeben',
      pattern: '@weitervergeben|@weiterverkaufen|weiterzuvergeben',
      kind: 'act',
      hit: 'Dann vergeben wir den Platz weiter.',
      miss: 'Dann vergeben wir den Platz an Sie.',
    },
    {
      // "gebe ich die Plätze weiter": what was held for the reader passed on to others.
      id: 'plaetze-weitergeben',
      pattern:
        '@weitergeben ~0-4 platz|plätze|termin|termine|zimmer|wohnung|reservierung|tisch|karten|tickets|stand|auftrag',
      kind: 'act',
      hit: 'Dann gebe ich die beiden Plätze im Kurs weiter.',
      miss: 'Dann gebe ich die Unterlagen an den Steuerberater weiter.',
    },
    {
      id: 'plaetze-weitergeben-am-ende',
      pattern:
        'platz|plätze|termin|termine|zimmer|wohnung|reservierung|tisch|karten|tickets|stand|auftrag ~0-3 weitergeben|weiterzugeben',
      kind: 'act',
      hit: 'Dann müssen wir den Termin leider weitergeben.',
      miss: 'Dann müssen wir die Unterlagen leider weitergeben.',
    },
    {
      id: 'anderweitig-vergeben',
      pattern: 'anderweitig ~2 @vergeben|@verkaufen|vergeben',
      kind: 'act',
      hit: 'Dann muss ich den Platz anderweitig vergeben.',
      miss: 'Dann muss ich den Platz anderweitig suchen.',
    },
    {
      id: 'zur-konkurrenz',
      pattern: 'konkurrenz|mitbewerber*|anderen+anbieter|anderes+büro|andere+kanzlei',
      kind: 'act',
      hit: 'Dann gehe ich zur Konkurrenz.',
      miss: 'Dann gehe ich zum Arzt.',
    },
    {
      id: 'auf-eis-legen',
      pattern: 'auf+eis|auf+halt|auf+pause',
      kind: 'act',
      hit: 'Dann legen wir das Projekt auf Eis.',
      miss: 'Dann legen wir das Projekt fest.',
    },
    {
      id: 'kosten-weitergeben',
      pattern: 'an =Sie|dich|euch weiter|weitergeben|weiterberechnen|weiterreichen|weiterzugeben|weiterzuberechnen',
      kind: 'act',
      hit: 'Dann geben wir die Kosten an Sie weiter.',
      miss: 'Dann geben wir die Kosten an die Versicherung weiter.',
    },
    {
      id: 'uns-sparen',
      pattern: 'uns|mir ~5 @sparen',
      kind: 'act',
      hit: 'Dann können wir uns das Treffen sparen.',
      miss: 'Dann sparen Sie Zeit.',
    },
    {
      id: 'schaetzen',
      pattern: 'schätzwert*|schätzung*|geschätzt*|@schätzen',
      kind: 'act',
      hit: 'Dann reiche ich Schätzwerte ein.',
      miss: 'Dann reiche ich die Belege ein.',
    },
    {
      // „…, sonst gebe ich die Option frei“: die Reservierung der Leserin geht an andere.
      id: 'option-freigeben',
      pattern:
        '@freigeben|@aufheben|@auflösen ~0-3 option|reservierung|vormerkung|blockung|termin|platz|raum|saal|zimmer',
      kind: 'act',
      hit: 'Dann gebe ich die Option frei.',
      miss: 'Dann gebe ich die Pläne frei.',
    },
    {
      id: 'doppelt-berechnen',
      pattern:
        'doppelt*|zusätzlich*|gesondert*|vollen|volle|voller|voll|extra|nach+aufwand ~5 @berechnen|rechnung|@abrechnen|@verrechnen|stundensatz',
      kind: 'act',
      hit: 'Dann berechnen wir den doppelten Stundensatz.',
      miss: 'Dann berechnen wir den üblichen Satz.',
    },
    {
      id: 'berechnen-doppelt',
      pattern:
        '@berechnen|@abrechnen|@verrechnen|rechnung ~5 doppelt*|zusätzlich*|gesondert*|vollen|volle|voller|voll|extra|bisherigen|ausgefallen*|versäumt*|verpasst*|nach+aufwand|trotzdem|dennoch|gleichwohl',
      kind: 'act',
      hit: 'Dann rechnen wir den bisherigen Aufwand ab.',
      miss: 'Dann rechnen wir wie gewohnt ab.',
    },
    {
      id: 'gebuehr',
      pattern:
        'ausfallgebühr*|verzugsgebühr*|säumnisgebühr*|strafgebühr*|ausfallhonorar|stornogebühr*|stornokosten|mahngebühr*|vertragsstrafe|verzugszins*|säumniszuschlag|aufpreis|mehrkosten|bearbeitungsgebühr|lagergeld|lagergebühr*|standgeld|standgebühr*|verwahrgebühr*|aufbewahrungsgebühr*',
      kind: 'act',
      hit: 'Dann stellen wir eine Ausfallgebühr in Rechnung.',
      miss: 'Dann stellen wir eine Quittung aus.',
    },
    {
      id: 'anwalt',
      pattern:
        'anwalt|anwältin|anwälte|anwälten|rechtsanwalt|rechtsanwältin|rechtsanwälte|rechtsanwälten|anwaltskanzlei|rechtsabteilung|kanzlei|gericht|klage|mahnung|inkassobüro|inkasso',
      kind: 'act',
      hit: 'Dann übergeben wir die Sache unserem Anwalt.',
      miss: 'Dann übergeben wir die Sache unserer Kollegin.',
    },
    {
      id: 'melden-behoerde',
      pattern:
        '@melden|@anzeigen|@informieren ~6 behörde|amt|polizei|finanzamt|schufa|kammer|aufsicht*|versicherung|vermieter*|hausverwaltung',
      kind: 'act',
      hit: 'Dann melden wir das der Behörde.',
      miss: 'Dann melden wir das der Kollegin.',
    },
    {
      id: 'nicht-mehr-betreuen',
      pattern:
        'nicht+mehr|keine+weiteren ~4 @vertreten|@betreuen|@behandeln|@beliefern|@führen|@annehmen|zu+vertreten|zu+betreuen|zu+behandeln|zu+führen|termine|aufträge',
      kind: 'act',
      hit: 'Dann können wir Sie nicht mehr betreuen.',
      miss: 'Dann können wir Sie weiter betreuen.',
    },
    {
      id: 'trennen',
      pattern: 'uns|wege ~4 @trennen',
      kind: 'act',
      hit: 'Dann müssen wir uns leider trennen.',
      miss: 'Dann trennen Sie den Müll.',
    },
    {
      id: 'preis-erhoehen',
      pattern: 'preis|preise|honorar|stundensatz|satz|pauschale ~4 @erhöhen|@anheben|@verdoppeln|@steigen',
      kind: 'act',
      hit: 'Dann wird das Honorar erhöht.',
      miss: 'Dann wird das Honorar überwiesen.',
    },
    {
      id: 'erhoehen-preis',
      pattern: '@erhöhen|@anheben|@verdoppeln ~4 preis|preise|honorar|stundensatz|satz|pauschale',
      kind: 'act',
      hit: 'Dann erhöhen wir den Preis um zehn Prozent.',
      miss: 'Dann senken wir den Preis um zehn Prozent.',
    },
    {
      id: 'zusammenarbeit-ueberdenken',
      pattern:
        'zusammenarbeit|mandat|vertrag|geschäftsbeziehung|position ~4 @überdenken|infrage|@hinterfragen|@überprüfen|neu+bewerten|neu+verhandeln|neu+aufstellen|auf+den+prüfstand',
      kind: 'act',
      hit: 'Dann müssen wir die Zusammenarbeit überdenken.',
      miss: 'Dann können wir die Zusammenarbeit ausbauen.',
    },
    {
      id: 'an-vorgesetzte-wenden',
      pattern:
        '@wenden|@eskalieren|@einschalten|@informieren|@gehen|@beschweren ~4 geschäftsführung|geschäftsleitung|vorgesetzt*|chef|chefin|vorstand|vorständin|inhaber|inhaberin|zentrale|kammer|aufsicht|aufsichtsbehörde|ombudsstelle|schlichtungsstelle|verbraucherzentrale',
      kind: 'act',
      hit: 'Dann wende ich mich an Ihre Geschäftsführung.',
      miss: 'Dann wende ich mich an Ihre Kollegin.',
    },
    {
      // „…, danach betrachten wir das Projekt als abgenommen“: die Schreiberin entscheidet an der Leserin vorbei.
      id: 'betrachten-als',
      // Das Verb steht vorn oder am Ende („… als abgenommen betrachten“): das Ergebnis allein trägt.
      pattern: 'als abgenommen|erledigt|storniert|gekündigt|abgelehnt|zurückgezogen|hinfällig|freigegeben|genehmigt',
      kind: 'act',
      hit: 'Kommt bis Freitag nichts, betrachten wir die Entwürfe als freigegeben.',
      miss: 'Kommt bis Freitag nichts, betrachten wir die Entwürfe gemeinsam.',
    },
    {
      // „Noch so eine Aktion, und ich nehme dich aus der Gruppe“: die Leserin fliegt raus.
      id: 'aus-der-gruppe',
      pattern:
        '@nehmen|@werfen|@streichen|@entfernen ~3 aus ~2 gruppe|kurs|liste|programm|verteiler|team|projekt|kartei|warteliste|kader',
      kind: 'act',
      hit: 'Noch eine Absage, und ich nehme dich aus dem Kurs.',
      miss: 'Noch ein Hinweis: ich nehme die Kekse aus der Dose.',
    },
    {
      // „Wenn du nicht mitziehst, weiß ich nicht, wofür wir das noch machen“: die Zusammenarbeit selbst steht in Frage.
      id: 'wofuer-noch',
      pattern: '@wissen ~1 <neg> ~1 , wofür|wozu|warum|weshalb wir|ich ~4 noch|überhaupt|weitermachen',
      kind: 'harm',
      hit: 'Wenn du nicht mitziehst, weiß ich nicht, wozu wir das überhaupt machen.',
      miss: 'Wenn du nicht mitziehst, sag mir einfach, warum wir das anders machen sollen.',
    },
    {
      // „…, kann ich für die Folgen nicht einstehen“: die Schreiberin zieht ihre Gewähr zurück.
      // Nicht „…, können wir die Umstellung nicht garantieren“: das ist eine Auskunft.
      id: 'nicht-einstehen',
      pattern: '<neg> (mehr|länger) @einstehen|@geradestehen',
      kind: 'harm',
      hit: 'Danach kann ich für die Folgen nicht mehr einstehen.',
      miss: 'Danach kann ich für die Folgen gern einstehen.',
    },
    {
      // „…, sonst können wir den Termin nicht halten“: was für die Leserin freigehalten war, geht ihr verloren.
      id: 'termin-nicht-halten',
      pattern:
        'den|die|das|=Ihren|=Ihre|=Ihr|deinen|deine|dein|euren|eure|euer ~0-1 termin|termine|platz|plätze|slot|transporter|team|kolonne|handwerker|monteur|raum|saal|tisch|preis|rabatt|angebot|starttermin|liefertermin|location|fotografen|fotografin ~0-4 <neg> (mehr|länger) halten|garantieren|freihalten|reservieren|zusagen|sichern|blocken|blockieren',
      kind: 'harm',
      hit: 'Unterschreiben Sie bis Freitag, sonst können wir den Termin nicht halten.',
      miss: 'Unterschreiben Sie bis Freitag, dann können wir den Termin sicher halten.',
    },
    {
      // „…, danach kann ich nichts mehr versprechen“: vage zurückgezogen, also Druck.
      id: 'nichts-versprechen',
      pattern: 'nichts (mehr) @garantieren|@versprechen|@zusagen',
      kind: 'harm',
      hit: 'Danach kann ich nichts mehr versprechen.',
      miss: 'Danach kann ich den Termin versprechen.',
    },
    {
      // „Die Mehrkosten tragen Sie“: die Kosten zuerst, die Leserin am Ende.
      id: 'kosten-tragen-sie',
      pattern:
        'kosten|mehrkosten|zusatzkosten|gebühr|gebühren|differenz|zuschläge @tragen|@übernehmen|@zahlen|@bezahlen (dann) =Sie|du|ihr',
      kind: 'harm',
      hit: 'Danach ist der Termin weg und die Mehrkosten tragen Sie.',
      miss: 'Danach ist der Termin weg und die Mehrkosten tragen wir.',
    },
    {
      // „…, und du kannst schauen, wann ich wieder Zeit habe“: die Leserin wartet dann auf die Schreiberin.
      id: 'schauen-wann-ich-wieder',
      pattern: '<reader> @können|@müssen|@dürfen (dann) (selbst) schauen|sehen|gucken , wann|ob ich|wir wieder',
      kind: 'harm',
      hit: 'Sonst fahre ich weiter und du kannst schauen, wann ich wieder Zeit habe.',
      miss: 'Sonst fahre ich weiter und melde mich, wann ich wieder Zeit habe.',
    },
    {
      // „…, danach kümmere ich mich nicht mehr darum“: die Schreiberin zieht sich zurück.
      id: 'nicht-mehr-kuemmern',
      pattern: '@kümmern (ich|wir) (mich|uns) nicht+mehr|nicht+länger|nicht+weiter',
      kind: 'harm',
      hit: 'Wenn bis Montag nichts kommt, kümmere ich mich nicht mehr darum.',
      miss: 'Wenn bis Montag alles da ist, kümmere ich mich sofort darum.',
    },
    {
      // „…, und ihr müsst selbst sehen, wie ihr klarkommt“: die Leserin bleibt allein zurück.
      id: 'selbst-sehen',
      pattern: '@müssen|@dürfen (ihr|du|=Sie) (dann) selbst|allein|alleine ~2 sehen|schauen|gucken , wie|wo',
      kind: 'harm',
      hit: 'Sonst müsst ihr selbst sehen, wie ihr die Abgabe schafft.',
      miss: 'Sonst müsst ihr kurz schauen, ob die Abgabe passt.',
    },
    {
      // Das Verb am Ende („…, werde ich mich sonst an die Kammer wenden“).
      id: 'an-kammer-wenden',
      pattern:
        'an|bei ~2 geschäftsführung|geschäftsleitung|vorgesetzt*|chef|chefin|vorstand|inhaber|inhaberin|zentrale|kammer|aufsicht|aufsichtsbehörde|ombudsstelle|schlichtungsstelle|verbraucherzentrale ~2 @wenden|@beschweren|@melden|@eskalieren|wenden|beschweren|melden',
      kind: 'act',
      hit: 'Sonst werde ich mich an die Kammer wenden.',
      miss: 'Sonst werde ich mich an die Kollegin wenden.',
    },
    {
      // Die Vorgesetzten der Leserin, gleich mit welchem Verb: „kläre ich das direkt mit Ihrem Geschäftsführer“.
      id: 'ihr-chef',
      pattern:
        '<yours> geschäftsführer|geschäftsführerin|geschäftsführung|geschäftsleitung|chef|chefin|vorgesetzt*|vorstand|inhaber|inhaberin|abteilungsleit*|teamleit*|praxisleitung|kanzleileitung',
      kind: 'act',
      hit: 'Wenn ich die Pläne bis Freitag nicht habe, bespreche ich das mit Ihrem Geschäftsführer.',
      miss: 'Wenn Sie die Pläne bis Freitag nicht haben, bespreche ich das mit Ihrer Kollegin.',
    },
    {
      // „…, sollten wir überlegen, ob wir überhaupt weitermachen“: die Zusammenarbeit steht zur Wahl.
      id: 'ob-wir-weitermachen',
      pattern:
        '@überlegen|@nachdenken|@prüfen|@fragen , ob|wie wir|ich ~3 weitermachen|weiterarbeiten|zusammenarbeiten|weiter+zusammenarbeiten|fortsetzen|fortführen|weiterführen',
      kind: 'act',
      hit: 'Wenn das so bleibt, müssen wir überlegen, ob wir überhaupt weitermachen.',
      miss: 'Wenn das so bleibt, überlegen wir, wann wir weitermachen.',
    },
    {
      id: 'gezwungen',
      pattern: 'gezwungen|genötigt|veranlasst',
      kind: 'harm',
      hit: 'Dann sehen wir uns gezwungen, zu handeln.',
      miss: 'Dann sehen wir uns bestätigt.',
    },
    {
      id: 'keine-wahl',
      pattern: 'keine|keinerlei (andere|anderen) wahl|alternative|ausweg|möglichkeit',
      kind: 'harm',
      hit: 'Dann bleibt uns keine andere Wahl.',
      miss: 'Dann bleibt Ihnen die Wahl.',
    },
    {
      id: 'nichts-anderes-uebrig',
      pattern: 'nichts+anderes|nichts+weiter übrig',
      kind: 'harm',
      hit: 'Dann bleibt uns nichts anderes übrig.',
      miss: 'Dann bleibt uns etwas Zeit übrig.',
    },
    {
      id: 'inkasso',
      pattern: 'inkasso*|mahnverfahren|mahnbescheid|gerichtlich*|klageweg|rechtsweg|strafanzeige',
      kind: 'harm',
      hit: 'Dann geht die Forderung ans Inkasso.',
      miss: 'Dann geht die Forderung an die Buchhaltung.',
    },
    {
      id: 'rechtliche-schritte',
      pattern: 'rechtliche|gerichtliche|juristische|anwaltliche schritte|maßnahmen|wege',
      kind: 'harm',
      hit: 'Dann leiten wir rechtliche Schritte ein.',
      miss: 'Dann planen wir die nächsten Schritte.',
    },
    {
      // „…, andernfalls müssen Sie die Konsequenzen tragen“, „sonst gibt es Ärger“.
      id: 'konsequenzen-tragen',
      pattern: 'konsequenzen|folgen ~0-1 tragen|zu+tragen|ausbaden',
      kind: 'harm',
      hit: 'Dann müssen Sie die Konsequenzen tragen.',
      miss: 'Dann müssen Sie die Kisten tragen.',
    },
    {
      id: 'gibt-es-aerger',
      pattern: 'gibt|setzt es (richtig|mächtig|gewaltig) ärger|krach|stress',
      kind: 'harm',
      hit: 'Sonst gibt es Ärger.',
      miss: 'Sonst gibt es Kuchen.',
    },
    {
      id: 'konsequenzen',
      pattern:
        'rechtliche|entsprechende|ernste|ernsthafte|weitere|andere|unangenehme|spürbare konsequenzen|folgen|@unterhalten+über+konsequenzen|@reden+über+konsequenzen|@sprechen+über+konsequenzen',
      kind: 'harm',
      hit: 'Das hat dann entsprechende Konsequenzen.',
      miss: 'Das hat dann gute Folgen.',
    },
    {
      id: 'auf-ihre-kosten',
      pattern:
        'auf|zu|zulasten <yours> (nächsten|nächste|eigenen|eigene) kappe|lasten|kosten|rechnung|risiko|verantwortung',
      kind: 'harm',
      hit: 'Das geht dann auf Ihre Kosten.',
      miss: 'Das geht dann auf unsere Kosten.',
    },
    {
      id: 'teuer',
      pattern: 'teuer|teurer|kostspielig',
      kind: 'harm',
      hit: 'Dann wird es teuer.',
      miss: 'Dann wird es günstig.',
    },
    {
      // Schweigen als Absage gedeutet: „gehe ich davon aus, dass Sie kein Interesse mehr haben“.
      id: 'kein-interesse-mehr',
      pattern: 'dass|daß <reader> ~3 kein|keinen interesse|bedarf',
      kind: 'harm',
      hit: 'Höre ich nichts, gehe ich davon aus, dass Sie kein Interesse mehr haben.',
      miss: 'Ich freue mich, dass Sie Interesse haben.',
    },
    {
      // Der Kontakt wird als Folge aufgekündigt: „…, brauchst du mich auch nicht mehr anzurufen“.
      id: 'brauchen-nicht-mehr-melden',
      pattern:
        '@brauchen ~0-4 nicht+mehr|gar+nicht+mehr|auch+nicht+mehr ~0-3 anzurufen|zu+melden|zu+kommen|wiederzukommen|zu+schreiben|vorbeizukommen|zu+buchen',
      kind: 'harm',
      hit: 'Wenn das bis Freitag nicht erledigt ist, brauchen Sie mich auch nicht mehr anzurufen.',
      miss: 'Wenn das bis Freitag erledigt ist, brauchen Sie mich gar nicht anzurufen.',
    },
    {
      // Das Ende der Zusammenarbeit als Folge: „ist unsere Zusammenarbeit beendet“, „war es das“.
      id: 'zusammenarbeit-beendet',
      pattern:
        'zusammenarbeit|mandat|vertrag|vertragsverhältnis|geschäftsbeziehung|auftrag ~3 beendet|vorbei|gekündigt|erledigt|hinfällig',
      kind: 'harm',
      hit: 'Sollte sich das wiederholen, ist unsere Zusammenarbeit beendet.',
      miss: 'Sollte sich das wiederholen, ist unsere Zusammenarbeit nicht berührt.',
    },
    {
      // „Ohne Zahlung keine weiteren Lieferungen“: the writer stops what the reader gets.
      id: 'keine-weiteren',
      pattern:
        'keine+weiteren|keine+weitere ~1 lieferungen|lieferung|leistungen|arbeiten|sitzungen|termine|behandlungen|aufträge|montage|freigabe',
      kind: 'harm',
      hit: 'Ohne Ihre Zahlung keine weiteren Lieferungen.',
      miss: 'Ohne Ihre Zahlung ist die Buchung unvollständig.',
    },
    {
      id: 'war-es-das',
      pattern: 'war+es+das|war+es+das+dann|ist+schluss|ist+es+vorbei',
      kind: 'harm',
      hit: 'Sonst war es das mit unserer Zusammenarbeit.',
      miss: 'Sonst war es ein schöner Abend.',
    },
    {
      // „… muss ich mir die Zusammenarbeit gut überlegen“: the writer weighs ending it.
      id: 'muss-mir-ueberlegen',
      pattern: '@müssen ~2 mir|uns ~4 @überlegen',
      kind: 'act',
      hit: 'Wenn das so weitergeht, muss ich mir das gut überlegen.',
      miss: 'Wenn das so weitergeht, freue ich mich.',
    },
    {
      // „… beauftragen wir einen anderen Betrieb“: the work goes to a competitor.
      id: 'anderer-betrieb',
      pattern:
        'einen|eine|ein anderen|andere|anderes betrieb|firma|handwerker|dienstleister|anbieter|büro|kanzlei|agentur|fotografen|installateur|elektriker|maler|gutachter|berater|partner|steuerberater',
      kind: 'act',
      hit: 'Dann beauftragen wir einen anderen Betrieb.',
      miss: 'Dann beauftragen wir den Betrieb erneut.',
    },
    {
      // „Andernfalls behalten wir uns vor, … zu stornieren“: the reservation of a sanction is one.
      id: 'vorbehalten',
      pattern: 'behalten|behalte ~2 uns|mir ~2 vor|vorbehalten',
      kind: 'act',
      hit: 'Andernfalls behalten wir uns vor, die Buchung zu stornieren.',
      miss: 'Andernfalls halten wir uns an den Plan.',
    },
    {
      id: 'jemand-anderen',
      pattern:
        'jemand+anderen|jemand+anders|jemand+anderes|einen+anderen+anbieter|einen+anderen+dienstleister|ein+anderes+büro|eine+andere+kanzlei|eine+andere+firma|eine+andere+agentur',
      kind: 'act',
      hit: 'Dann suche ich mir jemand anderen.',
      miss: 'Dann frage ich jemanden im Büro.',
    },
    {
      // Der Platz geht weiter, wer immer ihn vergibt: „…, oder der Termin geht an jemand anderen“.
      id: 'geht-an-jemand-anderen',
      pattern: '@gehen ~0-3 an jemand+anderen|jemand+anders|jemanden+anderen|die+warteliste',
      kind: 'harm',
      hit: 'Sonst geht der Platz an jemand anderen.',
      miss: 'Sonst geht der Brief an Ihre Adresse.',
    },
    {
      // Die Zusammenarbeit fallen gelassen: „…, oder wir lassen es“, „dann lassen wir es eben“.
      id: 'lassen-wir-es',
      pattern: '@lassen (wir|ich) es|das (eben|halt|einfach|dann|lieber|ganz) (sein|bleiben) $',
      kind: 'act',
      hit: 'Wenn Sie bis Montag nicht zahlen, lassen wir es eben.',
      miss: 'Wenn Sie nichts mehr ändern möchten, lassen wir es so.',
    },
    {
      id: 'draufzahlen',
      pattern: '@draufzahlen|@zahlen (du|ihr|=Sie) drauf',
      kind: 'harm',
      hit: 'Dann zahlst du drauf.',
      miss: 'Dann zahlst du weniger.',
    },
    {
      id: 'keine-haftung',
      pattern: 'keine|keinerlei haftung|verantwortung|gewähr|gewährleistung',
      kind: 'harm',
      hit: 'Dann übernehmen wir keine Haftung.',
      miss: 'Dann übernehmen wir die Haftung.',
    },
    {
      id: 'nicht-anfangen',
      pattern: 'fangen|fange|beginnen|beginne|starten|starte ~3 <neg>',
      kind: 'act',
      hit: 'Dann fangen wir gar nicht erst an.',
      miss: 'Dann fangen wir gleich an.',
    },
    {
      id: 'platz-weg',
      pattern:
        'platz|termin|slot|rabatt|angebot|reservierung|zimmer|tisch|anspruch|buchung|anzahlung|stand|messestand|plätze|tickets|stundung|ratenzahlung|ratenvereinbarung|kulanz|skonto|villa|location|wohnung|saal|halle|raum|räume|objekt|zeitfenster|kontingent|preis|sonderpreis|festpreis|aktionspreis|lieferplatz|produktionsplatz ~2 weg|futsch|verloren|verfallen|verfällt|hinfällig|ungültig|erloschen',
      kind: 'harm',
      hit: 'Dann ist der Platz weg.',
      miss: 'Dann ist der Platz frei.',
    },
    {
      id: 'verfaellt',
      pattern:
        'verfällt|verfallen|erlischt|erlöschen|entfällt ~3 angebot|rabatt|anspruch|termin|reservierung|platz|buchung|anzahlung|gutschein|skonto',
      kind: 'harm',
      hit: 'Dann verfällt das Angebot.',
      miss: 'Dann gilt das Angebot.',
    },
    {
      id: 'neue-preise',
      pattern: 'gelten|gilt ~2 neuen|höheren|vollen|regulären preise|preis|sätze|tarife|konditionen',
      kind: 'harm',
      hit: 'Dann gelten die neuen Preise.',
      miss: 'Dann gelten die alten Preise.',
    },
    {
      id: 'ohne-sie',
      // Über den Kopf der Leserin hinweg entscheiden: ohne ihre Belege, ohne Rücksprache.
      pattern: 'ohne <yours>|=Sie|dich|euch|weitere+rücksprache|rücksprache|ihr+okay|ihre+zustimmung|ihre+freigabe',
      kind: 'act',
      hit: 'Dann reiche ich die Erklärung ohne Ihre Belege ein.',
      miss: 'Dann reiche ich die Erklärung mit Ihren Belegen ein.',
    },
    {
      id: 'fall-abgeben',
      pattern: 'gebe|geben ~4 fall|mandat|akte|projekt|auftrag|sache|unterlagen|schlüssel ab|zurück',
      kind: 'act',
      hit: 'Dann gebe ich den Fall ab.',
      miss: 'Dann gebe ich den Fall frei.',
    },
    {
      // Verb-final: „…, werden wir den Montagetermin streichen“ (the verb after its object, compounds by their last noun).
      id: 'termin-streichen',
      pattern:
        'termin|termine|auftrag|rabatt|nachlass|buchung|reservierung|platz|plätze|kurs|stunde|stunden|option|kulanz|skonto|flug|tisch|zimmer|slot ~0-4 streichen|gestrichen|zu+streichen|absagen|abgesagt|stornieren|storniert|umbuchen|umgebucht|anderweitig+vergeben|anderweitig+vergeben+werden',
      kind: 'act',
      // „ohne Ersatztermin streichen wir Sie …“: the verb second, its object later (the entry 'streichen' reads that).
      unlessAfter: ['wir', 'ich'],
      hit: 'Sollte die Zahlung nicht eingehen, werden wir den Termin am Montag streichen.',
      miss: 'Sollte es regnen, werden wir die Fassade am Montag streichen.',
    },
    {
      // A service withdrawn: „…, kommen ab Montag keine Reinigungskräfte mehr“, „gibt es keine Termine mehr“.
      id: 'keine-leistung-mehr',
      pattern:
        'kein|keine|keinen ~0-2 termin|termine|lieferung|lieferungen|leistung|leistungen|kräfte|kraft|handwerker|monteure|mitarbeiter|unterstützung|betreuung|beratung|wartung|pflege|reinigung|stunden|sitzungen|behandlungen|updates|zugang|zugriff|fotos|bilder|dateien ~0-4 mehr',
      kind: 'harm',
      hit: 'Wenn das Geld bis Freitag nicht da ist, kommen ab Montag keine Handwerker mehr.',
      miss: 'Wenn das Geld bis Freitag da ist, kommen ab Montag wieder die Handwerker.',
    },
    {
      // „Solange das Geld nicht da ist, gibt es keine Galerie“: what the reader waits for is held back.
      id: 'gibt-es-kein',
      pattern:
        "gibt+es|gibt's|gäbe+es|bekommen+sie|bekommst+du|bekommt+ihr|erhalten+sie|erhältst+du|erhaltet+ihr kein|keine|keinen ~0-1 galerie|fotos|bilder|dateien|lieferung|montage|übergabe|schlüssel|freigabe|zugang|zugriff|website|druck|druckfreigabe|auslieferung|abnahme|bescheinigung|zertifikat|unterlagen|endabnahme|rohdaten",
      kind: 'harm',
      hit: 'Solange die Rechnung nicht bezahlt ist, gibt es keine Übergabe.',
      miss: 'Solange die Rechnung nicht bezahlt ist, gibt es Zinsen auf dem Konto.',
    },
    {
      // „Änderungen danach werden vollständig neu berechnet“: jede weitere Bitte kostet.
      id: 'aenderungen-berechnet',
      pattern:
        'änderungen|nachträge|zusatzwünsche|mehraufwand|korrekturen|anpassungen|umbuchungen ~0-4 berechnet|abgerechnet|in+rechnung+gestellt|kostenpflichtig',
      kind: 'harm',
      hit: 'Falls wir bis dahin nichts hören, geben wir das Schild in Produktion; Änderungen danach werden neu berechnet.',
      miss: 'Falls wir bis dahin nichts hören, rufe ich Sie an; Änderungen sind bis Freitag kostenlos.',
    },
    {
      // „…, kommen wir nur noch gegen Barzahlung“: die Leistung nur noch zu härteren Bedingungen.
      id: 'nur-gegen-vorkasse',
      pattern:
        'nur+gegen|nur+noch+gegen|ausschließlich+gegen vorkasse|vorauskasse|barzahlung|vorauszahlung|sofortzahlung',
      kind: 'harm',
      hit: 'Solange die Rechnung offen ist, kommen wir nur noch gegen Barzahlung.',
      miss: 'Solange die Rechnung offen ist, schicken wir keine Mahnung.',
    },
    {
      id: 'termin-absagen',
      pattern: 'sage|sagen ~4 termin|sitzung|auftrag|buchung|lieferung|training|workshop|kurs|behandlung ab',
      kind: 'act',
      hit: 'Dann sage ich den Termin ab.',
      miss: 'Dann sage ich den Termin zu.',
    },
    {
      id: 'ausfall-berechnen',
      pattern: '@berechnen|@abrechnen ~3 stunde|stunden|termin|sitzung|ausfall|anfahrt|wartezeit|standzeit|standzeiten',
      kind: 'act',
      hit: 'Dann berechne ich die Stunde.',
      miss: 'Dann berechne ich die Steuer.',
    },
    {
      id: 'an-andere-kunden',
      pattern:
        'andere|anderen|anderer|nächsten|nächste ~1 kunden|kunde|kundin|interessenten|interessent|mandanten|bewerber|teilnehmer|patienten|gast|gäste|paare|käufer|käuferin|abnehmer|gruppe|firma|familie|veranstalter|projekt',
      kind: 'act',
      hit: 'Dann gebe ich den Slot an einen anderen Kunden.',
      miss: 'Dann gebe ich den Slot an Ihre Kollegin.',
    },
    {
      // „…, geht der Platz an die nächste Familie“: was der Leserin zugesagt war, geht an andere.
      id: 'geht-an-andere',
      pattern:
        '@gehen ~0-3 an einen|eine|die|den nächsten|nächste|anderen|andere kunden|kunde|kundin|familie|gruppe|interessenten|bewerber|teilnehmer|gast|paar|mieter',
      kind: 'harm',
      hit: 'Sonst geht der Termin an die nächste Familie auf der Warteliste.',
      miss: 'Sonst geht die Rechnung an die nächste Adresse.',
    },
    {
      id: 'keinen-finger',
      pattern: 'keinen+finger|keinen+handschlag|keinen+strich',
      kind: 'act',
      hit: 'Dann rühren wir keinen Finger mehr.',
      miss: 'Dann rühren wir die Farbe an.',
    },
    {
      id: 'arbeiten-ruhen',
      pattern: 'ruhen|pausieren|stehen+still ~3 arbeiten|leistungen|bauarbeiten|baustelle|projekt',
      kind: 'harm',
      hit: 'Dann ruhen sämtliche Arbeiten.',
      miss: 'Dann laufen sämtliche Arbeiten.',
    },
    {
      id: 'gebuehr-faellt-an',
      pattern:
        'fällt|fallen ~2 gebühr|gebühren|strafe|vertragsstrafe|pauschale|zuschlag|säumniszuschlag|verzugszinsen|zinsen|bearbeitungsgebühr',
      kind: 'harm',
      hit: 'Dann fällt eine Gebühr an.',
      miss: 'Dann fällt eine Entscheidung.',
    },
    {
      // Die Kosten landen bei der Leserin, wer auch immer sie verursacht („die Mehrkosten gehen an dich“).
      id: 'kosten-gehen-an',
      pattern: 'kosten|mehrkosten|zusatzkosten|gebühren|rechnung ~2 gehen|geht an|auf =Sie|dich|euch|<yours>',
      kind: 'harm',
      hit: 'Sonst verschiebt sich alles, und die Mehrkosten gehen an Sie.',
      miss: 'Die Kosten gehen an die Versicherung.',
    },
    {
      id: 'haftung-ablehnen',
      pattern: 'jede|jegliche haftung|verantwortung|gewähr|gewährleistung',
      kind: 'harm',
      hit: 'Ansonsten lehnen wir jede Haftung für Folgeschäden ab.',
      miss: 'Ansonsten übernehmen wir die Gewähr wie vereinbart.',
    },
    {
      // Über den Kopf der Leserin hinweg einreichen: ohne ihre Angaben, ohne ihre Belege.
      id: 'ohne-ihre-angaben',
      pattern: 'ohne ~1 angaben|belege|unterlagen|nachweise|posten|daten|abzüge|werbungskosten|zahlen',
      kind: 'act',
      hit: 'Andernfalls reichen wir die Erklärung ohne diese Belege ein.',
      miss: 'Andernfalls reichen wir die Erklärung mit allen Belegen ein.',
    },
    {
      id: 'antrag-zurueckziehen',
      pattern:
        'antrag|bauantrag|angebot|zusage|bewerbung|empfehlung|anmeldung|reservierung ~4 @zurückziehen|zurückzuziehen|zurück',
      kind: 'act',
      hit: 'Sonst müssen wir den Bauantrag zurückziehen.',
      miss: 'Sonst müssen wir den Bauantrag einreichen.',
    },
    {
      id: 'an-zentrale-eskalieren',
      pattern:
        'geschäftsführung|geschäftsleitung|vorgesetzt*|chef|chefin|vorstand|zentrale|kammer|aufsicht|rechtsabteilung|schlichtungsstelle|ombudsstelle|inkassobüro ~2 @eskalieren|@weiterleiten|@weitergeben|weiterzugeben|weiterzuleiten|@übergeben|@melden|@beschweren',
      kind: 'act',
      hit: 'Dann werde ich das an Ihre Zentrale eskalieren.',
      miss: 'Dann werde ich das an Ihre Zentrale schicken.',
    },
    {
      // „arbeiten wir nicht weiter“ is read as the separable verb „weiterarbeiten“.
      id: 'weiterarbeiten-nicht',
      pattern: '@weiterarbeiten|@weitermachen|@weiterplanen|@weiterbauen|@fortfahren ~2 <neg>',
      kind: 'act',
      hit: 'Dann arbeiten wir nicht weiter.',
      miss: 'Dann arbeiten wir gleich weiter.',
    },
    {
      id: 'nicht-weiterarbeiten',
      pattern: '@arbeiten|@machen|@planen|@liefern|@bauen ~2 nicht+weiter|nicht+mehr|keinen+schritt',
      kind: 'act',
      hit: 'Dann arbeiten wir nicht weiter an Ihrem Projekt.',
      miss: 'Dann arbeiten wir weiter an Ihrem Projekt.',
    },
    {
      id: 'gebuehr-faellig',
      pattern: 'gebühr|gebühren|honorar|ausfallhonorar|summe|betrag|vertragsstrafe|pauschale|stunde ~2 fällig|erhoben',
      kind: 'harm',
      hit: 'Dann wird die volle Gebühr fällig.',
      miss: 'Dann wird die volle Gebühr erstattet.',
    },
    {
      id: 'gilt-als-abgelehnt',
      pattern: 'gilt|gelten ~4 als abgelehnt|storniert|gekündigt|zurückgezogen|hinfällig|erledigt|verfallen',
      kind: 'harm',
      hit: 'Dann gilt das Angebot als abgelehnt.',
      miss: 'Dann gilt das Angebot als angenommen.',
    },
    {
      id: 'ausschliessen',
      pattern: '@ausschließen|schließen|schliessen ~5 aus',
      kind: 'act',
      hit: 'Dann schließen wir Sie aus dem Kurs aus.',
      miss: 'Dann schließen wir das Büro ab.',
    },
    {
      id: 'sie-tragen-die-kosten',
      pattern:
        '@tragen|@übernehmen|@zahlen|@bezahlen =Sie|du|ihr ~2 kosten|mehrkosten|gebühr|gebühren|differenz|miete|tagesmiete|anfahrt|ausfallgebühr|stornogebühr',
      kind: 'harm',
      hit: 'Dann tragen Sie die Kosten.',
      miss: 'Dann tragen wir die Kosten.',
    },
    {
      id: 'und-sie-tragen',
      pattern:
        '=Sie|du|ihr @tragen|@übernehmen|@zahlen|@bezahlen ~2 kosten|mehrkosten|zusatzkosten|nachzahlung|gebühr|gebühren|differenz|miete|tagesmiete|anfahrt|ausfallgebühr|stornogebühr|aufpreis|säumniszuschlag|zinsen',
      kind: 'harm',
      hit: 'Dann verfällt der Termin und Sie tragen die Kosten.',
      miss: 'Dann verfällt der Termin und wir tragen die Kosten.',
    },
    {
      // Das Vorhaben ist für die Schreiberin gestorben: „ist der Launch für mich erledigt“, „ist das vom Tisch“.
      id: 'fuer-mich-erledigt',
      pattern: 'für+mich|für+uns|für+unser+büro erledigt|gestorben|abgehakt|vom+tisch|durch|gegessen',
      kind: 'harm',
      hit: 'Kommt das heute wieder nicht, ist der Termin für mich erledigt.',
      miss: 'Kommt das heute, ist der Termin für mich bestätigt.',
    },
    {
      // Die Zusammenarbeit verliert für die Schreiberin ihren Sinn: „sehe ich wenig Sinn darin, weiterzumachen“.
      id: 'kein-sinn-weiter',
      pattern:
        'keinen|wenig|kaum|nicht+viel sinn ~5 zusammenarbeit|weiter*|fortzusetzen|fortzuführen|coaching|sitzungen|termine|mandat|projekt|gespräche|beratung|behandlung|therapie',
      kind: 'harm',
      hit: 'Wenn das so weitergeht, sehe ich wenig Sinn darin, die Zusammenarbeit fortzusetzen.',
      miss: 'Wenn es regnet, hat es wenig Sinn, heute zu streichen.',
    },
    {
      // „… brauchen wir über eine Verlängerung gar nicht erst zu reden“: das Gespräch wird verweigert.
      id: 'gar-nicht-erst-reden',
      pattern: 'gar+nicht+erst|erst+gar+nicht ~2 @reden|@sprechen|@diskutieren|zu+reden|zu+sprechen|zu+diskutieren',
      kind: 'harm',
      hit: 'Sonst brauchen wir über eine Verlängerung gar nicht erst zu reden.',
      miss: 'Sonst reden wir nächste Woche über eine Verlängerung.',
    },
    {
      // Die Schreiberin lässt die Frist der Leserin verstreichen: „lasse ich die Frist einfach laufen“.
      id: 'frist-laufen-lassen',
      pattern:
        '@lassen ~3 frist|termin|antrag|einspruchsfrist|abgabefrist ~2 laufen|verstreichen|platzen|verfallen|auslaufen',
      kind: 'act',
      hit: 'Fehlen die Belege am Montag, lasse ich die Frist einfach laufen.',
      miss: 'Fehlen die Belege am Montag, beantrage ich eine Verlängerung der Frist.',
    },
    {
      // „… oder die Baustelle bleibt zu“: was die Leserin braucht, bleibt verschlossen.
      id: 'bleibt-zu',
      pattern: 'bleibt|bleiben geschlossen|zu|gesperrt|gestoppt|eingefroren|liegen',
      kind: 'harm',
      hit: 'Entweder die Rechnung ist bis Freitag bezahlt, oder die Baustelle bleibt zu.',
      miss: 'Entweder die Rechnung ist bis Freitag bezahlt, oder die Baustelle bleibt offen.',
    },
    {
      id: 'auf-unbestimmte-zeit',
      pattern: 'auf+unbestimmte+zeit|bis+auf+weiteres',
      kind: 'harm',
      hit: 'Hab ich die Daten nicht, verschiebe ich den Start auf unbestimmte Zeit.',
      miss: 'Hab ich die Daten, starte ich sofort.',
    },
    {
      // „… müssen Sie sich einen anderen Steuerberater suchen“: the writer drops the reader.
      id: 'anderen-berater-suchen',
      pattern:
        'sich|dir|euch ~1 anderen|andere|anderes|neuen|neue|neues berater|beraterin|steuerberater|steuerberaterin|anwalt|anwältin|kanzlei|büro|agentur|dienstleister|handwerker|betrieb|coach|therapeuten|therapeutin|praxis|arzt|ärztin|architekten|architektin|firma|partner @suchen',
      kind: 'harm',
      hit: 'Ansonsten müssen Sie sich einen anderen Steuerberater suchen.',
      miss: 'Ansonsten können Sie sich einen anderen Termin suchen.',
    },
    {
      // „verliert die Stunde“, „zahlt sie voll“: the reader loses what was booked or pays all of it.
      id: 'verliert-stunde',
      pattern: '@verlieren ~2 stunde|termin|platz|anspruch|anzahlung|rabatt|sitzung|slot|reservierung',
      kind: 'harm',
      hit: 'Wer zu spät kommt, verliert die Stunde.',
      miss: 'Wer zu spät kommt, verliert keine Zeit, wir fangen pünktlich an.',
    },
    {
      id: 'an-anwalt-gehen',
      pattern:
        'an|zum|zur|ans|ins ~2 anwalt|anwältin|rechtsanwalt|rechtsabteilung|gericht|inkasso* ~1 @gehen|@landen|@geben|@übergeben|weiterzugeben',
      kind: 'harm',
      hit: 'Bitte beachten Sie, dass bei weiterem Zahlungsverzug die Forderung an unseren Anwalt geht.',
      miss: 'Bitte beachten Sie, dass bei weiterem Zahlungsverzug die Forderung an unsere Buchhaltung geht.',
    },
    {
      id: 'zurueckhalten',
      pattern: '@zurückhalten|zurückzuhalten|@zurückbehalten|zurückzubehalten',
      kind: 'act',
      hit: 'Bis die offene Summe beglichen ist, halten wir die restlichen Pläne zurück.',
      miss: 'Bis die offene Summe beglichen ist, schicken wir die restlichen Pläne.',
    },
    {
      id: 'konsequenzen-ziehen',
      pattern: '@ziehen ~2 konsequenzen',
      kind: 'act',
      hit: 'Wenn sich bis Monatsende nichts tut, ziehe ich Konsequenzen.',
      miss: 'Wenn sich bis Monatsende nichts tut, ziehe ich ein Fazit.',
    },
    {
      id: 'konsequenzen-ziehen-am-ende',
      pattern: 'konsequenzen ~1 @ziehen',
      kind: 'act',
      hit: 'Wenn sich nichts tut, werde ich Konsequenzen ziehen.',
      miss: 'Wenn sich nichts tut, werde ich ein Fazit ziehen.',
    },
    {
      // „… entscheiden wir auf Grundlage der uns vorliegenden Informationen“: über den Kopf der Leserin hinweg.
      id: 'auf-grundlage-vorliegender',
      pattern: 'auf+grundlage|auf+basis|anhand ~2 vorliegenden|uns+vorliegenden|bekannten|eigenen|verfügbaren',
      kind: 'act',
      hit: 'Erhalten wir die Unterlagen nicht, entscheiden wir auf Grundlage der uns vorliegenden Informationen.',
      miss: 'Erhalten wir die Unterlagen, entscheiden wir gemeinsam mit Ihnen.',
    },
    {
      id: 'fertig-miteinander',
      pattern: 'fertig+miteinander|geschiedene+leute',
      kind: 'harm',
      hit: 'Passiert das noch einmal, sind wir fertig miteinander.',
      miss: 'Passiert das nicht, sind wir früher fertig.',
    },
    {
      id: 'anfahrt-berechnet',
      pattern: 'anfahrt|stunde|termin|sitzung|ausfall|wartezeit|leerfahrt ~2 @berechnen|berechnet',
      kind: 'act',
      hit: 'Ist niemand da, wird Ihnen die Anfahrt berechnet.',
      miss: 'Ist niemand da, wird Ihnen die Anfahrt erstattet.',
    },
    {
      id: 'steigen-preise',
      pattern: '@steigen|@erhöhen+sich ~2 preis|preise|honorar|stundensatz|sätze',
      kind: 'harm',
      hit: 'Das Angebot gilt bis Freitag, danach steigen die Preise.',
      miss: 'Das Angebot gilt bis Freitag, danach sinken die Preise.',
    },
    {
      id: 'fuehrt-zur-streichung',
      pattern:
        '@führen zu|zur|zum ~1 streichung|kündigung|ausschluss|sperrung|beendigung|abbruch|entfernung|mahnverfahren',
      kind: 'harm',
      hit: 'Wiederholtes Nichterscheinen führt zur Streichung aus der Liste.',
      miss: 'Wiederholtes Nichterscheinen führt zu Rückfragen unserer Praxis.',
    },
    {
      // „… geht der Slot an den nächsten Kunden“: what the reader booked moves on, whoever hands it over.
      id: 'geht-an-naechsten-kunden',
      pattern:
        '@gehen ~3 an|zum ~2 nächsten|andere|anderen|anderer kunden|kunde|kundin|interessenten|mandanten|patienten|teilnehmer|gast|paare|warteliste',
      kind: 'harm',
      hit: 'Gib mir bis Mittwoch Bescheid, sonst geht der Slot an den nächsten Kunden.',
      miss: 'Sag kurz Bescheid, dann geht die Rechnung an eure Buchhaltung.',
    },
    {
      // „… bin ich raus“: the writer leaves the job.
      id: 'bin-raus',
      pattern: 'bin+ich+raus|ich+bin+raus|sind+wir+raus|wir+sind+raus|bin+ich+weg|sind+wir+weg',
      unlessAfter: ['aus', 'am', 'ab', 'bis', 'im', 'in', 'über', 'für', 'zum', 'zur'],
      kind: 'harm',
      hit: 'Noch so eine Aktion, und ich bin raus.',
      miss: 'Am Freitag bin ich raus aus dem Büro, ab Montag wieder da.',
    },
    {
      // „… sehe ich mich nicht in der Lage, weiterzuarbeiten“: the work stops, said as inability.
      id: 'nicht-in-der-lage-weiter',
      pattern:
        'nicht+in+der+lage|nicht+mehr+in+der+lage ~3 weiterzuarbeiten|weiterzumachen|fortzufahren|fortzusetzen|weiter|tätig',
      kind: 'harm',
      hit: 'Dann sehe ich mich nicht in der Lage, weiterzuarbeiten.',
      miss: 'Dann sehe ich mich in der Lage, weiterzuarbeiten.',
    },
    {
      // „… geht die Sache an unsere Rechtsabteilung“: the claim moves on to lawyers, whoever sends it.
      id: 'geht-an-anwalt',
      pattern:
        '@gehen|@landen ~3 an|zum|zur|beim|ans|ins ~2 anwalt|anwältin|rechtsanwalt|rechtsanwältin|rechtsabteilung|gericht|inkasso*|mahnverfahren',
      kind: 'harm',
      hit: 'Hören wir bis zum 15. nichts, geht die Sache an unsere Rechtsabteilung.',
      miss: 'Hören wir bis zum 15. nichts, geht die Sache an unsere Buchhaltung.',
    },
    {
      // Der Schreiber steigt aus oder hört auf: „steige ich aus dem Projekt aus“, „höre ich mit der Betreuung auf“.
      id: 'aussteigen-aufhoeren',
      pattern: '@aussteigen|auszusteigen|@aufhören|aufzuhören',
      kind: 'act',
      hit: 'Dann steigen wir aus dem Umbau aus.',
      miss: 'Dann steigen wir in den Umbau ein.',
    },
    {
      // Die Vereinbarung wird aufgelöst: „lösen wir den Vertrag auf“.
      id: 'vertrag-aufloesen',
      pattern:
        '@auflösen|aufzulösen|aufgelöst ~0-4 vertrag|vereinbarung|zusammenarbeit|auftrag|mandat|mitgliedschaft|abo|abonnement',
      kind: 'act',
      hit: 'Dann lösen wir die Vereinbarung auf.',
      miss: 'Dann lösen wir die Frage gemeinsam.',
    },
    {
      // Die Arbeit ruht auf Geheiß des Schreibers: stilllegen, pausieren, einfrieren.
      id: 'stilllegen-einfrieren',
      pattern:
        '@stilllegen|stillzulegen|stillgelegt|@pausieren|pausieren|pausiere|zu+pausieren|pausiert|@einfrieren|einzufrieren|eingefroren',
      kind: 'act',
      hit: 'Dann frieren wir die Kampagne ein.',
      miss: 'Dann starten wir die Kampagne neu.',
    },
    {
      // „legen wir die Baustelle still“: das getrennte Verb, Schreiber als Subjekt.
      id: 'legen-still',
      pattern: 'legen|lege wir|ich ~1-4 still',
      kind: 'act',
      hit: 'Dann legen wir die Baustelle still.',
      miss: 'Dann legen wir die Baustelle an.',
    },
    {
      // Die Leserin fliegt von der Liste: „müssen wir dich von der Liste nehmen“.
      id: 'von-der-liste-nehmen',
      pattern:
        'von (der|unserer|meiner) liste|warteliste|kartei|patientenliste|teilnehmerliste ~0-2 @nehmen|@streichen|zu+nehmen|genommen|gestrichen',
      kind: 'act',
      hit: 'Dann müssen wir Sie von der Warteliste nehmen.',
      miss: 'Dann nehmen wir Sie auf die Warteliste.',
    },
    {
      // Was ausfällt, wird der Leserin berechnet: „stellen wir Ihnen den Termin in Rechnung“ (eine Regel für alle, „abgesagte Stunden stellen wir in Rechnung“, nennt niemanden).
      id: 'in-rechnung-stellen',
      pattern: '=Ihnen|dir|euch ~0-4 in+rechnung @stellen|zu+stellen|gestellt',
      kind: 'act',
      hit: 'Dann werden wir Ihnen die Stunde in Rechnung stellen.',
      miss: 'Dann stellen wir Ihnen die Stunde vor.',
    },
    {
      // Dasselbe mit dem Verb vorn: „stellen wir Ihnen die Sitzung in Rechnung“.
      id: 'stellen-in-rechnung',
      pattern: 'stellen|stelle wir|ich =Ihnen|dir|euch ~0-4 in+rechnung',
      kind: 'act',
      hit: 'Dann stellen wir dir die Stunde in Rechnung.',
      miss: 'Dann stellen wir dir die Stunde in Aussicht.',
    },
  ],
  wishes: [
    {
      id: 'wunsch',
      // The verb only, in lower case: „alle weiteren Wünsche“ is a noun, not the reader's wish.
      pattern:
        '<reader> ~5 @möchten|=wünschen|=wünscht|=wünschst|=wünschte|=wünschten|=gewünscht|@wollen|@brauchen|@benötigen|@mögen|@bevorzugen',
      hit: 'Falls Sie den Platz nicht mehr brauchen, sagen Sie es.',
      miss: 'Falls Sie den Platz nicht räumen, sagen wir es.',
    },
    {
      id: 'zufrieden',
      pattern:
        'zufrieden|@gefallen|@passen|lieber|fragen|@klappen|@schaffen|lust|erreichbar|verfügbar|urlaub|verhindert|krank|können|kannst|könnt',
      hit: 'Falls der Termin nicht passt, sagen Sie es.',
      miss: 'Falls der Termin nicht stattfindet, sagen wir es.',
    },
    {
      id: 'widersprechen',
      pattern: '@widersprechen|widerspruch|einwände|einwand|anders+lautende',
      hit: 'Wenn Sie nicht widersprechen, schließen wir das Ticket.',
      miss: 'Wenn Sie nicht zahlen, schließen wir das Konto.',
    },
  ],
  lawful: [
    {
      // Eine gesetzliche Pflicht der Schreiberin, mit ihrer Quelle: Information, keine Drohung.
      id: 'gesetzlich',
      pattern:
        'gesetzlich+verpflichtet|von+gesetzes+wegen|laut+gesetz|gesetzlich+vorgeschrieben|gesetzliche+pflicht|schreibt+das+gesetz+vor|rechtlich+verpflichtet',
      hit: 'Dann sind wir gesetzlich verpflichtet, die Behörde zu informieren.',
      miss: 'Dann sind wir gezwungen, die Behörde zu informieren.',
    },
    {
      // Was das Finanzamt oder eine Behörde nach ihren Regeln tut: „Ist die Erklärung zu spät, setzt das Finanzamt einen Verspätungszuschlag fest“.
      id: 'behoerde-handelt',
      pattern:
        'setzt|setzen|erhebt|erheben|verlangt|verlangen|berechnet|berechnen|lehnt|lehnen|verhängt|verhängen|fordert|fordern ~0-3 das+finanzamt|die+familienkasse|die+ausländerbehörde|das+grundbuchamt|die+zulassungsstelle|die+krankenkasse',
      hit: 'Ist die Erklärung zu spät, setzt das Finanzamt einen Verspätungszuschlag fest.',
      miss: 'Ist die Erklärung zu spät, setzen wir einen Verspätungszuschlag fest.',
    },
  ],
  favours: [
    {
      id: 'gern',
      pattern:
        'kostenlos|kostenfrei|gebührenfrei|unentgeltlich|gratis|gern|gerne|selbstverständlich|natürlich|wie+besprochen|wie+vereinbart|wie+abgesprochen|wie+geplant|wie+vorgesehen|planmäßig|für+sie|für+dich',
      hit: 'Dann stornieren wir kostenlos.',
      miss: 'Dann stornieren wir.',
    },
    {
      id: 'wir-uebernehmen',
      pattern: '@übernehmen wir|ich die|den|das|alle|sämtliche|gern|gerne|selbstverständlich',
      hit: 'Dann übernehmen wir die Mehrkosten.',
      miss: 'Dann übernehmen wir keine Haftung.',
    },
    {
      id: 'nur-koennen',
      // „können wir nur schätzen“: a limit the writer names, not a punishment.
      pattern: 'können|kann ~2 nur|lediglich|leider+nur',
      hit: 'Dann können wir nur schätzen.',
      miss: 'Dann schätzen wir.',
    },
  ],
  others: [
    {
      id: 'ihm',
      pattern: 'ihm|ihn|=ihnen|beim|bei+dem|bei+der|seine|seinen|seinem|seiner|=ihren|=ihrem|=ihrer',
      hit: 'Dann kündigen wir ihm.',
      miss: 'Dann kündigen wir Ihnen.',
    },
    {
      id: 'lieferant',
      pattern:
        'lieferant*|händler*|hersteller*|spedition|paketdienst|subunternehmer*|handwerker*|fluggesellschaft|airline|hotel|bank|versicherung|behörde|amt|stadt|gemeinde|finanzamt|wetter|gericht|genehmigung|baugenehmigung|ersatzteil*|material',
      hit: 'Dann stornieren wir die Bestellung beim Lieferanten.',
      miss: 'Dann stornieren wir Ihre Bestellung.',
    },
  ],
  demands: [
    {
      id: 'ich-erwarte-bis',
      pattern: '<self> @erwarten ~6 bis|spätestens|binnen|innerhalb',
      hit: 'Ich erwarte die Unterschrift bis Montag.',
      miss: 'Ich erwarte gespannt Ihre Ideen.',
    },
  ],
  finals: [
    {
      id: 'letztmalig',
      pattern: 'letztmalig|letztmals|letzte+mahnung|letzte+erinnerung|letzte+aufforderung|letzte+zahlungserinnerung',
      hit: 'Wir erinnern Sie letztmalig an die Rechnung.',
      miss: 'Wir erinnern Sie gern an die Rechnung.',
    },
  ],
  unreal: [
    {
      id: 'haetten',
      pattern: 'hätte|hätten|hättest|hättet|wäre|wären|musste|mussten|wurde|wurden',
      hit: 'Dann hätten wir kündigen müssen.',
      miss: 'Dann werden wir kündigen müssen.',
    },
    {
      // A consequence in the subjunctive, with regret: what would follow, stated as information.
      id: 'muesste-leider',
      pattern: 'müsste|müssten|müsstest|müsstet|würde|würden|würdest|würdet|könnte|könnten ~3 leider',
      hit: 'Andernfalls müssten wir die Planung leider einstellen.',
      miss: 'Andernfalls müssen wir die Planung einstellen.',
    },
  ],
  agents: ['ich', 'wir', 'wird', 'werden', 'würde', 'würden'],
  notVerbs: [
    // "Kommen Sie bis Donnerstag, 12 Uhr, nicht vorbei, …": a time set off by commas; the clause goes on after it.
    'nicht',
    'kein',
    'keine',
    'spätestens',
    'da',
    'weil',
    'obwohl',
    'nachdem',
    'um',
    'als',
    'seit',
    'seitdem',
    'während',
    'damit',
    'bevor',
    'ehe',
    'dass',
    'ob',
    'wie',
    'zwar',
    'auch',
    'sobald',
    'nun',
    'also',
    'so',
    'dann',
    'und',
    'aber',
    'oder',
    'der',
    'die',
    'das',
    'den',
    'dem',
    'ein',
    'eine',
    'einen',
    'ich',
    'wir',
    'sie',
    'es',
    'er',
    'man',
    'uns',
    'mir',
    'ihnen',
    'dir',
    'euch',
    'dies',
    'diese',
    'dieser',
    'hier',
    'heute',
    'morgen',
    'jetzt',
    'leider',
    'bitte',
    'danke',
    'gerne',
    'gern',
    'natürlich',
    // Prepositions open a phrase, not a verb-first condition („Bei einem weiteren Fehlen …“).
    'bei',
    'beim',
    'mit',
    'für',
    'nach',
    'vor',
    'ab',
    'bis',
    'in',
    'im',
    'am',
    'an',
    'auf',
    'aus',
    'von',
    'vom',
    'zu',
    'zum',
    'zur',
    'ohne',
    'trotz',
    'wegen',
    'seit',
  ],
};
