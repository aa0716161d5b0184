<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../conversion_gui/qt/app.py" line="+66"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conversion-gui hit an unexpected problem. Nothing you sent is lost: the history and the batch journal are kept as they were.</source>
        <translation>conversion-gui a rencontré un problème inattendu. Rien de ce que vous avez envoyé n&apos;est perdu&#xa0;: l&apos;historique et le journal du lot sont conservés tels quels.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The details are in the log file:
{path}</source>
        <translation>Les détails sont dans le fichier journal&#xa0;:
{path}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>conversion-gui cannot start</source>
        <translation>conversion-gui ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>BatchLiveChart</name>
    <message>
        <location filename="../../conversion_gui/qt/batch_live_chart.py" line="+30"/>
        <source>Accepted</source>
        <translation>Acceptées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retries</source>
        <translation>Relances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>429s</source>
        <translation>429</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Sending rate chart</source>
        <translation>Graphique du débit d&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time from start</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows a second</source>
        <translation>Lignes par seconde</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The sending rate shows once rows are sent.</source>
        <translation>Le débit d&apos;envoi s&apos;affiche dès que des lignes sont envoyées.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>a limit of {limit} a second</source>
        <translation>une limite de {limit} par seconde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending {rate} rows a second against {limit}; so far {accepted} accepted, {rejected} rejected, {failed} failed; {retries} retries, {throttled} throttled (429).</source>
        <translation>Envoi de {rate} lignes par seconde ({limit})&#x202f;; jusqu&apos;ici {accepted} acceptées, {rejected} rejetées, {failed} en échec&#x202f;; {retries} relances, {throttled} limitées (429).</translation>
    </message>
</context>
<context>
    <name>BatchOutcomeChart</name>
    <message>
        <location filename="../../conversion_gui/qt/batch_outcome_chart.py" line="+29"/>
        <source>Accepted</source>
        <translation>Acceptées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent</source>
        <translation>Non envoyées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{accepted} accepted, {failed} failed</source>
        <translation>{accepted} acceptées, {failed} en échec</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; {rejected} rejected, {not_sent} not sent.</source>
        <translation>&#x202f;; {rejected} rejetées, {not_sent} non envoyées.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes chart</source>
        <translation>Graphique des résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failure meanings chart</source>
        <translation>Graphique des causes d&apos;échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why rows failed</source>
        <translation>Causes des échecs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outcomes: copy or save…</source>
        <translation>Résultats&#xa0;: copier ou enregistrer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons: copy or save…</source>
        <translation>Causes&#xa0;: copier ou enregistrer…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No row failed.</source>
        <translation>Aucune ligne en échec.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commonest reasons rows failed: {reasons}</source>
        <translation>Causes d&apos;échec les plus fréquentes&#xa0;: {reasons}</translation>
    </message>
</context>
<context>
    <name>BatchPage</name>
    <message>
        <location filename="../../conversion_gui/qt/batch_panel.py" line="+122"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Open a campaign file</source>
        <translation>Ouvrir un fichier de campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files and workbooks (*.csv *.txt *.tsv *.tab *.xlsx *.xlsm *.xlsb *.xls *.ods);;All files (*)</source>
        <translation>Fichiers CSV et classeurs (*.csv *.txt *.tsv *.tab *.xlsx *.xlsm *.xlsb *.xls *.ods);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save results</source>
        <translation>Enregistrer les résultats</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+13"/>
        <source>A batch is being sent: cancel it before opening another file.</source>
        <translation>Un lot est en cours d&apos;envoi&#xa0;: annulez-le avant d&apos;ouvrir un autre fichier.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A batch is being sent: cancel it before pasting cells.</source>
        <translation>Un lot est en cours d&apos;envoi&#xa0;: annulez-le avant de coller des cellules.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the pasted cells…</source>
        <translation>Lecture des cellules collées…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing pasted: {problem}</source>
        <translation>Rien n&apos;a été collé&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing pasted: cannot write the cells ({problem})</source>
        <translation>Rien n&apos;a été collé&#xa0;: impossible d&apos;écrire les cellules ({problem})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pasted cells · {rows}</source>
        <translation>Cellules collées · {rows}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cells had no header row: the columns were named from what they hold ({columns}). Check the mapping below.</source>
        <translation>Les cellules n&apos;avaient pas de ligne d&apos;en-tête&#xa0;: les colonnes ont été nommées d&apos;après leur contenu ({columns}). Vérifiez la correspondance ci-dessous.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stopping: waiting for the requests in flight…</source>
        <translation>Arrêt&#xa0;: attente des requêtes en cours…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Choose the sheet: {error}</source>
        <translation>Choisissez la feuille&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+197"/>
        <source>Problem: {error}</source>
        <translation>Problème&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Reading stopped: the counts cover only the rows read so far. Change an option or open the file again to read all of it.</source>
        <translation>Lecture arrêtée&#xa0;: les totaux ne couvrent que les lignes lues jusqu&apos;ici. Modifiez une option ou rouvrez le fichier pour tout lire.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Batch #{id} is being sent by another conversion-gui right now (another window or the command line): start over once it is done.</source>
        <translation>Le lot n° {id} est en cours d&apos;envoi par un autre conversion-gui (une autre fenêtre ou la ligne de commande)&#xa0;: recommencez une fois qu&apos;il est terminé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start over?</source>
        <translation>Recommencer&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch #{id} of this file still has {count} rows not sent. Start a new batch from the file instead? Rows already accepted are not sent again; the old batch is closed when the new one starts.</source>
        <translation>Le lot n° {id} de ce fichier a encore {count} lignes non envoyées. Démarrer plutôt un nouveau lot à partir du fichier&#x202f;? Les lignes déjà acceptées ne sont pas renvoyées&#x202f;; l&apos;ancien lot est clos au démarrage du nouveau.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Problem with the sending settings: {problem}</source>
        <translation>Problème dans les paramètres d&apos;envoi&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preparing: reading the file into the journal…</source>
        <translation>Préparation&#xa0;: lecture du fichier dans le journal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not send: {problem}</source>
        <translation>Envoi impossible&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not show each row&apos;s result: {problem}</source>
        <translation>Impossible d&apos;afficher le résultat de chaque ligne&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>{count} row(s) not accepted saved to {path}</source>
        <translation>
            <numerusform>{count} ligne non acceptée enregistrée dans {path}</numerusform>
            <numerusform>{count} lignes non acceptées enregistrées dans {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{count} row(s) saved to {path}</source>
        <translation>
            <numerusform>{count} ligne enregistrée dans {path}</numerusform>
            <numerusform>{count} lignes enregistrées dans {path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Problem: the rows could not be saved ({problem})</source>
        <translation>Problème&#xa0;: les lignes n&apos;ont pas pu être enregistrées ({problem})</translation>
    </message>
</context>
<context>
    <name>BatchSender</name>
    <message>
        <location filename="../../conversion_gui/qt/batch_sender.py" line="+119"/>
        <source>Make that profile the active one in Settings to resume, or Start over.</source>
        <translation>Faites de ce profil le profil actif dans Paramètres pour reprendre, ou recommencez.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>an unexpected error (see the log).</source>
        <translation>une erreur inattendue (voir le journal).</translation>
    </message>
</context>
<context>
    <name>BatchText</name>
    <message numerus="yes">
        <location filename="../../conversion_gui/qt/batch_text.py" line="+34"/>
        <source>{count} row(s)</source>
        <translation>
            <numerusform>{count} ligne</numerusform>
            <numerusform>{count} lignes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{details} · dates read day first</source>
        <translation>{details} · dates lues jour d&apos;abord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{details} · dates read month first</source>
        <translation>{details} · dates lues mois d&apos;abord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{details} · dates {note}</source>
        <translation>{details} · dates {note}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{valid} valid · {rejected} rejected · {blank} blank · {duplicate} duplicate · {accepted} already accepted</source>
        <translation>{valid} valides · {rejected} rejetées · {blank} vides · {duplicate} en double · {accepted} déjà acceptées</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Showing all {rows}</source>
        <translation>Toutes les lignes affichées ({rows})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing the first {first} rows and the first {problems} rows with a problem after them ({left_out} more with a problem are not shown: save the rejected rows to see them all)</source>
        <translation>Affichage des {first} premières lignes puis des {problems} premières lignes avec un problème ({left_out} autres avec un problème ne sont pas affichées&#xa0;: enregistrez les lignes rejetées pour toutes les voir)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Showing the first {first} rows and every row with a problem</source>
        <translation>Affichage des {first} premières lignes et de toutes les lignes avec un problème</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file has an unfinished batch from {when}: {open} of {total} rows not sent yet.</source>
        <translation>Ce fichier a un lot inachevé du {when}&#xa0;: {open} lignes sur {total} pas encore envoyées.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{done} of {total} · waiting for the history file…</source>
        <translation>{done} sur {total} · attente du fichier d&apos;historique…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{done} of {total} · paused: nothing more is sent until you press Resume</source>
        <translation>{done} sur {total} · en pause&#xa0;: plus rien n&apos;est envoyé tant que vous n&apos;appuyez pas sur Continuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{done} of {total} · {rate}/s</source>
        <translation>{done} sur {total} · {rate}/s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · stopping: waiting for the requests in flight…</source>
        <translation> · arrêt&#xa0;: attente des requêtes en cours…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · about {duration} left</source>
        <translation> · environ {duration} restant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} accepted</source>
        <translation>{count} acceptées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} failed</source>
        <translation>{count} en échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} to go</source>
        <translation>{count} restantes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} retried</source>
        <translation>{count} relancées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} throttled (the rate is now {limit}/s)</source>
        <translation>{count} limitées (débit désormais de {limit}/s)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Stopped: {reason}. {accepted} accepted, {not_sent} not sent; they can be resumed once that is fixed.</source>
        <translation>Arrêté&#xa0;: {reason}. {accepted} acceptées, {not_sent} non envoyées&#x202f;; elles pourront être reprises une fois le problème corrigé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interrupted: {reason}. {accepted} accepted, {failed} failed, {rows} not sent; resume to send them once that is fixed.</source>
        <translation>Interrompu&#xa0;: {reason}. {accepted} acceptées, {failed} en échec, {rows} non envoyées&#x202f;; reprenez pour les envoyer une fois le problème corrigé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled: {accepted} accepted, {failed} failed{why}, {rows} not sent, can be resumed.</source>
        <translation>Annulé&#xa0;: {accepted} acceptées, {failed} en échec{why}, {rows} non envoyées, reprise possible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finished: {accepted} accepted, {failed} failed{why}.</source>
        <translation>Terminé&#xa0;: {accepted} acceptées, {failed} en échec{why}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Took {duration} at {rate} requests/s; {accepted} of {total} accepted ({share})</source>
        <translation>Durée {duration} à {rate} requêtes/s&#x202f;; {accepted} sur {total} acceptées ({share})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; {delivered} of the accepted marked delivered ({share})</source>
        <translation>&#x202f;; {delivered} des acceptées marquées remises ({share})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Retried {rows}: {accepted} accepted, {again} failed again</source>
        <translation>Relance de {rows}&#xa0;: {accepted} acceptées, {again} de nouveau en échec</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, {count} not sent</source>
        <translation>, {count} non envoyées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (stopped: {reason})</source>
        <translation> (arrêt&#xa0;: {reason})</translation>
    </message>
</context>
<context>
    <name>ChartModel</name>
    <message>
        <location filename="../../conversion_gui/qt/charts/model.py" line="+60"/>
        <source>No data yet.</source>
        <translation>Pas encore de données.</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../conversion_gui/qt/charts/widget.py" line="+89"/>
        <source>&amp;Copy image</source>
        <translation>&amp;Copier l&apos;image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as &amp;PNG…</source>
        <translation>Enregistrer en &amp;PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export table as CSV…</source>
        <translation>&amp;Exporter le tableau en CSV…</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>none</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Could not save the chart to {path}</source>
        <translation>Impossible d&apos;enregistrer le graphique dans {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write {path}: {problem}</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export chart table</source>
        <translation>Exporter le tableau du graphique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the chart, save it as PNG or export its table as CSV</source>
        <translation>Copier le graphique, l&apos;enregistrer en PNG ou exporter son tableau en CSV</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../../conversion_gui/qt/credentials_dialog.py" line="+52"/>
        <source>Waiting for the keychain…</source>
        <translation>Attente du trousseau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving the settings…</source>
        <translation>Enregistrement des paramètres…</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/profiles_column.py" line="+24"/>
        <source>in use</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/credentials_dialog.py" line="+42"/>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/profiles_column.py" line="+10"/>
        <source>&amp;Profiles:</source>
        <translation>&amp;Profils&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use this profile</source>
        <translation>&amp;Utiliser ce profil</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/credentials_dialog.py" line="+23"/>
        <source>No profiles yet: press Add to create one.</source>
        <translation>Aucun profil&#xa0;: appuyez sur Ajouter pour en créer un.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Nothing was saved: correct the marked field.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: corrigez le champ signalé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved “{name}”.</source>
        <translation>«&#xa0;{name}&#xa0;» enregistré.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“{name}” is now the profile in use.</source>
        <translation>«&#xa0;{name}&#xa0;» est maintenant le profil actif.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a profile: type its name.</source>
        <translation>Ajouter un profil&#xa0;: saisissez son nom.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add profile</source>
        <translation>Ajouter un profil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename “{name}”: type the new name.</source>
        <translation>Renommer «&#xa0;{name}&#xa0;»&#xa0;: saisissez le nouveau nom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename profile</source>
        <translation>Renommer le profil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete “{name}” and its stored secrets?</source>
        <translation>Supprimer «&#xa0;{name}&#xa0;» et ses secrets enregistrés&#x202f;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+13"/>
        <source>a profile named “{name}” already exists</source>
        <translation>un profil nommé «&#xa0;{name}&#xa0;» existe déjà</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added “{name}”.</source>
        <translation>«&#xa0;{name}&#xa0;» ajouté.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation>«&#xa0;{old}&#xa0;» renommé en «&#xa0;{new}&#xa0;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted “{name}” and its secrets.</source>
        <translation>«&#xa0;{name}&#xa0;» et ses secrets supprimés.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Forgot the {secret} of “{name}”.</source>
        <translation>«&#xa0;{name}&#xa0;»&#xa0;: {secret} oublié.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>that did not work ({error}); see the log for details</source>
        <translation>cela n&apos;a pas fonctionné ({error})&#x202f;; voir le journal pour les détails</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/profiles_column.py" line="+24"/>
        <source>{name} ({in_use})</source>
        <translation>{name} ({in_use})</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/credentials_dialog.py" line="+101"/>
        <source>“{name}” has unsaved changes: press Save to keep them, or Revert to drop them.</source>
        <translation>«&#xa0;{name}&#xa0;» a des modifications non enregistrées&#xa0;: appuyez sur Enregistrer pour les garder, ou sur Rétablir pour les abandonner.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Please wait: the change is being saved.</source>
        <translation>Veuillez patienter&#xa0;: la modification est en cours d&apos;enregistrement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” has unsaved changes: press Save to keep them, or Close again to drop them.</source>
        <translation>«&#xa0;{name}&#xa0;» a des modifications non enregistrées&#xa0;: appuyez sur Enregistrer pour les garder, ou de nouveau sur Fermer pour les abandonner.</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/credentials_snapshot.py" line="+13"/>
        <source>No keychain: secrets are kept for this session only. Nothing is written to disk; you will be asked for them again next time.</source>
        <translation>Pas de trousseau&#xa0;: les secrets ne sont gardés que pour cette session. Rien n&apos;est écrit sur le disque&#x202f;; ils vous seront redemandés la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>CredentialsSnapshot</name>
    <message>
        <location line="+5"/>
        <source>Sandbox: the demo account&apos;s secret is built in and kept in memory on purpose; nothing is written to disk.</source>
        <translation>Bac à sable&#xa0;: le secret du compte de démonstration est intégré et gardé en mémoire à dessein&#x202f;; rien n&apos;est écrit sur le disque.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Secrets are kept in {where}.</source>
        <translation>Les secrets sont conservés dans {where}.</translation>
    </message>
</context>
<context>
    <name>DoctorDialog</name>
    <message>
        <location filename="../../conversion_gui/qt/doctor_dialog.py" line="+33"/>
        <source>Check connection</source>
        <translation>Vérifier la connexion</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run again</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The check could not finish ({error}); see the log.</source>
        <translation>La vérification n&apos;a pas pu aboutir ({error})&#x202f;; voir le journal.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The report is on the clipboard: paste it into your support ticket.</source>
        <translation>Le rapport est dans le presse-papiers&#xa0;: collez-le dans votre ticket de support.</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../conversion_gui/qt/drop_zone.py" line="+32"/>
        <source>Drop a CSV file or a workbook here, Open… (Ctrl+O), or paste cells (Ctrl+V)</source>
        <translation>Déposez ici un fichier CSV ou un classeur, Ouvrir… (Ctrl+O), ou collez des cellules (Ctrl+V)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
</context>
<context>
    <name>FileHeader</name>
    <message>
        <location filename="../../conversion_gui/qt/file_header.py" line="+32"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;another file…</source>
        <translation>Ou&amp;vrir un autre fichier…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading… %p%</source>
        <translation>Lecture… %p%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the file</source>
        <translation>Lecture du fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop readin&amp;g</source>
        <translation>Arrêter la &amp;lecture</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} · reading…</source>
        <translation>{name} · lecture…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} · reading… · {details}</source>
        <translation>{name} · lecture… · {details}</translation>
    </message>
</context>
<context>
    <name>HistoryDetails</name>
    <message>
        <location filename="../../conversion_gui/qt/history_details.py" line="+37"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select an attempt to see its request, answer and every attempt of its message-id.</source>
        <translation>Sélectionnez une tentative pour voir sa requête, la réponse et toutes les tentatives de son message-id.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>none (no answer)</source>
        <translation>aucun (pas de réponse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{batch}, file line {line}</source>
        <translation>{batch}, ligne {line} du fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message ID</source>
        <translation>ID du message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timestamp (UTC)</source>
        <translation>Horodatage (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempted at (UTC)</source>
        <translation>Tentée le (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elapsed</source>
        <translation>Durée</translation>
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
        <translation>URL de base</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;i&gt;(the answer had no text)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(la réponse était vide)&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer came: technical details</source>
        <translation>Aucune réponse&#xa0;: détails techniques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;Attempts of this message-id&lt;/b&gt;: loading…&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tentatives de ce message-id&lt;/b&gt;&#xa0;: chargement…&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;Attempts of this message-id ({count})&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tentatives de ce message-id ({count})&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at}: attempt {n}, {status} {meaning}</source>
        <translation>{at}&#xa0;: tentative {n}, {status} {meaning}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, batch {batch}</source>
        <translation>, lot {batch}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (this one)</source>
        <translation> (celle-ci)</translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <location filename="../../conversion_gui/qt/history_filter_bar.py" line="+32"/>
        <source>Shows attempts whose message-id contains this anywhere (any case; slower on a long history, as every attempt is read)</source>
        <translation>Affiche les tentatives dont le message-id contient ce texte n&apos;importe où (sans tenir compte de la casse&#x202f;; plus lent sur un long historique, car chaque tentative est lue)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows attempts whose message-id starts with this (any case)</source>
        <translation>Affiche les tentatives dont le message-id commence par ce texte (sans tenir compte de la casse)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Message &amp;ID:</source>
        <translation>&amp;ID du message&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>starts with</source>
        <translation>commence par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the message-id text is matched: at the start (fast) or anywhere in the id</source>
        <translation>Comment le texte du message-id est comparé&#xa0;: au début (rapide) ou n&apos;importe où dans l&apos;id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mat&amp;ch:</source>
        <translation>&amp;Critère&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Accepted</source>
        <translation>Acceptées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed (any not accepted)</source>
        <translation>Échecs (tout sauf acceptées)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Outcome:</source>
        <translation>Rés&amp;ultat&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cha&amp;nnel:</source>
        <translation>Ca&amp;nal&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>user@machine</source>
        <translation>utilisateur@machine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only attempts sent by this user@machine (a team history)</source>
        <translation>Seulement les tentatives envoyées par cet utilisateur@machine (historique d&apos;équipe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ent by:</source>
        <translation>Envo&amp;yé par :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fro&amp;m</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>&amp;Jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Tick to limit the attempts by date ({name}, a day in UTC)</source>
        <translation>Cochez pour limiter les tentatives par date ({name}, un jour en UTC)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a day in UTC; used only while its box is ticked</source>
        <translation>un jour en UTC&#x202f;; utilisé seulement si sa case est cochée</translation>
    </message>
</context>
<context>
    <name>HistoryLocationDialog</name>
    <message>
        <location filename="../../conversion_gui/qt/history_location_dialog.py" line="+71"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;This computer</source>
        <translation>&amp;Cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;eam database (PostgreSQL)</source>
        <translation>Base de données d&apos;é&amp;quipe (PostgreSQL)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept in {folder}</source>
        <translation>Conservé dans {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s history</source>
        <translation>Historique de cet ordinateur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pass&amp;word:</source>
        <translation>Mot de pa&amp;sse :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every attempt records who sent it (user@machine). A server on another machine is reached over TLS with its name checked.</source>
        <translation>Chaque tentative indique qui l&apos;a envoyée (utilisateur@machine). Un serveur sur une autre machine est joint en TLS, son nom vérifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About team databases</source>
        <translation>À propos des bases d&apos;équipe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>•••• stored in the keychain (leave empty to keep it)</source>
        <translation>•••• enregistré dans le trousseau (laisser vide pour le garder)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not save the choice ({error}); see the log</source>
        <translation>Le choix n&apos;a pas pu être enregistré ({error}) ; voir le journal</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../conversion_gui/qt/history_model.py" line="+75"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../conversion_gui/qt/history_view.py" line="+154"/>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message ID</source>
        <translation>ID du message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion time</source>
        <translation>Heure de conversion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent by</source>
        <translation>Envoyé par</translation>
    </message>
    <message>
        <location line="+256"/>
        <source>When the attempt was made, in UTC</source>
        <translation>Moment de la tentative, en UTC</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP {status}</source>
        <translation>HTTP {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(the answer had no text)</source>
        <translation>(la réponse était vide)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read the history: {problem}</source>
        <translation>Impossible de lire l&apos;historique&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>HistoryOverview</name>
    <message>
        <location filename="../../conversion_gui/qt/history_overview.py" line="+34"/>
        <source>Per day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts per day chart</source>
        <translation>Graphique des tentatives par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day (UTC)</source>
        <translation>Jour (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per batch</source>
        <translation>Par lot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts per batch chart</source>
        <translation>Graphique des tentatives par lot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By meaning</source>
        <translation>Par signification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts by meaning chart</source>
        <translation>Graphique des tentatives par signification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Chart t&amp;ype:</source>
        <translation>&amp;Graphique&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overview status</source>
        <translation>État de la vue d&apos;ensemble</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chart o&amp;ptions</source>
        <translation>Actions du gra&amp;phique</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problem with the filter: {problem}</source>
        <translation>Problème dans le filtre&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the history: {problem}</source>
        <translation>Impossible de lire l&apos;historique&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attempts per hour chart</source>
        <translation>Graphique des tentatives par heure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> in batches</source>
        <translation> dans des lots</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{count} attempt(s)</source>
        <translation>
            <numerusform>{count} tentative</numerusform>
            <numerusform>{count} tentatives</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../conversion_gui/qt/history_view.py" line="-46"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the attempts the filters show as a CSV file</source>
        <translation>Enregistrer les tentatives affichées par les filtres dans un fichier CSV</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show &amp;all batches</source>
        <translation>Afficher &amp;tous les lots</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export batch res&amp;ults…</source>
        <translation>&amp;Exporter les résultats du lot…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this batch&apos;s rows with outcome, status and meaning</source>
        <translation>Enregistrer les lignes de ce lot avec résultat, statut et signification</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempt count</source>
        <translation>Nombre de tentatives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Re-send selected</source>
        <translation>&amp;Renvoyer la sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report the selected rows&apos; conversions again (states the same fact again; safe to repeat)</source>
        <translation>Déclarer de nouveau les conversions des lignes sélectionnées (le même fait est redit&#x202f;; sans risque à répéter)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ta&amp;ble</source>
        <translation>Ta&amp;bleau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;verview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table or overview</source>
        <translation>Tableau ou vue d&apos;ensemble</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Showing batch {id} only.</source>
        <translation>Seul le lot {id} est affiché.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{count} (updating…)</source>
        <translation>{count} (mise à jour…)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{count} attempt(s)</source>
        <translation>
            <numerusform>{count} tentative</numerusform>
            <numerusform>{count} tentatives</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No attempts to show</source>
        <translation>Aucune tentative à afficher</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Select the attempts to re-send first.</source>
        <translation>Sélectionnez d&apos;abord les tentatives à renvoyer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} rows are selected; re-send at most {limit} at a time here (for more, save them and send the file on the Batch page).</source>
        <translation>{count} lignes sont sélectionnées&#x202f;; renvoyez-en au plus {limit} à la fois ici (pour davantage, enregistrez-les et envoyez le fichier depuis la page Lot).</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Re-sending the conversions of {count} selected attempt(s)…</source>
        <translation>
            <numerusform>Renvoi des conversions de {count} tentative sélectionnée…</numerusform>
            <numerusform>Renvoi des conversions de {count} tentatives sélectionnées…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re-sending: {done} of {total} done…</source>
        <translation>Renvoi&#xa0;: {done} sur {total} effectués…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Re-send cancelled.</source>
        <translation>Renvoi annulé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not re-send: {problem}</source>
        <translation>Renvoi impossible&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export history</source>
        <translation>Exporter l&apos;historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exporting to {path}…</source>
        <translation>Export vers {path}…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <location line="+31"/>
        <location line="+4"/>
        <source>Could not export to {path}: {problem}</source>
        <translation>Impossible d&apos;exporter vers {path}&#xa0;: {problem}</translation>
    </message>
    <message numerus="yes">
        <location line="-32"/>
        <source>Exported {count} attempt(s) to {path}</source>
        <translation>
            <numerusform>{count} tentative exportée vers {path}</numerusform>
            <numerusform>{count} tentatives exportées vers {path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exporting batch {id}&apos;s results to {path}…</source>
        <translation>Export des résultats du lot {id} vers {path}…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Exported {count} row(s) of batch {id} to {path}</source>
        <translation>
            <numerusform>{count} ligne du lot {id} exportée vers {path}</numerusform>
            <numerusform>{count} lignes du lot {id} exportées vers {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdPaste</name>
    <message numerus="yes">
        <location filename="../../conversion_gui/qt/id_paste.py" line="+67"/>
        <source>You pasted {count} ids. Send them all as a small batch, with the delivered and time set here, or keep only the first?</source>
        <translation>
            <numerusform>Vous avez collé {count} id. L&apos;envoyer comme un petit lot, avec le remis et l&apos;heure définis ici, ou ne garder que le premier&#x202f;?</numerusform>
            <numerusform>Vous avez collé {count} ids. Les envoyer tous comme un petit lot, avec le remis et l&apos;heure définis ici, ou ne garder que le premier&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several ids pasted</source>
        <translation>Plusieurs ids collés</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Send all {count} as a batch</source>
        <translation>
            <numerusform>Envoyer {count} comme un lot</numerusform>
            <numerusform>Envoyer les {count} comme un lot</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the first</source>
        <translation>Garder le premier</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pasted ids · {rows}</source>
        <translation>Ids collés · {rows}</translation>
    </message>
</context>
<context>
    <name>IntakeOptionsForm</name>
    <message>
        <location filename="../../conversion_gui/qt/intake_options_form.py" line="+31"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Message ID column:</source>
        <translation>Colonne ID du &amp;message&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delivered column:</source>
        <translation>Colonne &amp;remis&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timestamp column:</source>
        <translation>Colonne &amp;horodatage&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel col&amp;umn:</source>
        <translation>Colonne &amp;canal&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma</source>
        <translation>Virgule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon</source>
        <translation>Point-virgule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipe</source>
        <translation>Barre verticale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a channel column</source>
        <translation>D&apos;une colonne canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask me</source>
        <translation>Me demander</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day first</source>
        <translation>Jour d&apos;abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first</source>
        <translation>Mois d&apos;abord</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sheet:</source>
        <translation>Feuille&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cha&amp;nnel:</source>
        <translation>Ca&amp;nal&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone:</source>
        <translation>Fuseau hora&amp;ire&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date &amp;order:</source>
        <translation>Ordre des &amp;dates&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;limiter:</source>
        <translation>Sé&amp;parateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send again anyway: duplicates and rows already accepted</source>
        <translation>Renvoyer quand même&#xa0;: doublons et lignes déjà acceptées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows the history holds as accepted, and repeated ids, are sent too (reporting the same conversion again)</source>
        <translation>Les lignes que l&apos;historique tient pour acceptées, et les ids répétés, sont aussi envoyés (la même conversion est déclarée de nouveau)</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Time zone: {problem}</source>
        <translation>Fuseau horaire&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../../conversion_gui/qt/language_dialog.py" line="+26"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new language applies the next time conversion-gui starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de conversion-gui.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Remarque</translation>
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
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem with the data folder</source>
        <translation>Problème avec le dossier des données</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;b&gt;SANDBOX&lt;/b&gt;: answers come from the built-in simulator, nothing leaves this machine. Try message-ids like sim-402 or sim-423 to see other answers.</source>
        <translation>&lt;b&gt;BAC À SABLE&lt;/b&gt;&#xa0;: les réponses viennent du simulateur intégré, rien ne quitte cette machine. Essayez des message-ids comme sim-402 ou sim-423 pour voir d&apos;autres réponses.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sandbox mode</source>
        <translation>Mode bac à sable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;witch off sandbox</source>
        <translation>&amp;Quitter le bac à sable</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Send</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report one conversion (Ctrl+1)</source>
        <translation>Déclarer une conversion (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a campaign file (Ctrl+2)</source>
        <translation>Envoyer un fichier de campagne (Ctrl+2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every attempt and its answer (Ctrl+3)</source>
        <translation>Chaque tentative et sa réponse (Ctrl+3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open CSV…</source>
        <translation>&amp;Ouvrir un CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export history…</source>
        <translation>&amp;Exporter l&apos;historique…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a &amp;template…</source>
        <translation>Enregistrer un &amp;modèle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Coller</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings</source>
        <translation>Paramètre&amp;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Credentials…</source>
        <translation>&amp;Identifiants…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sending…</source>
        <translation>&amp;Envoi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Network…</source>
        <translation>&amp;Réseau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language…</source>
        <translation>&amp;Langue…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sand&amp;box mode</source>
        <translation>Mode &amp;bac à sable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sandbox si&amp;mulator…</source>
        <translation>Si&amp;mulateur du bac à sable…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check connection…</source>
        <translation>&amp;Vérifier la connexion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;data folder</source>
        <translation>Ouvrir le dossier des &amp;données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page {n}</source>
        <translation>Page {n}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leave sandbox mode?</source>
        <translation>Quitter le mode bac à sable&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no profile with your own API key yet, so nothing can be sent outside sandbox mode until you add one in Settings &gt; Credentials….

Leave sandbox mode anyway?</source>
        <translation>Il n&apos;existe encore aucun profil avec votre propre API key&#xa0;: rien ne peut donc être envoyé hors du mode bac à sable tant que vous n&apos;en ajoutez pas un dans Paramètres &gt; Identifiants….

Quitter quand même le mode bac à sable&#x202f;?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Finish or cancel the batch before switching mode.</source>
        <translation>Terminez ou annulez le lot avant de changer de mode.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>conversion-gui — sandbox</source>
        <translation>conversion-gui — bac à sable</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The history file could not be opened (see the log).</source>
        <translation>Le fichier d&apos;historique n&apos;a pas pu être ouvert (voir le journal).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Profile: waiting for the keychain…</source>
        <translation>Profil&#xa0;: attente du trousseau…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profile: could not be read (see the log)</source>
        <translation>Profil&#xa0;: illisible (voir le journal)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no rate limit</source>
        <translation>aucune limite de débit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rate} · {n} in flight · files in {zone}</source>
        <translation>{rate} · {n} en cours · fichiers en {zone}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Simulator faults: {faults}</source>
        <translation>Pannes du simulateur&#xa0;: {faults}</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Template not saved</source>
        <translation>Modèle non enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {path}: {problem}</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template saved: {files} in {folder}</source>
        <translation>Modèle enregistré&#xa0;: {files} dans {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a template (a .csv and an .xlsx)</source>
        <translation>Enregistrer un modèle (un .csv et un .xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workbook and CSV (*.xlsx)</source>
        <translation>Classeur et CSV (*.xlsx)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About conversion-gui</source>
        <translation>À propos de conversion-gui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;conversion-gui {version}&lt;/h3&gt;&lt;p&gt;Reports conversions to the Vonage Conversion API, one at a time or by the thousand from a file.&lt;/p&gt;&lt;p&gt;Data: {data}&lt;br&gt;Logs: {logs}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;conversion-gui {version}&lt;/h3&gt;&lt;p&gt;Déclare des conversions à la Vonage Conversion API, une à la fois ou par milliers depuis un fichier.&lt;/p&gt;&lt;p&gt;Données&#xa0;: {data}&lt;br&gt;Journaux&#xa0;: {logs}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A batch is still sending. Stop it and quit?

Rows not sent yet stay in the journal: open the same file again to resume.</source>
        <translation>Un lot est encore en cours d&apos;envoi. L&apos;arrêter et quitter&#x202f;?

Les lignes pas encore envoyées restent dans le journal&#xa0;: rouvrez le même fichier pour reprendre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit during a batch?</source>
        <translation>Quitter pendant un lot&#x202f;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopping the batch…</source>
        <translation>Arrêt du lot…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sandbox · demo account · secret built in · answers from the built-in simulator</source>
        <translation>Bac à sable · compte de démonstration · secret intégré · réponses du simulateur intégré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No profile yet: Settings › Credentials… to add your API key and secret</source>
        <translation>Aucun profil&#xa0;: Paramètres › Identifiants… pour ajouter votre API key et votre secret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key {key} from the environment</source>
        <translation>Clé {key} issue de l&apos;environnement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>signature secret in {store}</source>
        <translation>secret de signature dans {store}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secret in {store}</source>
        <translation>secret dans {store}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no signature secret set</source>
        <translation>aucun secret de signature défini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no secret set</source>
        <translation>aucun secret défini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · overridden by VONAGE_* variables</source>
        <translation> · remplacé par les variables VONAGE_*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile {name} (key {key}) · {where} · {auth} auth{extra}</source>
        <translation>Profil {name} (clé {key}) · {where} · authentification {auth}{extra}</translation>
    </message>
</context>
<context>
    <name>Meanings</name>
    <message>
        <location filename="../../conversion_gui/qt/meanings.py" line="+23"/>
        <source>Accepted: the conversion was recorded</source>
        <translation>Acceptée&#xa0;: la conversion a été enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong credentials: check the API key and secret (or signature secret and method)</source>
        <translation>Identifiants incorrects&#xa0;: vérifiez l&apos;API key et le secret (ou le secret de signature et la méthode)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion API not enabled for this account: ask Vonage support to enable it</source>
        <translation>Conversion API non activée pour ce compte&#xa0;: demandez au support Vonage de l&apos;activer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid parameters: check message-id, delivered and timestamp</source>
        <translation>Paramètres invalides&#xa0;: vérifiez message-id, delivered et timestamp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Throttled: the app slowed down and retried</source>
        <translation>Débit limité&#xa0;: l&apos;application a ralenti et réessayé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vonage server error</source>
        <translation>Erreur du serveur Vonage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach the API: nothing was sent</source>
        <translation>API injoignable&#xa0;: rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer: the API did not answer. The conversion may have arrived; it is safe to send again</source>
        <translation>Pas de réponse&#xa0;: l&apos;API n&apos;a pas répondu. La conversion est peut-être arrivée&#x202f;; vous pouvez la renvoyer sans risque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer: the API gave no answer in time. The conversion may have arrived; it is safe to send again</source>
        <translation>Pas de réponse&#xa0;: l&apos;API n&apos;a pas répondu à temps. La conversion est peut-être arrivée&#x202f;; vous pouvez la renvoyer sans risque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate problem (a proxy?): the connection was not trusted, nothing was sent</source>
        <translation>Problème de certificat (un proxy&#x202f;?)&#xa0;: la connexion n&apos;était pas fiable, rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy asks for a password: set it in Settings › Network</source>
        <translation>Le proxy demande un mot de passe&#xa0;: définissez-le dans Paramètres › Réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer: the connection was closed before an answer came. The conversion may have arrived; it is safe to send again.</source>
        <translation>Pas de réponse&#xa0;: la connexion a été fermée avant la réponse. La conversion est peut-être arrivée&#x202f;; vous pouvez la renvoyer sans risque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer: the request failed. The conversion may have arrived; it is safe to send again.</source>
        <translation>Pas de réponse&#xa0;: la requête a échoué. La conversion est peut-être arrivée&#x202f;; vous pouvez la renvoyer sans risque.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not reach the API: </source>
        <translation>API injoignable&#xa0;: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer: </source>
        <translation>Pas de réponse&#xa0;: </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unexpected answer ({status})</source>
        <translation>Réponse inattendue ({status})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong credentials</source>
        <translation>Identifiants incorrects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion API not enabled</source>
        <translation>Conversion API non activée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid parameters</source>
        <translation>Paramètres invalides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throttled</source>
        <translation>Débit limité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server error</source>
        <translation>Erreur serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach the API</source>
        <translation>API injoignable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer (may have arrived)</source>
        <translation>Pas de réponse (peut-être arrivée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate problem</source>
        <translation>Problème de certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy password needed</source>
        <translation>Mot de passe proxy requis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected answer</source>
        <translation>Réponse inattendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent (a fault in the app)</source>
        <translation>Non envoyée (défaut de l&apos;application)</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <location filename="../../conversion_gui/qt/network_dialog.py" line="+37"/>
        <source>•••• stored in the keychain (leave empty to keep it)</source>
        <translation>•••• enregistré dans le trousseau (laisser vide pour le garder)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Automatic (the system&apos;s proxy settings, HTTPS_PROXY)</source>
        <translation>&amp;Automatique (paramètres proxy du système, HTTPS_PROXY)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No proxy</source>
        <translation>&amp;Sans proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manual proxy</source>
        <translation>Proxy &amp;manuel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Automatic: looking…</source>
        <translation>Automatique&#xa0;: recherche…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic proxy</source>
        <translation>Proxy automatique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only if the proxy asks for one</source>
        <translation>seulement si le proxy en demande un</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forget the stored password</source>
        <translation>&amp;Oublier le mot de passe enregistré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pass&amp;word:</source>
        <translation>Mo&amp;t de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>could not be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic now means: {proxy}.</source>
        <translation>Automatique signifie maintenant&#xa0;: {proxy}.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Could not save the settings ({error}); see the log.</source>
        <translation>Impossible d&apos;enregistrer les paramètres ({error})&#x202f;; voir le journal.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../conversion_gui/qt/preview_model.py" line="+49"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message ID</source>
        <translation>ID du message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timestamp (UTC)</source>
        <translation>Horodatage (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>PreviewReader</name>
    <message>
        <location filename="../../conversion_gui/qt/preview_reader.py" line="+127"/>
        <source>The file could not be read ({problem}).</source>
        <translation>Le fichier n&apos;a pas pu être lu ({problem}).</translation>
    </message>
</context>
<context>
    <name>PreviewTable</name>
    <message>
        <location filename="../../conversion_gui/qt/preview_table.py" line="+33"/>
        <source>Counts</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows shown</source>
        <translation>Lignes affichées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems onl&amp;y</source>
        <translation>Pro&amp;blèmes seulement</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Row details</source>
        <translation>Détails de la ligne</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Line {line}: {verdict}</source>
        <translation>Ligne {line}&#xa0;: {verdict}</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../conversion_gui/qt/profile_form.py" line="+31"/>
        <source>Basic (header)</source>
        <translation>Basic (en-tête)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key and secret in the body</source>
        <translation>Clé et secret dans le corps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>stored — type to replace</source>
        <translation>enregistré — saisir pour remplacer</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Forget API secret</source>
        <translation>Oublier le secret API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget signature secret</source>
        <translation>Oublier le secret de signature</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pro&amp;file name:</source>
        <translation>&amp;Nom du profil&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key:</source>
        <translation>&amp;Clé API&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API s&amp;ecret:</source>
        <translation>Secret AP&amp;I&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;gnature secret:</source>
        <translation>Secret de si&amp;gnature&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Au&amp;th mode:</source>
        <translation>Mode d&apos;aut&amp;hentification&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature &amp;method:</source>
        <translation>Méthode &amp;de signature&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base UR&amp;L:</source>
        <translation>UR&amp;L de base&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Body:</source>
        <translation>C&amp;orps&#xa0;:</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Stored in {where}: type to replace it</source>
        <translation>Enregistré dans {where}&#xa0;: saisissez pour le remplacer</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../conversion_gui/qt/selftest.py" line="+148"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>QuestionBar</name>
    <message>
        <location filename="../../conversion_gui/qt/question_bar.py" line="+23"/>
        <source>New &amp;name:</source>
        <translation>Nouveau no&amp;m&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message>
        <location filename="../../conversion_gui/qt/resume_offer.py" line="+29"/>
        <source>Unfinished batch</source>
        <translation>Lot inachevé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume &amp;batch</source>
        <translation>Reprendre le lo&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start o&amp;ver</source>
        <translation>Repartir de &amp;zéro</translation>
    </message>
</context>
<context>
    <name>RiskBar</name>
    <message>
        <location filename="../../conversion_gui/qt/risk_bar.py" line="+52"/>
        <source>Check before sending</source>
        <translation>À vérifier avant l&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;anyway</source>
        <translation>Envoyer q&amp;uand même</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> Send it anyway?</source>
        <translation> L&apos;envoyer quand même&#x202f;?</translation>
    </message>
</context>
<context>
    <name>RowWords</name>
    <message>
        <location filename="../../conversion_gui/qt/batch_outcomes.py" line="+38"/>
        <source>refused by the API: {reason}</source>
        <translation>refusée par l&apos;API&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not sent yet: Resume batch sends it</source>
        <translation>pas encore envoyée&#xa0;: Reprendre le lot l&apos;envoie</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n tentative</numerusform>
            <numerusform>%n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed after {tries}: {reason}</source>
        <translation>échec après {tries}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <location filename="../../conversion_gui/qt/send_form.py" line="+61"/>
        <source>Se&amp;nd</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;MS API</source>
        <translation>API S&amp;MS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify API</source>
        <translation>API &amp;Verify</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt-To-Speech</source>
        <translation>Te&amp;xt-To-Speech</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TTS &amp;Prompt</source>
        <translation>TTS &amp;Prompt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message &amp;ID</source>
        <translation>&amp;ID du message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event &amp;ID</source>
        <translation>&amp;ID de l&apos;événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call &amp;ID</source>
        <translation>&amp;ID de l&apos;appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the user completed the call to action</source>
        <translation>l&apos;utilisateur a réalisé l&apos;action attendue</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Sent with:</source>
        <translation>Envoyé avec&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message &amp;ID:</source>
        <translation>&amp;ID du message&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>paste the id from the send response</source>
        <translation>collez l&apos;id de la réponse d&apos;envoi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delivered:</source>
        <translation>&amp;Remis&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Send (Enter in the id field, or Ctrl+Return anywhere here)</source>
        <translation>Envoyer (Entrée dans le champ id, ou Ctrl+Return n&apos;importe où ici)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop retrying (Esc)</source>
        <translation>Arrêter les relances (Échap)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Recent sends:</source>
        <translation>Envois ré&amp;cents&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/recent_sends.py" line="+28"/>
        <source>This session&apos;s sends, newest first; Enter puts the id back</source>
        <translation>Envois de cette session, du plus récent au plus ancien&#x202f;; Entrée remet l&apos;id en place</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/send_form.py" line="+93"/>
        <source>Cancelling: no further attempt will be made…</source>
        <translation>Annulation&#xa0;: aucune autre tentative ne sera faite…</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The pasted ids could not be made a batch: {problem}</source>
        <translation>Impossible de faire un lot des ids collés&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+105"/>
        <location line="+1"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>in {seconds} s</source>
        <translation>dans {seconds} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shortly</source>
        <translation>sous peu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{headline}. Attempt {attempt} of {attempts}: trying again {wait} (Esc cancels)…</source>
        <translation>{headline}. Tentative {attempt} sur {attempts}&#xa0;: nouvel essai {wait} (Échap pour annuler)…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not send ({error}): nothing was recorded. Details are in the log.</source>
        <translation>Envoi impossible ({error})&#xa0;: rien n&apos;a été enregistré. Les détails sont dans le journal.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelled: nothing was sent.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved in the history: {problem}</source>
        <translation>Non enregistré dans l&apos;historique&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/recent_sends.py" line="+7"/>
        <source>delivered</source>
        <translation>remis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not delivered</source>
        <translation>non remis</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/send_form.py" line="+71"/>
        <source>{label}:</source>
        <translation>{label}&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SendSection</name>
    <message>
        <location filename="../../conversion_gui/qt/send_section.py" line="+38"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save results…</source>
        <translation>Enregistrer les résultats…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every row of the file with its outcome, status and meaning (before a batch: its verdict), as a CSV to hand back</source>
        <translation>Enregistrer chaque ligne du fichier avec son résultat, son statut et sa signification (avant un lot&#xa0;: son verdict), en CSV à retourner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save rows not accepted…</source>
        <translation>Enregistrer les non acceptées…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the rows that were not accepted, with the reason, as a CSV to fix and send again</source>
        <translation>Enregistrer les lignes non acceptées, avec le motif, en CSV à corriger et renvoyer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Retry failed</source>
        <translation>Réessa&amp;yer les échecs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;in History</source>
        <translation>Voir dans l&apos;his&amp;torique</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Send the valid rows (Ctrl+Return)</source>
        <translation>Envoyer les lignes valides (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+84"/>
        <source>&amp;Pause</source>
        <translation>Pa&amp;use</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>&amp;Cancel</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Valid rows sent</source>
        <translation>Lignes valides envoyées</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Send {count} valid row(s)</source>
        <translation>
            <numerusform>Envoyer {count} ligne valide</numerusform>
            <numerusform>Envoyer {count} lignes valides</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Resume</source>
        <translation>Con&amp;tinuer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pausing: the requests in flight finish, nothing more is sent</source>
        <translation>Mise en pause&#xa0;: les requêtes en cours se terminent, plus rien n&apos;est envoyé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelling: waiting for the requests in flight…</source>
        <translation>Annulation&#xa0;: attente des requêtes en cours…</translation>
    </message>
</context>
<context>
    <name>SendWords</name>
    <message>
        <location filename="../../conversion_gui/qt/send_words.py" line="+36"/>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>after %n attempt(s)</source>
        <translation>
            <numerusform>après %n tentative</numerusform>
            <numerusform>après %n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not recorded: the API was still throttling {tries}. Wait a minute and send again (Settings &gt; Sending can lower the rate).</source>
        <translation>Non enregistrée&#xa0;: l&apos;API limitait encore le débit {tries}. Attendez une minute et renvoyez (Paramètres &gt; Envoi permet de baisser le débit).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not recorded: {meaning} {tries}. Try again in a few minutes: it is safe to send again.</source>
        <translation>Non enregistrée&#xa0;: {meaning} {tries}. Réessayez dans quelques minutes&#xa0;: vous pouvez renvoyer sans risque.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{meaning} ({tries}).</source>
        <translation>{meaning} ({tries}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> It was not recorded: check the connection (Help &gt; Check connection…) and send again.</source>
        <translation> Elle n&apos;a pas été enregistrée&#xa0;: vérifiez la connexion (Aide &gt; Vérifier la connexion…) et renvoyez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> It may not have been recorded; it is safe to send again.</source>
        <translation> Elle n&apos;a peut-être pas été enregistrée&#x202f;; vous pouvez renvoyer sans risque.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source> (after %n attempt(s))</source>
        <translation>
            <numerusform> (après %n tentative)</numerusform>
            <numerusform> (après %n tentatives)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>. Cancelled: no further attempt was made</source>
        <translation>. Annulé&#xa0;: aucune autre tentative n&apos;a été faite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The API said: {text}</source>
        <translation>L&apos;API a répondu&#xa0;: {text}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Technical details ({kind}): {text}</source>
        <translation>Détails techniques ({kind})&#xa0;: {text}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The time is {span} in the future.</source>
        <translation>L&apos;heure est {span} dans le futur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time is {span} in the past.</source>
        <translation>L&apos;heure est {span} dans le passé.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history already holds {label} {id} as accepted: sending it again reports the same conversion twice.</source>
        <translation>{label} {id} figure déjà comme accepté dans l&apos;historique&#xa0;: le renvoyer déclare deux fois la même conversion.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No credentials yet: open Settings &gt; Credentials… to add an API key and secret (or start the app in sandbox mode to try it out).</source>
        <translation>Pas encore d&apos;identifiants&#xa0;: ouvrez Paramètres &gt; Identifiants… pour ajouter une API key et un secret (ou démarrez l&apos;application en mode bac à sable pour l&apos;essayer).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The credentials are incomplete ({reason}): open Settings &gt; Credentials…</source>
        <translation>Les identifiants sont incomplets ({reason})&#xa0;: ouvrez Paramètres &gt; Identifiants…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The credentials in the environment cannot be used: {problem}</source>
        <translation>Les identifiants de l&apos;environnement sont inutilisables&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The saved settings cannot be used: {problem}. Open Settings &gt; Credentials…</source>
        <translation>Les paramètres enregistrés sont inutilisables&#xa0;: {problem}. Ouvrez Paramètres &gt; Identifiants…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile&apos;s address cannot be used: {problem}. Open Settings &gt; Credentials…</source>
        <translation>L&apos;adresse du profil est inutilisable&#xa0;: {problem}. Ouvrez Paramètres &gt; Identifiants…</translation>
    </message>
</context>
<context>
    <name>SendingDialog</name>
    <message>
        <location filename="../../conversion_gui/qt/sending_dialog.py" line="+25"/>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> per second</source>
        <translation> par seconde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rate:</source>
        <translation>&amp;Débit&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Requests in &amp;flight:</source>
        <translation>Requêtes en &amp;cours&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Time zone of files:</source>
        <translation>&amp;Fuseau horaire des fichiers&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vonage allows 30 requests per second per API key by default. Timestamps in a file without an offset are read in the time zone.</source>
        <translation>Vonage autorise par défaut 30 requêtes par seconde et par API key. Les horodatages d&apos;un fichier sans décalage sont lus dans ce fuseau horaire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>SimulatorDialog</name>
    <message>
        <location filename="../../conversion_gui/qt/simulator_dialog.py" line="+28"/>
        <source>&amp;Server errors (500, 503):</source>
        <translation>Erreurs &amp;serveur (500, 503)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Throttled (429):</source>
        <translation>Débit limi&amp;té (429)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection &amp;resets:</source>
        <translation>&amp;Réinitialisations de connexion&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No answer (hangs):</source>
        <translation>&amp;Aucune réponse (blocage)&#xa0;:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sandbox simulator</source>
        <translation>Simulateur du bac à sable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Latency of every answer:</source>
        <translation>&amp;Latence de chaque réponse&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> % of requests</source>
        <translation> % des requêtes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the built-in simulator misbehaves; nothing leaves this machine. The command line has the same choices: conversion-gui simulator --latency-ms MS and the fault options.</source>
        <translation>Seul le simulateur intégré se dérègle&#x202f;; rien ne quitte cette machine. La ligne de commande offre les mêmes choix&#xa0;: conversion-gui simulator --latency-ms MS et les options de panne.</translation>
    </message>
</context>
<context>
    <name>WhenEditor</name>
    <message>
        <location filename="../../conversion_gui/qt/when_editor.py" line="+49"/>
        <source>Wh&amp;en:</source>
        <translation>Quan&amp;d&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>your time, {zone}</source>
        <translation>votre heure, {zone}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your time ({zone})</source>
        <translation>votre heure ({zone})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N&amp;ow</source>
        <translation>Main&amp;tenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the time to now</source>
        <translation>Régler l&apos;heure sur maintenant</translation>
    </message>
</context>
</TS>
