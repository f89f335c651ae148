<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CliText</name>
    <message numerus="yes">
        <source>Wrote {target} (%n page(s)).</source>
        <translation>
            <numerusform>Wrote {target} (%n page).</numerusform>
            <numerusform>Wrote {target} (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message numerus="yes">
        <source>%n readable record(s) rescued from it</source>
        <translation>
            <numerusform>%n readable record was rescued from it</numerusform>
            <numerusform>%n readable records were rescued from it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in {path} could not be read; kept in the file but not shown.</source>
        <translation>
            <numerusform>%n session in {path} could not be read; it is kept in the file but not shown.</numerusform>
            <numerusform>%n sessions in {path} could not be read; they are kept in the file but not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) could not be saved in the history: {why} Saved to {path} instead: after updating BackCoach, import that file with File › Import data to add them to your history.</source>
        <translation>
            <numerusform>%n session could not be saved in the history: {why} It was saved to {path} instead: after updating BackCoach, import that file with File › Import data to add it to your history.</numerusform>
            <numerusform>%n sessions could not be saved in the history: {why} They were saved to {path} instead: after updating BackCoach, import that file with File › Import data to add them to your history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation>
            <numerusform>%n new session</numerusform>
            <numerusform>%n new sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n exercise</numerusform>
            <numerusform>%n exercises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine(s)</source>
        <translation>
            <numerusform>%n routine</numerusform>
            <numerusform>%n routines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n setting</numerusform>
            <numerusform>%n settings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n backup</numerusform>
            <numerusform>%n backups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s)</source>
        <translation>
            <numerusform>%n hold</numerusform>
            <numerusform>%n holds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rest or flare-up day(s)</source>
        <translation>
            <numerusform>%n rest or flare-up day</numerusform>
            <numerusform>%n rest or flare-up days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week: {week_days} of {goal_days} days; %n more reach(es) your goal.</source>
        <translation>
            <numerusform>This week: {week_days} of {goal_days} days; one more reaches your goal.</numerusform>
            <numerusform>This week: {week_days} of {goal_days} days; %n more reach your goal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s) from {start} to {end}</source>
        <translation>
            <numerusform>every minute from {start} to {end}</numerusform>
            <numerusform>every %n minutes from {start} to {end}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {sessions} (%n already here).</source>
        <translation>
            <numerusform>Imported {sessions} (%n was already here).</numerusform>
            <numerusform>Imported {sessions} (%n were already here).</numerusform>
        </translation>
    </message>
</context>
</TS>
