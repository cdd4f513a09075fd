// Next steps the writer names: "Gern prüfe ich, ob …", "Ich melde mich
// morgen", "I'll send the revised plan". A mail that says what happens next
// leaves the reader in no doubt, even without asking for anything, so the
// unclear-ask rule counts these like a request. Each entry: a sentence it must
// find and one it must not (tests/lib/analysis/rules/frames.test.ts).
// Pattern syntax: ../pattern.ts.
import type { FrameBook } from './frames';

const VERBS_DE =
  '@erinnern|@benachrichtigen|@informieren|@prüfen|@schicken|@senden|@übernehmen|@kümmern|@klären|@erstellen|@vorbereiten|@helfen|@anrufen|@besprechen|@erläutern|@erklären|@nachfragen|@vorbeikommen|@vorbeibringen|@bestellen|@beauftragen|@reservieren|@einreichen|@weiterleiten|@unterstützen|@begleiten|@beraten';

export const NEXT_STEPS: FrameBook = {
  de: [
    {
      id: 'gern-pruefe-ich',
      pattern: `gern|gerne ${VERBS_DE} <self>`,
      hit: 'Gern kümmere ich mich um den Antrag beim Amt.',
      miss: 'Gern gesehen ist der Antrag beim Amt nicht.',
    },
    {
      id: 'ich-pruefe-gern',
      pattern: `<self> ${VERBS_DE} ~3 gern|gerne`,
      hit: 'Ich prüfe das gerne bis morgen.',
      miss: 'Sie prüfen das gerne bis morgen.',
    },
    {
      id: 'schicke-ich-ihnen',
      // The verb first: "Wie besprochen schicke ich Ihnen bis Freitag die Pläne."
      pattern: `${VERBS_DE}|@überweisen|@zahlen|@skizzieren|@zusammenstellen|@ausarbeiten <self> (=Ihnen|dir|euch|gern|gerne|morgen|heute|noch|dann)`,
      hit: 'Gleich morgen früh schicke ich Ihnen die Pläne.',
      miss: 'Gleich morgen früh schicken Sie mir die Pläne.',
    },
    {
      id: 'ich-gebe-ihnen-gern',
      // An offer is a next step, whatever the verb: "Ich gebe Ihnen gern zwei Adressen."
      pattern: '<self> ~1 =Ihnen|dir|euch ~2 gern|gerne',
      hit: 'Ich nenne Ihnen gern zwei Kolleginnen dafür.',
      miss: 'Sie nennen mir gern zwei Kolleginnen dafür.',
    },
    {
      id: 'ich-melde-mich',
      pattern: '<self> @melden mich|uns',
      hit: 'Ich melde mich, sobald der Statiker gerechnet hat.',
      miss: 'Sie melden sich, sobald der Statiker gerechnet hat.',
    },
    {
      id: 'melde-ich-mich',
      pattern: '@melden <self> mich|uns',
      hit: 'Morgen melde ich mich mit dem Angebot.',
      miss: 'Morgen melden Sie sich mit dem Angebot.',
    },
    {
      id: 'wir-schicken-ihnen',
      pattern: `<self> ${VERBS_DE} =Ihnen|dir|euch`,
      hit: 'Wir schicken Ihnen die Pläne bis Freitag.',
      miss: 'Sie schicken uns die Pläne bis Freitag.',
    },
    {
      id: 'ich-werde',
      pattern: `<self> werde|werden ~5 ${VERBS_DE}|@melden`,
      hit: 'Ich werde Ihnen das Angebot bis Donnerstag schicken.',
      miss: 'Sie werden das Angebot bis Donnerstag schicken.',
    },
    {
      id: 'ich-gebe-bescheid',
      pattern: '<self> gebe|geben ~3 bescheid|nachricht',
      hit: 'Ich gebe Ihnen Bescheid, sobald das Gutachten da ist.',
      miss: 'Sie geben mir Bescheid, sobald das Gutachten da ist.',
    },
    {
      id: 'bescheid-sagen',
      // "… und sage dir früh genug Bescheid": the subject may be left out after "und".
      pattern: 'und sage|sagen|gebe|geben ~3 bescheid',
      hit: 'Ich schaue täglich aufs Wetter und sage dir rechtzeitig Bescheid.',
      miss: 'Ich schaue täglich aufs Wetter und sage dir, wie es aussieht.',
    },
    {
      id: 'ich-teile-mit',
      // The writer passes word on, to the reader or a third party: "Ich teile ihm das schriftlich mit."
      pattern: '<self> teile|teilen ~5 mit',
      hit: 'Ich teile dem Vermieter das schriftlich mit.',
      miss: 'Der Vermieter teilt uns das schriftlich mit.',
    },
    {
      id: 'ich-kuemmere-mich',
      pattern: '<self> @kümmern mich|uns',
      hit: 'Wir kümmern uns um die Anmeldung beim Versorger.',
      miss: 'Sie kümmern sich um die Anmeldung beim Versorger.',
    },
    {
      id: 'sie-hoeren-von-mir',
      pattern: '=Sie|du|ihr hören|hörst|hört ~3 von mir|uns',
      hit: 'Sie hören spätestens Mittwoch von mir.',
      miss: 'Sie hören spätestens Mittwoch vom Amt.',
    },
    {
      id: 'ich-rufe-an',
      pattern: '<self> rufe|rufen =Sie|dich|euch ~3 an',
      hit: 'Ich rufe Sie morgen Vormittag an.',
      miss: 'Sie rufen mich morgen Vormittag an.',
    },
    {
      id: 'ich-habe-bestellt',
      // A remedy already under way: "ich habe schon einen Ersatz gebucht".
      pattern:
        '<self> habe|haben ~5 bestellt|gebucht|beauftragt|eingelegt|organisiert|reserviert|veranlasst|angefordert|eingereicht|nachbestellt|korrigiert|angepasst|umgestellt|ausgetauscht|behoben',
      hit: 'Wir haben schon einen Ersatzmonteur beauftragt.',
      miss: 'Sie haben schon einen Ersatzmonteur beauftragt.',
    },
    {
      id: 'unser-monteur',
      // Someone on the writer's side takes the next step: "Unser Monteur stellt die Tür beim nächsten Besuch nach".
      // Only said firmly (the rule checks: no maybe, no new problem in the sentence).
      pattern:
        'unser|unsere|unseren|mein|meine monteur|monteurin|techniker|technikerin|handwerker|elektriker|installateur|maler|fahrer|team|kollege|kollegin|statiker|mitarbeiter|mitarbeiterin|bauleiter|bauleiterin|vertretung ~8 kommt|kommen|stellt|prüft|repariert|tauscht|übernimmt|meldet|schickt|bringt|erledigt|baut|richtet|bessert|liefert|ruft',
      hit: 'Unser Monteur stellt die Tür bei seinem nächsten Besuch nach.',
      miss: 'Ihr Monteur stellt die Tür bei seinem nächsten Besuch nach.',
    },
    {
      id: 'wir-koennen-anbieten',
      // The writer's offer: "Gern können wir Ihnen einen Leihwagen stellen". Only said firmly (no "oder": the rule checks).
      pattern:
        '<self> kann|können ~7 anbieten|einbauen|montieren|liefern|schicken|übernehmen|verschieben|leihen|stellen|vorbeikommen|erstatten|pausieren|aussetzen|helfen|einrichten|reservieren',
      hit: 'Wir können Ihnen für die Zeit gern einen Leihwagen stellen.',
      miss: 'Sie können uns für die Zeit gern einen Leihwagen stellen.',
    },
    {
      id: 'nichts-zu-tun',
      // The reader is told there is nothing to do.
      pattern: 'müssen|müsst|musst|brauchen|braucht|brauchst ~5 nichts|nicht ~3 tun|kümmern|unternehmen|veranlassen',
      hit: 'Ihr müsst euch um die Anmeldung nicht kümmern.',
      miss: 'Ihr müsst euch um die Anmeldung kümmern.',
    },
  ],
  en: [
    {
      id: 'ill-send',
      pattern:
        "i'll|we'll|i+will|we+will|happy+to|glad+to (also|then|gladly) send|call|ring|talk|meet|discuss|help|check|follow+up|get+back|prepare|draft|look+into|update|confirm|book|arrange|file|submit|order|chase|email|forward|be+in+touch|get+on|sort|handle|take+care|revise|fix|review|pick+up|drop+off|come+by|phone|remind|notify|let+you+know",
      hit: "I'll send the revised drawings on Thursday.",
      miss: 'You will send the revised drawings on Thursday.',
    },
    {
      id: 'our-fitter-will',
      // Someone on the writer's side takes the next step: "Our fitter will adjust it on his next visit".
      // Only said firmly (the rule checks: no maybe, no new problem in the sentence).
      pattern:
        'our|my|the fitter|fitters|engineer|technician|electrician|plumber|installer|driver|team|colleague|crew|surveyor|site+manager|locum ~3 will|is+going+to|are+going+to|comes|is+coming|are+coming',
      hit: 'Our fitter will adjust it on his next visit.',
      miss: 'Your fitter will adjust it on his next visit.',
    },
    {
      id: 'we-can-offer',
      // The writer's offer: "we can lend you a heater for the week". Only said firmly (no "or": the rule checks).
      pattern:
        'we|i can ~3 fit|offer|send|lend|provide|arrange|book|move|set+up|cover|install|swap|bring|pause|refund|waive|reschedule|extend|help|come|put',
      hit: 'We can lend you a heater for the week free of charge.',
      miss: 'You can lend us a heater for the week free of charge.',
    },
    {
      id: 'we-are-going-to',
      pattern: "<self>|we're|i'm (are|am) going+to send|call|check|prepare|draft|book|arrange|file|submit|order",
      hit: 'We are going to book the scaffolding for May.',
      miss: 'They are going to book the scaffolding for May.',
    },
    {
      id: 'you-will-hear',
      pattern: "you'll|you+will hear from me|us",
      hit: "You'll hear from me by Wednesday.",
      miss: "You'll hear from the council by Wednesday.",
    },
    {
      id: 'leave-it-with-me',
      pattern: 'leave it|this|that with me|us',
      hit: 'Leave it with me and I will sort the permit.',
      miss: 'Leave it with the porter at the desk.',
    },
    {
      id: 'ive-booked',
      // A remedy already under way: "I've already booked a replacement".
      pattern:
        "i've|we've|i+have|we+have (already|now|also|just) ~3 booked|ordered|hired|arranged|lodged|filed|removed|changed|replaced|cancelled|reserved|requested|corrected|rebooked|reordered",
      hit: "We've already ordered a second pump for Tuesday.",
      miss: 'They already ordered a second pump for Tuesday.',
    },
    {
      id: 'nothing-to-do',
      // The reader is told there is nothing to do.
      pattern: "you+don't+need+to|you+do+not+need+to|no+need+for+you+to|nothing+for+you+to+do|nothing+you+need+to+do",
      hit: "You don't need to do anything about the registration.",
      miss: 'You need to do something about the registration.',
    },
    {
      id: 'on-it',
      pattern: '<self> (are|am) (already) on|onto it',
      hit: "We're on it and will report back.",
      miss: "It's on the list and will be reported.",
    },
  ],
};
