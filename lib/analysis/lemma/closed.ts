// Hand-written lemmas for closed word classes, which win over the tables:
// articles and pronouns take their base form (den → der, mir → ich, Ihnen →
// sie, them → they), contracted prepositions their preposition (zum → zu),
// and words whose spelling also is a rare form of a content word keep
// themselves (weil is not weilen, leider not leid, wegen not Weg). A few forms
// take the reading client mail means by them (Grüße, Frage, Ende, Daten, Liebe
// in "Liebe Frau …") over the verb the tables would rank first. Listed as
// "lemma: form form …" lines; a lemma's own form is listed only where a table
// would otherwise claim it.

const DE = `der: der die das den dem des dessen deren denen
ein: ein eine einen einem einer eines
kein: kein keine keinen keinem keiner keines
mein: mein meine meinen meinem meiner meines
dein: dein deine deinen deinem deiner deines
sein: sein seine seinen seinem seiner seines
ihr: ihr ihre ihren ihrem ihrer ihres
unser: unser unsere unseren unserem unserer unseres unsre unsren unsrem unsrer unsres
euer: euer eure euren eurem eurer eures
ich: ich mich mir
du: du dich dir
er: er ihn ihm
sie: sie ihnen
wir: wir uns
ihr: euch
dieser: dieser diese dieses diesen diesem
jener: jener jene jenes jenen jenem
jeder: jeder jede jedes jeden jedem
welcher: welcher welche welches welchen welchem
solcher: solcher solche solches solchen solchem
mancher: mancher manche manches manchen manchem
all: all alle aller allen allem alles
viel: viel viele vielen vielem vieler vieles
wenig: wenig wenige wenigen wenigem weniger weniges
einige: einige einigen einigem einiger einiges
mehrere: mehrere mehreren mehrerer
beide: beide beiden beider beides
jemand: jemand jemanden jemandem
niemand: niemand niemanden niemandem
an: am ans
in: im ins
zu: zum zur
bei: beim
von: vom
auf: aufs
durch: durchs
für: fürs
über: übers
um: ums
unter: unterm
vor: vorm
hinter: hinterm
gruss: grüsse grüssen
frage: frage
gern: gern gerne
danke: danke
bitte: bitte
haus: hause
daten: daten
lieb: liebe
ende: ende
ab: ab
aber: aber
als: als
also: also
auch: auch
bald: bald
bereits: bereits
bis: bis
bloss: bloss
da: da
dabei: dabei
dafür: dafür
dagegen: dagegen
damit: damit
dann: dann
daran: daran
darauf: darauf
darum: darum
dass: dass
davon: davon
dazu: dazu
denn: denn
doch: doch
eben: eben
eher: eher
eigentlich: eigentlich
einfach: einfach
erst: erst
es: es
etwa: etwa
etwas: etwas
falls: falls
fast: fast
ganz: ganz
gar: gar
gegen: gegen
genau: genau
gerade: gerade
gleich: gleich
halt: halt
heute: heute
hier: hier
hin: hin
immer: immer
ja: ja
je: je
jetzt: jetzt
kaum: kaum
leider: leider
mal: mal
man: man
mehr: mehr
mit: mit
morgen: morgen
nach: nach
neben: neben
nein: nein
nicht: nicht
nichts: nichts
nie: nie
noch: noch
nun: nun
nur: nur
ob: ob
oder: oder
oft: oft
ohne: ohne
per: per
schon: schon
seit: seit
sehr: sehr
sich: sich
so: so
sobald: sobald
sofort: sofort
sogar: sogar
sonst: sonst
statt: statt
trotz: trotz
trotzdem: trotzdem
und: und
vielleicht: vielleicht
wann: wann
warum: warum
was: was
weder: weder
weg: weg
wegen: wegen
weil: weil
weiter: weiter
wenn: wenn
wer: wer
wie: wie
wieder: wieder
wo: wo
wohl: wohl
während: während
zu: zu
zwar: zwar
zwischen: zwischen`;

const EN = `i: me
we: us
they: them
he: him
a: an
be: ain't
can: can't cannot
will: won't
shall: shan't
one: ones
thanks: thanks
people: people
data: data
media: media
news: news
means: means
less: less
least: least
more: more
most: most
be: am is are was were been being
have: has had having
do: does did done doing`;

function parse(source: string): string {
  const pairs: string[] = [];
  for (const line of source.split('\n')) {
    const colon = line.indexOf(':');
    const lemma = line.slice(0, colon);
    for (const form of line.slice(colon + 2).split(' ')) pairs.push(form, lemma);
  }
  return pairs.join(' ');
}

/** "form lemma" pairs, space-separated. */
export const CLOSED_DE = parse(DE);
export const CLOSED_EN = parse(EN);
