// Commands at the reader: an obligation ("you need to send …", "Sie müssen …
// unterschreiben", "Sie haben … einzureichen"), an imperative or a want with
// "immediately"/"umgehend", a "you will … by Friday". They take the decision
// away from the reader (principle 6). Advice is the near miss: the same words
// hanging on a condition about the reader's own situation ("call at once if the
// swelling grows"), serving the reader ("to keep your claim"), or giving a reason
// for a deadline ("so we can print on Monday"). rules/ultimatum.ts reads whole
// sentences with these books; pattern syntax: ../pattern.ts.
import type { FrameBook, FrameEntry } from '../rules/frames';
import type { Language } from '../types';

export interface CommandData {
  /** A demand aimed at the reader. */
  commands: readonly FrameEntry[];
  /** Anywhere in the sentence: a condition, a purpose for the reader or a reason, so the command is advice. */
  advice: readonly FrameEntry[];
  /** Words (folded) inside a command that soften it into help ("you only need to sign", "Sie müssen nichts tun"). */
  softeners: readonly string[];
  /** Words (folded) right before "if"/"wenn" that make it the frame of a request, not a condition ("I'd appreciate it if", "dankbar, wenn"). */
  politeFrames: readonly string[];
}

// What a reader is told to do: send, pay, sign, fix, decide … (not see, try, come, enjoy: those are tips).
const ACT_EN =
  'send|pay|sign|provide|submit|return|settle|transfer|deliver|remove|stop|cease|refund|reimburse|confirm|reply|respond|answer|fix|correct|complete|fill|forward|approve|supply|hand|clear|decide|resolve|sort|finish|finalise|finalize|produce|vacate|repair|replace|remit|upload|cover|release|cancel|withdraw|get+back|call+me|call+us|ring+me|email+me|update+me|chase|sign-off|countersign|reply|explain|justify|pay+up|take+down|pick+up';
const NOW_EN =
  'immediately|at+once|right+now|right+away|straight+away|asap|forthwith|without+delay|without+further+delay|without+any+further+delay|this+instant|urgently|as+a+matter+of+urgency|by+return';
const BY_EN =
  'by|before|no+later+than|within|today|tonight|tomorrow|immediately|at+once|forthwith|asap|right+away|straight+away|now';

// German infinitives at the clause end ("… unterschreiben"), and zu-infinitives ("… einzureichen").
const ACT_DE =
  'unterschreiben|unterzeichnen|schicken|senden|zusenden|zuschicken|zurückschicken|zurücksenden|einreichen|nachreichen|zahlen|bezahlen|begleichen|überweisen|ausgleichen|liefern|nachliefern|vorlegen|abgeben|bestätigen|freigeben|beantworten|beheben|beseitigen|korrigieren|erledigen|ausfüllen|räumen|entfernen|erstatten|zurückzahlen|zurückgeben|herausgeben|übermitteln|weiterleiten|hochladen|nachholen|entscheiden|nachbessern|reparieren|bereitstellen|beibringen|aushändigen|unterlassen|zukommen+lassen|nachweisen|zurückrufen|nachkommen|abschließen|fertigstellen';
const ZU_DE =
  'zu+unterschreiben|zu+unterzeichnen|zu+schicken|zu+senden|zuzusenden|zuzuschicken|zurückzuschicken|zurückzusenden|einzureichen|nachzureichen|zu+zahlen|zu+bezahlen|zu+begleichen|zu+überweisen|auszugleichen|zu+liefern|vorzulegen|abzugeben|zu+bestätigen|freizugeben|zu+beantworten|zu+beheben|zu+beseitigen|zu+erledigen|auszufüllen|zu+räumen|zu+entfernen|zu+erstatten|zurückzuzahlen|zurückzugeben|herauszugeben|zu+übermitteln|beizubringen|auszuhändigen|zu+unterlassen|nachzuweisen|nachzukommen';
const NOW_DE =
  'sofort|umgehend|unverzüglich|schnellstmöglich|schnellstens|postwendend|asap|augenblicklich|ohne+verzug|ohne+weiteren+verzug|ohne+weitere+verzögerung|ohne+weitere+verzögerungen|auf+der+stelle|jetzt+sofort';
// Imperatives with Sie (or an object pronoun after them), and du/ihr imperatives at the start.
const DO_DE =
  'schicken|senden|übersenden|zusenden|zurücksenden|überweisen|zahlen|bezahlen|begleichen|melden|kontaktieren|reichen|unterschreiben|rufen|antworten|teilen|bestätigen|liefern|entfernen|stellen|korrigieren|kümmern|geben|füllen|erledigen|entscheiden|informieren|beheben|räumen|erstatten|leiten|legen|sorgen';
const DO_DU =
  'schick|schicke|schickt|send|sende|sendet|überweis|überweise|überweist|zahl|zahle|zahlt|meld|melde|meldet|unterschreib|unterschreibe|unterschreibt|ruf|rufe|ruft|antworte|antwortet|gib|gebt|erledige|erledigt|behebe|behebt|kümmer|kümmere|kümmert|bestätige|bestätigt|liefer|liefere|liefert|reich|reiche|reicht|füll|fülle|füllt';
const BY_DE = 'bis|spätestens|binnen|innerhalb|sofort|umgehend|unverzüglich|heute|morgen|schnellstmöglich|schnellstens';

const EN: CommandData = {
  commands: [
    {
      id: 'you-need-to',
      pattern: `<reader> (really|urgently|absolutely|definitely|now|still) need+to|needs+to|have+to|has+to|must|got+to|are+to|are+required+to|is+required+to ${ACT_EN}`,
      // "there's nothing you need to forward": no demand.
      unlessBefore: ['nothing', 'anything'],
      hit: 'You need to send the payslips before Friday.',
      miss: 'We need to send the payslips before Friday.',
    },
    {
      id: 'you-will-by',
      pattern: `you+will|you'll|you+shall|you+are+to ~1 ${ACT_EN} ~6 ${BY_EN}`,
      hit: 'You will provide the missing invoices by Wednesday.',
      miss: 'You will receive the missing invoices by Wednesday.',
    },
    {
      id: 'imperative-now',
      pattern: `^ (please|kindly|now) ${ACT_EN}|get|put|have|bring|do|make ~6 ${NOW_EN}`,
      hit: 'Fix the login problem right now.',
      miss: 'We fixed the login problem right away.',
    },
    {
      // "I must ask you to settle the balance without further delay": the writer's obligation as the reader's.
      id: 'must-ask-you-now',
      pattern: `<self> must|have+to|need+to|am+obliged+to (now) ask|request|insist|require (that) you (to) ~6 ${NOW_EN}`,
      hit: 'I must ask you to clear the April balance without further delay.',
      miss: 'I must ask you to clear the April balance when you next have a moment.',
    },
    {
      // The formal "kindly": "Kindly ensure this is resolved by close of play."
      id: 'kindly-ensure-by',
      pattern: '^ kindly ensure|see+to+it|make+sure (that) ~8 by|no+later+than|today|tonight|tomorrow|immediately|asap',
      hit: 'Kindly ensure the invoice is settled by Friday.',
      miss: 'We will ensure the invoice is settled by Friday.',
    },
    {
      // Urgency in a polite frame: "I'd appreciate it if this could be dealt with immediately."
      id: 'appreciate-it-if-now',
      pattern: `<self> (would) appreciate|be+grateful|be+glad (it) if ~8 ${NOW_EN}`,
      hit: "I'd appreciate it if the invoice could be settled immediately.",
      miss: "I'd appreciate it if the invoice could be settled this month.",
    },
    {
      // Bare or "kindly"; "Please make sure you return the form by Tuesday" is an ordinary instruction.
      id: 'make-sure-by',
      pattern:
        '^ (kindly) make+sure|ensure|see+to+it (that) <reader> ~8 by|before|no+later+than|today|tonight|tomorrow',
      hit: 'Make sure you have the money in the account by the first.',
      miss: 'Please make sure you bring the parking permit by Monday.',
    },
    {
      id: 'want-it-by',
      pattern:
        '<self> @want|@need|@expect ~6 on+my+desk|on+our+desk|in+my+inbox|in+our+inbox|back|returned|fixed|sorted|signed|paid|settled|restored|reinstated|unblocked|reset|resolved|cleared|back+online|switched+back+on ~4 by|today|tonight|tomorrow|immediately|now|asap|at+once|this+week',
      hit: 'I want the revised drawings on my desk by close of business today.',
      miss: 'I sent the revised drawings to your desk by close of business today.',
    },
    {
      id: 'need-your-now',
      pattern:
        '<self> @need|@require|@want your|a|an (straight|clear|proper|full|firm|final|definite|written) ~2 decision|signature|answer|reply|response|payment|approval|sign-off|confirmation|documents|figures|details|input|feedback ~2 today|tonight|now|immediately|asap|at+once|urgently|this+morning|this+afternoon|by+tomorrow|by+tonight',
      hit: 'I need your decision today.',
      miss: 'I need your advice on the colours.',
    },
    {
      id: 'need-it-by',
      pattern:
        '<self> @need|@want|@require this|it|that|them|these|those|everything ~4 today|tonight|by+end+of+day|by+close+of+business|by+cob|by+eod|first+thing+tomorrow|by+tomorrow+morning',
      hit: 'We need this sorted by close of business.',
      miss: 'We sorted this by close of business.',
    },
  ],
  advice: [
    {
      // "To have Seren ready for the launch on 20 April, we need …": the purpose, the reader's, comes first.
      id: 'to-have-it-ready',
      pattern: '^ to|so+that|in+order+to have|get|keep ~1-4 ready|on+time|in+time|covered|booked|done',
      hit: 'To have the boat ready for the launch on 20 April, we need the signed work order by Friday.',
      miss: 'We need the signed work order by Friday.',
    },
    {
      id: 'condition',
      pattern:
        'if|when|whenever|unless|once+you|once+your|once+the|once+it|once+this|once+we|in+case|as+soon+as|should+you|should+the|should+there|before+you|before+your|after+you|at+the+first+sign|at+any+sign|in+an+emergency',
      hit: 'Call us at once if the swelling grows.',
      miss: 'Call us at once.',
    },
    {
      id: 'for-the-reader',
      pattern:
        'to+avoid|to+keep|to+protect|to+claim|to+qualify|to+be+eligible|to+secure|to+make+sure|to+ensure|to+bring+a|to+bring+an|to+bring+your|to+appeal|to+preserve|to+challenge|for+your+own|for+your+safety|your+own+protection|your+safety|in+your+interest|in+your+own+interest',
      hit: 'You need to return the form by Friday to keep your claim.',
      miss: 'You need to return the form by Friday.',
    },
    {
      id: 'reason',
      pattern:
        "so+that|so+you|so+the|so+it|so+i'll|so+we'll|so+i'm|so+we're|so+you'll|so+you're|because|in+order+to|that+way|no+rush|no+pressure|no+hurry",
      hit: 'Please send the text right away so the printer can start on Monday.',
      miss: 'Please send the text right away.',
    },
    {
      // Keeping children and pets from harm is a safety instruction, however firm: "keep the kids and the dog out".
      id: 'keep-children-away',
      pattern:
        "children|kids|pets|cat|cats|dog|dogs ~0-8 away|off|out|do+not+enter|don't+enter|do+not+touch|don't+touch|stay+out|kept+out",
      hit: 'You must keep the children and the dog out of the loft until Friday.',
      miss: 'You must clear the loft by Friday.',
    },
    {
      // Safety gear and briefings: a firm rule about them protects the reader ("must wear a lifejacket, no exceptions").
      id: 'safety-gear',
      pattern:
        'lifejacket|lifejackets|life+jacket|life+jackets|helmet|helmets|harness|harnesses|goggles|hard+hat|hard+hats|hi-vis|seatbelt|seatbelts|seat+belt|safety+briefing|safety+glasses|ear+defenders|buoyancy+aid',
      hit: 'Everyone on the zip line must wear a helmet, no exceptions.',
      miss: 'Everyone on the guest list must pay the deposit, no exceptions.',
    },
    {
      // "so we can print": a purpose; "so I need access restored": a consequence, the demand itself.
      id: 'so-we-can',
      pattern: 'so+we|so+i',
      unlessAfter: ['need', 'needs', 'must', 'expect', 'want', 'require', 'insist', 'demand'],
      hit: 'Please send the text right away so we can print on Monday.',
      miss: 'Your team broke the backup, so I need access restored immediately.',
    },
  ],
  softeners: ['only', 'just', 'merely', 'not', 'never', "don't", "needn't", "won't", 'no'],
  politeFrames: ['it', 'grateful', 'glad', 'thankful', 'appreciate'],
};

const DE: CommandData = {
  commands: [
    {
      id: 'sie-muessen',
      pattern: `=Sie|du|ihr @müssen ~8 ${ACT_DE}`,
      hit: 'Sie müssen die Formulare heute noch unterschreiben.',
      miss: 'Wir müssen die Formulare heute noch unterschreiben.',
    },
    {
      id: 'muessen-sie',
      pattern: `@müssen =Sie|du|ihr ~8 ${ACT_DE}`,
      hit: 'Die Formulare müssen Sie heute noch unterschreiben.',
      miss: 'Die Formulare müssen wir heute noch unterschreiben.',
    },
    {
      id: 'sie-haben-zu',
      pattern: `=Sie|du|ihr @haben ~8 ${ZU_DE}`,
      hit: 'Sie haben die Unterlagen bis Montag vollständig einzureichen.',
      miss: 'Wir haben die Unterlagen bis Montag vollständig eingereicht.',
    },
    {
      id: 'sie-werden-bis',
      pattern: `=Sie|du|ihr @werden ~5 ${BY_DE} ~6 ${ACT_DE}`,
      hit: 'Sie werden mir die fehlenden Rechnungen bis Mittwoch zukommen lassen.',
      miss: 'Sie werden die fehlenden Rechnungen bis Mittwoch erhalten.',
    },
    {
      // Mid-sentence too („…, und melden Sie sich umgehend“): the sentence's condition guards it, not the next word.
      id: 'imperativ-sofort',
      pattern: `${DO_DE} =Sie|mir|uns|dich|euch ~5 ${NOW_DE}`,
      hit: 'Beheben Sie den Fehler jetzt sofort.',
      miss: 'Wir beheben den Fehler jetzt sofort.',
    },
    {
      id: 'imperativ-du-sofort',
      pattern: `^ (bitte) ${DO_DU} ~6 ${NOW_DE}`,
      hit: 'Schick mir die Schlüssel schnellstmöglich zurück.',
      miss: 'Ich schicke dir die Schlüssel schnellstmöglich zurück.',
    },
    {
      id: 'bitte-sofort',
      pattern: `bitte ~2 ${NOW_DE}`,
      hit: 'Bitte umgehend zurücksenden.',
      miss: 'Bitte bis Freitag zurücksenden.',
    },
    {
      id: 'ich-brauche-sofort',
      pattern: `<self> @brauchen|@zurückbrauchen|@benötigen|@wollen|@zurückwollen|@möchten ~6 ${NOW_DE}`,
      hit: 'Ich brauche den unterschriebenen Vertrag sofort zurück.',
      miss: 'Ich schicke den unterschriebenen Vertrag sofort zurück.',
    },
    {
      // „…, brauche ich die Zugangsdaten jetzt sofort“: the verb before the writer.
      id: 'brauche-ich-sofort',
      pattern: `@brauchen|@zurückbrauchen|@benötigen|@wollen <self> ~6 ${NOW_DE}`,
      hit: 'Die Zugangsdaten brauche ich jetzt sofort.',
      miss: 'Die Zugangsdaten schicke ich jetzt sofort.',
    },
    {
      // Dringlichkeit in höflichem Rahmen: „Ich wäre Ihnen dankbar, wenn Sie das umgehend erledigen.“
      id: 'dankbar-wenn-sofort',
      pattern: `(ich|wir) wäre|wären|bin|sind ~2 dankbar|verbunden , wenn|falls ~8 ${NOW_DE}`,
      hit: 'Ich wäre Ihnen dankbar, wenn Sie die Rechnung umgehend begleichen.',
      miss: 'Ich wäre Ihnen dankbar, wenn Sie die Rechnung bis Monatsende begleichen.',
    },
    {
      // With „bitte“ it is a polite instruction: coaches leave „Bitte sorgen Sie dafür, dass …“ alone.
      id: 'sorgen-sie-dafuer',
      pattern:
        '^ sorge|sorgt|sorgen (=Sie|du|ihr) (unbedingt|umgehend|sofort|künftig|zukünftig|ab+sofort|in+zukunft|gefälligst|ab+jetzt) dafür , dass|daß',
      // The pattern skips particles: „Sorgen Sie bitte dafür, …“ is the same polite instruction.
      unlessWithin: ['bitte'],
      hit: 'Sorgen Sie dafür, dass die Baustelle morgen geräumt ist.',
      miss: 'Wir sorgen dafür, dass die Baustelle morgen geräumt ist.',
    },
    {
      id: 'sorgen-sie-bis',
      pattern: `^ sorge|sorgt|sorgen (=Sie) ~2 ${BY_DE} ~6 für`,
      hit: 'Sorgen Sie bis zum Ersten für die Deckung auf dem Konto.',
      miss: 'Wir sorgen bis zum Ersten für die Deckung auf dem Konto.',
    },
    {
      id: 'brauche-ihre-heute',
      pattern: `<self> @brauchen|@benötigen|@wollen <yours> ~2 heute|bis+heute|bis+morgen|${NOW_DE}`,
      hit: 'Ich brauche Ihre Entscheidung heute.',
      miss: 'Ich brauche Ihre Hilfe bei den Farben.',
    },
    {
      id: 'brauche-das-bis',
      pattern:
        '<self> @brauchen|@benötigen|@wollen das|es|die|den|alles ~4 bis+heute|heute+abend|bis+morgen+früh|morgen+früh|bis+spätestens|heute+noch|noch+heute',
      hit: 'Ich brauche das bis heute Abend.',
      miss: 'Ich schicke das bis heute Abend.',
    },
  ],
  advice: [
    {
      id: 'bedingung',
      // Medical and safety instructions name their condition with "bei …" as often as with "wenn".
      pattern:
        'wenn|falls|sofern|sobald|sollte|sollten|solltest|bevor|nachdem|bei+beschwerden|bei+schmerzen|bei+fieber|bei+atemnot|bei+schwindel|bei+blutungen|bei+übelkeit|bei+taubheit|bei+gasgeruch|bei+brandgeruch|bei+gefahr|bei+verschlechterung|im+notfall|im+ernstfall|im+zweifel',
      hit: 'Rufen Sie sofort an, wenn die Schwellung zunimmt.',
      miss: 'Rufen Sie sofort an.',
    },
    {
      // „Bei Hautausschlag oder Atemnot rufen Sie sofort an“: ein Symptom nach „bei“, auch an zweiter Stelle.
      id: 'bei-symptom',
      pattern:
        'bei ~0-3 beschwerden|schmerzen|fieber|atemnot|schwindel|blutungen|übelkeit|erbrechen|durchfall|ausschlag|hautausschlag|juckreiz|schwellung|rötung|krämpfen|kopfschmerzen|brustschmerzen|nebenwirkungen|gasgeruch|brandgeruch',
      hit: 'Bei Husten oder Atemnot melden Sie sich bitte sofort.',
      miss: 'Bei Fragen zur Rechnung melden Sie sich bitte sofort.',
    },
    {
      id: 'fuer-den-leser',
      pattern:
        'um+ihren|um+ihre|um+ihr|um+deinen|um+deine|zu+ihrem+schutz|zu+deinem+schutz|in+ihrem+interesse|in+ihrem+eigenen+interesse|zu+ihrer+sicherheit|fristwahrend|damit+=Sie|damit+du|damit+ihr',
      hit: 'Sie müssen den Einspruch bis Freitag einreichen, um Ihre Rechte zu wahren.',
      miss: 'Sie müssen den Einspruch bis Freitag einreichen.',
    },
    {
      // Kinder und Haustiere vor Schaden bewahren ist eine Sicherheitsanweisung, wie bestimmt sie auch klingt.
      id: 'kinder-fernhalten',
      pattern:
        'kinder|kindern|haustiere|haustier|katze|katzen|hund|hunde ~0-8 ~0-6 nicht+betreten|nicht+berühren|nicht+anfassen|nicht+fressen|nicht+essen|fernbleiben|fernhalten|fernzuhalten|fern',
      hit: 'Sorgen Sie dafür, dass Kinder und der Hund den Dachboden bis Freitag nicht betreten.',
      miss: 'Sorgen Sie dafür, dass der Dachboden bis Freitag geräumt ist.',
    },
    {
      // Schutzausrüstung und Sicherheitseinweisungen: eine feste Regel dazu schützt die Leserin.
      id: 'schutzausruestung',
      pattern:
        'schwimmweste|schwimmwesten|rettungsweste|rettungswesten|helm|helme|helmpflicht|klettergurt|sicherheitsgurt|schutzbrille|sicherheitsschuhe|warnweste|gehörschutz|sicherheitseinweisung|sicherheitsunterweisung',
      hit: 'Auf dem Hochseilgarten müssen alle einen Helm tragen, ohne Ausnahme.',
      miss: 'Auf der Gästeliste müssen alle die Anzahlung leisten, ohne Ausnahme.',
    },
    {
      id: 'grund',
      pattern: 'damit+wir|damit+ich|weil|denn|kein+druck|keine+eile|eilt+nicht|ohne+eile',
      hit: 'Bitte senden Sie den Text sofort, damit wir am Montag drucken können.',
      miss: 'Bitte senden Sie den Text sofort.',
    },
  ],
  softeners: [
    'nur',
    'lediglich',
    'bloß',
    'einfach',
    'nicht',
    'nichts',
    // „Sie müssen also weder zahlen noch …“
    'weder',
    'kein',
    'keine',
    'keinen',
    'keinesfalls',
    'niemals',
    'nie',
  ],
  politeFrames: ['dankbar', 'verbunden', 'froh'],
};

export const COMMANDS: Record<Language, CommandData> = { de: DE, en: EN };

export function commandBook(part: 'commands' | 'advice'): FrameBook {
  return { de: COMMANDS.de[part], en: COMMANDS.en[part] };
}
