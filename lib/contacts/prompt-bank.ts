// Appreciation prompts (principle 3): before writing to or meeting a contact,
// Rapport asks for one thing the user values about them. Each question fits a
// short answer, since the answer goes into the contact's appreciation journal.
// Where a question quotes what the user might say to the contact, German gives
// the Sie and the du form so the quote matches how the user addresses them.

export type PromptTheme = 'personality' | 'behaviour' | 'moment' | 'learned' | 'makes-easy' | 'positive-moment';
export type PromptWhen = 'any' | 'new' | 'known' | 'tense';
export type ContactKind = 'client' | 'colleague' | 'supplier' | 'other';
/** German text addressed to the user with "Sie"; where the question quotes what the user might say TO the contact, give both forms. */
export type GermanText = string | { sie: string; du: string };
export interface PromptEntry {
  /** kebab-case, unique */
  id: string;
  theme: PromptTheme;
  /** 'new': little is known about the contact yet; 'known': the user has noted appreciations before; 'tense': the relationship is marked tense or the draft runs hot; 'any'. */
  when: PromptWhen;
  /** Contact kinds this question suits; omit for all kinds. */
  kinds?: ContactKind[];
  /**
   * {name} stands for the contact as the user calls them (Rapport fills "Frau Schmidt" or "Anna"); in German
   * {name:dat} and {name:acc} mark a slot in the dative or accusative ("an Herrn Weber"), {name} the nominative.
   */
  de: GermanText;
  en: string;
}

export const PROMPTS: readonly PromptEntry[] = [
  // A trait the user values.
  {
    id: 'personality-one-word',
    theme: 'personality',
    when: 'any',
    de: 'Welches Wort fasst zusammen, was Sie an {name:dat} mögen?',
    en: 'Which word sums up what you like about {name}?',
  },
  {
    id: 'personality-for-your-team',
    theme: 'personality',
    when: 'any',
    de: 'Welche Eigenschaft von {name:dat} hätten Sie gern auch in Ihrem eigenen Team?',
    en: 'What quality of {name} would you like to have on your own team?',
  },
  {
    id: 'personality-first-message',
    theme: 'personality',
    when: 'new',
    de: 'Welche Eigenschaft von {name:dat} zeigt sich schon in der ersten Nachricht?',
    en: 'What quality of {name} already shows in their first message?',
  },
  {
    id: 'personality-introduction',
    theme: 'personality',
    when: 'new',
    de: 'Was war Ihnen daran sympathisch, wie {name} sich vorgestellt hat?',
    en: 'What did you like about the way {name} introduced themselves?',
  },
  {
    id: 'personality-grown-on-you',
    theme: 'personality',
    when: 'known',
    de: 'Welche Seite an {name:dat} haben Sie erst mit der Zeit schätzen gelernt?',
    en: 'Which side of {name} did you only come to value over time?',
  },
  {
    id: 'personality-value-in-you',
    theme: 'personality',
    when: 'known',
    de: {
      sie: 'Wie würden Sie diesen Satz an {name:acc} beenden: „Ich schätze an Ihnen, dass …“?',
      du: 'Wie würden Sie diesen Satz an {name:acc} beenden: „Ich schätze an dir, dass …“?',
    },
    en: 'How would you finish this for {name}: “What I value about you is …”?',
  },
  {
    id: 'personality-irritant-as-strength',
    theme: 'personality',
    when: 'tense',
    de: 'Welche Eigenschaft von {name:dat}, die Sie gerade stört, ist in anderen Lagen eine Stärke?',
    en: 'Which trait of {name} that irritates you now is a strength in other situations?',
  },
  {
    id: 'personality-decisions',
    theme: 'personality',
    when: 'any',
    kinds: ['client'],
    de: 'Was schätzen Sie daran, wie {name} Entscheidungen trifft?',
    en: 'What do you value in how {name} makes decisions?',
  },

  // Something they do well, reliably.
  {
    id: 'behaviour-count-on',
    theme: 'behaviour',
    when: 'any',
    de: 'Worauf können Sie sich bei {name:dat} verlassen?',
    en: 'What can you count on {name} for?',
  },
  {
    id: 'behaviour-does-well',
    theme: 'behaviour',
    when: 'any',
    de: 'Was macht {name} in der Zusammenarbeit richtig gut?',
    en: 'What does {name} do really well when you work together?',
  },
  {
    id: 'behaviour-thanks-for-always',
    theme: 'behaviour',
    when: 'any',
    de: {
      sie: 'Womit würden Sie „Danke, dass Sie immer …“ für {name:acc} ergänzen?',
      du: 'Womit würden Sie „Danke, dass du immer …“ für {name:acc} ergänzen?',
    },
    en: 'How would you finish this for {name}: “Thank you for always …”?',
  },
  {
    id: 'behaviour-rely-when',
    theme: 'behaviour',
    when: 'known',
    de: {
      sie: '„Auf Sie ist Verlass, wenn es um … geht“ – was setzen Sie für {name:acc} ein?',
      du: '„Auf dich ist Verlass, wenn es um … geht“ – was setzen Sie für {name:acc} ein?',
    },
    en: '“I can count on you when it comes to …” – what goes in the gap for {name}?',
  },
  {
    id: 'behaviour-replies-so-far',
    theme: 'behaviour',
    when: 'new',
    de: 'Was hat Ihnen an den bisherigen Antworten von {name:dat} gefallen?',
    en: 'What did you like about the replies from {name} so far?',
  },
  {
    id: 'behaviour-first-exchange',
    theme: 'behaviour',
    when: 'new',
    de: 'Was hat {name} im ersten Austausch schon gut gemacht?',
    en: 'What did {name} already do well in your first exchange?',
  },
  {
    id: 'behaviour-offer-beyond-price',
    theme: 'behaviour',
    when: 'new',
    kinds: ['supplier'],
    de: 'Was gefällt Ihnen am Angebot von {name:dat}, abgesehen vom Preis?',
    en: 'What do you like about the offer from {name}, apart from the price?',
  },
  {
    id: 'behaviour-delivers-unasked',
    theme: 'behaviour',
    when: 'any',
    kinds: ['supplier'],
    de: 'Was liefert {name} verlässlich, ohne dass Sie nachhaken müssen?',
    en: 'What does {name} deliver reliably without you having to chase it?',
  },
  {
    id: 'behaviour-keeps-team-going',
    theme: 'behaviour',
    when: 'any',
    kinds: ['colleague'],
    de: 'Was erledigt {name} im Team, das sonst liegen bliebe?',
    en: 'What does {name} take care of in the team that would otherwise be left undone?',
  },
  {
    id: 'behaviour-says-what-is-needed',
    theme: 'behaviour',
    when: 'any',
    kinds: ['client'],
    de: 'Wobei sagt Ihnen {name} klar, was gebraucht wird?',
    en: 'Where does {name} tell you plainly what they need?',
  },
  {
    id: 'behaviour-reliable-despite-tension',
    theme: 'behaviour',
    when: 'tense',
    de: 'Was erledigt {name} trotz der Spannungen weiterhin zuverlässig?',
    en: 'What does {name} still do reliably, despite the tension?',
  },
  {
    id: 'behaviour-fair-in-disagreement',
    theme: 'behaviour',
    when: 'tense',
    de: 'Wann war {name} fair zu Ihnen, obwohl Sie anderer Meinung waren?',
    en: 'When has {name} been fair to you, even though you disagreed?',
  },

  // A concrete past moment that went well.
  {
    id: 'moment-last-contact',
    theme: 'moment',
    when: 'any',
    de: 'Was lief beim letzten Kontakt mit {name:dat} gut?',
    en: 'What went well the last time you were in touch with {name}?',
  },
  {
    id: 'moment-good-meeting',
    theme: 'moment',
    when: 'known',
    de: 'Welches Treffen mit {name:dat} ist richtig gut gelaufen?',
    en: 'Which meeting with {name} went really well?',
  },
  {
    id: 'moment-quick-decision',
    theme: 'moment',
    when: 'known',
    de: 'Bei welcher Entscheidung waren Sie und {name} sich schnell einig?',
    en: 'Which decision did you and {name} agree on quickly?',
  },
  {
    id: 'moment-laughed',
    theme: 'moment',
    when: 'known',
    de: 'Wann haben Sie zuletzt mit {name:dat} gelacht?',
    en: 'When did you last laugh together with {name}?',
  },
  {
    id: 'moment-glad-you-did',
    theme: 'moment',
    when: 'known',
    de: {
      sie: 'Wie ginge dieser Satz an {name:acc} weiter: „Gut, dass Sie damals …“?',
      du: 'Wie ginge dieser Satz an {name:acc} weiter: „Gut, dass du damals …“?',
    },
    en: 'How would you finish this for {name}: “I’m still glad you …”?',
  },
  {
    id: 'moment-first-conversation',
    theme: 'moment',
    when: 'new',
    de: 'Welcher Moment im ersten Gespräch mit {name:dat} war angenehm?',
    en: 'Which moment in your first conversation with {name} felt good?',
  },
  {
    id: 'moment-early-warning',
    theme: 'moment',
    when: 'any',
    kinds: ['supplier'],
    de: 'Wann hat {name} Sie rechtzeitig auf ein Problem hingewiesen?',
    en: 'When did {name} flag a problem to you in good time?',
  },
  {
    id: 'moment-stepped-in',
    theme: 'moment',
    when: 'any',
    kinds: ['colleague'],
    de: 'Wann ist {name} für Sie eingesprungen?',
    en: 'When did {name} step in for you?',
  },
  {
    id: 'moment-without-you',
    theme: 'moment',
    when: 'any',
    kinds: ['colleague', 'supplier'],
    de: {
      sie: '„Ohne Sie wäre … nicht so gut gelaufen“ – was setzen Sie für {name:acc} ein?',
      du: '„Ohne dich wäre … nicht so gut gelaufen“ – was setzen Sie für {name:acc} ein?',
    },
    en: '“Without you, … would not have gone so well” – what goes in the gap for {name}?',
  },
  {
    id: 'moment-helpful-feedback',
    theme: 'moment',
    when: 'any',
    kinds: ['client'],
    de: 'Welche Rückmeldung von {name:dat} hat Ihnen wirklich geholfen?',
    en: 'Which piece of feedback from {name} really helped you?',
  },
  {
    id: 'moment-last-smooth',
    theme: 'moment',
    when: 'tense',
    de: 'Wann lief es mit {name:dat} zuletzt richtig rund?',
    en: 'When did things last run smoothly with {name}?',
  },

  // Something learned from them or their perspective.
  {
    id: 'learned-from-them',
    theme: 'learned',
    when: 'any',
    de: 'Was haben Sie von {name:dat} gelernt?',
    en: 'What have you learned from {name}?',
  },
  {
    id: 'learned-better-question',
    theme: 'learned',
    when: 'any',
    de: 'Welche Frage von {name:dat} hat Ihre Arbeit besser gemacht?',
    en: 'Which question from {name} made your work better?',
  },
  {
    id: 'learned-changed-view',
    theme: 'learned',
    when: 'known',
    de: 'Wo hat {name} Ihren Blick auf etwas verändert?',
    en: 'Where has {name} changed the way you see something?',
  },
  {
    id: 'learned-you-taught-me',
    theme: 'learned',
    when: 'known',
    de: {
      sie: '„Von Ihnen habe ich gelernt, …“ – wie geht der Satz für {name:acc} weiter?',
      du: '„Von dir habe ich gelernt, …“ – wie geht der Satz für {name:acc} weiter?',
    },
    en: '“You taught me …” – how would that sentence go on for {name}?',
  },
  {
    id: 'learned-practical-tip',
    theme: 'learned',
    when: 'known',
    kinds: ['supplier', 'colleague'],
    de: 'Welchen Praxistipp von {name:dat} nutzen Sie inzwischen selbst?',
    en: 'Which practical tip from {name} do you now use yourself?',
  },
  {
    id: 'learned-knows-better',
    theme: 'learned',
    when: 'new',
    de: 'Was weiß {name} vermutlich besser als Sie?',
    en: 'What does {name} probably know better than you?',
  },
  {
    id: 'learned-first-idea',
    theme: 'learned',
    when: 'new',
    de: 'Welchen Gedanken von {name:dat} nehmen Sie aus dem ersten Austausch mit?',
    en: 'Which idea from {name} do you take away from your first exchange?',
  },
  {
    id: 'learned-own-work',
    theme: 'learned',
    when: 'any',
    kinds: ['client'],
    de: 'Was verstehen Sie dank {name:dat} heute besser an Ihrer eigenen Arbeit?',
    en: 'What do you understand better about your own work thanks to {name}?',
  },
  {
    id: 'learned-blind-spot',
    theme: 'learned',
    when: 'tense',
    de: 'Welchen Punkt sieht {name} vielleicht, den Sie gerade übersehen?',
    en: 'What point might {name} see that you are missing right now?',
  },
  {
    id: 'learned-fair-criticism',
    theme: 'learned',
    when: 'tense',
    de: 'Was an der Kritik von {name:dat} trifft zu, wenn auch nur zum Teil?',
    en: 'What in the criticism from {name} holds true, even if only in part?',
  },

  // What they make easy for the user or the project.
  {
    id: 'makes-easy-for-you',
    theme: 'makes-easy',
    when: 'any',
    de: 'Was macht {name} Ihnen leichter?',
    en: 'What does {name} make easier for you?',
  },
  {
    id: 'makes-easy-project',
    theme: 'makes-easy',
    when: 'any',
    de: 'Was läuft im Projekt dank {name:dat} reibungslos?',
    en: 'What runs smoothly in the project thanks to {name}?',
  },
  {
    id: 'makes-easy-with-you',
    theme: 'makes-easy',
    when: 'known',
    de: {
      sie: '„Mit Ihnen ist … ganz einfach“ – was gehört für {name:acc} in die Lücke?',
      du: '„Mit dir ist … ganz einfach“ – was gehört für {name:acc} in die Lücke?',
    },
    en: '“With you, … is easy” – what goes in the gap for {name}?',
  },
  {
    id: 'makes-easy-getting-started',
    theme: 'makes-easy',
    when: 'new',
    de: 'Was hat {name} Ihnen beim Start schon erleichtert?',
    en: 'What has {name} already made easier as you got started?',
  },
  {
    id: 'makes-easy-clear-request',
    theme: 'makes-easy',
    when: 'new',
    kinds: ['client'],
    de: 'Was an der Anfrage von {name:dat} war gleich klar und hilfreich?',
    en: 'What in the request from {name} was clear and useful from the start?',
  },
  {
    id: 'makes-easy-day-to-day',
    theme: 'makes-easy',
    when: 'any',
    kinds: ['colleague'],
    de: 'Was nimmt {name} Ihnen im Alltag ab?',
    en: 'What does {name} take off your hands day to day?',
  },
  {
    id: 'makes-easy-compared',
    theme: 'makes-easy',
    when: 'known',
    kinds: ['supplier'],
    de: 'Was macht {name} einfacher als andere Anbieter?',
    en: 'What does {name} make simpler than other providers do?',
  },
  {
    id: 'makes-easy-saved-time',
    theme: 'makes-easy',
    when: 'any',
    kinds: ['other'],
    de: 'Welche Auskunft von {name:dat} hat Ihnen Zeit gespart?',
    en: 'Which piece of information from {name} saved you time?',
  },
  {
    id: 'makes-easy-still-works',
    theme: 'makes-easy',
    when: 'tense',
    de: 'Was klappt mit {name:dat} trotz allem noch gut?',
    en: 'What still works well with {name}, despite everything?',
  },

  // For tense relationships: one good moment, what they may be carrying, what is shared.
  {
    id: 'positive-moment-this-week',
    theme: 'positive-moment',
    when: 'any',
    de: 'Was war diese Woche angenehm im Kontakt mit {name:dat}?',
    en: 'What was pleasant in your dealings with {name} this week?',
  },
  {
    id: 'positive-moment-however-small',
    theme: 'positive-moment',
    when: 'tense',
    de: 'Welcher Moment mit {name:dat} war gut, und sei er noch so klein?',
    en: 'Which moment with {name} was good, however small?',
  },
  {
    id: 'positive-moment-weighing-on-them',
    theme: 'positive-moment',
    when: 'tense',
    de: 'Was könnte {name} gerade belasten?',
    en: 'What might be weighing on {name} right now?',
  },
  {
    id: 'positive-moment-pressure-elsewhere',
    theme: 'positive-moment',
    when: 'tense',
    de: 'Welchen Druck bekommt {name} vielleicht von anderer Seite?',
    en: 'What pressure might {name} be getting from elsewhere?',
  },
  {
    id: 'positive-moment-shared-goal',
    theme: 'positive-moment',
    when: 'tense',
    de: 'Was wollen Sie und {name} beide erreichen?',
    en: 'What do you and {name} both want to achieve?',
  },
  {
    id: 'positive-moment-agreed-point',
    theme: 'positive-moment',
    when: 'tense',
    de: 'In welchem Punkt sind Sie und {name} sich einig?',
    en: 'On which point do you and {name} agree?',
  },
  {
    id: 'positive-moment-good-intention',
    theme: 'positive-moment',
    when: 'tense',
    de: 'Welche gute Absicht könnte hinter dem Verhalten von {name:dat} stecken?',
    en: 'What good intention might lie behind how {name} is acting?',
  },
  {
    id: 'positive-moment-i-appreciate',
    theme: 'positive-moment',
    when: 'tense',
    de: {
      sie: 'Wie könnte dieser Satz an {name:acc} enden: „Ich weiß zu schätzen, dass Sie …“?',
      du: 'Wie könnte dieser Satz an {name:acc} enden: „Ich weiß zu schätzen, dass du …“?',
    },
    en: 'How could this sentence to {name} end: “I appreciate that you …”?',
  },
  {
    id: 'positive-moment-at-the-start',
    theme: 'positive-moment',
    when: 'tense',
    de: 'Was hat Sie anfangs an der Zusammenarbeit mit {name:dat} gefreut?',
    en: 'What did you enjoy about working with {name} at the start?',
  },
  {
    id: 'positive-moment-at-stake',
    theme: 'positive-moment',
    when: 'tense',
    kinds: ['client'],
    de: 'Was steht für {name:acc} gerade auf dem Spiel?',
    en: 'What is at stake for {name} right now?',
  },
  {
    id: 'positive-moment-good-delivery',
    theme: 'positive-moment',
    when: 'tense',
    kinds: ['supplier'],
    de: 'Welche Lieferung von {name:dat} hat zuletzt gut geklappt?',
    en: 'Which delivery from {name} went well recently?',
  },
  {
    id: 'positive-moment-grateful-before',
    theme: 'positive-moment',
    when: 'tense',
    kinds: ['colleague'],
    de: 'Wofür waren Sie {name:dat} schon einmal dankbar?',
    en: 'What have you been grateful to {name} for in the past?',
  },
];
