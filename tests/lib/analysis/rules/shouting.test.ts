import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/analysis';
import { examples } from './examples';

describe('shouting', () => {
  examples('shouting', {
    flags: [
      'Das ist ein Problem von ENORMER Tragweite.',
      'Ich brauche die Unterlagen HEUTE noch.',
      'Das war NICHT vereinbart!!!',
      'Wo bleibt die Rechnung???',
      'Please send it NOW.',
      'This is ABSOLUTELY unacceptable to us.',
      'Was soll das?!',
      'The fence is open. AGAIN. Please close it.',
      'Das ist WICHTIG: Bitte zahlen Sie heute.',
      'Please do NOT call me again about this invoice.',
      'Das Tor hat DU offen gelassen.',
      'Die Firma muss das SOFORT reparieren.',
      // Celebration beside it does not excuse a complaint.
      'Glückwunsch zur neuen Praxis. Die Schlüssel fehlen IMMER NOCH!!!',
      'Congrats on the new shop. The invoice is STILL unpaid!!!',
      // Marks beside a complaint stay loud, glad words or not.
      'Ich warte seit drei Wochen auf die Gutschrift!!!',
      'Thanks for NOTHING!!!',
      // Dates and hyphenated words in capitals are stressed, whatever the tables know.
      'The deadline is SEPTEMBER 15, no later.',
      'The deposit is NON-REFUNDABLE after that date.',
      // A shout word stays a shout after a naming noun.
      'The new programme NEVER starts on time.',
      // Thanks before a loud safety instruction do not make it glad.
      'Danke für die schnelle Zahlung. Betreten Sie das Dach auf KEINEN FALL allein!!',
      // A later paragraph that opens loud insists; only the mail's first lines may bring glad news so.
      'Hi Tom,\n\nthe movers waited two hours.\n\nThe waiting time is charged AT THE HOURLY RATE, it is IN THE CONTRACT!!!',
      'Hallo Tom,\n\ndie Packer haben zwei Stunden gewartet.\n\nDie Wartezeit steht IM VERTRAG, das wird BERECHNET!!!',
      // Congratulations a paragraph before (here ironic) do not make a later loud line glad.
      'Hallo Tom,\n\nherzlichen Glückwunsch, Sie haben es geschafft: Die Packer standen zwei Stunden vor der Tür.\n\nDie Wartezeit geht NACH STUNDENSATZ auf Ihre Rechnung!!!',
    ],
    quiet: [
      // A brand no table knows, in capitals as its maker writes it.
      'Your new VARILUX lenses are ready to collect on Friday.',
      'Die DSGVO verlangt eine Auftragsverarbeitung.',
      'Bitte schicken Sie mir das PDF und die AGB.',
      'Our CEO will join the call on Monday.',
      'Thanks for the update!',
      'WICHTIG',
      'Hallo Jan,\n\nWICHTIG\nDie Baustelle ist morgen zu.',
      // A label closing its line before a list.
      'Hallo Jan,\n\nfür morgen ist Folgendes WICHTIG:\n\n- Bitte den Keller räumen.',
      'Er schrieb: „Das ist NICHT okay!!!“',
      // A firm's name in capitals: after a word for a firm, or before its legal form.
      'Die Wartung übernimmt ein Monteur der Firma KALTWERK am Dienstag.',
      'The boiler was serviced by the supplier THERMOVA last spring.',
      'Die Pumpe stammt von HYDROLUX GmbH aus Stuttgart.',
      // A maker after a noun and "von" (not an adjective before its noun: "von ENORMER Tragweite" shouts).
      'Die Fensterbänke von MARMORIT sind gestern geliefert worden.',
      // Joy, not a raised voice: capitals and "!!!" beside congratulations.
      'Hallo Mia,\n\nZUGELASSEN!!! Herzlichen Glückwunsch zur Aufnahme ins Studium!',
      'Dear Tom,\n\nCONGRATULATIONS on the new baby!!! We are all so happy for you.',
      'Hi Lena,\n\nYOU DID IT!!! Grade 6 with merit, I am so proud of you.',
      'Hallo Jan,\n\nDie Fotos sind fertig!! Ich schicke sie dir heute Abend.',
      'Hi Jan,\n\nWE HAVE AN OFFER!!! The buyers accepted the asking price this morning.',
      // A signature's degrees after the name.
      'See you on Friday.\n\nKind regards,\nMara Quinn FRCS',
      // Glad news goes on loud in its paragraph; colloquial cries of joy; a quote of what others said is no insisting.
      'Liebe Jana,\n\nWAHNSINN!!! Das Zertifikat mit 91 Punkten!!! Ich bin so stolz auf dich.',
      'Hallo Tim,\n\ndie Hochzeitsfotos sind DER HAMMER!!! Bis bald im Studio.',
      'Hallo Ben,\n\neure Fotos sind fertig!! Ihr hattet ja gesagt: „Die Kinder halten eh keine Minute still.“ Genau das sieht man.',
      // A name in capitals introduced by a naming noun, before a product word or a model number, or quoted by a label.
      'Für Ihr Team empfehle ich unser Format TALK SHOP PLUS: sechs Wochen, einmal pro Woche online.',
      'For the new hires we recommend our GROW YOUR VOICE course in March.',
      'Die Anleitung zur Steuerung THERMOLUX K4 liegt im Karton neben dem Ofen.',
      'I put a label on the fuse box saying DO NOT TOUCH until the electrician is back.',
      'Der KAFFEE NO. 5 geht morgen mit der Post raus.',
    ],
  });

  // Was: "NICHT" → "nicht" and "!!!" → "!" offered apart; each left the sentence as loud (issue 11).
  it('calms capitals and marks of one sentence together, in one finding', () => {
    const text = 'Das war NICHT vereinbart!!!';
    const found = analyze(text).findings.filter((f) => f.category === 'shouting');
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['NICHT vereinbart!!!']);
    expect(found[0]?.suggestions).toEqual(['nicht vereinbart.']);
  });

  it('quotes the words stacked marks close and offers no bare "!" for it', () => {
    const text = 'Die Pläne sind seit Montag fertig, wo bleibt die Freigabe???';
    const [finding] = analyze(text).findings.filter((f) => f.category === 'shouting');
    expect(text.slice(finding?.start, finding?.end)).toBe('die Freigabe???');
    expect(finding?.message).toBe('„die Freigabe???“ wirkt wie eine erhobene Stimme.');
    expect(finding?.suggestions).toEqual([]);
  });

  it.each([
    ['Das ist WEDER bezahlbar NOCH nötig.', 'WEDER bezahlbar NOCH'],
    ['Betreten Sie das Gerüst auf KEINEN FALL ohne Sicherung!!', 'auf KEINEN FALL ohne Sicherung!!'],
    // In a short clause the loud word is heard with it, up to half the clause and twice the word.
    ['Das Gerüst steht schief, so können wir nicht weiterputzen!!!', 'nicht weiterputzen!!!'],
    ['Do NOT sign the lease yet.', 'Do NOT sign the lease'],
    ['Do NOT pay the roofer yet.', 'Do NOT pay'],
    // In a long clause it stays the word.
    ['You have missed THREE of the last four site meetings at the school.', 'THREE'],
    ['Ich warte seit dem letzten Dienstag auf die unterschriebene Vollmacht!!!', 'Vollmacht!!!'],
    ['Nicht nach Ostern, nicht im Mai – JETZT!!', 'JETZT!!'],
    // A lone "NOT"/"VERY"/"KEINE" stresses the word it governs, over a determiner, leaning on a modal or copula.
    ['We want this done, and that is NOT negotiable.', 'is NOT negotiable'],
    ['To be VERY clear, the deposit is due on Monday.', 'be VERY clear'],
    ['Please send NOT the scan but the signed original.', 'NOT the scan'],
    ['Das Angebot gilt NUR bis Freitag.', 'NUR bis'],
    ['Wir haben KEINE Unterlagen bekommen.', 'haben KEINE Unterlagen'],
    ['Sign the form, NOT the cover letter.', 'NOT the cover'],
    ['The plan is fine. NOT.', 'NOT'],
  ])('one finding covers the loud stretch of %j', (text, stretch) => {
    const found = analyze(text).findings.filter((f) => f.category === 'shouting');
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([stretch]);
  });

  it('reads a firm name in capitals under the closing as signature, not as shouting', () => {
    const text =
      'Dear Mr Ruiz,\n\nthe revised drawings are attached. Thanks for a lovely project!\n\nBest regards,\nSTONE & RIVER Design\n14 Mill Lane, Leeds';
    expect(analyze(text).findings.filter((f) => f.category === 'shouting')).toEqual([]);
  });

  it('keeps acronyms and "I" when it calms a sentence written in capitals', () => {
    const text = "I NEED THE PDF BY TONIGHT, I'M SERIOUS!!!";
    const [finding] = analyze(text).findings.filter((f) => f.category === 'shouting');
    expect(finding?.suggestions).toEqual(["I need the PDF by tonight, I'm serious."]);
  });

  it('gives advice only for a German sentence in capitals whose nouns it cannot tell', () => {
    const text = 'DAS IST EINE ZUMUTUNG!!!';
    const [finding] = analyze(text).findings.filter((f) => f.category === 'shouting');
    expect(text.slice(finding?.start, finding?.end)).toBe(text);
    expect(finding?.suggestions).toEqual([]);
  });

  it('gives advice only for German capitals that may be nouns', () => {
    const finding = analyze('Bitte beachten Sie die FRISTEN genau.').findings.find((f) => f.category === 'shouting');
    expect(finding?.suggestions).toEqual([]);
  });
});
