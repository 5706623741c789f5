<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
  <context>
    <name>mindmap</name>
    <message>
      <source> min</source>
      <translation> Min.</translation>
    </message>
    <message>
      <source>%(prog)s: error: %(message)s
</source>
      <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
      <source>'children' of {who} must be a list of nodes (each line starting with '- '), found {found}</source>
      <translation>'children' von {who} muss eine Liste von Knoten sein (jede Zeile beginnt mit '- '), gefunden: {found}</translation>
    </message>
    <message>
      <source>'floating' must be a list of nodes, found {found}</source>
      <translation>'floating' muss eine Liste von Knoten sein, gefunden: {found}</translation>
    </message>
    <message>
      <source>'index' is a whole number, 0 or more</source>
      <translation>'index' ist eine ganze Zahl, 0 oder mehr</translation>
    </message>
    <message>
      <source>'links' must be a list of {from: id, to: id, label: text}, found {found}</source>
      <translation>'links' muss eine Liste von {from: id, to: id, label: text} sein, gefunden: {found}</translation>
    </message>
    <message>
      <source>'min_votes' of a view is a whole number, 0 or more</source>
      <translation>'min_votes' einer Ansicht ist eine ganze Zahl, 0 oder mehr</translation>
    </message>
    <message>
      <source>'style' of {who} has a key {found} that is not text</source>
      <translation>'style' von {who} hat einen Schlüssel {found}, der kein Text ist</translation>
    </message>
    <message>
      <source>'tags' at the top level must map a tag to its colour, such as {threat: '#b03a2e'}, found {found}</source>
      <translation>'tags' auf der obersten Ebene muss Schlagwörtern ihre Farbe zuordnen, etwa {threat: '#b03a2e'}, gefunden: {found}</translation>
    </message>
    <message>
      <source>'tags' of {who} must be a list of strings, found {what}</source>
      <translation>'tags' von {who} muss eine Liste von Texten sein, gefunden: {what}</translation>
    </message>
    <message>
      <source>'tags' of {who} must be a list of strings, found {what}: put it in quotes</source>
      <translation>'tags' von {who} muss eine Liste von Texten sein, gefunden: {what}: setzen Sie es in Anführungszeichen</translation>
    </message>
    <message>
      <source>'views' must be a list of {name: ..., tags: [...], text: ..., min_votes: n, mode: dim|hide}, found {found}</source>
      <translation>'views' muss eine Liste von {name: ..., tags: [...], text: ..., min_votes: n, mode: dim|hide} sein, gefunden: {found}</translation>
    </message>
    <message>
      <source>'voting_rounds' must be a list of {date: ..., dots: n, people: n, placed: n}, found {found}</source>
      <translation>'voting_rounds' muss eine Liste von {date: ..., dots: n, people: n, placed: n} sein, gefunden: {found}</translation>
    </message>
    <message>
      <source>'{key}' must be one of {join}; found {found}</source>
      <translation>'{key}' muss eines von {join} sein; gefunden: {found}</translation>
    </message>
    <message>
      <source>'{key}' of a link must be a node id, found {found}</source>
      <translation>'{key}' einer Verbindung muss eine Knoten-ID sein, gefunden: {found}</translation>
    </message>
    <message>
      <source>'{key}' of a voting round is a whole number, {least} or more</source>
      <translation>'{key}' einer Abstimmungsrunde ist eine ganze Zahl, {least} oder mehr</translation>
    </message>
    <message>
      <source>'{key}' of {who} must be {expected}, found {what}</source>
      <translation>'{key}' von {who} muss {expected} sein, gefunden: {what}</translation>
    </message>
    <message>
      <source>'{key}' of {who} must be {expected}, found {what}: put it in quotes</source>
      <translation>'{key}' von {who} muss {expected} sein, gefunden: {what}: setzen Sie es in Anführungszeichen</translation>
    </message>
    <message>
      <source>'{key}' of {who}: {exc}</source>
      <translation>'{key}' von {who}: {exc}</translation>
    </message>
    <message>
      <source>(from: {branch})</source>
      <translation>(aus: {branch})</translation>
    </message>
    <message>
      <source>(mixed)</source>
      <translation>(gemischt)</translation>
    </message>
    <message>
      <source>(newer: changed after the crash)</source>
      <translation>(neuer: nach dem Absturz geändert)</translation>
    </message>
    <message>
      <source>(no tags yet: F3 adds one)</source>
      <translation>(noch keine Schlagwörter: F3 fügt eines hinzu)</translation>
    </message>
    <message>
      <source>(no tags)</source>
      <translation>(keine Schlagwörter)</translation>
    </message>
    <message>
      <source>(no text)</source>
      <translation>(kein Text)</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(keiner)</translation>
    </message>
    <message>
      <source>+ {more} more</source>
      <translation>+ {more} weitere</translation>
    </message>
    <message>
      <source>+ {more} more branches</source>
      <translation>+ {more} weitere Zweige</translation>
    </message>
    <message>
      <source>+ {value} more</source>
      <translation>+ {value} weitere</translation>
    </message>
    <message>
      <source>1 action</source>
      <translation>1 Aufgabe</translation>
    </message>
    <message>
      <source>1 branch</source>
      <translation>1 Zweig</translation>
    </message>
    <message>
      <source>1 child</source>
      <translation>1 Unterknoten</translation>
    </message>
    <message>
      <source>1 child, folded</source>
      <translation>1 Unterknoten, zugeklappt</translation>
    </message>
    <message>
      <source>1 dot left</source>
      <translation>noch 1 Punkt</translation>
    </message>
    <message>
      <source>1 idea</source>
      <translation>1 Idee</translation>
    </message>
    <message>
      <source>1 idea matches</source>
      <translation>1 Idee passt</translation>
    </message>
    <message>
      <source>1 node</source>
      <translation>1 Knoten</translation>
    </message>
    <message>
      <source>1 phone connected</source>
      <translation>1 Handy verbunden</translation>
    </message>
    <message>
      <source>1 subtree</source>
      <translation>1 Teilbaum</translation>
    </message>
    <message>
      <source>1 vote</source>
      <translation>1 Stimme</translation>
    </message>
    <message>
      <source>127.0.0.1 lets only this computer in; choose the address of the meeting room's network to let the other laptops join</source>
      <translation>127.0.0.1 lässt nur diesen Computer hinein; wählen Sie die Adresse des Netzwerks im Besprechungsraum, damit die anderen Laptops beitreten können</translation>
    </message>
    <message>
      <source>192.168.1.20:8765/Ab3dEf9hJk2m</source>
      <translation>192.168.1.20:8765/Ab3dEf9hJk2m</translation>
    </message>
    <message>
      <source>&lt;b&gt;Ctrl+Left / Ctrl+Right&lt;/b&gt;</source>
      <translation>&lt;b&gt;Strg+Links / Strg+Rechts&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;Ctrl+Up / Ctrl+Down&lt;/b&gt;</source>
      <translation>&lt;b&gt;Strg+Hoch / Strg+Runter&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;F2 or just type&lt;/b&gt;</source>
      <translation>&lt;b&gt;F2 oder einfach tippen&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;{keys}&lt;/b&gt;</source>
      <translation>&lt;b&gt;{keys}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;h1&gt;Mindmap&lt;/h1&gt;&lt;p&gt;No map is open. Start a new one, open one, or try the workshop example.&lt;/p&gt;</source>
      <translation>&lt;h1&gt;Mindmap&lt;/h1&gt;&lt;p&gt;Keine Mindmap ist geöffnet. Beginnen Sie eine neue, öffnen Sie eine oder probieren Sie das Workshop-Beispiel aus.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;h3&gt;Most used keys&lt;/h3&gt;</source>
      <translation>&lt;h3&gt;Die wichtigsten Tasten&lt;/h3&gt;</translation>
    </message>
    <message>
      <source>&lt;h3&gt;Recent maps&lt;/h3&gt;</source>
      <translation>&lt;h3&gt;Zuletzt geöffnete Mindmaps&lt;/h3&gt;</translation>
    </message>
    <message>
      <source>a date</source>
      <translation>ein Datum</translation>
    </message>
    <message>
      <source>a link from node {source} to itself</source>
      <translation>eine Verbindung von Knoten {source} zu sich selbst</translation>
    </message>
    <message>
      <source>a link must be a mapping {from: id, to: id}, found {found}</source>
      <translation>eine Verbindung muss eine Zuordnung {from: id, to: id} sein, gefunden: {found}</translation>
    </message>
    <message>
      <source>a link names the unknown node {end}</source>
      <translation>eine Verbindung nennt den unbekannten Knoten {end}</translation>
    </message>
    <message>
      <source>a link needs '{key}: &lt;node id&gt;'</source>
      <translation>eine Verbindung braucht '{key}: &lt;Knoten-ID&gt;'</translation>
    </message>
    <message>
      <source>a link needs two different nodes</source>
      <translation>eine Querverbindung braucht zwei verschiedene Knoten</translation>
    </message>
    <message>
      <source>a list</source>
      <translation>eine Liste</translation>
    </message>
    <message>
      <source>a list of strings such as [threat, local]</source>
      <translation>eine Liste von Texten wie [threat, local]</translation>
    </message>
    <message>
      <source>A main branch cannot move up a level</source>
      <translation>Ein Hauptzweig kann keine Ebene höher</translation>
    </message>
    <message>
      <source>a map needs a root node</source>
      <translation>eine Mindmap braucht einen Wurzelknoten</translation>
    </message>
    <message>
      <source>a mapping</source>
      <translation>eine Zuordnung</translation>
    </message>
    <message>
      <source>a mapping of strings such as {color: '#b03a2e'}</source>
      <translation>eine Zuordnung von Texten wie {color: '#b03a2e'}</translation>
    </message>
    <message>
      <source>A mind map file</source>
      <translation>Eine Mindmap-Datei</translation>
    </message>
    <message>
      <source>a node cannot be moved into its own branch</source>
      <translation>ein Knoten kann nicht in seinen eigenen Zweig verschoben werden</translation>
    </message>
    <message>
      <source>a non-empty text</source>
      <translation>ein nicht-leerer Text</translation>
    </message>
    <message>
      <source>a person needs at least one dot</source>
      <translation>eine Person braucht mindestens einen Punkt</translation>
    </message>
    <message>
      <source>a PNG is 1 to {MAX_SIDE} pixels a side, not {width} x {height}</source>
      <translation>ein PNG hat 1 bis {MAX_SIDE} Pixel je Seite, nicht {width} x {height}</translation>
    </message>
    <message>
      <source>a position needs finite coordinates</source>
      <translation>eine Position braucht endliche Koordinaten</translation>
    </message>
    <message>
      <source>a report is .html, .md or .pdf, not {suffix}</source>
      <translation>ein Bericht ist .html, .md oder .pdf, nicht {suffix}</translation>
    </message>
    <message>
      <source>A root has no level to leave</source>
      <translation>Eine Wurzel hat keine Ebene zu verlassen</translation>
    </message>
    <message>
      <source>a root is listed twice</source>
      <translation>eine Wurzel steht zweimal in der Liste</translation>
    </message>
    <message>
      <source>a side is one of {join}, not {value}</source>
      <translation>eine Seite ist eine von {join}, nicht {value}</translation>
    </message>
    <message>
      <source>a tag colour must be #rrggbb, not {color}</source>
      <translation>eine Schlagwortfarbe muss #rrggbb sein, nicht {color}</translation>
    </message>
    <message>
      <source>a tag colour needs a tag</source>
      <translation>eine Schlagwortfarbe braucht ein Schlagwort</translation>
    </message>
    <message>
      <source>a tag in 'tags' must be text, found {found}</source>
      <translation>ein Schlagwort in 'tags' muss Text sein, gefunden: {found}</translation>
    </message>
    <message>
      <source>a view needs a name</source>
      <translation>eine Ansicht braucht einen Namen</translation>
    </message>
    <message>
      <source>a view: {exc}</source>
      <translation>eine Ansicht: {exc}</translation>
    </message>
    <message>
      <source>a voting round needs its date (text such as 2026-12-03 10:30)</source>
      <translation>eine Abstimmungsrunde braucht ihr Datum (Text wie 2026-12-03 10:30)</translation>
    </message>
    <message>
      <source>a voting round: {exc}</source>
      <translation>eine Abstimmungsrunde: {exc}</translation>
    </message>
    <message>
      <source>a whole number, 0 or more</source>
      <translation>eine ganze Zahl, 0 oder mehr</translation>
    </message>
    <message>
      <source>&amp;About Mindmap</source>
      <translation>&amp;Über Mindmap</translation>
    </message>
    <message>
      <source>About Mindmap</source>
      <translation>Über Mindmap</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Aktion</translation>
    </message>
    <message>
      <source>Actions</source>
      <translation>Aufgaben</translation>
    </message>
    <message>
      <source>Add &amp;Child</source>
      <translation>&amp;Unterknoten hinzufügen</translation>
    </message>
    <message>
      <source>Add &amp;Sibling</source>
      <translation>&amp;Nachbarknoten hinzufügen</translation>
    </message>
    <message>
      <source>Add &amp;Tag...</source>
      <translation>&amp;Schlagwort hinzufügen...</translation>
    </message>
    <message>
      <source>Add a tag</source>
      <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
      <source>Add a tag (Enter)</source>
      <translation>+ Schlagwort</translation>
    </message>
    <message>
      <source>add an idea beside it</source>
      <translation>eine Idee daneben hinzufügen</translation>
    </message>
    <message>
      <source>add an idea under the selected one</source>
      <translation>eine Idee unter der gewählten hinzufügen</translation>
    </message>
    <message>
      <source>Add Child</source>
      <translation>Unterknoten hinzufügen</translation>
    </message>
    <message>
      <source>Add Cross-lin&amp;k...</source>
      <translation>&amp;Querverbindung hinzufügen...</translation>
    </message>
    <message>
      <source>Add Cross-link</source>
      <translation>Querverbindung hinzufügen</translation>
    </message>
    <message>
      <source>Add Cross-link... (Ctrl+L)</source>
      <translation>Verbinden mit... (Strg+L)</translation>
    </message>
    <message>
      <source>Add Floating Idea</source>
      <translation>Freie Idee hinzufügen</translation>
    </message>
    <message>
      <source>Add idea</source>
      <translation>Idee hinzufügen</translation>
    </message>
    <message>
      <source>Add it to the selected idea's note (Shift+Enter)</source>
      <translation>Zur Notiz der gewählten Idee hinzufügen (Umschalt+Eingabe)</translation>
    </message>
    <message>
      <source>Add Sibling</source>
      <translation>Nachbarknoten hinzufügen</translation>
    </message>
    <message>
      <source>Add Sibling &amp;Before</source>
      <translation>Nachbarknoten &amp;davor hinzufügen</translation>
    </message>
    <message>
      <source>Add Sibling Before</source>
      <translation>Nachbarknoten davor hinzufügen</translation>
    </message>
    <message>
      <source>Add Tag</source>
      <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
      <source>Add Tag '{tag}'</source>
      <translation>Schlagwort „{tag}“ hinzufügen</translation>
    </message>
    <message>
      <source>add the app to this user's application menu, with its icon, and open map files with it by double-click</source>
      <translation>die App mit ihrem Symbol ins Anwendungsmenü dieses Benutzers eintragen und Mindmap-Dateien per Doppelklick damit öffnen</translation>
    </message>
    <message>
      <source>&amp;Add Vote</source>
      <translation>Stimme &amp;hinzufügen</translation>
    </message>
    <message>
      <source>Add Vote</source>
      <translation>Stimme hinzufügen</translation>
    </message>
    <message>
      <source>all {total} dots are placed: end the round, or take a dot back first</source>
      <translation>alle {total} Punkte sind vergeben: beenden Sie die Runde oder nehmen Sie zuerst einen Punkt zurück</translation>
    </message>
    <message>
      <source>Allow a&amp;nonymous participants</source>
      <translation>&amp;Anonyme Teilnehmende erlauben</translation>
    </message>
    <message>
      <source>Already tagged '{tag}'</source>
      <translation>Hat das Schlagwort „{tag}“ schon</translation>
    </message>
    <message>
      <source>ambiguous option: %(option)s could match %(matches)s</source>
      <translation>mehrdeutige Option: %(option)s passt zu %(matches)s</translation>
    </message>
    <message>
      <source>an empty list</source>
      <translation>eine leere Liste</translation>
    </message>
    <message>
      <source>an idea cannot be merged into one inside its own branch</source>
      <translation>eine Idee kann nicht mit einer aus ihrem eigenen Zweig zusammengeführt werden</translation>
    </message>
    <message>
      <source>an idea cannot be unparked into the parking lot</source>
      <translation>eine Idee kann nicht auf den Parkplatz zurückgeholt werden</translation>
    </message>
    <message>
      <source>&amp;Animate Changes</source>
      <translation>Änderungen &amp;animieren</translation>
    </message>
    <message>
      <source>Animate Moves</source>
      <translation>Bewegungen animieren</translation>
    </message>
    <message>
      <source>any</source>
      <translation>beliebig</translation>
    </message>
    <message>
      <source>Arrows</source>
      <translation>Pfeiltasten</translation>
    </message>
    <message>
      <source>As on screen (Light)</source>
      <translation>Wie auf dem Bildschirm (Hell)</translation>
    </message>
    <message>
      <source>As on screen ({capitalize})</source>
      <translation>Wie am Bildschirm ({capitalize})</translation>
    </message>
    <message>
      <source>as the branch</source>
      <translation>wie der Zweig</translation>
    </message>
    <message>
      <source>&amp;As the branch (A)</source>
      <translation>&amp;Wie der Zweig (A)</translation>
    </message>
    <message>
      <source>Auto</source>
      <translation>Automatisch</translation>
    </message>
    <message>
      <source>Autosave of {title} failed: {message}</source>
      <translation>Automatisches Sichern von {title} fehlgeschlagen: {message}</translation>
    </message>
    <message>
      <source>Autosave to the File &amp;Itself</source>
      <translation>Automatisch in die Datei &amp;selbst speichern</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Zurück</translation>
    </message>
    <message>
      <source>Back to the branch's colour</source>
      <translation>Zurück zur Farbe des Zweigs</translation>
    </message>
    <message>
      <source>Back to the theme's fill</source>
      <translation>Zurück zur Hintergrundfarbe des Farbschemas</translation>
    </message>
    <message>
      <source>&amp;Background:</source>
      <translation>&amp;Hintergrund:</translation>
    </message>
    <message>
      <source>bad value for {key}: {exc}</source>
      <translation>falscher Wert für {key}: {exc}</translation>
    </message>
    <message>
      <source>bad voting rounds or views: {exc}</source>
      <translation>falsche Abstimmungsrunden oder Ansichten: {exc}</translation>
    </message>
    <message>
      <source>bad {replace}: {exc}</source>
      <translation>falsche {replace}: {exc}</translation>
    </message>
    <message>
      <source>Balanced</source>
      <translation>Ausgewogen</translation>
    </message>
    <message>
      <source>balanced</source>
      <translation>ausgewogen</translation>
    </message>
    <message>
      <source>&amp;Bigger Text</source>
      <translation>Text &amp;größer</translation>
    </message>
    <message>
      <source>block sequence entries are not allowed in this context</source>
      <translation>Listeneinträge mit '-' sind hier nicht erlaubt</translation>
    </message>
    <message>
      <source>Branch</source>
      <translation>Zweig</translation>
    </message>
    <message>
      <source>Branch Colour {color}</source>
      <translation>Zweigfarbe {color}</translation>
    </message>
    <message>
      <source>Branch Fill {color}</source>
      <translation>Zweig-Hintergrundfarbe {color}</translation>
    </message>
    <message>
      <source>branch {branch}</source>
      <translation>Zweig {branch}</translation>
    </message>
    <message>
      <source>C&amp;ross-links</source>
      <translation>&amp;Querverbindungen</translation>
    </message>
    <message>
      <source>cannot be read</source>
      <translation>nicht lesbar</translation>
    </message>
    <message>
      <source>Cannot export the report</source>
      <translation>Bericht kann nicht exportiert werden</translation>
    </message>
    <message>
      <source>Cannot join</source>
      <translation>Beitritt nicht möglich</translation>
    </message>
    <message>
      <source>Cannot look for unsaved maps: {value}</source>
      <translation>Nach ungesicherten Mindmaps kann nicht gesucht werden: {value}</translation>
    </message>
    <message>
      <source>Cannot open map</source>
      <translation>Mindmap kann nicht geöffnet werden</translation>
    </message>
    <message>
      <source>cannot open the room on {bind}:{port}: {reason}</source>
      <translation>der Raum kann auf {bind}:{port} nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
      <source>cannot read</source>
      <translation>nicht lesbar</translation>
    </message>
    <message>
      <source>cannot read the file: {value}</source>
      <translation>die Datei kann nicht gelesen werden: {value}</translation>
    </message>
    <message>
      <source>Cannot reload map</source>
      <translation>Mindmap kann nicht neu geladen werden</translation>
    </message>
    <message>
      <source>Cannot save map</source>
      <translation>Mindmap kann nicht gespeichert werden</translation>
    </message>
    <message>
      <source>Cannot share the map</source>
      <translation>Mindmap kann nicht geteilt werden</translation>
    </message>
    <message>
      <source>Cannot write {path}: {value}</source>
      <translation>{path} kann nicht geschrieben werden: {value}</translation>
    </message>
    <message>
      <source>cannot write {target}: it is a folder</source>
      <translation>{target} kann nicht geschrieben werden: es ist ein Ordner</translation>
    </message>
    <message>
      <source>cannot write {target}: no permission to write in {folder}</source>
      <translation>{target} kann nicht geschrieben werden: keine Schreibrechte in {folder}</translation>
    </message>
    <message>
      <source>cannot write {target}: the folder {folder} does not exist</source>
      <translation>{target} kann nicht geschrieben werden: den Ordner {folder} gibt es nicht</translation>
    </message>
    <message>
      <source>cannot write {target}: {value}</source>
      <translation>{target} kann nicht geschrieben werden: {value}</translation>
    </message>
    <message>
      <source>check that map files are valid; exit 1 when any is not</source>
      <translation>prüfen, ob Mindmap-Dateien gültig sind; Rückgabewert 1, wenn eine es nicht ist</translation>
    </message>
    <message>
      <source>children of {node} have orders {orders}</source>
      <translation>die Unterknoten von {node} haben die Reihenfolge {orders}</translation>
    </message>
    <message>
      <source>Choose another idea to link to (Esc cancels)</source>
      <translation>Wählen Sie eine andere Idee zum Verbinden (Esc bricht ab)</translation>
    </message>
    <message>
      <source>Choose the colour (Ctrl+Shift+C)</source>
      <translation>Farbe wählen (Strg+Umschalt+C)</translation>
    </message>
    <message>
      <source>Choose the fill (Ctrl+Shift+B)</source>
      <translation>Hintergrundfarbe wählen (Strg+Umschalt+B)</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Leeren</translation>
    </message>
    <message>
      <source>Clear Branch Colour</source>
      <translation>Zweigfarbe entfernen</translation>
    </message>
    <message>
      <source>Clear Branch Fill</source>
      <translation>Zweig-Hintergrundfarbe entfernen</translation>
    </message>
    <message>
      <source>Clear Colour</source>
      <translation>Farbe entfernen</translation>
    </message>
    <message>
      <source>Clear Fill</source>
      <translation>Hintergrundfarbe entfernen</translation>
    </message>
    <message>
      <source>Clear Map Title</source>
      <translation>Titel der Mindmap entfernen</translation>
    </message>
    <message>
      <source>Clear the filter</source>
      <translation>Filter leeren</translation>
    </message>
    <message>
      <source>Click an idea first, then Alt+= adds a dot</source>
      <translation>Klicken Sie zuerst auf eine Idee; dann fügt Alt+= einen Punkt hinzu</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <source>&amp;Close Room</source>
      <translation>Raum &amp;schließen</translation>
    </message>
    <message>
      <source>&amp;Close Tab</source>
      <translation>Tab s&amp;chließen</translation>
    </message>
    <message>
      <source>Close Tab</source>
      <translation>Tab schließen</translation>
    </message>
    <message>
      <source>&amp;Colour</source>
      <translation>&amp;Farbe</translation>
    </message>
    <message>
      <source>Colour</source>
      <translation>Farbe</translation>
    </message>
    <message>
      <source>Colour of the tag '{for_tag}' (1-6, arrows and Enter), C: custom, A: the theme's</source>
      <translation>Farbe des Schlagworts „{for_tag}“ (1-6, Pfeile und Eingabe), C: eigene, A: die des Farbschemas</translation>
    </message>
    <message>
      <source>Colour {color}</source>
      <translation>Farbe {color}</translation>
    </message>
    <message>
      <source>Colour {value}: {colour}</source>
      <translation>Farbe {value}: {colour}</translation>
    </message>
    <message>
      <source>&amp;Colour...</source>
      <translation>&amp;Farbe...</translation>
    </message>
    <message>
      <source>connected</source>
      <translation>verbunden</translation>
    </message>
    <message>
      <source>connecting</source>
      <translation>verbinde …</translation>
    </message>
    <message>
      <source>content.json holds no sheets (expected a list of sheets)</source>
      <translation>content.json enthält keine Blätter (erwartet: eine Liste von Blättern)</translation>
    </message>
    <message>
      <source>content.json is nested too deeply (more than {MAX_DEPTH} levels deep)</source>
      <translation>content.json ist zu tief verschachtelt (mehr als {MAX_DEPTH} Ebenen)</translation>
    </message>
    <message>
      <source>content.json is not valid JSON ({exc})</source>
      <translation>content.json ist kein gültiges JSON ({exc})</translation>
    </message>
    <message>
      <source>&amp;Content:</source>
      <translation>&amp;Inhalt:</translation>
    </message>
    <message>
      <source>convert a map between formats (yaml, md, opml, mm, txt; also png, svg, pdf)</source>
      <translation>eine Mindmap in ein anderes Format umwandeln (yaml, md, opml, mm, txt; auch png, svg, pdf)</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Kopieren</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Kopieren</translation>
    </message>
    <message>
      <source>&amp;Copy to Clipboard</source>
      <translation>In die Zwischenablage &amp;kopieren</translation>
    </message>
    <message>
      <source>could not encode the PNG: {errorString}</source>
      <translation>das PNG konnte nicht kodiert werden: {errorString}</translation>
    </message>
    <message>
      <source>could not find expected ':'</source>
      <translation>das erwartete ':' fehlt</translation>
    </message>
    <message>
      <source>Count down (after typing a number)</source>
      <translation>Countdown starten (nach Eingabe einer Zahl)</translation>
    </message>
    <message>
      <source>Count Down {minutes} Minutes ({minutes} T)</source>
      <translation>{minutes} Minuten herunterzählen ({minutes} T)</translation>
    </message>
    <message>
      <source>&amp;Countdown (minutes)...</source>
      <translation>&amp;Countdown (Minuten)...</translation>
    </message>
    <message>
      <source>Cross-link</source>
      <translation>Querverbindung</translation>
    </message>
    <message>
      <source>Cross-link cancelled</source>
      <translation>Querverbindung abgebrochen</translation>
    </message>
    <message>
      <source>Cross-link label (Enter keeps, Esc leaves it)</source>
      <translation>Beschriftung der Querverbindung (Eingabe übernimmt, Esc lässt sie)</translation>
    </message>
    <message>
      <source>Cross-link: click the other idea, or choose it with the arrows and press Enter; Esc cancels</source>
      <translation>Querverbindung: Klicken Sie auf die andere Idee oder wählen Sie sie mit den Pfeiltasten und drücken Sie Eingabe; Esc bricht ab</translation>
    </message>
    <message>
      <source>Cross-links</source>
      <translation>Querverbindungen</translation>
    </message>
    <message>
      <source>Ctrl+F</source>
      <translation>Strg+F</translation>
    </message>
    <message>
      <source>Ctrl+Left / Ctrl+Right</source>
      <translation>Strg+Links / Strg+Rechts</translation>
    </message>
    <message>
      <source>Ctrl+Up / Ctrl+Down</source>
      <translation>Strg+Hoch / Strg+Herunter</translation>
    </message>
    <message>
      <source>Ctrl+Z</source>
      <translation>Strg+Z</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
      <source>&amp;Custom... (C)</source>
      <translation>&amp;Eigene... (C)</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Dunkel</translation>
    </message>
    <message>
      <source>dark</source>
      <translation>dunkel</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Default Tag Colour '{tag}'</source>
      <translation>Standardfarbe des Schlagworts „{tag}“</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <source>Delete &amp;Node Only</source>
      <translation>Nur den &amp;Knoten löschen</translation>
    </message>
    <message>
      <source>Delete 1 node</source>
      <translation>1 Knoten löschen</translation>
    </message>
    <message>
      <source>&amp;Delete Branch</source>
      <translation>Zweig &amp;löschen</translation>
    </message>
    <message>
      <source>Delete Branch</source>
      <translation>Zweig löschen</translation>
    </message>
    <message>
      <source>Delete Cross-link</source>
      <translation>Querverbindung löschen</translation>
    </message>
    <message>
      <source>Delete Node</source>
      <translation>Knoten löschen</translation>
    </message>
    <message>
      <source>Delete {n} Cross-links</source>
      <translation>{n} Querverbindungen löschen</translation>
    </message>
    <message>
      <source>Delete {n} nodes</source>
      <translation>{n} Knoten löschen</translation>
    </message>
    <message>
      <source>Delete {plural}</source>
      <translation>{plural} löschen</translation>
    </message>
    <message>
      <source>depth</source>
      <translation>Tiefe</translation>
    </message>
    <message>
      <source>Deutsch</source>
      <translation>Deutsch</translation>
    </message>
    <message>
      <source>did not find expected ',' or ']'</source>
      <translation>das erwartete ',' oder ']' fehlt</translation>
    </message>
    <message>
      <source>did not find expected ',' or '}'</source>
      <translation>das erwartete ',' oder '}' fehlt</translation>
    </message>
    <message>
      <source>did not find expected '-' indicator</source>
      <translation>das erwartete '-' fehlt</translation>
    </message>
    <message>
      <source>did not find expected &lt;document start&gt;</source>
      <translation>der erwartete Dokumentanfang fehlt</translation>
    </message>
    <message>
      <source>did not find expected comment or line break</source>
      <translation>der erwartete Kommentar oder Zeilenumbruch fehlt</translation>
    </message>
    <message>
      <source>did not find expected key</source>
      <translation>der erwartete Schlüssel fehlt</translation>
    </message>
    <message>
      <source>did not find expected node content</source>
      <translation>der erwartete Inhalt fehlt</translation>
    </message>
    <message>
      <source>Dim the rest</source>
      <translation>Den Rest abblenden</translation>
    </message>
    <message>
      <source>&amp;Discard</source>
      <translation>&amp;Verwerfen</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Verwerfen</translation>
    </message>
    <message>
      <source>Discard Idea</source>
      <translation>Idee verwerfen</translation>
    </message>
    <message>
      <source>Discard Idea from Inbox</source>
      <translation>Idee aus dem Eingang verwerfen</translation>
    </message>
    <message>
      <source>do not print the QR code</source>
      <translation>den QR-Code nicht ausgeben</translation>
    </message>
    <message>
      <source>DOCTYPE and entity declarations are not allowed (refused for safety); remove the &lt;!DOCTYPE ...&gt; part</source>
      <translation>DOCTYPE- und Entity-Deklarationen sind nicht erlaubt (aus Sicherheitsgründen abgelehnt); entfernen Sie den Teil &lt;!DOCTYPE ...&gt;</translation>
    </message>
    <message>
      <source>Dots each</source>
      <translation>Punkte je Person</translation>
    </message>
    <message>
      <source>Dots per person</source>
      <translation>Punkte je Person</translation>
    </message>
    <message>
      <source>&amp;Dots per person:</source>
      <translation>&amp;Punkte pro Person:</translation>
    </message>
    <message>
      <source>Dots placed</source>
      <translation>Vergebene Punkte</translation>
    </message>
    <message>
      <source>Down</source>
      <translation>Nach unten</translation>
    </message>
    <message>
      <source>down</source>
      <translation>nach unten</translation>
    </message>
    <message>
      <source>Drop number (after typing a number)</source>
      <translation>Zahl verwerfen (nach Eingabe einer Zahl)</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Fällig</translation>
    </message>
    <message>
      <source>due date {due} is not a date written YYYY-MM-DD</source>
      <translation>das Fälligkeitsdatum {due} ist kein Datum in der Form JJJJ-MM-TT</translation>
    </message>
    <message>
      <source>&amp;Due date:</source>
      <translation>&amp;Fällig am:</translation>
    </message>
    <message>
      <source>duplicate id {node_id} (already used by the node at line {line})</source>
      <translation>doppelte ID {node_id} (schon vom Knoten in Zeile {line} benutzt)</translation>
    </message>
    <message>
      <source>e.g. Top threats</source>
      <translation>z. B. Größte Gefahren</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
      <source>Edit &amp;Note</source>
      <translation>&amp;Notiz bearbeiten</translation>
    </message>
    <message>
      <source>Edit Cross-link &amp;Label</source>
      <translation>&amp;Beschriftung der Querverbindung bearbeiten</translation>
    </message>
    <message>
      <source>Edit Cross-link Label</source>
      <translation>Beschriftung der Querverbindung bearbeiten</translation>
    </message>
    <message>
      <source>Edit Note</source>
      <translation>Notiz bearbeiten</translation>
    </message>
    <message>
      <source>&amp;Edit Text</source>
      <translation>Text &amp;bearbeiten</translation>
    </message>
    <message>
      <source>Edit Text</source>
      <translation>Text bearbeiten</translation>
    </message>
    <message>
      <source>edit the text</source>
      <translation>den Text bearbeiten</translation>
    </message>
    <message>
      <source>End Presentation (Esc)</source>
      <translation>Präsentation beenden (Esc)</translation>
    </message>
    <message>
      <source>&amp;End Voting</source>
      <translation>Abstimmung &amp;beenden</translation>
    </message>
    <message>
      <source>End Voting</source>
      <translation>Abstimmung beenden</translation>
    </message>
    <message>
      <source>English</source>
      <translation>English</translation>
    </message>
    <message>
      <source>Enter</source>
      <translation>Eingabe</translation>
    </message>
    <message>
      <source>Erase digit (after typing a number)</source>
      <translation>Ziffer löschen (nach Eingabe einer Zahl)</translation>
    </message>
    <message>
      <source>Every key of the window's menus and of the presentation. Type to search.</source>
      <translation>Alle Tasten der Menüs des Fensters und der Präsentation. Tippen Sie, um zu suchen.</translation>
    </message>
    <message>
      <source>expected &lt;block end&gt;, but found {found}</source>
      <translation>erwartet: Ende des Blocks, gefunden: {found}</translation>
    </message>
    <message>
      <source>expected a single document in the stream</source>
      <translation>erwartet: ein einziges Dokument in der Datei</translation>
    </message>
    <message>
      <source>expected one argument</source>
      <translation>erwartet ein Argument</translation>
    </message>
    <message>
      <source>expected the node content, but found {found}</source>
      <translation>erwartet: Inhalt, gefunden: {found}</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exportieren</translation>
    </message>
    <message>
      <source>export a map as PNG, SVG, PDF or an outline (Markdown, OPML, FreeMind, text)</source>
      <translation>eine Mindmap als PNG, SVG, PDF oder Gliederung (Markdown, OPML, FreeMind, Text) exportieren</translation>
    </message>
    <message>
      <source>Export as</source>
      <translation>Exportieren als</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
      <source>&amp;Export Filtered...</source>
      <translation>Gefiltertes &amp;exportieren...</translation>
    </message>
    <message>
      <source>Export Filtered...</source>
      <translation>Gefiltertes exportieren...</translation>
    </message>
    <message>
      <source>Export Filtered: </source>
      <translation>Gefiltert exportieren: </translation>
    </message>
    <message>
      <source>Export Meeting &amp;Report...</source>
      <translation>&amp;Sitzungsbericht exportieren...</translation>
    </message>
    <message>
      <source>Export meeting report</source>
      <translation>Sitzungsbericht exportieren</translation>
    </message>
    <message>
      <source>export only this node and its descendants</source>
      <translation>nur diesen Knoten und alles darunter exportieren</translation>
    </message>
    <message>
      <source>&amp;Export...</source>
      <translation>&amp;Exportieren...</translation>
    </message>
    <message>
      <source>Exported the meeting report {target}</source>
      <translation>Sitzungsbericht {target} exportiert</translation>
    </message>
    <message>
      <source>Exported {exported_path}</source>
      <translation>{exported_path} exportiert</translation>
    </message>
    <message>
      <source>F&amp;ill...</source>
      <translation>&amp;Hintergrundfarbe...</translation>
    </message>
    <message>
      <source>F2 or just type</source>
      <translation>F2 oder einfach lostippen</translation>
    </message>
    <message>
      <source>F5</source>
      <translation>F5</translation>
    </message>
    <message>
      <source>Fa&amp;cilitate</source>
      <translation>&amp;Moderieren</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Datei</translation>
    </message>
    <message>
      <source>file</source>
      <translation>Datei</translation>
    </message>
    <message>
      <source>File exists</source>
      <translation>Die Datei gibt es schon</translation>
    </message>
    <message>
      <source>File name too long</source>
      <translation>Dateiname zu lang</translation>
    </message>
    <message>
      <source>File on disk</source>
      <translation>Datei auf der Festplatte</translation>
    </message>
    <message>
      <source>file to write; its extension chooses the format</source>
      <translation>die zu schreibende Datei; ihre Endung bestimmt das Format</translation>
    </message>
    <message>
      <source>&amp;Fill</source>
      <translation>&amp;Hintergrund</translation>
    </message>
    <message>
      <source>Fill</source>
      <translation>Hintergrundfarbe</translation>
    </message>
    <message>
      <source>Fill {color}</source>
      <translation>Hintergrundfarbe {color}</translation>
    </message>
    <message>
      <source>filter mode must be one of {join}</source>
      <translation>der Filtermodus muss einer von {join} sein</translation>
    </message>
    <message>
      <source>Filter the outline</source>
      <translation>Gliederung filtern</translation>
    </message>
    <message>
      <source>&amp;Filter...</source>
      <translation>&amp;Filtern...</translation>
    </message>
    <message>
      <source>Filter:</source>
      <translation>Filter:</translation>
    </message>
    <message>
      <source>Filter: words or #tags</source>
      <translation>Filter: Wörter oder #Schlagwörter</translation>
    </message>
    <message>
      <source>Filter: words or #tags (Down: to the tree)</source>
      <translation>Filter: Wörter oder #Schlagwörter (Runter: zum Baum)</translation>
    </message>
    <message>
      <source>Find</source>
      <translation>Suchen</translation>
    </message>
    <message>
      <source>find</source>
      <translation>suchen</translation>
    </message>
    <message>
      <source>Find &amp;Next</source>
      <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
      <source>Find (Enter: next, Shift+Enter: previous, Esc: close)</source>
      <translation>Suchen (Eingabe: nächster, Umschalt+Eingabe: vorheriger, Esc: schließen)</translation>
    </message>
    <message>
      <source>Find Pre&amp;vious</source>
      <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
      <source>&amp;Find...</source>
      <translation>&amp;Suchen...</translation>
    </message>
    <message>
      <source>Fit</source>
      <translation>Einpassen</translation>
    </message>
    <message>
      <source>Fit the map</source>
      <translation>An die Mindmap anpassen</translation>
    </message>
    <message>
      <source>&amp;Fit Whole Map</source>
      <translation>Ganze Mindmap &amp;einpassen</translation>
    </message>
    <message>
      <source>floating</source>
      <translation>frei</translation>
    </message>
    <message>
      <source>Focus Next Pane</source>
      <translation>Zum nächsten Bereich</translation>
    </message>
    <message>
      <source>Focus Previous Pane</source>
      <translation>Zum vorherigen Bereich</translation>
    </message>
    <message>
      <source>Fold</source>
      <translation>Zuklappen</translation>
    </message>
    <message>
      <source>&amp;Fold / Unfold</source>
      <translation>&amp;Zuklappen / Aufklappen</translation>
    </message>
    <message>
      <source>fold or unfold a branch</source>
      <translation>einen Zweig zu- oder aufklappen</translation>
    </message>
    <message>
      <source>&amp;Format:</source>
      <translation>&amp;Format:</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Weiter</translation>
    </message>
    <message>
      <source>found a tab character that violates indentation</source>
      <translation>ein Tabulator verletzt die Einrückung</translation>
    </message>
    <message>
      <source>found a tab character where an indentation space is expected</source>
      <translation>ein Tabulator, wo ein Leerzeichen zum Einrücken erwartet wird</translation>
    </message>
    <message>
      <source>found character that cannot start any token</source>
      <translation>ein Zeichen, mit dem nichts beginnen kann</translation>
    </message>
    <message>
      <source>found character {character} that cannot start any token</source>
      <translation>das Zeichen {character} kann nichts beginnen</translation>
    </message>
    <message>
      <source>found duplicate key</source>
      <translation>doppelter Schlüssel</translation>
    </message>
    <message>
      <source>found undefined alias</source>
      <translation>unbekannter Alias</translation>
    </message>
    <message>
      <source>found undefined alias {alias}</source>
      <translation>unbekannter Alias {alias}</translation>
    </message>
    <message>
      <source>found unexpected document indicator</source>
      <translation>unerwarteter Dokumentbeginn</translation>
    </message>
    <message>
      <source>found unexpected document separator</source>
      <translation>unerwarteter Dokumenttrenner</translation>
    </message>
    <message>
      <source>found unexpected end of stream</source>
      <translation>unerwartetes Ende der Datei</translation>
    </message>
    <message>
      <source>found unknown escape character</source>
      <translation>unbekanntes Escape-Zeichen</translation>
    </message>
    <message>
      <source>Free software under the MIT licence.</source>
      <translation>Freie Software unter der MIT-Lizenz.</translation>
    </message>
    <message>
      <source>FreeMind / Freeplane map</source>
      <translation>FreeMind-/Freeplane-Mindmap</translation>
    </message>
    <message>
      <source>FreeMind / Freeplane map (.mm)</source>
      <translation>FreeMind-/Freeplane-Mindmap (.mm)</translation>
    </message>
    <message>
      <source>Go to 0</source>
      <translation>Zum Anfang</translation>
    </message>
    <message>
      <source>Go to last</source>
      <translation>Zum letzten Zweig</translation>
    </message>
    <message>
      <source>Go to typed branch (after typing a number)</source>
      <translation>Zum eingegebenen Zweig (nach Eingabe einer Zahl)</translation>
    </message>
    <message>
      <source>&amp;Group</source>
      <translation>&amp;Gruppieren</translation>
    </message>
    <message>
      <source>Group {plural}</source>
      <translation>{plural} gruppieren</translation>
    </message>
    <message>
      <source>has a note</source>
      <translation>hat eine Notiz</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <source>Hide</source>
      <translation>Ausblenden</translation>
    </message>
    <message>
      <source>&amp;Hide Tallies</source>
      <translation>Zwischenstände &amp;verbergen</translation>
    </message>
    <message>
      <source>Hide the rest</source>
      <translation>Den Rest ausblenden</translation>
    </message>
    <message>
      <source>Hide the tallies until the end</source>
      <translation>Zwischenstände bis zum Ende verbergen</translation>
    </message>
    <message>
      <source>Highlight cleared</source>
      <translation>Hervorhebung aufgehoben</translation>
    </message>
    <message>
      <source>Highlight Top Ideas</source>
      <translation>Beste Ideen hervorheben</translation>
    </message>
    <message>
      <source>&amp;Highlight Top Ideas...</source>
      <translation>Beste Ideen &amp;hervorheben...</translation>
    </message>
    <message>
      <source>host a room where several laptops edit MAP together (no window)</source>
      <translation>einen Raum öffnen, in dem mehrere Laptops MAP gemeinsam bearbeiten (ohne Fenster)</translation>
    </message>
    <message>
      <source>How many</source>
      <translation>Wie viele</translation>
    </message>
    <message>
      <source>https://... or another map file (Ctrl+K)</source>
      <translation>https://... oder eine andere Mindmap-Datei (Strg+K)</translation>
    </message>
    <message>
      <source>https://..., mailto:... or a map file (empty: no link)</source>
      <translation>https://..., mailto:... oder eine Mindmap-Datei (leer: kein Link)</translation>
    </message>
    <message>
      <source>id {clash} is already in the map</source>
      <translation>die ID {clash} gibt es schon in der Mindmap</translation>
    </message>
    <message>
      <source>id {node} appears twice in the inserted branch</source>
      <translation>die ID {node} kommt im eingefügten Zweig zweimal vor</translation>
    </message>
    <message>
      <source>Idea</source>
      <translation>Idee</translation>
    </message>
    <message>
      <source>&amp;Idea Panel</source>
      <translation>&amp;Ideenbereich</translation>
    </message>
    <message>
      <source>Idea Panel</source>
      <translation>Ideenbereich</translation>
    </message>
    <message>
      <source>Idea panel</source>
      <translation>Ideenbereich</translation>
    </message>
    <message>
      <source>Idea text</source>
      <translation>Text der Idee</translation>
    </message>
    <message>
      <source>Ideas</source>
      <translation>Ideen</translation>
    </message>
    <message>
      <source>Ideas by tag</source>
      <translation>Ideen nach Schlagwort</translation>
    </message>
    <message>
      <source>Ideas go straight onto the &amp;map</source>
      <translation>Ideen kommen direkt in die &amp;Mindmap</translation>
    </message>
    <message>
      <source>Ideas ranked by votes</source>
      <translation>Ideen nach Stimmen</translation>
    </message>
    <message>
      <source>Ideas sent to the map go under the selected idea</source>
      <translation>Ideen für die Mindmap kommen unter die gewählte Idee</translation>
    </message>
    <message>
      <source>In the facilitator's inbox</source>
      <translation>Im Eingang der Moderation</translation>
    </message>
    <message>
      <source>In the room:</source>
      <translation>Im Raum:</translation>
    </message>
    <message>
      <source>Inbox: 1 idea</source>
      <translation>Eingang: 1 Idee</translation>
    </message>
    <message>
      <source>Inbox: {n} ideas</source>
      <translation>Eingang: {n} Ideen</translation>
    </message>
    <message>
      <source>Indented text outline</source>
      <translation>Eingerückte Text-Gliederung</translation>
    </message>
    <message>
      <source>Indented text outline (.txt)</source>
      <translation>Eingerückte Text-Gliederung (.txt)</translation>
    </message>
    <message>
      <source>input format (yaml, md, opml, mm, txt); default: the input's extension</source>
      <translation>Eingabeformat (yaml, md, opml, mm, txt); Vorgabe: die Endung der Eingabedatei</translation>
    </message>
    <message>
      <source>Insert &amp;Parent</source>
      <translation>&amp;Elternknoten einfügen</translation>
    </message>
    <message>
      <source>Insert Parent</source>
      <translation>Elternknoten einfügen</translation>
    </message>
    <message>
      <source>installed the menu entry, icons and map file type for this user ({len} files under {data_home})</source>
      <translation>Menüeintrag, Symbole und Dateityp für Mindmaps für diesen Benutzer eingerichtet ({len} Dateien unter {data_home})</translation>
    </message>
    <message>
      <source>invalid %(type)s value: %(value)r</source>
      <translation>ungültiger Wert für %(type)s: %(value)r</translation>
    </message>
    <message>
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <translation>ungültige Wahl: %(value)r (möglich: %(choices)s)</translation>
    </message>
    <message>
      <source>Is a directory</source>
      <translation>Ist ein Ordner</translation>
    </message>
    <message>
      <source>Join</source>
      <translation>Beitreten</translation>
    </message>
    <message>
      <source>Join &amp;code:</source>
      <translation>Beitritts&amp;code:</translation>
    </message>
    <message>
      <source>Join Shared Map</source>
      <translation>Geteilter Mindmap beitreten</translation>
    </message>
    <message>
      <source>&amp;Join Shared Map...</source>
      <translation>Geteilter Mindmap bei&amp;treten...</translation>
    </message>
    <message>
      <source>Join the workshop</source>
      <translation>Am Workshop teilnehmen</translation>
    </message>
    <message>
      <source>Joining {host}:{port}...</source>
      <translation>Beitritt zu {host}:{port}...</translation>
    </message>
    <message>
      <source>Keep Mine</source>
      <translation>Meine behalten</translation>
    </message>
    <message>
      <source>Keep this filter in the map by name</source>
      <translation>Diesen Filter unter einem Namen in der Mindmap behalten</translation>
    </message>
    <message>
      <source>Keeps the ideas whose text or tags contain every word typed, with their ancestors; #word matches tags only. Down or Enter: to the tree</source>
      <translation>Behält die Ideen, deren Text oder Schlagwörter jedes getippte Wort enthalten, mit den Ideen darüber; #Wort sucht nur in Schlagwörtern. Runter oder Eingabe: zum Baum</translation>
    </message>
    <message>
      <source>&amp;Keyboard Shortcuts</source>
      <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
      <source>Keyboard Shortcuts</source>
      <translation>Tastenkürzel</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Tasten</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>Beschriftung</translation>
    </message>
    <message>
      <source>Landscape</source>
      <translation>Querformat</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Sprache</translation>
    </message>
    <message>
      <source>&amp;Later</source>
      <translation>&amp;Später</translation>
    </message>
    <message>
      <source>&amp;Layout</source>
      <translation>&amp;Anordnung</translation>
    </message>
    <message>
      <source>Layout</source>
      <translation>Anordnung</translation>
    </message>
    <message>
      <source>layout</source>
      <translation>Anordnung</translation>
    </message>
    <message>
      <source>Layout of the map</source>
      <translation>Anordnung der Mindmap</translation>
    </message>
    <message>
      <source>Layout: {style}</source>
      <translation>Anordnung: {style}</translation>
    </message>
    <message>
      <source>Le&amp;gend</source>
      <translation>&amp;Legende</translation>
    </message>
    <message>
      <source>Leave</source>
      <translation>Beenden</translation>
    </message>
    <message>
      <source>&amp;Leave Room</source>
      <translation>Raum &amp;verlassen</translation>
    </message>
    <message>
      <source>Left</source>
      <translation>Links</translation>
    </message>
    <message>
      <source>left</source>
      <translation>links</translation>
    </message>
    <message>
      <source>left or right</source>
      <translation>left oder right</translation>
    </message>
    <message>
      <source>Legend</source>
      <translation>Legende</translation>
    </message>
    <message>
      <source>level {n}</source>
      <translation>Ebene {n}</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Hell</translation>
    </message>
    <message>
      <source>light</source>
      <translation>hell</translation>
    </message>
    <message>
      <source>Light or dark</source>
      <translation>Hell oder dunkel</translation>
    </message>
    <message>
      <source>light, dark or projector (default: the map's theme)</source>
      <translation>light, dark oder projector (Vorgabe: das Farbschema der Mindmap)</translation>
    </message>
    <message>
      <source>&amp;Link</source>
      <translation>&amp;Link</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Link</translation>
    </message>
    <message>
      <source>link end {end} is not in the map</source>
      <translation>das Ende {end} der Verbindung ist nicht in der Mindmap</translation>
    </message>
    <message>
      <source>link from {a} to itself</source>
      <translation>Verbindung von {a} zu sich selbst</translation>
    </message>
    <message>
      <source>link from {source} to itself</source>
      <translation>Verbindung von {source} zu sich selbst</translation>
    </message>
    <message>
      <source>Link not opened</source>
      <translation>Link nicht geöffnet</translation>
    </message>
    <message>
      <source>Link to map</source>
      <translation>Mit Mindmap verknüpfen</translation>
    </message>
    <message>
      <source>Link to Map &amp;File...</source>
      <translation>Mit Mindmap-&amp;Datei verknüpfen...</translation>
    </message>
    <message>
      <source>link {a}-&gt;{b} must join the branch to another node</source>
      <translation>die Verbindung {a}-&gt;{b} muss den Zweig mit einem anderen Knoten verbinden</translation>
    </message>
    <message>
      <source>link {direction} unknown id {end}: no node has 'id: {end}'</source>
      <translation>Verbindung {direction} unbekannte ID {end}: kein Knoten hat 'id: {end}'</translation>
    </message>
    <message>
      <source>links</source>
      <translation>Verweise</translation>
    </message>
    <message>
      <source>Links to {link}</source>
      <translation>Verweist auf {link}</translation>
    </message>
    <message>
      <source>links to {link}</source>
      <translation>verweist auf {link}</translation>
    </message>
    <message>
      <source>Map</source>
      <translation>Karte</translation>
    </message>
    <message>
      <source>Map &amp;Title...</source>
      <translation>&amp;Mindmap benennen...</translation>
    </message>
    <message>
      <source>Map changed on disk</source>
      <translation>Mindmap wurde auf der Festplatte geändert</translation>
    </message>
    <message>
      <source>map files (.yaml)</source>
      <translation>Mindmap-Dateien (.yaml)</translation>
    </message>
    <message>
      <source>map links</source>
      <translation>Mindmap-Links</translation>
    </message>
    <message>
      <source>Map open elsewhere</source>
      <translation>Mindmap ist anderswo geöffnet</translation>
    </message>
    <message>
      <source>Map shared: others join with {code}</source>
      <translation>Mindmap geteilt: andere treten bei mit {code}</translation>
    </message>
    <message>
      <source>Map Title '{title}'</source>
      <translation>Titel der Mindmap „{title}“</translation>
    </message>
    <message>
      <source>Map title (Enter)</source>
      <translation>Titel der Mindmap (Eingabe)</translation>
    </message>
    <message>
      <source>mapping values are not allowed here</source>
      <translation>Zuordnungswerte sind hier nicht erlaubt</translation>
    </message>
    <message>
      <source>mapping values are not allowed in this context</source>
      <translation>Zuordnungswerte sind hier nicht erlaubt</translation>
    </message>
    <message>
      <source>margin {margin} is out of range (0 to 1000)</source>
      <translation>der Rand {margin} liegt außerhalb des Bereichs (0 bis 1000)</translation>
    </message>
    <message>
      <source>Mark as A&amp;ction...</source>
      <translation>Als &amp;Aufgabe markieren...</translation>
    </message>
    <message>
      <source>Mark as Action</source>
      <translation>Als Aufgabe markieren</translation>
    </message>
    <message>
      <source>Markdown outline</source>
      <translation>Markdown-Gliederung</translation>
    </message>
    <message>
      <source>Markdown outline (.md)</source>
      <translation>Markdown-Gliederung (.md)</translation>
    </message>
    <message>
      <source>Meeting report: {ideas}, {ranked} with votes, {actions}, {parked} parked.</source>
      <translation>Sitzungsbericht: {ideas}, {ranked} mit Stimmen, {actions}, {parked} geparkt.</translation>
    </message>
    <message>
      <source>Menu</source>
      <translation>Menü</translation>
    </message>
    <message>
      <source>menu entry: {desktop_file}  (starts: {join})</source>
      <translation>Menüeintrag: {desktop_file}  (startet: {join})</translation>
    </message>
    <message>
      <source>Merge Idea</source>
      <translation>Idee zusammenführen</translation>
    </message>
    <message>
      <source>Merge Idea from Inbox</source>
      <translation>Idee aus dem Eingang zusammenführen</translation>
    </message>
    <message>
      <source>&amp;Merge into First</source>
      <translation>In die &amp;erste zusammenführen</translation>
    </message>
    <message>
      <source>Merge into Selected</source>
      <translation>In die gewählte zusammenführen</translation>
    </message>
    <message>
      <source>Merge {plural}</source>
      <translation>{plural} zusammenführen</translation>
    </message>
    <message>
      <source>Mind map</source>
      <translation>Mindmap</translation>
    </message>
    <message>
      <source>Mind map (.yaml)</source>
      <translation>Mindmap (.yaml)</translation>
    </message>
    <message>
      <source>Mind map: no idea selected</source>
      <translation>Mindmap: keine Idee ausgewählt</translation>
    </message>
    <message>
      <source>Mind maps for workshop facilitators. Without a command, opens the window with the given map files: mindmap-app [FILE...]</source>
      <translation>Mindmaps für Moderatorinnen und Moderatoren von Workshops. Ohne Befehl öffnet es das Fenster mit den angegebenen Mindmap-Dateien: mindmap-app [DATEI...]</translation>
    </message>
    <message>
      <source>Mind maps for workshop facilitators: rearrange ideas by keyboard and mouse, present them to the room, export them for the report.</source>
      <translation>Mindmaps für Moderatorinnen und Moderatoren von Workshops: Ideen mit Tastatur und Maus ordnen, vor der Gruppe präsentieren und für den Bericht exportieren.</translation>
    </message>
    <message>
      <source>Mindmap</source>
      <translation>Mindmap</translation>
    </message>
    <message>
      <source>Mindmap did not close properly last time.</source>
      <translation>Mindmap wurde beim letzten Mal nicht ordnungsgemäß beendet.</translation>
    </message>
    <message>
      <source>Mindmap keyboard shortcuts</source>
      <translation>Mindmap-Tastenkürzel</translation>
    </message>
    <message>
      <source>mindmap-app join: cannot open the window: {exc}</source>
      <translation>mindmap-app join: das Fenster kann nicht geöffnet werden: {exc}</translation>
    </message>
    <message>
      <source>mindmap-app join: {exc}</source>
      <translation>mindmap-app join: {exc}</translation>
    </message>
    <message>
      <source>mindmap-app report: cannot write {output}: {value}</source>
      <translation>mindmap-app report: {output} kann nicht geschrieben werden: {value}</translation>
    </message>
    <message>
      <source>mindmap-app report: {output}: {exc}</source>
      <translation>mindmap-app report: {output}: {exc}</translation>
    </message>
    <message>
      <source>mindmap-app serve: cannot listen on {host}:{port}: {value}</source>
      <translation>mindmap-app serve: auf {host}:{port} kann nicht gewartet werden: {value}</translation>
    </message>
    <message>
      <source>mindmap-app serve: port {port} is not between 0 and 65535</source>
      <translation>mindmap-app serve: Port {port} liegt nicht zwischen 0 und 65535</translation>
    </message>
    <message>
      <source>mindmap-app serve: {exc}</source>
      <translation>mindmap-app serve: {exc}</translation>
    </message>
    <message>
      <source>Minutes to count down (Enter starts)</source>
      <translation>Minuten für den Countdown (Eingabe startet)</translation>
    </message>
    <message>
      <source>missing 'format: {FORMAT}' at the top: is this a mind map file?</source>
      <translation>'format: {FORMAT}' fehlt am Anfang: ist das eine Mindmap-Datei?</translation>
    </message>
    <message>
      <source>missing 'root:' (the central node, a mapping with 'text: ...')</source>
      <translation>'root:' fehlt (der zentrale Knoten, eine Zuordnung mit 'text: ...')</translation>
    </message>
    <message>
      <source>missing (deleted or moved)</source>
      <translation>fehlt (gelöscht oder verschoben)</translation>
    </message>
    <message>
      <source>Move &amp;Up</source>
      <translation>Nach &amp;oben</translation>
    </message>
    <message>
      <source>Move 1 node</source>
      <translation>1 Knoten verschieben</translation>
    </message>
    <message>
      <source>move an idea among its siblings</source>
      <translation>eine Idee unter ihren Nachbarn verschieben</translation>
    </message>
    <message>
      <source>move an idea up a level / into the one above</source>
      <translation>eine Idee eine Ebene höher / in die darüber verschieben</translation>
    </message>
    <message>
      <source>move around the map</source>
      <translation>sich in der Mindmap bewegen</translation>
    </message>
    <message>
      <source>Move Do&amp;wn</source>
      <translation>Nach un&amp;ten</translation>
    </message>
    <message>
      <source>Move Down</source>
      <translation>Nach unten</translation>
    </message>
    <message>
      <source>Move Level &amp;Left (up a level on the right side)</source>
      <translation>Ebene nach &amp;links (auf der rechten Seite eine Ebene höher)</translation>
    </message>
    <message>
      <source>Move Level &amp;Right (into the sibling above on the right side)</source>
      <translation>Ebene nach &amp;rechts (auf der rechten Seite in den Nachbarn darüber)</translation>
    </message>
    <message>
      <source>Move Up</source>
      <translation>Nach oben</translation>
    </message>
    <message>
      <source>Move {count} nodes</source>
      <translation>{count} Knoten verschieben</translation>
    </message>
    <message>
      <source>Move {n} nodes</source>
      <translation>{n} Knoten verschieben</translation>
    </message>
    <message>
      <source>Move {plural}</source>
      <translation>{plural} verschieben</translation>
    </message>
    <message>
      <source>Move {plural} into “{text}”</source>
      <translation>{plural} in „{text}“ verschieben</translation>
    </message>
    <message>
      <source>Move {plural} to the Left Side</source>
      <translation>{plural} auf die linke Seite verschieben</translation>
    </message>
    <message>
      <source>Move {plural} to the Right Side</source>
      <translation>{plural} auf die rechte Seite verschieben</translation>
    </message>
    <message>
      <source>Move {plural} Up a Level</source>
      <translation>{plural} eine Ebene höher verschieben</translation>
    </message>
    <message>
      <source>name is longer than {limit} characters</source>
      <translation>der Name ist länger als {limit} Zeichen</translation>
    </message>
    <message>
      <source>name is not text</source>
      <translation>der Name ist kein Text</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>&amp;Network address:</source>
      <translation>&amp;Netzwerkadresse:</translation>
    </message>
    <message>
      <source>never saved</source>
      <translation>nie gespeichert</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>&amp;Neu</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Neu</translation>
    </message>
    <message>
      <source>New Fl&amp;oating Idea</source>
      <translation>Neue freie &amp;Idee</translation>
    </message>
    <message>
      <source>&amp;New Map  (Ctrl+N)</source>
      <translation>&amp;Neue Mindmap  (Strg+N)</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>Nächster</translation>
    </message>
    <message>
      <source>Next (PageDown)</source>
      <translation>Weiter (Bild ab)</translation>
    </message>
    <message>
      <source>no headings or list items found: nothing to import</source>
      <translation>keine Überschriften oder Listenpunkte gefunden: nichts zu importieren</translation>
    </message>
    <message>
      <source>No idea has a tag.</source>
      <translation>Keine Idee hat ein Schlagwort.</translation>
    </message>
    <message>
      <source>No idea is marked as an action.</source>
      <translation>Keine Idee ist als Aufgabe markiert.</translation>
    </message>
    <message>
      <source>No idea open for input: ideas wait here</source>
      <translation>Keine Idee zur Eingabe geöffnet: Ideen warten hier</translation>
    </message>
    <message>
      <source>No idea selected</source>
      <translation>Keine Idee ausgewählt</translation>
    </message>
    <message>
      <source>no link from {source} to {target}</source>
      <translation>keine Verbindung von {source} zu {target}</translation>
    </message>
    <message>
      <source>No match</source>
      <translation>Kein Treffer</translation>
    </message>
    <message>
      <source>no node with id {branch} in the map</source>
      <translation>kein Knoten mit der ID {branch} in der Mindmap</translation>
    </message>
    <message>
      <source>no node with id {node}</source>
      <translation>kein Knoten mit der ID {node}</translation>
    </message>
    <message>
      <source>no node with id {parent}</source>
      <translation>kein Knoten mit der ID {parent}</translation>
    </message>
    <message>
      <source>No notes.</source>
      <translation>Keine Notizen.</translation>
    </message>
    <message>
      <source>No sibling to move into</source>
      <translation>Kein Nachbarknoten, in den verschoben werden kann</translation>
    </message>
    <message>
      <source>No space left on device</source>
      <translation>Kein Platz mehr auf dem Datenträger</translation>
    </message>
    <message>
      <source>No such file or directory</source>
      <translation>Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
      <source>no summary line and no progress</source>
      <translation>keine Zusammenfassung und kein Fortschritt</translation>
    </message>
    <message>
      <source>no view named {name}</source>
      <translation>keine Ansicht namens {name}</translation>
    </message>
    <message>
      <source>No vote to remove</source>
      <translation>Keine Stimme zum Entfernen</translation>
    </message>
    <message>
      <source>No votes yet.</source>
      <translation>Noch keine Stimmen.</translation>
    </message>
    <message>
      <source>No voting round right now.</source>
      <translation>Gerade läuft keine Abstimmungsrunde.</translation>
    </message>
    <message>
      <source>&amp;Node</source>
      <translation>&amp;Knoten</translation>
    </message>
    <message>
      <source>node id {node} is not a non-empty string</source>
      <translation>die Knoten-ID {node} ist kein nicht-leerer Text</translation>
    </message>
    <message>
      <source>node {b} has two parents</source>
      <translation>Knoten {b} hat zwei Elternknoten</translation>
    </message>
    <message>
      <source>node {node} (line {line})</source>
      <translation>Knoten {node} (Zeile {line})</translation>
    </message>
    <message>
      <source>node {node} has no parent and is not a root</source>
      <translation>Knoten {node} hat keinen Elternknoten und ist keine Wurzel</translation>
    </message>
    <message>
      <source>node {node} has no text</source>
      <translation>Knoten {node} hat keinen Text</translation>
    </message>
    <message>
      <source>node {node} has unknown attribute {key}</source>
      <translation>Knoten {node} hat das unbekannte Merkmal {key}</translation>
    </message>
    <message>
      <source>node {node} is deeper than {MAX_DEPTH} levels</source>
      <translation>Knoten {node} liegt tiefer als {MAX_DEPTH} Ebenen</translation>
    </message>
    <message>
      <source>node {node} is reached twice (cycle or shared child)</source>
      <translation>Knoten {node} wird zweimal erreicht (Zyklus oder geteilter Unterknoten)</translation>
    </message>
    <message>
      <source>node {node} stores {key}={value}, not in stored form</source>
      <translation>Knoten {node} speichert {key}={value}, nicht in gespeicherter Form</translation>
    </message>
    <message>
      <source>nodes</source>
      <translation>Knoten</translation>
    </message>
    <message>
      <source>nodes not reachable from a root: {missing}</source>
      <translation>Knoten, die von keiner Wurzel aus erreichbar sind: {missing}</translation>
    </message>
    <message>
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <source>&amp;None (A)</source>
      <translation>&amp;Keine (A)</translation>
    </message>
    <message>
      <source>None yet: the maps you open appear here.</source>
      <translation>Noch keine: Die Mindmaps, die Sie öffnen, erscheinen hier.</translation>
    </message>
    <message>
      <source>not a #rrggbb colour: {color}</source>
      <translation>keine Farbe der Form #rrggbb: {color}</translation>
    </message>
    <message>
      <source>not a colour: {color}</source>
      <translation>keine Farbe: {color}</translation>
    </message>
    <message>
      <source>Not a directory</source>
      <translation>Ist kein Ordner</translation>
    </message>
    <message>
      <source>not a FreeMind/Freeplane map: the document is &lt;{name}&gt;, not &lt;map&gt;</source>
      <translation>keine FreeMind/Freeplane-Mindmap: das Dokument ist &lt;{name}&gt;, nicht &lt;map&gt;</translation>
    </message>
    <message>
      <source>not a readable XMind workbook (a damaged zip archive: {exc})</source>
      <translation>keine lesbare XMind-Arbeitsmappe (ein beschädigtes ZIP-Archiv: {exc})</translation>
    </message>
    <message>
      <source>not allowed with argument %s</source>
      <translation>nicht erlaubt zusammen mit %s</translation>
    </message>
    <message>
      <source>&amp;Not an Action</source>
      <translation>&amp;Keine Aufgabe</translation>
    </message>
    <message>
      <source>Not an Action</source>
      <translation>Keine Aufgabe</translation>
    </message>
    <message>
      <source>not an OPML file: the document is &lt;{name}&gt;, not &lt;opml&gt;</source>
      <translation>keine OPML-Datei: das Dokument ist &lt;{name}&gt;, nicht &lt;opml&gt;</translation>
    </message>
    <message>
      <source>not an XMind content.xml: the document is &lt;{name}&gt;</source>
      <translation>keine XMind-content.xml: das Dokument ist &lt;{name}&gt;</translation>
    </message>
    <message>
      <source>not an XMind workbook (a .xmind file is a zip archive)</source>
      <translation>keine XMind-Arbeitsmappe (eine .xmind-Datei ist ein ZIP-Archiv)</translation>
    </message>
    <message>
      <source>not an XMind workbook (a .xmind file is a zip archive, not text)</source>
      <translation>keine XMind-Arbeitsmappe (eine .xmind-Datei ist ein ZIP-Archiv, kein Text)</translation>
    </message>
    <message>
      <source>not an XMind workbook: the archive holds neither content.json nor content.xml</source>
      <translation>keine XMind-Arbeitsmappe: das Archiv enthält weder content.json noch content.xml</translation>
    </message>
    <message>
      <source>not counted</source>
      <translation>nicht gezählt</translation>
    </message>
    <message>
      <source>not enough memory for a band of {width} x {band_rows} pixels; choose a smaller scale, or export SVG or PDF</source>
      <translation>nicht genug Speicher für einen Streifen von {width} x {band_rows} Pixeln; wählen Sie eine kleinere Skalierung oder exportieren Sie SVG oder PDF</translation>
    </message>
    <message>
      <source>not enough memory for a band of {width} x {count} pixels</source>
      <translation>nicht genug Speicher für einen Streifen von {width} x {count} Pixeln</translation>
    </message>
    <message>
      <source>not enough memory for a {width} x {height} pixel image; choose a smaller scale, or export SVG or PDF</source>
      <translation>nicht genug Speicher für ein Bild mit {width} x {height} Pixeln; wählen Sie eine kleinere Skalierung oder exportieren Sie SVG oder PDF</translation>
    </message>
    <message>
      <source>Not found: {query}</source>
      <translation>Nicht gefunden: {query}</translation>
    </message>
    <message>
      <source>not JSON</source>
      <translation>kein JSON</translation>
    </message>
    <message>
      <source>Not saved yet</source>
      <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
      <source>not saved yet</source>
      <translation>noch nicht gespeichert</translation>
    </message>
    <message>
      <source>not sent</source>
      <translation>nicht gesendet</translation>
    </message>
    <message>
      <source>Not sent: {reason}</source>
      <translation>Nicht gesendet: {reason}</translation>
    </message>
    <message>
      <source>not the plain form of a map</source>
      <translation>nicht die einfache Form einer Mindmap</translation>
    </message>
    <message>
      <source>not UTF-8 text (byte 0x{data}); save the file as UTF-8 and try again</source>
      <translation>kein UTF-8-Text (Byte 0x{data}); speichern Sie die Datei als UTF-8 und versuchen Sie es noch einmal</translation>
    </message>
    <message>
      <source>not valid UTF-16 text ({reason})</source>
      <translation>kein gültiger UTF-16-Text ({reason})</translation>
    </message>
    <message>
      <source>not valid YAML: {exc}</source>
      <translation>kein gültiges YAML: {exc}</translation>
    </message>
    <message>
      <source>not valid YAML: {message}</source>
      <translation>kein gültiges YAML: {message}</translation>
    </message>
    <message>
      <source>not valid YAML: {reason}</source>
      <translation>kein gültiges YAML: {reason}</translation>
    </message>
    <message>
      <source>not well-formed XML: {ErrorString}</source>
      <translation>kein wohlgeformtes XML: {ErrorString}</translation>
    </message>
    <message>
      <source>&amp;Note</source>
      <translation>&amp;Notiz</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <source>Note: what was said (F4)</source>
      <translation>Notiz: was gesagt wurde (F4)</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notizen</translation>
    </message>
    <message>
      <source>nothing</source>
      <translation>nichts</translation>
    </message>
    <message>
      <source>nothing (null)</source>
      <translation>nichts (null)</translation>
    </message>
    <message>
      <source>nothing is parked</source>
      <translation>nichts ist geparkt</translation>
    </message>
    <message>
      <source>Nothing to fold: the node has no children</source>
      <translation>Nichts zuzuklappen: der Knoten hat keine Unterknoten</translation>
    </message>
    <message>
      <source>nothing to insert</source>
      <translation>nichts einzufügen</translation>
    </message>
    <message>
      <source>Nothing to tidy: no node was placed by hand</source>
      <translation>Nichts aufzuräumen: kein Knoten wurde von Hand platziert</translation>
    </message>
    <message>
      <source>nothing to ungroup: the idea has no ideas under it</source>
      <translation>keine Gruppierung aufzuheben: die Idee hat keine Ideen unter sich</translation>
    </message>
    <message>
      <source>Nothing was parked.</source>
      <translation>Nichts wurde geparkt.</translation>
    </message>
    <message>
      <source>Number of people</source>
      <translation>Anzahl der Personen</translation>
    </message>
    <message>
      <source>Off: unsaved changes are autosaved to a recovery file only; on: to the map file itself</source>
      <translation>Aus: Ungespeicherte Änderungen werden nur in eine Wiederherstellungsdatei gesichert; an: in die Mindmap-Datei selbst</translation>
    </message>
    <message>
      <source>offline</source>
      <translation>offline</translation>
    </message>
    <message>
      <source>Offline: your idea was not sent</source>
      <translation>Offline: Ihre Idee wurde nicht gesendet</translation>
    </message>
    <message>
      <source>ok {path} (1 node)</source>
      <translation>ok {path} (1 Knoten)</translation>
    </message>
    <message>
      <source>ok {path} ({count} nodes)</source>
      <translation>ok {path} ({count} Knoten)</translation>
    </message>
    <message>
      <source>On the map</source>
      <translation>Auf der Karte</translation>
    </message>
    <message>
      <source>one of the arguments %s is required</source>
      <translation>eines dieser Argumente ist nötig: %s</translation>
    </message>
    <message>
      <source>One page the size of the map</source>
      <translation>Eine Seite in der Größe der Mindmap</translation>
    </message>
    <message>
      <source>only ideas tagged “{tag}” (several tags: any of them)</source>
      <translation>nur Ideen mit dem Schlagwort „{tag}“ (mehrere Schlagwörter: eines davon)</translation>
    </message>
    <message>
      <source>Only in the selected branch</source>
      <translation>Nur im gewählten Zweig</translation>
    </message>
    <message>
      <source>only {left} dots are left for {len} ideas</source>
      <translation>nur noch {left} Punkte für {len} Ideen übrig</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Öffnen</translation>
    </message>
    <message>
      <source>Open &amp;Linked Map</source>
      <translation>&amp;Verknüpfte Mindmap öffnen</translation>
    </message>
    <message>
      <source>Open &amp;Log Folder</source>
      <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
      <source>open a shared map from a join code (HOST:PORT/TOKEN) in the window</source>
      <translation>eine geteilte Mindmap über einen Beitrittscode (HOST:PORT/TOKEN) im Fenster öffnen</translation>
    </message>
    <message>
      <source>Open Anyway</source>
      <translation>Trotzdem öffnen</translation>
    </message>
    <message>
      <source>Open for input: {text}</source>
      <translation>Zur Eingabe geöffnet: {text}</translation>
    </message>
    <message>
      <source>Open map</source>
      <translation>Mindmap öffnen</translation>
    </message>
    <message>
      <source>Open maps</source>
      <translation>Offene Mindmaps</translation>
    </message>
    <message>
      <source>&amp;Open Selected Idea</source>
      <translation>Gewählte Idee zur Eingabe &amp;öffnen</translation>
    </message>
    <message>
      <source>Open the &amp;Workshop Example</source>
      <translation>&amp;Workshop-Beispiel öffnen</translation>
    </message>
    <message>
      <source>Open the link (Alt+Enter, Ctrl+click)</source>
      <translation>Den Link öffnen (Alt+Eingabe, Strg+Klick)</translation>
    </message>
    <message>
      <source>&amp;Open...</source>
      <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
      <source>&amp;Open...  (Ctrl+O)</source>
      <translation>Ö&amp;ffnen...  (Strg+O)</translation>
    </message>
    <message>
      <source>OPML outline</source>
      <translation>OPML-Gliederung</translation>
    </message>
    <message>
      <source>OPML outline (.opml)</source>
      <translation>OPML-Gliederung (.opml)</translation>
    </message>
    <message>
      <source>options</source>
      <translation>Optionen</translation>
    </message>
    <message>
      <source>&amp;Orientation:</source>
      <translation>&amp;Ausrichtung:</translation>
    </message>
    <message>
      <source>Others join with: mindmap-app join CODE (or File &gt; Join Shared Map in the app). Ctrl+C closes the room.</source>
      <translation>Andere treten bei mit: mindmap-app join CODE (oder in der App: Datei &gt; Geteilter Mindmap beitreten). Strg+C schließt den Raum.</translation>
    </message>
    <message>
      <source>Others type this in File &gt; Join Shared Map (or run mindmap-app join CODE)</source>
      <translation>Andere geben dies unter Datei &gt; Geteilter Mindmap beitreten ein (oder rufen mindmap-app join CODE auf)</translation>
    </message>
    <message>
      <source>&amp;Outline</source>
      <translation>&amp;Gliederung</translation>
    </message>
    <message>
      <source>Outline</source>
      <translation>Gliederung</translation>
    </message>
    <message>
      <source>Outline panel</source>
      <translation>Gliederungsbereich</translation>
    </message>
    <message>
      <source>output format (png, svg, pdf, md, opml, mm, txt or yaml); default: the output's extension</source>
      <translation>Ausgabeformat (png, svg, pdf, md, opml, mm, txt oder yaml); Vorgabe: die Endung der Ausgabedatei</translation>
    </message>
    <message>
      <source>Overview (Home)</source>
      <translation>Übersicht (Pos1)</translation>
    </message>
    <message>
      <source>Overview · step {step} of {total}</source>
      <translation>Übersicht · Schritt {step} von {total}</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Verantwortlich</translation>
    </message>
    <message>
      <source>&amp;Owner:</source>
      <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
      <source>&amp;Page:</source>
      <translation>&amp;Seite:</translation>
    </message>
    <message>
      <source>&amp;Park</source>
      <translation>&amp;Parken</translation>
    </message>
    <message>
      <source>Park {plural}</source>
      <translation>{plural} parken</translation>
    </message>
    <message>
      <source>Parking lot</source>
      <translation>Parkplatz</translation>
    </message>
    <message>
      <source>Participants open this address on their phones (or scan the QR code in the Room panel)</source>
      <translation>Teilnehmende öffnen diese Adresse auf ihren Handys (oder scannen den QR-Code im Raumbereich)</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Einfügen</translation>
    </message>
    <message>
      <source>Paste {plural}</source>
      <translation>{plural} einfügen</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <source>&amp;Pause / Resume</source>
      <translation>&amp;Pause / Fortsetzen</translation>
    </message>
    <message>
      <source>&amp;Pause input</source>
      <translation>Eingabe &amp;pausieren</translation>
    </message>
    <message>
      <source>PDF document</source>
      <translation>PDF-Dokument</translation>
    </message>
    <message>
      <source>PDF document (.pdf)</source>
      <translation>PDF-Dokument (.pdf)</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
      <source>PDF on A4/A3: auto (default), portrait or landscape</source>
      <translation>PDF auf A4/A3: auto (Vorgabe), portrait (hoch) oder landscape (quer)</translation>
    </message>
    <message>
      <source>PDF page: fit (default; page = map), A4 or A3</source>
      <translation>PDF-Seite: fit (Vorgabe; Seite = Mindmap), A4 oder A3</translation>
    </message>
    <message>
      <source>People</source>
      <translation>Personen</translation>
    </message>
    <message>
      <source>&amp;People:</source>
      <translation>P&amp;ersonen:</translation>
    </message>
    <message>
      <source>Permission denied</source>
      <translation>Zugriff verweigert</translation>
    </message>
    <message>
      <source>Phone &amp;Inbox</source>
      <translation>&amp;Handy-Eingang</translation>
    </message>
    <message>
      <source>Phone Inbox</source>
      <translation>Handy-Eingang</translation>
    </message>
    <message>
      <source>Pick a colour (1-6, arrows and Enter), C: custom, A: as the branch, B: whole branch</source>
      <translation>Farbe wählen (1-6, Pfeile und Eingabe), C: eigene, A: wie der Zweig, B: ganzer Zweig</translation>
    </message>
    <message>
      <source>Pick a fill (1-6, arrows and Enter), C: custom, A: none, B: whole branch</source>
      <translation>Hintergrundfarbe wählen (1-6, Pfeile und Eingabe), C: eigene, A: keine, B: ganzer Zweig</translation>
    </message>
    <message>
      <source>Pick a name first</source>
      <translation>Wählen Sie zuerst einen Namen</translation>
    </message>
    <message>
      <source>Place a dot</source>
      <translation>Einen Punkt setzen</translation>
    </message>
    <message>
      <source>Place Idea</source>
      <translation>Idee platzieren</translation>
    </message>
    <message>
      <source>Place Idea from Inbox</source>
      <translation>Idee aus dem Eingang platzieren</translation>
    </message>
    <message>
      <source>Place on Map</source>
      <translation>In die Mindmap setzen</translation>
    </message>
    <message>
      <source>Place your dots on the ideas you favour.</source>
      <translation>Setzen Sie Ihre Punkte auf die Ideen, die Sie bevorzugen.</translation>
    </message>
    <message>
      <source>Place your dots. The results are shown at the end.</source>
      <translation>Setzen Sie Ihre Punkte. Die Ergebnisse werden am Ende gezeigt.</translation>
    </message>
    <message>
      <source>Please describe what you did and what happened, and paste these lines into your report. The log folder holds the app's warnings and errors; attach its newest file.</source>
      <translation>Bitte beschreiben Sie, was Sie getan haben und was passiert ist, und fügen Sie diese Zeilen in Ihren Bericht ein. Der Protokollordner enthält die Warnungen und Fehler der App; hängen Sie die neueste Datei an.</translation>
    </message>
    <message>
      <source>Please give a name</source>
      <translation>Bitte geben Sie einen Namen an</translation>
    </message>
    <message>
      <source>PNG image</source>
      <translation>PNG-Bild</translation>
    </message>
    <message>
      <source>PNG image (.png)</source>
      <translation>PNG-Bild (.png)</translation>
    </message>
    <message>
      <source>PNG/SVG/PDF: no background (PNG keeps alpha)</source>
      <translation>PNG/SVG/PDF: ohne Hintergrund (PNG behält den Alphakanal)</translation>
    </message>
    <message>
      <source>PNG/SVG/PDF: the legend of tags (their colours and counts) beside the map</source>
      <translation>PNG/SVG/PDF: die Legende der Schlagwörter (Farben und Anzahl) neben der Mindmap</translation>
    </message>
    <message>
      <source>PNG: pixels per map pixel, 0.25 to 8 (default 1)</source>
      <translation>PNG: Pixel pro Mindmap-Pixel, 0,25 bis 8 (Vorgabe 1)</translation>
    </message>
    <message>
      <source>PNG: resolution instead of --scale, 24 to 768 (96 = 1x)</source>
      <translation>PNG: Auflösung statt --scale, 24 bis 768 (96 = 1x)</translation>
    </message>
    <message>
      <source>port {port} is not between 1 and 65535</source>
      <translation>Port {port} liegt nicht zwischen 1 und 65535</translation>
    </message>
    <message>
      <source>&amp;Port:</source>
      <translation>&amp;Port:</translation>
    </message>
    <message>
      <source>Portrait</source>
      <translation>Hochformat</translation>
    </message>
    <message>
      <source>positional arguments</source>
      <translation>Argumente</translation>
    </message>
    <message>
      <source>&amp;Present</source>
      <translation>&amp;Präsentieren</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>Präsentieren</translation>
    </message>
    <message>
      <source>present to the room</source>
      <translation>vor der Gruppe präsentieren</translation>
    </message>
    <message>
      <source>Presentation</source>
      <translation>Präsentation</translation>
    </message>
    <message>
      <source>Previous</source>
      <translation>Vorheriger</translation>
    </message>
    <message>
      <source>Previous (PageUp)</source>
      <translation>Zurück (Bild auf)</translation>
    </message>
    <message>
      <source>Projector</source>
      <translation>Beamer</translation>
    </message>
    <message>
      <source>projector</source>
      <translation>Beamer</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <source>Radial</source>
      <translation>Radial</translation>
    </message>
    <message>
      <source>radial</source>
      <translation>radial</translation>
    </message>
    <message>
      <source>Re&amp;move Vote</source>
      <translation>Stimme ent&amp;fernen</translation>
    </message>
    <message>
      <source>Read-only file system</source>
      <translation>Schreibgeschütztes Dateisystem</translation>
    </message>
    <message>
      <source>&amp;Recover</source>
      <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
      <source>Recover unsaved maps</source>
      <translation>Ungespeicherte Mindmaps wiederherstellen</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Wiederholen</translation>
    </message>
    <message>
      <source>Redo {step}</source>
      <translation>Wiederholen: {step}</translation>
    </message>
    <message>
      <source>Reload</source>
      <translation>Neu laden</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <source>&amp;Remove from Room</source>
      <translation>Aus dem Raum &amp;entfernen</translation>
    </message>
    <message>
      <source>Remove Link</source>
      <translation>Link entfernen</translation>
    </message>
    <message>
      <source>Remove Sender...</source>
      <translation>Absender entfernen...</translation>
    </message>
    <message>
      <source>&amp;Remove Tag</source>
      <translation>Schlagwort &amp;entfernen</translation>
    </message>
    <message>
      <source>Remove Tag</source>
      <translation>Schlagwort entfernen</translation>
    </message>
    <message>
      <source>Remove Tag '{tag}'</source>
      <translation>Schlagwort „{tag}“ entfernen</translation>
    </message>
    <message>
      <source>Remove the participant who sent this idea from the room</source>
      <translation>Die Person, die diese Idee geschickt hat, aus dem Raum entfernen</translation>
    </message>
    <message>
      <source>Remove Vote</source>
      <translation>Stimme entfernen</translation>
    </message>
    <message>
      <source>remove what --install-desktop added</source>
      <translation>entfernen, was --install-desktop eingetragen hat</translation>
    </message>
    <message>
      <source>Remove {name} from the room? Their laptop keeps its copy but gets no more changes.</source>
      <translation>{name} aus dem Raum entfernen? Der Laptop behält seine Kopie, bekommt aber keine Änderungen mehr.</translation>
    </message>
    <message>
      <source>Remove {name} from the room? Their phone cannot send anything more.</source>
      <translation>{name} aus dem Raum entfernen? Das Handy kann dann nichts mehr senden.</translation>
    </message>
    <message>
      <source>Remove {shown_author} from the room? Their phone cannot send anything more.</source>
      <translation>{shown_author} aus dem Raum entfernen? Das Handy kann dann nichts mehr senden.</translation>
    </message>
    <message>
      <source>Remove...</source>
      <translation>Entfernen...</translation>
    </message>
    <message>
      <source>removed by the facilitator</source>
      <translation>von der Moderation entfernt</translation>
    </message>
    <message>
      <source>removed the menu entry, icons and map file type ({len} files)</source>
      <translation>Menüeintrag, Symbole und Dateityp für Mindmaps entfernt ({len} Dateien)</translation>
    </message>
    <message>
      <source>Rename Tag '{old}' to '{new}'</source>
      <translation>Schlagwort „{old}“ in „{new}“ umbenennen</translation>
    </message>
    <message>
      <source>Rename the tag '{tag}' everywhere</source>
      <translation>Das Schlagwort „{tag}“ überall umbenennen</translation>
    </message>
    <message>
      <source>Report a Problem</source>
      <translation>Problem melden</translation>
    </message>
    <message>
      <source>&amp;Report a Problem...</source>
      <translation>Problem &amp;melden...</translation>
    </message>
    <message>
      <source>report.html, report.md or report.pdf</source>
      <translation>bericht.html, bericht.md oder bericht.pdf</translation>
    </message>
    <message>
      <source>&amp;Reset</source>
      <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
      <source>Reset (Shift+T)</source>
      <translation>Zurücksetzen (Umschalt+T)</translation>
    </message>
    <message>
      <source>&amp;Reset Text Size</source>
      <translation>Textgröße &amp;zurücksetzen</translation>
    </message>
    <message>
      <source>Reset timer</source>
      <translation>Timer zurücksetzen</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Fortsetzen</translation>
    </message>
    <message>
      <source>Reveal One at a Time (R)</source>
      <translation>Einzeln aufdecken (R)</translation>
    </message>
    <message>
      <source>&amp;Reveal Tallies</source>
      <translation>Zwischenstände &amp;zeigen</translation>
    </message>
    <message>
      <source>Reveal tallies</source>
      <translation>Zwischenstände zeigen</translation>
    </message>
    <message>
      <source>Right</source>
      <translation>Rechts</translation>
    </message>
    <message>
      <source>right</source>
      <translation>rechts</translation>
    </message>
    <message>
      <source>Room</source>
      <translation>Raum</translation>
    </message>
    <message>
      <source>Room closed; {path} saved.</source>
      <translation>Raum geschlossen; {path} gespeichert.</translation>
    </message>
    <message>
      <source>Room open for {path}. Join code: {code}</source>
      <translation>Raum offen für {path}. Beitrittscode: {code}</translation>
    </message>
    <message>
      <source>root {root} has a parent</source>
      <translation>die Wurzel {root} hat einen Elternknoten</translation>
    </message>
    <message>
      <source>root {root} is not in the graph</source>
      <translation>die Wurzel {root} ist nicht im Graphen</translation>
    </message>
    <message>
      <source>S&amp;hare Map...</source>
      <translation>Mindmap &amp;teilen...</translation>
    </message>
    <message>
      <source>S&amp;ort Ideas by Votes</source>
      <translation>Ideen nach Stimmen &amp;sortieren</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Speichern</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <source>Save &amp;As...</source>
      <translation>Speichern &amp;unter...</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Speichern unter</translation>
    </message>
    <message>
      <source>Save as &amp;PDF...</source>
      <translation>Als &amp;PDF speichern...</translation>
    </message>
    <message>
      <source>Save As...</source>
      <translation>Speichern unter...</translation>
    </message>
    <message>
      <source>Save map as</source>
      <translation>Mindmap speichern unter</translation>
    </message>
    <message>
      <source>Save shortcuts as PDF</source>
      <translation>Tastenkürzel als PDF speichern</translation>
    </message>
    <message>
      <source>Save the changes to “{title}” before closing?</source>
      <translation>Änderungen an „{title}“ vor dem Schließen speichern?</translation>
    </message>
    <message>
      <source>&amp;Save Theme into Map</source>
      <translation>Farbschema in der Mindmap &amp;speichern</translation>
    </message>
    <message>
      <source>Save View into Map</source>
      <translation>Ansicht in der Mindmap speichern</translation>
    </message>
    <message>
      <source>Save View “{strip}”</source>
      <translation>Ansicht „{strip}“ speichern</translation>
    </message>
    <message>
      <source>Save View...</source>
      <translation>Ansicht speichern...</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>Gespeichert</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>{path} gespeichert</translation>
    </message>
    <message>
      <source>&amp;Scale:</source>
      <translation>&amp;Maßstab:</translation>
    </message>
    <message>
      <source>Scroll Left</source>
      <translation>Nach links blättern</translation>
    </message>
    <message>
      <source>Scroll Right</source>
      <translation>Nach rechts blättern</translation>
    </message>
    <message>
      <source>Se&amp;lect</source>
      <translation>Aus&amp;wählen</translation>
    </message>
    <message>
      <source>Search keys or actions</source>
      <translation>Tasten oder Aktionen suchen</translation>
    </message>
    <message>
      <source>Select a cross-link, or an idea with one</source>
      <translation>Wählen Sie eine Querverbindung oder eine Idee mit einer</translation>
    </message>
    <message>
      <source>Select a node first</source>
      <translation>Wählen Sie zuerst einen Knoten</translation>
    </message>
    <message>
      <source>Select an idea first</source>
      <translation>Wählen Sie zuerst eine Idee</translation>
    </message>
    <message>
      <source>Select Central Idea</source>
      <translation>Zentrale Idee auswählen</translation>
    </message>
    <message>
      <source>Select Down</source>
      <translation>Darunter auswählen</translation>
    </message>
    <message>
      <source>Select Left</source>
      <translation>Links auswählen</translation>
    </message>
    <message>
      <source>Select one idea to edit its note</source>
      <translation>Wählen Sie eine Idee, um ihre Notiz zu bearbeiten</translation>
    </message>
    <message>
      <source>Select parked ideas (in the parking lot) to unpark</source>
      <translation>Wählen Sie geparkte Ideen (auf dem Parkplatz) zum Zurückholen</translation>
    </message>
    <message>
      <source>select parked ideas (in the parking lot) to unpark</source>
      <translation>wählen Sie geparkte Ideen (auf dem Parkplatz) zum Zurückholen</translation>
    </message>
    <message>
      <source>Select Right</source>
      <translation>Rechts auswählen</translation>
    </message>
    <message>
      <source>Select the group to ungroup</source>
      <translation>Wählen Sie die Gruppe, deren Gruppierung aufgehoben wird</translation>
    </message>
    <message>
      <source>Select the idea to mark as an action</source>
      <translation>Wählen Sie die Idee, die als Aufgabe markiert wird</translation>
    </message>
    <message>
      <source>Select the idea to merge into first</source>
      <translation>Wählen Sie zuerst die Idee, in die zusammengeführt wird</translation>
    </message>
    <message>
      <source>Select the idea whose ideas to sort</source>
      <translation>Wählen Sie die Idee, deren Ideen sortiert werden</translation>
    </message>
    <message>
      <source>Select the ideas to group</source>
      <translation>Wählen Sie die Ideen zum Gruppieren</translation>
    </message>
    <message>
      <source>select the ideas to group</source>
      <translation>wählen Sie die Ideen zum Gruppieren</translation>
    </message>
    <message>
      <source>Select the ideas to park</source>
      <translation>Wählen Sie die Ideen zum Parken</translation>
    </message>
    <message>
      <source>select the ideas to park (not the central idea, nor parked ones)</source>
      <translation>wählen Sie die Ideen zum Parken (nicht die zentrale Idee und keine geparkten)</translation>
    </message>
    <message>
      <source>select two or more ideas to merge (the first one keeps them all)</source>
      <translation>wählen Sie zwei oder mehr Ideen zum Zusammenführen (die erste behält alle)</translation>
    </message>
    <message>
      <source>Select Up</source>
      <translation>Darüber auswählen</translation>
    </message>
    <message>
      <source>Selected branch: {text}</source>
      <translation>Gewählter Zweig: {text}</translation>
    </message>
    <message>
      <source>Send</source>
      <translation>Senden</translation>
    </message>
    <message>
      <source>sending...</source>
      <translation>wird gesendet …</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>Gesendet</translation>
    </message>
    <message>
      <source>sent</source>
      <translation>gesendet</translation>
    </message>
    <message>
      <source>Set Link</source>
      <translation>Link setzen</translation>
    </message>
    <message>
      <source>Set Tags</source>
      <translation>Schlagwörter setzen</translation>
    </message>
    <message>
      <source>Set Votes</source>
      <translation>Stimmen setzen</translation>
    </message>
    <message>
      <source>Set Votes to {votes}</source>
      <translation>Stimmen auf {votes} setzen</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>Teilen</translation>
    </message>
    <message>
      <source>Share Map</source>
      <translation>Mindmap teilen</translation>
    </message>
    <message>
      <source>Share the map (File &gt; Share Map) to let participants join from their phones.</source>
      <translation>Teilen Sie die Mindmap (Datei &gt; Mindmap teilen), damit Teilnehmende von ihren Handys beitreten können.</translation>
    </message>
    <message>
      <source>show a map's title, layout, theme, size, depth, floating ideas and links</source>
      <translation>Titel, Anordnung, Farbschema, Größe, Tiefe, freie Ideen und Verweise einer Mindmap zeigen</translation>
    </message>
    <message>
      <source>Show and Focus Outline</source>
      <translation>Gliederung zeigen und dorthin wechseln</translation>
    </message>
    <message>
      <source>Show Idea Panel</source>
      <translation>Ideenbereich zeigen</translation>
    </message>
    <message>
      <source>show program's version number and exit</source>
      <translation>die Versionsnummer zeigen und beenden</translation>
    </message>
    <message>
      <source>Show the &amp;legend of tags</source>
      <translation>&amp;Legende der Schlagwörter zeigen</translation>
    </message>
    <message>
      <source>show this help message and exit</source>
      <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
      <source>Slow down a little</source>
      <translation>Bitte etwas langsamer</translation>
    </message>
    <message>
      <source>Slow down a little: too many ideas at once</source>
      <translation>Bitte etwas langsamer: zu viele Ideen auf einmal</translation>
    </message>
    <message>
      <source>&amp;Smaller Text</source>
      <translation>Text &amp;kleiner</translation>
    </message>
    <message>
      <source>Sort by Votes</source>
      <translation>Nach Stimmen sortieren</translation>
    </message>
    <message>
      <source>Space</source>
      <translation>Leertaste</translation>
    </message>
    <message>
      <source>space around the map, in pixels (default 24)</source>
      <translation>Rand um die Mindmap in Pixeln (Vorgabe 24)</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>Start / Pause (T)</source>
      <translation>Start / Pause (T)</translation>
    </message>
    <message>
      <source>Start Voting</source>
      <translation>Abstimmung starten</translation>
    </message>
    <message>
      <source>&amp;Start Voting...</source>
      <translation>Abstimmung &amp;starten...</translation>
    </message>
    <message>
      <source>Stay anonymous</source>
      <translation>Anonym bleiben</translation>
    </message>
    <message>
      <source>style {name} of {who} must be text, found {what}</source>
      <translation>Stil {name} von {who} muss Text sein, gefunden: {what}</translation>
    </message>
    <message>
      <source>style {name} of {who} must be text, found {what}: put it in quotes</source>
      <translation>Stil {name} von {who} muss Text sein, gefunden: {what}: setzen Sie es in Anführungszeichen</translation>
    </message>
    <message>
      <source>style {name} of {who} must be text, found {what}: write the value in quotes, e.g. color: '#b03a2e' (an unquoted # starts a comment)</source>
      <translation>Stil {name} von {who} muss Text sein, gefunden: {what}: schreiben Sie den Wert in Anführungszeichen, z. B. color: '#b03a2e' (ein # ohne Anführungszeichen beginnt einen Kommentar)</translation>
    </message>
    <message>
      <source>SVG vector image</source>
      <translation>SVG-Vektorbild</translation>
    </message>
    <message>
      <source>SVG vector image (.svg)</source>
      <translation>SVG-Vektorbild (.svg)</translation>
    </message>
    <message>
      <source>System Default</source>
      <translation>Systemstandard</translation>
    </message>
    <message>
      <source>Ta&amp;gs</source>
      <translation>Schlag&amp;wörter</translation>
    </message>
    <message>
      <source>Tab</source>
      <translation>Tab</translation>
    </message>
    <message>
      <source>Tag (Enter adds, Esc cancels)</source>
      <translation>Schlagwort (Eingabe fügt hinzu, Esc bricht ab)</translation>
    </message>
    <message>
      <source>Tag Colour '{tag}'</source>
      <translation>Farbe des Schlagworts „{tag}“</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Schlagwörter</translation>
    </message>
    <message>
      <source>Tags of the idea; Delete removes the selected one</source>
      <translation>Schlagwörter der Idee; Entf entfernt das gewählte</translation>
    </message>
    <message>
      <source>Tags of the map; F2 or double-click renames one everywhere, Ctrl+Shift+C gives it a colour</source>
      <translation>Schlagwörter der Mindmap; F2 oder Doppelklick benennt eines überall um, Strg+Umschalt+C gibt ihm eine Farbe</translation>
    </message>
    <message>
      <source>tags {tags}</source>
      <translation>Schlagwörter {tags}</translation>
    </message>
    <message>
      <source>Take a dot back</source>
      <translation>Einen Punkt zurücknehmen</translation>
    </message>
    <message>
      <source>Tallies hidden</source>
      <translation>Zwischenstände verborgen</translation>
    </message>
    <message>
      <source>Tallies shown</source>
      <translation>Zwischenstände sichtbar</translation>
    </message>
    <message>
      <source>Te&amp;xt Size</source>
      <translation>Te&amp;xtgröße</translation>
    </message>
    <message>
      <source>&amp;Text</source>
      <translation>&amp;Text</translation>
    </message>
    <message>
      <source>text</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>text (Esc: close the filter)</source>
      <translation>Text (Esc: Filter schließen)</translation>
    </message>
    <message>
      <source>Text size {round} %</source>
      <translation>Textgröße {round} %</translation>
    </message>
    <message>
      <source>text {text}</source>
      <translation>Text {text}</translation>
    </message>
    <message>
      <source>That idea is not on the map any more</source>
      <translation>Diese Idee ist nicht mehr auf der Karte</translation>
    </message>
    <message>
      <source>the address to listen on: this laptop's address on the meeting room's network (default 127.0.0.1: this computer only)</source>
      <translation>die Adresse, auf der gewartet wird: die Adresse dieses Laptops im Netzwerk des Besprechungsraums (Vorgabe 127.0.0.1: nur dieser Computer)</translation>
    </message>
    <message>
      <source>the archive holds an entry with an unsafe path ({filename}); refusing to read it</source>
      <translation>das Archiv enthält einen Eintrag mit unsicherem Pfad ({filename}); es wird nicht gelesen</translation>
    </message>
    <message>
      <source>the archive holds more than {MAX_ENTRIES} entries; refusing to read it</source>
      <translation>das Archiv enthält mehr als {MAX_ENTRIES} Einträge; es wird nicht gelesen</translation>
    </message>
    <message>
      <source>the boolean false</source>
      <translation>der Wahrheitswert false</translation>
    </message>
    <message>
      <source>the boolean true</source>
      <translation>der Wahrheitswert true</translation>
    </message>
    <message>
      <source>the central idea can only be merged into: select it first</source>
      <translation>in die zentrale Idee kann nur zusammengeführt werden: wählen Sie sie zuerst</translation>
    </message>
    <message>
      <source>the central idea cannot be put into a group</source>
      <translation>die zentrale Idee kann nicht in eine Gruppe</translation>
    </message>
    <message>
      <source>the central idea cannot be ungrouped</source>
      <translation>bei der zentralen Idee kann keine Gruppierung aufgehoben werden</translation>
    </message>
    <message>
      <source>the central node</source>
      <translation>der zentrale Knoten</translation>
    </message>
    <message>
      <source>the central node cannot be deleted</source>
      <translation>der zentrale Knoten kann nicht gelöscht werden</translation>
    </message>
    <message>
      <source>the central node cannot be moved under another node</source>
      <translation>der zentrale Knoten kann nicht unter einen anderen Knoten verschoben werden</translation>
    </message>
    <message>
      <source>the central node cannot get a parent</source>
      <translation>der zentrale Knoten kann keinen Elternknoten bekommen</translation>
    </message>
    <message>
      <source>the central node has no siblings</source>
      <translation>der zentrale Knoten hat keine Nachbarknoten</translation>
    </message>
    <message>
      <source>the central node has no siblings: add a child instead</source>
      <translation>der zentrale Knoten hat keine Nachbarknoten: fügen Sie stattdessen einen Unterknoten hinzu</translation>
    </message>
    <message>
      <source>the character U+{ord} is not allowed in a map file (a control character?)</source>
      <translation>das Zeichen U+{ord} ist in einer Mindmap-Datei nicht erlaubt (ein Steuerzeichen?)</translation>
    </message>
    <message>
      <source>The clipboard holds nothing to paste</source>
      <translation>Die Zwischenablage enthält nichts zum Einfügen</translation>
    </message>
    <message>
      <source>The colour is already so</source>
      <translation>Die Farbe ist schon so</translation>
    </message>
    <message>
      <source>the colour of tag {tag} must be '#rrggbb' in quotes, found {found}</source>
      <translation>die Farbe des Schlagworts {tag} muss '#rrggbb' in Anführungszeichen sein, gefunden: {found}</translation>
    </message>
    <message>
      <source>the facilitator ended the room</source>
      <translation>die Moderation hat den Raum geschlossen</translation>
    </message>
    <message>
      <source>the facilitator has paused input</source>
      <translation>die Moderation hat die Eingabe pausiert</translation>
    </message>
    <message>
      <source>The facilitator has paused input.</source>
      <translation>Die Moderation hat die Eingabe pausiert.</translation>
    </message>
    <message>
      <source>the file has no text lines: nothing to import</source>
      <translation>die Datei hat keine Textzeilen: nichts zu importieren</translation>
    </message>
    <message>
      <source>the file is empty</source>
      <translation>die Datei ist leer</translation>
    </message>
    <message>
      <source>the file is larger than {value} MB; refusing to import it</source>
      <translation>die Datei ist größer als {value} MB; sie wird nicht importiert</translation>
    </message>
    <message>
      <source>the file is larger than {value} MB; refusing to read it</source>
      <translation>die Datei ist größer als {value} MB; sie wird nicht gelesen</translation>
    </message>
    <message>
      <source>the file is not UTF-8 text (byte 0x{data} cannot be read); save it as UTF-8</source>
      <translation>die Datei ist kein UTF-8-Text (Byte 0x{data} kann nicht gelesen werden); speichern Sie sie als UTF-8</translation>
    </message>
    <message>
      <source>the file nests more than about 1,000 YAML levels and holds more than {MAX_DEEP_FILE_CHARS} characters besides indentation; a map holds at most {MAX_DEPTH} levels</source>
      <translation>die Datei verschachtelt mehr als etwa 1.000 YAML-Ebenen und enthält außer der Einrückung mehr als {MAX_DEEP_FILE_CHARS} Zeichen; eine Mindmap hat höchstens {MAX_DEPTH} Ebenen</translation>
    </message>
    <message>
      <source>the file starts like UTF-16 text but is not</source>
      <translation>die Datei beginnt wie UTF-16-Text, ist aber keiner</translation>
    </message>
    <message>
      <source>the file to read</source>
      <translation>die zu lesende Datei</translation>
    </message>
    <message>
      <source>the file to write; its extension chooses the format</source>
      <translation>die zu schreibende Datei; ihre Endung bestimmt das Format</translation>
    </message>
    <message>
      <source>The fill is already so</source>
      <translation>Die Hintergrundfarbe ist schon so</translation>
    </message>
    <message>
      <source>the following arguments are required: %s</source>
      <translation>diese Argumente fehlen: %s</translation>
    </message>
    <message>
      <source>the id {node} is used by two nodes</source>
      <translation>die ID {node} wird von zwei Knoten benutzt</translation>
    </message>
    <message>
      <source>the idea is empty</source>
      <translation>die Idee ist leer</translation>
    </message>
    <message>
      <source>the idea is longer than {limit} characters</source>
      <translation>die Idee ist länger als {limit} Zeichen</translation>
    </message>
    <message>
      <source>the idea is not text</source>
      <translation>die Idee ist kein Text</translation>
    </message>
    <message>
      <source>the ideas under this one are already in vote order</source>
      <translation>die Ideen darunter sind schon nach Stimmen geordnet</translation>
    </message>
    <message>
      <source>the image would be {width} x {height} pixels, more than a PNG can hold ({MAX_SIDE} a side); choose a smaller scale, or export SVG or PDF</source>
      <translation>das Bild hätte {width} x {height} Pixel, mehr als ein PNG fassen kann ({MAX_SIDE} je Seite); wählen Sie eine kleinere Skalierung oder exportieren Sie SVG oder PDF</translation>
    </message>
    <message>
      <source>the image would be {width} x {height} pixels, more than PNG export allows ({value} megapixels); choose a smaller scale, or export SVG or PDF</source>
      <translation>das Bild hätte {width} x {height} Pixel, mehr als der PNG-Export erlaubt ({value} Megapixel); wählen Sie eine kleinere Skalierung oder exportieren Sie SVG oder PDF</translation>
    </message>
    <message>
      <source>the imported outline is inconsistent: {exc}</source>
      <translation>die importierte Gliederung ist widersprüchlich: {exc}</translation>
    </message>
    <message>
      <source>the inserted branch is not one tree listed in pre-order</source>
      <translation>der eingefügte Zweig ist kein einzelner Baum in Vorordnung</translation>
    </message>
    <message>
      <source>the join code the host shows</source>
      <translation>der Beitrittscode, den der Gastgeber zeigt</translation>
    </message>
    <message>
      <source>the label of a link must be text, found {found}</source>
      <translation>die Beschriftung einer Verbindung muss Text sein, gefunden: {found}</translation>
    </message>
    <message>
      <source>the link from {source} to {target} is listed twice (first at line {value})</source>
      <translation>die Verbindung von {source} zu {target} steht zweimal da (zuerst in Zeile {value})</translation>
    </message>
    <message>
      <source>the list [{items}]</source>
      <translation>die Liste [{items}]</translation>
    </message>
    <message>
      <source>The map</source>
      <translation>Die Mindmap</translation>
    </message>
    <message>
      <source>The map as a tree: one row per idea</source>
      <translation>Die Mindmap als Baum: eine Zeile je Idee</translation>
    </message>
    <message>
      <source>the map file (.yaml)</source>
      <translation>die Mindmap-Datei (.yaml)</translation>
    </message>
    <message>
      <source>the map file; it is the room's record</source>
      <translation>die Mindmap-Datei; sie hält fest, was im Raum geschieht</translation>
    </message>
    <message>
      <source>The map fitted on one {page} page</source>
      <translation>Die Mindmap auf eine {page}-Seite eingepasst</translation>
    </message>
    <message>
      <source>the map has more than {MAX_NODES} nodes (the limit is {MAX_NODES})</source>
      <translation>die Mindmap hat mehr als {MAX_NODES} Knoten (die Grenze ist {MAX_NODES})</translation>
    </message>
    <message>
      <source>the map has no nodes: nothing to import</source>
      <translation>die Mindmap hat keine Knoten: nichts zu importieren</translation>
    </message>
    <message>
      <source>the map is more than {MAX_DEPTH} levels deep (this node is at level {depth}); the format holds at most {MAX_DEPTH}</source>
      <translation>die Mindmap ist mehr als {MAX_DEPTH} Ebenen tief (dieser Knoten liegt auf Ebene {depth}); das Format fasst höchstens {MAX_DEPTH}</translation>
    </message>
    <message>
      <source>The map is no longer shared; it stays open here</source>
      <translation>Die Mindmap wird nicht mehr geteilt; sie bleibt hier geöffnet</translation>
    </message>
    <message>
      <source>the map is not consistent: {exc}</source>
      <translation>die Mindmap ist widersprüchlich: {exc}</translation>
    </message>
    <message>
      <source>the map to export (any format mindmap-app reads)</source>
      <translation>die zu exportierende Mindmap (jedes Format, das mindmap-app liest)</translation>
    </message>
    <message>
      <source>the map would be {value} levels deep; the file format holds at most {MAX_DEPTH}</source>
      <translation>die Mindmap wäre {value} Ebenen tief; das Dateiformat fasst höchstens {MAX_DEPTH}</translation>
    </message>
    <message>
      <source>the map would hold more than {MAX_NODES} nodes, more than a map file may hold</source>
      <translation>die Mindmap hätte mehr als {MAX_NODES} Knoten, mehr als eine Mindmap-Datei fassen darf</translation>
    </message>
    <message>
      <source>the Markdown is nested more than {MAX_DEPTH} levels deep</source>
      <translation>das Markdown ist mehr als {MAX_DEPTH} Ebenen tief verschachtelt</translation>
    </message>
    <message>
      <source>the Markdown is nested more than {MAX_DEPTH} levels deep (lists and quotes inside each other; the depth limit is {MAX_DEPTH})</source>
      <translation>das Markdown ist mehr als {MAX_DEPTH} Ebenen tief verschachtelt (Listen und Zitate ineinander; die Grenze ist {MAX_DEPTH})</translation>
    </message>
    <message>
      <source>the mode of a view is {join}</source>
      <translation>der Modus einer Ansicht ist {join}</translation>
    </message>
    <message>
      <source>the node at line {line}</source>
      <translation>Knoten in Zeile {line}</translation>
    </message>
    <message>
      <source>the number of people is 1 or more (or not counted)</source>
      <translation>die Zahl der Personen ist 1 oder mehr (oder nicht gezählt)</translation>
    </message>
    <message>
      <source>the number {number}</source>
      <translation>die Zahl {number}</translation>
    </message>
    <message>
      <source>the OPML body has no outline elements: nothing to import</source>
      <translation>der OPML-Body hat keine outline-Elemente: nichts zu importieren</translation>
    </message>
    <message>
      <source>the outline has more than {MAX_NODES} nodes (the limit is {MAX_NODES})</source>
      <translation>die Gliederung hat mehr als {MAX_NODES} Knoten (die Grenze ist {MAX_NODES})</translation>
    </message>
    <message>
      <source>the outline is more than {MAX_DEPTH} levels deep (the depth limit is {MAX_DEPTH})</source>
      <translation>die Gliederung ist mehr als {MAX_DEPTH} Ebenen tief (die Grenze ist {MAX_DEPTH})</translation>
    </message>
    <message>
      <source>the outline's structure is inconsistent</source>
      <translation>der Aufbau der Gliederung ist widersprüchlich</translation>
    </message>
    <message>
      <source>the parent {parent} of node {node} is not in the map before it</source>
      <translation>der Elternknoten {parent} von Knoten {node} steht nicht vor ihm in der Mindmap</translation>
    </message>
    <message>
      <source>the parking lot cannot be merged into an idea</source>
      <translation>der Parkplatz kann nicht mit einer Idee zusammengeführt werden</translation>
    </message>
    <message>
      <source>the parking lot cannot be put into a group</source>
      <translation>der Parkplatz kann nicht in eine Gruppe</translation>
    </message>
    <message>
      <source>the parking lot cannot be ungrouped: unpark its ideas instead</source>
      <translation>beim Parkplatz kann keine Gruppierung aufgehoben werden: holen Sie stattdessen seine Ideen zurück</translation>
    </message>
    <message>
      <source>The participants on phones (Delete removes the selected one)</source>
      <translation>Die Teilnehmenden auf Handys (Entf entfernt die gewählte Person)</translation>
    </message>
    <message>
      <source>the path of a map file</source>
      <translation>der Pfad einer Mindmap-Datei</translation>
    </message>
    <message>
      <source>the PNG has {rows_written} of its {height} rows</source>
      <translation>das PNG hat {rows_written} von seinen {height} Zeilen</translation>
    </message>
    <message>
      <source>the port (default 8765; 0 picks a free one)</source>
      <translation>der Port (Vorgabe 8765; 0 wählt einen freien)</translation>
    </message>
    <message>
      <source>The room is full</source>
      <translation>Der Raum ist voll</translation>
    </message>
    <message>
      <source>the roots come from the records, not from values</source>
      <translation>die Wurzeln kommen aus den Datensätzen, nicht aus Werten</translation>
    </message>
    <message>
      <source>the round is for {people} people</source>
      <translation>die Runde ist für {people} Personen</translation>
    </message>
    <message>
      <source>the snapshot is incomplete</source>
      <translation>der Schnappschuss ist unvollständig</translation>
    </message>
    <message>
      <source>the snapshot is not a consistent map: {exc}</source>
      <translation>der Schnappschuss ist keine widerspruchsfreie Mindmap: {exc}</translation>
    </message>
    <message>
      <source>the theme's</source>
      <translation>die des Farbschemas</translation>
    </message>
    <message>
      <source>&amp;The theme's (A)</source>
      <translation>&amp;Die des Farbschemas (A)</translation>
    </message>
    <message>
      <source>the window's language (en, de); default: the system's</source>
      <translation>die Sprache des Fensters (en, de); Vorgabe: die des Systems</translation>
    </message>
    <message>
      <source>the workbook has no sheet with a root topic: nothing to import</source>
      <translation>die Arbeitsmappe hat kein Blatt mit einem Hauptthema: nichts zu importieren</translation>
    </message>
    <message>
      <source>the XML declares an encoding that cannot be read ({exc})</source>
      <translation>das XML gibt eine Kodierung an, die nicht gelesen werden kann ({exc})</translation>
    </message>
    <message>
      <source>the XML declares an unknown encoding ({exc})</source>
      <translation>das XML gibt eine unbekannte Kodierung an ({exc})</translation>
    </message>
    <message>
      <source>the XML is nested too deeply</source>
      <translation>das XML ist zu tief verschachtelt</translation>
    </message>
    <message>
      <source>&amp;Theme</source>
      <translation>&amp;Farbschema</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Farbschema</translation>
    </message>
    <message>
      <source>theme</source>
      <translation>Farbschema</translation>
    </message>
    <message>
      <source>Theme background</source>
      <translation>Hintergrund des Farbschemas</translation>
    </message>
    <message>
      <source>Theme of the map</source>
      <translation>Farbschema der Mindmap</translation>
    </message>
    <message>
      <source>&amp;Theme:</source>
      <translation>&amp;Farbschema:</translation>
    </message>
    <message>
      <source>Theme: {name}</source>
      <translation>Farbschema: {name}</translation>
    </message>
    <message>
      <source>There is no voting round right now</source>
      <translation>Gerade läuft keine Abstimmungsrunde</translation>
    </message>
    <message>
      <source>These maps have changes that were not saved. Recover them to keep working where you left off (save them afterwards), or discard the changes.</source>
      <translation>Diese Maps haben Änderungen, die nicht gespeichert wurden. Stellen Sie sie wieder her, um dort weiterzuarbeiten, wo Sie aufgehört haben (speichern Sie sie danach), oder verwerfen Sie die Änderungen.</translation>
    </message>
    <message>
      <source>these nodes are already linked</source>
      <translation>diese Knoten sind schon verbunden</translation>
    </message>
    <message>
      <source>this anonymous participant</source>
      <translation>diese anonyme Person</translation>
    </message>
    <message>
      <source>this idea has no dot of this round to take back</source>
      <translation>diese Idee hat keinen Punkt dieser Runde, der zurückgenommen werden kann</translation>
    </message>
    <message>
      <source>this idea has no vote to remove</source>
      <translation>diese Idee hat keine Stimme zum Entfernen</translation>
    </message>
    <message>
      <source>this idea is not an action</source>
      <translation>diese Idee ist keine Aufgabe</translation>
    </message>
    <message>
      <source>this is a folder, not a map file</source>
      <translation>das ist ein Ordner, keine Mindmap-Datei</translation>
    </message>
    <message>
      <source>this is not a mind map file: expected 'format: {FORMAT}' and a root node, found {found}</source>
      <translation>das ist keine Mindmap-Datei: erwartet 'format: {FORMAT}' und einen Wurzelknoten, gefunden: {found}</translation>
    </message>
    <message>
      <source>this looks like a binary file, not text</source>
      <translation>das sieht nach einer Binärdatei aus, nicht nach Text</translation>
    </message>
    <message>
      <source>this map was written by a newer version of the app (format {FORMAT_NAME}/{version}); this version reads {FORMAT} and {FORMAT_2}: please update the app</source>
      <translation>diese Mindmap wurde von einer neueren Version der App geschrieben (Format {FORMAT_NAME}/{version}); diese Version liest {FORMAT} und {FORMAT_2}: bitte aktualisieren Sie die App</translation>
    </message>
    <message>
      <source>This round is for {n} people, and they have all voted</source>
      <translation>Diese Runde ist für {n} Personen, und alle haben abgestimmt</translation>
    </message>
    <message>
      <source>Tidy Up &amp;Branch</source>
      <translation>Zweig au&amp;fräumen</translation>
    </message>
    <message>
      <source>Tidy Up &amp;Whole Map</source>
      <translation>&amp;Ganze Mindmap aufräumen</translation>
    </message>
    <message>
      <source>Tidy Up {plural}</source>
      <translation>{plural} aufräumen</translation>
    </message>
    <message>
      <source>&amp;Timer</source>
      <translation>&amp;Timer</translation>
    </message>
    <message>
      <source>Timer</source>
      <translation>Timer</translation>
    </message>
    <message>
      <source>Timer minutes</source>
      <translation>Minuten des Timers</translation>
    </message>
    <message>
      <source>title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <source>Toggle reveal</source>
      <translation>Aufdecken ein/aus</translation>
    </message>
    <message>
      <source>Toggle timer</source>
      <translation>Timer starten/anhalten</translation>
    </message>
    <message>
      <source>Toolbar</source>
      <translation>Werkzeugleiste</translation>
    </message>
    <message>
      <source>&amp;Top:</source>
      <translation>&amp;Beste:</translation>
    </message>
    <message>
      <source>Transparent</source>
      <translation>Transparent</translation>
    </message>
    <message>
      <source>tree edge {a}-&gt;{b} has no order</source>
      <translation>die Baumkante {a}-&gt;{b} hat keine Reihenfolge</translation>
    </message>
    <message>
      <source>true or false</source>
      <translation>true oder false</translation>
    </message>
    <message>
      <source>two numbers such as [420.0, -80.0]</source>
      <translation>zwei Zahlen wie [420.0, -80.0]</translation>
    </message>
    <message>
      <source>two views are named {name}</source>
      <translation>zwei Ansichten heißen {name}</translation>
    </message>
    <message>
      <source>U&amp;ngroup</source>
      <translation>Gruppierung auf&amp;heben</translation>
    </message>
    <message>
      <source>Under the selected idea (Enter)</source>
      <translation>Unter die gewählte Idee (Eingabe)</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Rückgängig</translation>
    </message>
    <message>
      <source>undo</source>
      <translation>rückgängig machen</translation>
    </message>
    <message>
      <source>Undo {step}</source>
      <translation>Rückgängig: {step}</translation>
    </message>
    <message>
      <source>Unfold</source>
      <translation>Aufklappen</translation>
    </message>
    <message>
      <source>Ungroup</source>
      <translation>Gruppierung aufheben</translation>
    </message>
    <message>
      <source>unknown action key {sorted} (known: owner, due)</source>
      <translation>unbekannter Aufgabenschlüssel {sorted} (bekannt: owner, due)</translation>
    </message>
    <message>
      <source>unknown edge kind {key}</source>
      <translation>unbekannte Kantenart {key}</translation>
    </message>
    <message>
      <source>unknown format version {strip}: expected {FORMAT}</source>
      <translation>unbekannte Formatversion {strip}: erwartet {FORMAT}</translation>
    </message>
    <message>
      <source>unknown format {found}: expected 'format: {FORMAT}'</source>
      <translation>unbekanntes Format {found}: erwartet 'format: {FORMAT}'</translation>
    </message>
    <message>
      <source>unknown format {name} (known: {known})</source>
      <translation>unbekanntes Format {name} (bekannt: {known})</translation>
    </message>
    <message>
      <source>unknown key {key} at the top level (known keys: {join})</source>
      <translation>unbekannter Schlüssel {key} auf der obersten Ebene (bekannte Schlüssel: {join})</translation>
    </message>
    <message>
      <source>unknown key {key} in a link (known keys: from, to, label)</source>
      <translation>unbekannter Schlüssel {key} in einer Verbindung (bekannte Schlüssel: from, to, label)</translation>
    </message>
    <message>
      <source>unknown key {key} in {who} (known keys: {join})</source>
      <translation>unbekannter Schlüssel {key} in {who} (bekannte Schlüssel: {join})</translation>
    </message>
    <message>
      <source>unknown key {sorted} (known: parent, index, pos)</source>
      <translation>unbekannter Schlüssel {sorted} (bekannt: parent, index, pos)</translation>
    </message>
    <message>
      <source>unknown layout {get}</source>
      <translation>unbekannte Anordnung {get}</translation>
    </message>
    <message>
      <source>unknown map setting {key}</source>
      <translation>unbekannte Einstellung der Mindmap {key}</translation>
    </message>
    <message>
      <source>unknown message type</source>
      <translation>unbekannte Art von Nachricht</translation>
    </message>
    <message>
      <source>unknown orientation {orientation} (known: {join})</source>
      <translation>unbekannte Ausrichtung {orientation} (bekannt: {join})</translation>
    </message>
    <message>
      <source>unknown page size {page_size} (known: {join})</source>
      <translation>unbekanntes Seitenformat {page_size} (bekannt: {join})</translation>
    </message>
    <message>
      <source>unknown report format {fmt} (html, md or pdf)</source>
      <translation>unbekanntes Berichtsformat {fmt} (html, md oder pdf)</translation>
    </message>
    <message>
      <source>unknown theme {get}</source>
      <translation>unbekanntes Farbschema {get}</translation>
    </message>
    <message>
      <source>unknown theme {theme} (known: {join})</source>
      <translation>unbekanntes Farbschema {theme} (bekannt: {join})</translation>
    </message>
    <message>
      <source>unknown view key {sorted} (known: {join})</source>
      <translation>unbekannter Schlüssel einer Ansicht {sorted} (bekannt: {join})</translation>
    </message>
    <message>
      <source>unknown voting round key {sorted} (known: {join})</source>
      <translation>unbekannter Schlüssel einer Abstimmungsrunde {sorted} (bekannt: {join})</translation>
    </message>
    <message>
      <source>&amp;Unpark</source>
      <translation>&amp;Zurückholen</translation>
    </message>
    <message>
      <source>Unpark {plural}</source>
      <translation>{plural} zurückholen</translation>
    </message>
    <message>
      <source>unrecognized arguments: %s</source>
      <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
      <source>Unsaved changes, recovery copy {time}</source>
      <translation>Ungespeicherte Änderungen, Sicherungskopie {time}</translation>
    </message>
    <message>
      <source>usage: </source>
      <translation>Aufruf: </translation>
    </message>
    <message>
      <source>&amp;User Guide</source>
      <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
      <source>User Guide</source>
      <translation>Benutzerhandbuch</translation>
    </message>
    <message>
      <source>Vector image; text stays text (selectable, searchable)</source>
      <translation>Vektorbild; Text bleibt Text (auswählbar, durchsuchbar)</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Ansicht</translation>
    </message>
    <message>
      <source>Views</source>
      <translation>Ansichten</translation>
    </message>
    <message>
      <source>views are not in stored form</source>
      <translation>die Ansichten sind nicht in gespeicherter Form</translation>
    </message>
    <message>
      <source>Views saved in the map</source>
      <translation>In der Mindmap gespeicherte Ansichten</translation>
    </message>
    <message>
      <source>Vote</source>
      <translation>Abstimmen</translation>
    </message>
    <message>
      <source>Vote down</source>
      <translation>Stimme weniger</translation>
    </message>
    <message>
      <source>Vote up</source>
      <translation>Stimme mehr</translation>
    </message>
    <message>
      <source>&amp;Votes</source>
      <translation>&amp;Stimmen</translation>
    </message>
    <message>
      <source>Votes</source>
      <translation>Stimmen</translation>
    </message>
    <message>
      <source>Votes at least</source>
      <translation>Mindestens so viele Stimmen</translation>
    </message>
    <message>
      <source>votes ≥</source>
      <translation>Stimmen ≥</translation>
    </message>
    <message>
      <source>Voting ended: {record} dots placed</source>
      <translation>Abstimmung beendet: {record} Punkte vergeben</translation>
    </message>
    <message>
      <source>Voting rounds</source>
      <translation>Abstimmungsrunden</translation>
    </message>
    <message>
      <source>voting rounds are not in stored form</source>
      <translation>die Abstimmungsrunden sind nicht in gespeicherter Form</translation>
    </message>
    <message>
      <source>Voting: 1 dot placed ({each} each)</source>
      <translation>Abstimmung: 1 Punkt vergeben ({each} je Person)</translation>
    </message>
    <message>
      <source>Voting: 1 dot placed, {left} left</source>
      <translation>Abstimmung: 1 Punkt vergeben, {left} übrig</translation>
    </message>
    <message>
      <source>Voting: {placed} dots placed ({each} each)</source>
      <translation>Abstimmung: {placed} Punkte vergeben ({each} je Person)</translation>
    </message>
    <message>
      <source>Voting: {placed} dots placed, {left} left</source>
      <translation>Abstimmung: {placed} Punkte vergeben, {left} übrig</translation>
    </message>
    <message>
      <source>Web or Map Lin&amp;k...</source>
      <translation>Web- oder Mindmap-Lin&amp;k...</translation>
    </message>
    <message>
      <source>Web or Map Link</source>
      <translation>Web- oder Mindmap-Link</translation>
    </message>
    <message>
      <source>Web or map link</source>
      <translation>Web- oder Mindmap-Link</translation>
    </message>
    <message>
      <source>Web page (*.html);;Markdown (*.md);;PDF (*.pdf)</source>
      <translation>Webseite (*.html);;Markdown (*.md);;PDF (*.pdf)</translation>
    </message>
    <message>
      <source>who does it</source>
      <translation>wer es erledigt</translation>
    </message>
    <message>
      <source>Whole &amp;branch (B)</source>
      <translation>Ganzer &amp;Zweig (B)</translation>
    </message>
    <message>
      <source>Whole map</source>
      <translation>Ganze Mindmap</translation>
    </message>
    <message>
      <source>Workshop</source>
      <translation>Workshop</translation>
    </message>
    <message>
      <source>&amp;Workshop Example</source>
      <translation>&amp;Workshop-Beispiel</translation>
    </message>
    <message>
      <source>write the meeting report (votes, actions, parking lot, notes) as HTML, MD or PDF</source>
      <translation>den Sitzungsbericht (Stimmen, Aufgaben, Parkplatz, Notizen) als HTML, MD oder PDF schreiben</translation>
    </message>
    <message>
      <source>wrote {path}</source>
      <translation>{path} geschrieben</translation>
    </message>
    <message>
      <source>wrote {target} ({label}, {scope}, {what})</source>
      <translation>{target} geschrieben ({label}, {scope}, {what})</translation>
    </message>
    <message>
      <source>You have left the room: {reason}</source>
      <translation>Sie haben den Raum verlassen: {reason}</translation>
    </message>
    <message>
      <source>You have no dot on this idea</source>
      <translation>Sie haben keinen Punkt auf dieser Idee</translation>
    </message>
    <message>
      <source>You have placed all {n} dots: take one back first</source>
      <translation>Sie haben alle {n} Punkte gesetzt: nehmen Sie zuerst einen zurück</translation>
    </message>
    <message>
      <source>Your &amp;name:</source>
      <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
      <source>Your idea</source>
      <translation>Ihre Idee</translation>
    </message>
    <message>
      <source>Your ideas go on the map under {branch}</source>
      <translation>Ihre Ideen kommen auf die Karte unter {branch}</translation>
    </message>
    <message>
      <source>Your ideas go to the facilitator's inbox.</source>
      <translation>Ihre Ideen gehen in den Eingang der Moderation.</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Ihr Name</translation>
    </message>
    <message>
      <source>your name in the room (default: your login)</source>
      <translation>Ihr Name im Raum (Vorgabe: Ihr Anmeldename)</translation>
    </message>
    <message>
      <source>YYYY-MM-DD (optional)</source>
      <translation>JJJJ-MM-TT (optional)</translation>
    </message>
    <message>
      <source>Zoom &amp;In</source>
      <translation>Ver&amp;größern</translation>
    </message>
    <message>
      <source>Zoom &amp;Out</source>
      <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Vergrößern</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Verkleinern</translation>
    </message>
    <message>
      <source>{a} and {b} are already linked</source>
      <translation>{a} und {b} sind schon verbunden</translation>
    </message>
    <message>
      <source>{capitalize} of the map</source>
      <translation>{capitalize} der Mindmap</translation>
    </message>
    <message>
      <source>{colour} (key {value})</source>
      <translation>{colour} (Taste {value})</translation>
    </message>
    <message>
      <source>{display_name}[*] - Mindmap</source>
      <translation>{display_name}[*] - Mindmap</translation>
    </message>
    <message>
      <source>{filename} is encrypted (a password-protected workbook cannot be imported)</source>
      <translation>{filename} ist verschlüsselt (eine passwortgeschützte Arbeitsmappe kann nicht importiert werden)</translation>
    </message>
    <message>
      <source>{filename} unpacks to more than {MAX_RATIO} times its packed size (a zip bomb?); refusing to read it</source>
      <translation>{filename} wird entpackt mehr als {MAX_RATIO}-mal so groß (eine ZIP-Bombe?); es wird nicht gelesen</translation>
    </message>
    <message>
      <source>{filename} unpacks to more than {value} MB; refusing to read it</source>
      <translation>{filename} wird entpackt größer als {value} MB; es wird nicht gelesen</translation>
    </message>
    <message>
      <source>{format}: text only (no colours or positions)</source>
      <translation>{format}: nur Text (keine Farben oder Positionen)</translation>
    </message>
    <message>
      <source>{host} is not an IP address of this computer</source>
      <translation>{host} ist keine IP-Adresse dieses Computers</translation>
    </message>
    <message>
      <source>{host} would open the room on every network; give the address of the network the room is on</source>
      <translation>{host} würde den Raum in jedem Netzwerk öffnen; geben Sie die Adresse des Netzwerks an, in dem der Raum ist</translation>
    </message>
    <message>
      <source>{key} must be one of {join}</source>
      <translation>{key} muss eines von {join} sein</translation>
    </message>
    <message>
      <source>{label} is drawn by the image export, not written as text</source>
      <translation>{label} wird vom Bildexport gezeichnet, nicht als Text geschrieben</translation>
    </message>
    <message>
      <source>{label} is drawn, not written as text</source>
      <translation>{label} wird gezeichnet, nicht als Text geschrieben</translation>
    </message>
    <message>
      <source>{label} is not an image format</source>
      <translation>{label} ist kein Bildformat</translation>
    </message>
    <message>
      <source>{len} ({labelled} labelled)</source>
      <translation>{len} ({labelled} beschriftet)</translation>
    </message>
    <message>
      <source>{len} bytes are not whole rows of {row_bytes} bytes within the {height} rows of the image</source>
      <translation>{len} Bytes sind keine ganzen Zeilen zu {row_bytes} Bytes innerhalb der {height} Zeilen des Bildes</translation>
    </message>
    <message>
      <source>{message}; an unquoted # starts a comment: write '#b03a2e' in quotes</source>
      <translation>{message}; ein # ohne Anführungszeichen beginnt einen Kommentar: schreiben Sie '#b03a2e' in Anführungszeichen</translation>
    </message>
    <message>
      <source>{message}; YAML is indented with spaces, not tabs</source>
      <translation>{message}; YAML wird mit Leerzeichen eingerückt, nicht mit Tabulatoren</translation>
    </message>
    <message>
      <source>{name} (continued)</source>
      <translation>{name} (Fortsetzung)</translation>
    </message>
    <message>
      <source>{name} is open in Mindmap by {describe}. If you both change it, one of you will overwrite the other's changes.

Open it anyway?</source>
      <translation>{name} ist in Mindmap bei {describe} geöffnet. Wenn Sie beide sie ändern, überschreibt einer die Änderungen des anderen.

Trotzdem öffnen?</translation>
    </message>
    <message>
      <source>{name} was changed on disk by someone else (another computer or a sync folder) while you have unsaved changes.

Reload takes the version on disk and drops your changes; Keep Mine keeps yours, and Save then replaces the file (its version is kept as a backup).</source>
      <translation>{name} wurde auf dem Datenträger von jemand anderem geändert (einem anderen Computer oder einem Sync-Ordner), während Sie ungespeicherte Änderungen haben.

Neu laden nimmt die Fassung auf dem Datenträger und verwirft Ihre Änderungen; Meine behalten behält Ihre, und Speichern ersetzt dann die Datei (ihre Fassung wird als Sicherung aufbewahrt).</translation>
    </message>
    <message>
      <source>{name} was changed on disk; reloaded.</source>
      <translation>{name} wurde auf dem Datenträger geändert; neu geladen.</translation>
    </message>
    <message>
      <source>{name} was deleted or moved on disk; Save writes it again.</source>
      <translation>{name} wurde auf dem Datenträger gelöscht oder verschoben; Speichern schreibt sie neu.</translation>
    </message>
    <message>
      <source>{name} {part}/{count} · step {step} of {total}</source>
      <translation>{name} {part}/{count} · Schritt {step} von {total}</translation>
    </message>
    <message>
      <source>{number} of {total}</source>
      <translation>{number} von {total}</translation>
    </message>
    <message>
      <source>{n} actions</source>
      <translation>{n} Aufgaben</translation>
    </message>
    <message>
      <source>{n} branches</source>
      <translation>{n} Zweige</translation>
    </message>
    <message>
      <source>{n} children</source>
      <translation>{n} Unterknoten</translation>
    </message>
    <message>
      <source>{n} children, folded</source>
      <translation>{n} Unterknoten, zugeklappt</translation>
    </message>
    <message>
      <source>{n} dots left</source>
      <translation>noch {n} Punkte</translation>
    </message>
    <message>
      <source>{n} ideas</source>
      <translation>{n} Ideen</translation>
    </message>
    <message>
      <source>{n} ideas match</source>
      <translation>{n} Ideen passen</translation>
    </message>
    <message>
      <source>{n} ideas selected</source>
      <translation>{n} Ideen ausgewählt</translation>
    </message>
    <message>
      <source>{n} nodes</source>
      <translation>{n} Knoten</translation>
    </message>
    <message>
      <source>{n} selected</source>
      <translation>{n} ausgewählt</translation>
    </message>
    <message>
      <source>{n} subtrees</source>
      <translation>{n} Teilbäume</translation>
    </message>
    <message>
      <source>{n} votes</source>
      <translation>{n} Stimmen</translation>
    </message>
    <message>
      <source>{online} phones connected</source>
      <translation>{online} Handys verbunden</translation>
    </message>
    <message>
      <source>{option} needs a number, not {value}</source>
      <translation>{option} braucht eine Zahl, nicht {value}</translation>
    </message>
    <message>
      <source>{path}: cannot save the room's map: {value}</source>
      <translation>{path}: die Mindmap des Raums kann nicht gespeichert werden: {value}</translation>
    </message>
    <message>
      <source>{path}: no file extension to tell the format by; name one with --format ({known})</source>
      <translation>{path}: keine Dateiendung, an der das Format zu erkennen ist; nennen Sie eines mit --format ({known})</translation>
    </message>
    <message>
      <source>{path}: unknown file type {suffix} (known: {join})</source>
      <translation>{path}: unbekannter Dateityp {suffix} (bekannt: {join})</translation>
    </message>
    <message>
      <source>{path}: {label} files cannot be read, only written</source>
      <translation>{path}: {label}-Dateien können nicht gelesen, nur geschrieben werden</translation>
    </message>
    <message>
      <source>{place} must be a mapping with 'text: ...', found {found}</source>
      <translation>{place} muss eine Zuordnung mit 'text: ...' sein, gefunden: {found}</translation>
    </message>
    <message>
      <source>{problem} (while composing a mapping)</source>
      <translation>{problem} (beim Aufbau einer Zuordnung)</translation>
    </message>
    <message>
      <source>{problem} (while constructing a mapping)</source>
      <translation>{problem} (beim Aufbau einer Zuordnung)</translation>
    </message>
    <message>
      <source>{problem} (while parsing a block collection)</source>
      <translation>{problem} (beim Lesen einer Block-Liste)</translation>
    </message>
    <message>
      <source>{problem} (while parsing a block mapping)</source>
      <translation>{problem} (beim Lesen einer Block-Zuordnung)</translation>
    </message>
    <message>
      <source>{problem} (while parsing a block node)</source>
      <translation>{problem} (beim Lesen eines Werts)</translation>
    </message>
    <message>
      <source>{problem} (while parsing a flow mapping)</source>
      <translation>{problem} (beim Lesen einer Zuordnung in { })</translation>
    </message>
    <message>
      <source>{problem} (while parsing a flow node)</source>
      <translation>{problem} (beim Lesen eines Werts in Klammern)</translation>
    </message>
    <message>
      <source>{problem} (while parsing a flow sequence)</source>
      <translation>{problem} (beim Lesen einer Liste in [ ])</translation>
    </message>
    <message>
      <source>{problem} (while parsing a node)</source>
      <translation>{problem} (beim Lesen eines Werts)</translation>
    </message>
    <message>
      <source>{problem} (while parsing a tag)</source>
      <translation>{problem} (beim Lesen eines Tags)</translation>
    </message>
    <message>
      <source>{problem} (while scanning a block scalar)</source>
      <translation>{problem} (beim Lesen eines mehrzeiligen Texts)</translation>
    </message>
    <message>
      <source>{problem} (while scanning a directive)</source>
      <translation>{problem} (beim Lesen einer Direktive)</translation>
    </message>
    <message>
      <source>{problem} (while scanning a plain scalar)</source>
      <translation>{problem} (beim Lesen eines Texts)</translation>
    </message>
    <message>
      <source>{problem} (while scanning a quoted scalar)</source>
      <translation>{problem} (beim Lesen eines Texts in Anführungszeichen)</translation>
    </message>
    <message>
      <source>{problem} (while scanning a simple key)</source>
      <translation>{problem} (beim Lesen eines Schlüssels)</translation>
    </message>
    <message>
      <source>{problem} (while scanning a tag)</source>
      <translation>{problem} (beim Lesen eines Tags)</translation>
    </message>
    <message>
      <source>{problem} (while scanning an alias)</source>
      <translation>{problem} (beim Lesen eines Alias)</translation>
    </message>
    <message>
      <source>{problem} (while scanning an anchor)</source>
      <translation>{problem} (beim Lesen eines Ankers)</translation>
    </message>
    <message>
      <source>{problem} (while scanning for the next token)</source>
      <translation>{problem} (beim Suchen des nächsten Elements)</translation>
    </message>
    <message>
      <source>{PROG}: cannot open the window: {exc}</source>
      <translation>{PROG}: das Fenster kann nicht geöffnet werden: {exc}</translation>
    </message>
    <message>
      <source>{raw} (YAML reads it as {kind})</source>
      <translation>{raw} (YAML liest es als {kind})</translation>
    </message>
    <message>
      <source>{scale}x</source>
      <translation>{scale}x</translation>
    </message>
    <message>
      <source>{source}: {label} files cannot be read; maps are read from yaml, md, opml, mm or txt</source>
      <translation>{source}: {label}-Dateien können nicht gelesen werden; Mindmaps werden aus yaml, md, opml, mm oder txt gelesen</translation>
    </message>
    <message>
      <source>{step} ({n} ideas)</source>
      <translation>{step} ({n} Ideen)</translation>
    </message>
    <message>
      <source>{strip} is not a join code (it looks like 192.168.1.20:8765/Ab3dEf9hJk2m)</source>
      <translation>{strip} ist kein Beitrittscode (er sieht aus wie 192.168.1.20:8765/Ab3dEf9hJk2m)</translation>
    </message>
    <message>
      <source>{tag}  (mixed) {count} of {total}</source>
      <translation>{tag}  (gemischt) {count} von {total}</translation>
    </message>
    <message>
      <source>{time} (paused)</source>
      <translation>{time} (angehalten)</translation>
    </message>
    <message>
      <source>{title} - meeting report</source>
      <translation>{title} - Sitzungsbericht</translation>
    </message>
    <message>
      <source>{title} - Presentation</source>
      <translation>{title} - Präsentation</translation>
    </message>
    <message>
      <source>{total} found</source>
      <translation>{total} gefunden</translation>
    </message>
    <message>
      <source>{typed} → Enter: branch, T: minutes</source>
      <translation>{typed} → Eingabe: Zweig, T: Minuten</translation>
    </message>
    <message>
      <source>{value} of {len}</source>
      <translation>{value} von {len}</translation>
    </message>
    <message>
      <source>{voter} has no dot on this idea</source>
      <translation>{voter} hat keinen Punkt auf dieser Idee</translation>
    </message>
    <message>
      <source>{voter} has placed all {dots_per_person} dots</source>
      <translation>{voter} hat alle {dots_per_person} Punkte vergeben</translation>
    </message>
    <message>
      <source>{what} is out of range (scale {MIN_SCALE} to {MAX_SCALE}, dpi {value} to {value2})</source>
      <translation>{what} liegt außerhalb des Bereichs (Skalierung {MIN_SCALE} bis {MAX_SCALE}, dpi {value} bis {value2})</translation>
    </message>
    <message>
      <source>{what} must be text, found {found}: put it in quotes</source>
      <translation>{what} muss Text sein, gefunden: {found}: setzen Sie es in Anführungszeichen</translation>
    </message>
    <message>
      <source>{width} × {height} pixels</source>
      <translation>{width} × {height} Pixel</translation>
    </message>
  </context>
</TS>
