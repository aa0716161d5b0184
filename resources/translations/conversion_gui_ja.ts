<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../conversion_gui/qt/app.py" line="+66"/>
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conversion-gui hit an unexpected problem. Nothing you sent is lost: the history and the batch journal are kept as they were.</source>
        <translation>conversion-gui で予期しない問題が発生しました。送信した内容は失われていません。履歴とバッチのジャーナルはそのまま保持されています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The details are in the log file:
{path}</source>
        <translation>詳細はログ ファイルにあります:
{path}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>conversion-gui cannot start</source>
        <translation>conversion-gui を起動できません</translation>
    </message>
</context>
<context>
    <name>BatchLiveChart</name>
    <message>
        <location filename="../../conversion_gui/qt/batch_live_chart.py" line="+30"/>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retries</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>429s</source>
        <translation>429 応答</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Sending rate chart</source>
        <translation>送信レートのグラフ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time from start</source>
        <translation>開始からの時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows a second</source>
        <translation>行/秒</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The sending rate shows once rows are sent.</source>
        <translation>行を送信すると送信レートが表示されます。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>a limit of {limit} a second</source>
        <translation>上限 {limit} 件/秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending {rate} rows a second against {limit}; so far {accepted} accepted, {rejected} rejected, {failed} failed; {retries} retries, {throttled} throttled (429).</source>
        <translation>{rate} 行/秒で送信中 ({limit})。これまでに受理 {accepted}、拒否 {rejected}、失敗 {failed}、再試行 {retries}、スロットリング {throttled} (429)。</translation>
    </message>
</context>
<context>
    <name>BatchOutcomeChart</name>
    <message>
        <location filename="../../conversion_gui/qt/batch_outcome_chart.py" line="+29"/>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{accepted} accepted, {failed} failed</source>
        <translation>受理 {accepted}、失敗 {failed}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; {rejected} rejected, {not_sent} not sent.</source>
        <translation>、拒否 {rejected}、未送信 {not_sent}。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes chart</source>
        <translation>結果のグラフ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meaning</source>
        <translation>意味</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failure meanings chart</source>
        <translation>失敗の意味のグラフ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why rows failed</source>
        <translation>失敗の理由</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outcomes: copy or save…</source>
        <translation>結果: コピーまたは保存…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons: copy or save…</source>
        <translation>理由: コピーまたは保存…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No row failed.</source>
        <translation>失敗した行はありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commonest reasons rows failed: {reasons}</source>
        <translation>主な失敗理由: {reasons}</translation>
    </message>
</context>
<context>
    <name>BatchPage</name>
    <message>
        <location filename="../../conversion_gui/qt/batch_panel.py" line="+122"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Open a campaign file</source>
        <translation>キャンペーン ファイルを開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files and workbooks (*.csv *.txt *.tsv *.tab *.xlsx *.xlsm *.xlsb *.xls *.ods);;All files (*)</source>
        <translation>CSV ファイルとブック (*.csv *.txt *.tsv *.tab *.xlsx *.xlsm *.xlsb *.xls *.ods);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save results</source>
        <translation>結果の保存</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+13"/>
        <source>A batch is being sent: cancel it before opening another file.</source>
        <translation>バッチを送信中です。別のファイルを開く前にキャンセルしてください。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A batch is being sent: cancel it before pasting cells.</source>
        <translation>バッチを送信中です。セルを貼り付ける前にキャンセルしてください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the pasted cells…</source>
        <translation>貼り付けたセルを読み込んでいます…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing pasted: {problem}</source>
        <translation>貼り付けられませんでした: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing pasted: cannot write the cells ({problem})</source>
        <translation>貼り付けられませんでした: セルを書き込めません ({problem})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pasted cells · {rows}</source>
        <translation>貼り付けたセル · {rows}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cells had no header row: the columns were named from what they hold ({columns}). Check the mapping below.</source>
        <translation>セルに見出し行がありませんでした。列名は内容から付けました ({columns})。下の対応付けを確認してください。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stopping: waiting for the requests in flight…</source>
        <translation>停止中: 送信中のリクエストを待っています…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Choose the sheet: {error}</source>
        <translation>シートを選択してください: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+197"/>
        <source>Problem: {error}</source>
        <translation>問題: {error}</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Reading stopped: the counts cover only the rows read so far. Change an option or open the file again to read all of it.</source>
        <translation>読み込みを停止しました。件数はここまでに読み込んだ行のみです。すべて読み込むには、オプションを変更するか、ファイルを開き直してください。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Batch #{id} is being sent by another conversion-gui right now (another window or the command line): start over once it is done.</source>
        <translation>バッチ #{id} は別の conversion-gui (別のウィンドウまたはコマンド ライン) が送信中です。完了してからやり直してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start over?</source>
        <translation>やり直しますか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch #{id} of this file still has {count} rows not sent. Start a new batch from the file instead? Rows already accepted are not sent again; the old batch is closed when the new one starts.</source>
        <translation>このファイルのバッチ #{id} には未送信の行が {count} 行残っています。代わりにこのファイルから新しいバッチを開始しますか? 受理済みの行は再送信されません。新しいバッチの開始時に古いバッチは終了します。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Problem with the sending settings: {problem}</source>
        <translation>送信設定に問題があります: {problem}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preparing: reading the file into the journal…</source>
        <translation>準備中: ファイルをジャーナルに読み込んでいます…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing…</source>
        <translation>準備中…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starting…</source>
        <translation>開始中…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not send: {problem}</source>
        <translation>送信できませんでした: {problem}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not show each row&apos;s result: {problem}</source>
        <translation>各行の結果を表示できませんでした: {problem}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>{count} row(s) not accepted saved to {path}</source>
        <translation>
            <numerusform>受理されなかった {count} 行を {path} に保存しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{count} row(s) saved to {path}</source>
        <translation>
            <numerusform>{count} 行を {path} に保存しました</numerusform>
        </translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Problem: the rows could not be saved ({problem})</source>
        <translation>問題: 行を保存できませんでした ({problem})</translation>
    </message>
</context>
<context>
    <name>BatchSender</name>
    <message>
        <location filename="../../conversion_gui/qt/batch_sender.py" line="+119"/>
        <source>Make that profile the active one in Settings to resume, or Start over.</source>
        <translation>再開するには [設定] でそのプロファイルを使用中にするか、やり直してください。</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>an unexpected error (see the log).</source>
        <translation>予期しないエラー (ログを参照)。</translation>
    </message>
</context>
<context>
    <name>BatchText</name>
    <message numerus="yes">
        <location filename="../../conversion_gui/qt/batch_text.py" line="+34"/>
        <source>{count} row(s)</source>
        <translation>
            <numerusform>{count} 行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{details} · dates read day first</source>
        <translation>{details} · 日付は日が先</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{details} · dates read month first</source>
        <translation>{details} · 日付は月が先</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{details} · dates {note}</source>
        <translation>{details} · 日付 {note}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{valid} valid · {rejected} rejected · {blank} blank · {duplicate} duplicate · {accepted} already accepted</source>
        <translation>有効 {valid} · 却下 {rejected} · 空白 {blank} · 重複 {duplicate} · 受理済み {accepted}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Showing all {rows}</source>
        <translation>全 {rows}を表示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing the first {first} rows and the first {problems} rows with a problem after them ({left_out} more with a problem are not shown: save the rejected rows to see them all)</source>
        <translation>最初の {first} 行と、その後の問題のある最初の {problems} 行を表示しています (問題のある残り {left_out} 行は表示されていません。すべて確認するには却下された行を保存してください)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Showing the first {first} rows and every row with a problem</source>
        <translation>最初の {first} 行と問題のあるすべての行を表示しています</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file has an unfinished batch from {when}: {open} of {total} rows not sent yet.</source>
        <translation>このファイルには {when} の未完了のバッチがあります: {total} 行中 {open} 行が未送信です。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{done} of {total} · waiting for the history file…</source>
        <translation>{done} / {total} · 履歴ファイルを待っています…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{done} of {total} · paused: nothing more is sent until you press Resume</source>
        <translation>{done} / {total} · 一時停止中: 再開を押すまで送信しません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{done} of {total} · {rate}/s</source>
        <translation>{done} / {total} · {rate}/秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · stopping: waiting for the requests in flight…</source>
        <translation> · 停止中: 送信中のリクエストを待っています…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · about {duration} left</source>
        <translation> · 残り約 {duration}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} accepted</source>
        <translation>受理 {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} failed</source>
        <translation>失敗 {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} to go</source>
        <translation>残り {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} retried</source>
        <translation>再試行 {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} throttled (the rate is now {limit}/s)</source>
        <translation>スロットリング {count} (レートは現在 {limit}/秒)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Stopped: {reason}. {accepted} accepted, {not_sent} not sent; they can be resumed once that is fixed.</source>
        <translation>停止しました: {reason}。受理 {accepted}、未送信 {not_sent}。問題の解決後に再開できます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interrupted: {reason}. {accepted} accepted, {failed} failed, {rows} not sent; resume to send them once that is fixed.</source>
        <translation>中断しました: {reason}。受理 {accepted}、失敗 {failed}、未送信 {rows}。問題の解決後に再開して送信してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled: {accepted} accepted, {failed} failed{why}, {rows} not sent, can be resumed.</source>
        <translation>キャンセルしました: 受理 {accepted}、失敗 {failed}{why}、未送信 {rows}。再開できます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finished: {accepted} accepted, {failed} failed{why}.</source>
        <translation>完了しました: 受理 {accepted}、失敗 {failed}{why}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Took {duration} at {rate} requests/s; {accepted} of {total} accepted ({share})</source>
        <translation>所要時間 {duration}、{rate} リクエスト/秒。{total} 件中 {accepted} 件受理 ({share})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; {delivered} of the accepted marked delivered ({share})</source>
        <translation>。受理のうち {delivered} 件が配信済み ({share})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Retried {rows}: {accepted} accepted, {again} failed again</source>
        <translation>{rows}を再試行: 受理 {accepted}、再び失敗 {again}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, {count} not sent</source>
        <translation>、未送信 {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (stopped: {reason})</source>
        <translation> (停止: {reason})</translation>
    </message>
</context>
<context>
    <name>ChartModel</name>
    <message>
        <location filename="../../conversion_gui/qt/charts/model.py" line="+60"/>
        <source>No data yet.</source>
        <translation>まだデータがありません。</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../conversion_gui/qt/charts/widget.py" line="+89"/>
        <source>&amp;Copy image</source>
        <translation>画像をコピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as &amp;PNG…</source>
        <translation>PNG として保存(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export table as CSV…</source>
        <translation>表を CSV にエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Could not save the chart to {path}</source>
        <translation>グラフを {path} に保存できませんでした</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write {path}: {problem}</source>
        <translation>{path} に書き込めませんでした: {problem}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save chart as PNG</source>
        <translation>グラフを PNG として保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export chart table</source>
        <translation>グラフの表のエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chart</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the chart, save it as PNG or export its table as CSV</source>
        <translation>グラフをコピー、PNG として保存、または表を CSV にエクスポートします</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../../conversion_gui/qt/credentials_dialog.py" line="+52"/>
        <source>Waiting for the keychain…</source>
        <translation>キーチェーンを待っています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving the settings…</source>
        <translation>設定を保存しています…</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/profiles_column.py" line="+24"/>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/credentials_dialog.py" line="+42"/>
        <source>Credentials</source>
        <translation>認証情報</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/profiles_column.py" line="+10"/>
        <source>&amp;Profiles:</source>
        <translation>プロファイル(&amp;P):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>名前の変更(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use this profile</source>
        <translation>このプロファイルを使用(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/credentials_dialog.py" line="+23"/>
        <source>No profiles yet: press Add to create one.</source>
        <translation>プロファイルはまだありません。[追加] を押して作成してください。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>元に戻す(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Nothing was saved: correct the marked field.</source>
        <translation>保存されていません。マークされた項目を修正してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved “{name}”.</source>
        <translation>「{name}」を保存しました。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“{name}” is now the profile in use.</source>
        <translation>「{name}」を使用中のプロファイルにしました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a profile: type its name.</source>
        <translation>プロファイルの追加: 名前を入力してください。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add profile</source>
        <translation>プロファイルの追加</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename “{name}”: type the new name.</source>
        <translation>「{name}」の名前の変更: 新しい名前を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename profile</source>
        <translation>プロファイル名の変更</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete “{name}” and its stored secrets?</source>
        <translation>「{name}」と保存されているシークレットを削除しますか?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete profile</source>
        <translation>プロファイルの削除</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+13"/>
        <source>a profile named “{name}” already exists</source>
        <translation>「{name}」という名前のプロファイルは既に存在します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added “{name}”.</source>
        <translation>「{name}」を追加しました。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation>「{old}」の名前を「{new}」に変更しました。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted “{name}” and its secrets.</source>
        <translation>「{name}」とそのシークレットを削除しました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Forgot the {secret} of “{name}”.</source>
        <translation>「{name}」の {secret} を削除しました。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>that did not work ({error}); see the log for details</source>
        <translation>失敗しました ({error})。詳細はログを参照してください</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/profiles_column.py" line="+24"/>
        <source>{name} ({in_use})</source>
        <translation>{name} ({in_use})</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/credentials_dialog.py" line="+101"/>
        <source>“{name}” has unsaved changes: press Save to keep them, or Revert to drop them.</source>
        <translation>「{name}」に未保存の変更があります。保持するには [保存]、破棄するには [元に戻す] を押してください。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Please wait: the change is being saved.</source>
        <translation>お待ちください: 変更を保存しています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” has unsaved changes: press Save to keep them, or Close again to drop them.</source>
        <translation>「{name}」に未保存の変更があります。保持するには [保存]、破棄するにはもう一度 [閉じる] を押してください。</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/credentials_snapshot.py" line="+13"/>
        <source>No keychain: secrets are kept for this session only. Nothing is written to disk; you will be asked for them again next time.</source>
        <translation>キーチェーンがありません: シークレットはこのセッションの間だけ保持されます。ディスクには何も書き込まれず、次回また入力を求められます。</translation>
    </message>
</context>
<context>
    <name>CredentialsSnapshot</name>
    <message>
        <location line="+5"/>
        <source>Sandbox: the demo account&apos;s secret is built in and kept in memory on purpose; nothing is written to disk.</source>
        <translation>サンドボックス: デモ アカウントのシークレットは組み込みで、意図的にメモリ内に保持されます。ディスクには何も書き込まれません。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Secrets are kept in {where}.</source>
        <translation>シークレットの保存先: {where}。</translation>
    </message>
</context>
<context>
    <name>DoctorDialog</name>
    <message>
        <location filename="../../conversion_gui/qt/doctor_dialog.py" line="+33"/>
        <source>Check connection</source>
        <translation>接続の確認</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy report</source>
        <translation>レポートをコピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run again</source>
        <translation>再実行(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The check could not finish ({error}); see the log.</source>
        <translation>確認を完了できませんでした ({error})。ログを参照してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The report is on the clipboard: paste it into your support ticket.</source>
        <translation>レポートをクリップボードにコピーしました。サポート チケットに貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../conversion_gui/qt/drop_zone.py" line="+32"/>
        <source>Drop a CSV file or a workbook here, Open… (Ctrl+O), or paste cells (Ctrl+V)</source>
        <translation>CSV ファイルまたはブックをここにドロップするか、[開く…] (Ctrl+O)、またはセルを貼り付け (Ctrl+V)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>FileHeader</name>
    <message>
        <location filename="../../conversion_gui/qt/file_header.py" line="+32"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;another file…</source>
        <translation>別のファイルを開く(&amp;A)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading… %p%</source>
        <translation>読み込み中… %p%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the file</source>
        <translation>ファイルの読み込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop readin&amp;g</source>
        <translation>読み込みを停止(&amp;G)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} · reading…</source>
        <translation>{name} · 読み込み中…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} · reading… · {details}</source>
        <translation>{name} · 読み込み中… · {details}</translation>
    </message>
</context>
<context>
    <name>HistoryDetails</name>
    <message>
        <location filename="../../conversion_gui/qt/history_details.py" line="+37"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select an attempt to see its request, answer and every attempt of its message-id.</source>
        <translation>試行を選択すると、そのリクエスト、応答、およびその message-id のすべての試行が表示されます。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>none (no answer)</source>
        <translation>なし (応答なし)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaning</source>
        <translation>意味</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{batch}, file line {line}</source>
        <translation>{batch}、ファイルの {line} 行目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message ID</source>
        <translation>メッセージ ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice</source>
        <translation>音声</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>配信済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timestamp (UTC)</source>
        <translation>タイムスタンプ (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempted at (UTC)</source>
        <translation>試行日時 (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempt</source>
        <translation>試行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>バッチ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elapsed</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{ms} ms</source>
        <translation>{ms} ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;i&gt;(the answer had no text)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(応答にテキストはありません)&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer</source>
        <translation>応答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer came: technical details</source>
        <translation>応答なし: 技術的な詳細</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;Attempts of this message-id&lt;/b&gt;: loading…&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;この message-id の試行&lt;/b&gt;: 読み込み中…&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;Attempts of this message-id ({count})&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;この message-id の試行 ({count})&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at}: attempt {n}, {status} {meaning}</source>
        <translation>{at}: 試行 {n}、{status} {meaning}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, batch {batch}</source>
        <translation>、バッチ {batch}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (this one)</source>
        <translation> (この試行)</translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <location filename="../../conversion_gui/qt/history_filter_bar.py" line="+32"/>
        <source>Shows attempts whose message-id contains this anywhere (any case; slower on a long history, as every attempt is read)</source>
        <translation>message-id のどこかにこの文字列を含む試行を表示します (大文字と小文字を区別しません。すべての試行を読むため、履歴が長いと遅くなります)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows attempts whose message-id starts with this (any case)</source>
        <translation>message-id がこの文字列で始まる試行を表示します (大文字と小文字を区別しません)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Message &amp;ID:</source>
        <translation>メッセージ ID(&amp;I):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>starts with</source>
        <translation>前方一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains</source>
        <translation>部分一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the message-id text is matched: at the start (fast) or anywhere in the id</source>
        <translation>message-id の照合方法: 先頭 (高速) または ID 内の任意の位置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mat&amp;ch:</source>
        <translation>照合(&amp;C):</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed (any not accepted)</source>
        <translation>失敗 (受理以外すべて)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Outcome:</source>
        <translation>結果(&amp;O):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice</source>
        <translation>音声</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cha&amp;nnel:</source>
        <translation>チャネル(&amp;N):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>user@machine</source>
        <translation>ユーザー@マシン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only attempts sent by this user@machine (a team history)</source>
        <translation>この ユーザー@マシン が送信した試行のみ（チームの履歴）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ent by:</source>
        <translation>送信者(&amp;Y):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fro&amp;m</source>
        <translation>開始日(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>終了日(&amp;T)</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Tick to limit the attempts by date ({name}, a day in UTC)</source>
        <translation>チェックすると日付で試行を絞り込みます ({name}、UTC の日付)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a day in UTC; used only while its box is ticked</source>
        <translation>UTC の日付。チェック ボックスがオンの場合のみ使用されます</translation>
    </message>
</context>
<context>
    <name>HistoryLocationDialog</name>
    <message>
        <location filename="../../conversion_gui/qt/history_location_dialog.py" line="+71"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;This computer</source>
        <translation>このコンピューター(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;eam database (PostgreSQL)</source>
        <translation>チームのデータベース (PostgreSQL)(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept in {folder}</source>
        <translation>保存場所: {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s history</source>
        <translation>このコンピューターの履歴</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every attempt records who sent it (user@machine). A server on another machine is reached over TLS with its name checked.</source>
        <translation>各試行には送信者（ユーザー@マシン）が記録されます。別のマシンのサーバーには、名前を検証した TLS で接続します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About team databases</source>
        <translation>チームのデータベースについて</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>•••• stored in the keychain (leave empty to keep it)</source>
        <translation>•••• キーチェーンに保存済み（空欄のままで保持）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not save the choice ({error}); see the log</source>
        <translation>選択を保存できませんでした（{error}）。ログを参照してください</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../conversion_gui/qt/history_model.py" line="+75"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../conversion_gui/qt/history_view.py" line="+154"/>
        <source>Voice</source>
        <translation>音声</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message ID</source>
        <translation>メッセージ ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>配信済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion time</source>
        <translation>コンバージョン時刻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meaning</source>
        <translation>意味</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempt</source>
        <translation>試行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch</source>
        <translation>バッチ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent by</source>
        <translation>送信者</translation>
    </message>
    <message>
        <location line="+256"/>
        <source>When the attempt was made, in UTC</source>
        <translation>試行した日時 (UTC)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP {status}</source>
        <translation>HTTP {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(the answer had no text)</source>
        <translation>(応答にテキストはありません)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read the history: {problem}</source>
        <translation>履歴を読み込めませんでした: {problem}</translation>
    </message>
</context>
<context>
    <name>HistoryOverview</name>
    <message>
        <location filename="../../conversion_gui/qt/history_overview.py" line="+34"/>
        <source>Per day</source>
        <translation>日別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts per day chart</source>
        <translation>日別の試行数のグラフ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day (UTC)</source>
        <translation>日 (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per batch</source>
        <translation>バッチ別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts per batch chart</source>
        <translation>バッチ別の試行数のグラフ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>バッチ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By meaning</source>
        <translation>意味別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts by meaning chart</source>
        <translation>意味別の試行数のグラフ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaning</source>
        <translation>意味</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Chart t&amp;ype:</source>
        <translation>グラフ(&amp;G):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overview status</source>
        <translation>概要の状態</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved {path}</source>
        <translation>{path} を保存しました</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chart o&amp;ptions</source>
        <translation>グラフの操作(&amp;P)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Updating…</source>
        <translation>更新中…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problem with the filter: {problem}</source>
        <translation>フィルターに問題があります: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the history: {problem}</source>
        <translation>履歴を読み込めません: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attempts per hour chart</source>
        <translation>時間別の試行数のグラフ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> in batches</source>
        <translation> (バッチ内)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{count} attempt(s)</source>
        <translation>
            <numerusform>{count} 件の試行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../conversion_gui/qt/history_view.py" line="-46"/>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the attempts the filters show as a CSV file</source>
        <translation>フィルターで表示されている試行を CSV ファイルに保存します</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show &amp;all batches</source>
        <translation>すべてのバッチを表示(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export batch res&amp;ults…</source>
        <translation>バッチ結果をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this batch&apos;s rows with outcome, status and meaning</source>
        <translation>このバッチの行を結果、ステータス、意味とともに保存します</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attempts</source>
        <translation>試行</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Counting…</source>
        <translation>集計中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempt count</source>
        <translation>試行数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Re-send selected</source>
        <translation>選択項目を再送信(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report the selected rows&apos; conversions again (states the same fact again; safe to repeat)</source>
        <translation>選択した行のコンバージョンを再度報告します (同じ事実をもう一度伝えるだけなので、繰り返しても安全です)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ta&amp;ble</source>
        <translation>表(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;verview</source>
        <translation>概要(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table or overview</source>
        <translation>表または概要</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Showing batch {id} only.</source>
        <translation>バッチ {id} のみを表示しています。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{count} (updating…)</source>
        <translation>{count} (更新中…)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{count} attempt(s)</source>
        <translation>
            <numerusform>{count} 件の試行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No attempts to show</source>
        <translation>表示する試行はありません</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Select the attempts to re-send first.</source>
        <translation>先に再送信する試行を選択してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} rows are selected; re-send at most {limit} at a time here (for more, save them and send the file on the Batch page).</source>
        <translation>{count} 行が選択されています。ここで一度に再送信できるのは {limit} 行までです (それ以上の場合は保存して、[バッチ] ページでファイルを送信してください)。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Re-sending the conversions of {count} selected attempt(s)…</source>
        <translation>
            <numerusform>選択した {count} 件の試行のコンバージョンを再送信しています…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re-sending: {done} of {total} done…</source>
        <translation>再送信中: {total} 件中 {done} 件完了…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Re-send cancelled.</source>
        <translation>再送信をキャンセルしました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not re-send: {problem}</source>
        <translation>再送信できませんでした: {problem}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export history</source>
        <translation>履歴のエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exporting to {path}…</source>
        <translation>{path} にエクスポートしています…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <location line="+31"/>
        <location line="+4"/>
        <source>Could not export to {path}: {problem}</source>
        <translation>{path} にエクスポートできませんでした: {problem}</translation>
    </message>
    <message numerus="yes">
        <location line="-32"/>
        <source>Exported {count} attempt(s) to {path}</source>
        <translation>
            <numerusform>{count} 件の試行を {path} にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exporting batch {id}&apos;s results to {path}…</source>
        <translation>バッチ {id} の結果を {path} にエクスポートしています…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Exported {count} row(s) of batch {id} to {path}</source>
        <translation>
            <numerusform>バッチ {id} の {count} 行を {path} にエクスポートしました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdPaste</name>
    <message numerus="yes">
        <location filename="../../conversion_gui/qt/id_paste.py" line="+67"/>
        <source>You pasted {count} ids. Send them all as a small batch, with the delivered and time set here, or keep only the first?</source>
        <translation>
            <numerusform>{count} 件の ID を貼り付けました。ここで設定した配信済みと時刻で小さなバッチとしてすべて送信しますか? それとも最初の 1 件だけを残しますか?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several ids pasted</source>
        <translation>複数の ID が貼り付けられました</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Send all {count} as a batch</source>
        <translation>
            <numerusform>{count} 件すべてをバッチとして送信</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the first</source>
        <translation>最初の 1 件を残す</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pasted ids · {rows}</source>
        <translation>貼り付けた ID · {rows}</translation>
    </message>
</context>
<context>
    <name>IntakeOptionsForm</name>
    <message>
        <location filename="../../conversion_gui/qt/intake_options_form.py" line="+31"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Message ID column:</source>
        <translation>メッセージ ID 列(&amp;M):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delivered column:</source>
        <translation>配信済み列(&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timestamp column:</source>
        <translation>タイムスタンプ列(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel col&amp;umn:</source>
        <translation>チャネル列(&amp;U):</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma</source>
        <translation>カンマ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon</source>
        <translation>セミコロン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipe</source>
        <translation>パイプ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a channel column</source>
        <translation>チャネル列から</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice</source>
        <translation>音声</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask me</source>
        <translation>確認する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day first</source>
        <translation>日が先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first</source>
        <translation>月が先</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading</source>
        <translation>読み込み</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sheet:</source>
        <translation>シート:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cha&amp;nnel:</source>
        <translation>チャネル(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone:</source>
        <translation>タイムゾーン(&amp;Z):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date &amp;order:</source>
        <translation>日付の順序(&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;limiter:</source>
        <translation>区切り文字(&amp;L):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send again anyway: duplicates and rows already accepted</source>
        <translation>それでも再送信する: 重複行と受理済みの行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows the history holds as accepted, and repeated ids, are sent too (reporting the same conversion again)</source>
        <translation>履歴で受理済みの行と重複した ID も送信します (同じコンバージョンを再度報告します)</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Time zone: {problem}</source>
        <translation>タイムゾーン: {problem}</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../../conversion_gui/qt/language_dialog.py" line="+26"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new language applies the next time conversion-gui starts.</source>
        <translation>新しい言語は、次回 conversion-gui を起動したときに適用されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>注意</translation>
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
        <translation>ページ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem with the data folder</source>
        <translation>データ フォルダーの問題</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate</source>
        <translation>レート</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;b&gt;SANDBOX&lt;/b&gt;: answers come from the built-in simulator, nothing leaves this machine. Try message-ids like sim-402 or sim-423 to see other answers.</source>
        <translation>&lt;b&gt;サンドボックス&lt;/b&gt;: 応答は組み込みのシミュレーターから返され、このマシンの外には何も送信されません。sim-402 や sim-423 などの message-id を試すと、他の応答を確認できます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sandbox mode</source>
        <translation>サンドボックス モード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;witch off sandbox</source>
        <translation>サンドボックスをオフ(&amp;W)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>バッチ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report one conversion (Ctrl+1)</source>
        <translation>コンバージョンを 1 件報告 (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a campaign file (Ctrl+2)</source>
        <translation>キャンペーン ファイルを送信 (Ctrl+2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every attempt and its answer (Ctrl+3)</source>
        <translation>すべての試行とその応答 (Ctrl+3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open CSV…</source>
        <translation>CSV を開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export history…</source>
        <translation>履歴をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a &amp;template…</source>
        <translation>テンプレートを保存(&amp;T)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Credentials…</source>
        <translation>認証情報(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sending…</source>
        <translation>送信(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Network…</source>
        <translation>ネットワーク(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History…</source>
        <translation>履歴(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language…</source>
        <translation>言語(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sand&amp;box mode</source>
        <translation>サンドボックス モード(&amp;B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sandbox si&amp;mulator…</source>
        <translation>サンドボックス シミュレーター(&amp;M)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check connection…</source>
        <translation>接続の確認(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;data folder</source>
        <translation>データ フォルダーを開く(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;log folder</source>
        <translation>ログ フォルダーを開く(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About</source>
        <translation>バージョン情報(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page {n}</source>
        <translation>ページ {n}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leave sandbox mode?</source>
        <translation>サンドボックス モードを終了しますか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no profile with your own API key yet, so nothing can be sent outside sandbox mode until you add one in Settings &gt; Credentials….

Leave sandbox mode anyway?</source>
        <translation>独自の API key を持つプロファイルがまだないため、[設定] &gt; [認証情報…] で追加するまで、サンドボックス モード以外では何も送信できません。

それでもサンドボックス モードを終了しますか?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Finish or cancel the batch before switching mode.</source>
        <translation>モードを切り替える前に、バッチを完了するかキャンセルしてください。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>conversion-gui — sandbox</source>
        <translation>conversion-gui — サンドボックス</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The history file could not be opened (see the log).</source>
        <translation>履歴ファイルを開けませんでした (ログを参照)。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Profile: waiting for the keychain…</source>
        <translation>プロファイル: キーチェーンを待っています…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profile: could not be read (see the log)</source>
        <translation>プロファイル: 読み込めませんでした (ログを参照)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no rate limit</source>
        <translation>レート上限なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rate} · {n} in flight · files in {zone}</source>
        <translation>{rate} · 同時 {n} 件 · ファイルは {zone}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Simulator faults: {faults}</source>
        <translation>シミュレーターの障害: {faults}</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Template not saved</source>
        <translation>テンプレートを保存できませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {path}: {problem}</source>
        <translation>{path} に書き込めません: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template saved: {files} in {folder}</source>
        <translation>テンプレートを保存しました: {folder} に {files}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and </source>
        <translation> と </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a template (a .csv and an .xlsx)</source>
        <translation>テンプレートを保存 (.csv と .xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workbook and CSV (*.xlsx)</source>
        <translation>ブックと CSV (*.xlsx)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About conversion-gui</source>
        <translation>conversion-gui のバージョン情報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;conversion-gui {version}&lt;/h3&gt;&lt;p&gt;Reports conversions to the Vonage Conversion API, one at a time or by the thousand from a file.&lt;/p&gt;&lt;p&gt;Data: {data}&lt;br&gt;Logs: {logs}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;conversion-gui {version}&lt;/h3&gt;&lt;p&gt;Vonage Conversion API にコンバージョンを報告します。1 件ずつでも、ファイルから数千件単位でも報告できます。&lt;/p&gt;&lt;p&gt;データ: {data}&lt;br&gt;ログ: {logs}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A batch is still sending. Stop it and quit?

Rows not sent yet stay in the journal: open the same file again to resume.</source>
        <translation>バッチを送信中です。停止して終了しますか?

未送信の行はジャーナルに残ります。同じファイルを再度開くと再開できます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit during a batch?</source>
        <translation>バッチ中に終了しますか?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopping the batch…</source>
        <translation>バッチを停止しています…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sandbox · demo account · secret built in · answers from the built-in simulator</source>
        <translation>サンドボックス · デモ アカウント · 組み込みシークレット · 組み込みシミュレーターからの応答</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No profile yet: Settings › Credentials… to add your API key and secret</source>
        <translation>プロファイルがありません: [設定] › [認証情報…] で API key とシークレットを追加してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key {key} from the environment</source>
        <translation>環境変数のキー {key}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>signature secret in {store}</source>
        <translation>署名シークレットの保存先: {store}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secret in {store}</source>
        <translation>シークレットの保存先: {store}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no signature secret set</source>
        <translation>署名シークレット未設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no secret set</source>
        <translation>シークレット未設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · overridden by VONAGE_* variables</source>
        <translation> · VONAGE_* 変数で上書き</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile {name} (key {key}) · {where} · {auth} auth{extra}</source>
        <translation>プロファイル {name} (キー {key}) · {where} · {auth} 認証{extra}</translation>
    </message>
</context>
<context>
    <name>Meanings</name>
    <message>
        <location filename="../../conversion_gui/qt/meanings.py" line="+23"/>
        <source>Accepted: the conversion was recorded</source>
        <translation>受理: コンバージョンが記録されました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong credentials: check the API key and secret (or signature secret and method)</source>
        <translation>認証情報が正しくありません: API key とシークレット (または署名シークレットと方式) を確認してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion API not enabled for this account: ask Vonage support to enable it</source>
        <translation>このアカウントでは Conversion API が有効になっていません: Vonage サポートに有効化を依頼してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid parameters: check message-id, delivered and timestamp</source>
        <translation>パラメーターが無効です: message-id、delivered、timestamp を確認してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Throttled: the app slowed down and retried</source>
        <translation>スロットリング: アプリが送信速度を落として再試行しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vonage server error</source>
        <translation>Vonage のサーバー エラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach the API: nothing was sent</source>
        <translation>API に接続できませんでした: 何も送信されていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer: the API did not answer. The conversion may have arrived; it is safe to send again</source>
        <translation>応答なし: API から応答がありませんでした。コンバージョンは届いている可能性があります。再送信しても安全です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer: the API gave no answer in time. The conversion may have arrived; it is safe to send again</source>
        <translation>応答なし: API から時間内に応答がありませんでした。コンバージョンは届いている可能性があります。再送信しても安全です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate problem (a proxy?): the connection was not trusted, nothing was sent</source>
        <translation>証明書の問題 (プロキシ?): 接続が信頼されなかったため、何も送信されていません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy asks for a password: set it in Settings › Network</source>
        <translation>プロキシがパスワードを要求しています: [設定] › [ネットワーク] で設定してください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer: the connection was closed before an answer came. The conversion may have arrived; it is safe to send again.</source>
        <translation>応答なし: 応答の前に接続が閉じられました。コンバージョンは届いている可能性があります。再送信しても安全です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer: the request failed. The conversion may have arrived; it is safe to send again.</source>
        <translation>応答なし: リクエストが失敗しました。コンバージョンは届いている可能性があります。再送信しても安全です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not reach the API: </source>
        <translation>API に接続できませんでした: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer: </source>
        <translation>応答なし: </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unexpected answer ({status})</source>
        <translation>予期しない応答 ({status})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong credentials</source>
        <translation>認証情報の誤り</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion API not enabled</source>
        <translation>Conversion API が無効</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid parameters</source>
        <translation>パラメーターが無効</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throttled</source>
        <translation>スロットリング</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server error</source>
        <translation>サーバー エラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach the API</source>
        <translation>API に接続できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer (may have arrived)</source>
        <translation>応答なし (届いた可能性あり)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate problem</source>
        <translation>証明書の問題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy password needed</source>
        <translation>プロキシのパスワードが必要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected answer</source>
        <translation>予期しない応答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent (a fault in the app)</source>
        <translation>未送信 (アプリの障害)</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <location filename="../../conversion_gui/qt/network_dialog.py" line="+37"/>
        <source>•••• stored in the keychain (leave empty to keep it)</source>
        <translation>•••• キーチェーンに保存済み (変更しない場合は空欄のまま)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Automatic (the system&apos;s proxy settings, HTTPS_PROXY)</source>
        <translation>自動(&amp;A) (システムのプロキシ設定、HTTPS_PROXY)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No proxy</source>
        <translation>プロキシなし(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manual proxy</source>
        <translation>手動プロキシ(&amp;M)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Automatic: looking…</source>
        <translation>自動: 検出中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic proxy</source>
        <translation>自動プロキシ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only if the proxy asks for one</source>
        <translation>プロキシが要求する場合のみ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forget the stored password</source>
        <translation>保存されたパスワードを削除(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>could not be read</source>
        <translation>読み込めませんでした</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic now means: {proxy}.</source>
        <translation>現在の自動設定: {proxy}。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Could not save the settings ({error}); see the log.</source>
        <translation>設定を保存できませんでした ({error})。ログを参照してください。</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../conversion_gui/qt/preview_model.py" line="+49"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message ID</source>
        <translation>メッセージ ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>配信済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timestamp (UTC)</source>
        <translation>タイムスタンプ (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>PreviewReader</name>
    <message>
        <location filename="../../conversion_gui/qt/preview_reader.py" line="+127"/>
        <source>The file could not be read ({problem}).</source>
        <translation>ファイルを読み込めませんでした ({problem})。</translation>
    </message>
</context>
<context>
    <name>PreviewTable</name>
    <message>
        <location filename="../../conversion_gui/qt/preview_table.py" line="+33"/>
        <source>Counts</source>
        <translation>件数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows shown</source>
        <translation>表示中の行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems onl&amp;y</source>
        <translation>問題のみ(&amp;Y)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Row details</source>
        <translation>行の詳細</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Line {line}: {verdict}</source>
        <translation>{line} 行目: {verdict}</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../conversion_gui/qt/profile_form.py" line="+31"/>
        <source>Basic (header)</source>
        <translation>Basic (ヘッダー)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key and secret in the body</source>
        <translation>本文にキーとシークレット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>stored — type to replace</source>
        <translation>保存済み — 入力すると置き換え</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Forget API secret</source>
        <translation>API シークレットを削除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget signature secret</source>
        <translation>署名シークレットを削除</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pro&amp;file name:</source>
        <translation>プロファイル名(&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key:</source>
        <translation>API &amp;key:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API s&amp;ecret:</source>
        <translation>API シークレット(&amp;E):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;gnature secret:</source>
        <translation>署名シークレット(&amp;G):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Au&amp;th mode:</source>
        <translation>認証モード(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature &amp;method:</source>
        <translation>署名方式(&amp;M):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base UR&amp;L:</source>
        <translation>ベース URL(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Body:</source>
        <translation>本文(&amp;B):</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Stored in {where}: type to replace it</source>
        <translation>{where} に保存済み: 入力すると置き換えます</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../conversion_gui/qt/selftest.py" line="+148"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>QuestionBar</name>
    <message>
        <location filename="../../conversion_gui/qt/question_bar.py" line="+23"/>
        <source>New &amp;name:</source>
        <translation>新しい名前(&amp;N):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message>
        <location filename="../../conversion_gui/qt/resume_offer.py" line="+29"/>
        <source>Unfinished batch</source>
        <translation>未完了のバッチ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume &amp;batch</source>
        <translation>バッチを再開(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start o&amp;ver</source>
        <translation>最初からやり直す(&amp;V)</translation>
    </message>
</context>
<context>
    <name>RiskBar</name>
    <message>
        <location filename="../../conversion_gui/qt/risk_bar.py" line="+52"/>
        <source>Check before sending</source>
        <translation>送信前に確認してください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;anyway</source>
        <translation>それでも送信(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> Send it anyway?</source>
        <translation> それでも送信しますか?</translation>
    </message>
</context>
<context>
    <name>RowWords</name>
    <message>
        <location filename="../../conversion_gui/qt/batch_outcomes.py" line="+38"/>
        <source>refused by the API: {reason}</source>
        <translation>API により拒否: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not sent yet: Resume batch sends it</source>
        <translation>未送信: [バッチを再開] で送信されます</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n 回の試行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed after {tries}: {reason}</source>
        <translation>{tries}後に失敗: {reason}</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <location filename="../../conversion_gui/qt/send_form.py" line="+61"/>
        <source>Se&amp;nd</source>
        <translation>送信(&amp;N)</translation>
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
        <translation>メッセージ ID(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event &amp;ID</source>
        <translation>Event &amp;ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call &amp;ID</source>
        <translation>Call &amp;ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the user completed the call to action</source>
        <translation>ユーザーが行動喚起を完了しました</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Sent with:</source>
        <translation>送信方法:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message &amp;ID:</source>
        <translation>メッセージ ID(&amp;I):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>paste the id from the send response</source>
        <translation>送信時の応答の ID を貼り付け</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delivered:</source>
        <translation>配信済み(&amp;D):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Send (Enter in the id field, or Ctrl+Return anywhere here)</source>
        <translation>送信 (ID 欄で Enter、またはこのページのどこでも Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop retrying (Esc)</source>
        <translation>再試行を停止 (Esc)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Recent sends:</source>
        <translation>最近の送信(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/recent_sends.py" line="+28"/>
        <source>This session&apos;s sends, newest first; Enter puts the id back</source>
        <translation>このセッションの送信 (新しい順)。Enter で ID を戻します</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/send_form.py" line="+93"/>
        <source>Cancelling: no further attempt will be made…</source>
        <translation>キャンセル中: これ以上試行しません…</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The pasted ids could not be made a batch: {problem}</source>
        <translation>貼り付けた ID からバッチを作成できませんでした: {problem}</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+105"/>
        <location line="+1"/>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>in {seconds} s</source>
        <translation>{seconds} 秒後に</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shortly</source>
        <translation>まもなく</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{headline}. Attempt {attempt} of {attempts}: trying again {wait} (Esc cancels)…</source>
        <translation>{headline}。試行 {attempt}/{attempts}: {wait}再試行します (Esc でキャンセル)…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not send ({error}): nothing was recorded. Details are in the log.</source>
        <translation>送信できませんでした ({error}): 何も記録されていません。詳細はログにあります。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelled: nothing was sent.</source>
        <translation>キャンセルしました: 何も送信されていません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved in the history: {problem}</source>
        <translation>履歴に保存されていません: {problem}</translation>
    </message>
    <message>
        <location filename="../../conversion_gui/qt/recent_sends.py" line="+7"/>
        <source>delivered</source>
        <translation>配信済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not delivered</source>
        <translation>未配信</translation>
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
        <translation>結果</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save results…</source>
        <translation>結果を保存…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every row of the file with its outcome, status and meaning (before a batch: its verdict), as a CSV to hand back</source>
        <translation>ファイルのすべての行を、結果、ステータス、意味 (バッチ前は判定) と共に CSV として保存し、返却用にします</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save rows not accepted…</source>
        <translation>受理されなかった行を保存…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the rows that were not accepted, with the reason, as a CSV to fix and send again</source>
        <translation>受理されなかった行を理由と共に CSV として保存し、修正して再送信できるようにします</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Retry failed</source>
        <translation>失敗分を再試行(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;in History</source>
        <translation>履歴に表示(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Send the valid rows (Ctrl+Return)</source>
        <translation>有効な行を送信 (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sending</source>
        <translation>送信</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+84"/>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outcomes</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Valid rows sent</source>
        <translation>送信した有効な行</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Send {count} valid row(s)</source>
        <translation>
            <numerusform>有効な {count} 行を送信</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pausing: the requests in flight finish, nothing more is sent</source>
        <translation>一時停止中: 送信中のリクエストは完了しますが、これ以上は送信しません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelling: waiting for the requests in flight…</source>
        <translation>キャンセル中: 送信中のリクエストを待っています…</translation>
    </message>
</context>
<context>
    <name>SendWords</name>
    <message>
        <location filename="../../conversion_gui/qt/send_words.py" line="+36"/>
        <source>No answer</source>
        <translation>応答なし</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>after %n attempt(s)</source>
        <translation>
            <numerusform>%n 回試行した後</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not recorded: the API was still throttling {tries}. Wait a minute and send again (Settings &gt; Sending can lower the rate).</source>
        <translation>記録されていません: {tries}も API のスロットリングが続いています。1 分待ってから再送信してください ([設定] &gt; [送信] でレートを下げられます)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not recorded: {meaning} {tries}. Try again in a few minutes: it is safe to send again.</source>
        <translation>記録されていません: {tries}も {meaning}が発生しました。数分後にもう一度お試しください。再送信しても安全です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{meaning} ({tries}).</source>
        <translation>{meaning} ({tries})。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> It was not recorded: check the connection (Help &gt; Check connection…) and send again.</source>
        <translation> 記録されていません: 接続を確認して ([ヘルプ] &gt; [接続の確認…]) 再送信してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> It may not have been recorded; it is safe to send again.</source>
        <translation> 記録されていない可能性があります。再送信しても安全です。</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source> (after %n attempt(s))</source>
        <translation>
            <numerusform> (%n 回試行)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>. Cancelled: no further attempt was made</source>
        <translation>。キャンセルしました: これ以上試行しません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The API said: {text}</source>
        <translation>API の応答: {text}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Technical details ({kind}): {text}</source>
        <translation>技術的な詳細 ({kind}): {text}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The time is {span} in the future.</source>
        <translation>時刻が {span}先です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time is {span} in the past.</source>
        <translation>時刻が {span}前です。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history already holds {label} {id} as accepted: sending it again reports the same conversion twice.</source>
        <translation>履歴には {label} {id} が受理済みとして記録されています: 再送信すると同じコンバージョンを 2 回報告することになります。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No credentials yet: open Settings &gt; Credentials… to add an API key and secret (or start the app in sandbox mode to try it out).</source>
        <translation>認証情報がまだありません: [設定] &gt; [認証情報…] を開いて API key とシークレットを追加してください (または、サンドボックス モードでアプリを起動して試してください)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The credentials are incomplete ({reason}): open Settings &gt; Credentials…</source>
        <translation>認証情報が不完全です ({reason}): [設定] &gt; [認証情報…] を開いてください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The credentials in the environment cannot be used: {problem}</source>
        <translation>環境変数の認証情報は使用できません: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The saved settings cannot be used: {problem}. Open Settings &gt; Credentials…</source>
        <translation>保存された設定は使用できません: {problem}。[設定] &gt; [認証情報…] を開いてください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile&apos;s address cannot be used: {problem}. Open Settings &gt; Credentials…</source>
        <translation>プロファイルのアドレスは使用できません: {problem}。[設定] &gt; [認証情報…] を開いてください</translation>
    </message>
</context>
<context>
    <name>SendingDialog</name>
    <message>
        <location filename="../../conversion_gui/qt/sending_dialog.py" line="+25"/>
        <source>Sending</source>
        <translation>送信</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> per second</source>
        <translation> 件/秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rate:</source>
        <translation>レート(&amp;R):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Requests in &amp;flight:</source>
        <translation>同時リクエスト数(&amp;F):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Time zone of files:</source>
        <translation>ファイルのタイムゾーン(&amp;T):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vonage allows 30 requests per second per API key by default. Timestamps in a file without an offset are read in the time zone.</source>
        <translation>Vonage では既定で API key ごとに毎秒 30 リクエストまで許可されています。オフセットのないファイル内のタイムスタンプは、このタイムゾーンで読み込まれます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>SimulatorDialog</name>
    <message>
        <location filename="../../conversion_gui/qt/simulator_dialog.py" line="+28"/>
        <source>&amp;Server errors (500, 503):</source>
        <translation>サーバー エラー (500、503)(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Throttled (429):</source>
        <translation>スロットリング (429)(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection &amp;resets:</source>
        <translation>接続リセット(&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No answer (hangs):</source>
        <translation>応答なし (ハング)(&amp;N):</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sandbox simulator</source>
        <translation>サンドボックス シミュレーター</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Latency of every answer:</source>
        <translation>すべての応答の遅延(&amp;L):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> % of requests</source>
        <translation> % のリクエスト</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the built-in simulator misbehaves; nothing leaves this machine. The command line has the same choices: conversion-gui simulator --latency-ms MS and the fault options.</source>
        <translation>異常動作するのは組み込みのシミュレーターだけで、このマシンの外には何も送信されません。コマンド ラインにも同じ選択肢があります: conversion-gui simulator --latency-ms MS と障害オプション。</translation>
    </message>
</context>
<context>
    <name>WhenEditor</name>
    <message>
        <location filename="../../conversion_gui/qt/when_editor.py" line="+49"/>
        <source>Wh&amp;en:</source>
        <translation>日時(&amp;E):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>your time, {zone}</source>
        <translation>ローカル時刻、{zone}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your time ({zone})</source>
        <translation>ローカル時刻 ({zone})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N&amp;ow</source>
        <translation>現在(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the time to now</source>
        <translation>時刻を現在に設定</translation>
    </message>
</context>
</TS>
