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
      <source>(no tags yet: F3 adds one)</source>
      <translation>(noch keine Schlagwörter: F3 fügt eines hinzu)</translation>
    </message>
    <message>
      <source>(no tags)</source>
      <translation>(keine Schlagwörter)</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(keine)</translation>
    </message>
    <message>
      <source>1 idea</source>
      <translation>1 Idee</translation>
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
      <source>A mind map file</source>
      <translation>Eine Mindmap-Datei</translation>
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
      <source>Add a tag (Enter)</source>
      <translation>Ein Schlagwort hinzufügen (Eingabe)</translation>
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
      <source>Add idea</source>
      <translation>Idee hinzufügen</translation>
    </message>
    <message>
      <source>Add it to the selected idea's note (Shift+Enter)</source>
      <translation>Zur Notiz der gewählten Idee hinzufügen (Umschalt+Eingabe)</translation>
    </message>
    <message>
      <source>Add Sibling &amp;Before</source>
      <translation>Nachbarknoten &amp;davor hinzufügen</translation>
    </message>
    <message>
      <source>Add Tag</source>
      <translation>Schlagwort hinzufügen</translation>
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
      <source>Allow a&amp;nonymous participants</source>
      <translation>&amp;Anonyme Teilnehmende erlauben</translation>
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
      <source>As on screen (Light)</source>
      <translation>Wie auf dem Bildschirm (Hell)</translation>
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
      <source>&amp;Background:</source>
      <translation>&amp;Hintergrund:</translation>
    </message>
    <message>
      <source>Balanced</source>
      <translation>Ausgewogen</translation>
    </message>
    <message>
      <source>&amp;Bigger Text</source>
      <translation>Text &amp;größer</translation>
    </message>
    <message>
      <source>C&amp;ross-links</source>
      <translation>&amp;Querverbindungen</translation>
    </message>
    <message>
      <source>Cannot save map</source>
      <translation>Mindmap kann nicht gespeichert werden</translation>
    </message>
    <message>
      <source>Choose the colour (Ctrl+Shift+C)</source>
      <translation>Farbe wählen (Strg+Umschalt+C)</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Leeren</translation>
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
      <source>&amp;Colour...</source>
      <translation>&amp;Farbe...</translation>
    </message>
    <message>
      <source>&amp;Content:</source>
      <translation>&amp;Inhalt:</translation>
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
      <source>Count down (after typing a number)</source>
      <translation>Countdown starten (nach Eingabe einer Zahl)</translation>
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
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <source>Delete &amp;Node Only</source>
      <translation>Nur den &amp;Knoten löschen</translation>
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
      <source>Deutsch</source>
      <translation>Deutsch</translation>
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
      <source>&amp;Dots per person:</source>
      <translation>&amp;Punkte pro Person:</translation>
    </message>
    <message>
      <source>Down</source>
      <translation>Nach unten</translation>
    </message>
    <message>
      <source>Drop number (after typing a number)</source>
      <translation>Zahl verwerfen (nach Eingabe einer Zahl)</translation>
    </message>
    <message>
      <source>&amp;Due date:</source>
      <translation>&amp;Fällig am:</translation>
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
      <source>Edit Note</source>
      <translation>Notiz bearbeiten</translation>
    </message>
    <message>
      <source>&amp;Edit Text</source>
      <translation>Text &amp;bearbeiten</translation>
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
      <source>English</source>
      <translation>English</translation>
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
      <source>Export</source>
      <translation>Exportieren</translation>
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
      <source>Export Meeting &amp;Report...</source>
      <translation>&amp;Sitzungsbericht exportieren...</translation>
    </message>
    <message>
      <source>Export meeting report</source>
      <translation>Sitzungsbericht exportieren</translation>
    </message>
    <message>
      <source>&amp;Export...</source>
      <translation>&amp;Exportieren...</translation>
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
      <source>&amp;Filter...</source>
      <translation>&amp;Filtern...</translation>
    </message>
    <message>
      <source>Filter:</source>
      <translation>Filter:</translation>
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
      <source>Fit the map</source>
      <translation>An die Mindmap anpassen</translation>
    </message>
    <message>
      <source>&amp;Fit Whole Map</source>
      <translation>Ganze Mindmap &amp;einpassen</translation>
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
      <source>Free software under the MIT licence.</source>
      <translation>Freie Software unter der MIT-Lizenz.</translation>
    </message>
    <message>
      <source>FreeMind / Freeplane map</source>
      <translation>FreeMind-/Freeplane-Mindmap</translation>
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
      <source>https://... or another map file (Ctrl+K)</source>
      <translation>https://... oder eine andere Mindmap-Datei (Strg+K)</translation>
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
      <source>Ideas go straight onto the &amp;map</source>
      <translation>Ideen kommen direkt in die &amp;Mindmap</translation>
    </message>
    <message>
      <source>Ideas sent to the map go under the selected idea</source>
      <translation>Ideen für die Mindmap kommen unter die gewählte Idee</translation>
    </message>
    <message>
      <source>In the room:</source>
      <translation>Im Raum:</translation>
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
      <source>Insert &amp;Parent</source>
      <translation>&amp;Elternknoten einfügen</translation>
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
      <source>Keep Mine</source>
      <translation>Meine behalten</translation>
    </message>
    <message>
      <source>Keep this filter in the map by name</source>
      <translation>Diesen Filter unter einem Namen in der Mindmap behalten</translation>
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
      <source>Layout of the map</source>
      <translation>Anordnung der Mindmap</translation>
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
      <source>Legend</source>
      <translation>Legende</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Hell</translation>
    </message>
    <message>
      <source>&amp;Link</source>
      <translation>&amp;Link</translation>
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
      <source>Map changed on disk</source>
      <translation>Mindmap wurde auf der Festplatte geändert</translation>
    </message>
    <message>
      <source>Map open elsewhere</source>
      <translation>Mindmap ist anderswo geöffnet</translation>
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
      <source>Menu</source>
      <translation>Menü</translation>
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
      <source>Mind map</source>
      <translation>Mindmap</translation>
    </message>
    <message>
      <source>Mind map (.yaml)</source>
      <translation>Mindmap (.yaml)</translation>
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
      <source>Mindmap keyboard shortcuts</source>
      <translation>Mindmap-Tastenkürzel</translation>
    </message>
    <message>
      <source>Minutes to count down (Enter starts)</source>
      <translation>Minuten für den Countdown (Eingabe startet)</translation>
    </message>
    <message>
      <source>Move &amp;Up</source>
      <translation>Nach &amp;oben</translation>
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
      <source>Move Level &amp;Left (up a level on the right side)</source>
      <translation>Ebene nach &amp;links (auf der rechten Seite eine Ebene höher)</translation>
    </message>
    <message>
      <source>Move Level &amp;Right (into the sibling above on the right side)</source>
      <translation>Ebene nach &amp;rechts (auf der rechten Seite in den Nachbarn darüber)</translation>
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
      <source>&amp;New</source>
      <translation>&amp;Neu</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Neu</translation>
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
      <source>No idea open for input: ideas wait here</source>
      <translation>Keine Idee zur Eingabe geöffnet: Ideen warten hier</translation>
    </message>
    <message>
      <source>No idea selected</source>
      <translation>Keine Idee ausgewählt</translation>
    </message>
    <message>
      <source>No match</source>
      <translation>Kein Treffer</translation>
    </message>
    <message>
      <source>&amp;Node</source>
      <translation>&amp;Knoten</translation>
    </message>
    <message>
      <source>None yet: the maps you open appear here.</source>
      <translation>Noch keine: Die Mindmaps, die Sie öffnen, erscheinen hier.</translation>
    </message>
    <message>
      <source>&amp;Not an Action</source>
      <translation>&amp;Keine Aufgabe</translation>
    </message>
    <message>
      <source>not counted</source>
      <translation>nicht gezählt</translation>
    </message>
    <message>
      <source>Not saved yet</source>
      <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
      <source>&amp;Note</source>
      <translation>&amp;Notiz</translation>
    </message>
    <message>
      <source>Note: what was said (F4)</source>
      <translation>Notiz: was gesagt wurde (F4)</translation>
    </message>
    <message>
      <source>Off: unsaved changes are autosaved to a recovery file only; on: to the map file itself</source>
      <translation>Aus: Ungespeicherte Änderungen werden nur in eine Wiederherstellungsdatei gesichert; an: in die Mindmap-Datei selbst</translation>
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
      <source>Open Anyway</source>
      <translation>Trotzdem öffnen</translation>
    </message>
    <message>
      <source>Open map</source>
      <translation>Mindmap öffnen</translation>
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
      <source>&amp;Orientation:</source>
      <translation>&amp;Ausrichtung:</translation>
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
      <source>Overview (Home)</source>
      <translation>Übersicht (Pos1)</translation>
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
      <source>Participants open this address on their phones (or scan the QR code in the Room panel)</source>
      <translation>Teilnehmende öffnen diese Adresse auf ihren Handys (oder scannen den QR-Code im Raumbereich)</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Einfügen</translation>
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
      <source>&amp;People:</source>
      <translation>P&amp;ersonen:</translation>
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
      <source>Place on Map</source>
      <translation>In die Mindmap setzen</translation>
    </message>
    <message>
      <source>Please describe what you did and what happened, and paste these lines into your report. The log folder holds the app's warnings and errors; attach its newest file.</source>
      <translation>Bitte beschreiben Sie, was Sie getan haben und was passiert ist, und fügen Sie diese Zeilen in Ihren Bericht ein. Der Protokollordner enthält die Warnungen und Fehler der App; hängen Sie die neueste Datei an.</translation>
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
      <source>&amp;Port:</source>
      <translation>&amp;Port:</translation>
    </message>
    <message>
      <source>Portrait</source>
      <translation>Hochformat</translation>
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
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <source>Radial</source>
      <translation>Radial</translation>
    </message>
    <message>
      <source>Re&amp;move Vote</source>
      <translation>Stimme ent&amp;fernen</translation>
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
      <source>Remove the participant who sent this idea from the room</source>
      <translation>Die Person, die diese Idee geschickt hat, aus dem Raum entfernen</translation>
    </message>
    <message>
      <source>Remove...</source>
      <translation>Entfernen...</translation>
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
      <source>Room</source>
      <translation>Raum</translation>
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
      <source>&amp;Save Theme into Map</source>
      <translation>Farbschema in der Mindmap &amp;speichern</translation>
    </message>
    <message>
      <source>Save View into Map</source>
      <translation>Ansicht in der Mindmap speichern</translation>
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
      <source>&amp;Scale:</source>
      <translation>&amp;Maßstab:</translation>
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
      <source>Select Right</source>
      <translation>Rechts auswählen</translation>
    </message>
    <message>
      <source>Select the idea to merge into first</source>
      <translation>Wählen Sie zuerst die Idee, in die zusammengeführt wird</translation>
    </message>
    <message>
      <source>Select Up</source>
      <translation>Darüber auswählen</translation>
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
      <source>Show and Focus Outline</source>
      <translation>Gliederung zeigen und dorthin wechseln</translation>
    </message>
    <message>
      <source>Show Idea Panel</source>
      <translation>Ideenbereich zeigen</translation>
    </message>
    <message>
      <source>Show the &amp;legend of tags</source>
      <translation>&amp;Legende der Schlagwörter zeigen</translation>
    </message>
    <message>
      <source>&amp;Smaller Text</source>
      <translation>Text &amp;kleiner</translation>
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
      <source>Tags of the idea; Delete removes the selected one</source>
      <translation>Schlagwörter der Idee; Entf entfernt das gewählte</translation>
    </message>
    <message>
      <source>Tags of the map; F2 or double-click renames one everywhere, Ctrl+Shift+C gives it a colour</source>
      <translation>Schlagwörter der Mindmap; F2 oder Doppelklick benennt eines überall um, Strg+Umschalt+C gibt ihm eine Farbe</translation>
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
      <source>text (Esc: close the filter)</source>
      <translation>Text (Esc: Filter schließen)</translation>
    </message>
    <message>
      <source>The map fitted on one {page} page</source>
      <translation>Die Mindmap auf eine {page}-Seite eingepasst</translation>
    </message>
    <message>
      <source>The map is no longer shared; it stays open here</source>
      <translation>Die Mindmap wird nicht mehr geteilt; sie bleibt hier geöffnet</translation>
    </message>
    <message>
      <source>The participants on phones (Delete removes the selected one)</source>
      <translation>Die Teilnehmenden auf Handys (Entf entfernt die gewählte Person)</translation>
    </message>
    <message>
      <source>&amp;The theme's (A)</source>
      <translation>&amp;Die des Farbschemas (A)</translation>
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
      <source>Tidy Up &amp;Branch</source>
      <translation>Zweig au&amp;fräumen</translation>
    </message>
    <message>
      <source>Tidy Up &amp;Whole Map</source>
      <translation>&amp;Ganze Mindmap aufräumen</translation>
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
      <source>&amp;Unpark</source>
      <translation>&amp;Zurückholen</translation>
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
      <source>Views saved in the map</source>
      <translation>In der Mindmap gespeicherte Ansichten</translation>
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
      <source>votes ≥</source>
      <translation>Stimmen ≥</translation>
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
      <source>&amp;Workshop Example</source>
      <translation>&amp;Workshop-Beispiel</translation>
    </message>
    <message>
      <source>Your &amp;name:</source>
      <translation>Ihr &amp;Name:</translation>
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
      <source>{format}: text only (no colours or positions)</source>
      <translation>{format}: nur Text (keine Farben oder Positionen)</translation>
    </message>
    <message>
      <source>{n} ideas</source>
      <translation>{n} Ideen</translation>
    </message>
    <message>
      <source>{n} ideas selected</source>
      <translation>{n} Ideen ausgewählt</translation>
    </message>
    <message>
      <source>{n} selected</source>
      <translation>{n} ausgewählt</translation>
    </message>
    <message>
      <source>{width} × {height} pixels</source>
      <translation>{width} × {height} Pixel</translation>
    </message>
  </context>
</TS>
