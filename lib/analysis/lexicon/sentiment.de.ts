// Deutsches Stimmungslexikon: Lemma (gefaltet wie tokenize.ts faltet, also klein
// und ß als ss, so wie lemmaOf(wort, 'de') es liefert) und Wert auf VADERs Skala
// von -4 (sehr negativ) bis +4 (sehr positiv). Von Hand geschrieben für dieses
// Projekt, aus keiner fremden Wortliste (kein SentiWS, keine GermanPolarityClues):
// siehe ATTRIBUTION.md. Anker wie bei VADER: gut 1.9, toll 2.7, hervorragend 3.0;
// schlecht -2.5, katastrophal -3.0. Ärger im Projektalltag (Fehler, Verzug,
// Mahnung) ist mild, -0.5 bis -1.5: er gehört zur Arbeit und klagt niemanden an.
// Beschimpfung, Verachtung und Vulgäres (Tweets, Kommentare, wütende Mails) liegt
// bei -1.5 bis -4: -2 grob, -3 beleidigend, -3.5 bis -4 bösartig oder vulgär. Dort
// stehen Wörter, die urteilen, nicht Wörter, die Gruppen benennen (Nationalitäten,
// Religionen), und nicht Wörter, die in Kundenpost meist neutral sind (Abschiebung
// als Rechtsbegriff, vernichten für Akten, aufhängen für Pläne, umlegen für Kosten).
// Wo lemmaOf eine Form auf ein anderes Wort führt ("tolle" → tollen, "Idioten"
// → idioten), steht diese Form selbst als Eintrag. Je Zeile ein Wert, dann seine
// Wörter ("-1.2 fehler störung …"): so ist das Lexikon im Bundle kleiner (by-valence.ts).

import { byValence } from './by-valence';

/** Nomen. */
const NOUNS: Readonly<Record<string, number>> = byValence(
  [
    // Ärger im Projekt: Fehler, Verzug, Mängel (mild)
    `-2.3 schlamperei totalausfall totalschaden
-2.1 bankrott
-2 schlamassel pleite vertuschung drohkulisse tod misswirtschaft rohrkrepierer flop reinfall pleiten zerwürfnis wortbruch
-1.9 unglück
-1.8 kostenexplosion fehlschlag misserfolg ärgernis insolvenz fahrlässigkeit verschwendung hinhaltetaktik todesfall niederlage eskalation vertragsbruch
-1.7 fehlleistung nachlässigkeit streit zoff
-1.6 abmahnung rückschlag fehlplanung fehlinvestition fehlentscheidung krise strafe ausrede ultimatum verschleppung unfall verletzung unverständnis missstand ausfallschaden folgeschaden krach zank
-1.5 schaden schäden klage verlust fehlkalkulation tohuwabohu hickhack bredouille verwarnung ausflucht zwang druckmittel fehlentwicklung makel einbruch verschlechterung knatsch
-1.4 streitfall versäumnis überlastung stress gezerre verstoss unbehagen
-1.3 panne ausfall defekt beschwerde schulden einbusse blockade kündigung fehlstart wirrwarr kuddelmuddel sackgasse notfall bussgeld schuld verschulden warterei krankheit sorgenkind abstieg konflikt reiberei
-1.2 fehler störung mangel mahnung gefahr stillstand fehlanzeige belastung dilemma zwickmühle funkstille pech bauchschmerzen reibungsverlust wildwuchs manko pferdefuss bauchschmerz
-1.1 reklamation beanstandung defizit kopfschmerzen altlast beeinträchtigung kopfschmerz leistungsdruck
-1 problem verzug verzögerung verspätung missverständnis ungereimtheit fehlbetrag nachteil hindernis ablehnung zeitdruck durcheinander ausfallzeit kopfzerbrechen abbruch verschärfung spannungen termindruck
-0.9 problematik schwierigkeit zweifel unstimmigkeit schwäche widerspruch einspruch unannehmlichkeit hektik kehrseite rückgang kostendruck
-0.8 irrtum rückstand engpass unklarheit mehrkosten nachforderung absage fehlzeit minus auseinandersetzung meinungsverschiedenheit
-0.7 mehraufwand lücke hürde einschränkung
-0.6 bedenken nachbesserung nacharbeit risiko stornierung schweigen differenz
-0.5 einwand abweichung
-0.4 baustelle
1.8 friede`,
    // Gefühle: Ärger, Enttäuschung, Sorge, Trauer
    `-3 hass
-2.8 verachtung
-2.7 abscheu
-2.6 ekel
-2.5 wut schande
-2.4 empörung entsetzen zorn raserei verzweiflung
-2.3 entrüstung
-2.2 verbitterung panik elend
-2.1 häme
-2 enttäuschung groll schock furcht traurigkeit
-1.9 frustration verärgerung angst trauer schmerz widerwille
-1.8 ärger frust unzufriedenheit missfallen resignation kummer schadenfreude bitterkeit
-1.7 hilflosigkeit ohnmacht einsamkeit neid eifersucht
-1.6 unmut missmut bedrängnis überforderung scham misstrauen argwohn gereiztheit
-1.5 erschöpfung
-1.4 beunruhigung langeweile schuldgefühl
-1.3 besorgnis ratlosigkeit
-1.2 befürchtung verunsicherung not
-1.1 sorge verwirrung ungeduld
-1 nervosität unsicherheit unruhe
-0.9 ungewissheit müdigkeit reue
-0.8 bedauern aufregung
-0.7 skepsis
-0.3 leid`,
    // Urteil und Skandal
    `-2.9 erpressung
-2.8 katastrophe bullshit betrug beschiss rufmord
-2.6 desaster fiasko unverschämtheit albtraum alptraum horror abzocke verleumdung diffamierung
-2.5 debakel armutszeugnis tragödie pfusch stümperei sabotage beleidigung demütigung
-2.4 frechheit affront gaunerei nötigung inkompetenz idiotie verwüstung ruin katastrophenfall
-2.3 skandal dreistigkeit unverfrorenheit sauerei schweinerei trauerspiel lachnummer schmach schund schwachsinn lüge bauernfängerei schikane anschiss respektlosigkeit unfähigkeit dilettantismus habgier zerstörung untergang
-2.2 zumutung murks dreck schwindel wucher nepp dummheit blödheit zusammenbruch
-2.1 farce blamage schrott irrsinn ungerechtigkeit arroganz ignoranz rücksichtslosigkeit gier
-2 unding flickschusterei machwerk mist blödsinn gelaber täuschung willkür unrecht drohung kränkung überheblichkeit verwahrlosung
-1.9 müll unsinn nonsens geschwätz gefasel hochmut unvermögen faulheit egoismus unhöflichkeit grobheit
-1.8 chaos ramsch humbug bedrohung unterstellung anschuldigung beschuldigung standpauke taktlosigkeit
-1.7 peinlichkeit quatsch schlendrian starrsinn
-1.6 gefrickel plunder kokolores gleichgültigkeit geiz sturheit torheit
-1.5 drama stückwerk tinnef fake spam vorwurf rüge
-1.4 tadel desinteresse
-1.3 krempel gerümpel trägheit unordnung
-1.2 wahnsinn naivität ungeschick
-1 bastelei
-0.8 theater zirkus käse kritik`,
    // Hetze, Gewalt und Verachtung
    `-3.2 folter
-3 hassrede nazi nazis faschist faschisten terror mord
-2.9 rassist rassisten
-2.8 hetze hetzkampagne rassismus grausamkeit
-2.7 brutalität
-2.6 hetzjagd hetzer gewalt mobbing diskriminierung
-2.5 beschimpfung anfeindung übergriff krieg quälerei
-2.3 feindschaft feindseligkeit pöbelei
-2.2 feind aggression aggressivität hohn belästigung
-1.9 spott attacke
-1.8 provokation angriff
-1.6 zynismus
-1.2 sarkasmus`,
    // Schimpfwörter und Kränkendes
    `-3.6 fotze
-3.4 arschloch wichser missgeburt
-3.3 abschaum
-3.2 vollidiot vollidioten hure schlampe spast spasti mongo dreckspack
-3.1 miststück drecksack drecksau
-3 gesindel dreckskerl scheisskerl kotzbrocken scheissdreck
-2.9 bastard kretin
-2.8 schwachkopf mistkerl betrüger betrügerin verbrecher drecksladen scheisse
-2.7 vollpfosten abzocker halsabschneider krimineller sauhaufen kotze
-2.6 idiot idioten lügner lügnerin hohlkopf arsch penner versager versagerin stümper flachpfeife kanaille schmarotzer parasit saftladen dummschwätzer assi asoziale hosenscheisser scheiss mistvieh
-2.5 trottel pack blödmann pfuscher heuchler vollhorst pisse
-2.4 depp deppen dummkopf witzfigur schwein schweine sau gauner klugscheisser lump chaotentruppe saustall irrenhaus knallkopf honk loser kacke
-2.3 pöbel dödel dilettant dilettanten schurke affentheater laberkopf kack
-2.2 holzkopf lusche nulpe luschen ratte feigling grossmaul halunke arschkarte
-2.1 zicke weichei proll prolet
-2 hampelmann spinner schleimer querulant wichtigtuer mistding hanswurst schwätzer tussi memme schnösel
-1.9 zirkusnummer heini
-1.8 nervensäge besserwisser chaot bonze
-1.6 angeber fuzzi schiss
-1.2 clown
-1 opfer`,
    // Dank, Lob und Freude
    `-1.2 inkasso
-1 schadenersatz
0.5 mühe
0.6 qualität einsatz kompromiss
0.8 lösung sicherheit zugeständnis
1 übereinstimmung rabatt neugier gelegenheit stabilität
1.1 kooperation
1.2 lust zusammenarbeit transparenz ruhe interesse zusage zustimmung überraschung rekord konsens
1.3 expertise partnerschaft klarheit bonus aufmerksamkeit empfehlung chance beharrlichkeit gemeinschaft anteilnahme akribie
1.4 vorteil verbesserung wärme einigung zugewinn stärke eifer ausdauer trost sorglosigkeit
1.5 pünktlichkeit fleiss fortschritt einigkeit rücksicht urlaub präzision gründlichkeit hoffnungsschimmer pluspunkt fantasie schwung pluspunkte einvernehmen wohlstand leichtigkeit gelassenheit
1.6 sorgfalt geduld verständnis hilfe unterstützung gewinn offenheit entspannung motivation gesundheit besserung meilenstein profi anstand mehrwert geschick rückhalt mitgefühl zufriedenstellung versöhnung höflichkeit seriosität sorgsamkeit
1.7 hoffnung kulanz erholung fingerspitzengefühl taktgefühl weitblick umsicht loyalität gerechtigkeit begabung elan beistand redlichkeit gewissenhaftigkeit souveränität
1.8 respekt zuverlässigkeit verlässlichkeit engagement kompetenz entgegenkommen erleichterung humor mut traum wohlbefinden feier party spitze klasse durchbruch schatz zauber anmut lichtblick talent kameradschaft zusammenhalt solidarität zuspruch wohlfühlen belohnung würdigung dankesbrief lichtblicke idealfall frieden vollendung zugewandtheit herzensangelegenheit
1.9 professionalität fairness ehrlichkeit ehre geschenk charme feingefühl einfühlungsvermögen empathie treue integrität kreativität fürsorge ehrung sonnenschein aufrichtigkeit
2 dank vergnügen spass gelingen anerkennung vertrauen zuversicht highlight sympathie harmonie wohlwollen optimismus beifall applaus eleganz held heldin juwel leidenschaft hingabe teamgeist vertrauensverhältnis wohlgefallen heiterkeit auszeichnung anerkennungsschreiben höhepunkt verbundenheit geborgenheit zuvorkommenheit gelungenheit lieblingsprojekt wunschpartner
2.1 lob zufriedenheit freundlichkeit hilfsbereitschaft genuss inspiration schönheit
2.2 dankeschön kompliment bestnote grosszügigkeit segen bereicherung sieg wohltat herzblut ritterschlag wunschergebnis perfektion lieblingskunde
2.3 dankbarkeit erfolg wertschätzung herzlichkeit zuneigung freundschaft fröhlichkeit
2.4 glück gratulation bestleistung höchstleistung jubel genie glücksfall glücksgriff wonne seligkeit lobeshymne
2.5 freude vorfreude glückwunsch exzellenz triumph volltreffer glücksmoment
2.6 begeisterung brillanz lebensfreude sternstunde
2.7 spitzenleistung
2.8 glanzleistung liebe glückseligkeit traumergebnis
2.9 meisterleistung
3 meisterwerk`,
    // Beschimpfung: Dummköpfe und Trottel, mit ihren regionalen und umgangssprachlichen Spielarten
    `-3.8 schwanzlutscher hurensohn
-3.6 hurenbock
-3.5 vollspast
-3.4 mongoloide kackbratze kackbratzen arschgesicht wichsers wichskopf wichsgesicht
-3.3 vollarsch arschmade dreckstück drecksstück
-3.2 hirnamputierter spasten spastis mongos pisser sackgesicht sackratte arschgeige arschnase dreckschwein nutte sozialschmarotzer
-3.1 drecksäue
-3 spacko spackos spacken volltrottel vollversager pissnelke pimmelkopf arschkriecher arschkriecherin schweinepriester flittchen widerling
-2.9 vollhonk volldepp volldeppen saukerl
-2.8 lahmarsch schwachmat schwachmaten schwachmatin pimmel schweinehund ekelpaket dorftrottel blutsauger
-2.7 hohlbirne versagertyp dorfdepp dorfdeppen
-2.6 dummschwätzerin dumpfbacke flachzange opfa bratze bratzen wichse schabracke hornochse asis assis
-2.5 hirni hirnis dummbeutel dummbatz armleuchter rindvieh trottels
-2.4 knalltüte dämlack doofmann doofkopp blödian blödiane schafskopf strohkopf looser honks eierkopf pennbruder schreckschraube giftspritze giftzwerg fiesling fieslinge deppens bauerntrampel
-2.3 dödels pappnase zimtzicke zimtzicken
-2.2 döspaddel dösbaddel einfaltspinsel trampeltier schnarchnase trantüte nullnummer emanze schnorrer schnorrern
-2.1 tölpel zicken hinterwäldler prolls prolo prolos
-2 dussel blödel trampel transuse tussen tusse tussis furie xanthippe
-1.8 schlafmütze vogelscheuche
-1.6 pfeife kindskopf
-1.5 lappen dummerchen tollpatsch landei`,
    // Verachtung für Gruppen und Stände: Ungeziefer, Gesocks, Bagage, Meute, Klüngel, Bonzen
    `-3.4 zeckenpack
-3.3 abschaumes
-3.2 lumpengesindel diebesgesindel diebespack
-3.1 lumpenpack
-3 gesocks verbrecherbande teufelsbrut natterngezücht
-2.8 ungeziefer kroppzeug gaunerbande
-2.6 gewürm gschwerl bagage mischpoke räuberbande mob sippschaft funktionärsclique
-2.5 vetternwirtschaft
-2.4 viehzeug plebs geldsack
-2.2 kakerlake kamarilla bonzentum
-2 bande klüngel
-1.8 meute seilschaft
-1.6 horde
-1.5 clique`,
    // Verachtung: Versager, Heuchler, Lügner, Schwätzer und andere Urteile über Menschen
    `-3 lügenmaul schleimscheisser psychopath soziopath soziopathen
-2.8 speichellecker schizo
-2.6 nichtsnutz nichtsnutze schmarotzerin lügenbold lügenbaron grosskotz grosskotze korinthenkacker korinthenkackern schlägertyp psycho psychos fanatiker
-2.5 heuchlerin schwindler hochstapler scharlatan krawallmacher krawallbruder randalierer
-2.4 taugenichts heuchelei klugscheisserin kriecher wendehals rüpel rüpeln rotzlöffel rotzbengel
-2.3 drückeberger drückebergern scheinheiligkeit quacksalber schaumschläger maulheld labertasche laberbacke phrasendrescher ignorantin narzisst narzissten jammerlappen stänkerer stänkerern raufbold rowdy
-2.2 faulenzer pharisäer blender sprücheklopfer dampfplauderer kleingeist kulturbanause wichtigtuerei mitläufer opportunist opportunisten flegel flegeln rotznase grobian sektierer eiferer
-2.1 schwafler schwaflern weicheier heulsuse heulsusen miesmacher
-2 tunichtgut faulpelz aufschneider schwätzerin spiesser spiessbürger banause egoist selbstdarsteller wichtigtuerin aufschneiderei schleimerin warmduscher nörgler lümmel balg spinnerin
-1.9 miesepeter göre gör
-1.8 quasselstrippe besserwisserin oberlehrer erbsenzähler jasager angsthase hasenfuss schattenparker mimose meckerer choleriker
-1.6 angeberin pedant fantast
-1.5 plaudertasche`,
    // Hetzer, Verräter und Verbrecher: Vorwürfe an Menschen
    `-3.9 kinderschänder
-3.8 vergewaltiger
-3.6 massenmörder
-3.4 volksverräter
-3.3 vaterlandsverräter
-3.2 volksverhetzer landesverräter gewaltverbrecher mörder mörderin schlächter schlächtern terrorist
-3 schwerverbrecher killer
-2.8 brandstifter verräter verräterin judas verbrecherin blutsaugerin tyrann
-2.7 abzockerin despot despoten
-2.6 hetzerin demagoge nestbeschmutzer nestbeschmutzern kollaborateur wucherer wucherern ausbeuter diktator
-2.5 aufwiegler gangster
-2.4 scharfmacher ganove knastbruder
-2.3 galgenvogel
-2.2 halunken strolch langfinger
-2 dieb diebin räuber`,
    // Entmenschlichung: Bestien, Untermenschen, Volksschädlinge (bis -4)
    `-4 untermensch untermenschentum volksschädling
-3.4 volksfeind
-3.2 unmensch
-3 bestie bestien ausgeburt staatsfeind
-2.9 scheusal
-2.4 satan
-2 monster teufel
-1.8 kreatur`,
    // Politische Verachtung und Kampfbegriffe: Lügenpresse, Systemling, Altpartei, Umvolkung, Asylindustrie … sind abwertende Rahmung und lesen stark negativ
    `-3.8 nazischwein
-3.6 nazipack umvolkung volkstod
-3.4 volksverräterin asylantenflut asylbetrüger kopftuchmädchen scheinasylant
-3.2 neonazi linksfaschist ökofaschist lügenpresse schweinesystem merkelregime überfremdung asylflut asylindustrie asyltourismus invasoren invasor
-3 fascho faschistin antifant systemling systemlinge systemlingen systempresse systempartei regierungsclique bevölkerungsaustausch flüchtlingsflut sozialtourismus asylant
-2.9 rassistin
-2.8 bahnhofsklatscher lückenpresse staatsfunk
-2.6 gutmensch gutmenschentum teddywerfer altpartei
-2.4 blockpartei wirtschaftsflüchtling
-2.2 zwangsgebühr flüchtlingswelle
-1.6 regime`,
    // Schimpfwörter für Herkunft, Sexualität und Behinderung (Beschimpfungen, keine Namen von Gruppen)
    `-3.9 zigeunerpack
-3.8 kanake kanaken kümmeltürke neger bimbo bimbos schlitzauge schwuchtel schwuchteln
-3.6 kameltreiber polacke polacken
-3.4 spaghettifresser kampflesbe
-3.2 itaker transe transen krüppel
-3 tunte
-2.2 piefke`,
    // Weibliche Formen
    `-3.2 vollidiotin
-2.6 idiotin
-2.5 trottelin
-2.4 deppin`,
    // Urteile über Taten und Reden: Lüge, Hetze, Schwachsinn, Sauerei
    `-3.2 hassprediger
-3 niedertracht schandtat riesensauerei riesenschweinerei dünnschiss hasstirade hasspredigt
-2.8 heimtücke perfidie infamie untat gekotze hetzparole hetzschrift hetzblatt hetzrede hasskommentar hassmail hassbotschaft hetztirade
-2.6 lügengebäude verlogenheit boshaftigkeit bösartigkeit hinterhältigkeit schandfleck dummgeschwätz hetzerei hasser hassern schmähung schmähschrift verunglimpfung herabwürdigung erniedrigung unflat
-2.5 bockmist gehetze verhöhnung
-2.4 lügengeschichte lügerei gemeinheit schäbigkeit gepöbel schimpftirade fäkalsprache gossensprache
-2.2 stuss gesülze gekeife schimpfwort obszönität ferkelei
-2.1 geschwafel
-2 dummfug gezeter tirade zote zoten
-1.9 gequatsche gejammer gejammere gemecker genörgel
-1.8 mumpitz`,
    // Grobes und Vulgäres
    `-3.8 motherfucker
-3.6 hackfresse drecksfresse ficker fickern kackfresse messermann messermigrant
-3.5 bullenschwein
-3.4 kackscheisse fettschwein mistfresse wixer wixxer kapitalistenschwein bonzenschwein
-3.2 scheisshaufen fick bitch bitches kackvogel lügenmedium asyltourist
-3 dreckloch drecksloch pisskopf arschkriecherei fresse fettsack fettwanst fuck kacker scheissern scheisser mistsack pissbirne systemmedium sozialtourist
-2.8 scheisshaus kackhaufen pissbude fettbacke
-2.6 kotzerei arschtritt fratze shit furzkopf parteibonze
-2.5 rindviech
-2.4 kotzgrenze kotzreiz arschbacke
-2.2 schrotthaufen visage schnauze maul
-2 wampe fürze
-1.8 misthaufen`,
  ].join('\n'),
);

/** Adjektive, Partizipien, Adverbien und Ausrufe. */
export const SENTIMENT_ADJECTIVES_DE: Readonly<Record<string, number>> = byValence(
  [
    // Lob und Zustimmung
    `0.4 fertig
0.5 annehmbar passabel
0.6 schnell sicher erledigt bereit
0.7 akzeptabel
0.8 stark klar geeignet organisiert geklärt
0.9 ruhig stabil
1 zügig transparent verständlich nachvollziehbar neugierig robust günstig passend handlich nachhaltig gelöst behoben einsatzbereit
1.2 gespannt ordentlich routiniert strukturiert bequem praktisch befriedigend
1.3 pünktlich vernünftig übersichtlich gelassen informativ solide solid preiswert gepflegt sauber lückenlos bewegend diszipliniert gebildet hoffentlich
1.4 gründlich akkurat flexibel wirksam intuitiv zukunftsfähig fähig
1.5 gescheit präzise präzis sinnvoll gerecht gesund munter interessant fein effektiv cool zielstrebig familienfreundlich zufriedenstellend beruhigt tröstlich kultiviert angenehmerweise gern gerne willkommenerweise
1.6 schlau sachkundig nützlich höflich geduldig entspannt anregend lehrreich aufschlussreich edel seriös redlich fleissig innovativ lösungsorientiert konstruktiv produktiv effizient aussichtsreich gediegen verlockend pflichtbewusst kooperativ kollegial partnerschaftlich unkompliziert mühelos komfortabel benutzerfreundlich beruhigend anständig authentisch putzig heilsam glücklicherweise freundlicherweise netterweise gottlob
1.7 problemlos versiert ehrlich kulant positiv witzig spannend aufmerksam loyal originell gewinnbringend ansprechend geschickt kundenfreundlich glaubwürdig
1.8 beachtlich klug clever durchdacht verlässlich sorgfältig professionell fachkundig engagiert fair respektvoll erleichtert stolz optimistisch motiviert lustig fehlerfrei umsichtig rücksichtsvoll treu kreativ gemütlich rührend berührend lohnend lohnenswert sehenswert lesenswert attraktiv reizvoll souverän tatkräftig verantwortungsvoll gewissenhaft fehlerlos integer süss niedlich erfreulicherweise dankenswerterweise liebenswerterweise gottseidank merci vergelts
1.9 gut reibungslos zuverlässig hilfreich nett hübsch elegant entgegenkommend zuversichtlich humorvoll hochwertig vertrauensvoll erfrischend stilvoll geschmackvoll erfolgversprechend ermutigend hoffnungsvoll begabt intelligent aufrichtig herzig
2 bemerkenswert kompetent freundlich lieb angenehm wertschätzend verständnisvoll heiter optimal vertrauenswürdig einfallsreich willkommen zärtlich geil vielversprechend anerkennenswert gekonnt zuvorkommend lupenrein talentiert goldig wohltuend danke
2.1 überzeugend hilfsbereit sympathisch charmant zufrieden empfehlenswert
2.2 einwandfrei wertvoll schön grosszügig froh erfreut inspirierend ideal erstaunlich beispielhaft gesegnet
2.3 prima erfolgreich herzlich erfreulich dankbar liebenswürdig lobenswert trefflich selig wow yippie
2.4 gelungen warmherzig top bewundernswert mustergültig juhu hurra
2.5 prächtig tadellos makellos fröhlich bestens glänzend herzerwärmend liebevoll heilfroh bravo
2.6 super vorbildlich beeindruckend famos
2.7 toll tollen glücklich bezaubernd
2.8 herrlich perfekt begeistert spitzenmässig vortrefflich glückselig
2.9 genial erstklassig traumhaft fabelhaft meisterhaft
3 hervorragend ausgezeichnet wunderbar wundervoll wunderschön grandios sensationell überragend brillant überglücklich
3.1 grossartig exzellent fantastisch phantastisch`,
    // Kritik und Ablehnung
    `-3.2 menschenverachtend
-3 katastrophal widerwärtig hasserfüllt grottenschlecht hundsmiserabel
-2.9 desaströs grauenhaft grauenvoll abscheulich widerlich beschissen rassistisch
-2.8 miserabel verheerend entsetzlich ekelhaft bösartig betrügerisch stinksauer grausam niederträchtig verarscht katastrophenmässig
-2.7 unerträglich erbärmlich verlogen kriminell unterirdisch
-2.6 fatal furchtbar fürchterlich schrecklich grässlich scheusslich abstossend idiotisch hirnrissig hirnverbrannt schwachsinnig stümperhaft unverschämt rotzfrech gehässig hinterhältig skandalös empörend hetzerisch asozial pervers sexistisch diskriminierend angewidert betrogen belogen abgezockt grottig saumässig
-2.5 schlecht eklig ekelig bescheuert inkompetent boshaft hinterlistig wütend entsetzt beleidigend verpfuscht angeekelt hintergangen missbraucht gedemütigt
-2.4 mies untragbar unzumutbar armselig jämmerlich behämmert dämlich bekloppt unfähig dilettantisch unverfroren feindselig zornig brutal unverantwortlich verantwortungslos empört schockierend verächtlich ausfallend geisteskrank herzlos verhunzt versaut erzürnt ruiniert
-2.3 schlimm inakzeptabel unakzeptabel beschämend unprofessionell respektlos habgierig verflucht obszön schäbig kaltherzig vermurkst verzweifelt
-2.2 übel enttäuschend lächerlich blamabel kläglich dumm wertlos unbrauchbar amateurhaft schlampig dreist arrogant herablassend ignorant rücksichtslos aggressiv böse unehrlich verdammt hoffnungslos entrüstet schockiert nervtötend verletzend vulgär gestört verbittert aufgebracht veräppelt minderwertig zerstört teuflisch furchterregend unwürdig
-2.1 enttäuscht unannehmbar blöd blöde schludrig überheblich gierig fies gemein unseriös verärgert hässlich abfällig kränkend primitiv schofel vermasselt verkorkst deprimierend deprimiert
-2 mangelhaft ungenügend peinlich nutzlos untauglich fahrlässig unzuverlässig unhöflich rüde selbstherrlich egoistisch borniert zwielichtig frustriert traurig unfreundlich mistig lausig trostlos aussichtslos erschüttert fassungslos bestürzt frustrierend zermürbend abwertend krankhaft unfair ungerecht unanständig gescheitert penetrant nervenaufreibend niedergeschlagen ausgenutzt blossgestellt verwahrlost heruntergekommen abgewirtschaftet abgehalftert bedrohlich kümmerlich
-1.9 doof absurd sinnlos frech selbstgefällig ärgerlich sauer genervt unzufrieden unglücklich schädlich dreckig missglückt misslungen aufdringlich beleidigt gekränkt verstört entgeistert blamiert alarmierend
-1.8 unzureichend dürftig unsinnig laienhaft nachlässig faul patzig pampig engstirnig illegal dubios nervig betrübt kaputt überteuert unangenehm unerfreulich ärgerlicherweise unbefriedigend gefährlich chaotisch willkürlich taktlos lieblos planlos kopflos konzeptlos verunglückt bedrückend ungehalten verschlampt fehlgeschlagen marode höllisch besorgniserregend
-1.7 rechtswidrig gereizt resigniert verletzt
-1.6 grob ruppig barsch geizig beunruhigend fehlerhaft bitter gestresst langweilig unsensibel ahnungslos hilflos unorganisiert schiefgelaufen danebengegangen suspekt unerwünscht benachteiligt baufällig hinüber futsch verschwendet popelig mickrig
-1.5 schroff schnippisch kleinlich stur fragwürdig lästig bedauerlich beunruhigt befremdlich beschädigt misslich leidig überfordert erschöpft prekär schmutzig öde parteiisch halbherzig unlesbar belastend verstimmt übergangen ignoriert vernachlässigt nichtssagend
-1.4 unmöglich überflüssig gleichgültig desinteressiert ängstlich verflixt vergeblich krank unglücklicherweise lahm ermüdend voreingenommen oberflächlich lustlos ziellos machtlos fehleranfällig undurchsichtig verdächtig gelangweilt verweigert klapprig
-1.3 unpünktlich falsch zweifelhaft bedenklich problematisch verunsichert irritierend unverständlich säumig schade dummerweise blöderweise nachteilig unordentlich ungeschickt lasch kraftlos ratlos unstrukturiert unübersichtlich unleserlich störanfällig intransparent schleppend verloren belanglos
-1.2 mittelmässig verrückt unnötig träge pingelig mühsam anstrengend besorgt verwirrend widersprüchlich überfällig heftig eisig bedauerlicherweise riskant unbeholfen eintönig schlaff schwach instabil zäh überrumpelt schuldig mangelnd versäumt unrichtig inkorrekt schwammig banal platt
-1.1 umständlich verwirrt irritiert verspätet ungünstig holprig
-1 mässig missverständlich unvollständig krass suboptimal heikel einseitig unpersönlich hakelig wackelig unsicher bürokratisch stockend verzögert unbezahlt ungelöst unbeantwortet liegengeblieben verpasst unwirksam nichtig abgelehnt
-0.9 unklar veraltet unerledigt
-0.8 schwierig kompliziert seltsam merkwürdig teuer kritisch hart müde strittig umstritten sprachlos fehlend ausbleibend ungültig vage
-0.7 langsam
-0.6 komisch leider vergessen billig`,
    // Urteile über Arbeit und Service im Kundenalltag
    `-2.6 abartig
-1.5 unsachlich
-1 nachbesserungsbedürftig
-0.9 ungenau verbesserungsbedürftig
-0.8 ausbaufähig verbesserungswürdig optimierungsbedürftig
1 prompt
1.2 termingerecht
1.3 termintreu serviceorientiert
1.4 reaktionsschnell kundenorientiert`,
    // Spott und Geringschätzung: lächerlich, erbärmlich, dämlich und Verwandte
    `-3.2 grottendumm vollidiotisch
-3 saudumm strohdumm stockdumm debil hirntot minderbemittelt widernatürlich
-2.9 saublöd
-2.8 dummdreist hirnlos
-2.6 unterbelichtet kackig
-2.5 beknackt
-2.4 geistlos plemplem meschugge durchgeknallt lachhaft schofelig
-2.3 dümmlich vernagelt
-2.2 bedeppert bematscht begriffsstutzig hinterwäldlerisch gaga balla hysterisch infantil lumpig
-2 kleinkariert poplig
-1.9 kindisch
-1.8 spiessig weltfremd bekifft albern
-1.5 bedröppelt`,
    // Vulgär und verflucht
    `-3.6 verfickt
-3.4 abgefuckt gefickt
-2.4 elendig
-2.2 vermaledeit`,
    // Charakter und Gesinnung: schamlos, skrupellos, hinterfotzig, menschenfeindlich
    `-3.2 hinterfotzig
-2.9 gewissenlos skrupellos heimtückisch infam
-2.8 schändlich schamlos ehrlos charakterlos
-2.6 schmachvoll würdelos
-2.4 kaltschnäuzig hämisch
-2.2 gefühllos biestig
-2 zickig`,
    // Hass und Extremismus: menschenfeindlich, fremdenfeindlich, volksverhetzend
    `-3.2 menschenfeindlich antisemitisch volksverhetzend
-3 faschistisch faschistoid fremdenfeindlich ausländerfeindlich
-2.8 homophob frauenfeindlich
-2.6 verhetzt fanatisch
-2.4 extremistisch`,
    // Falschheit, Bestechlichkeit, Verbrechen
    `-3 verbrecherisch
-2.8 verräterisch korrupt mafiös
-2.6 erlogen heuchlerisch doppelzüngig bestechlich
-2.5 scheinheilig
-2.2 unaufrichtig`,
    // Dünkel und Pöbelhaftigkeit
    `-2.8 tuntig assig
-2.6 grosskotzig unflätig
-2.4 impertinent rüpelhaft pöbelhaft
-2.3 flegelhaft
-2.2 hochnäsig prollig proletenhaft ordinär
-2 grossspurig eingebildet snobistisch blasiert affig tussig
-1.8 protzig
-1.6 eitel neureich`,
    // Grausamkeit und Gewalt
    `-3.2 bestialisch
-3 barbarisch unmenschlich sadistisch mörderisch blutrünstig
-2.8 gewalttätig tyrannisch
-2.6 gewaltbereit diktatorisch`,
    // Ekel, Verwahrlosung, Faulheit, Feigheit und Verachtenswertes
    `-3.2 verabscheuungswürdig gottverdammt hirnamputiert
-3 verachtenswert
-2.9 perfid
-2.8 versifft entwürdigend herabwürdigend verhasst verwerflich
-2.6 verkommen stinkfaul arbeitsscheu oberpeinlich unausstehlich rückgratlos fuchsteufelswild
-2.5 höhnisch
-2.4 verlaust abgewrackt kriecherisch feige feig gutmenschlich
-2.3 runtergekommen schrottig schleimig
-2.2 gammelig abschätzig geringschätzig scheissegal
-2 schmuddelig zynisch unsympathisch unterwürfig gottverlassen
-1.8 ätzend spöttisch weinerlich wehleidig
-1.6 sarkastisch`,
    // Mit "sau-" verstärkt: Lob, das die Vorsilbe sau- (siehe ABUSIVE_PREFIXES_DE) nicht abwerten soll
    `2.2 sauwohl
2.3 saucool
2.5 saugut saulecker
2.6 saustark`,
  ].join('\n'),
);

/** Verben, als Infinitiv; auch die, die zugleich Nomen sind (schaden, vertrauen). */
export const SENTIMENT_VERBS_DE: Readonly<Record<string, number>> = byValence(
  [
    // Freude, Dank und Lob
    `0.4 entschuldigen
0.6 passen reparieren beschleunigen
0.8 funktionieren schaffen einwilligen kümmern lösen
0.9 optimieren beheben
1 schätzen zustimmen bejahen zusagen zusammenarbeiten vereinfachen
1.2 klappen empfehlen entlasten beruhigen begrüssen berühren anpreisen befürworten kooperieren bewältigen verzeihen
1.3 lohnen wünschen verbessern trösten profitieren entspannen erholen
1.4 unterstützen hoffen erleichtern gewinnen genesen gutheissen
1.5 mögen helfen strahlen bestärken anerkennen gönnen honorieren heilen
1.6 motivieren versöhnen respektieren aufatmen auszeichnen bewähren blühen gedeihen aufleben beistehen retten
1.8 glücken überzeugen feiern lachen lächeln ermutigen würdigen ehren zufriedenstellen glänzen siegen amüsieren verwöhnen belohnen huldigen aufmuntern erheitern umsorgen wohlfühlen entgegenkommen
1.9 gefallen bereichern beschenken rühmen preisen meistern aufblühen aufheitern
2 danken bedanken loben gelingen imponieren vertrauen inspirieren vergnügen florieren
2.1 wertschätzen
2.2 geniessen erfreuen beeindrucken verzaubern faszinieren
2.3 freuen bewundern schwärmen gefreut
2.4 gratulieren beglückwünschen bezaubern jubeln
2.6 begeistern
2.8 lieben`,
    // Ärger, Kritik und Streit
    `-3 hassen
-2.9 erpressen
-2.8 verabscheuen betrügen ankotzen verarschen
-2.7 verachten kotzen
-2.6 demütigen belügen anlügen abzocken verleumden diffamieren scheissen mobben
-2.5 beschimpfen beleidigen verhöhnen aufhetzen ruinieren diskriminieren sabotieren hintergehen
-2.4 lügen verpfuschen anbrüllen verscheissern anpöbeln schikanieren ausbeuten entsetzen
-2.3 bedrohen zerstören versauen verhunzen anschreien quälen pfuschen pöbeln empören erzürnen
-2.2 verspotten vermurksen versagen verzweifeln veräppeln einschüchtern torpedieren
-2.1 verärgern abkanzeln schockieren entrüsten
-2 enttäuschen belästigen kränken drohen übervorteilen vermasseln verbocken scheitern schlampen unterdrücken verbittern deprimieren
-1.9 ärgern verletzen täuschen beschuldigen blamieren schludern bedrängen frustrieren untergraben
-1.8 nerven schimpfen hetzen androhen ausnutzen ausnützen misslingen missglücken verschlampen anmassen weinen abwimmeln verklagen
-1.7 leiden provozieren aufregen
-1.6 nörgeln beschädigen ängstigen misstrauen hinhalten streiten zanken eskalieren abwürgen bestrafen erschrecken verdächtigen abblitzen
-1.5 rügen meckern jammern schaden ignorieren vernachlässigen verschleppen fürchten vorwerfen verschlechtern zwingen abmahnen überfordern
-1.4 tadeln stressen behindern verweigern verstimmen langweilen befremden beunruhigen ausbremsen
-1.3 stören beschweren trödeln belasten überlasten verunsichern
-1.2 bemängeln klagen versäumen verlieren befürchten unterstellen vertrösten blockieren sanktionieren erschöpfen abweisen
-1.1 kritisieren beanstanden monieren ermüden verwirren irritieren
-1 reklamieren verpassen verzögern mangeln bezweifeln kündigen verschärfen anzweifeln zurückweisen
-0.9 zweifeln ablehnen
-0.8 bedauern bummeln mahnen
-0.7 absagen
-0.6 fehlen stornieren widersprechen`,
    // „Können Sie mir verraten, wann …“ fragt nur: Verrat im Sinn von Treuebruch ist in Kundenmails selten.
    `-2.6 anwidern verkacken
-2.4 verfluchen ekeln
-2.2 verdammen
-2 vertuschen zusammenbrechen kollabieren sterben vergeigen
-1.9 grollen trauern
-1.8 verpetzen verleugnen verschwenden vergeuden verschlimmern fluchen verhauen
-1.6 abwälzen wegducken verplempern abstürzen schämen durchfallen verbaseln
-1.5 verheimlichen verbummeln
-1.4 explodieren spinnen schmollen erkranken verpennen
-1.3 verschweigen abschieben schwänzen verrennen hadern verfehlen
-1.2 faulenzen zuspitzen ausfallen streiken bereuen verschlafen
-1 verzetteln platzen krachen
-0.9 verhaspeln klemmen
-0.8 verraten
-0.6 vermissen`,
    // Verben der Verachtung, des Vulgären und der Gewalt
    `-3.4 verpissen
-3.2 ficken
-3 zuscheissen anpissen bepissen vollpissen wichsen
-2.8 abkotzen vollscheissen
-2.6 kacken`,
    // Verhöhnen, herabwürdigen, hetzen, schwätzen
    `-2.8 verhetzen erniedrigen verblöden
-2.7 herabwürdigen verunglimpfen
-2.6 aufwiegeln
-2.4 anblaffen anschnauzen anschwärzen denunzieren schmarotzen verdummen
-2.3 stänkern
-2.2 verhohnepipeln auslachen anmotzen rumheulen einschleimen
-2 lästern schwafeln faseln sülzen schwadronieren flennen schleimen
-1.9 verkohlen
-1.8 schnorren labern kuschen
-1.6 quasseln
-1.5 heulen`,
    // Sterben, Töten, Gewalt und Drohung: als Wunsch oder Drohung gegen Menschen (vergasen, abknallen, aufknüpfen …)
    `-4 vergasen
-3.9 vergewaltigen
-3.8 lynchen
-3.6 abschlachten niedermetzeln massakrieren abknallen aufknüpfen ausrotten totprügeln
-3.4 verrecken ermorden morden umnieten erstechen abstechen erwürgen totschlagen foltern
-3.2 krepieren kaltmachen abmurksen erhängen erschiessen zusammenschlagen misshandeln rausprügeln abfackeln
-3 töten verprügeln terrorisieren versklaven
-2.8 verröcheln auslöschen verdreschen prügeln tyrannisieren plündern
-2.6 vermöbeln verkloppen drangsalieren knechten
-2.4 abnippeln
-2.2 verjagen
-1.8 rausschmeissen
-1.6 ausmerzen`,
    // Toben, Meckern und Verpfuschen
    `-3 anspucken bespucken
-2.8 niedermachen zusammenscheissen
-2.6 randalieren runtermachen
-2.4 verschandeln stümpern
-2.2 keifen verschaukeln betuppen abwatschen
-2 krakeelen grölen zetern spucken stinken versieben
-1.8 motzen verschlimmbessern abservieren
-1.7 maulen`,
    // Formen dieser Verben, die lemmaOf nicht auf ihren Eintrag führt ("wichst" → weichen, "verreckt")
    `-3.8 gelyncht
-3.6 totgeprügelt
-3.4 verreck verreckt verrecke verreckte erstochen umgenietet
-3.2 fickt fickst ficke kaltgemacht abgefackelt
-3 gewichst wichst angepisst angespuckt
-2.8 verarsch
-2.7 herabgewürdigt
-2.6 kackt gekackt verkackt gemobbt
-2.4 eingeschüchtert fremdschämen überschnappen
-2.3 verlottern
-2.2 abgewatscht verbohren verdrecken vergammeln
-2 gezetert besaufen verweichlichen belämmern furzen
-1.8 affektieren`,
    // Partizipien, deren Verb das Gefühl trägt
    `-2.8 bescheissen
-2.5 verheeren anekeln missbrauchen
-2.3 anscheissen pissen
-2.2 wüten
-2.1 verkorksen
-2 murksen erschüttern blossstellen verwahrlosen abwirtschaften abhalftern
-1.9 bestürzen zermürben
-1.8 betrüben abwerten verunglücken bedrücken fehlschlagen
-1.7 resignieren
-1.6 benachteiligen
-1.5 strafen
-1.2 überrumpeln
-1 schwächen verspäten
-0.8 veralten ausbleiben liegenbleiben
0.5 mühen
0.6 eignen
1 wärmen anregen
1.2 engagieren verlocken
1.3 stärken befriedigen
1.5 überragen erfrischen
2 segnen
2.5 hervorragen`,
  ].join('\n'),
);

export const SENTIMENT_DE: Readonly<Record<string, number>> = {
  ...NOUNS,
  ...SENTIMENT_ADJECTIVES_DE,
  ...SENTIMENT_VERBS_DE,
};

/**
 * Nomen, die ein Kompositum beenden und ihm ihren Wert geben ("Lieferverzug",
 * "Qualitätsmängel", "Kundenlob"): nur solche, die kaum als Wortende in fremden
 * Wörtern stecken ("Erholung" in "Wiederholung", "Einigung" in "Vereinigung").
 */
export const COMPOUND_HEADS_DE: readonly string[] = [
  'verzug',
  'verzögerung',
  'verspätung',
  'mangel',
  'fehler',
  'problem',
  'schaden',
  'beschwerde',
  'reklamation',
  'mahnung',
  'störung',
  'ausfall',
  'stress',
  'chaos',
  'frust',
  'ärger',
  'katastrophe',
  'desaster',
  'pfusch',
  'verschwendung',
  'dank',
  'freude',
  'erfolg',
  'zufriedenheit',
  'unzufriedenheit',
  'risiko',
  'gefahr',
  'streit',
  'konflikt',
  'krise',
  'verlust',
  'strafe',
  'engpass',
  'rückstand',
  'defekt',
  'irrtum',
  'versäumnis',
  'missverständnis',
  'kritik',
  'vorwurf',
  'klage',
  'enttäuschung',
  'lob',
  'schrott',
];

/**
 * Vorsilben, mit denen das Deutsche beschimpft ("Scheißregierung",
 * "Drecksarbeit", "Mistladen", "Kackidee", "Sauhaufen", "Hurensohn"), mit dem
 * Wert, den ein so gebautes Wort bekommt, wenn es selbst keinen Eintrag hat. Sie
 * gelten nur, wenn nach der Vorsilbe noch drei Buchstaben oder mehr folgen
 * ("Sauna" und "Saum" sind zu kurz) und das Wort nicht unter
 * PREFIX_FALSE_FRIENDS_DE fällt.
 */
export const ABUSIVE_PREFIXES_DE: Readonly<Record<string, number>> = {
  scheiss: -3.0,
  dreck: -3.0,
  drecks: -3.0,
  mist: -2.0,
  kack: -3.0,
  sau: -2.5,
  schrott: -2.0,
  huren: -4.0,
  schwachsinns: -3.0,
  arsch: -3.0,
};

/**
 * Wörter, die nur scheinbar mit einer Vorsilbe aus ABUSIVE_PREFIXES_DE beginnen
 * oder sie ohne Abwertung tragen: sauber, sauer (Sauerland, Sauerteig), saugen,
 * Sauce, Sauna (saunieren), Saum (auch saumselig), sausen, Saurier, sautieren,
 * Saudi, Sauvignon; Mistel, Mistral, Mistgabel, Mistbeet, englisch "mistake" und
 * "mistress"; der Schrotthandel und seine Plätze, das Schrottwichteln im Büro;
 * das "Hurenkind" der Setzer.
 */
export const PREFIX_FALSE_FRIENDS_DE =
  /^(?:sau(?:ber|er|g|c|n|m|s|r|t|di|v)|mist(?:el|r|gabel|beet|ak)|schrott(?:händler|handel|platz|plätze|verwert|abhol|container|preis|presse|wichtel)|hurenkind)/;
