<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../conversion_gui/qt/app.py" line="+66"/>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conversion-gui hit an unexpected problem. Nothing you sent is lost: the history and the batch journal are kept as they were.</source>
        <translation>conversion-gui encontró un problema inesperado. No se ha perdido nada de lo enviado: el historial y el diario de lotes se conservan como estaban.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The details are in the log file:
{path}</source>
        <translation>Los detalles están en el archivo de registro:
{path}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>conversion-gui cannot start</source>
        <translation>conversion-gui no puede iniciarse</translation>
    </message>
</context>
<context>
    <name>BatchLiveChart</name>
    <message>
        <location filename="../../conversion_gui/qt/batch_live_chart.py" line="+30"/>
        <source>Accepted</source>
        <translation>Aceptadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retries</source>
        <translation>Reintentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>429s</source>
        <translation>429</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Sending rate chart</source>
        <translation>Gráfico de ritmo de envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time from start</source>
        <translation>Tiempo desde el inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows a second</source>
        <translation>Filas por segundo</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The sending rate shows once rows are sent.</source>
        <translation>El ritmo de envío aparece cuando se envían filas.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>a limit of {limit} a second</source>
        <translation>un límite de {limit} por segundo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending {rate} rows a second against {limit}; so far {accepted} accepted, {rejected} rejected, {failed} failed; {retries} retries, {throttled} throttled (429).</source>
        <translation>Enviando {rate} filas por segundo frente a {limit}; hasta ahora {accepted} aceptadas, {rejected} rechazadas, {failed} fallidas; {retries} reintentos, {throttled} limitadas (429).</translation>
    </message>
</context>
<context>
    <name>BatchOutcomeChart</name>
    <message>
        <location filename="../../conversion_gui/qt/batch_outcome_chart.py" line="+29"/>
        <source>Accepted</source>
        <translation>Aceptadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent</source>
        <translation>No enviadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{accepted} accepted, {failed} failed</source>
        <translation>{accepted} aceptadas, {failed} fallidas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; {rejected} rejected, {not_sent} not sent.</source>
        <translation>; {rejected} rechazadas, {not_sent} no enviadas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes chart</source>
        <translation>Gráfico de resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failure meanings chart</source>
        <translation>Gráfico de motivos de fallo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why rows failed</source>
        <translation>Por qué fallaron las filas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outcomes: copy or save…</source>
        <translation>Resultados: copiar o guardar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons: copy or save…</source>
        <translation>Motivos: copiar o guardar…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No row failed.</source>
        <translation>No falló ninguna fila.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commonest reasons rows failed: {reasons}</source>
        <translation>Motivos de fallo más frecuentes: {reasons}</translation>
    </message>
</context>
<context>
    <name>BatchPage</name>
    <message>
        <location filename="../../conversion_gui/qt/batch_panel.py" line="+122"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Open a campaign file</source>
        <translation>Abrir un archivo de campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files and workbooks (*.csv *.txt *.tsv *.tab *.xlsx *.xlsm *.xlsb *.xls *.ods);;All files (*)</source>
        <translation>Archivos CSV y libros (*.csv *.txt *.tsv *.tab *.xlsx *.xlsm *.xlsb *.xls *.ods);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save results</source>
        <translation>Guardar resultados</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+13"/>
        <source>A batch is being sent: cancel it before opening another file.</source>
        <translation>Se está enviando un lote: cancélelo antes de abrir otro archivo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A batch is being sent: cancel it before pasting cells.</source>
        <translation>Se está enviando un lote: cancélelo antes de pegar celdas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the pasted cells…</source>
        <translation>Leyendo las celdas pegadas…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing pasted: {problem}</source>
        <translation>No se pegó nada: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing pasted: cannot write the cells ({problem})</source>
        <translation>No se pegó nada: no se pueden escribir las celdas ({problem})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pasted cells · {rows}</source>
        <translation>Celdas pegadas · {rows}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cells had no header row: the columns were named from what they hold ({columns}). Check the mapping below.</source>
        <translation>Las celdas no tenían fila de encabezado: las columnas se nombraron según su contenido ({columns}). Revise la asignación de abajo.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stopping: waiting for the requests in flight…</source>
        <translation>Deteniendo: esperando las solicitudes en curso…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Choose the sheet: {error}</source>
        <translation>Elija la hoja: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+197"/>
        <source>Problem: {error}</source>
        <translation>Problema: {error}</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Reading stopped: the counts cover only the rows read so far. Change an option or open the file again to read all of it.</source>
        <translation>Lectura detenida: los recuentos cubren solo las filas leídas hasta ahora. Cambie una opción o vuelva a abrir el archivo para leerlo entero.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Batch #{id} is being sent by another conversion-gui right now (another window or the command line): start over once it is done.</source>
        <translation>Otro conversion-gui está enviando ahora el lote n.º {id} (otra ventana o la línea de comandos): vuelva a empezar cuando termine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start over?</source>
        <translation>¿Volver a empezar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch #{id} of this file still has {count} rows not sent. Start a new batch from the file instead? Rows already accepted are not sent again; the old batch is closed when the new one starts.</source>
        <translation>El lote n.º {id} de este archivo aún tiene {count} filas sin enviar. ¿Empezar un lote nuevo desde el archivo? Las filas ya aceptadas no se vuelven a enviar; el lote anterior se cierra al empezar el nuevo.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Problem with the sending settings: {problem}</source>
        <translation>Problema con la configuración de envío: {problem}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preparing: reading the file into the journal…</source>
        <translation>Preparando: leyendo el archivo en el diario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not send: {problem}</source>
        <translation>No se pudo enviar: {problem}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not show each row&apos;s result: {problem}</source>
        <translation>No se pudo mostrar el resultado de cada fila: {problem}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>{count} row(s) not accepted saved to {path}</source>
        <translation>
            <numerusform>{count} fila no aceptada guardada en {path}</numerusform>
            <numerusform>{count} filas no aceptadas guardadas en {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{count} row(s) saved to {path}</source>
        <translation>
            <numerusform>{count} fila guardada en {path}</numerusform>
            <numerusform>{count} filas guardadas en {path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Problem: the rows could not be saved ({problem})</source>
        <translation>Problema: no se pudieron guardar las filas ({problem})</translation>
    </message>
</context>
<context>
    <name>BatchSender</name>
    <message>
        <location filename="../../conversion_gui/qt/batch_sender.py" line="+119"/>
        <source>Make that profile the active one in Settings to resume, or Start over.</source>
        <translation>Haga que ese perfil sea el activo en Configuración para reanudar, o vuelva a empezar.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>an unexpected error (see the log).</source>
        <translation>un error inesperado (consulte el registro).</translation>
    </message>
</context>
<context>
    <name>BatchText</name>
    <message numerus="yes">
        <location filename="../../conversion_gui/qt/batch_text.py" line="+34"/>
        <source>{count} row(s)</source>
        <translation>
            <numerusform>{count} fila</numerusform>
            <numerusform>{count} filas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{details} · dates read day first</source>
        <translation>{details} · fechas leídas con el día primero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{details} · dates read month first</source>
        <translation>{details} · fechas leídas con el mes primero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{details} · dates {note}</source>
        <translation>{details} · fechas {note}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{valid} valid · {rejected} rejected · {blank} blank · {duplicate} duplicate · {accepted} already accepted</source>
        <translation>{valid} válidas · {rejected} rechazadas · {blank} vacías · {duplicate} duplicadas · {accepted} ya aceptadas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Showing all {rows}</source>
        <translation>Se muestran todas ({rows})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing the first {first} rows and the first {problems} rows with a problem after them ({left_out} more with a problem are not shown: save the rejected rows to see them all)</source>
        <translation>Se muestran las primeras {first} filas y, después, las primeras {problems} filas con un problema ({left_out} más con problemas no se muestran: guarde las filas rechazadas para verlas todas)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Showing the first {first} rows and every row with a problem</source>
        <translation>Se muestran las primeras {first} filas y todas las filas con un problema</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file has an unfinished batch from {when}: {open} of {total} rows not sent yet.</source>
        <translation>Este archivo tiene un lote sin terminar del {when}: {open} de {total} filas aún sin enviar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{done} of {total} · waiting for the history file…</source>
        <translation>{done} de {total} · esperando el archivo de historial…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{done} of {total} · paused: nothing more is sent until you press Resume</source>
        <translation>{done} de {total} · en pausa: no se envía nada más hasta que pulse Reanudar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{done} of {total} · {rate}/s</source>
        <translation>{done} de {total} · {rate}/s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · stopping: waiting for the requests in flight…</source>
        <translation> · deteniendo: esperando las solicitudes en curso…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · about {duration} left</source>
        <translation> · quedan unos {duration}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} accepted</source>
        <translation>{count} aceptadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} failed</source>
        <translation>{count} fallidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} to go</source>
        <translation>{count} pendientes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} retried</source>
        <translation>{count} reintentadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} throttled (the rate is now {limit}/s)</source>
        <translation>{count} limitadas (el ritmo es ahora {limit}/s)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Stopped: {reason}. {accepted} accepted, {not_sent} not sent; they can be resumed once that is fixed.</source>
        <translation>Detenido: {reason}. {accepted} aceptadas, {not_sent} sin enviar; se pueden reanudar cuando se solucione.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interrupted: {reason}. {accepted} accepted, {failed} failed, {rows} not sent; resume to send them once that is fixed.</source>
        <translation>Interrumpido: {reason}. {accepted} aceptadas, {failed} fallidas, {rows} sin enviar; reanude para enviarlas cuando se solucione.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled: {accepted} accepted, {failed} failed{why}, {rows} not sent, can be resumed.</source>
        <translation>Cancelado: {accepted} aceptadas, {failed} fallidas{why}, {rows} sin enviar, se puede reanudar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finished: {accepted} accepted, {failed} failed{why}.</source>
        <translation>Terminado: {accepted} aceptadas, {failed} fallidas{why}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Took {duration} at {rate} requests/s; {accepted} of {total} accepted ({share})</source>
        <translation>Tardó {duration} a {rate} solicitudes/s; {accepted} de {total} aceptadas ({share})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; {delivered} of the accepted marked delivered ({share})</source>
        <translation>; {delivered} de las aceptadas marcadas como entregadas ({share})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Retried {rows}: {accepted} accepted, {again} failed again</source>
        <translation>Se reintentaron {rows}: {accepted} aceptadas, {again} fallaron de nuevo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, {count} not sent</source>
        <translation>, {count} no enviadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (stopped: {reason})</source>
        <translation> (detenido: {reason})</translation>
    </message>
</context>
<context>
    <name>ChartModel</name>
    <message>
        <location filename="../../conversion_gui/qt/charts/model.py" line="+60"/>
        <source>No data yet.</source>
        <translation>Aún no hay datos.</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../conversion_gui/qt/charts/widget.py" line="+89"/>
        <source>&amp;Copy image</source>
        <translation>&amp;Copiar imagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as &amp;PNG…</source>
        <translation>Guardar como &amp;PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export table as CSV…</source>
        <translation>&amp;Exportar tabla como CSV…</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Could not save the chart to {path}</source>
        <translation>No se pudo guardar el gráfico en {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write {path}: {problem}</source>
        <translation>No se pudo escribir {path}: {problem}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save chart as PNG</source>
        <translation>Guardar gráfico como PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export chart table</source>
        <translation>Exportar tabla del gráfico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the chart, save it as PNG or export its table as CSV</source>
        <translation>Copie el gráfico, guárdelo como PNG o exporte su tabla como CSV</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../../conversion_gui/qt/credentials_dialog.py" line="+52"/>
        <source>Waiting for the keychain…</source>
        <translation>Esperando el llavero…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving the settings…</source>
        <translation>Guardando la configuración…</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/profiles_column.py" line="+24"/>
        <source>in use</source>
        <translation>en uso</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/credentials_dialog.py" line="+42"/>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/profiles_column.py" line="+10"/>
        <source>&amp;Profiles:</source>
        <translation>&amp;Perfiles:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Renombrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use this profile</source>
        <translation>&amp;Usar este perfil</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/credentials_dialog.py" line="+23"/>
        <source>No profiles yet: press Add to create one.</source>
        <translation>Aún no hay perfiles: pulse Añadir para crear uno.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Nothing was saved: correct the marked field.</source>
        <translation>No se guardó nada: corrija el campo marcado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved “{name}”.</source>
        <translation>Se guardó «{name}».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“{name}” is now the profile in use.</source>
        <translation>«{name}» es ahora el perfil en uso.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a profile: type its name.</source>
        <translation>Añadir un perfil: escriba su nombre.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add profile</source>
        <translation>Añadir perfil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename “{name}”: type the new name.</source>
        <translation>Renombrar «{name}»: escriba el nombre nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename profile</source>
        <translation>Renombrar perfil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete “{name}” and its stored secrets?</source>
        <translation>¿Eliminar «{name}» y sus secretos guardados?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+13"/>
        <source>a profile named “{name}” already exists</source>
        <translation>ya existe un perfil llamado «{name}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added “{name}”.</source>
        <translation>Se añadió «{name}».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation>Se renombró «{old}» como «{new}».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted “{name}” and its secrets.</source>
        <translation>Se eliminó «{name}» con sus secretos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Forgot the {secret} of “{name}”.</source>
        <translation>Se olvidó el {secret} de «{name}».</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>that did not work ({error}); see the log for details</source>
        <translation>no funcionó ({error}); consulte el registro para más detalles</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/profiles_column.py" line="+24"/>
        <source>{name} ({in_use})</source>
        <translation>{name} ({in_use})</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/credentials_dialog.py" line="+101"/>
        <source>“{name}” has unsaved changes: press Save to keep them, or Revert to drop them.</source>
        <translation>«{name}» tiene cambios sin guardar: pulse Guardar para conservarlos o Descartar para desecharlos.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Please wait: the change is being saved.</source>
        <translation>Espere: se está guardando el cambio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” has unsaved changes: press Save to keep them, or Close again to drop them.</source>
        <translation>«{name}» tiene cambios sin guardar: pulse Guardar para conservarlos o Cerrar de nuevo para desecharlos.</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/credentials_snapshot.py" line="+13"/>
        <source>No keychain: secrets are kept for this session only. Nothing is written to disk; you will be asked for them again next time.</source>
        <translation>No hay llavero: los secretos se guardan solo durante esta sesión. No se escribe nada en el disco; se le volverán a pedir la próxima vez.</translation>
    </message>
</context>
<context>
    <name>CredentialsSnapshot</name>
    <message>
        <location line="+5"/>
        <source>Sandbox: the demo account&apos;s secret is built in and kept in memory on purpose; nothing is written to disk.</source>
        <translation>Sandbox: el secreto de la cuenta de demostración viene incluido y se guarda en memoria a propósito; no se escribe nada en el disco.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Secrets are kept in {where}.</source>
        <translation>Los secretos se guardan en {where}.</translation>
    </message>
</context>
<context>
    <name>DoctorDialog</name>
    <message>
        <location filename="../../conversion_gui/qt/doctor_dialog.py" line="+33"/>
        <source>Check connection</source>
        <translation>Comprobar conexión</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy report</source>
        <translation>&amp;Copiar informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run again</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The check could not finish ({error}); see the log.</source>
        <translation>La comprobación no pudo terminar ({error}); consulte el registro.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The report is on the clipboard: paste it into your support ticket.</source>
        <translation>El informe está en el portapapeles: péguelo en su incidencia de soporte.</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../conversion_gui/qt/drop_zone.py" line="+32"/>
        <source>Drop a CSV file or a workbook here, Open… (Ctrl+O), or paste cells (Ctrl+V)</source>
        <translation>Suelte aquí un archivo CSV o un libro, Abrir… (Ctrl+O) o pegue celdas (Ctrl+V)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Open…</source>
        <translation>A&amp;brir…</translation>
    </message>
</context>
<context>
    <name>FileHeader</name>
    <message>
        <location filename="../../conversion_gui/qt/file_header.py" line="+32"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;another file…</source>
        <translation>Abrir &amp;otro archivo…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading… %p%</source>
        <translation>Leyendo… %p%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the file</source>
        <translation>Leyendo el archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop readin&amp;g</source>
        <translation>De&amp;tener lectura</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} · reading…</source>
        <translation>{name} · leyendo…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} · reading… · {details}</source>
        <translation>{name} · leyendo… · {details}</translation>
    </message>
</context>
<context>
    <name>HistoryDetails</name>
    <message>
        <location filename="../../conversion_gui/qt/history_details.py" line="+37"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select an attempt to see its request, answer and every attempt of its message-id.</source>
        <translation>Seleccione un intento para ver su solicitud, la respuesta y todos los intentos de su message-id.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>none (no answer)</source>
        <translation>ninguno (sin respuesta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{batch}, file line {line}</source>
        <translation>{batch}, línea {line} del archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message ID</source>
        <translation>ID de mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timestamp (UTC)</source>
        <translation>Fecha y hora (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempted at (UTC)</source>
        <translation>Intentado el (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elapsed</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{ms} ms</source>
        <translation>{ms} ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;i&gt;(the answer had no text)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(la respuesta no tenía texto)&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer came: technical details</source>
        <translation>No llegó respuesta: detalles técnicos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;Attempts of this message-id&lt;/b&gt;: loading…&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Intentos de este message-id&lt;/b&gt;: cargando…&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;Attempts of this message-id ({count})&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Intentos de este message-id ({count})&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at}: attempt {n}, {status} {meaning}</source>
        <translation>{at}: intento {n}, {status} {meaning}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, batch {batch}</source>
        <translation>, lote {batch}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (this one)</source>
        <translation> (este)</translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <location filename="../../conversion_gui/qt/history_filter_bar.py" line="+32"/>
        <source>Shows attempts whose message-id contains this anywhere (any case; slower on a long history, as every attempt is read)</source>
        <translation>Muestra los intentos cuyo message-id contiene este texto en cualquier posición (sin distinguir mayúsculas; más lento con un historial largo, ya que se leen todos los intentos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows attempts whose message-id starts with this (any case)</source>
        <translation>Muestra los intentos cuyo message-id empieza por este texto (sin distinguir mayúsculas)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Message &amp;ID:</source>
        <translation>&amp;ID de mensaje:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>starts with</source>
        <translation>empieza por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the message-id text is matched: at the start (fast) or anywhere in the id</source>
        <translation>Cómo se busca el texto del message-id: al principio (rápido) o en cualquier parte del id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mat&amp;ch:</source>
        <translation>C&amp;oincidencia:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Accepted</source>
        <translation>Aceptados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed (any not accepted)</source>
        <translation>Fallidos (no aceptados)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cha&amp;nnel:</source>
        <translation>Ca&amp;nal:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>user@machine</source>
        <translation>usuario@equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only attempts sent by this user@machine (a team history)</source>
        <translation>Solo los intentos enviados por este usuario@equipo (historial de equipo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ent by:</source>
        <translation>Re&amp;mitente:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fro&amp;m</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Tick to limit the attempts by date ({name}, a day in UTC)</source>
        <translation>Marque para limitar los intentos por fecha ({name}, un día en UTC)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a day in UTC; used only while its box is ticked</source>
        <translation>un día en UTC; solo se usa mientras su casilla está marcada</translation>
    </message>
</context>
<context>
    <name>HistoryLocationDialog</name>
    <message>
        <location filename="../../conversion_gui/qt/history_location_dialog.py" line="+71"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;This computer</source>
        <translation>&amp;Este equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;eam database (PostgreSQL)</source>
        <translation>Base de datos del &amp;equipo (PostgreSQL)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept in {folder}</source>
        <translation>Guardado en {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s history</source>
        <translation>Historial de este equipo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pass&amp;word:</source>
        <translation>Contrase&amp;ña:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every attempt records who sent it (user@machine). A server on another machine is reached over TLS with its name checked.</source>
        <translation>Cada intento registra quién lo envió (usuario@equipo). Un servidor en otra máquina se alcanza por TLS, con su nombre comprobado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About team databases</source>
        <translation>Acerca de las bases de datos de equipo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>•••• stored in the keychain (leave empty to keep it)</source>
        <translation>•••• guardada en el llavero (déjelo vacío para conservarla)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not save the choice ({error}); see the log</source>
        <translation>No se pudo guardar la elección ({error}); vea el registro</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../conversion_gui/qt/history_model.py" line="+75"/>
        <source>Time</source>
        <translation>Hora</translation>
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
        <translation>Voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message ID</source>
        <translation>ID de mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion time</source>
        <translation>Hora de conversión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent by</source>
        <translation>Enviado por</translation>
    </message>
    <message>
        <location line="+256"/>
        <source>When the attempt was made, in UTC</source>
        <translation>Cuándo se hizo el intento, en UTC</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP {status}</source>
        <translation>HTTP {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(the answer had no text)</source>
        <translation>(la respuesta no tenía texto)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read the history: {problem}</source>
        <translation>No se pudo leer el historial: {problem}</translation>
    </message>
</context>
<context>
    <name>HistoryOverview</name>
    <message>
        <location filename="../../conversion_gui/qt/history_overview.py" line="+34"/>
        <source>Per day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts per day chart</source>
        <translation>Gráfico de intentos por día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day (UTC)</source>
        <translation>Día (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per batch</source>
        <translation>Por lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts per batch chart</source>
        <translation>Gráfico de intentos por lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By meaning</source>
        <translation>Por significado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts by meaning chart</source>
        <translation>Gráfico de intentos por significado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Chart t&amp;ype:</source>
        <translation>Grá&amp;fico:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overview status</source>
        <translation>Estado del resumen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved {path}</source>
        <translation>Se guardó {path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chart o&amp;ptions</source>
        <translation>Accione&amp;s del gráfico</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problem with the filter: {problem}</source>
        <translation>Problema con el filtro: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the history: {problem}</source>
        <translation>No se puede leer el historial: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attempts per hour chart</source>
        <translation>Gráfico de intentos por hora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> in batches</source>
        <translation> en lotes</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{count} attempt(s)</source>
        <translation>
            <numerusform>{count} intento</numerusform>
            <numerusform>{count} intentos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../conversion_gui/qt/history_view.py" line="-46"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the attempts the filters show as a CSV file</source>
        <translation>Guarde como archivo CSV los intentos que muestran los filtros</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show &amp;all batches</source>
        <translation>Mostrar &amp;todos los lotes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export batch res&amp;ults…</source>
        <translation>Exportar resultados del &amp;lote…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this batch&apos;s rows with outcome, status and meaning</source>
        <translation>Guardar las filas de este lote con resultado, estado y significado</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempt count</source>
        <translation>Número de intentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Re-send selected</source>
        <translation>Reen&amp;viar selección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report the selected rows&apos; conversions again (states the same fact again; safe to repeat)</source>
        <translation>Vuelve a notificar las conversiones de las filas seleccionadas (indica el mismo hecho otra vez; se puede repetir sin riesgo)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ta&amp;ble</source>
        <translation>Ta&amp;bla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;verview</source>
        <translation>Res&amp;umen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table or overview</source>
        <translation>Tabla o resumen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Showing batch {id} only.</source>
        <translation>Solo se muestra el lote {id}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{count} (updating…)</source>
        <translation>{count} (actualizando…)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{count} attempt(s)</source>
        <translation>
            <numerusform>{count} intento</numerusform>
            <numerusform>{count} intentos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No attempts to show</source>
        <translation>No hay intentos que mostrar</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Select the attempts to re-send first.</source>
        <translation>Seleccione primero los intentos que quiere reenviar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} rows are selected; re-send at most {limit} at a time here (for more, save them and send the file on the Batch page).</source>
        <translation>Hay {count} filas seleccionadas; aquí se reenvían como máximo {limit} a la vez (para más, guárdelas y envíe el archivo en la página Lote).</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Re-sending the conversions of {count} selected attempt(s)…</source>
        <translation>
            <numerusform>Reenviando la conversión de {count} intento seleccionado…</numerusform>
            <numerusform>Reenviando las conversiones de {count} intentos seleccionados…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re-sending: {done} of {total} done…</source>
        <translation>Reenviando: {done} de {total} hechos…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Re-send cancelled.</source>
        <translation>Reenvío cancelado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not re-send: {problem}</source>
        <translation>No se pudo reenviar: {problem}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export history</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exporting to {path}…</source>
        <translation>Exportando a {path}…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <location line="+31"/>
        <location line="+4"/>
        <source>Could not export to {path}: {problem}</source>
        <translation>No se pudo exportar a {path}: {problem}</translation>
    </message>
    <message numerus="yes">
        <location line="-32"/>
        <source>Exported {count} attempt(s) to {path}</source>
        <translation>
            <numerusform>Se exportó {count} intento a {path}</numerusform>
            <numerusform>Se exportaron {count} intentos a {path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exporting batch {id}&apos;s results to {path}…</source>
        <translation>Exportando los resultados del lote {id} a {path}…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Exported {count} row(s) of batch {id} to {path}</source>
        <translation>
            <numerusform>Se exportó {count} fila del lote {id} a {path}</numerusform>
            <numerusform>Se exportaron {count} filas del lote {id} a {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdPaste</name>
    <message numerus="yes">
        <location filename="../../conversion_gui/qt/id_paste.py" line="+67"/>
        <source>You pasted {count} ids. Send them all as a small batch, with the delivered and time set here, or keep only the first?</source>
        <translation>
            <numerusform>Ha pegado {count} id. ¿Enviarlo como un lote pequeño, con el entregado y la hora indicados aquí, o conservar solo el primero?</numerusform>
            <numerusform>Ha pegado {count} ids. ¿Enviarlos todos como un lote pequeño, con el entregado y la hora indicados aquí, o conservar solo el primero?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several ids pasted</source>
        <translation>Se pegaron varios ids</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Send all {count} as a batch</source>
        <translation>
            <numerusform>Enviar {count} como lote</numerusform>
            <numerusform>Enviar los {count} como lote</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the first</source>
        <translation>Conservar el primero</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pasted ids · {rows}</source>
        <translation>Ids pegados · {rows}</translation>
    </message>
</context>
<context>
    <name>IntakeOptionsForm</name>
    <message>
        <location filename="../../conversion_gui/qt/intake_options_form.py" line="+31"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Message ID column:</source>
        <translation>Columna de ID de &amp;mensaje:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delivered column:</source>
        <translation>Columna &amp;entregado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timestamp column:</source>
        <translation>Columna &amp;fecha y hora:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel col&amp;umn:</source>
        <translation>Col&amp;umna de canal:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma</source>
        <translation>Coma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon</source>
        <translation>Punto y coma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipe</source>
        <translation>Barra vertical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a channel column</source>
        <translation>Según una columna de canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask me</source>
        <translation>Preguntarme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day first</source>
        <translation>Día primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first</source>
        <translation>Mes primero</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sheet:</source>
        <translation>Hoja:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cha&amp;nnel:</source>
        <translation>Ca&amp;nal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date &amp;order:</source>
        <translation>Or&amp;den de fechas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encoding:</source>
        <translation>Cod&amp;ificación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;limiter:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send again anyway: duplicates and rows already accepted</source>
        <translation>Enviar de todos modos: duplicadas y filas ya aceptadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows the history holds as accepted, and repeated ids, are sent too (reporting the same conversion again)</source>
        <translation>También se envían las filas que el historial tiene como aceptadas y los ids repetidos (se notifica otra vez la misma conversión)</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Time zone: {problem}</source>
        <translation>Zona horaria: {problem}</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../../conversion_gui/qt/language_dialog.py" line="+26"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the system</source>
        <translation>Seguir el sistema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new language applies the next time conversion-gui starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie conversion-gui.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Nota</translation>
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
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem with the data folder</source>
        <translation>Problema con la carpeta de datos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;b&gt;SANDBOX&lt;/b&gt;: answers come from the built-in simulator, nothing leaves this machine. Try message-ids like sim-402 or sim-423 to see other answers.</source>
        <translation>&lt;b&gt;SANDBOX&lt;/b&gt;: las respuestas vienen del simulador integrado, nada sale de este equipo. Pruebe message-ids como sim-402 o sim-423 para ver otras respuestas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sandbox mode</source>
        <translation>Modo sandbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;witch off sandbox</source>
        <translation>Apa&amp;gar sandbox</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report one conversion (Ctrl+1)</source>
        <translation>Notificar una conversión (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a campaign file (Ctrl+2)</source>
        <translation>Enviar un archivo de campaña (Ctrl+2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every attempt and its answer (Ctrl+3)</source>
        <translation>Cada intento y su respuesta (Ctrl+3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open CSV…</source>
        <translation>&amp;Abrir CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export history…</source>
        <translation>&amp;Exportar historial…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a &amp;template…</source>
        <translation>Guardar una &amp;plantilla…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit</source>
        <translation>Edición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Credentials…</source>
        <translation>&amp;Credenciales…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sending…</source>
        <translation>&amp;Envío…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Network…</source>
        <translation>&amp;Red…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language…</source>
        <translation>&amp;Idioma…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sand&amp;box mode</source>
        <translation>Modo sand&amp;box</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sandbox si&amp;mulator…</source>
        <translation>Si&amp;mulador del sandbox…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check connection…</source>
        <translation>&amp;Comprobar conexión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;data folder</source>
        <translation>Abrir carpeta de &amp;datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;log folder</source>
        <translation>Abrir carpeta de &amp;registros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page {n}</source>
        <translation>Página {n}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leave sandbox mode?</source>
        <translation>¿Salir del modo sandbox?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no profile with your own API key yet, so nothing can be sent outside sandbox mode until you add one in Settings &gt; Credentials….

Leave sandbox mode anyway?</source>
        <translation>Aún no hay ningún perfil con su propia API key, así que no se puede enviar nada fuera del modo sandbox hasta que añada uno en Configuración &gt; Credenciales….

¿Salir del modo sandbox de todos modos?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Finish or cancel the batch before switching mode.</source>
        <translation>Termine o cancele el lote antes de cambiar de modo.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>conversion-gui — sandbox</source>
        <translation>conversion-gui — sandbox</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The history file could not be opened (see the log).</source>
        <translation>No se pudo abrir el archivo del historial (consulte el registro).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Profile: waiting for the keychain…</source>
        <translation>Perfil: esperando el llavero…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profile: could not be read (see the log)</source>
        <translation>Perfil: no se pudo leer (consulte el registro)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no rate limit</source>
        <translation>sin límite de ritmo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rate} · {n} in flight · files in {zone}</source>
        <translation>{rate} · {n} en curso · archivos en {zone}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Simulator faults: {faults}</source>
        <translation>Fallos del simulador: {faults}</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Template not saved</source>
        <translation>Plantilla no guardada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {path}: {problem}</source>
        <translation>No se puede escribir {path}: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template saved: {files} in {folder}</source>
        <translation>Plantilla guardada: {files} en {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a template (a .csv and an .xlsx)</source>
        <translation>Guardar una plantilla (un .csv y un .xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workbook and CSV (*.xlsx)</source>
        <translation>Libro y CSV (*.xlsx)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About conversion-gui</source>
        <translation>Acerca de conversion-gui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;conversion-gui {version}&lt;/h3&gt;&lt;p&gt;Reports conversions to the Vonage Conversion API, one at a time or by the thousand from a file.&lt;/p&gt;&lt;p&gt;Data: {data}&lt;br&gt;Logs: {logs}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;conversion-gui {version}&lt;/h3&gt;&lt;p&gt;Notifica conversiones a la Vonage Conversion API, de una en una o por miles desde un archivo.&lt;/p&gt;&lt;p&gt;Datos: {data}&lt;br&gt;Registros: {logs}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A batch is still sending. Stop it and quit?

Rows not sent yet stay in the journal: open the same file again to resume.</source>
        <translation>Todavía se está enviando un lote. ¿Detenerlo y salir?

Las filas aún sin enviar se quedan en el diario: vuelva a abrir el mismo archivo para reanudar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit during a batch?</source>
        <translation>¿Salir durante un lote?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopping the batch…</source>
        <translation>Deteniendo el lote…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sandbox · demo account · secret built in · answers from the built-in simulator</source>
        <translation>Sandbox · cuenta de demostración · secreto incluido · respuestas del simulador integrado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No profile yet: Settings › Credentials… to add your API key and secret</source>
        <translation>Aún no hay perfil: Configuración › Credenciales… para añadir su API key y su secreto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key {key} from the environment</source>
        <translation>Clave {key} del entorno</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>signature secret in {store}</source>
        <translation>secreto de firma en {store}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secret in {store}</source>
        <translation>secreto en {store}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no signature secret set</source>
        <translation>sin secreto de firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no secret set</source>
        <translation>sin secreto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · overridden by VONAGE_* variables</source>
        <translation> · sustituido por variables VONAGE_*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile {name} (key {key}) · {where} · {auth} auth{extra}</source>
        <translation>Perfil {name} (clave {key}) · {where} · autenticación {auth}{extra}</translation>
    </message>
</context>
<context>
    <name>Meanings</name>
    <message>
        <location filename="../../conversion_gui/qt/meanings.py" line="+23"/>
        <source>Accepted: the conversion was recorded</source>
        <translation>Aceptada: la conversión quedó registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong credentials: check the API key and secret (or signature secret and method)</source>
        <translation>Credenciales incorrectas: revise la API key y el secreto (o el secreto de firma y el método)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion API not enabled for this account: ask Vonage support to enable it</source>
        <translation>La Conversion API no está habilitada para esta cuenta: pida al soporte de Vonage que la habilite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid parameters: check message-id, delivered and timestamp</source>
        <translation>Parámetros no válidos: revise message-id, delivered y timestamp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Throttled: the app slowed down and retried</source>
        <translation>Limitada: la aplicación redujo el ritmo y volvió a intentarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vonage server error</source>
        <translation>Error del servidor de Vonage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach the API: nothing was sent</source>
        <translation>No se pudo contactar con la API: no se envió nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer: the API did not answer. The conversion may have arrived; it is safe to send again</source>
        <translation>Sin respuesta: la API no respondió. Puede que la conversión haya llegado; se puede volver a enviar sin riesgo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer: the API gave no answer in time. The conversion may have arrived; it is safe to send again</source>
        <translation>Sin respuesta: la API no respondió a tiempo. Puede que la conversión haya llegado; se puede volver a enviar sin riesgo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate problem (a proxy?): the connection was not trusted, nothing was sent</source>
        <translation>Problema de certificado (¿un proxy?): la conexión no era de confianza, no se envió nada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy asks for a password: set it in Settings › Network</source>
        <translation>El proxy pide una contraseña: indíquela en Configuración › Red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer: the connection was closed before an answer came. The conversion may have arrived; it is safe to send again.</source>
        <translation>Sin respuesta: la conexión se cerró antes de que llegara una respuesta. Puede que la conversión haya llegado; se puede volver a enviar sin riesgo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer: the request failed. The conversion may have arrived; it is safe to send again.</source>
        <translation>Sin respuesta: la solicitud falló. Puede que la conversión haya llegado; se puede volver a enviar sin riesgo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not reach the API: </source>
        <translation>No se pudo contactar con la API: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer: </source>
        <translation>Sin respuesta: </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unexpected answer ({status})</source>
        <translation>Respuesta inesperada ({status})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong credentials</source>
        <translation>Credenciales incorrectas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion API not enabled</source>
        <translation>Conversion API no habilitada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid parameters</source>
        <translation>Parámetros no válidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throttled</source>
        <translation>Limitada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server error</source>
        <translation>Error del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach the API</source>
        <translation>No se pudo contactar con la API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer (may have arrived)</source>
        <translation>Sin respuesta (puede haber llegado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate problem</source>
        <translation>Problema de certificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy password needed</source>
        <translation>El proxy pide contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected answer</source>
        <translation>Respuesta inesperada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent (a fault in the app)</source>
        <translation>No enviada (un fallo de la aplicación)</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <location filename="../../conversion_gui/qt/network_dialog.py" line="+37"/>
        <source>•••• stored in the keychain (leave empty to keep it)</source>
        <translation>•••• guardada en el llavero (déjela vacía para conservarla)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Automatic (the system&apos;s proxy settings, HTTPS_PROXY)</source>
        <translation>&amp;Automático (la configuración de proxy del sistema, HTTPS_PROXY)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No proxy</source>
        <translation>&amp;Sin proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manual proxy</source>
        <translation>Proxy &amp;manual</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Automatic: looking…</source>
        <translation>Automático: buscando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic proxy</source>
        <translation>Proxy automático</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only if the proxy asks for one</source>
        <translation>solo si el proxy la pide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forget the stored password</source>
        <translation>&amp;Olvidar la contraseña guardada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>could not be read</source>
        <translation>no se pudo leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic now means: {proxy}.</source>
        <translation>Automático significa ahora: {proxy}.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Could not save the settings ({error}); see the log.</source>
        <translation>No se pudo guardar la configuración ({error}); consulte el registro.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../conversion_gui/qt/preview_model.py" line="+49"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message ID</source>
        <translation>ID de mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timestamp (UTC)</source>
        <translation>Fecha y hora (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>PreviewReader</name>
    <message>
        <location filename="../../conversion_gui/qt/preview_reader.py" line="+127"/>
        <source>The file could not be read ({problem}).</source>
        <translation>No se pudo leer el archivo ({problem}).</translation>
    </message>
</context>
<context>
    <name>PreviewTable</name>
    <message>
        <location filename="../../conversion_gui/qt/preview_table.py" line="+33"/>
        <source>Counts</source>
        <translation>Recuentos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows shown</source>
        <translation>Filas mostradas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems onl&amp;y</source>
        <translation>Solo pro&amp;blemas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Row details</source>
        <translation>Detalles de la fila</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Line {line}: {verdict}</source>
        <translation>Línea {line}: {verdict}</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../conversion_gui/qt/profile_form.py" line="+31"/>
        <source>Basic (header)</source>
        <translation>Basic (encabezado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key and secret in the body</source>
        <translation>Clave y secreto en el cuerpo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>stored — type to replace</source>
        <translation>guardado — escriba para sustituirlo</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Forget API secret</source>
        <translation>Olvidar el secreto de API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget signature secret</source>
        <translation>Olvidar el secreto de firma</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pro&amp;file name:</source>
        <translation>Nombre del per&amp;fil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key:</source>
        <translation>API &amp;key:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API s&amp;ecret:</source>
        <translation>&amp;Secreto de API:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;gnature secret:</source>
        <translation>Secreto de f&amp;irma:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Au&amp;th mode:</source>
        <translation>&amp;Modo de autenticación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature &amp;method:</source>
        <translation>Mé&amp;todo de firma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base UR&amp;L:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Body:</source>
        <translation>Cuerp&amp;o:</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Stored in {where}: type to replace it</source>
        <translation>Guardado en {where}: escriba para sustituirlo</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../conversion_gui/qt/selftest.py" line="+148"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>QuestionBar</name>
    <message>
        <location filename="../../conversion_gui/qt/question_bar.py" line="+23"/>
        <source>New &amp;name:</source>
        <translation>&amp;Nombre nuevo:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message>
        <location filename="../../conversion_gui/qt/resume_offer.py" line="+29"/>
        <source>Unfinished batch</source>
        <translation>Lote sin terminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume &amp;batch</source>
        <translation>Reanudar &amp;lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start o&amp;ver</source>
        <translation>&amp;Volver a empezar</translation>
    </message>
</context>
<context>
    <name>RiskBar</name>
    <message>
        <location filename="../../conversion_gui/qt/risk_bar.py" line="+52"/>
        <source>Check before sending</source>
        <translation>Revisar antes de enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;anyway</source>
        <translation>Enviar de &amp;todos modos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> Send it anyway?</source>
        <translation> ¿Enviarlo de todos modos?</translation>
    </message>
</context>
<context>
    <name>RowWords</name>
    <message>
        <location filename="../../conversion_gui/qt/batch_outcomes.py" line="+38"/>
        <source>refused by the API: {reason}</source>
        <translation>rechazada por la API: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not sent yet: Resume batch sends it</source>
        <translation>aún no enviada: «Reanudar lote» la envía</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n intento</numerusform>
            <numerusform>%n intentos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed after {tries}: {reason}</source>
        <translation>falló tras {tries}: {reason}</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <location filename="../../conversion_gui/qt/send_form.py" line="+61"/>
        <source>Se&amp;nd</source>
        <translation>E&amp;nviar</translation>
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
        <translation>&amp;ID de mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event &amp;ID</source>
        <translation>&amp;ID de evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call &amp;ID</source>
        <translation>&amp;ID de llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the user completed the call to action</source>
        <translation>el usuario completó la llamada a la acción</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Sent with:</source>
        <translation>Enviado con:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message &amp;ID:</source>
        <translation>&amp;ID de mensaje:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>paste the id from the send response</source>
        <translation>pegue el id de la respuesta del envío</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delivered:</source>
        <translation>&amp;Entregado:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Send (Enter in the id field, or Ctrl+Return anywhere here)</source>
        <translation>Enviar (Intro en el campo del id, o Ctrl+Return en cualquier parte de aquí)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop retrying (Esc)</source>
        <translation>Dejar de reintentar (Esc)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Recent sends:</source>
        <translation>Envíos &amp;recientes:</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/recent_sends.py" line="+28"/>
        <source>This session&apos;s sends, newest first; Enter puts the id back</source>
        <translation>Los envíos de esta sesión, el más reciente primero; Intro vuelve a poner el id</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/send_form.py" line="+93"/>
        <source>Cancelling: no further attempt will be made…</source>
        <translation>Cancelando: no se hará ningún intento más…</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The pasted ids could not be made a batch: {problem}</source>
        <translation>Los ids pegados no se pudieron convertir en un lote: {problem}</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+105"/>
        <location line="+1"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>in {seconds} s</source>
        <translation>en {seconds} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shortly</source>
        <translation>en breve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{headline}. Attempt {attempt} of {attempts}: trying again {wait} (Esc cancels)…</source>
        <translation>{headline}. Intento {attempt} de {attempts}: se reintenta {wait} (Esc cancela)…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not send ({error}): nothing was recorded. Details are in the log.</source>
        <translation>No se pudo enviar ({error}): no se registró nada. Los detalles están en el registro.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelled: nothing was sent.</source>
        <translation>Cancelado: no se envió nada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved in the history: {problem}</source>
        <translation>No se guardó en el historial: {problem}</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/recent_sends.py" line="+7"/>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not delivered</source>
        <translation>no entregado</translation>
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
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save results…</source>
        <translation>Guardar resultados…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every row of the file with its outcome, status and meaning (before a batch: its verdict), as a CSV to hand back</source>
        <translation>Guarda cada fila del archivo con su resultado, estado y significado (antes de un lote: su veredicto) como CSV para entregar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save rows not accepted…</source>
        <translation>Guardar no aceptadas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the rows that were not accepted, with the reason, as a CSV to fix and send again</source>
        <translation>Guarda las filas que no se aceptaron, con el motivo, como CSV para corregirlas y volver a enviarlas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Retry failed</source>
        <translation>Rein&amp;tentar fallidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;in History</source>
        <translation>Ver en &amp;Historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Send the valid rows (Ctrl+Return)</source>
        <translation>Enviar las filas válidas (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sending</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+84"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>&amp;Cancel</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Valid rows sent</source>
        <translation>Filas válidas enviadas</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Send {count} valid row(s)</source>
        <translation>
            <numerusform>Enviar {count} fila válida</numerusform>
            <numerusform>Enviar {count} filas válidas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pausing: the requests in flight finish, nothing more is sent</source>
        <translation>Pausando: terminan las solicitudes en curso, no se envía nada más</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelling: waiting for the requests in flight…</source>
        <translation>Cancelando: esperando las solicitudes en curso…</translation>
    </message>
</context>
<context>
    <name>SendWords</name>
    <message>
        <location filename="../../conversion_gui/qt/send_words.py" line="+36"/>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>after %n attempt(s)</source>
        <translation>
            <numerusform>tras %n intento</numerusform>
            <numerusform>tras %n intentos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not recorded: the API was still throttling {tries}. Wait a minute and send again (Settings &gt; Sending can lower the rate).</source>
        <translation>No registrada: la API seguía limitando {tries}. Espere un minuto y vuelva a enviar (en Configuración &gt; Envío puede bajar el ritmo).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not recorded: {meaning} {tries}. Try again in a few minutes: it is safe to send again.</source>
        <translation>No registrada: {meaning} {tries}. Vuelva a intentarlo en unos minutos: se puede volver a enviar sin riesgo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{meaning} ({tries}).</source>
        <translation>{meaning} ({tries}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> It was not recorded: check the connection (Help &gt; Check connection…) and send again.</source>
        <translation> No se registró: revise la conexión (Ayuda &gt; Comprobar conexión…) y vuelva a enviar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> It may not have been recorded; it is safe to send again.</source>
        <translation> Puede que no se haya registrado; se puede volver a enviar sin riesgo.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source> (after %n attempt(s))</source>
        <translation>
            <numerusform> (tras %n intento)</numerusform>
            <numerusform> (tras %n intentos)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>. Cancelled: no further attempt was made</source>
        <translation>. Cancelado: no se hizo ningún intento más</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The API said: {text}</source>
        <translation>La API respondió: {text}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Technical details ({kind}): {text}</source>
        <translation>Detalles técnicos ({kind}): {text}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The time is {span} in the future.</source>
        <translation>La hora está {span} en el futuro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time is {span} in the past.</source>
        <translation>La hora está {span} en el pasado.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history already holds {label} {id} as accepted: sending it again reports the same conversion twice.</source>
        <translation>El historial ya registra el {label} {id} como aceptado: volver a enviarlo notifica dos veces la misma conversión.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No credentials yet: open Settings &gt; Credentials… to add an API key and secret (or start the app in sandbox mode to try it out).</source>
        <translation>Aún no hay credenciales: abra Configuración &gt; Credenciales… para añadir una API key y un secreto (o inicie la aplicación en modo sandbox para probarla).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The credentials are incomplete ({reason}): open Settings &gt; Credentials…</source>
        <translation>Las credenciales están incompletas ({reason}): abra Configuración &gt; Credenciales…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The credentials in the environment cannot be used: {problem}</source>
        <translation>Las credenciales del entorno no se pueden usar: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The saved settings cannot be used: {problem}. Open Settings &gt; Credentials…</source>
        <translation>La configuración guardada no se puede usar: {problem}. Abra Configuración &gt; Credenciales…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile&apos;s address cannot be used: {problem}. Open Settings &gt; Credentials…</source>
        <translation>La dirección del perfil no se puede usar: {problem}. Abra Configuración &gt; Credenciales…</translation>
    </message>
</context>
<context>
    <name>SendingDialog</name>
    <message>
        <location filename="../../conversion_gui/qt/sending_dialog.py" line="+25"/>
        <source>Sending</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> per second</source>
        <translation> por segundo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rate:</source>
        <translation>&amp;Ritmo:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Requests in &amp;flight:</source>
        <translation>Solicitudes en &amp;curso:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Time zone of files:</source>
        <translation>&amp;Zona horaria de los archivos:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vonage allows 30 requests per second per API key by default. Timestamps in a file without an offset are read in the time zone.</source>
        <translation>Vonage permite por defecto 30 solicitudes por segundo por API key. Las fechas y horas de un archivo sin desfase se leen en esta zona horaria.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>SimulatorDialog</name>
    <message>
        <location filename="../../conversion_gui/qt/simulator_dialog.py" line="+28"/>
        <source>&amp;Server errors (500, 503):</source>
        <translation>Errores del ser&amp;vidor (500, 503):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Throttled (429):</source>
        <translation>Limi&amp;tadas (429):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection &amp;resets:</source>
        <translation>&amp;Reinicios de conexión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No answer (hangs):</source>
        <translation>&amp;Sin respuesta (cuelga):</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sandbox simulator</source>
        <translation>Simulador del sandbox</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Latency of every answer:</source>
        <translation>&amp;Latencia de cada respuesta:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> % of requests</source>
        <translation> % de las solicitudes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the built-in simulator misbehaves; nothing leaves this machine. The command line has the same choices: conversion-gui simulator --latency-ms MS and the fault options.</source>
        <translation>Solo falla el simulador integrado; nada sale de este equipo. La línea de comandos tiene las mismas opciones: conversion-gui simulator --latency-ms MS y las opciones de fallo.</translation>
    </message>
</context>
<context>
    <name>WhenEditor</name>
    <message>
        <location filename="../../conversion_gui/qt/when_editor.py" line="+49"/>
        <source>Wh&amp;en:</source>
        <translation>Cuán&amp;do:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>your time, {zone}</source>
        <translation>su hora, {zone}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your time ({zone})</source>
        <translation>su hora ({zone})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N&amp;ow</source>
        <translation>A&amp;hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the time to now</source>
        <translation>Poner la hora actual</translation>
    </message>
</context>
</TS>
