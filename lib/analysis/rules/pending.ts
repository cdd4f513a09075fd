// Signs that something is pending on the reader's side or must happen soon,
// said without asking for it: "Das eilt etwas.", "Das müssten wir irgendwann
// mal besprechen.", "The signature is still outstanding."; a choice left with
// the reader ("Die Entscheidung liegt bei Ihnen", "there are a few ways"), a
// problem that persists or blocks the work, a price they must accept. A mail that says so
// and asks for nothing leaves the reader unsure what to do (unclear-ask); a
// mail without them (a status note, a thank-you) needs no ask at all.
// Each entry: a sentence it must find and one it must not
// (tests/lib/analysis/rules/frames.test.ts). Pattern syntax: ../pattern.ts.
import type { FrameBook } from './frames';

export const PENDING_FRAMES: FrameBook = {
  de: [
    {
      id: 'eilt',
      pattern: 'eilt|drängt|pressiert',
      // "Es eilt nicht", "Es eilt nichts": the opposite.
      unlessAfter: ['nicht', 'nichts', 'keineswegs', 'überhaupt'],
      hit: 'Die Sache mit dem Gerüst eilt inzwischen ein wenig.',
      miss: 'Die Sache mit dem Gerüst ist inzwischen erledigt.',
    },
    {
      id: 'ist-dringend',
      pattern:
        'ist|wird|wäre (jetzt|inzwischen|langsam|mittlerweile|allmählich|nun) (ziemlich|sehr|recht|etwas|schon|relativ|wirklich|durchaus|ein+bisschen|ein+wenig) dringend|eilig|zeitkritisch',
      hit: 'Die Entscheidung über die Fenster wird langsam dringend.',
      miss: 'Die Entscheidung über die Fenster ist gefallen.',
    },
    {
      id: 'muessten-besprechen',
      pattern:
        'müssten|sollten|müsste|sollte|müssen <self> ~6 besprechen|klären|anschauen|ansehen|durchgehen|reden|sprechen|überlegen|unterhalten|abstimmen|angehen|zusammensetzen|telefonieren|lösung|schauen|entscheiden',
      hit: 'Die Kostenfrage müssten wir bei Gelegenheit noch klären.',
      miss: 'Die Kostenfrage haben wir letzte Woche geklärt.',
    },
    {
      id: 'wir-muessten-besprechen',
      pattern:
        '<self> müssten|sollten|müsste|sollte|müssen ~6 besprechen|klären|anschauen|ansehen|durchgehen|reden|sprechen|überlegen|unterhalten|abstimmen|angehen|zusammensetzen|telefonieren|lösung|schauen|entscheiden',
      hit: 'Wir müssten wohl noch einmal überlegen, wie wir weitermachen.',
      miss: 'Wir haben noch einmal überlegt, wie wir weitermachen.',
    },
    {
      id: 'irgendwann-mal',
      pattern:
        'irgendwann|gelegentlich|bei+gelegenheit (mal|noch|einmal) (zusammen|gemeinsam) besprechen|klären|anschauen|ansehen|reden|treffen|zusammensetzen|durchgehen|angehen|unterhalten|telefonieren|abstimmen|sprechen',
      hit: 'Das Angebot sollten wir uns irgendwann mal anschauen.',
      miss: 'Das Angebot haben wir uns gestern angeschaut.',
    },
    {
      id: 'steht-noch-aus',
      pattern: 'steht|stehen (noch|weiterhin|bislang|bisher|leider|nach+wie+vor|immer+noch|noch+immer) aus',
      hit: 'Ihre Unterschrift unter dem Vertrag steht noch aus.',
      miss: 'Ihre Unterschrift unter dem Vertrag ist angekommen.',
    },
    {
      id: 'fehlt-noch',
      pattern: 'fehlt|fehlen (uns|mir) noch|weiterhin|immer+noch',
      hit: 'Für die Erklärung fehlen uns noch die Belege zur Handwerkerrechnung.',
      miss: 'Für die Erklärung liegen uns alle Belege vor.',
    },
    {
      // „Am Rand fehlt der Beschnitt“, „es fehlt die Unterschrift“: ein Teil der Unterlagen, das die Leserin liefern muss.
      id: 'fehlt-unterlage',
      pattern:
        'fehlt|fehlen (leider|allerdings|aber|jedoch|auch) der|die|das|den|ihre|ihr|eure|deine unterschrift|unterschriften|angaben|daten|belege|beleg|unterlagen|anlage|anlagen|nachweis|nachweise|maße|beschnitt|freigabe|dokumente|formulare|quittung|quittungen|kontoauszüge|seiten|vollmacht|bankverbindung|steuernummer|rechnungsadresse',
      hit: 'Am Rand fehlt allerdings der Beschnitt.',
      miss: 'Am Rand ist der Beschnitt zu sehen.',
    },
    {
      id: 'noch-offen',
      pattern: 'ist|sind noch offen|ungeklärt|unklar|nicht+entschieden',
      hit: 'Die Farbe der Fassade ist noch offen.',
      miss: 'Die Praxis ist noch bis 18 Uhr offen für Sie.',
      unlessAfter: ['für', 'bis'],
    },
    {
      id: 'man-muesste',
      pattern: 'müsste|müssten|sollte|sollten|könnte|könnten man|jemand ~3 mal|eigentlich|noch',
      hit: 'Da müsste man eigentlich noch mal mit dem Statiker reden.',
      miss: 'Da kann man nichts mehr ändern, das passt so.',
    },
    {
      id: 'liegt-bei-ihnen',
      pattern: 'liegt|liegen (jetzt|nun|letztlich) (ganz|allein|ganz+allein) bei =Ihnen|dir|euch',
      hit: 'Die Wahl des Bodenbelags liegt jetzt bei Ihnen.',
      miss: 'Die Wahl des Bodenbelags liegt jetzt bei uns.',
    },
    {
      id: 'haengt-von-ihnen-ab',
      pattern: 'hängt|hängen ~3 von =Ihnen|dir|euch|<yours> ~2 ab',
      hit: 'Der Baubeginn hängt jetzt von Ihrer Zusage ab.',
      miss: 'Der Baubeginn hängt jetzt vom Wetter ab.',
    },
    {
      id: 'mehrere-moeglichkeiten',
      pattern:
        'gibt|gäbe|hätten|haben ~5 mehrere|verschiedene|zwei|drei|einige|ein+paar möglichkeiten|optionen|varianten|wege|lösungen|alternativen|ansätze',
      hit: 'Für die Dämmung gibt es zwei Möglichkeiten.',
      miss: 'Für die Dämmung gibt es eine Lösung, die wir umsetzen.',
    },
    {
      id: 'immer-noch-kaputt',
      pattern:
        'immer+noch|noch+immer|weiterhin (nicht|etwas|sehr|ziemlich|leicht) fleckig|feucht|undicht|kaputt|defekt|nass|kalt|laut|schief|fehlerhaft|falsch|unvollständig|unleserlich|verstopft|instabil|langsam|offline|gesperrt|unbezahlt|offen|unbeantwortet|unklar|ungeklärt|unerledigt|erreichbar|blockiert',
      hit: 'Die Wand im Bad ist immer noch feucht.',
      miss: 'Die Wand im Bad ist inzwischen trocken.',
    },
    {
      // A fault back after a repair: „das Dach ist nach der Reparatur wieder undicht“.
      id: 'wieder-kaputt',
      pattern:
        'wieder|erneut|schon+wieder (etwas|leicht|stark) fleckig|feucht|undicht|kaputt|defekt|nass|verstopft|instabil|fehlerhaft|ausgefallen|blockiert|gesperrt',
      hit: 'Der Abfluss ist seit gestern wieder verstopft.',
      miss: 'Der Abfluss ist seit gestern wieder frei.',
    },
    {
      id: 'bisher-nichts-gebracht',
      pattern:
        'hat|haben|hatte|hatten ~0-3 bisher|bislang|noch|leider+bisher nichts|nicht|kaum|wenig (viel) gebracht|geholfen|genützt|bewirkt',
      hit: 'Die Salbe hat bisher leider nichts gebracht.',
      miss: 'Die Salbe hat sehr schnell geholfen.',
    },
    {
      id: 'seit-gesperrt',
      pattern: 'ist|sind seit ~3 gesperrt|blockiert|ausgefallen|gestört|defekt|offline',
      hit: 'Das Konto ist seit Montag gesperrt.',
      miss: 'Das Konto ist seit Montag freigeschaltet.',
    },
    {
      id: 'koennen-derzeit-nicht',
      pattern:
        'können|kann (derzeit|momentan|aktuell|zurzeit|gerade|leider) nicht abgerufen|genutzt|geöffnet|bearbeitet|verarbeitet|ausgeliefert|versendet|gebucht werden',
      hit: 'Bestellungen können derzeit nicht bearbeitet werden.',
      miss: 'Bestellungen können ab sofort bearbeitet werden.',
    },
    {
      // A fault that keeps coming back after the attempts: „das WLAN bricht aber weiterhin ständig ab“.
      id: 'bricht-weiterhin-ab',
      pattern:
        'bricht|brechen|fällt|fallen|stürzt|stürzen|schaltet|schalten ~3 weiterhin|immer+noch|noch+immer|nach+wie+vor|trotzdem (ständig|dauernd|andauernd|regelmäßig|oft|öfter) ab|aus',
      hit: 'Die Pumpe schaltet sich trotzdem ständig ab.',
      miss: 'Die Pumpe schaltet sich nachts ab.',
    },
    {
      // A fault that stays after the attempts: „er läuft immer noch nicht richtig ab“.
      id: 'immer-noch-nicht-richtig',
      pattern:
        'immer+noch|noch+immer|nach+wie+vor|weiterhin nicht (richtig|sauber|ganz|einwandfrei|zuverlässig) ab|zu|dicht|trocken|warm|fest|durch|an|auf|sauber|gleichmäßig',
      hit: 'Das Fenster geht immer noch nicht richtig zu.',
      miss: 'Das Fenster geht jetzt richtig zu.',
    },
    {
      id: 'trotzdem-kaputt',
      pattern:
        'trotzdem|dennoch ~1-6 fleckig|feucht|undicht|kaputt|defekt|nass|kalt|schief|fehlerhaft|verstopft|instabil|ungleichmäßig|streifig|wackelig|locker',
      hit: 'Wir haben zweimal nachgefugt, trotzdem ist die Ecke noch feucht.',
      miss: 'Wir haben zweimal nachgefugt, jetzt ist die Ecke trocken.',
    },
    {
      id: 'koennen-erst',
      pattern: '@können ~5 erst ~2 ,|wenn|sobald|nachdem',
      hit: 'Wir können mit dem Putz erst anfangen, wenn die Leitungen liegen.',
      miss: 'Wir können mit dem Putz am Montag anfangen.',
    },
    {
      id: 'wuerde-kosten',
      pattern: 'würde|würden|käme|kämen ~5 kosten|betragen|auf+rund|auf+etwa|auf+ca',
      hit: 'Der Austausch der Fenster würde rund 3.000 Euro kosten.',
      miss: 'Der Austausch der Fenster hat rund 3.000 Euro gekostet.',
    },
    {
      // A price in the subjunctive, with no word on whether to go ahead: „Der Rest läge bei etwa 450 €.“
      id: 'laege-bei',
      pattern: 'läge|lägen|wäre|wären ~3 bei etwa|rund|ca|ungefähr|circa',
      hit: 'Der Austausch läge bei rund 800 € netto.',
      miss: 'Der Austausch ist im Preis enthalten.',
    },
    {
      id: 'noch-nicht-eingegangen',
      pattern:
        'noch+nicht|bisher+nicht|bislang+nicht|weiterhin+nicht|immer+noch+nicht|noch+immer+nicht|noch+kein|noch+keine ~3 eingegangen|angekommen|unterschrieben|unterzeichnet|bezahlt|überwiesen|beglichen|vollständig|erledigt|entschieden|freigegeben|eingereicht|zurückgeschickt|zurückgekommen|erhalten|bekommen|beantwortet|geklärt|freigeschaltet|gebucht|bestätigt|abgeschlossen|zahlungseingang|rückmeldung|antwort|freigabe|zusage|unterschrift',
      hit: 'Die Vollmacht ist bei uns bisher nicht eingegangen.',
      miss: 'Die Vollmacht ist bei uns gestern eingegangen.',
    },
    {
      id: 'liegt-nicht-vor',
      pattern:
        'liegt|liegen|lag|lagen ~3 noch+nicht|bisher+nicht|bislang+nicht|immer+noch+nicht|noch+immer+nicht|noch+kein|noch+keine|weiterhin+nicht ~2 vor',
      hit: 'Die Belege liegen uns leider immer noch nicht vor.',
      miss: 'Die Belege liegen uns vollständig vor.',
    },
    {
      id: 'ueberfaellig',
      pattern: 'ist|sind|bleibt|bleiben ~4 überfällig|unbezahlt|unbeantwortet|unerledigt|ausständig|nicht+beglichen',
      hit: 'Die zweite Abschlagsrechnung ist seit Wochen überfällig.',
      miss: 'Die zweite Abschlagsrechnung ist beglichen.',
    },
    {
      id: 'noch-einiges-offen',
      pattern: 'noch einiges|vieles|manches|etwas|einiges+zu offen|ungeklärt|unklar|zu+klären|zu+tun',
      hit: 'Beim Hochzeitsshooting ist noch einiges offen.',
      miss: 'Beim Hochzeitsshooting ist alles geklärt.',
    },
    {
      id: 'frist-naht',
      pattern:
        'frist|abgabefrist|einspruchsfrist|widerspruchsfrist|zahlungsfrist|antragsfrist|meldefrist|deadline|stichtag ~3 rückt|naht|läuft|endet (bald|demnächst|in+kürze|langsam|schon+bald) näher|ab|aus',
      hit: 'Die Einspruchsfrist läuft demnächst ab.',
      miss: 'Die Einspruchsfrist haben wir gewahrt.',
    },
    {
      id: 'abgabe-steht-bevor',
      pattern:
        'frist|abgabe|abgabefrist|stichtag|deadline|verhandlung|prüfung ~2 steht|stehen (jetzt|nun|schon|bereits) (kurz|unmittelbar) bevor',
      hit: 'Die Abgabefrist steht nun unmittelbar bevor.',
      miss: 'Die Abgabefrist haben wir eingehalten.',
    },
    {
      id: 'frist-nicht-verlaengert',
      pattern: 'frist|fristen|abgabefrist ~4 nicht verlängert',
      hit: 'Das Gericht hat die Frist leider nicht verlängert.',
      miss: 'Das Gericht hat die Frist um zwei Wochen verlängert.',
    },
    {
      id: 'zeit-wird-knapp',
      pattern: 'zeit ~4 wird|ist|läuft (langsam|allmählich|jetzt|inzwischen|ziemlich|sehr|recht) knapp|eng|davon',
      hit: 'Die Zeit bis zur Eröffnung wird langsam knapp.',
      miss: 'Die Zeit bis zur Eröffnung reicht gut.',
    },
    {
      id: 'ohne-koennen-nicht',
      pattern: '^ohne ~5 können|kann <self> ~6 nicht|kein|keine|nichts',
      hit: 'Ohne die Zählerstände können wir die Abrechnung nicht erstellen.',
      miss: 'Ohne Umwege können wir die Abrechnung heute erstellen.',
    },
    {
      id: 'haengen-an',
      pattern: '<self> hängen|hänge|stecken|stecke ~4 an|bei <yours>',
      hit: 'Wir hängen mit dem Dach gerade an Ihrer Farbwahl.',
      miss: 'Wir hängen die Bilder im Flur an die Wand.',
    },
    {
      id: 'warten-seit',
      pattern: '<self> warten|warte (noch|leider|bereits|schon) seit|weiterhin|immer+noch|noch+immer|vergeblich ~4 auf',
      hit: 'Wir warten seit Anfang des Monats auf den Befund.',
      miss: 'Wir warten gespannt auf den Sommer.',
    },
    {
      id: 'noch-keine-entscheidung',
      pattern:
        'noch|bisher|bislang keine|nichts|kein entscheidung|rückmeldung|freigabe|zusage|antwort|klarheit|entschieden|geklärt|festgelegt|beschlossen|unterschrift|reaktion',
      hit: 'Zum Umbau des Dachbodens gibt es noch keine Entscheidung.',
      miss: 'Zum Umbau des Dachbodens gibt es noch keine Pläne von uns, das hat Zeit.',
    },
    {
      id: 'koennen-nicht-weiter',
      // Work that stops until the reader acts: "So können wir nicht weiterstreichen."
      pattern:
        '@können <self> ~4 nicht weiter|weitermachen|weiterarbeiten|weiterbauen|weiterstreichen|weiterplanen|fortfahren|anfangen|beginnen|loslegen|starten',
      hit: 'So können wir eigentlich nicht weiterbauen.',
      miss: 'So können wir am Montag weiterbauen.',
    },
    {
      // A block said of the state of things: „So können wir nicht in den Druck gehen.“
      id: 'so-koennen-wir-nicht',
      pattern: '^so|in+dieser+form|in+diesem+zustand @können <self> ~0-4 nicht|kaum',
      hit: 'In dieser Form können wir den Antrag nicht einreichen.',
      miss: 'Den Antrag können wir am Montag einreichen.',
    },
    {
      id: 'wir-koennen-nicht-weiter',
      pattern:
        '<self> @können ~4 nicht weiter|weitermachen|weiterarbeiten|weiterbauen|weiterstreichen|weiterplanen|fortfahren|anfangen|beginnen|loslegen|starten',
      hit: 'Wir können mit dem Estrich so nicht anfangen.',
      miss: 'Wir können mit dem Estrich am Montag anfangen.',
    },
    {
      id: 'wird-knapp',
      // Time said to run short, of the matter as a whole: "Damit wird es mit dem Termin knapp."
      pattern: 'es|das|dann|damit wird|würde|werden ~8 knapp|eng',
      hit: 'Damit wird es mit der Abgabe ziemlich knapp.',
      miss: 'Der Flur wird durch den Schrank eng.',
    },
    {
      id: 'zeitlich-knapp',
      pattern: 'zeitlich ~3 knapp|eng',
      hit: 'Das ist zeitlich inzwischen recht knapp.',
      miss: 'Das ist preislich knapp kalkuliert.',
    },
    {
      id: 'koennten-oder',
      // Two ways floated and none chosen: "Wir könnten ausweichen oder warten."
      pattern: '<self>|man könnten|könnte|müssten|müsste ~8 oder',
      hit: 'Man könnte die Fliesen tauschen oder den Fugenmörtel erneuern.',
      miss: 'Man könnte meinen, der Sommer sei schon vorbei.',
    },
    {
      id: 'koennten-wir-oder',
      pattern: 'könnten|könnte|müssten|müsste <self>|man ~8 oder',
      hit: 'Alternativ könnten wir das Dach jetzt decken oder bis zum Frühjahr warten.',
      miss: 'Alternativ könnten wir das Dach am Montag decken.',
    },
    {
      id: 'ihre-entscheidung',
      pattern: 'ist|bleibt|wäre|liegt ~3 <yours> entscheidung|wahl|ermessen|sache',
      hit: 'Ob wir klagen, ist letztlich Ihre Entscheidung.',
      miss: 'Ihre Entscheidung für Eiche war goldrichtig.',
    },
    {
      // The choice handed over by its verb, with no question: „Welche Variante es wird, entscheidest du.“
      id: 'entscheiden-sie',
      pattern:
        'entscheidest|entscheidet|entscheiden|bestimmst|bestimmt|bestimmen|wählst|wählt|wählen <reader> (selbst|allein|ganz+allein) $',
      hit: 'Welcher Stein es wird, entscheiden Sie.',
      miss: 'Welcher Stein es wird, entscheiden wir am Montag.',
    },
    {
      id: 'legen-sie-fest',
      pattern: 'legst|legt|legen <reader> (selbst|allein) fest $',
      hit: 'Die Reihenfolge legst du fest.',
      miss: 'Die Reihenfolge legen wir fest.',
    },
    {
      id: 'in-ihrer-hand',
      pattern: 'liegt|liegen|ist|steht (jetzt|nun|ganz|allein|letztlich) in <yours> hand|händen|ermessen',
      hit: 'Ob wir klagen, liegt jetzt in Ihrer Hand.',
      miss: 'Der Schlüssel liegt in Ihrem Briefkasten.',
    },
    {
      id: 'ueberlasse-ich-ihnen',
      pattern: 'entscheidung|wahl|zeitpunkt|termin|vorgehen|das überlasse|überlassen <self> ~2 =Ihnen|dir|euch',
      hit: 'Den Zeitpunkt überlasse ich Ihnen.',
      miss: 'Den Zeitpunkt stimmen wir mit Ihnen ab.',
    },
    {
      id: 'mehrere-entwuerfe',
      // Several versions laid before the reader: a choice they must make.
      pattern:
        'zwei|drei|vier|mehrere|verschiedene|einige|ein+paar entwürfe|varianten|optionen|konzepte|alternativen|layouts|farbvarianten|lösungswege',
      unlessBefore: ['ihre', 'ihren', 'ihrer', 'deine', 'deinen', 'eure', 'euren'],
      hit: 'Wir haben drei Entwürfe für das Logo ausgearbeitet.',
      miss: 'Wir haben den Entwurf für das Logo ausgearbeitet.',
    },
    {
      id: 'geklaert-werden',
      // Something must be done, by no one in particular: "Das sollte zeitnah geklärt werden."
      pattern:
        'sollte|sollten|müsste|müssten|muss|müssen ~5 geklärt|abgeklärt|erledigt|gelöst|behoben|geregelt|angeschaut|geprüft|überprüft|untersucht|entschieden|besprochen|bezahlt|beglichen|angegangen|ersetzt|erneuert|ausgetauscht|repariert|saniert werden',
      hit: 'Die Sache mit dem Zaun müsste bald geregelt werden.',
      miss: 'Die Sache mit dem Zaun ist geregelt worden.',
    },
    {
      id: 'seitdem-nichts',
      pattern:
        'seitdem|seither|bisher|bislang (ist|wurde|wurden|hat) ~4 nichts|kein|keine ~2 gesichert|bearbeitet|verarbeitet|erledigt|gebucht|übertragen|unternommen|veranlasst|passiert|geschehen|eingegangen|angekommen',
      hit: 'Seither ist in der Sache nichts passiert.',
      miss: 'Seither ist in der Sache viel passiert.',
    },
    {
      id: 'nicht-machbar',
      pattern: 'ist|sind|wäre|wären ~3 nicht|kaum machbar|umsetzbar|genehmigungsfähig|realisierbar',
      hit: 'Der Balkon in dieser Größe ist so nicht genehmigungsfähig.',
      miss: 'Der Balkon in dieser Größe ist gut machbar.',
    },
    {
      id: 'laeuft-bald-ab',
      pattern: 'läuft|laufen|ist|sind (schon) bald|demnächst|in+kürze ab|aus|um',
      hit: 'Das Zertifikat für den Shop läuft demnächst aus.',
      miss: 'Das Zertifikat für den Shop läuft noch zwei Jahre.',
    },
    {
      id: 'nicht-rechtzeitig',
      pattern: 'wird|werden|würde|würden|schaffen|schaffe|schafft ~4 nicht|kaum rechtzeitig|pünktlich',
      hit: 'Die Möbel werden so nicht rechtzeitig fertig.',
      miss: 'Die Möbel werden rechtzeitig fertig.',
    },
    {
      id: 'nicht-nutzbar',
      pattern:
        'ist|sind|bleibt|bleiben|wäre ~3 nicht|kaum nutzbar|benutzbar|bewohnbar|zugänglich|befahrbar|bezugsfertig',
      hit: 'Bis dahin ist die Küche nicht nutzbar.',
      miss: 'Ab Montag ist die Küche wieder nutzbar.',
    },
    {
      id: 'budget-ueberschritten',
      pattern: 'budget|kostenrahmen|kostenplan|finanzierung ~8 überschritten|gesprengt',
      hit: 'Mit dem neuen Angebot ist der Kostenrahmen deutlich überschritten.',
      miss: 'Mit dem neuen Angebot bleibt der Kostenrahmen eingehalten.',
    },
    {
      id: 'sprengt-budget',
      pattern:
        'sprengt|sprengen|übersteigt|übersteigen|überschreitet|überschreiten ~3 budget|kostenrahmen|zeitplan|rahmen|umfang',
      hit: 'Die Zusatzseiten sprengen leider den vereinbarten Rahmen.',
      miss: 'Die Zusatzseiten bleiben im vereinbarten Rahmen.',
    },
    {
      // Nothing paid or sent, and no word on what now: „Es wurden keine Gehälter überwiesen.“
      id: 'keine-ueberwiesen',
      pattern:
        'wurde|wurden|ist|sind|konnte|konnten ~0-4 nicht|keine|kein|nichts ~0-3 überwiesen|ausgezahlt|ausbezahlt|verarbeitet|verschickt|versendet|abgerechnet|erstellt|gebucht|eingereicht (werden)',
      hit: 'Die Umsatzsteuer konnte nicht eingereicht werden.',
      miss: 'Die Umsatzsteuer wurde pünktlich eingereicht.',
    },
    {
      // Wishes that do not fit what was agreed: „nur passen nicht alle in den Umfang“.
      id: 'passt-nicht-ins-budget',
      pattern: 'passt|passen|passte|passten ~3 nicht|kaum ~0-2 in|ins ~0-2 budget|umfang|rahmen|kostenrahmen|zeitplan',
      hit: 'Zwei der Extras passen leider nicht mehr in den Kostenrahmen.',
      miss: 'Alle Extras passen gut in den Kostenrahmen.',
    },
    {
      id: 'seit-nicht-mehr',
      pattern: 'seit ~4 nicht+mehr|nicht durchgelaufen|funktioniert|gelaufen|aktualisiert|synchronisiert|gesichert',
      hit: 'Die Sicherung ist seit einer Woche nicht mehr durchgelaufen.',
      miss: 'Die Sicherung läuft seit einer Woche wieder.',
    },
    {
      id: 'funktioniert-seit-nicht',
      pattern: 'funktioniert|funktionieren|läuft|laufen|geht|gehen|startet|starten seit ~4 nicht|nicht+mehr',
      hit: 'Der Drucker im Empfang funktioniert seit dem Umzug nicht mehr.',
      miss: 'Der Drucker im Empfang funktioniert seit dem Umzug wieder.',
    },
    {
      id: 'man-muesste-vorne',
      pattern: '^man müsste|müssten|sollte|sollten|könnte|könnten ~6 mal|eigentlich|noch',
      hit: 'Man müsste sich die Dachrinne eigentlich mal ansehen.',
      miss: 'Man könnte meinen, es sei schon Herbst.',
    },
    {
      id: 'gilt-nur-noch',
      pattern: 'gilt|gültig ~3 nur+noch ~2 kurz|kurze|wenige',
      hit: 'Das Angebot für die Fenster gilt nur noch kurze Zeit.',
      miss: 'Das Angebot für die Fenster gilt bis Jahresende.',
    },
    {
      id: 'ohne-wird',
      // A consequence that follows unless someone acts: "Ohne Belege wird die Pauschale gestrichen."
      pattern: '^ohne ~6 wird|werden|würde|würden|droht|drohen',
      hit: 'Ohne die Quittungen wird das Finanzamt die Kosten nicht anerkennen.',
      miss: 'Ohne Zweifel war das die richtige Entscheidung.',
    },
    {
      id: 'geht-verloren',
      pattern: 'geht|gehen|ginge|gingen ~4 verloren',
      hit: 'Beim Umstieg gehen alle alten Vorlagen verloren.',
      miss: 'Beim Umstieg bleiben alle alten Vorlagen erhalten.',
    },
    {
      id: 'reicht-nicht',
      pattern: 'reicht|reichen ~6 nicht+mehr|nicht+aus',
      hit: 'Damit reicht das Budget für die Küche nicht mehr.',
      miss: 'Damit reicht das Budget für die Küche gut.',
    },
    {
      id: 'zum-problem-werden',
      pattern: 'könnte|kann|dürfte|könnten ~6 zum+problem|problematisch|schwierig|teuer werden',
      hit: 'Das könnte bei der Abnahme zum Problem werden.',
      miss: 'Das wird bei der Abnahme kein Problem.',
    },
    {
      id: 'nicht-sicher-ob',
      pattern: 'nicht sicher|klar , ob|wie|was|wann',
      unlessAfter: ['sie', 'du', 'ihr'],
      hit: 'Bei den Rechtstexten bin ich mir nicht sicher, ob die so durchgehen.',
      miss: 'Bei den Rechtstexten bin ich mir sicher, dass die so durchgehen.',
    },
    {
      id: 'bisher-nicht-geantwortet',
      pattern:
        'hat|haben ~3 bisher|bislang|noch nicht|nie|keine ~2 geantwortet|reagiert|zurückgerufen|antwort|rückmeldung',
      hit: 'Die Hausverwaltung hat uns bisher nicht geantwortet.',
      miss: 'Die Hausverwaltung hat uns gestern geantwortet.',
    },
    {
      id: 'entweder-oder',
      // Two ways named and none chosen: "Entweder wird sie verstärkt oder der Wintergarten fällt kleiner aus."
      pattern: 'entweder ~8 oder',
      hit: 'Entweder wir kürzen den Text oder wir nehmen eine Seite mehr.',
      miss: 'Wir kürzen den Text, damit er auf eine Seite passt.',
    },
    {
      id: 'beides-geht',
      pattern: 'beides|beide ~2 geht|gehen|möglich|machbar|denkbar|vertretbar',
      hit: 'Zuschneiden oder neu bestellen, beides geht.',
      miss: 'Zuschneiden und einbauen, beides ist erledigt.',
    },
    {
      id: 'kommen-nicht-weiter',
      pattern: '<self> kommen|komme ~6 nicht weiter',
      hit: 'Wir kommen mit der bisherigen Behandlung so nicht weiter.',
      miss: 'Mit der neuen Behandlung kommen wir gut voran.',
    },
    {
      id: 'kommen-wir-nicht-weiter',
      pattern: 'kommen|komme <self> ~4 nicht weiter',
      hit: 'So kommen wir mit dem Antrag nicht weiter.',
      miss: 'So kommen wir mit dem Antrag gut voran.',
    },
    {
      id: 'arbeiten-ruhen',
      // Work stopped because of the matter, not for a holiday: "Die Arbeiten ruhen deshalb vorerst."
      pattern:
        'arbeiten|baustelle|projekt|bau|umbau ~3 ruhen|ruht|stockt|stocken|steht+still|stehen+still ~2 deshalb|daher|vorerst|dadurch|bis+auf+weiteres|erst+einmal|gerade|momentan',
      hit: 'Die Arbeiten im Keller ruhen deshalb vorerst.',
      miss: 'Die Arbeiten im Keller gehen gut voran.',
    },
    {
      id: 'stockt-projekt',
      pattern: 'stockt|stocken ~2 das|die|der arbeiten|baustelle|projekt|umbau|bau',
      hit: 'Irgendwie stockt das Projekt mit der Website gerade.',
      miss: 'Irgendwie läuft das Projekt mit der Website gerade gut.',
    },
    {
      id: 'nicht-mehr-lange-halten',
      pattern: 'wird|werden|würde ~4 nicht (mehr) (lange) halten|durchhalten',
      hit: 'Auf Dauer wird die Füllung so nicht halten.',
      miss: 'Die Füllung wird noch viele Jahre halten.',
    },
    {
      id: 'nicht-mehr-lang',
      pattern: 'ist|sind|dauert ~3 nicht+mehr+lang|nicht+mehr+lange',
      hit: 'Eine Übergangsfrist gibt es, sie ist aber nicht mehr lang.',
      miss: 'Eine Übergangsfrist gibt es, sie läuft bis 2030.',
    },
    {
      id: 'so-nicht-bleiben',
      pattern: 'sollte|sollten|darf|dürfen|kann|können ~4 nicht (so) (lange) bleiben',
      hit: 'So sollte das nicht bleiben.',
      miss: 'So kann das gern bleiben.',
    },
    {
      id: 'im-auge-behalten',
      pattern: 'sollte|sollten|müsste|müssten|man ~4 im+auge+behalten|beobachten|weiter+beobachten',
      hit: 'Den Eisenwert sollte man im Auge behalten.',
      miss: 'Den Eisenwert haben wir im Auge behalten.',
    },
    {
      id: 'nicht-klar-welche',
      // A fact the reader may hold, left as a puzzle: "Es ist nicht klar, welche Bezeichnung Sie verwenden."
      pattern:
        'nicht+klar|unklar|nicht+bekannt|nicht+sicher (,) welche|welcher|welches|welchen|wer|wem|wie|ob|was|wann|wo|woran',
      unlessAfter: ['sie', 'du', 'ihr'],
      hit: 'Bei zwei Posten ist nicht klar, welche Kostenstelle gemeint ist.',
      miss: 'Bei zwei Posten ist klar, welche Kostenstelle gemeint ist.',
    },
    {
      id: 'weiss-keiner',
      pattern: 'weiß|wissen ~3 keiner|niemand|noch+nicht|nicht+genau (mehr) , wer|wie|ob|was|woran|wann|wo|welche',
      unlessAfter: ['ihre', 'ihr', 'ihren', 'ihrem', 'sie', 'du', 'dein', 'deine', 'eure', 'euer'],
      hit: 'Bei zwei Domains weiß keiner mehr, wer den Zugang hat.',
      miss: 'Bei zwei Domains wissen wir, wer den Zugang hat.',
    },
    {
      id: 'weiss-ich-nicht',
      pattern: '^wie|ob|was|woran|wann|wer ~6 , weiß|wissen <self> (noch|selbst|leider) nicht',
      hit: 'Wie wir das lösen, weiß ich noch nicht.',
      miss: 'Wie wir das lösen, wissen wir seit gestern.',
    },
    {
      id: 'wird-schwierig',
      pattern: 'wird|würde|dürfte|könnte ~6 zum+problem|problematisch|schwierig|heikel|teuer',
      hit: 'Bei den restlichen Fotos wird es schwierig.',
      miss: 'Bei den restlichen Fotos war es einfach.',
    },
    {
      id: 'solange-nicht-repariert',
      // A risk that lasts until someone acts: "Solange das nicht repariert ist, kann Wasser eindringen."
      pattern:
        '^solange|bevor|bis ~4 nicht ~3 repariert|behoben|erledigt|geklärt|beseitigt|getauscht|ersetzt|unterschrieben|bezahlt',
      hit: 'Solange die Dachrinne nicht repariert ist, läuft Wasser an der Fassade herunter.',
      miss: 'Die Dachrinne ist repariert, das Wasser läuft wieder ab.',
    },
    {
      id: 'rechtsbehelf-moeglich',
      // A legal remedy named without a word on whether to use it.
      pattern: 'einspruch|widerspruch|berufung|klage|beschwerde|anfechtung ~4 möglich|denkbar|zulässig',
      hit: 'Gegen den Bescheid ist ein Einspruch möglich.',
      miss: 'Den Einspruch haben wir fristgerecht eingelegt.',
    },
    {
      id: 'punkte-markiert',
      // Points laid before the reader with no word on what to do with them.
      pattern:
        'punkte|stellen|fragen|positionen|abweichungen|unstimmigkeiten|lücken|fehler|posten ~6 markiert|gekennzeichnet|hervorgehoben|angestrichen|hinterlegt',
      hit: 'Die fraglichen Posten haben wir in der Liste gelb markiert.',
      miss: 'Die Ware haben wir im Lager markiert.',
    },
    {
      id: 'wird-probleme-machen',
      pattern: 'wird|werden|würde|dürfte|könnte ~5 probleme|ärger|schwierigkeiten machen|bereiten|geben|bekommen',
      hit: 'Früher oder später wird der Zahn Probleme machen.',
      miss: 'Der Zahn hat nie Probleme gemacht.',
    },
    {
      id: 'ohne-geht-nicht',
      pattern: '^ohne ~5 geht|gehen|kann|können|darf|dürfen|läuft|klappt ~4 nicht|kein|keine',
      hit: 'Ohne Impressum geht die Seite nicht online.',
      miss: 'Ohne Impressum ging die Seite gestern online.',
    },
    {
      id: 'je-nachdem',
      // An outcome that hangs on a choice nobody has made: "Je nachdem, wie wir korrigieren, ändert sich …"
      pattern: '^je+nachdem (,) wie|ob|was|welche|welcher|welches|wann|wo',
      hit: 'Je nachdem, ob wir dämmen, ändert sich die Förderung.',
      miss: 'Nachdem wir gedämmt haben, kam die Förderung.',
    },
    {
      id: 'gehoert-erneuert',
      pattern: 'gehört|gehören ~4 erneuert|ersetzt|ausgetauscht|repariert|saniert|gemacht|überarbeitet|gestrichen',
      hit: 'Eigentlich gehört der ganze Kasten erneuert.',
      miss: 'Der ganze Kasten gehört uns.',
    },
    {
      id: 'wuerde-erfordern',
      pattern: 'würde|würden ~4 erfordern|bedeuten|voraussetzen|nötig+machen',
      hit: 'Ein Durchbruch würde einen Stahlträger erfordern.',
      miss: 'Ein Durchbruch hat einen Stahlträger erfordert.',
    },
  ],
  en: [
    {
      id: 'points-highlighted',
      // Points laid before the reader with no word on what to do with them.
      pattern: 'points|items|issues|questions|discrepancies|gaps|queries|errors|entries ~6 highlighted|marked|flagged',
      hit: 'The open items are highlighted in the attached sheet.',
      miss: 'The garden is highlighted in the brochure.',
    },
    {
      id: 'highlighted-points',
      pattern: 'highlighted|marked|flagged ~4 points|items|issues|questions|discrepancies|gaps|queries|errors|entries',
      hit: 'We have highlighted the open items in the attached sheet.',
      miss: 'We have highlighted the garden in the brochure.',
    },
    {
      id: 'will-cause-trouble',
      pattern: "will|it'll|that'll|going+to|would|could ~3 cause|give|mean trouble|problems|issues|headaches",
      hit: 'Sooner or later that tooth is going to cause trouble.',
      miss: 'That tooth has never caused trouble.',
    },
    {
      id: 'cannot-without',
      pattern:
        "can't|cannot|won't|can+not (be) go+live|launch|proceed|continue|start|finish|submit|submitted|file|filed|publish|published|process|processed|book|booked|order|ordered|go+ahead|approved|released ~4 without",
      hit: "The page can't go live without a privacy policy.",
      miss: 'The page went live without a hitch.',
    },
    {
      id: 'depending-on',
      // An outcome that hangs on a choice nobody has made: "Depending on how we correct it, …"
      pattern: '^depending on how|whether|what|which|when|where',
      hit: 'Depending on whether we insulate, the grant changes.',
      miss: 'The grant came after we insulated.',
    },
    {
      id: 'needs-replacing',
      pattern:
        'needs|need|wants|want replacing|renewing|redoing|fixing|repairing|sorting|looking+at|checking|rewiring|replastering|treating|resealing',
      hit: 'Really the whole board wants replacing.',
      miss: 'The whole board was replaced last year.',
    },
    {
      id: 'would-mean',
      pattern: 'would mean|need|require|involve',
      unlessAfter: ['a', 'the', 'so', 'much', 'you', 'your', 'to'],
      hit: 'Opening the wall would mean putting in a steel beam.',
      miss: 'Your kind words would mean a lot to the team.',
    },
    {
      id: 'either-or',
      // Two ways named and none chosen: "Either it gets reinforced or the conservatory gets smaller."
      pattern: 'either ~8 or',
      unlessAfter: ['way'],
      hit: 'Either we trim the text or we add a page.',
      miss: 'We trimmed the text so it fits on one page.',
    },
    {
      id: 'both-possible',
      pattern: 'both (are|would+be|options+are|ways+are) possible|doable|workable|feasible|fine',
      hit: 'Trimming or reordering, both are possible.',
      miss: 'Trimming and fitting, both are done.',
    },
    {
      id: 'either-would-work',
      pattern: 'either (one|option|way|choice) would|will|could work|do|be+fine|be+possible',
      hit: 'Oak or walnut: either would work.',
      miss: 'Oak would work; walnut would not.',
    },
    {
      // A choice handed over in a sentence that names it: "Whether we …, is ultimately down to you."
      id: 'whether-down-to-you',
      pattern:
        "^whether|which|how|when|what|where ~1-8 is|are|it's (ultimately|entirely|really|of+course|now) down+to|up+to you",
      hit: 'Which supplier we use is ultimately down to you.',
      miss: 'Which supplier we use is settled: the cheaper one.',
    },
    {
      id: 'not-getting-anywhere',
      pattern: "<self>|we're|i'm aren't|are+not|am+not|not getting+anywhere|making+progress|making+headway",
      hit: "We aren't getting anywhere with the current treatment.",
      miss: 'We are making good progress with the current treatment.',
    },
    {
      id: 'work-has-stopped',
      pattern: 'stopped|paused|halted|on+hold|stalled ~2 for+now|until+further+notice|for+the+time+being',
      hit: 'So work has stopped for now.',
      miss: 'Work has started on the roof.',
    },
    {
      id: 'has-stalled',
      pattern: 'project|work|job|build|refit|renovation ~3 has|have|is stalled|ground+to+a+halt|come+to+a+standstill',
      hit: 'Somehow the website project has stalled.',
      miss: 'The website project has launched.',
    },
    {
      id: 'wont-hold',
      pattern: "won't|will+not|isn't+going+to ~3 hold|last (much) longer|for+long",
      hit: "The old boiler won't last much longer.",
      miss: 'The new boiler will last for years.',
    },
    {
      id: 'shouldnt-stay',
      pattern: "shouldn't|can't|mustn't|should+not|cannot stay|be+left|remain like+that|like+this|as+it+is|this+way",
      hit: "It shouldn't stay like that.",
      miss: 'It can stay like that.',
    },
    {
      id: 'keep-an-eye-on',
      pattern: 'should|needs+to|ought+to (really) be kept+an+eye+on|monitored|watched',
      hit: "It's something that should be kept an eye on.",
      miss: 'We kept an eye on it.',
    },
    {
      id: 'not-clear-which',
      // A fact the reader may hold, left as a puzzle: "It isn't clear which name your company uses."
      pattern: "isn't|is+not|not|unclear|nobody+knows|no+one+knows clear which|who|what|whether|how|where|why",
      unlessAfter: ['you', 'your'],
      hit: "For two items it isn't clear which cost centre is meant.",
      miss: 'For two items it is clear which cost centre is meant.',
    },
    {
      // A step nobody has settled yet: "Still unclear how we'll get the sign-off."
      id: 'unclear-how-we',
      pattern:
        "unclear|undecided|not+decided|not+worked+out|not+figured+out|haven't+worked+out|haven't+figured+out|haven't+decided|have+not+worked+out|have+not+decided (yet) how|who|whether|what|when|where",
      unlessAfter: ['you', 'your'],
      hit: 'We have not decided yet who will apply for the permit.',
      miss: 'We have decided who will apply for the permit.',
    },
    {
      id: 'nobody-sure',
      pattern: 'nobody|no+one ~6 sure|knows|certain who|what|which|whether|how',
      hit: 'Nobody on our side is quite sure who supplies the copy.',
      miss: 'Everybody on our side knows who supplies the copy.',
    },
    {
      id: 'will-be-tricky',
      pattern: 'will|would|could|might|may ~3 be|get|become tricky|expensive|costly|difficult|awkward',
      hit: 'Some of them I can save, but others will be tricky.',
      miss: 'Some of them were tricky, but all are saved.',
    },
    {
      id: 'until-fixed',
      // A risk that lasts until someone acts: "Until that's repaired, rain can get in."
      pattern: '^until|unless|before ~4 fixed|repaired|sorted|resolved|replaced|signed|paid|done',
      hit: 'Until the gutter is repaired, water runs down the wall.',
      miss: 'The gutter is repaired, so water drains away again.',
    },
    {
      id: 'appeal-possible',
      pattern: 'appeal|objection|challenge|complaint|claim ~3 is|would+be|remains possible|an+option|open+to+you',
      hit: 'An appeal against the assessment is possible.',
      miss: 'We lodged the appeal against the assessment.',
    },
    {
      id: 'only-holds-for',
      pattern: 'holds|stands|valid|open ~2 for (only) a short+while|short+time|few+more+days|few+days',
      hit: 'Our quote only holds for a short while longer.',
      miss: 'Our quote holds until the end of the year.',
    },
    {
      id: 'without-will',
      // A consequence that follows unless someone acts: "Without receipts they will disallow the claim."
      pattern: "^without ~6 will|would|won't|likely|bound",
      hit: 'Without the receipts the claim will most likely be refused.',
      miss: 'Without a doubt the claim was a success.',
    },
    {
      id: 'will-be-lost',
      pattern: 'will|would|could|might (all) be lost|get+lost|go+missing',
      hit: 'All the old templates will be lost in the move.',
      miss: 'All the old templates will be kept in the move.',
    },
    {
      id: 'no-longer-covers',
      pattern: "no+longer covers|cover|enough|sufficient|valid|isn't+enough|won't+cover|doesn't+cover|won't+be+enough",
      hit: 'That means the current budget no longer covers the kitchen.',
      miss: 'That means the current budget still covers the kitchen.',
    },
    {
      id: 'could-become-an-issue',
      pattern: 'could|might|may|will|would ~3 become|be|cause|turn+into an+issue|a+problem|problems|issues',
      hit: 'That could become an issue at the handover.',
      miss: 'That is no issue at the handover.',
    },
    {
      id: 'dont-know-how',
      pattern: "don't+know|do+not+know|no+idea (yet) how|whether|what|why|where",
      unlessAfter: ['you', 'your', 'to', "we'd", "i'd"],
      // "you don't know how the office works" is a verdict on the reader, not an open question.
      unlessBefore: ['you', 'they'],
      hit: "We don't know yet how we will fix the till.",
      miss: "I don't know what we'd do without your help.",
    },
    {
      id: 'not-sure-whether',
      pattern: 'not sure|certain (yet) whether|if|that|how|the',
      unlessAfter: ['you', 'your'],
      hit: "I'm not sure the legal pages would pass an audit.",
      miss: "I'm sure the legal pages would pass an audit.",
    },
    {
      id: 'has-not-answered',
      pattern:
        "hasn't|haven't|has+not|have+not|still+hasn't|still+haven't|never (yet) answered|responded|replied|got+back|gotten+back|reacted",
      hit: "The landlord still hasn't responded to our letter.",
      miss: 'The landlord responded to our letter today.',
    },
    {
      id: 'expires-soon',
      pattern: 'expires|expire|lapses|runs+out|closes|closing|ends|coming+up (very) soon|shortly',
      hit: 'Your domain registration expires soon.',
      miss: 'Your domain registration was renewed.',
    },
    {
      id: 'not-ready-in-time',
      pattern: "won't|will+not|can't|cannot|isn't+going+to|aren't+going+to ~4 in+time|on+time",
      hit: "The brochure won't be ready in time for the fair.",
      miss: 'The brochure will be ready in time for the fair.',
    },
    {
      id: 'cannot-be-used',
      pattern: "can't|cannot|won't|isn't|aren't (be) used|usable|accessible|occupied|habitable|lived+in",
      hit: "Until then the kitchen can't be used.",
      miss: 'From Monday the kitchen can be used again.',
    },
    {
      id: 'over-budget',
      pattern: 'over+budget|over+the+budget|exceeds+the+budget|above+budget',
      hit: 'The refit is now well over budget.',
      miss: 'The refit came in under budget.',
    },
    {
      id: 'outside-scope',
      pattern:
        'outside|beyond|exceeds|exceed|blow|blows|bust|break|breaks the|our (agreed|original|quoted|fixed) scope|budget|brief|estimate|quote|timeline|schedule',
      hit: 'Two of the new pages fall outside the agreed scope.',
      miss: 'All of the new pages fall within the agreed scope.',
    },
    {
      id: 'decision-is-yours',
      pattern: 'decision|choice|call|say (is|rests|remains|lies) (entirely|ultimately|of+course) yours|with+you',
      hit: 'The final decision is yours.',
      miss: 'The final decision is ours.',
    },
    {
      id: 'has-not-run-since',
      pattern:
        "hasn't|haven't|has+not|have+not (been) completed|run|worked|working|synced|updated|backed+up ~3 for|since",
      hit: "The nightly backup hasn't completed for a week.",
      miss: 'The nightly backup has completed every day.',
    },
    {
      id: 'cannot-carry-on',
      // Work that stops until the reader acts: "We can't really carry on with the tiling."
      pattern:
        "<self>|we|i can't|cannot|can+not|won't+be+able+to|are+unable+to (really|quite|safely|properly) carry+on|continue|proceed|go+ahead|move+forward|get+started|progress",
      hit: "We can't safely carry on with the roof like this.",
      miss: 'We can carry on with the roof on Monday.',
    },
    {
      id: 'puts-at-risk',
      pattern: 'puts|put|putting|leaves|leaving|places ~6 tight+spot|at+risk|in+jeopardy|in+doubt|under+pressure',
      hit: 'That puts the opening date at risk.',
      miss: 'That puts a smile on our faces.',
    },
    {
      id: 'schedule-tight',
      pattern:
        'schedule|timeline|timing|turnaround|timeframe|time (is|looks|is+getting|is+looking|gets) (a+bit|a+little|very|rather|pretty|quite|really|extremely) tight|short|close',
      hit: 'The timeline is looking a bit tight now.',
      miss: 'The timeline is looking good now.',
    },
    {
      id: 'could-or',
      // Two ways floated and none chosen: "We could escalate now or wait."
      pattern: "<self>|one|we'd could|might ~8 or",
      hit: 'We could reseal the joints or replace the tiles.',
      miss: 'We could not have done it without you.',
    },
    {
      id: 'several-drafts',
      // Several versions laid before the reader: a choice they must make.
      pattern:
        'two|three|four|several|a+few|a+couple+of|various (colour|color|design|logo) concepts|versions|drafts|designs|mock-ups|mockups|layouts|variations|alternatives|directions|schemes|proposals|sketches',
      unlessBefore: ['your'],
      hit: 'We have put together three designs for the label.',
      miss: 'We have put together the design for the label.',
    },
    {
      id: 'your-call',
      pattern:
        "is|are|it's|that's|remains (now|really|ultimately|entirely|completely|all|very+much) (entirely|completely|all) up+to+you|your+call|your+decision|your+choice",
      hit: 'Whether we appeal is ultimately your call.',
      miss: 'Whether we appeal was discussed on Monday.',
    },
    {
      id: 'we-may-need-to',
      pattern:
        "<self>|we'll|i'll (may|might|will|probably|definitely) (probably) need+to|have+to rethink|reconsider|revisit|discuss|decide|figure+out|work+out|look+into|think+about|find|sort+out|sit+down|go+through|go+over|talk",
      hit: 'We might need to rethink the layout of the bathroom.',
      miss: 'We might have the tiles by Friday.',
    },
    {
      id: 'should-get-sorted',
      // Something must be done, by no one in particular: "This should probably get sorted soon."
      pattern:
        'should|must|needs+to|need+to|has+to|have+to|ought+to (probably|really|urgently|ideally) be|get sorted|fixed|resolved|addressed|looked+at|looked+into|checked|investigated|examined|dealt+with|decided|settled|cleared+up|chased|replaced|removed|renewed|repaired',
      unlessAfter: [
        'now',
        'already',
        'by',
        'in',
        'with',
        'within',
        'once',
        'when',
        'after',
        'automatically',
        'itself',
        'today',
        'tomorrow',
        'this',
        'next',
      ],
      hit: 'The leak really needs to be looked at soon.',
      miss: 'The leak should be fixed by Friday.',
    },
    {
      id: 'not-as-planned',
      pattern:
        "can't|cannot|won't|isn't|aren't|doesn't|not ~4 as+drawn|as+planned|as+designed|as+specified|as+intended",
      hit: "The beam can't go in as drawn.",
      miss: 'The beam went in as drawn.',
    },
    {
      id: 'is-urgent',
      pattern: "is|it's|is+getting|getting|becoming (quite|rather|a+bit|now) urgent|pressing|time-critical",
      hit: 'The decision about the windows is getting urgent.',
      miss: 'The decision about the windows has been made.',
    },
    {
      id: 'time-running-out',
      pattern: "time is|time's (getting|running) (a+bit|a+little|rather|pretty|quite|very) running+out|short|tight",
      hit: 'Time is running out for the permit application.',
      miss: 'There is plenty of time for the permit application.',
    },
    {
      id: 'we-should-discuss',
      pattern:
        '<self> should|need+to|ought+to|must (probably|maybe|really) discuss|talk|sort+out|look+at|go+over|figure+out',
      hit: 'We should maybe go over the invoice list together.',
      miss: 'We went over the invoice list on Monday.',
    },
    {
      id: 'at-some-point',
      pattern: 'at+some+point|at+some+stage|down+the+line|sometime|one+of+these+days|when+you+get+a+chance',
      hit: 'It would be good to look at the contract at some point.',
      miss: 'The contract arrived this morning.',
    },
    {
      id: 'still-outstanding',
      pattern:
        'is|are|remains|remain (still|now|currently) outstanding|missing|pending|unresolved|unsigned|unpaid|unanswered|overdue|leaking|broken|faulty|offline|blocked',
      hit: 'Your signature on the engagement letter is still outstanding.',
      miss: 'Your signature on the engagement letter arrived today.',
    },
    {
      id: 'still-down',
      // A state that is a problem only when it lasts: "the lawn is down" (laid), "it is cold outside".
      pattern: 'is|are|remains|remain still|again|currently unclear|cold|damp|unstable|down|stuck',
      hit: 'The website is still down after the update.',
      miss: 'The new lawn is down and rooting nicely.',
    },
    {
      id: 'still-open',
      // "open" alone is opening hours ("the practice is open from 8"), not a matter left open.
      pattern: 'is|are|remains|remain|thing|question|point still|yet open|undecided',
      hit: 'The question of the fence is still open.',
      miss: 'The practice is open every day from eight.',
    },
    {
      id: 'remains-open',
      pattern: 'remains|remain open|undecided|unclear|unknown|unresolved',
      hit: 'The colour of the tiles remains open.',
      miss: 'The shop remains closed on Sundays.',
    },
    {
      id: 'still-need',
      pattern: "<self> still need|needs|require|requires|don't+have|lack|missing|miss",
      hit: 'We still need the receipts for the home office.',
      miss: 'We now have the receipts for the home office.',
    },
    {
      id: 'someone-should',
      pattern: 'someone|somebody should|needs+to|has+to|must|ought+to',
      hit: 'Someone needs to decide on the tiles before Friday.',
      miss: 'Somebody left a lovely card at reception.',
    },
    {
      id: 'up-to-you',
      pattern: "is|are|it's|that's (now|really) (entirely|completely|all) up+to+you|your+call|your+decision",
      hit: 'Which stone we use is entirely up to you.',
      miss: 'Which stone we use is decided.',
    },
    {
      id: 'decision-rests-with-you',
      pattern: 'lies|rests|remains with you',
      hit: 'The choice of contractor now rests with you.',
      miss: 'The choice of contractor now rests with the council.',
    },
    {
      id: 'a-few-ways',
      pattern:
        "there+are|there+were|there+would+be|we+have|we've+got|we+have+got (a+few|a+couple+of|several|two|three|various|different|some|a+number+of|a+handful+of|lots+of|many) (different|other|possible) ~1 ways|options|approaches|routes|possibilities|alternatives|directions|paths",
      hit: 'There are several ways to insulate the loft.',
      miss: 'There is one way to insulate the loft, and we will do it.',
    },
    {
      id: 'need-a-steer',
      pattern: "<self>|we'll|i'll (will|would) need ~2 steer|decision|sign-off|go-ahead|approval|choice",
      hit: 'We will need your go-ahead on the budget.',
      miss: 'We have your go-ahead on the budget.',
    },
    {
      id: 'cannot-until',
      pattern: "can't|cannot|can+not ~6 until|unless|before",
      hit: "We can't pour the slab until the survey is back.",
      miss: 'We can pour the slab on Monday.',
    },
    {
      id: 'would-cost',
      pattern:
        'would|will cost|be+roughly|be+about|be+around|be+approximately|come+to|run+to|set+you+back|be+in+the+region+of',
      // "will come to your home", "will be about the budget": a visit or a topic, no price.
      unlessAfter: [
        'the',
        'your',
        'you',
        'us',
        'our',
        'my',
        'me',
        'them',
        'this',
        'that',
        'a',
        'an',
        'it',
        'see',
        'visit',
      ],
      hit: 'New gutters would cost about 900 pounds.',
      miss: 'New gutters cost us 900 pounds last year.',
    },
    {
      id: 'still-not-working',
      pattern:
        "still (do|does|did|is|are|has|have|was) not|isn't|aren't|doesn't|don't|hasn't|haven't|won't|wasn't ~1 work|works|working|fixed|sorted|resolved|right|done|ready|fit|fits|close|closes|open|opens|drain|drains|run|runs",
      hit: 'The back door still does not close properly.',
      miss: 'The back door now closes properly.',
    },
    {
      id: 'hasnt-helped',
      pattern:
        "hasn't|haven't|has+not|have+not|didn't|did+not (really) helped|help|worked|made+a+difference|done+the+trick so+far|yet|at+all",
      hit: 'The new filter has not helped so far.',
      miss: 'The new filter has helped a lot.',
    },
    {
      id: 'locked-since',
      pattern: 'been locked|disabled|offline|blocked|unavailable|suspended since',
      hit: 'The shared drive has been offline since Monday.',
      miss: 'The shared drive has been online since Monday.',
    },
    {
      id: 'cannot-like-this',
      pattern:
        "<self>|we can't|cannot|can+not ~1-5 like+this|like+that|as+they+are|as+it+is|in+this+state|in+this+form",
      // "I can't work like that": a complaint about conditions, not a piece of work held up.
      unlessWithin: ['work', 'working', 'live', 'go+on'],
      hit: "We can't submit the claim in this form.",
      miss: 'We can submit the claim in this form.',
    },
    {
      id: 'nothing-moves-without',
      pattern:
        'nothing moves|happens|can+move|can+happen|can+proceed|goes+ahead without+it|without+them|without+that|until+then',
      hit: 'Nothing can proceed without that signature.',
      miss: 'Everything can proceed without that signature.',
    },
    {
      id: 'deadline-not-extended',
      pattern: "not|won't|didn't|hasn't|haven't extended|extend ~0-2 deadline|time+limit|cut-off",
      hit: 'The court has not extended the deadline.',
      miss: 'The court has extended the deadline.',
    },
    {
      id: 'nothing-has-been',
      pattern: 'nothing (has|had) (yet) been|happened',
      hit: 'Nothing has been filed with the registry yet.',
      miss: 'Everything has been filed with the registry.',
    },
    {
      // Nothing paid or sent, and no word on what now: "No salaries were paid."
      id: 'no-payments-out',
      pattern:
        'nothing|no+payments|no+payment|no+money|no+wages|no+salaries|no+orders|no+funds (has|had|have|can|was|were) (yet) (been) gone+out|go+out|ship|shipped|paid|be+paid|sent|be+sent|processed|be+processed|released|transferred',
      hit: 'No wages have gone out this month.',
      miss: 'All wages have gone out this month.',
    },
    {
      id: 'could-not-be-run',
      pattern: "could+not|couldn't|cannot|can't|can+not be run|processed|filed|submitted|released|paid|completed",
      hit: 'Your tax return could not be filed.',
      miss: 'Your tax return has been filed.',
    },
    {
      // A fault that keeps coming back after the attempts: "reset it twice and the Wi-Fi keeps dropping out".
      id: 'keeps-failing',
      pattern:
        'twice|again|three+times|several+times|repeatedly ~1-6 keeps|kept|keep (on) dropping|failing|crashing|leaking|freezing|breaking|cutting+out|going+down|tripping|jamming|flickering|disconnecting',
      hit: 'We bled the radiators twice, but the boiler keeps cutting out at night.',
      miss: 'We bled the radiators twice, and the boiler keeps the house warm.',
    },
    {
      // A process halted and left there: "The transfer has been stopped."
      id: 'has-been-stopped',
      pattern:
        'transfer|payment|payments|payroll|order|orders|delivery|shipment|booking|account|card|application|claim|filing ~2 has|have|had|was|were been stopped|halted|frozen|blocked|suspended|rejected|returned|bounced|declined|put+on+hold',
      hit: 'Your card payment has been declined twice.',
      miss: 'Your card payment has been received.',
    },
    {
      id: 'not-sure-yet-how',
      pattern: 'not sure yet how|what|whether|who|when',
      hit: 'Not sure yet how we will handle the party wall.',
      miss: 'Sure, we will handle the party wall.',
    },
    {
      id: 'havent-received',
      pattern: "<self> (still) haven't|have+not|have+yet+to|hadn't (yet) received|receive|had|got|gotten|seen|heard",
      hit: "We still haven't received the signed lease.",
      miss: 'We received the signed lease this morning.',
    },
    {
      id: 'not-yet',
      pattern:
        "hasn't|haven't|has+not|have+not|isn't|aren't|is+not|are+not (yet) (been) come+through|reached|signed|paid|settled|done|completed|complete|returned|approved|received|cleared|sorted|confirmed|finalised|finalized|submitted|filed|booked ~4 yet",
      hit: "The retainer hasn't been paid yet.",
      miss: 'The retainer has been paid.',
    },
    {
      id: 'overdue',
      pattern: 'is|are|been (now|long|well) overdue|past+due',
      hit: 'The second instalment is now overdue.',
      miss: 'The second instalment is due in May.',
    },
    {
      id: 'deadline-close',
      pattern:
        'deadline|window|cut-off|time|date ~5 is|getting|closes|expires|runs+out|looming|running (getting|very|quite|pretty) close|closer|near|soon|shortly|short|tight|looming|out',
      hit: 'The deadline for objections is getting close.',
      miss: 'The deadline for objections is 30 June.',
    },
    {
      id: 'without-cannot',
      pattern: "^without ~5 <self> can't|cannot|can+not|won't|are+unable|am+unable",
      hit: "Without the meter readings we can't finish the statement.",
      miss: 'Without any fuss we can finish the statement today.',
    },
    {
      id: 'depends-on-you',
      pattern: 'depends|depend|hinges|rests on you|your',
      hit: 'The start date depends on your answer about the crane.',
      miss: 'The start date depends on the weather.',
    },
    {
      id: 'waiting-on-you',
      pattern: 'waiting|held+up|on+hold|stuck on|for|until your|you',
      hit: 'The print run is on hold until you approve the cover.',
      miss: 'The print run is on its way to you.',
    },
    {
      id: 'been-waiting',
      pattern: '<self> (have|are|am) been|still waiting',
      hit: "We've been waiting since March for the survey.",
      miss: 'We waited for the lift and went up.',
    },
    {
      id: 'no-decision-yet',
      pattern:
        'no|nothing decision|decided|answer|reply|feedback|word|response|go-ahead|sign-off|approval|agreed|confirmed (yet|so+far)',
      hit: "There's no word yet on the planning side.",
      miss: 'The planning side has no bearing on the roof.',
    },
  ],
};

/**
 * What takes the urgency out of a pending sentence: reassurance ("keine Sorge",
 * "no rush") or a condition in front ("Wenn die Belege noch nicht vollständig
 * sind, …", "if you missed the deadline"): the writer then states no gap of the reader's.
 */
export const NOT_PENDING: FrameBook = {
  de: [
    {
      id: 'keine-sorge',
      pattern: 'keine|kein sorge|sorgen|stress|eile|problem|hektik|druck',
      hit: 'Keine Sorge, die Belege können auch später kommen.',
      miss: 'Die Belege fehlen noch.',
    },
    {
      id: 'eilt-nicht',
      pattern: 'eilt|drängt|pressiert nicht|keineswegs|überhaupt+nicht',
      hit: 'Die Belege fehlen noch, aber das eilt nicht.',
      miss: 'Die Belege fehlen noch, und das eilt.',
    },
    {
      id: 'in-ruhe',
      pattern: 'hat|haben (aber) (noch|gut) zeit|in+ruhe|in+aller+ruhe',
      hit: 'Die Unterschrift fehlt noch, das hat aber noch Zeit.',
      miss: 'Die Unterschrift fehlt noch.',
    },
    {
      id: 'entweder-sie',
      // The reader is told the choice and what follows from it: a demand, not a matter left open.
      pattern: 'entweder <reader>',
      hit: 'Entweder Sie schicken die Formulare, oder wir verschieben den Termin.',
      miss: 'Entweder wir kürzen den Text oder wir nehmen eine Seite mehr.',
    },
    {
      id: 'fehler-liegt-bei',
      // Whose fault it is, not whose choice: "Der Fehler liegt bei Ihnen".
      pattern: 'fehler|schuld|ursache|verantwortung ~3 liegt|liegen ~3 bei',
      hit: 'Der Fehler in der Abrechnung liegt bei Ihnen.',
      miss: 'Die Wahl der Farbe liegt bei Ihnen.',
    },
    {
      id: 'nichts-kaputt',
      pattern: 'nichts ~3 kaputt|beschädigt|verloren|fehlt|offen',
      hit: 'Zum Glück ist nichts kaputt gegangen.',
      miss: 'Das Tor ist kaputt.',
    },
    {
      id: 'keine-antwort-noetig',
      pattern: 'keine|kein antwort|rückmeldung|handlungsbedarf (ist) nötig|notwendig|erforderlich',
      hit: 'Eine Antwort ist nicht nötig, keine Rückmeldung erforderlich.',
      miss: 'Eine Rückmeldung ist bis Freitag erforderlich.',
    },
    {
      id: 'keine-probleme',
      pattern: 'keine|keinen|nicht ~2 probleme|ärger|schwierigkeiten',
      hit: 'Das wird keine Probleme machen.',
      miss: 'Das wird Probleme machen.',
    },
    {
      id: 'nicht-schwierig',
      pattern: 'nicht|kaum|kein (zum) problem|problematisch|schwierig|heikel|teuer',
      hit: 'Das wird nicht schwierig.',
      miss: 'Das wird schwierig.',
    },
    {
      id: 'nichts-verloren',
      pattern: 'nichts|keine|kein ~4 verloren',
      hit: 'Keine Daten gehen dabei verloren.',
      miss: 'Alle Daten gehen dabei verloren.',
    },
    {
      id: 'ist-sie-noch-offen-geht',
      // A condition put first with the verb: "Ist die Rechnung dann noch offen, geht sie ans Inkasso."
      pattern:
        '^ist|sind|bleibt|bleiben|liegt|liegen|fehlt|fehlen ~8 , geht|gehen|wird|werden|müssen|muss|leiten|geben|gibt',
      hit: 'Ist die Rechnung Ende Mai noch offen, geht sie an unser Inkasso.',
      miss: 'Die Rechnung ist noch offen.',
    },
    {
      id: 'falls-etwas',
      pattern: 'wenn|falls|sollte|sollten (noch|sonst|dann) etwas|irgendetwas|was|fragen',
      hit: 'Melden Sie sich gern, falls noch etwas unklar ist.',
      miss: 'Es ist noch etwas unklar beim Dach.',
    },
    {
      id: 'wenn-vorne',
      pattern: '^wenn|falls|sofern',
      hit: 'Falls die Belege noch fehlen, ist das nicht schlimm.',
      miss: 'Die Belege fehlen noch, das ist schlimm.',
    },
    {
      // „Sollten Sie …, …“ is a condition; „Sollten wir mal besprechen.“ (no comma, no reader) says what is due.
      id: 'sollte-vorne',
      pattern: '^sollte|sollten <reader>|es|sich|man|das|der|die|noch|etwas|irgendetwas|was',
      hit: 'Sollte es noch Fragen geben, rufen Sie einfach an.',
      miss: 'Es gibt noch Fragen, rufen Sie einfach an.',
    },
    {
      id: 'sollten-wir-komma',
      pattern: '^sollte|sollten <self> ~1-8 ,',
      hit: 'Sollten wir bis Freitag nichts hören, ist die Sache erledigt.',
      miss: 'Wir hören bis Freitag nichts, die Sache ist erledigt.',
    },
  ],
  en: [
    {
      id: 'no-rush',
      pattern: "don't|do+not|no worry|worries|rush|hurry|pressure|stress|problem",
      hit: "Don't worry, the receipts can come later.",
      miss: 'The receipts are still missing.',
    },
    {
      id: 'take-your-time',
      pattern: 'take+your+time|whenever+suits|whenever+it+suits|not+urgent|no+urgency|in+your+own+time',
      hit: 'The receipts are still missing, but take your time.',
      miss: 'The receipts are still missing, so time is tight.',
    },
    {
      id: 'either-you',
      pattern: 'either you',
      hit: 'Either you send the forms, or we move the appointment.',
      miss: 'Either we trim the text or we add a page.',
    },
    {
      id: 'nothing-broken',
      pattern: 'nothing|none ~3 broken|missing|damaged|lost|wrong|outstanding',
      hit: 'Good news: nothing is broken.',
      miss: 'The gate is broken.',
    },
    {
      id: 'no-reply-needed',
      pattern: 'no reply|response|action|answer (is) needed|necessary|required',
      hit: 'No reply needed, this is just for your files.',
      miss: 'A reply is needed by Friday.',
    },
    {
      id: 'no-trouble',
      pattern: 'not|never|no|nothing ~2 trouble|problems|issues|needs|need',
      hit: 'That will not cause any trouble.',
      miss: 'That will cause trouble.',
    },
    {
      id: 'not-a-problem',
      pattern: 'not|never|hardly|no (be) (a) problem|issue|tricky|difficult|expensive',
      hit: 'That would not be a problem at all.',
      miss: 'That would be a problem for the handover.',
    },
    {
      id: 'nothing-lost',
      pattern: 'nothing|no+data|none ~4 lost',
      hit: 'Nothing will be lost in the move.',
      miss: 'Everything will be lost in the move.',
    },
    {
      id: 'if-anything',
      pattern: 'if|should|in+case (there+is|there+are) (still) something|anything|any+questions',
      hit: 'Ping me anytime if something is unclear.',
      miss: 'Something is still unclear about the roof.',
    },
    {
      id: 'if-in-front',
      pattern: '^if|in+case|should|when|once',
      hit: 'If the receipts are still missing, that is fine.',
      miss: 'The receipts are still missing, and that is a problem.',
    },
  ],
};

/**
 * What the missing part is needed for, said as a plain consequence: "Ohne diese Zeichnung kann der Antrag nicht
 * bearbeitet werden", "Without the plan we can't put it out to consultation". Beside "Es fehlt noch …" it tells the
 * reader what to send and why, an ask in all but form (an ultimatum's sanction is read by its own rule).
 */
export const NEEDED_FOR: FrameBook = {
  de: [
    {
      id: 'ohne-kann-nicht',
      pattern:
        '^ ohne diese|dieses|diesen|die|den|das|=Ihre|=Ihren|=Ihr|deine|deinen|dein ~0-3 kann|können|lässt|ist|sind ~0-8 nicht|kein|keine|erst',
      hit: 'Ohne diese Unterschrift kann das Grundbuchamt den Antrag nicht bearbeiten.',
      miss: 'Ohne Eile kann das Grundbuchamt den Antrag bearbeiten.',
    },
    {
      id: 'erst-mit-eingang',
      pattern: 'erst mit|nach eingang|vorlage|erhalt der|des|aller|ihrer',
      hit: 'Die Frist beginnt erst mit Eingang der vollständigen Unterlagen.',
      miss: 'Die Frist beginnt mit dem ersten Werktag.',
    },
  ],
  en: [
    {
      id: 'without-we-cannot',
      pattern:
        "^ without this|these|the|your|it|them ~0-3 we|i|the|it ~0-4 can't|cannot|can+not|won't+be+able|will+not+be+able|is+unable|are+unable",
      hit: "Without the signed plan we can't put the licence out for consultation.",
      miss: 'Without delay we can put the licence out for consultation.',
    },
    {
      id: 'before-we-can',
      pattern: "before we|i can ~1-8 we|i|we'll|i'll|we'd|i'd (will|would|still|first) need|require",
      hit: 'Before we can submit the claim, we need the signed form.',
      miss: 'Before the meeting, we will send the agenda.',
    },
  ],
};
