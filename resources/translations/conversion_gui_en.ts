<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BatchPage</name>
    <message numerus="yes">
        <source>{count} rejected row(s) saved to {path}</source>
        <translation type="vanished">
            <numerusform>{count} rejected row saved to {path}</numerusform>
            <numerusform>{count} rejected rows saved to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../conversion_gui/qt/batch_panel.py" line="+573"/>
        <source>{count} row(s) not accepted saved to {path}</source>
        <translation>
            <numerusform>{count} row not accepted saved to {path}</numerusform>
            <numerusform>{count} rows not accepted saved to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{count} row(s) saved to {path}</source>
        <translation>
            <numerusform>{count} row saved to {path}</numerusform>
            <numerusform>{count} rows saved to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchText</name>
    <message numerus="yes">
        <location filename="../../conversion_gui/qt/batch_text.py" line="+34"/>
        <source>{count} row(s)</source>
        <translation>
            <numerusform>{count} row</numerusform>
            <numerusform>{count} rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryOverview</name>
    <message numerus="yes">
        <location filename="../../conversion_gui/qt/history_overview.py" line="+170"/>
        <source>{count} attempt(s)</source>
        <translation>
            <numerusform>{count} attempt</numerusform>
            <numerusform>{count} attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <location filename="../../conversion_gui/qt/history_view.py" line="+276"/>
        <source>{count} attempt(s)</source>
        <translation>
            <numerusform>{count} attempt</numerusform>
            <numerusform>{count} attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>Re-sending the conversions of {count} selected attempt(s)…</source>
        <translation>
            <numerusform>Re-sending the conversions of {count} selected attempt…</numerusform>
            <numerusform>Re-sending the conversions of {count} selected attempts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+95"/>
        <source>Exported {count} attempt(s) to {path}</source>
        <translation>
            <numerusform>Exported {count} attempt to {path}</numerusform>
            <numerusform>Exported {count} attempts to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Exported {count} row(s) of batch {id} to {path}</source>
        <translation>
            <numerusform>Exported {count} row of batch {id} to {path}</numerusform>
            <numerusform>Exported {count} rows of batch {id} to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdPaste</name>
    <message numerus="yes">
        <location filename="../../conversion_gui/qt/id_paste.py" line="+67"/>
        <source>You pasted {count} ids. Send them all as a small batch, with the delivered and time set here, or keep only the first?</source>
        <translation>
            <numerusform>You pasted {count} ids. Send them all as a small batch, with the delivered and time set here, or keep only the first?</numerusform>
            <numerusform>You pasted {count} ids. Send them all as a small batch, with the delivered and time set here, or keep only the first?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Send all {count} as a batch</source>
        <translation>
            <numerusform>Send all {count} as a batch</numerusform>
            <numerusform>Send all {count} as a batch</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowWords</name>
    <message numerus="yes">
        <location filename="../../conversion_gui/qt/batch_outcomes.py" line="+43"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendSection</name>
    <message numerus="yes">
        <location filename="../../conversion_gui/qt/send_section.py" line="+111"/>
        <source>Send {count} valid row(s)</source>
        <translation>
            <numerusform>Send {count} valid row</numerusform>
            <numerusform>Send {count} valid rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendWords</name>
    <message numerus="yes">
        <location filename="../../conversion_gui/qt/send_words.py" line="+47"/>
        <source>after %n attempt(s)</source>
        <translation>
            <numerusform>after %n attempt</numerusform>
            <numerusform>after %n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source> (after %n attempt(s))</source>
        <translation>
            <numerusform> (after %n attempt)</numerusform>
            <numerusform> (after %n attempts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
</TS>
