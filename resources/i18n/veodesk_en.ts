<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
    <context>
        <name>BalancePresenter</name>
        <message numerus="yes">
            <source>{credits} credit(s). The last refresh failed: {error}</source>
            <translation>
                <numerusform>{credits} credit. The last refresh failed: {error}</numerusform>
                <numerusform>{credits} credits. The last refresh failed: {error}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{credits} credit(s)</source>
            <translation>
                <numerusform>{credits} credit</numerusform>
                <numerusform>{credits} credits</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message numerus="yes">
            <source>{usd} ({credits} credit(s))</source>
            <translation>
                <numerusform>{usd} ({credits} credit)</numerusform>
                <numerusform>{usd} ({credits} credits)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>updated %n min ago</source>
            <translation>
                <numerusform>updated %n min ago</numerusform>
                <numerusform>updated %n min ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>updated %n h ago</source>
            <translation>
                <numerusform>updated %n h ago</numerusform>
                <numerusform>updated %n h ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>updated %n day(s) ago</source>
            <translation>
                <numerusform>updated %n day ago</numerusform>
                <numerusform>updated %n days ago</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JobHistory</name>
        <message numerus="yes">
            <source>Resuming %n unfinished job(s) from last time.</source>
            <translation>
                <numerusform>Resuming %n unfinished job from last time.</numerusform>
                <numerusform>Resuming %n unfinished jobs from last time.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JobsPanel</name>
        <message numerus="yes">
            <source>%Ln job(s) · {cost} spent</source>
            <translation>
                <numerusform>%Ln job · {cost} spent</numerusform>
                <numerusform>%Ln jobs · {cost} spent</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatusPresenter</name>
        <message numerus="yes">
            <source>%n job(s) running</source>
            <translation>
                <numerusform>%n job running</numerusform>
                <numerusform>%n jobs running</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting for a free slot</source>
            <translation>
                <numerusform>%n waiting for a free slot</numerusform>
                <numerusform>%n waiting for a free slot</numerusform>
            </translation>
        </message>
    </context>
</TS>
