<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../conversion_gui/qt/app.py" line="+66"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conversion-gui hit an unexpected problem. Nothing you sent is lost: the history and the batch journal are kept as they were.</source>
        <translation>conversion-gui ist auf ein unerwartetes Problem gestoßen. Nichts, was Sie gesendet haben, ist verloren: Verlauf und Batch-Journal bleiben unverändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The details are in the log file:
{path}</source>
        <translation>Die Details stehen in der Protokolldatei:
{path}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>conversion-gui cannot start</source>
        <translation>conversion-gui kann nicht starten</translation>
    </message>
</context>
<context>
    <name>BatchLiveChart</name>
    <message>
        <location filename="../../conversion_gui/qt/batch_live_chart.py" line="+30"/>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>429s</source>
        <translation>429er</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Sending rate chart</source>
        <translation>Diagramm der Senderate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time from start</source>
        <translation>Zeit seit Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows a second</source>
        <translation>Zeilen pro Sekunde</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The sending rate shows once rows are sent.</source>
        <translation>Die Senderate erscheint, sobald Zeilen gesendet werden.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>a limit of {limit} a second</source>
        <translation>ein Limit von {limit} pro Sekunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending {rate} rows a second against {limit}; so far {accepted} accepted, {rejected} rejected, {failed} failed; {retries} retries, {throttled} throttled (429).</source>
        <translation>Sende {rate} Zeilen pro Sekunde bei einem Limit von {limit}; bisher {accepted} angenommen, {rejected} abgelehnt, {failed} fehlgeschlagen; {retries} Wiederholungen, {throttled} gedrosselt (429).</translation>
    </message>
</context>
<context>
    <name>BatchOutcomeChart</name>
    <message>
        <location filename="../../conversion_gui/qt/batch_outcome_chart.py" line="+29"/>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{accepted} accepted, {failed} failed</source>
        <translation>{accepted} angenommen, {failed} fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; {rejected} rejected, {not_sent} not sent.</source>
        <translation>; {rejected} abgelehnt, {not_sent} nicht gesendet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes chart</source>
        <translation>Diagramm der Ergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failure meanings chart</source>
        <translation>Diagramm der Fehlerursachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why rows failed</source>
        <translation>Warum Zeilen fehlschlugen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outcomes: copy or save…</source>
        <translation>Ergebnisse: kopieren oder speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons: copy or save…</source>
        <translation>Gründe: kopieren oder speichern…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No row failed.</source>
        <translation>Keine Zeile ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commonest reasons rows failed: {reasons}</source>
        <translation>Häufigste Gründe für fehlgeschlagene Zeilen: {reasons}</translation>
    </message>
</context>
<context>
    <name>BatchPage</name>
    <message>
        <location filename="../../conversion_gui/qt/batch_panel.py" line="+122"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Open a campaign file</source>
        <translation>Kampagnendatei öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files and workbooks (*.csv *.txt *.tsv *.tab *.xlsx *.xlsm *.xlsb *.xls *.ods);;All files (*)</source>
        <translation>CSV-Dateien und Arbeitsmappen (*.csv *.txt *.tsv *.tab *.xlsx *.xlsm *.xlsb *.xls *.ods);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save results</source>
        <translation>Ergebnisse speichern</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+13"/>
        <source>A batch is being sent: cancel it before opening another file.</source>
        <translation>Ein Batch wird gerade gesendet: Brechen Sie ihn ab, bevor Sie eine andere Datei öffnen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A batch is being sent: cancel it before pasting cells.</source>
        <translation>Ein Batch wird gerade gesendet: Brechen Sie ihn ab, bevor Sie Zellen einfügen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the pasted cells…</source>
        <translation>Eingefügte Zellen werden gelesen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing pasted: {problem}</source>
        <translation>Nichts eingefügt: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing pasted: cannot write the cells ({problem})</source>
        <translation>Nichts eingefügt: Die Zellen können nicht geschrieben werden ({problem})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pasted cells · {rows}</source>
        <translation>Eingefügte Zellen · {rows}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cells had no header row: the columns were named from what they hold ({columns}). Check the mapping below.</source>
        <translation>Die Zellen hatten keine Kopfzeile: Die Spalten wurden nach ihrem Inhalt benannt ({columns}). Prüfen Sie die Zuordnung unten.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stopping: waiting for the requests in flight…</source>
        <translation>Wird angehalten: warte auf laufende Anfragen…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Choose the sheet: {error}</source>
        <translation>Tabellenblatt wählen: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+197"/>
        <source>Problem: {error}</source>
        <translation>Problem: {error}</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Reading stopped: the counts cover only the rows read so far. Change an option or open the file again to read all of it.</source>
        <translation>Lesen gestoppt: Die Zahlen umfassen nur die bisher gelesenen Zeilen. Ändern Sie eine Option oder öffnen Sie die Datei erneut, um sie ganz zu lesen.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Batch #{id} is being sent by another conversion-gui right now (another window or the command line): start over once it is done.</source>
        <translation>Batch #{id} wird gerade von einem anderen conversion-gui gesendet (ein anderes Fenster oder die Kommandozeile): Beginnen Sie neu, sobald er fertig ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start over?</source>
        <translation>Neu beginnen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch #{id} of this file still has {count} rows not sent. Start a new batch from the file instead? Rows already accepted are not sent again; the old batch is closed when the new one starts.</source>
        <translation>Von Batch #{id} dieser Datei sind noch {count} Zeilen nicht gesendet. Stattdessen einen neuen Batch aus der Datei starten? Bereits angenommene Zeilen werden nicht erneut gesendet; der alte Batch wird geschlossen, wenn der neue beginnt.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Problem with the sending settings: {problem}</source>
        <translation>Problem mit den Sendeeinstellungen: {problem}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preparing: reading the file into the journal…</source>
        <translation>Vorbereitung: Datei wird ins Journal gelesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing…</source>
        <translation>Vorbereitung…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starting…</source>
        <translation>Start…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not send: {problem}</source>
        <translation>Senden nicht möglich: {problem}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not show each row&apos;s result: {problem}</source>
        <translation>Das Ergebnis der einzelnen Zeilen kann nicht angezeigt werden: {problem}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Saving…</source>
        <translation>Speichern…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>{count} row(s) not accepted saved to {path}</source>
        <translation>
            <numerusform>{count} nicht angenommene Zeile in {path} gespeichert</numerusform>
            <numerusform>{count} nicht angenommene Zeilen in {path} gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{count} row(s) saved to {path}</source>
        <translation>
            <numerusform>{count} Zeile in {path} gespeichert</numerusform>
            <numerusform>{count} Zeilen in {path} gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Problem: the rows could not be saved ({problem})</source>
        <translation>Problem: Die Zeilen konnten nicht gespeichert werden ({problem})</translation>
    </message>
</context>
<context>
    <name>BatchSender</name>
    <message>
        <location filename="../../conversion_gui/qt/batch_sender.py" line="+119"/>
        <source>Make that profile the active one in Settings to resume, or Start over.</source>
        <translation>Machen Sie dieses Profil unter Einstellungen zum aktiven, um fortzusetzen, oder beginnen Sie neu.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>an unexpected error (see the log).</source>
        <translation>ein unerwarteter Fehler (siehe Protokoll).</translation>
    </message>
</context>
<context>
    <name>BatchText</name>
    <message numerus="yes">
        <location filename="../../conversion_gui/qt/batch_text.py" line="+34"/>
        <source>{count} row(s)</source>
        <translation>
            <numerusform>{count} Zeile</numerusform>
            <numerusform>{count} Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{details} · dates read day first</source>
        <translation>{details} · Datum mit Tag zuerst gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{details} · dates read month first</source>
        <translation>{details} · Datum mit Monat zuerst gelesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{details} · dates {note}</source>
        <translation>{details} · Datum {note}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{valid} valid · {rejected} rejected · {blank} blank · {duplicate} duplicate · {accepted} already accepted</source>
        <translation>{valid} gültig · {rejected} abgelehnt · {blank} leer · {duplicate} doppelt · {accepted} bereits angenommen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Showing all {rows}</source>
        <translation>Alle {rows} werden angezeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing the first {first} rows and the first {problems} rows with a problem after them ({left_out} more with a problem are not shown: save the rejected rows to see them all)</source>
        <translation>Angezeigt: die ersten {first} Zeilen und danach die ersten {problems} Zeilen mit einem Problem (weitere {left_out} mit einem Problem werden nicht angezeigt: Speichern Sie die abgelehnten Zeilen, um alle zu sehen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Showing the first {first} rows and every row with a problem</source>
        <translation>Angezeigt: die ersten {first} Zeilen und jede Zeile mit einem Problem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file has an unfinished batch from {when}: {open} of {total} rows not sent yet.</source>
        <translation>Diese Datei hat einen unfertigen Batch vom {when}: {open} von {total} Zeilen noch nicht gesendet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{done} of {total} · waiting for the history file…</source>
        <translation>{done} von {total} · warte auf die Verlaufsdatei…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{done} of {total} · paused: nothing more is sent until you press Resume</source>
        <translation>{done} von {total} · pausiert: Nichts wird gesendet, bis Sie auf Fortsetzen klicken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{done} of {total} · {rate}/s</source>
        <translation>{done} von {total} · {rate}/s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · stopping: waiting for the requests in flight…</source>
        <translation> · wird angehalten: warte auf laufende Anfragen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · about {duration} left</source>
        <translation> · noch etwa {duration}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} accepted</source>
        <translation>{count} angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} failed</source>
        <translation>{count} fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} to go</source>
        <translation>{count} ausstehend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} retried</source>
        <translation>{count} wiederholt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} throttled (the rate is now {limit}/s)</source>
        <translation>{count} gedrosselt (die Rate ist jetzt {limit}/s)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Stopped: {reason}. {accepted} accepted, {not_sent} not sent; they can be resumed once that is fixed.</source>
        <translation>Angehalten: {reason}. {accepted} angenommen, {not_sent} nicht gesendet; sie lassen sich fortsetzen, sobald das behoben ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interrupted: {reason}. {accepted} accepted, {failed} failed, {rows} not sent; resume to send them once that is fixed.</source>
        <translation>Unterbrochen: {reason}. {accepted} angenommen, {failed} fehlgeschlagen, {rows} nicht gesendet; setzen Sie fort, um sie zu senden, sobald das behoben ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled: {accepted} accepted, {failed} failed{why}, {rows} not sent, can be resumed.</source>
        <translation>Abgebrochen: {accepted} angenommen, {failed} fehlgeschlagen{why}, {rows} nicht gesendet, fortsetzbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finished: {accepted} accepted, {failed} failed{why}.</source>
        <translation>Fertig: {accepted} angenommen, {failed} fehlgeschlagen{why}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Took {duration} at {rate} requests/s; {accepted} of {total} accepted ({share})</source>
        <translation>Dauer {duration} bei {rate} Anfragen/s; {accepted} von {total} angenommen ({share})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; {delivered} of the accepted marked delivered ({share})</source>
        <translation>; {delivered} der angenommenen als zugestellt markiert ({share})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Retried {rows}: {accepted} accepted, {again} failed again</source>
        <translation>{rows} wiederholt: {accepted} angenommen, {again} erneut fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, {count} not sent</source>
        <translation>, {count} nicht gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (stopped: {reason})</source>
        <translation> (gestoppt: {reason})</translation>
    </message>
</context>
<context>
    <name>ChartModel</name>
    <message>
        <location filename="../../conversion_gui/qt/charts/model.py" line="+60"/>
        <source>No data yet.</source>
        <translation>Noch keine Daten.</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../conversion_gui/qt/charts/widget.py" line="+89"/>
        <source>&amp;Copy image</source>
        <translation>Bild &amp;kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as &amp;PNG…</source>
        <translation>Als &amp;PNG speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export table as CSV…</source>
        <translation>Tabelle als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Could not save the chart to {path}</source>
        <translation>Das Diagramm konnte nicht in {path} gespeichert werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write {path}: {problem}</source>
        <translation>{path} konnte nicht geschrieben werden: {problem}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export chart table</source>
        <translation>Diagrammtabelle exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the chart, save it as PNG or export its table as CSV</source>
        <translation>Diagramm kopieren, als PNG speichern oder seine Tabelle als CSV exportieren</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../../conversion_gui/qt/credentials_dialog.py" line="+52"/>
        <source>Waiting for the keychain…</source>
        <translation>Warte auf den Schlüsselbund…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving the settings…</source>
        <translation>Einstellungen werden gespeichert…</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/profiles_column.py" line="+24"/>
        <source>in use</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/credentials_dialog.py" line="+42"/>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/profiles_column.py" line="+10"/>
        <source>&amp;Profiles:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use this profile</source>
        <translation>Profil &amp;verwenden</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/credentials_dialog.py" line="+23"/>
        <source>No profiles yet: press Add to create one.</source>
        <translation>Noch keine Profile: Klicken Sie auf Hinzufügen, um eines anzulegen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Nothing was saved: correct the marked field.</source>
        <translation>Nichts wurde gespeichert: Korrigieren Sie das markierte Feld.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved “{name}”.</source>
        <translation>„{name}“ gespeichert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“{name}” is now the profile in use.</source>
        <translation>„{name}“ ist jetzt das aktive Profil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a profile: type its name.</source>
        <translation>Profil hinzufügen: Geben Sie seinen Namen ein.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename “{name}”: type the new name.</source>
        <translation>„{name}“ umbenennen: Geben Sie den neuen Namen ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete “{name}” and its stored secrets?</source>
        <translation>„{name}“ und seine gespeicherten Secrets löschen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+13"/>
        <source>a profile named “{name}” already exists</source>
        <translation>ein Profil namens „{name}“ gibt es bereits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added “{name}”.</source>
        <translation>„{name}“ hinzugefügt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation>„{old}“ in „{new}“ umbenannt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted “{name}” and its secrets.</source>
        <translation>„{name}“ und seine Secrets gelöscht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Forgot the {secret} of “{name}”.</source>
        <translation>{secret} von „{name}“ vergessen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>that did not work ({error}); see the log for details</source>
        <translation>das hat nicht geklappt ({error}); Details im Protokoll</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/profiles_column.py" line="+24"/>
        <source>{name} ({in_use})</source>
        <translation>{name} ({in_use})</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/credentials_dialog.py" line="+101"/>
        <source>“{name}” has unsaved changes: press Save to keep them, or Revert to drop them.</source>
        <translation>„{name}“ hat ungespeicherte Änderungen: Speichern behält sie, Zurücksetzen verwirft sie.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Please wait: the change is being saved.</source>
        <translation>Bitte warten: Die Änderung wird gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” has unsaved changes: press Save to keep them, or Close again to drop them.</source>
        <translation>„{name}“ hat ungespeicherte Änderungen: Speichern behält sie, erneutes Schließen verwirft sie.</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/credentials_snapshot.py" line="+13"/>
        <source>No keychain: secrets are kept for this session only. Nothing is written to disk; you will be asked for them again next time.</source>
        <translation>Kein Schlüsselbund: Secrets werden nur für diese Sitzung behalten. Nichts wird auf die Festplatte geschrieben; beim nächsten Mal werden Sie erneut danach gefragt.</translation>
    </message>
</context>
<context>
    <name>CredentialsSnapshot</name>
    <message>
        <location line="+5"/>
        <source>Sandbox: the demo account&apos;s secret is built in and kept in memory on purpose; nothing is written to disk.</source>
        <translation>Sandbox: Das Secret des Demokontos ist eingebaut und wird bewusst nur im Speicher gehalten; nichts wird auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Secrets are kept in {where}.</source>
        <translation>Secrets werden in {where} aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>DoctorDialog</name>
    <message>
        <location filename="../../conversion_gui/qt/doctor_dialog.py" line="+33"/>
        <source>Check connection</source>
        <translation>Verbindung prüfen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking…</source>
        <translation>Prüfe…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The check could not finish ({error}); see the log.</source>
        <translation>Die Prüfung konnte nicht abgeschlossen werden ({error}); siehe Protokoll.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The report is on the clipboard: paste it into your support ticket.</source>
        <translation>Der Bericht ist in der Zwischenablage: Fügen Sie ihn in Ihr Support-Ticket ein.</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../conversion_gui/qt/drop_zone.py" line="+32"/>
        <source>Drop a CSV file or a workbook here, Open… (Ctrl+O), or paste cells (Ctrl+V)</source>
        <translation>CSV-Datei oder Arbeitsmappe hier ablegen, Öffnen… (Ctrl+O) oder Zellen einfügen (Ctrl+V)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
</context>
<context>
    <name>FileHeader</name>
    <message>
        <location filename="../../conversion_gui/qt/file_header.py" line="+32"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;another file…</source>
        <translation>&amp;Andere Datei öffnen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading… %p%</source>
        <translation>Lesen… %p%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the file</source>
        <translation>Datei wird gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop readin&amp;g</source>
        <translation>Lesen &amp;stoppen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} · reading…</source>
        <translation>{name} · wird gelesen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} · reading… · {details}</source>
        <translation>{name} · wird gelesen… · {details}</translation>
    </message>
</context>
<context>
    <name>HistoryDetails</name>
    <message>
        <location filename="../../conversion_gui/qt/history_details.py" line="+37"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select an attempt to see its request, answer and every attempt of its message-id.</source>
        <translation>Wählen Sie einen Versuch, um seine Anfrage, die Antwort und alle Versuche seiner message-id zu sehen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Loading…</source>
        <translation>Lädt…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>none (no answer)</source>
        <translation>keiner (keine Antwort)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{batch}, file line {line}</source>
        <translation>{batch}, Dateizeile {line}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timestamp (UTC)</source>
        <translation>Zeitstempel (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempted at (UTC)</source>
        <translation>Versucht am (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{ms} ms</source>
        <translation>{ms} ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;i&gt;(the answer had no text)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(die Antwort hatte keinen Text)&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer came: technical details</source>
        <translation>Keine Antwort erhalten: technische Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;Attempts of this message-id&lt;/b&gt;: loading…&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Versuche dieser message-id&lt;/b&gt;: lädt…&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;Attempts of this message-id ({count})&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Versuche dieser message-id ({count})&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at}: attempt {n}, {status} {meaning}</source>
        <translation>{at}: Versuch {n}, {status} {meaning}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, batch {batch}</source>
        <translation>, Batch {batch}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (this one)</source>
        <translation> (dieser)</translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <location filename="../../conversion_gui/qt/history_filter_bar.py" line="+32"/>
        <source>Shows attempts whose message-id contains this anywhere (any case; slower on a long history, as every attempt is read)</source>
        <translation>Zeigt Versuche, deren message-id dies irgendwo enthält (Groß-/Kleinschreibung egal; langsamer bei langem Verlauf, da jeder Versuch gelesen wird)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows attempts whose message-id starts with this (any case)</source>
        <translation>Zeigt Versuche, deren message-id hiermit beginnt (Groß-/Kleinschreibung egal)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Message &amp;ID:</source>
        <translation>Message-&amp;ID:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>starts with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the message-id text is matched: at the start (fast) or anywhere in the id</source>
        <translation>Wie der message-id-Text verglichen wird: am Anfang (schnell) oder irgendwo in der ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mat&amp;ch:</source>
        <translation>Ver&amp;gleich:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed (any not accepted)</source>
        <translation>Fehlgeschlagen (alle nicht angenommenen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Outcome:</source>
        <translation>E&amp;rgebnis:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cha&amp;nnel:</source>
        <translation>Ka&amp;nal:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>user@machine</source>
        <translation>benutzer@rechner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only attempts sent by this user@machine (a team history)</source>
        <translation>Nur Versuche, die dieser Benutzer@Rechner gesendet hat (ein Team-Verlauf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ent by:</source>
        <translation>Absender (&amp;w):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fro&amp;m</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Tick to limit the attempts by date ({name}, a day in UTC)</source>
        <translation>Ankreuzen, um die Versuche nach Datum einzugrenzen ({name}, ein Tag in UTC)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a day in UTC; used only while its box is ticked</source>
        <translation>ein Tag in UTC; gilt nur, wenn das Kästchen angekreuzt ist</translation>
    </message>
</context>
<context>
    <name>HistoryLocationDialog</name>
    <message>
        <location filename="../../conversion_gui/qt/history_location_dialog.py" line="+71"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;This computer</source>
        <translation>&amp;Dieser Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;eam database (PostgreSQL)</source>
        <translation>T&amp;eam-Datenbank (PostgreSQL)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept in {folder}</source>
        <translation>Gespeichert in {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s history</source>
        <translation>Verlauf dieses Computers</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every attempt records who sent it (user@machine). A server on another machine is reached over TLS with its name checked.</source>
        <translation>Jeder Versuch vermerkt, wer ihn gesendet hat (Benutzer@Rechner). Ein Server auf einem anderen Rechner wird über TLS mit geprüftem Namen erreicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About team databases</source>
        <translation>Über Team-Datenbanken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>•••• stored in the keychain (leave empty to keep it)</source>
        <translation>•••• im Schlüsselbund gespeichert (leer lassen, um es zu behalten)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not save the choice ({error}); see the log</source>
        <translation>Die Auswahl konnte nicht gespeichert werden ({error}); siehe Protokoll</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../conversion_gui/qt/history_model.py" line="+75"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../conversion_gui/qt/history_view.py" line="+154"/>
        <source>Voice</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion time</source>
        <translation>Konversionszeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent by</source>
        <translation>Gesendet von</translation>
    </message>
    <message>
        <location line="+256"/>
        <source>When the attempt was made, in UTC</source>
        <translation>Wann der Versuch erfolgte, in UTC</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP {status}</source>
        <translation>HTTP {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(the answer had no text)</source>
        <translation>(die Antwort hatte keinen Text)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read the history: {problem}</source>
        <translation>Der Verlauf kann nicht gelesen werden: {problem}</translation>
    </message>
</context>
<context>
    <name>HistoryOverview</name>
    <message>
        <location filename="../../conversion_gui/qt/history_overview.py" line="+34"/>
        <source>Per day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts per day chart</source>
        <translation>Diagramm der Versuche pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per batch</source>
        <translation>Pro Batch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts per batch chart</source>
        <translation>Diagramm der Versuche pro Batch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By meaning</source>
        <translation>Nach Bedeutung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts by meaning chart</source>
        <translation>Diagramm der Versuche nach Bedeutung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Chart t&amp;ype:</source>
        <translation>Diagra&amp;mm:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overview status</source>
        <translation>Status der Übersicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chart o&amp;ptions</source>
        <translation>A&amp;ktionen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problem with the filter: {problem}</source>
        <translation>Problem mit dem Filter: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the history: {problem}</source>
        <translation>Verlauf nicht lesbar: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attempts per hour chart</source>
        <translation>Diagramm der Versuche pro Stunde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> in batches</source>
        <translation> in Batches</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{count} attempt(s)</source>
        <translation>
            <numerusform>{count} Versuch</numerusform>
            <numerusform>{count} Versuche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../conversion_gui/qt/history_view.py" line="-46"/>
        <source>E&amp;xport…</source>
        <translation>Ex&amp;portieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the attempts the filters show as a CSV file</source>
        <translation>Die von den Filtern gezeigten Versuche als CSV-Datei speichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show &amp;all batches</source>
        <translation>&amp;Alle Batches zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export batch res&amp;ults…</source>
        <translation>Ergebnisse exp&amp;ortieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this batch&apos;s rows with outcome, status and meaning</source>
        <translation>Die Zeilen dieses Batches mit Ergebnis, Status und Bedeutung speichern</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Counting…</source>
        <translation>Zähle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempt count</source>
        <translation>Anzahl der Versuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Re-send selected</source>
        <translation>Auswahl erneut &amp;senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report the selected rows&apos; conversions again (states the same fact again; safe to repeat)</source>
        <translation>Die Konversionen der gewählten Zeilen erneut melden (meldet dieselbe Tatsache noch einmal; gefahrlos wiederholbar)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ta&amp;ble</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;verview</source>
        <translation>Übersi&amp;cht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table or overview</source>
        <translation>Tabelle oder Übersicht</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Showing batch {id} only.</source>
        <translation>Nur Batch {id} wird angezeigt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{count} (updating…)</source>
        <translation>{count} (wird aktualisiert…)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{count} attempt(s)</source>
        <translation>
            <numerusform>{count} Versuch</numerusform>
            <numerusform>{count} Versuche</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No attempts to show</source>
        <translation>Keine Versuche anzuzeigen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Select the attempts to re-send first.</source>
        <translation>Wählen Sie zuerst die erneut zu sendenden Versuche.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} rows are selected; re-send at most {limit} at a time here (for more, save them and send the file on the Batch page).</source>
        <translation>{count} Zeilen sind gewählt; hier höchstens {limit} auf einmal erneut senden (für mehr: speichern und die Datei auf der Seite Batch-Versand senden).</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Re-sending the conversions of {count} selected attempt(s)…</source>
        <translation>
            <numerusform>Die Konversion von {count} gewählten Versuch wird erneut gesendet…</numerusform>
            <numerusform>Die Konversionen von {count} gewählten Versuchen werden erneut gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re-sending: {done} of {total} done…</source>
        <translation>Erneutes Senden: {done} von {total} erledigt…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Re-send cancelled.</source>
        <translation>Erneutes Senden abgebrochen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not re-send: {problem}</source>
        <translation>Erneutes Senden nicht möglich: {problem}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exporting to {path}…</source>
        <translation>Exportiere nach {path}…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <location line="+31"/>
        <location line="+4"/>
        <source>Could not export to {path}: {problem}</source>
        <translation>Export nach {path} nicht möglich: {problem}</translation>
    </message>
    <message numerus="yes">
        <location line="-32"/>
        <source>Exported {count} attempt(s) to {path}</source>
        <translation>
            <numerusform>{count} Versuch nach {path} exportiert</numerusform>
            <numerusform>{count} Versuche nach {path} exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exporting batch {id}&apos;s results to {path}…</source>
        <translation>Exportiere die Ergebnisse von Batch {id} nach {path}…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Exported {count} row(s) of batch {id} to {path}</source>
        <translation>
            <numerusform>{count} Zeile von Batch {id} nach {path} exportiert</numerusform>
            <numerusform>{count} Zeilen von Batch {id} nach {path} exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdPaste</name>
    <message numerus="yes">
        <location filename="../../conversion_gui/qt/id_paste.py" line="+67"/>
        <source>You pasted {count} ids. Send them all as a small batch, with the delivered and time set here, or keep only the first?</source>
        <translation>
            <numerusform>Sie haben {count} ID eingefügt. Als kleinen Batch senden, mit Zugestellt und Zeit von hier, oder nur die erste behalten?</numerusform>
            <numerusform>Sie haben {count} IDs eingefügt. Alle als kleinen Batch senden, mit Zugestellt und Zeit von hier, oder nur die erste behalten?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several ids pasted</source>
        <translation>Mehrere IDs eingefügt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Send all {count} as a batch</source>
        <translation>
            <numerusform>{count} als Batch senden</numerusform>
            <numerusform>Alle {count} als Batch senden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the first</source>
        <translation>Erste behalten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pasted ids · {rows}</source>
        <translation>Eingefügte IDs · {rows}</translation>
    </message>
</context>
<context>
    <name>IntakeOptionsForm</name>
    <message>
        <location filename="../../conversion_gui/qt/intake_options_form.py" line="+31"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Message ID column:</source>
        <translation>&amp;Message-ID-Spalte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delivered column:</source>
        <translation>Zu&amp;gestellt-Spalte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timestamp column:</source>
        <translation>Zei&amp;tstempel-Spalte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel col&amp;umn:</source>
        <translation>&amp;Kanal-Spalte:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipe</source>
        <translation>Senkrechter Strich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a channel column</source>
        <translation>Aus einer Kanal-Spalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask me</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day first</source>
        <translation>Tag zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first</source>
        <translation>Monat zuerst</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sheet:</source>
        <translation>Blatt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cha&amp;nnel:</source>
        <translation>Kana&amp;l:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date &amp;order:</source>
        <translation>Dat&amp;umsformat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encoding:</source>
        <translation>K&amp;odierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;limiter:</source>
        <translation>T&amp;rennzeichen:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send again anyway: duplicates and rows already accepted</source>
        <translation>Trotzdem erneut senden: Duplikate und bereits angenommene Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows the history holds as accepted, and repeated ids, are sent too (reporting the same conversion again)</source>
        <translation>Zeilen, die der Verlauf als angenommen führt, und wiederholte IDs werden ebenfalls gesendet (dieselbe Konversion wird erneut gemeldet)</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Time zone: {problem}</source>
        <translation>Zeitzone: {problem}</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../../conversion_gui/qt/language_dialog.py" line="+26"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the system</source>
        <translation>Systemeinstellung verwenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new language applies the next time conversion-gui starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von conversion-gui.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../conversion_gui/qt/main_window.py" line="+98"/>
        <source>conversion-gui</source>
        <translation>conversion-gui</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem with the data folder</source>
        <translation>Problem mit dem Datenordner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;b&gt;SANDBOX&lt;/b&gt;: answers come from the built-in simulator, nothing leaves this machine. Try message-ids like sim-402 or sim-423 to see other answers.</source>
        <translation>&lt;b&gt;SANDBOX&lt;/b&gt;: Antworten kommen vom eingebauten Simulator, nichts verlässt diesen Rechner. Probieren Sie message-ids wie sim-402 oder sim-423, um andere Antworten zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sandbox mode</source>
        <translation>Sandbox-Modus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;witch off sandbox</source>
        <translation>Sandbo&amp;x verlassen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>Batch-Versand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report one conversion (Ctrl+1)</source>
        <translation>Eine Konversion melden (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a campaign file (Ctrl+2)</source>
        <translation>Eine Kampagnendatei senden (Ctrl+2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every attempt and its answer (Ctrl+3)</source>
        <translation>Jeder Versuch und seine Antwort (Ctrl+3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open CSV…</source>
        <translation>CSV ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export history…</source>
        <translation>Verlauf &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a &amp;template…</source>
        <translation>&amp;Vorlage speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Credentials…</source>
        <translation>&amp;Zugangsdaten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sending…</source>
        <translation>&amp;Senden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Network…</source>
        <translation>&amp;Netzwerk…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language…</source>
        <translation>S&amp;prache…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sand&amp;box mode</source>
        <translation>Sand&amp;box-Modus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sandbox si&amp;mulator…</source>
        <translation>Sandbox-Si&amp;mulator…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check connection…</source>
        <translation>Verbindung &amp;prüfen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;data folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;log folder</source>
        <translation>P&amp;rotokollordner öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page {n}</source>
        <translation>Seite {n}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leave sandbox mode?</source>
        <translation>Sandbox-Modus verlassen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no profile with your own API key yet, so nothing can be sent outside sandbox mode until you add one in Settings &gt; Credentials….

Leave sandbox mode anyway?</source>
        <translation>Es gibt noch kein Profil mit Ihrem eigenen API key, daher kann außerhalb des Sandbox-Modus nichts gesendet werden, bis Sie eines unter Einstellungen &gt; Zugangsdaten… anlegen.

Sandbox-Modus trotzdem verlassen?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Finish or cancel the batch before switching mode.</source>
        <translation>Beenden oder brechen Sie den Batch ab, bevor Sie den Modus wechseln.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>conversion-gui — sandbox</source>
        <translation>conversion-gui — Sandbox</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The history file could not be opened (see the log).</source>
        <translation>Die Verlaufsdatei konnte nicht geöffnet werden (siehe Protokoll).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Profile: waiting for the keychain…</source>
        <translation>Profil: warte auf den Schlüsselbund…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profile: could not be read (see the log)</source>
        <translation>Profil: konnte nicht gelesen werden (siehe Protokoll)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no rate limit</source>
        <translation>kein Ratenlimit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rate} · {n} in flight · files in {zone}</source>
        <translation>{rate} · {n} laufend · Dateien in {zone}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Simulator faults: {faults}</source>
        <translation>Simulatorfehler: {faults}</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Template not saved</source>
        <translation>Vorlage nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {path}: {problem}</source>
        <translation>{path} kann nicht geschrieben werden: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template saved: {files} in {folder}</source>
        <translation>Vorlage gespeichert: {files} in {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a template (a .csv and an .xlsx)</source>
        <translation>Vorlage speichern (eine .csv und eine .xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workbook and CSV (*.xlsx)</source>
        <translation>Arbeitsmappe und CSV (*.xlsx)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About conversion-gui</source>
        <translation>Über conversion-gui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;conversion-gui {version}&lt;/h3&gt;&lt;p&gt;Reports conversions to the Vonage Conversion API, one at a time or by the thousand from a file.&lt;/p&gt;&lt;p&gt;Data: {data}&lt;br&gt;Logs: {logs}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;conversion-gui {version}&lt;/h3&gt;&lt;p&gt;Meldet Konversionen an die Vonage Conversion API, einzeln oder zu Tausenden aus einer Datei.&lt;/p&gt;&lt;p&gt;Daten: {data}&lt;br&gt;Protokolle: {logs}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A batch is still sending. Stop it and quit?

Rows not sent yet stay in the journal: open the same file again to resume.</source>
        <translation>Ein Batch wird noch gesendet. Anhalten und beenden?

Noch nicht gesendete Zeilen bleiben im Journal: Öffnen Sie dieselbe Datei erneut, um fortzusetzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit during a batch?</source>
        <translation>Während eines Batches beenden?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopping the batch…</source>
        <translation>Batch wird angehalten…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sandbox · demo account · secret built in · answers from the built-in simulator</source>
        <translation>Sandbox · Demokonto · Secret eingebaut · Antworten vom eingebauten Simulator</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No profile yet: Settings › Credentials… to add your API key and secret</source>
        <translation>Noch kein Profil: Einstellungen › Zugangsdaten…, um API key und Secret einzutragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key {key} from the environment</source>
        <translation>Key {key} aus der Umgebung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>signature secret in {store}</source>
        <translation>Signatur-Secret in {store}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secret in {store}</source>
        <translation>Secret in {store}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no signature secret set</source>
        <translation>kein Signatur-Secret gesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no secret set</source>
        <translation>kein Secret gesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · overridden by VONAGE_* variables</source>
        <translation> · durch VONAGE_*-Variablen überschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile {name} (key {key}) · {where} · {auth} auth{extra}</source>
        <translation>Profil {name} (Key {key}) · {where} · Auth: {auth}{extra}</translation>
    </message>
</context>
<context>
    <name>Meanings</name>
    <message>
        <location filename="../../conversion_gui/qt/meanings.py" line="+23"/>
        <source>Accepted: the conversion was recorded</source>
        <translation>Angenommen: Die Konversion wurde erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong credentials: check the API key and secret (or signature secret and method)</source>
        <translation>Falsche Zugangsdaten: Prüfen Sie API key und Secret (oder Signatur-Secret und -Methode)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion API not enabled for this account: ask Vonage support to enable it</source>
        <translation>Conversion API für dieses Konto nicht aktiviert: Bitten Sie den Vonage-Support, sie zu aktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid parameters: check message-id, delivered and timestamp</source>
        <translation>Ungültige Parameter: Prüfen Sie message-id, delivered und timestamp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Throttled: the app slowed down and retried</source>
        <translation>Gedrosselt: Die App hat verlangsamt und es erneut versucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vonage server error</source>
        <translation>Serverfehler bei Vonage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach the API: nothing was sent</source>
        <translation>API nicht erreichbar: Nichts wurde gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer: the API did not answer. The conversion may have arrived; it is safe to send again</source>
        <translation>Keine Antwort: Die API hat nicht geantwortet. Die Konversion ist eventuell angekommen; erneutes Senden ist gefahrlos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer: the API gave no answer in time. The conversion may have arrived; it is safe to send again</source>
        <translation>Keine Antwort: Die API hat nicht rechtzeitig geantwortet. Die Konversion ist eventuell angekommen; erneutes Senden ist gefahrlos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate problem (a proxy?): the connection was not trusted, nothing was sent</source>
        <translation>Zertifikatsproblem (ein Proxy?): Der Verbindung wurde nicht vertraut, nichts wurde gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy asks for a password: set it in Settings › Network</source>
        <translation>Der Proxy verlangt ein Passwort: Tragen Sie es unter Einstellungen › Netzwerk ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer: the connection was closed before an answer came. The conversion may have arrived; it is safe to send again.</source>
        <translation>Keine Antwort: Die Verbindung wurde vor einer Antwort geschlossen. Die Konversion ist eventuell angekommen; erneutes Senden ist gefahrlos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer: the request failed. The conversion may have arrived; it is safe to send again.</source>
        <translation>Keine Antwort: Die Anfrage ist fehlgeschlagen. Die Konversion ist eventuell angekommen; erneutes Senden ist gefahrlos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not reach the API: </source>
        <translation>API nicht erreichbar: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer: </source>
        <translation>Keine Antwort: </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unexpected answer ({status})</source>
        <translation>Unerwartete Antwort ({status})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong credentials</source>
        <translation>Falsche Zugangsdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion API not enabled</source>
        <translation>Conversion API nicht aktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid parameters</source>
        <translation>Ungültige Parameter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throttled</source>
        <translation>Gedrosselt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach the API</source>
        <translation>API nicht erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer (may have arrived)</source>
        <translation>Keine Antwort (evtl. angekommen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate problem</source>
        <translation>Zertifikatsproblem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy password needed</source>
        <translation>Proxy-Passwort nötig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected answer</source>
        <translation>Unerwartete Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent (a fault in the app)</source>
        <translation>Nicht gesendet (ein Fehler in der App)</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <location filename="../../conversion_gui/qt/network_dialog.py" line="+37"/>
        <source>•••• stored in the keychain (leave empty to keep it)</source>
        <translation>•••• im Schlüsselbund gespeichert (leer lassen, um es zu behalten)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Automatic (the system&apos;s proxy settings, HTTPS_PROXY)</source>
        <translation>&amp;Automatisch (Proxy-Einstellungen des Systems, HTTPS_PROXY)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No proxy</source>
        <translation>&amp;Kein Proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manual proxy</source>
        <translation>&amp;Manueller Proxy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Automatic: looking…</source>
        <translation>Automatisch: wird ermittelt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic proxy</source>
        <translation>Automatischer Proxy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only if the proxy asks for one</source>
        <translation>nur wenn der Proxy eines verlangt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forget the stored password</source>
        <translation>Gespeichertes Passwort &amp;vergessen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>could not be read</source>
        <translation>konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic now means: {proxy}.</source>
        <translation>Automatisch bedeutet jetzt: {proxy}.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Could not save the settings ({error}); see the log.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden ({error}); siehe Protokoll.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../conversion_gui/qt/preview_model.py" line="+49"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timestamp (UTC)</source>
        <translation>Zeitstempel (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>PreviewReader</name>
    <message>
        <location filename="../../conversion_gui/qt/preview_reader.py" line="+127"/>
        <source>The file could not be read ({problem}).</source>
        <translation>Die Datei konnte nicht gelesen werden ({problem}).</translation>
    </message>
</context>
<context>
    <name>PreviewTable</name>
    <message>
        <location filename="../../conversion_gui/qt/preview_table.py" line="+33"/>
        <source>Counts</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows shown</source>
        <translation>Angezeigte Zeilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems onl&amp;y</source>
        <translation>Nur Pro&amp;bleme</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Row details</source>
        <translation>Zeilendetails</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Line {line}: {verdict}</source>
        <translation>Zeile {line}: {verdict}</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../conversion_gui/qt/profile_form.py" line="+31"/>
        <source>Basic (header)</source>
        <translation>Basic (Header)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key and secret in the body</source>
        <translation>Key und Secret im Body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>stored — type to replace</source>
        <translation>gespeichert — zum Ersetzen tippen</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Forget API secret</source>
        <translation>API-Secret vergessen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget signature secret</source>
        <translation>Signatur-Secret vergessen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pro&amp;file name:</source>
        <translation>Pro&amp;filname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key:</source>
        <translation>API-&amp;Key:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API s&amp;ecret:</source>
        <translation>API-S&amp;ecret:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;gnature secret:</source>
        <translation>Si&amp;gnatur-Secret:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Au&amp;th mode:</source>
        <translation>Au&amp;th-Modus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature &amp;method:</source>
        <translation>Signatur&amp;methode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base UR&amp;L:</source>
        <translation>B&amp;asis-URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Body:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Stored in {where}: type to replace it</source>
        <translation>Gespeichert in {where}: zum Ersetzen tippen</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../conversion_gui/qt/selftest.py" line="+148"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>QuestionBar</name>
    <message>
        <location filename="../../conversion_gui/qt/question_bar.py" line="+23"/>
        <source>New &amp;name:</source>
        <translation>Neuer &amp;Name:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message>
        <location filename="../../conversion_gui/qt/resume_offer.py" line="+29"/>
        <source>Unfinished batch</source>
        <translation>Unfertiger Batch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume &amp;batch</source>
        <translation>Batch fortsetze&amp;n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start o&amp;ver</source>
        <translation>Neu beg&amp;innen</translation>
    </message>
</context>
<context>
    <name>RiskBar</name>
    <message>
        <location filename="../../conversion_gui/qt/risk_bar.py" line="+52"/>
        <source>Check before sending</source>
        <translation>Vor dem Senden prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;anyway</source>
        <translation>Trotzdem &amp;senden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> Send it anyway?</source>
        <translation> Trotzdem senden?</translation>
    </message>
</context>
<context>
    <name>RowWords</name>
    <message>
        <location filename="../../conversion_gui/qt/batch_outcomes.py" line="+38"/>
        <source>refused by the API: {reason}</source>
        <translation>von der API abgelehnt: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not sent yet: Resume batch sends it</source>
        <translation>noch nicht gesendet: „Batch fortsetzen“ sendet sie</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuchen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed after {tries}: {reason}</source>
        <translation>fehlgeschlagen nach {tries}: {reason}</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <location filename="../../conversion_gui/qt/send_form.py" line="+61"/>
        <source>Se&amp;nd</source>
        <translation>Se&amp;nden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;MS API</source>
        <translation>S&amp;MS API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify API</source>
        <translation>&amp;Verify API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt-To-Speech</source>
        <translation>&amp;Text-To-Speech</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TTS &amp;Prompt</source>
        <translation>TTS &amp;Prompt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message &amp;ID</source>
        <translation>Message-&amp;ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event &amp;ID</source>
        <translation>Event-&amp;ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call &amp;ID</source>
        <translation>Call-&amp;ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the user completed the call to action</source>
        <translation>der Nutzer hat die gewünschte Aktion ausgeführt</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Sent with:</source>
        <translation>Gesendet mit:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message &amp;ID:</source>
        <translation>Message-&amp;ID:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>paste the id from the send response</source>
        <translation>ID aus der Sendeantwort einfügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delivered:</source>
        <translation>&amp;Zugestellt:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Send (Enter in the id field, or Ctrl+Return anywhere here)</source>
        <translation>Senden (Enter im ID-Feld oder Ctrl+Return überall hier)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop retrying (Esc)</source>
        <translation>Wiederholen abbrechen (Esc)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Recent sends:</source>
        <translation>Zu&amp;letzt gesendet:</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/recent_sends.py" line="+28"/>
        <source>This session&apos;s sends, newest first; Enter puts the id back</source>
        <translation>Die Sendungen dieser Sitzung, neueste zuerst; Enter übernimmt die ID wieder</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/send_form.py" line="+93"/>
        <source>Cancelling: no further attempt will be made…</source>
        <translation>Wird abgebrochen: kein weiterer Versuch…</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The pasted ids could not be made a batch: {problem}</source>
        <translation>Aus den eingefügten IDs ließ sich kein Batch bilden: {problem}</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+105"/>
        <location line="+1"/>
        <source>Sending…</source>
        <translation>Sende…</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>in {seconds} s</source>
        <translation>in {seconds} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shortly</source>
        <translation>gleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{headline}. Attempt {attempt} of {attempts}: trying again {wait} (Esc cancels)…</source>
        <translation>{headline}. Versuch {attempt} von {attempts}: neuer Versuch {wait} (Esc bricht ab)…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not send ({error}): nothing was recorded. Details are in the log.</source>
        <translation>Senden nicht möglich ({error}): Nichts wurde erfasst. Details stehen im Protokoll.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelled: nothing was sent.</source>
        <translation>Abgebrochen: Nichts wurde gesendet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved in the history: {problem}</source>
        <translation>Nicht im Verlauf gespeichert: {problem}</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/recent_sends.py" line="+7"/>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not delivered</source>
        <translation>nicht zugestellt</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/send_form.py" line="+71"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
</context>
<context>
    <name>SendSection</name>
    <message>
        <location filename="../../conversion_gui/qt/send_section.py" line="+38"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save results…</source>
        <translation>Ergebnisse speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every row of the file with its outcome, status and meaning (before a batch: its verdict), as a CSV to hand back</source>
        <translation>Jede Zeile der Datei mit Ergebnis, Status und Bedeutung (vor einem Batch: ihre Prüfung) als CSV zur Rückgabe speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save rows not accepted…</source>
        <translation>Nicht angenommene speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the rows that were not accepted, with the reason, as a CSV to fix and send again</source>
        <translation>Die nicht angenommenen Zeilen mit Grund als CSV speichern, um sie zu korrigieren und erneut zu senden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Retry failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;in History</source>
        <translation>Im &amp;Verlauf zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Send the valid rows (Ctrl+Return)</source>
        <translation>Die gültigen Zeilen senden (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+84"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Valid rows sent</source>
        <translation>Gesendete gültige Zeilen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Send {count} valid row(s)</source>
        <translation>
            <numerusform>{count} gültige Zeile senden</numerusform>
            <numerusform>{count} gültige Zeilen senden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Resume</source>
        <translation>Fort&amp;setzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pausing: the requests in flight finish, nothing more is sent</source>
        <translation>Pause: Laufende Anfragen werden beendet, nichts Weiteres wird gesendet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelling: waiting for the requests in flight…</source>
        <translation>Wird abgebrochen: warte auf laufende Anfragen…</translation>
    </message>
</context>
<context>
    <name>SendWords</name>
    <message>
        <location filename="../../conversion_gui/qt/send_words.py" line="+36"/>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>after %n attempt(s)</source>
        <translation>
            <numerusform>nach %n Versuch</numerusform>
            <numerusform>nach %n Versuchen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not recorded: the API was still throttling {tries}. Wait a minute and send again (Settings &gt; Sending can lower the rate).</source>
        <translation>Nicht erfasst: Die API hat {tries} weiter gedrosselt. Warten Sie eine Minute und senden Sie erneut (unter Einstellungen &gt; Senden lässt sich die Rate senken).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not recorded: {meaning} {tries}. Try again in a few minutes: it is safe to send again.</source>
        <translation>Nicht erfasst: {meaning} {tries}. Versuchen Sie es in ein paar Minuten erneut: Erneutes Senden ist gefahrlos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{meaning} ({tries}).</source>
        <translation>{meaning} ({tries}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> It was not recorded: check the connection (Help &gt; Check connection…) and send again.</source>
        <translation> Es wurde nicht erfasst: Prüfen Sie die Verbindung (Hilfe &gt; Verbindung prüfen…) und senden Sie erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> It may not have been recorded; it is safe to send again.</source>
        <translation> Es wurde eventuell nicht erfasst; erneutes Senden ist gefahrlos.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source> (after %n attempt(s))</source>
        <translation>
            <numerusform> (nach %n Versuch)</numerusform>
            <numerusform> (nach %n Versuchen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>. Cancelled: no further attempt was made</source>
        <translation>. Abgebrochen: Es wurde kein weiterer Versuch unternommen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The API said: {text}</source>
        <translation>Die API sagt: {text}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Technical details ({kind}): {text}</source>
        <translation>Technische Details ({kind}): {text}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The time is {span} in the future.</source>
        <translation>Die Zeit liegt {span} in der Zukunft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time is {span} in the past.</source>
        <translation>Die Zeit liegt {span} in der Vergangenheit.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history already holds {label} {id} as accepted: sending it again reports the same conversion twice.</source>
        <translation>Der Verlauf führt {label} {id} bereits als angenommen: Erneutes Senden meldet dieselbe Konversion zweimal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No credentials yet: open Settings &gt; Credentials… to add an API key and secret (or start the app in sandbox mode to try it out).</source>
        <translation>Noch keine Zugangsdaten: Öffnen Sie Einstellungen &gt; Zugangsdaten…, um API key und Secret einzutragen (oder starten Sie die App im Sandbox-Modus, um sie auszuprobieren).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The credentials are incomplete ({reason}): open Settings &gt; Credentials…</source>
        <translation>Die Zugangsdaten sind unvollständig ({reason}): Öffnen Sie Einstellungen &gt; Zugangsdaten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The credentials in the environment cannot be used: {problem}</source>
        <translation>Die Zugangsdaten aus der Umgebung sind nicht verwendbar: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The saved settings cannot be used: {problem}. Open Settings &gt; Credentials…</source>
        <translation>Die gespeicherten Einstellungen sind nicht verwendbar: {problem}. Öffnen Sie Einstellungen &gt; Zugangsdaten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile&apos;s address cannot be used: {problem}. Open Settings &gt; Credentials…</source>
        <translation>Die Adresse des Profils ist nicht verwendbar: {problem}. Öffnen Sie Einstellungen &gt; Zugangsdaten…</translation>
    </message>
</context>
<context>
    <name>SendingDialog</name>
    <message>
        <location filename="../../conversion_gui/qt/sending_dialog.py" line="+25"/>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> per second</source>
        <translation> pro Sekunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rate:</source>
        <translation>&amp;Rate:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Requests in &amp;flight:</source>
        <translation>&amp;Laufende Anfragen:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Time zone of files:</source>
        <translation>&amp;Zeitzone der Dateien:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vonage allows 30 requests per second per API key by default. Timestamps in a file without an offset are read in the time zone.</source>
        <translation>Vonage erlaubt standardmäßig 30 Anfragen pro Sekunde und API key. Zeitstempel ohne Offset in einer Datei werden in dieser Zeitzone gelesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>SimulatorDialog</name>
    <message>
        <location filename="../../conversion_gui/qt/simulator_dialog.py" line="+28"/>
        <source>&amp;Server errors (500, 503):</source>
        <translation>&amp;Serverfehler (500, 503):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Throttled (429):</source>
        <translation>&amp;Gedrosselt (429):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection &amp;resets:</source>
        <translation>Verbindungs&amp;abbrüche:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No answer (hangs):</source>
        <translation>&amp;Keine Antwort (hängt):</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sandbox simulator</source>
        <translation>Sandbox-Simulator</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Latency of every answer:</source>
        <translation>&amp;Latenz jeder Antwort:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> % of requests</source>
        <translation> % der Anfragen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the built-in simulator misbehaves; nothing leaves this machine. The command line has the same choices: conversion-gui simulator --latency-ms MS and the fault options.</source>
        <translation>Nur der eingebaute Simulator verhält sich fehlerhaft; nichts verlässt diesen Rechner. Die Kommandozeile bietet dieselben Optionen: conversion-gui simulator --latency-ms MS und die Fehleroptionen.</translation>
    </message>
</context>
<context>
    <name>WhenEditor</name>
    <message>
        <location filename="../../conversion_gui/qt/when_editor.py" line="+49"/>
        <source>Wh&amp;en:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>your time, {zone}</source>
        <translation>Ihre Zeit, {zone}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your time ({zone})</source>
        <translation>Ihre Zeit ({zone})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N&amp;ow</source>
        <translation>&amp;Jetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the time to now</source>
        <translation>Zeitpunkt auf jetzt setzen</translation>
    </message>
</context>
</TS>
