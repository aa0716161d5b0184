<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../conversion_gui/qt/app.py" line="+66"/>
        <source>Something went wrong</source>
        <translation>Algo deu errado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conversion-gui hit an unexpected problem. Nothing you sent is lost: the history and the batch journal are kept as they were.</source>
        <translation>O conversion-gui encontrou um problema inesperado. Nada do que você enviou foi perdido: o histórico e o diário de lotes estão como estavam.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The details are in the log file:
{path}</source>
        <translation>Os detalhes estão no arquivo de log:
{path}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>conversion-gui cannot start</source>
        <translation>O conversion-gui não pode ser iniciado</translation>
    </message>
</context>
<context>
    <name>BatchLiveChart</name>
    <message>
        <location filename="../../conversion_gui/qt/batch_live_chart.py" line="+30"/>
        <source>Accepted</source>
        <translation>Aceitas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejeitadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retries</source>
        <translation>Repetições</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>429s</source>
        <translation>429s</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Sending rate chart</source>
        <translation>Gráfico da taxa de envio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time from start</source>
        <translation>Tempo desde o início</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows a second</source>
        <translation>Linhas por segundo</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The sending rate shows once rows are sent.</source>
        <translation>A taxa de envio aparece quando as linhas forem enviadas.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>a limit of {limit} a second</source>
        <translation>um limite de {limit} por segundo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending {rate} rows a second against {limit}; so far {accepted} accepted, {rejected} rejected, {failed} failed; {retries} retries, {throttled} throttled (429).</source>
        <translation>Enviando {rate} linhas por segundo, com limite de {limit}; até agora {accepted} aceitas, {rejected} rejeitadas, {failed} com falha; {retries} repetições, {throttled} limitadas (429).</translation>
    </message>
</context>
<context>
    <name>BatchOutcomeChart</name>
    <message>
        <location filename="../../conversion_gui/qt/batch_outcome_chart.py" line="+29"/>
        <source>Accepted</source>
        <translation>Aceitas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejeitadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent</source>
        <translation>Não enviadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{accepted} accepted, {failed} failed</source>
        <translation>{accepted} aceitas, {failed} com falha</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; {rejected} rejected, {not_sent} not sent.</source>
        <translation>; {rejected} rejeitadas, {not_sent} não enviadas.</translation>
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
        <translation>Gráfico dos motivos de falha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why rows failed</source>
        <translation>Por que as linhas falharam</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outcomes: copy or save…</source>
        <translation>Resultados: copiar ou salvar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons: copy or save…</source>
        <translation>Motivos: copiar ou salvar…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No row failed.</source>
        <translation>Nenhuma linha falhou.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commonest reasons rows failed: {reasons}</source>
        <translation>Motivos de falha mais comuns: {reasons}</translation>
    </message>
</context>
<context>
    <name>BatchPage</name>
    <message>
        <location filename="../../conversion_gui/qt/batch_panel.py" line="+122"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Open a campaign file</source>
        <translation>Abrir um arquivo de campanha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files and workbooks (*.csv *.txt *.tsv *.tab *.xlsx *.xlsm *.xlsb *.xls *.ods);;All files (*)</source>
        <translation>Arquivos CSV e planilhas (*.csv *.txt *.tsv *.tab *.xlsx *.xlsm *.xlsb *.xls *.ods);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save results</source>
        <translation>Salvar resultados</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+13"/>
        <source>A batch is being sent: cancel it before opening another file.</source>
        <translation>Um lote está sendo enviado: cancele-o antes de abrir outro arquivo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A batch is being sent: cancel it before pasting cells.</source>
        <translation>Um lote está sendo enviado: cancele-o antes de colar células.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the pasted cells…</source>
        <translation>Lendo as células coladas…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing pasted: {problem}</source>
        <translation>Nada foi colado: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing pasted: cannot write the cells ({problem})</source>
        <translation>Nada foi colado: não é possível gravar as células ({problem})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pasted cells · {rows}</source>
        <translation>Células coladas · {rows}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cells had no header row: the columns were named from what they hold ({columns}). Check the mapping below.</source>
        <translation>As células não tinham linha de cabeçalho: as colunas foram nomeadas pelo conteúdo ({columns}). Confira o mapeamento abaixo.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stopping: waiting for the requests in flight…</source>
        <translation>Parando: aguardando as requisições em andamento…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Choose the sheet: {error}</source>
        <translation>Escolha a planilha: {error}</translation>
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
        <translation>Leitura interrompida: as contagens cobrem só as linhas lidas até agora. Mude uma opção ou abra o arquivo de novo para ler tudo.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Batch #{id} is being sent by another conversion-gui right now (another window or the command line): start over once it is done.</source>
        <translation>O lote nº {id} está sendo enviado por outro conversion-gui agora (outra janela ou a linha de comando): comece de novo quando ele terminar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start over?</source>
        <translation>Começar de novo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch #{id} of this file still has {count} rows not sent. Start a new batch from the file instead? Rows already accepted are not sent again; the old batch is closed when the new one starts.</source>
        <translation>O lote nº {id} deste arquivo ainda tem {count} linhas não enviadas. Iniciar um novo lote a partir do arquivo? Linhas já aceitas não são enviadas de novo; o lote antigo é fechado quando o novo começa.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Problem with the sending settings: {problem}</source>
        <translation>Problema nas configurações de envio: {problem}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preparing: reading the file into the journal…</source>
        <translation>Preparando: lendo o arquivo para o diário…</translation>
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
        <translation>Não foi possível enviar: {problem}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not show each row&apos;s result: {problem}</source>
        <translation>Não foi possível mostrar o resultado de cada linha: {problem}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>{count} row(s) not accepted saved to {path}</source>
        <translation>
            <numerusform>{count} linha não aceita salva em {path}</numerusform>
            <numerusform>{count} linhas não aceitas salvas em {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{count} row(s) saved to {path}</source>
        <translation>
            <numerusform>{count} linha salva em {path}</numerusform>
            <numerusform>{count} linhas salvas em {path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Problem: the rows could not be saved ({problem})</source>
        <translation>Problema: não foi possível salvar as linhas ({problem})</translation>
    </message>
</context>
<context>
    <name>BatchSender</name>
    <message>
        <location filename="../../conversion_gui/qt/batch_sender.py" line="+119"/>
        <source>Make that profile the active one in Settings to resume, or Start over.</source>
        <translation>Torne esse perfil o ativo em Configurações para retomar, ou comece de novo.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>an unexpected error (see the log).</source>
        <translation>um erro inesperado (veja o log).</translation>
    </message>
</context>
<context>
    <name>BatchText</name>
    <message numerus="yes">
        <location filename="../../conversion_gui/qt/batch_text.py" line="+34"/>
        <source>{count} row(s)</source>
        <translation>
            <numerusform>{count} linha</numerusform>
            <numerusform>{count} linhas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{details} · dates read day first</source>
        <translation>{details} · datas lidas com o dia primeiro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{details} · dates read month first</source>
        <translation>{details} · datas lidas com o mês primeiro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{details} · dates {note}</source>
        <translation>{details} · datas {note}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{valid} valid · {rejected} rejected · {blank} blank · {duplicate} duplicate · {accepted} already accepted</source>
        <translation>{valid} válidas · {rejected} rejeitadas · {blank} em branco · {duplicate} duplicadas · {accepted} já aceitas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Showing all {rows}</source>
        <translation>Mostrando todas as {rows}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing the first {first} rows and the first {problems} rows with a problem after them ({left_out} more with a problem are not shown: save the rejected rows to see them all)</source>
        <translation>Mostrando as primeiras {first} linhas e as primeiras {problems} linhas com problema depois delas ({left_out} outras com problema não aparecem: salve as linhas rejeitadas para ver todas)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Showing the first {first} rows and every row with a problem</source>
        <translation>Mostrando as primeiras {first} linhas e todas as linhas com problema</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file has an unfinished batch from {when}: {open} of {total} rows not sent yet.</source>
        <translation>Este arquivo tem um lote inacabado de {when}: {open} de {total} linhas ainda não enviadas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{done} of {total} · waiting for the history file…</source>
        <translation>{done} de {total} · aguardando o arquivo de histórico…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{done} of {total} · paused: nothing more is sent until you press Resume</source>
        <translation>{done} de {total} · pausado: nada mais é enviado até você clicar em Retomar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{done} of {total} · {rate}/s</source>
        <translation>{done} de {total} · {rate}/s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · stopping: waiting for the requests in flight…</source>
        <translation> · parando: aguardando as requisições em andamento…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · about {duration} left</source>
        <translation> · faltam cerca de {duration}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} accepted</source>
        <translation>{count} aceitas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} failed</source>
        <translation>{count} com falha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} to go</source>
        <translation>{count} restantes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} retried</source>
        <translation>{count} repetidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} throttled (the rate is now {limit}/s)</source>
        <translation>{count} limitadas (a taxa agora é {limit}/s)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Stopped: {reason}. {accepted} accepted, {not_sent} not sent; they can be resumed once that is fixed.</source>
        <translation>Parado: {reason}. {accepted} aceitas, {not_sent} não enviadas; elas podem ser retomadas quando isso for corrigido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interrupted: {reason}. {accepted} accepted, {failed} failed, {rows} not sent; resume to send them once that is fixed.</source>
        <translation>Interrompido: {reason}. {accepted} aceitas, {failed} com falha, {rows} não enviadas; retome para enviá-las quando isso for corrigido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled: {accepted} accepted, {failed} failed{why}, {rows} not sent, can be resumed.</source>
        <translation>Cancelado: {accepted} aceitas, {failed} com falha{why}, {rows} não enviadas, pode ser retomado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finished: {accepted} accepted, {failed} failed{why}.</source>
        <translation>Concluído: {accepted} aceitas, {failed} com falha{why}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Took {duration} at {rate} requests/s; {accepted} of {total} accepted ({share})</source>
        <translation>Levou {duration} a {rate} requisições/s; {accepted} de {total} aceitas ({share})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; {delivered} of the accepted marked delivered ({share})</source>
        <translation>; {delivered} das aceitas marcadas como entregues ({share})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Retried {rows}: {accepted} accepted, {again} failed again</source>
        <translation>Repetidas {rows}: {accepted} aceitas, {again} falharam de novo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, {count} not sent</source>
        <translation>, {count} não enviadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (stopped: {reason})</source>
        <translation> (interrompido: {reason})</translation>
    </message>
</context>
<context>
    <name>ChartModel</name>
    <message>
        <location filename="../../conversion_gui/qt/charts/model.py" line="+60"/>
        <source>No data yet.</source>
        <translation>Ainda sem dados.</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../conversion_gui/qt/charts/widget.py" line="+89"/>
        <source>&amp;Copy image</source>
        <translation>&amp;Copiar imagem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as &amp;PNG…</source>
        <translation>Salvar como &amp;PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export table as CSV…</source>
        <translation>&amp;Exportar tabela como CSV…</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Could not save the chart to {path}</source>
        <translation>Não foi possível salvar o gráfico em {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write {path}: {problem}</source>
        <translation>Não foi possível gravar {path}: {problem}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save chart as PNG</source>
        <translation>Salvar gráfico como PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export chart table</source>
        <translation>Exportar tabela do gráfico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the chart, save it as PNG or export its table as CSV</source>
        <translation>Copie o gráfico, salve-o como PNG ou exporte a tabela como CSV</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../../conversion_gui/qt/credentials_dialog.py" line="+52"/>
        <source>Waiting for the keychain…</source>
        <translation>Aguardando o chaveiro…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving the settings…</source>
        <translation>Salvando as configurações…</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/profiles_column.py" line="+24"/>
        <source>in use</source>
        <translation>em uso</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/credentials_dialog.py" line="+42"/>
        <source>Credentials</source>
        <translation>Credenciais</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/profiles_column.py" line="+10"/>
        <source>&amp;Profiles:</source>
        <translation>&amp;Perfis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Renomear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use this profile</source>
        <translation>&amp;Usar este perfil</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/credentials_dialog.py" line="+23"/>
        <source>No profiles yet: press Add to create one.</source>
        <translation>Nenhum perfil ainda: clique em Adicionar para criar um.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>Re&amp;verter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Nothing was saved: correct the marked field.</source>
        <translation>Nada foi salvo: corrija o campo marcado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved “{name}”.</source>
        <translation>“{name}” salvo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“{name}” is now the profile in use.</source>
        <translation>“{name}” agora é o perfil em uso.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a profile: type its name.</source>
        <translation>Adicionar um perfil: digite o nome.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add profile</source>
        <translation>Adicionar perfil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename “{name}”: type the new name.</source>
        <translation>Renomear “{name}”: digite o novo nome.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename profile</source>
        <translation>Renomear perfil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete “{name}” and its stored secrets?</source>
        <translation>Excluir “{name}” e os segredos guardados?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete profile</source>
        <translation>Excluir perfil</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+13"/>
        <source>a profile named “{name}” already exists</source>
        <translation>já existe um perfil chamado “{name}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added “{name}”.</source>
        <translation>“{name}” adicionado.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation>“{old}” renomeado para “{new}”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted “{name}” and its secrets.</source>
        <translation>“{name}” e os segredos dele foram excluídos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Forgot the {secret} of “{name}”.</source>
        <translation>Esquecido: {secret} de “{name}”.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>that did not work ({error}); see the log for details</source>
        <translation>não deu certo ({error}); veja os detalhes no log</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/profiles_column.py" line="+24"/>
        <source>{name} ({in_use})</source>
        <translation>{name} ({in_use})</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/credentials_dialog.py" line="+101"/>
        <source>“{name}” has unsaved changes: press Save to keep them, or Revert to drop them.</source>
        <translation>“{name}” tem alterações não salvas: clique em Salvar para mantê-las ou em Reverter para descartá-las.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Please wait: the change is being saved.</source>
        <translation>Aguarde: a alteração está sendo salva.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” has unsaved changes: press Save to keep them, or Close again to drop them.</source>
        <translation>“{name}” tem alterações não salvas: clique em Salvar para mantê-las ou em Fechar de novo para descartá-las.</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/credentials_snapshot.py" line="+13"/>
        <source>No keychain: secrets are kept for this session only. Nothing is written to disk; you will be asked for them again next time.</source>
        <translation>Sem chaveiro: os segredos ficam guardados só nesta sessão. Nada é gravado no disco; eles serão pedidos de novo na próxima vez.</translation>
    </message>
</context>
<context>
    <name>CredentialsSnapshot</name>
    <message>
        <location line="+5"/>
        <source>Sandbox: the demo account&apos;s secret is built in and kept in memory on purpose; nothing is written to disk.</source>
        <translation>Sandbox: o segredo da conta de demonstração vem embutido e fica na memória de propósito; nada é gravado no disco.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Secrets are kept in {where}.</source>
        <translation>Os segredos ficam em {where}.</translation>
    </message>
</context>
<context>
    <name>DoctorDialog</name>
    <message>
        <location filename="../../conversion_gui/qt/doctor_dialog.py" line="+33"/>
        <source>Check connection</source>
        <translation>Verificar conexão</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy report</source>
        <translation>&amp;Copiar relatório</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run again</source>
        <translation>&amp;Executar de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The check could not finish ({error}); see the log.</source>
        <translation>A verificação não pôde terminar ({error}); veja o log.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The report is on the clipboard: paste it into your support ticket.</source>
        <translation>O relatório está na área de transferência: cole-o no seu chamado de suporte.</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../conversion_gui/qt/drop_zone.py" line="+32"/>
        <source>Drop a CSV file or a workbook here, Open… (Ctrl+O), or paste cells (Ctrl+V)</source>
        <translation>Solte aqui um arquivo CSV ou uma planilha, use Abrir… (Ctrl+O) ou cole células (Ctrl+V)</translation>
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
        <translation>Arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;another file…</source>
        <translation>Abrir &amp;outro arquivo…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading… %p%</source>
        <translation>Lendo… %p%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the file</source>
        <translation>Lendo o arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop readin&amp;g</source>
        <translation>&amp;Parar leitura</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} · reading…</source>
        <translation>{name} · lendo…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} · reading… · {details}</source>
        <translation>{name} · lendo… · {details}</translation>
    </message>
</context>
<context>
    <name>HistoryDetails</name>
    <message>
        <location filename="../../conversion_gui/qt/history_details.py" line="+37"/>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select an attempt to see its request, answer and every attempt of its message-id.</source>
        <translation>Selecione uma tentativa para ver a requisição, a resposta e todas as tentativas do message-id.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>none (no answer)</source>
        <translation>nenhum (sem resposta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{batch}, file line {line}</source>
        <translation>{batch}, linha {line} do arquivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message ID</source>
        <translation>ID da mensagem</translation>
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
        <translation>Entregue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timestamp (UTC)</source>
        <translation>Data/hora (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempted at (UTC)</source>
        <translation>Tentativa em (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempt</source>
        <translation>Tentativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elapsed</source>
        <translation>Duração</translation>
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
        <translation>&lt;i&gt;(a resposta veio sem texto)&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer came: technical details</source>
        <translation>Nenhuma resposta: detalhes técnicos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request</source>
        <translation>Requisição</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;Attempts of this message-id&lt;/b&gt;: loading…&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tentativas deste message-id&lt;/b&gt;: carregando…&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;Attempts of this message-id ({count})&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tentativas deste message-id ({count})&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no answer</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at}: attempt {n}, {status} {meaning}</source>
        <translation>{at}: tentativa {n}, {status} {meaning}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, batch {batch}</source>
        <translation>, lote {batch}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (this one)</source>
        <translation> (esta)</translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <location filename="../../conversion_gui/qt/history_filter_bar.py" line="+32"/>
        <source>Shows attempts whose message-id contains this anywhere (any case; slower on a long history, as every attempt is read)</source>
        <translation>Mostra as tentativas cujo message-id contém este texto em qualquer posição (sem diferenciar maiúsculas; mais lento num histórico longo, pois lê todas as tentativas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows attempts whose message-id starts with this (any case)</source>
        <translation>Mostra as tentativas cujo message-id começa com este texto (sem diferenciar maiúsculas)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Message &amp;ID:</source>
        <translation>&amp;ID da mensagem:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>starts with</source>
        <translation>começa com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains</source>
        <translation>contém</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the message-id text is matched: at the start (fast) or anywhere in the id</source>
        <translation>Como o texto do message-id é comparado: no início (rápido) ou em qualquer posição</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mat&amp;ch:</source>
        <translation>Bu&amp;sca:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Accepted</source>
        <translation>Aceitas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed (any not accepted)</source>
        <translation>Com falha (não aceitas)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Outcome:</source>
        <translation>Res&amp;ultado:</translation>
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
        <translation>usuário@máquina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only attempts sent by this user@machine (a team history)</source>
        <translation>Somente tentativas enviadas por este usuário@máquina (histórico da equipe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ent by:</source>
        <translation>Enviado &amp;por:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fro&amp;m</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>A&amp;té</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Tick to limit the attempts by date ({name}, a day in UTC)</source>
        <translation>Marque para filtrar as tentativas por data ({name}, um dia em UTC)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a day in UTC; used only while its box is ticked</source>
        <translation>um dia em UTC; só vale com a caixa marcada</translation>
    </message>
</context>
<context>
    <name>HistoryLocationDialog</name>
    <message>
        <location filename="../../conversion_gui/qt/history_location_dialog.py" line="+71"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;This computer</source>
        <translation>&amp;Este computador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;eam database (PostgreSQL)</source>
        <translation>Banco de dados da &amp;equipe (PostgreSQL)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept in {folder}</source>
        <translation>Guardado em {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s history</source>
        <translation>Histórico deste computador</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pass&amp;word:</source>
        <translation>Sen&amp;ha:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every attempt records who sent it (user@machine). A server on another machine is reached over TLS with its name checked.</source>
        <translation>Cada tentativa registra quem a enviou (usuário@máquina). Um servidor em outra máquina é acessado por TLS, com o nome verificado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About team databases</source>
        <translation>Sobre bancos de dados da equipe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>•••• stored in the keychain (leave empty to keep it)</source>
        <translation>•••• guardada no chaveiro (deixe vazio para mantê-la)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not save the choice ({error}); see the log</source>
        <translation>Não foi possível salvar a escolha ({error}); veja o log</translation>
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
        <translation>ID da mensagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion time</source>
        <translation>Hora da conversão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempt</source>
        <translation>Tentativa</translation>
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
        <translation>Quando a tentativa foi feita, em UTC</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>no answer</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP {status}</source>
        <translation>HTTP {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(the answer had no text)</source>
        <translation>(a resposta veio sem texto)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read the history: {problem}</source>
        <translation>Não foi possível ler o histórico: {problem}</translation>
    </message>
</context>
<context>
    <name>HistoryOverview</name>
    <message>
        <location filename="../../conversion_gui/qt/history_overview.py" line="+34"/>
        <source>Per day</source>
        <translation>Por dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts per day chart</source>
        <translation>Gráfico de tentativas por dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day (UTC)</source>
        <translation>Dia (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per batch</source>
        <translation>Por lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts per batch chart</source>
        <translation>Gráfico de tentativas por lote</translation>
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
        <translation>Gráfico de tentativas por significado</translation>
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
        <translation>Estado da visão geral</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved {path}</source>
        <translation>{path} salvo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chart o&amp;ptions</source>
        <translation>Açõ&amp;es do gráfico</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Updating…</source>
        <translation>Atualizando…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problem with the filter: {problem}</source>
        <translation>Problema no filtro: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the history: {problem}</source>
        <translation>Não foi possível ler o histórico: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attempts per hour chart</source>
        <translation>Gráfico de tentativas por hora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> in batches</source>
        <translation> em lotes</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{count} attempt(s)</source>
        <translation>
            <numerusform>{count} tentativa</numerusform>
            <numerusform>{count} tentativas</numerusform>
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
        <translation>Salvar como arquivo CSV as tentativas que os filtros mostram</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show &amp;all batches</source>
        <translation>&amp;Mostrar todos os lotes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export batch res&amp;ults…</source>
        <translation>Exportar resultados do &amp;lote…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this batch&apos;s rows with outcome, status and meaning</source>
        <translation>Salvar as linhas deste lote com resultado, status e significado</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempt count</source>
        <translation>Total de tentativas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Re-send selected</source>
        <translation>&amp;Reenviar seleção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report the selected rows&apos; conversions again (states the same fact again; safe to repeat)</source>
        <translation>Informar de novo as conversões das linhas selecionadas (repete o mesmo fato; pode repetir sem risco)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ta&amp;ble</source>
        <translation>Ta&amp;bela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;verview</source>
        <translation>&amp;Visão geral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table or overview</source>
        <translation>Tabela ou visão geral</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Showing batch {id} only.</source>
        <translation>Mostrando só o lote {id}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{count} (updating…)</source>
        <translation>{count} (atualizando…)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{count} attempt(s)</source>
        <translation>
            <numerusform>{count} tentativa</numerusform>
            <numerusform>{count} tentativas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No attempts to show</source>
        <translation>Nenhuma tentativa para mostrar</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Select the attempts to re-send first.</source>
        <translation>Selecione primeiro as tentativas a reenviar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} rows are selected; re-send at most {limit} at a time here (for more, save them and send the file on the Batch page).</source>
        <translation>{count} linhas selecionadas; aqui é possível reenviar no máximo {limit} de cada vez (para mais, salve-as e envie o arquivo na página Lote).</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Re-sending the conversions of {count} selected attempt(s)…</source>
        <translation>
            <numerusform>Reenviando as conversões de {count} tentativa selecionada…</numerusform>
            <numerusform>Reenviando as conversões de {count} tentativas selecionadas…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re-sending: {done} of {total} done…</source>
        <translation>Reenviando: {done} de {total} concluídas…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Re-send cancelled.</source>
        <translation>Reenvio cancelado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not re-send: {problem}</source>
        <translation>Não foi possível reenviar: {problem}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export history</source>
        <translation>Exportar histórico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exporting to {path}…</source>
        <translation>Exportando para {path}…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <location line="+31"/>
        <location line="+4"/>
        <source>Could not export to {path}: {problem}</source>
        <translation>Não foi possível exportar para {path}: {problem}</translation>
    </message>
    <message numerus="yes">
        <location line="-32"/>
        <source>Exported {count} attempt(s) to {path}</source>
        <translation>
            <numerusform>{count} tentativa exportada para {path}</numerusform>
            <numerusform>{count} tentativas exportadas para {path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exporting batch {id}&apos;s results to {path}…</source>
        <translation>Exportando os resultados do lote {id} para {path}…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Exported {count} row(s) of batch {id} to {path}</source>
        <translation>
            <numerusform>{count} linha do lote {id} exportada para {path}</numerusform>
            <numerusform>{count} linhas do lote {id} exportadas para {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdPaste</name>
    <message numerus="yes">
        <location filename="../../conversion_gui/qt/id_paste.py" line="+67"/>
        <source>You pasted {count} ids. Send them all as a small batch, with the delivered and time set here, or keep only the first?</source>
        <translation>
            <numerusform>Você colou {count} id. Enviar como um lote pequeno, com a entrega e a hora definidas aqui, ou manter só o primeiro?</numerusform>
            <numerusform>Você colou {count} ids. Enviar todos como um lote pequeno, com a entrega e a hora definidas aqui, ou manter só o primeiro?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several ids pasted</source>
        <translation>Vários ids colados</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Send all {count} as a batch</source>
        <translation>
            <numerusform>Enviar {count} como lote</numerusform>
            <numerusform>Enviar os {count} como lote</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the first</source>
        <translation>Manter o primeiro</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pasted ids · {rows}</source>
        <translation>Ids colados · {rows}</translation>
    </message>
</context>
<context>
    <name>IntakeOptionsForm</name>
    <message>
        <location filename="../../conversion_gui/qt/intake_options_form.py" line="+31"/>
        <source>(none)</source>
        <translation>(nenhuma)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Message ID column:</source>
        <translation>Coluna do &amp;ID da mensagem:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delivered column:</source>
        <translation>Coluna de &amp;entrega:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timestamp column:</source>
        <translation>Coluna de data/&amp;hora:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel col&amp;umn:</source>
        <translation>Col&amp;una de canal:</translation>
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
        <translation>Vírgula</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon</source>
        <translation>Ponto e vírgula</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipe</source>
        <translation>Barra vertical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a channel column</source>
        <translation>De uma coluna de canal</translation>
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
        <translation>Perguntar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day first</source>
        <translation>Dia primeiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first</source>
        <translation>Mês primeiro</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading</source>
        <translation>Leitura</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sheet:</source>
        <translation>Planilha:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cha&amp;nnel:</source>
        <translation>Ca&amp;nal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone:</source>
        <translation>Fu&amp;so horário:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date &amp;order:</source>
        <translation>Orde&amp;m das datas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encoding:</source>
        <translation>Codi&amp;ficação:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;limiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send again anyway: duplicates and rows already accepted</source>
        <translation>Enviar mesmo assim: duplicadas e linhas já aceitas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows the history holds as accepted, and repeated ids, are sent too (reporting the same conversion again)</source>
        <translation>Linhas que o histórico tem como aceitas e ids repetidos também são enviados (informando a mesma conversão de novo)</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Time zone: {problem}</source>
        <translation>Fuso horário: {problem}</translation>
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
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new language applies the next time conversion-gui starts.</source>
        <translation>O novo idioma vale a partir da próxima vez que o conversion-gui for aberto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Observação</translation>
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
        <translation>Problema com a pasta de dados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate</source>
        <translation>Taxa</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;b&gt;SANDBOX&lt;/b&gt;: answers come from the built-in simulator, nothing leaves this machine. Try message-ids like sim-402 or sim-423 to see other answers.</source>
        <translation>&lt;b&gt;SANDBOX&lt;/b&gt;: as respostas vêm do simulador embutido, nada sai desta máquina. Experimente message-ids como sim-402 ou sim-423 para ver outras respostas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sandbox mode</source>
        <translation>Modo sandbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;witch off sandbox</source>
        <translation>Desli&amp;gar sandbox</translation>
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
        <translation>Histórico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report one conversion (Ctrl+1)</source>
        <translation>Informar uma conversão (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a campaign file (Ctrl+2)</source>
        <translation>Enviar um arquivo de campanha (Ctrl+2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every attempt and its answer (Ctrl+3)</source>
        <translation>Todas as tentativas e suas respostas (Ctrl+3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open CSV…</source>
        <translation>&amp;Abrir CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export history…</source>
        <translation>&amp;Exportar histórico…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a &amp;template…</source>
        <translation>Salvar um &amp;modelo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Colar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings</source>
        <translation>&amp;Configurações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Credentials…</source>
        <translation>&amp;Credenciais…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sending…</source>
        <translation>&amp;Envio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Network…</source>
        <translation>&amp;Rede…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History…</source>
        <translation>&amp;Histórico…</translation>
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
        <translation>Si&amp;mulador do sandbox…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check connection…</source>
        <translation>&amp;Verificar conexão…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;data folder</source>
        <translation>Abrir pasta de &amp;dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;log folder</source>
        <translation>Abrir pasta de &amp;logs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About</source>
        <translation>&amp;Sobre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page {n}</source>
        <translation>Página {n}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leave sandbox mode?</source>
        <translation>Sair do modo sandbox?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no profile with your own API key yet, so nothing can be sent outside sandbox mode until you add one in Settings &gt; Credentials….

Leave sandbox mode anyway?</source>
        <translation>Ainda não há um perfil com a sua própria API key, então nada pode ser enviado fora do modo sandbox até você adicionar um em Configurações &gt; Credenciais….

Sair do modo sandbox mesmo assim?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Finish or cancel the batch before switching mode.</source>
        <translation>Termine ou cancele o lote antes de mudar de modo.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>conversion-gui — sandbox</source>
        <translation>conversion-gui — sandbox</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The history file could not be opened (see the log).</source>
        <translation>Não foi possível abrir o arquivo do histórico (veja o log).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Profile: waiting for the keychain…</source>
        <translation>Perfil: aguardando o chaveiro…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profile: could not be read (see the log)</source>
        <translation>Perfil: não foi possível ler (veja o log)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no rate limit</source>
        <translation>sem limite de taxa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rate} · {n} in flight · files in {zone}</source>
        <translation>{rate} · {n} em andamento · arquivos em {zone}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Simulator faults: {faults}</source>
        <translation>Falhas do simulador: {faults}</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Template not saved</source>
        <translation>Modelo não salvo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {path}: {problem}</source>
        <translation>Não é possível gravar {path}: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template saved: {files} in {folder}</source>
        <translation>Modelo salvo: {files} em {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a template (a .csv and an .xlsx)</source>
        <translation>Salvar um modelo (um .csv e um .xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workbook and CSV (*.xlsx)</source>
        <translation>Planilha e CSV (*.xlsx)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About conversion-gui</source>
        <translation>Sobre o conversion-gui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;conversion-gui {version}&lt;/h3&gt;&lt;p&gt;Reports conversions to the Vonage Conversion API, one at a time or by the thousand from a file.&lt;/p&gt;&lt;p&gt;Data: {data}&lt;br&gt;Logs: {logs}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;conversion-gui {version}&lt;/h3&gt;&lt;p&gt;Informa conversões à Vonage Conversion API, uma de cada vez ou aos milhares a partir de um arquivo.&lt;/p&gt;&lt;p&gt;Dados: {data}&lt;br&gt;Logs: {logs}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A batch is still sending. Stop it and quit?

Rows not sent yet stay in the journal: open the same file again to resume.</source>
        <translation>Um lote ainda está sendo enviado. Interromper e sair?

As linhas ainda não enviadas ficam no diário: abra o mesmo arquivo de novo para retomar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit during a batch?</source>
        <translation>Sair durante um lote?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopping the batch…</source>
        <translation>Interrompendo o lote…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sandbox · demo account · secret built in · answers from the built-in simulator</source>
        <translation>Sandbox · conta de demonstração · segredo embutido · respostas do simulador embutido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No profile yet: Settings › Credentials… to add your API key and secret</source>
        <translation>Nenhum perfil ainda: Configurações › Credenciais… para adicionar sua API key e o segredo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key {key} from the environment</source>
        <translation>Chave {key} do ambiente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>signature secret in {store}</source>
        <translation>segredo de assinatura em {store}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secret in {store}</source>
        <translation>segredo em {store}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no signature secret set</source>
        <translation>nenhum segredo de assinatura definido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no secret set</source>
        <translation>nenhum segredo definido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · overridden by VONAGE_* variables</source>
        <translation> · substituído por variáveis VONAGE_*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile {name} (key {key}) · {where} · {auth} auth{extra}</source>
        <translation>Perfil {name} (chave {key}) · {where} · autenticação {auth}{extra}</translation>
    </message>
</context>
<context>
    <name>Meanings</name>
    <message>
        <location filename="../../conversion_gui/qt/meanings.py" line="+23"/>
        <source>Accepted: the conversion was recorded</source>
        <translation>Aceita: a conversão foi registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong credentials: check the API key and secret (or signature secret and method)</source>
        <translation>Credenciais erradas: confira a API key e o segredo (ou o segredo de assinatura e o método)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion API not enabled for this account: ask Vonage support to enable it</source>
        <translation>Conversion API não ativada nesta conta: peça ao suporte da Vonage para ativá-la</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid parameters: check message-id, delivered and timestamp</source>
        <translation>Parâmetros inválidos: confira message-id, delivered e timestamp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Throttled: the app slowed down and retried</source>
        <translation>Limitada: o app reduziu o ritmo e tentou de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vonage server error</source>
        <translation>Erro no servidor da Vonage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach the API: nothing was sent</source>
        <translation>Não foi possível acessar a API: nada foi enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer: the API did not answer. The conversion may have arrived; it is safe to send again</source>
        <translation>Sem resposta: a API não respondeu. A conversão pode ter chegado; pode enviar de novo sem risco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer: the API gave no answer in time. The conversion may have arrived; it is safe to send again</source>
        <translation>Sem resposta: a API não respondeu a tempo. A conversão pode ter chegado; pode enviar de novo sem risco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate problem (a proxy?): the connection was not trusted, nothing was sent</source>
        <translation>Problema de certificado (um proxy?): a conexão não era confiável, nada foi enviado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy asks for a password: set it in Settings › Network</source>
        <translation>O proxy pede uma senha: defina-a em Configurações › Rede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>Sem resposta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer: the connection was closed before an answer came. The conversion may have arrived; it is safe to send again.</source>
        <translation>Sem resposta: a conexão foi fechada antes de chegar uma resposta. A conversão pode ter chegado; pode enviar de novo sem risco.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer: the request failed. The conversion may have arrived; it is safe to send again.</source>
        <translation>Sem resposta: a requisição falhou. A conversão pode ter chegado; pode enviar de novo sem risco.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not reach the API: </source>
        <translation>Não foi possível acessar a API: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer: </source>
        <translation>Sem resposta: </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unexpected answer ({status})</source>
        <translation>Resposta inesperada ({status})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Accepted</source>
        <translation>Aceita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong credentials</source>
        <translation>Credenciais erradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion API not enabled</source>
        <translation>Conversion API não ativada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid parameters</source>
        <translation>Parâmetros inválidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throttled</source>
        <translation>Limitada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server error</source>
        <translation>Erro no servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach the API</source>
        <translation>API inacessível</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer (may have arrived)</source>
        <translation>Sem resposta (pode ter chegado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate problem</source>
        <translation>Problema de certificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy password needed</source>
        <translation>Proxy pede senha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected answer</source>
        <translation>Resposta inesperada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent (a fault in the app)</source>
        <translation>Não enviada (falha no app)</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <location filename="../../conversion_gui/qt/network_dialog.py" line="+37"/>
        <source>•••• stored in the keychain (leave empty to keep it)</source>
        <translation>•••• guardada no chaveiro (deixe vazio para mantê-la)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Automatic (the system&apos;s proxy settings, HTTPS_PROXY)</source>
        <translation>&amp;Automático (configurações de proxy do sistema, HTTPS_PROXY)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No proxy</source>
        <translation>&amp;Sem proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manual proxy</source>
        <translation>Proxy &amp;manual</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Automatic: looking…</source>
        <translation>Automático: procurando…</translation>
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
        <translation>só se o proxy pedir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forget the stored password</source>
        <translation>&amp;Esquecer a senha guardada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pass&amp;word:</source>
        <translation>Se&amp;nha:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>could not be read</source>
        <translation>não foi possível ler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic now means: {proxy}.</source>
        <translation>Automático agora significa: {proxy}.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Could not save the settings ({error}); see the log.</source>
        <translation>Não foi possível salvar as configurações ({error}); veja o log.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../conversion_gui/qt/preview_model.py" line="+49"/>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message ID</source>
        <translation>ID da mensagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timestamp (UTC)</source>
        <translation>Data/hora (UTC)</translation>
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
        <translation>Não foi possível ler o arquivo ({problem}).</translation>
    </message>
</context>
<context>
    <name>PreviewTable</name>
    <message>
        <location filename="../../conversion_gui/qt/preview_table.py" line="+33"/>
        <source>Counts</source>
        <translation>Contagens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows shown</source>
        <translation>Linhas mostradas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems onl&amp;y</source>
        <translation>Só pro&amp;blemas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Row details</source>
        <translation>Detalhes da linha</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Line {line}: {verdict}</source>
        <translation>Linha {line}: {verdict}</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../conversion_gui/qt/profile_form.py" line="+31"/>
        <source>Basic (header)</source>
        <translation>Basic (cabeçalho)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key and secret in the body</source>
        <translation>Chave e segredo no corpo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form</source>
        <translation>Formulário</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set</source>
        <translation>não definido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>stored — type to replace</source>
        <translation>guardado — digite para substituir</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Forget API secret</source>
        <translation>Esquecer segredo da API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget signature secret</source>
        <translation>Esquecer segredo de assinatura</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pro&amp;file name:</source>
        <translation>Nome do perfi&amp;l:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key:</source>
        <translation>&amp;Chave da API:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API s&amp;ecret:</source>
        <translation>S&amp;egredo da API:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;gnature secret:</source>
        <translation>Se&amp;gredo de assinatura:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Au&amp;th mode:</source>
        <translation>Modo de au&amp;tenticação:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature &amp;method:</source>
        <translation>&amp;Método de assinatura:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base UR&amp;L:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Body:</source>
        <translation>C&amp;orpo:</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Stored in {where}: type to replace it</source>
        <translation>Guardado em {where}: digite para substituir</translation>
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
        <translation>&amp;Novo nome:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OK</source>
        <translation>OK</translation>
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
        <translation>Lote inacabado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume &amp;batch</source>
        <translation>Retomar &amp;lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start o&amp;ver</source>
        <translation>Começar de no&amp;vo</translation>
    </message>
</context>
<context>
    <name>RiskBar</name>
    <message>
        <location filename="../../conversion_gui/qt/risk_bar.py" line="+52"/>
        <source>Check before sending</source>
        <translation>Verifique antes de enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;anyway</source>
        <translation>Enviar mesmo a&amp;ssim</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> Send it anyway?</source>
        <translation> Enviar mesmo assim?</translation>
    </message>
</context>
<context>
    <name>RowWords</name>
    <message>
        <location filename="../../conversion_gui/qt/batch_outcomes.py" line="+38"/>
        <source>refused by the API: {reason}</source>
        <translation>recusada pela API: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not sent yet: Resume batch sends it</source>
        <translation>ainda não enviada: Retomar lote a envia</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n tentativa</numerusform>
            <numerusform>%n tentativas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed after {tries}: {reason}</source>
        <translation>falhou após {tries}: {reason}</translation>
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
        <translation>API de S&amp;MS</translation>
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
        <translation>&amp;ID da mensagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event &amp;ID</source>
        <translation>&amp;ID do evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call &amp;ID</source>
        <translation>&amp;ID da chamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the user completed the call to action</source>
        <translation>o usuário concluiu a chamada para ação</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Sent with:</source>
        <translation>Enviado com:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message &amp;ID:</source>
        <translation>&amp;ID da mensagem:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>paste the id from the send response</source>
        <translation>cole o id da resposta do envio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delivered:</source>
        <translation>&amp;Entregue:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Send (Enter in the id field, or Ctrl+Return anywhere here)</source>
        <translation>Enviar (Enter no campo do id ou Ctrl+Return em qualquer lugar aqui)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop retrying (Esc)</source>
        <translation>Parar de tentar (Esc)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Recent sends:</source>
        <translation>Envios &amp;recentes:</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/recent_sends.py" line="+28"/>
        <source>This session&apos;s sends, newest first; Enter puts the id back</source>
        <translation>Envios desta sessão, os mais novos primeiro; Enter coloca o id de volta</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/send_form.py" line="+93"/>
        <source>Cancelling: no further attempt will be made…</source>
        <translation>Cancelando: nenhuma outra tentativa será feita…</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The pasted ids could not be made a batch: {problem}</source>
        <translation>Não foi possível transformar os ids colados em um lote: {problem}</translation>
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
        <translation>em {seconds} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shortly</source>
        <translation>em instantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{headline}. Attempt {attempt} of {attempts}: trying again {wait} (Esc cancels)…</source>
        <translation>{headline}. Tentativa {attempt} de {attempts}: tentando de novo {wait} (Esc cancela)…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not send ({error}): nothing was recorded. Details are in the log.</source>
        <translation>Não foi possível enviar ({error}): nada foi registrado. Os detalhes estão no log.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelled: nothing was sent.</source>
        <translation>Cancelado: nada foi enviado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved in the history: {problem}</source>
        <translation>Não salvo no histórico: {problem}</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/recent_sends.py" line="+7"/>
        <source>delivered</source>
        <translation>entregue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not delivered</source>
        <translation>não entregue</translation>
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
        <translation>Salvar resultados…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every row of the file with its outcome, status and meaning (before a batch: its verdict), as a CSV to hand back</source>
        <translation>Salvar cada linha do arquivo com resultado, status e significado (antes de um lote: o veredito) como CSV para devolver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save rows not accepted…</source>
        <translation>Salvar linhas não aceitas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the rows that were not accepted, with the reason, as a CSV to fix and send again</source>
        <translation>Salvar as linhas que não foram aceitas, com o motivo, como CSV para corrigir e enviar de novo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Retry failed</source>
        <translation>&amp;Reenviar falhas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;in History</source>
        <translation>Ver no His&amp;tórico</translation>
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
        <translation>Enviar as linhas válidas (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sending</source>
        <translation>Envio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Progresso</translation>
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
        <translation>Linhas válidas enviadas</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Send {count} valid row(s)</source>
        <translation>
            <numerusform>Enviar {count} linha válida</numerusform>
            <numerusform>Enviar {count} linhas válidas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pausing: the requests in flight finish, nothing more is sent</source>
        <translation>Pausando: as requisições em andamento terminam, nada mais é enviado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelling: waiting for the requests in flight…</source>
        <translation>Cancelando: aguardando as requisições em andamento…</translation>
    </message>
</context>
<context>
    <name>SendWords</name>
    <message>
        <location filename="../../conversion_gui/qt/send_words.py" line="+36"/>
        <source>No answer</source>
        <translation>Sem resposta</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>after %n attempt(s)</source>
        <translation>
            <numerusform>após %n tentativa</numerusform>
            <numerusform>após %n tentativas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not recorded: the API was still throttling {tries}. Wait a minute and send again (Settings &gt; Sending can lower the rate).</source>
        <translation>Não registrada: a API continuou limitando {tries}. Aguarde um minuto e envie de novo (em Configurações &gt; Envio dá para reduzir a taxa).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not recorded: {meaning} {tries}. Try again in a few minutes: it is safe to send again.</source>
        <translation>Não registrada: {meaning} {tries}. Tente de novo em alguns minutos: pode enviar de novo sem risco.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{meaning} ({tries}).</source>
        <translation>{meaning} ({tries}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> It was not recorded: check the connection (Help &gt; Check connection…) and send again.</source>
        <translation> Não foi registrada: verifique a conexão (Ajuda &gt; Verificar conexão…) e envie de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> It may not have been recorded; it is safe to send again.</source>
        <translation> Pode não ter sido registrada; pode enviar de novo sem risco.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source> (after %n attempt(s))</source>
        <translation>
            <numerusform> (após %n tentativa)</numerusform>
            <numerusform> (após %n tentativas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>. Cancelled: no further attempt was made</source>
        <translation>. Cancelado: nenhuma outra tentativa foi feita</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The API said: {text}</source>
        <translation>A API disse: {text}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Technical details ({kind}): {text}</source>
        <translation>Detalhes técnicos ({kind}): {text}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The time is {span} in the future.</source>
        <translation>O horário está {span} no futuro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time is {span} in the past.</source>
        <translation>O horário está {span} no passado.</translation>
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
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n ano</numerusform>
            <numerusform>%n anos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history already holds {label} {id} as accepted: sending it again reports the same conversion twice.</source>
        <translation>O histórico já tem {label} {id} como aceito: enviar de novo informa a mesma conversão duas vezes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No credentials yet: open Settings &gt; Credentials… to add an API key and secret (or start the app in sandbox mode to try it out).</source>
        <translation>Ainda não há credenciais: abra Configurações &gt; Credenciais… para adicionar uma API key e o segredo (ou abra o app no modo sandbox para experimentar).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The credentials are incomplete ({reason}): open Settings &gt; Credentials…</source>
        <translation>As credenciais estão incompletas ({reason}): abra Configurações &gt; Credenciais…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The credentials in the environment cannot be used: {problem}</source>
        <translation>As credenciais do ambiente não podem ser usadas: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The saved settings cannot be used: {problem}. Open Settings &gt; Credentials…</source>
        <translation>As configurações salvas não podem ser usadas: {problem}. Abra Configurações &gt; Credenciais…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile&apos;s address cannot be used: {problem}. Open Settings &gt; Credentials…</source>
        <translation>O endereço do perfil não pode ser usado: {problem}. Abra Configurações &gt; Credenciais…</translation>
    </message>
</context>
<context>
    <name>SendingDialog</name>
    <message>
        <location filename="../../conversion_gui/qt/sending_dialog.py" line="+25"/>
        <source>Sending</source>
        <translation>Envio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> per second</source>
        <translation> por segundo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rate:</source>
        <translation>&amp;Taxa:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Requests in &amp;flight:</source>
        <translation>Requisições &amp;simultâneas:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Time zone of files:</source>
        <translation>&amp;Fuso horário dos arquivos:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vonage allows 30 requests per second per API key by default. Timestamps in a file without an offset are read in the time zone.</source>
        <translation>Por padrão, a Vonage permite 30 requisições por segundo por API key. Datas/horas de um arquivo sem deslocamento de fuso são lidas neste fuso horário.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
</context>
<context>
    <name>SimulatorDialog</name>
    <message>
        <location filename="../../conversion_gui/qt/simulator_dialog.py" line="+28"/>
        <source>&amp;Server errors (500, 503):</source>
        <translation>Erros do &amp;servidor (500, 503):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Throttled (429):</source>
        <translation>&amp;Limitação (429):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection &amp;resets:</source>
        <translation>Conexões &amp;reiniciadas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No answer (hangs):</source>
        <translation>Sem resposta (&amp;trava):</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sandbox simulator</source>
        <translation>Simulador do sandbox</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Latency of every answer:</source>
        <translation>L&amp;atência de cada resposta:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> % of requests</source>
        <translation> % das requisições</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the built-in simulator misbehaves; nothing leaves this machine. The command line has the same choices: conversion-gui simulator --latency-ms MS and the fault options.</source>
        <translation>Só o simulador embutido se comporta mal; nada sai desta máquina. A linha de comando tem as mesmas opções: conversion-gui simulator --latency-ms MS e as opções de falha.</translation>
    </message>
</context>
<context>
    <name>WhenEditor</name>
    <message>
        <location filename="../../conversion_gui/qt/when_editor.py" line="+49"/>
        <source>Wh&amp;en:</source>
        <translation>&amp;Quando:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>your time, {zone}</source>
        <translation>seu horário, {zone}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your time ({zone})</source>
        <translation>seu horário ({zone})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N&amp;ow</source>
        <translation>Ag&amp;ora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the time to now</source>
        <translation>Definir a hora como agora</translation>
    </message>
</context>
</TS>
