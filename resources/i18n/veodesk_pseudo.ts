<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
    <context>
        <name>AppController</name>
        <message>
            <source>Still loading your API key; try again in a moment.</source>
            <translation>⟦Šţîļļ ļöåðîñĝ ýöûŕ ÅÞÎ ķéý; ţŕý åĝåîñ îñ å ɱöɱéñţ.~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Preparing the frames…</source>
            <translation>⟦Þŕéþåŕîñĝ ţĥé ƒŕåɱéš…~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The last frame is now the first frame: choose where the next clip ends.</source>
            <translation>⟦Ţĥé ļåšţ ƒŕåɱé îš ñöŵ ţĥé ƒîŕšţ ƒŕåɱé: çĥööšé ŵĥéŕé ţĥé ñéẋţ çļîþ éñðš.~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
    </context>
    <context>
        <name>BalancePresenter</name>
        <message>
            <source>&lt;a href="{url}"&gt;Top up&lt;/a&gt;</source>
            <translation>⟦&lt;a href="{url}"&gt;Ţöþ ûþ&lt;/a&gt;~⟧</translation>
        </message>
        <message>
            <source>Add funds on the AI/ML API site ({url})</source>
            <translation>⟦Åðð ƒûñðš öñ ţĥé ÅÎ/ṀĻ ÅÞÎ šîţé ({url})~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Balance: reading…</source>
            <translation>⟦Ɓåļåñçé: ŕéåðîñĝ…~~~~~⟧</translation>
        </message>
        <message>
            <source>Balance: unknown</source>
            <translation>⟦Ɓåļåñçé: ûñķñöŵñ~~~~~⟧</translation>
        </message>
        <message>
            <source>The balance could not be read: {error}</source>
            <translation>⟦Ţĥé ƀåļåñçé çöûļð ñöţ ƀé ŕéåð: {error}~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Balance: {amount} · {age} · low</source>
            <translation>⟦Ɓåļåñçé: {amount} · {age} · ļöŵ~~~~~~⟧</translation>
        </message>
        <message>
            <source>Balance: {amount} · {age}</source>
            <translation>⟦Ɓåļåñçé: {amount} · {age}~~~⟧</translation>
        </message>
        <message numerus="yes">
            <source>{credits} credit(s). The last refresh failed: {error}</source>
            <translation>
                <numerusform>⟦{credits} çŕéðîţ(š). Ţĥé ļåšţ ŕéƒŕéšĥ ƒåîļéð: {error}~~~~~~~~~~~~~⟧</numerusform>
                <numerusform>⟦{credits} çŕéðîţ(š). Ţĥé ļåšţ ŕéƒŕéšĥ ƒåîļéð: {error}~~~~~~~~~~~~~⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{credits} credit(s)</source>
            <translation>
                <numerusform>⟦{credits} çŕéðîţ(š)~~⟧</numerusform>
                <numerusform>⟦{credits} çŕéðîţ(š)~~⟧</numerusform>
            </translation>
        </message>
        <message>
            <source>{status} · &lt;a href="{link}"&gt;Refresh&lt;/a&gt;</source>
            <translation>⟦{status} · &lt;a href="{link}"&gt;Ŕéƒŕéšĥ&lt;/a&gt;~~⟧</translation>
        </message>
        <message>
            <source>The expected cost of this video, about {cost}, is more than your balance of {balance}. You can still send it (the balance may lag behind), but it may fail; top up to be sure.</source>
            <translation>⟦Ţĥé éẋþéçţéð çöšţ öƒ ţĥîš ṽîðéö, åƀöûţ {cost}, îš ɱöŕé ţĥåñ ýöûŕ ƀåļåñçé öƒ {balance}. Ýöû çåñ šţîļļ šéñð îţ (ţĥé ƀåļåñçé ɱåý ļåĝ ƀéĥîñð), ƀûţ îţ ɱåý ƒåîļ; ţöþ ûþ ţö ƀé šûŕé.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Your AI/ML API balance is low: {balance}. You can still send jobs; top up before the credits run out.</source>
            <translation>⟦Ýöûŕ ÅÎ/ṀĻ ÅÞÎ ƀåļåñçé îš ļöŵ: {balance}. Ýöû çåñ šţîļļ šéñð ĵöƀš; ţöþ ûþ ƀéƒöŕé ţĥé çŕéðîţš ŕûñ öûţ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Top up</source>
            <translation>⟦Ţöþ ûþ~⟧</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Dismiss</source>
            <translation>⟦Ðîšɱîšš~⟧</translation>
        </message>
        <message>
            <source>Dismiss message</source>
            <translation>⟦Ðîšɱîšš ɱéššåĝé~~~~⟧</translation>
        </message>
        <message>
            <source>Error: {text}</source>
            <translation>⟦Éŕŕöŕ: {text}~⟧</translation>
        </message>
        <message>
            <source>Warning: {text}</source>
            <translation>⟦Ŵåŕñîñĝ: {text}~~⟧</translation>
        </message>
        <message>
            <source>Note: {text}</source>
            <translation>⟦Ñöţé: {text}~⟧</translation>
        </message>
    </context>
    <context>
        <name>ComposePanel</name>
        <message>
            <source>Swap the first and last frames</source>
            <translation>⟦Šŵåþ ţĥé ƒîŕšţ åñð ļåšţ ƒŕåɱéš~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>⟦Þŕöɱþţ~⟧</translation>
        </message>
        <message>
            <source>Describe what happens between the two frames: the motion, the camera, the mood, the sound…</source>
            <translation>⟦Ðéšçŕîƀé ŵĥåţ ĥåþþéñš ƀéţŵééñ ţĥé ţŵö ƒŕåɱéš: ţĥé ɱöţîöñ, ţĥé çåɱéŕå, ţĥé ɱööð, ţĥé šöûñð…~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>How a picture of another shape becomes the video's shape: cropped (drag the highlighted area to choose what stays), padded with a blurred border, or sent unchanged for the service to handle.</source>
            <translation>⟦Ĥöŵ å þîçţûŕé öƒ åñöţĥéŕ šĥåþé ƀéçöɱéš ţĥé ṽîðéö'š šĥåþé: çŕöþþéð (ðŕåĝ ţĥé ĥîĝĥļîĝĥţéð åŕéå ţö çĥööšé ŵĥåţ šţåýš), þåððéð ŵîţĥ å ƀļûŕŕéð ƀöŕðéŕ, öŕ šéñţ ûñçĥåñĝéð ƒöŕ ţĥé šéŕṽîçé ţö ĥåñðļé.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>⟦Ĝéñéŕåţé~~⟧</translation>
        </message>
        <message>
            <source>&amp;Prompt</source>
            <translation>⟦&amp;Pŕöɱþţ~⟧</translation>
        </message>
        <message>
            <source>&amp;Duration</source>
            <translation>⟦&amp;Dûŕåţîöñ~⟧</translation>
        </message>
        <message>
            <source>&amp;Resolution</source>
            <translation>⟦&amp;Réšöļûţîöñ~~⟧</translation>
        </message>
        <message>
            <source>&amp;Aspect ratio</source>
            <translation>⟦&amp;Ašþéçţ ŕåţîö~~~⟧</translation>
        </message>
        <message>
            <source>&amp;Fit</source>
            <translation>⟦&amp;Fîţ~⟧</translation>
        </message>
        <message>
            <source>write a prompt</source>
            <translation>⟦ŵŕîţé å þŕöɱþţ~~~~⟧</translation>
        </message>
        <message>
            <source>shorten the prompt to {limit} characters</source>
            <translation>⟦šĥöŕţéñ ţĥé þŕöɱþţ ţö {limit} çĥåŕåçţéŕš~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Expected cost: estimating…</source>
            <translation>⟦Éẋþéçţéð çöšţ: éšţîɱåţîñĝ…~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Expected cost: {estimate} · usually ready in {duration}</source>
            <translation>⟦Éẋþéçţéð çöšţ: {estimate} · ûšûåļļý ŕéåðý îñ {duration}~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Expected cost: {estimate}</source>
            <translation>⟦Éẋþéçţéð çöšţ: {estimate}~~~~⟧</translation>
        </message>
        <message>
            <source>{count} / {limit}: too long</source>
            <translation>⟦{count} / {limit}: ţöö ļöñĝ~~~~⟧</translation>
        </message>
        <message>
            <source>{count} / {limit}</source>
            <translation>{count} / {limit}</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between the steps still to do</comment>
            <translation>; </translation>
        </message>
        <message>
            <source>To generate, {steps}.</source>
            <translation>⟦Ţö ĝéñéŕåţé, {steps}.~~~~⟧</translation>
        </message>
        <message>
            <source>Generate the video (Ctrl+Return)</source>
            <translation>⟦Ĝéñéŕåţé ţĥé ṽîðéö (Çţŕļ+Ŕéţûŕñ)~~~~~~~~~~~⟧</translation>
        </message>
    </context>
    <context>
        <name>DemoMode</name>
        <message>
            <source>Demo: rendered locally, not by Veo</source>
            <translation>⟦Ðéɱö: ŕéñðéŕéð ļöçåļļý, ñöţ ƀý Ṽéö~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Finish or stop the running jobs before starting the demo.</source>
            <translation>⟦Ƒîñîšĥ öŕ šţöþ ţĥé ŕûññîñĝ ĵöƀš ƀéƒöŕé šţåŕţîñĝ ţĥé ðéɱö.~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The demo could not start: {error}</source>
            <translation>⟦Ţĥé ðéɱö çöûļð ñöţ šţåŕţ: {error}~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The demo history could not be opened: {error}</source>
            <translation>⟦Ţĥé ðéɱö ĥîšţöŕý çöûļð ñöţ ƀé öþéñéð: {error}~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Demo ready: press Generate to render the sample locally.</source>
            <translation>⟦Ðéɱö ŕéåðý: þŕéšš Ĝéñéŕåţé ţö ŕéñðéŕ ţĥé šåɱþļé ļöçåļļý.~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Finish or stop the running jobs before leaving the demo.</source>
            <translation>⟦Ƒîñîšĥ öŕ šţöþ ţĥé ŕûññîñĝ ĵöƀš ƀéƒöŕé ļéåṽîñĝ ţĥé ðéɱö.~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Demo closed: jobs now go to the AI/ML API with your key.</source>
            <translation>⟦Ðéɱö çļöšéð: ĵöƀš ñöŵ ĝö ţö ţĥé ÅÎ/ṀĻ ÅÞÎ ŵîţĥ ýöûŕ ķéý.~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
    </context>
    <context>
        <name>FileChooser</name>
        <message>
            <source>Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.gif *.heic *.heif *.avif);;All files (*)</source>
            <translation>⟦Îɱåĝéš (*.ĵþĝ *.ĵþéĝ *.þñĝ *.ŵéƀþ *.ƀɱþ *.ţîƒ *.ţîƒƒ *.ĝîƒ *.ĥéîç *.ĥéîƒ *.åṽîƒ);;Åļļ ƒîļéš (*)~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Save the video as</source>
            <translation>⟦Šåṽé ţĥé ṽîðéö åš~~~~~⟧</translation>
        </message>
        <message>
            <source>MP4 video (*.mp4)</source>
            <translation>⟦ṀÞ4 ṽîðéö (*.ɱþ4)~~~~~⟧</translation>
        </message>
        <message>
            <source>Save videos in</source>
            <translation>⟦Šåṽé ṽîðéöš îñ~~~~⟧</translation>
        </message>
    </context>
    <context>
        <name>FilmDialog</name>
        <message>
            <source>No timeline</source>
            <translation>⟦Ñö ţîɱéļîñé~~~⟧</translation>
        </message>
        <message>
            <source>OpenTimelineIO (.otio)</source>
            <translation>⟦ÖþéñŢîɱéļîñéÎÖ (.öţîö)~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Final Cut Pro 7 XML (.xml), for Premiere and Resolve</source>
            <translation>⟦Ƒîñåļ Çûţ Þŕö 7 ẊṀĻ (.ẋɱļ), ƒöŕ Þŕéɱîéŕé åñð Ŕéšöļṽé~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>CMX 3600 EDL (.edl)</source>
            <translation>⟦ÇṀẊ 3600 ÉÐĻ (.éðļ)~~~~~~⟧</translation>
        </message>
        <message>
            <source>Music (*.mp3 *.wav *.flac *.m4a *.aac *.mp4);;All files (*)</source>
            <translation>⟦Ṁûšîç (*.ɱþ3 *.ŵåṽ *.ƒļåç *.ɱ4å *.ååç *.ɱþ4);;Åļļ ƒîļéš (*)~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Join into a film</source>
            <translation>⟦Ĵöîñ îñţö å ƒîļɱ~~~~~⟧</translation>
        </message>
        <message>
            <source>Clips, in the film's order</source>
            <translation>⟦Çļîþš, îñ ţĥé ƒîļɱ'š öŕðéŕ~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>#{id}  {prompt}  ({seconds} s)</source>
            <translation>⟦#{id}  {prompt}  ({seconds} š)~~⟧</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>⟦Ṁöṽé ûþ~⟧</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>⟦Ṁöṽé ðöŵñ~~⟧</translation>
        </message>
        <message>
            <source>Transition</source>
            <translation>⟦Ţŕåñšîţîöñ~~⟧</translation>
        </message>
        <message>
            <source>Cut: each shared keyframe shows once</source>
            <translation>⟦Çûţ: éåçĥ šĥåŕéð ķéýƒŕåɱé šĥöŵš öñçé~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Crossfade</source>
            <translation>⟦Çŕöššƒåðé~~⟧</translation>
        </message>
        <message>
            <source>Crossfade length</source>
            <translation>⟦Çŕöššƒåðé ļéñĝţĥ~~~~~⟧</translation>
        </message>
        <message>
            <source> frames</source>
            <comment>after a number</comment>
            <translation> ⟦ƒŕåɱéš~⟧</translation>
        </message>
        <message>
            <source>Music</source>
            <translation>⟦Ṁûšîç~⟧</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no music</comment>
            <translation>⟦ñöñé~⟧</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>⟦Çĥööšé…~⟧</translation>
        </message>
        <message>
            <source>Choose the music</source>
            <translation>⟦Çĥööšé ţĥé ɱûšîç~~~~~⟧</translation>
        </message>
        <message>
            <source>Only the music (mute the clips' own sound)</source>
            <translation>⟦Öñļý ţĥé ɱûšîç (ɱûţé ţĥé çļîþš' öŵñ šöûñð)~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Even out loudness (−16 LUFS)</source>
            <translation>⟦Éṽéñ öûţ ļöûðñéšš (−16 ĻÛƑŠ)~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Fade in and out</source>
            <translation>⟦Ƒåðé îñ åñð öûţ~~~~⟧</translation>
        </message>
        <message>
            <source> s</source>
            <comment>after a number of seconds</comment>
            <translation> ⟦š~⟧</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no fade</comment>
            <translation>⟦ñöñé~⟧</translation>
        </message>
        <message>
            <source>Timeline for an editor</source>
            <translation>⟦Ţîɱéļîñé ƒöŕ åñ éðîţöŕ~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Loudness</source>
            <translation>⟦Ļöûðñéšš~~⟧</translation>
        </message>
        <message>
            <source>Saved as</source>
            <translation>⟦Šåṽéð åš~~⟧</translation>
        </message>
        <message>
            <source>%p %</source>
            <comment>the progress in percent</comment>
            <translation>%p %</translation>
        </message>
        <message>
            <source>Join</source>
            <translation>⟦Ĵöîñ~⟧</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>⟦Çåñçéļ~⟧</translation>
        </message>
        <message>
            <source>The clips, in the film's order (drag to reorder):</source>
            <translation>⟦Ţĥé çļîþš, îñ ţĥé ƒîļɱ'š öŕðéŕ (ðŕåĝ ţö ŕéöŕðéŕ):~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
    </context>
    <context>
        <name>FilmJoinFlow</name>
        <message>
            <source>The film is ready: {path}</source>
            <translation>⟦Ţĥé ƒîļɱ îš ŕéåðý: {path}~~~~~~⟧</translation>
        </message>
        <message>
            <source>Joining stopped: no film was written.</source>
            <translation>⟦Ĵöîñîñĝ šţöþþéð: ñö ƒîļɱ ŵåš ŵŕîţţéñ.~~~~~~~~~~~~~⟧</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <source>{seconds} s</source>
            <translation>⟦{seconds} š~⟧</translation>
        </message>
        <message>
            <source>{minutes} min {seconds} s</source>
            <translation>⟦{minutes} ɱîñ {seconds} š~⟧</translation>
        </message>
        <message>
            <source>&lt;{amount}</source>
            <comment>less than a cent</comment>
            <translation>&lt;{amount}</translation>
        </message>
        <message numerus="yes">
            <source>{usd} ({credits} credit(s))</source>
            <translation>
                <numerusform>⟦{usd} ({credits} çŕéðîţ(š))~~~~⟧</numerusform>
                <numerusform>⟦{usd} ({credits} çŕéðîţ(š))~~~~⟧</numerusform>
            </translation>
        </message>
        <message>
            <source>about {cost}, from your history</source>
            <translation>⟦åƀöûţ {cost}, ƒŕöɱ ýöûŕ ĥîšţöŕý~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>about {cost}, list price {date}</source>
            <translation>⟦åƀöûţ {cost}, ļîšţ þŕîçé {date}~~~~~~⟧</translation>
        </message>
        <message>
            <source>updated just now</source>
            <translation>⟦ûþðåţéð ĵûšţ ñöŵ~~~~~⟧</translation>
        </message>
        <message numerus="yes">
            <source>updated %n min ago</source>
            <translation>
                <numerusform>⟦ûþðåţéð %n ɱîñ åĝö~~~~~⟧</numerusform>
                <numerusform>⟦ûþðåţéð %n ɱîñ åĝö~~~~~⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>updated %n h ago</source>
            <translation>
                <numerusform>⟦ûþðåţéð %n ĥ åĝö~~~~⟧</numerusform>
                <numerusform>⟦ûþðåţéð %n ĥ åĝö~~~~⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>updated %n day(s) ago</source>
            <translation>
                <numerusform>⟦ûþðåţéð %n ðåý(š) åĝö~~~~~~⟧</numerusform>
                <numerusform>⟦ûþðåţéð %n ðåý(š) åĝö~~~~~~⟧</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FrameSlot</name>
        <message>
            <source>Press Enter to choose a picture. When the picture is cropped, the arrow keys move the crop.</source>
            <translation>⟦Þŕéšš Éñţéŕ ţö çĥööšé å þîçţûŕé. Ŵĥéñ ţĥé þîçţûŕé îš çŕöþþéð, ţĥé åŕŕöŵ ķéýš ɱöṽé ţĥé çŕöþ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>or an image link: https://…</source>
            <translation>⟦öŕ åñ îɱåĝé ļîñķ: ĥţţþš://…~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Saving the pasted picture…</source>
            <translation>⟦Šåṽîñĝ ţĥé þåšţéð þîçţûŕé…~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The pasted picture could not be kept: {error}</source>
            <translation>⟦Ţĥé þåšţéð þîçţûŕé çöûļð ñöţ ƀé ķéþţ: {error}~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Image link from {host}
The service fetches it when you generate.</source>
            <translation>⟦Îɱåĝé ļîñķ ƒŕöɱ {host}
Ţĥé šéŕṽîçé ƒéţçĥéš îţ ŵĥéñ ýöû ĝéñéŕåţé.~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Loading preview…</source>
            <translation>⟦Ļöåðîñĝ þŕéṽîéŵ…~~~~~⟧</translation>
        </message>
        <message>
            <source>This picture cannot be used.
Click to choose another.</source>
            <translation>⟦Ţĥîš þîçţûŕé çåññöţ ƀé ûšéð.~~~~~~~~~~
Çļîçķ ţö çĥööšé åñöţĥéŕ.⟧</translation>
        </message>
        <message>
            <source>A link must start with http:// or https://.</source>
            <translation>⟦Å ļîñķ ɱûšţ šţåŕţ ŵîţĥ ĥţţþ:// öŕ ĥţţþš://.~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Drop a picture here
or click to choose one</source>
            <translation>⟦Ðŕöþ å þîçţûŕé ĥéŕé
öŕ çļîçķ ţö çĥööšé öñé~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{name} · {width}×{height}</source>
            <translation>{name} · {width}×{height}</translation>
        </message>
        <message>
            <source>Sent as a link</source>
            <translation>⟦Šéñţ åš å ļîñķ~~~~⟧</translation>
        </message>
        <message>
            <source>⚠ {note}</source>
            <translation>⚠ {note}</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>⟦éɱþţý~⟧</translation>
        </message>
        <message>
            <source>loading</source>
            <translation>⟦ļöåðîñĝ~⟧</translation>
        </message>
        <message>
            <source>link {url}</source>
            <translation>⟦ļîñķ {url}~⟧</translation>
        </message>
        <message>
            <source>The clipboard holds no picture, image file or link.</source>
            <translation>⟦Ţĥé çļîþƀöåŕð ĥöļðš ñö þîçţûŕé, îɱåĝé ƒîļé öŕ ļîñķ.~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>First frame</source>
            <translation>⟦Ƒîŕšţ ƒŕåɱé~~~⟧</translation>
        </message>
        <message>
            <source>Choose the first frame</source>
            <translation>⟦Çĥööšé ţĥé ƒîŕšţ ƒŕåɱé~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Choose the first frame (Ctrl+O)</source>
            <translation>⟦Çĥööšé ţĥé ƒîŕšţ ƒŕåɱé (Çţŕļ+Ö)~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Paste an image as the first frame</source>
            <translation>⟦Þåšţé åñ îɱåĝé åš ţĥé ƒîŕšţ ƒŕåɱé~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Clear the first frame</source>
            <translation>⟦Çļéåŕ ţĥé ƒîŕšţ ƒŕåɱé~~~~~~~⟧</translation>
        </message>
        <message>
            <source>First frame preview</source>
            <translation>⟦Ƒîŕšţ ƒŕåɱé þŕéṽîéŵ~~~~~~⟧</translation>
        </message>
        <message>
            <source>First frame link</source>
            <translation>⟦Ƒîŕšţ ƒŕåɱé ļîñķ~~~~~⟧</translation>
        </message>
        <message>
            <source>First frame: {state}</source>
            <translation>⟦Ƒîŕšţ ƒŕåɱé: {state}~~~~⟧</translation>
        </message>
        <message>
            <source>choose a first frame</source>
            <translation>⟦çĥööšé å ƒîŕšţ ƒŕåɱé~~~~~~⟧</translation>
        </message>
        <message>
            <source>wait for the first frame to load</source>
            <translation>⟦ŵåîţ ƒöŕ ţĥé ƒîŕšţ ƒŕåɱé ţö ļöåð~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>replace the first frame: {error}</source>
            <translation>⟦ŕéþļåçé ţĥé ƒîŕšţ ƒŕåɱé: {error}~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Last frame</source>
            <translation>⟦Ļåšţ ƒŕåɱé~~⟧</translation>
        </message>
        <message>
            <source>Choose the last frame</source>
            <translation>⟦Çĥööšé ţĥé ļåšţ ƒŕåɱé~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Choose the last frame (Ctrl+O)</source>
            <translation>⟦Çĥööšé ţĥé ļåšţ ƒŕåɱé (Çţŕļ+Ö)~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Paste an image as the last frame</source>
            <translation>⟦Þåšţé åñ îɱåĝé åš ţĥé ļåšţ ƒŕåɱé~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Clear the last frame</source>
            <translation>⟦Çļéåŕ ţĥé ļåšţ ƒŕåɱé~~~~~~⟧</translation>
        </message>
        <message>
            <source>Last frame preview</source>
            <translation>⟦Ļåšţ ƒŕåɱé þŕéṽîéŵ~~~~~~⟧</translation>
        </message>
        <message>
            <source>Last frame link</source>
            <translation>⟦Ļåšţ ƒŕåɱé ļîñķ~~~~⟧</translation>
        </message>
        <message>
            <source>Last frame: {state}</source>
            <translation>⟦Ļåšţ ƒŕåɱé: {state}~~~⟧</translation>
        </message>
        <message>
            <source>choose a last frame</source>
            <translation>⟦çĥööšé å ļåšţ ƒŕåɱé~~~~~~⟧</translation>
        </message>
        <message>
            <source>wait for the last frame to load</source>
            <translation>⟦ŵåîţ ƒöŕ ţĥé ļåšţ ƒŕåɱé ţö ļöåð~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>replace the last frame: {error}</source>
            <translation>⟦ŕéþļåçé ţĥé ļåšţ ƒŕåɱé: {error}~~~~~~~~⟧</translation>
        </message>
    </context>
    <context>
        <name>JobActions</name>
        <message>
            <source>The video of job {id} is no longer at {path}. It may have been moved or deleted.</source>
            <translation>⟦Ţĥé ṽîðéö öƒ ĵöƀ {id} îš ñö ļöñĝéŕ åţ {path}. Îţ ɱåý ĥåṽé ƀééñ ɱöṽéð öŕ ðéļéţéð.~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The job's frames and settings are back in the compose panel.</source>
            <translation>⟦Ţĥé ĵöƀ'š ƒŕåɱéš åñð šéţţîñĝš åŕé ƀåçķ îñ ţĥé çöɱþöšé þåñéļ.~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Stopped waiting. The API has no cancel: the task still runs on the server.</source>
            <translation>⟦Šţöþþéð ŵåîţîñĝ. Ţĥé ÅÞÎ ĥåš ñö çåñçéļ: ţĥé ţåšķ šţîļļ ŕûñš öñ ţĥé šéŕṽéŕ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Job {id} could not be sent again: {error}</source>
            <translation>⟦Ĵöƀ {id} çöûļð ñöţ ƀé šéñţ åĝåîñ: {error}~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>about {cost}</source>
            <translation>⟦åƀöûţ {cost}~⟧</translation>
        </message>
        <message>
            <source>This sends job {id}'s frames, prompt and settings again as a new task, without audio: Veo's audio filter blocks some videos that pass without it. It costs {price}.</source>
            <translation>⟦Ţĥîš šéñðš ĵöƀ {id}'š ƒŕåɱéš, þŕöɱþţ åñð šéţţîñĝš åĝåîñ åš å ñéŵ ţåšķ, ŵîţĥöûţ åûðîö: Ṽéö'š åûðîö ƒîļţéŕ ƀļöçķš šöɱé ṽîðéöš ţĥåţ þåšš ŵîţĥöûţ îţ. Îţ çöšţš {price}.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>This sends job {id}'s frames, prompt and settings again as a new task. It costs {price}.</source>
            <translation>⟦Ţĥîš šéñðš ĵöƀ {id}'š ƒŕåɱéš, þŕöɱþţ åñð šéţţîñĝš åĝåîñ åš å ñéŵ ţåšķ. Îţ çöšţš {price}.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Submit again without audio?</source>
            <translation>⟦Šûƀɱîţ åĝåîñ ŵîţĥöûţ åûðîö?~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Submit again?</source>
            <translation>⟦Šûƀɱîţ åĝåîñ?~~~~⟧</translation>
        </message>
        <message>
            <source>Submit without audio</source>
            <translation>⟦Šûƀɱîţ ŵîţĥöûţ åûðîö~~~~~~⟧</translation>
        </message>
        <message>
            <source>Submit again</source>
            <translation>⟦Šûƀɱîţ åĝåîñ~~~⟧</translation>
        </message>
        <message>
            <source>No file manager could be opened. The video is at {path}</source>
            <translation>⟦Ñö ƒîļé ɱåñåĝéŕ çöûļð ƀé öþéñéð. Ţĥé ṽîðéö îš åţ {path}~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Generation id copied.</source>
            <translation>⟦Ĝéñéŕåţîöñ îð çöþîéð.~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Video URL copied. It may expire after a while.</source>
            <translation>⟦Ṽîðéö ÛŔĻ çöþîéð. Îţ ɱåý éẋþîŕé åƒţéŕ å ŵĥîļé.~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Saved a copy as {path}</source>
            <translation>⟦Šåṽéð å çöþý åš {path}~~~~~⟧</translation>
        </message>
        <message>
            <source>The copy could not be saved: {error}</source>
            <translation>⟦Ţĥé çöþý çöûļð ñöţ ƀé šåṽéð: {error}~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Delete job?</source>
            <translation>⟦Ðéļéţé ĵöƀ?~~~⟧</translation>
        </message>
        <message>
            <source>Delete job {id} from the history?</source>
            <translation>⟦Ðéļéţé ĵöƀ {id} ƒŕöɱ ţĥé ĥîšţöŕý?~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Its video is {path}</source>
            <translation>⟦Îţš ṽîðéö îš {path}~~~~⟧</translation>
        </message>
        <message>
            <source>Delete job and video</source>
            <translation>⟦Ðéļéţé ĵöƀ åñð ṽîðéö~~~~~~⟧</translation>
        </message>
        <message>
            <source>Delete job, keep video</source>
            <translation>⟦Ðéļéţé ĵöƀ, ķééþ ṽîðéö~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Delete job</source>
            <translation>⟦Ðéļéţé ĵöƀ~~⟧</translation>
        </message>
        <message>
            <source>Deleted job {id} and its video.</source>
            <translation>⟦Ðéļéţéð ĵöƀ {id} åñð îţš ṽîðéö.~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Deleted job {id}.</source>
            <translation>⟦Ðéļéţéð ĵöƀ {id}.~~~~⟧</translation>
        </message>
        <message>
            <source>Job {id} could not be deleted: {error}</source>
            <translation>⟦Ĵöƀ {id} çöûļð ñöţ ƀé ðéļéţéð: {error}~~~~~~~~~⟧</translation>
        </message>
    </context>
    <context>
        <name>JobEvents</name>
        <message>
            <source>sent to the API</source>
            <translation>⟦šéñţ ţö ţĥé ÅÞÎ~~~~⟧</translation>
        </message>
        <message>
            <source>job {id}: {event}</source>
            <translation>⟦ĵöƀ {id}: {event}~⟧</translation>
        </message>
        <message>
            <source>Job {id}: {event}</source>
            <translation>⟦Ĵöƀ {id}: {event}~⟧</translation>
        </message>
        <message>
            <source>About your frames: {warnings}</source>
            <translation>⟦Åƀöûţ ýöûŕ ƒŕåɱéš: {warnings}~~~~~~⟧</translation>
        </message>
        <message>
            <source>job {id}</source>
            <translation>⟦ĵöƀ {id}~⟧</translation>
        </message>
        <message>
            <source>Video ready: {name}</source>
            <translation>⟦Ṽîðéö ŕéåðý: {name}~~~~⟧</translation>
        </message>
        <message>
            <source>Your video is ready</source>
            <translation>⟦Ýöûŕ ṽîðéö îš ŕéåðý~~~~~~⟧</translation>
        </message>
    </context>
    <context>
        <name>JobHistory</name>
        <message>
            <source>The job history could not be read: {error}</source>
            <translation>⟦Ţĥé ĵöƀ ĥîšţöŕý çöûļð ñöţ ƀé ŕéåð: {error}~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Unfinished jobs could not be listed: {error}</source>
            <translation>⟦Ûñƒîñîšĥéð ĵöƀš çöûļð ñöţ ƀé ļîšţéð: {error}~~~~~~~~~~~~~⟧</translation>
        </message>
        <message numerus="yes">
            <source>Resuming %n unfinished job(s) from last time.</source>
            <translation>
                <numerusform>⟦Ŕéšûɱîñĝ %n ûñƒîñîšĥéð ĵöƀ(š) ƒŕöɱ ļåšţ ţîɱé.~~~~~~~~~~~~~~~~⟧</numerusform>
                <numerusform>⟦Ŕéšûɱîñĝ %n ûñƒîñîšĥéð ĵöƀ(š) ƒŕöɱ ļåšţ ţîɱé.~~~~~~~~~~~~~~~~⟧</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JobListView</name>
        <message>
            <source>No videos yet.
Choose two frames, describe the motion and press Generate.</source>
            <translation>⟦Ñö ṽîðéöš ýéţ.
Çĥööšé ţŵö ƒŕåɱéš, ðéšçŕîƀé ţĥé ɱöţîöñ åñð þŕéšš Ĝéñéŕåţé.~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
    </context>
    <context>
        <name>JobsController</name>
        <message>
            <source>You stopped waiting. The API cannot cancel a task, so it keeps running (and is charged) on the server; choose Resume waiting to fetch the video.</source>
            <translation>⟦Ýöû šţöþþéð ŵåîţîñĝ. Ţĥé ÅÞÎ çåññöţ çåñçéļ å ţåšķ, šö îţ ķééþš ŕûññîñĝ (åñð îš çĥåŕĝéð) öñ ţĥé šéŕṽéŕ; çĥööšé Ŕéšûɱé ŵåîţîñĝ ţö ƒéţçĥ ţĥé ṽîðéö.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
    </context>
    <context>
        <name>JobsModel</name>
        <message>
            <source>Preparing</source>
            <translation>⟦Þŕéþåŕîñĝ~~⟧</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>⟦Ŕéåðý~⟧</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>⟦Šéñðîñĝ~⟧</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>⟦Ǫûéûéð~⟧</translation>
        </message>
        <message>
            <source>Generating</source>
            <translation>⟦Ĝéñéŕåţîñĝ~~⟧</translation>
        </message>
        <message>
            <source>Downloading</source>
            <translation>⟦Ðöŵñļöåðîñĝ~~~⟧</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>⟦Ðöñé~⟧</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>⟦Ƒåîļéð~⟧</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>⟦Ñééðš åţţéñţîöñ~~~~⟧</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>⟦Ŵåîţîñĝ~⟧</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>⟦{seconds} š~⟧</translation>
        </message>
        <message>
            <source>auto</source>
            <comment>the aspect ratio</comment>
            <translation>⟦åûţö~⟧</translation>
        </message>
        <message>
            <source>film</source>
            <translation>⟦ƒîļɱ~⟧</translation>
        </message>
        <message>
            <source>Generation id: {id}</source>
            <translation>⟦Ĝéñéŕåţîöñ îð: {id}~~~~⟧</translation>
        </message>
    </context>
    <context>
        <name>JobsPanel</name>
        <message>
            <source>History</source>
            <translation>⟦Ĥîšţöŕý~⟧</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>⟦Ĵöƀš~⟧</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>⟦Þļåý~⟧</translation>
        </message>
        <message>
            <source>Reuse settings</source>
            <translation>⟦Ŕéûšé šéţţîñĝš~~~~⟧</translation>
        </message>
        <message>
            <source>Reuse</source>
            <translation>⟦Ŕéûšé~⟧</translation>
        </message>
        <message>
            <source>Submit again…</source>
            <translation>⟦Šûƀɱîţ åĝåîñ…~~~~⟧</translation>
        </message>
        <message>
            <source>Submit again</source>
            <translation>⟦Šûƀɱîţ åĝåîñ~~~⟧</translation>
        </message>
        <message>
            <source>Submit again without audio…</source>
            <translation>⟦Šûƀɱîţ åĝåîñ ŵîţĥöûţ åûðîö…~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Without audio</source>
            <translation>⟦Ŵîţĥöûţ åûðîö~~~~⟧</translation>
        </message>
        <message>
            <source>Send the same frames, prompt and settings as a silent video: Veo's audio filter blocks some videos that pass without audio</source>
            <translation>⟦Šéñð ţĥé šåɱé ƒŕåɱéš, þŕöɱþţ åñð šéţţîñĝš åš å šîļéñţ ṽîðéö: Ṽéö'š åûðîö ƒîļţéŕ ƀļöçķš šöɱé ṽîðéöš ţĥåţ þåšš ŵîţĥöûţ åûðîö~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Resume waiting</source>
            <translation>⟦Ŕéšûɱé ŵåîţîñĝ~~~~⟧</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>⟦Ŕéšûɱé~⟧</translation>
        </message>
        <message>
            <source>Stop waiting</source>
            <translation>⟦Šţöþ ŵåîţîñĝ~~~⟧</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>⟦Šţöþ~⟧</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>⟦Šĥöŵ îñ ƒöļðéŕ~~~~⟧</translation>
        </message>
        <message>
            <source>Copy generation id</source>
            <translation>⟦Çöþý ĝéñéŕåţîöñ îð~~~~~~⟧</translation>
        </message>
        <message>
            <source>Copy video URL</source>
            <translation>⟦Çöþý ṽîðéö ÛŔĻ~~~~⟧</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>⟦Šåṽé åš…~~⟧</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>⟦Ðéļéţé…~⟧</translation>
        </message>
        <message>
            <source>Join into a film…</source>
            <translation>⟦Ĵöîñ îñţö å ƒîļɱ…~~~~~⟧</translation>
        </message>
        <message>
            <source>Select two or more finished videos (Ctrl+click or Shift+click) to join them</source>
            <translation>⟦Šéļéçţ ţŵö öŕ ɱöŕé ƒîñîšĥéð ṽîðéöš (Çţŕļ+çļîçķ öŕ Šĥîƒţ+çļîçķ) ţö ĵöîñ ţĥéɱ~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>More</source>
            <translation>⟦Ṁöŕé~⟧</translation>
        </message>
        <message>
            <source>More job actions</source>
            <translation>⟦Ṁöŕé ĵöƀ åçţîöñš~~~~~⟧</translation>
        </message>
        <message numerus="yes">
            <source>%Ln job(s) · {cost} spent</source>
            <translation>
                <numerusform>⟦%Ln ĵöƀ(š) · {cost} šþéñţ~~~~~⟧</numerusform>
                <numerusform>⟦%Ln ĵöƀ(š) · {cost} šþéñţ~~~~~⟧</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LastFrameGrabber</name>
        <message>
            <source>Reading the video took too long.</source>
            <translation>⟦Ŕéåðîñĝ ţĥé ṽîðéö ţööķ ţöö ļöñĝ.~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>unreadable</source>
            <translation>⟦ûñŕéåðåƀļé~~⟧</translation>
        </message>
        <message>
            <source>The file has no video track.</source>
            <translation>⟦Ţĥé ƒîļé ĥåš ñö ṽîðéö ţŕåçķ.~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The file is not a video Qt can read.</source>
            <translation>⟦Ţĥé ƒîļé îš ñöţ å ṽîðéö Ǫţ çåñ ŕéåð.~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The last frame could not be captured: {error}</source>
            <translation>⟦Ţĥé ļåšţ ƒŕåɱé çöûļð ñöţ ƀé çåþţûŕéð: {error}~~~~~~~~~~~~~~⟧</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Loading the player…</source>
            <translation>⟦Ļöåðîñĝ ţĥé þļåýéŕ…~~~~~~⟧</translation>
        </message>
        <message>
            <source>&amp;Open frame…</source>
            <translation>⟦&amp;Oþéñ ƒŕåɱé…~~⟧</translation>
        </message>
        <message>
            <source>&amp;Paste frame</source>
            <translation>⟦&amp;Påšţé ƒŕåɱé~~⟧</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>⟦&amp;Séţţîñĝš…~~⟧</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>⟦&amp;Qûîţ~⟧</translation>
        </message>
        <message>
            <source>Try the &amp;demo</source>
            <translation>⟦Ţŕý ţĥé &amp;déɱö~~~⟧</translation>
        </message>
        <message>
            <source>&amp;Leave the demo</source>
            <translation>⟦&amp;Léåṽé ţĥé ðéɱö~~~~⟧</translation>
        </message>
        <message>
            <source>Get an API &amp;key</source>
            <translation>⟦Ĝéţ åñ ÅÞÎ &amp;kéý~~~~⟧</translation>
        </message>
        <message>
            <source>Refresh the &amp;balance</source>
            <translation>⟦Ŕéƒŕéšĥ ţĥé &amp;båļåñçé~~~~~~⟧</translation>
        </message>
        <message>
            <source>Open the &amp;log folder</source>
            <translation>⟦Öþéñ ţĥé &amp;löĝ ƒöļðéŕ~~~~~~⟧</translation>
        </message>
        <message>
            <source>Copy &amp;diagnostics</source>
            <translation>⟦Çöþý &amp;dîåĝñöšţîçš~~~~⟧</translation>
        </message>
        <message>
            <source>Copy versions, settings and recent log lines, without your key or private paths, to paste into a bug report</source>
            <translation>⟦Çöþý ṽéŕšîöñš, šéţţîñĝš åñð ŕéçéñţ ļöĝ ļîñéš, ŵîţĥöûţ ýöûŕ ķéý öŕ þŕîṽåţé þåţĥš, ţö þåšţé îñţö å ƀûĝ ŕéþöŕţ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>⟦&amp;Fîļé~⟧</translation>
        </message>
        <message>
            <source>&amp;Jobs</source>
            <translation>⟦&amp;Jöƀš~⟧</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>⟦&amp;Héļþ~⟧</translation>
        </message>
        <message>
            <source>veodesk — {mode}</source>
            <translation>⟦ṽéöðéšķ — {mode}~~⟧</translation>
        </message>
    </context>
    <context>
        <name>Parameters</name>
        <message>
            <source>Duration</source>
            <translation>⟦Ðûŕåţîöñ~~⟧</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>⟦Ŕéšöļûţîöñ~~⟧</translation>
        </message>
        <message>
            <source>Aspect ratio</source>
            <translation>⟦Åšþéçţ ŕåţîö~~~⟧</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>⟦Ƒîţ~⟧</translation>
        </message>
        <message>
            <source>Generate audio</source>
            <translation>⟦Ĝéñéŕåţé åûðîö~~~~⟧</translation>
        </message>
        <message>
            <source>4 seconds</source>
            <translation>⟦4 šéçöñðš~~⟧</translation>
        </message>
        <message>
            <source>6 seconds</source>
            <translation>⟦6 šéçöñðš~~⟧</translation>
        </message>
        <message>
            <source>8 seconds</source>
            <translation>⟦8 šéçöñðš~~⟧</translation>
        </message>
        <message>
            <source>Auto (from the first frame)</source>
            <translation>⟦Åûţö (ƒŕöɱ ţĥé ƒîŕšţ ƒŕåɱé)~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>16:9 landscape</source>
            <translation>⟦16:9 ļåñðšçåþé~~~~⟧</translation>
        </message>
        <message>
            <source>9:16 portrait</source>
            <translation>⟦9:16 þöŕţŕåîţ~~~~⟧</translation>
        </message>
        <message>
            <source>Crop to fill</source>
            <translation>⟦Çŕöþ ţö ƒîļļ~~~⟧</translation>
        </message>
        <message>
            <source>Pad to fit</source>
            <translation>⟦Þåð ţö ƒîţ~~⟧</translation>
        </message>
        <message>
            <source>Leave as is</source>
            <translation>⟦Ļéåṽé åš îš~~~⟧</translation>
        </message>
        <message>
            <source>audio</source>
            <translation>⟦åûðîö~⟧</translation>
        </message>
        <message>
            <source>silent</source>
            <translation>⟦šîļéñţ~⟧</translation>
        </message>
    </context>
    <context>
        <name>Player</name>
        <message>
            <source>Play (Space)</source>
            <translation>⟦Þļåý (Šþåçé)~~~⟧</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>⟦Þöšîţîöñ~~⟧</translation>
        </message>
        <message>
            <source>Mute</source>
            <translation>⟦Ṁûţé~⟧</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>⟦Ṽöļûɱé~⟧</translation>
        </message>
        <message>
            <source>Loop</source>
            <translation>⟦Ļööþ~⟧</translation>
        </message>
        <message>
            <source>Use last frame as next first frame</source>
            <translation>⟦Ûšé ļåšţ ƒŕåɱé åš ñéẋţ ƒîŕšţ ƒŕåɱé~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Put this video's final frame into the first-frame slot, to continue the scene</source>
            <translation>⟦Þûţ ţĥîš ṽîðéö'š ƒîñåļ ƒŕåɱé îñţö ţĥé ƒîŕšţ-ƒŕåɱé šļöţ, ţö çöñţîñûé ţĥé šçéñé~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>⟦Ṽîðéö~⟧</translation>
        </message>
        <message>
            <source>Your video plays here.
Generate one, or pick a finished job.</source>
            <translation>⟦Ýöûŕ ṽîðéö þļåýš ĥéŕé.
Ĝéñéŕåţé öñé, öŕ þîçķ å ƒîñîšĥéð ĵöƀ.~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Last frame of the video</source>
            <translation>⟦Ļåšţ ƒŕåɱé öƒ ţĥé ṽîðéö~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>No sound output on this computer</source>
            <translation>⟦Ñö šöûñð öûţþûţ öñ ţĥîš çöɱþûţéŕ~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Pause (Space)</source>
            <translation>⟦Þåûšé (Šþåçé)~~~~⟧</translation>
        </message>
        <message>
            <source>Unmute</source>
            <translation>⟦Ûñɱûţé~⟧</translation>
        </message>
        <message>
            <source>The video cannot be played: {error}</source>
            <translation>⟦Ţĥé ṽîðéö çåññöţ ƀé þļåýéð: {error}~~~~~~~~~~⟧</translation>
        </message>
    </context>
    <context>
        <name>PriceEditor</name>
        <message>
            <source>Prices for estimates</source>
            <translation>⟦Þŕîçéš ƒöŕ éšţîɱåţéš~~~~~~⟧</translation>
        </message>
        <message>
            <source>Used until a video of the same resolution and audio
has finished; then what it really cost.
$1 = {credits} credits.</source>
            <translation>⟦Ûšéð ûñţîļ å ṽîðéö öƒ ţĥé šåɱé ŕéšöļûţîöñ åñð åûðîö~~~~~~~~~~~~~~~~~~~
ĥåš ƒîñîšĥéð; ţĥéñ ŵĥåţ îţ ŕéåļļý çöšţ.
$1 = {credits} çŕéðîţš.⟧</translation>
        </message>
        <message>
            <source>With audio</source>
            <translation>⟦Ŵîţĥ åûðîö~~⟧</translation>
        </message>
        <message>
            <source>Silent</source>
            <translation>⟦Šîļéñţ~⟧</translation>
        </message>
        <message>
            <source> /s</source>
            <comment>per second, after a price</comment>
            <translation> ⟦/š~⟧</translation>
        </message>
        <message>
            <source>Dollars per second at {resolution}, with audio</source>
            <translation>⟦Ðöļļåŕš þéŕ šéçöñð åţ {resolution}, ŵîţĥ åûðîö~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Dollars per second at {resolution}, silent</source>
            <translation>⟦Ðöļļåŕš þéŕ šéçöñð åţ {resolution}, šîļéñţ~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Where the prices come from</source>
            <translation>⟦Ŵĥéŕé ţĥé þŕîçéš çöɱé ƒŕöɱ~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>When the prices were published</source>
            <translation>⟦Ŵĥéñ ţĥé þŕîçéš ŵéŕé þûƀļîšĥéð~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>⟦Šöûŕçé~⟧</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>⟦Åš öƒ~⟧</translation>
        </message>
        <message>
            <source>Restore the list price</source>
            <translation>⟦Ŕéšţöŕé ţĥé ļîšţ þŕîçé~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{source} list price, {date}</source>
            <translation>⟦{source} ļîšţ þŕîçé, {date}~~~~⟧</translation>
        </message>
    </context>
    <context>
        <name>Remedy</name>
        <message>
            <source>Open settings</source>
            <translation>⟦Öþéñ šéţţîñĝš~~~~⟧</translation>
        </message>
        <message>
            <source>Try the demo</source>
            <translation>⟦Ţŕý ţĥé ðéɱö~~~⟧</translation>
        </message>
        <message>
            <source>Resume now</source>
            <translation>⟦Ŕéšûɱé ñöŵ~~⟧</translation>
        </message>
        <message>
            <source>Choose another</source>
            <translation>⟦Çĥööšé åñöţĥéŕ~~~~⟧</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>veodesk closed unexpectedly last time. Your jobs are safe: unfinished ones continue by themselves. If it happens again, please report it with the diagnostics, which include what went wrong.</source>
            <translation>⟦ṽéöðéšķ çļöšéð ûñéẋþéçţéðļý ļåšţ ţîɱé. Ýöûŕ ĵöƀš åŕé šåƒé: ûñƒîñîšĥéð öñéš çöñţîñûé ƀý ţĥéɱšéļṽéš. Îƒ îţ ĥåþþéñš åĝåîñ, þļéåšé ŕéþöŕţ îţ ŵîţĥ ţĥé ðîåĝñöšţîçš, ŵĥîçĥ îñçļûðé ŵĥåţ ŵéñţ ŵŕöñĝ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Copy diagnostics</source>
            <translation>⟦Çöþý ðîåĝñöšţîçš~~~~~⟧</translation>
        </message>
        <message>
            <source>Diagnostics copied. They hold no key, no link tokens and no home folder path, so they are safe to paste publicly.</source>
            <translation>⟦Ðîåĝñöšţîçš çöþîéð. Ţĥéý ĥöļð ñö ķéý, ñö ļîñķ ţöķéñš åñð ñö ĥöɱé ƒöļðéŕ þåţĥ, šö ţĥéý åŕé šåƒé ţö þåšţé þûƀļîçļý.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Could not collect diagnostics: {error}</source>
            <translation>⟦Çöûļð ñöţ çöļļéçţ ðîåĝñöšţîçš: {error}~~~~~~~~~~~⟧</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Using the key from the AIMLAPI_KEY environment variable ({key}). It overrides any key saved here.</source>
            <translation>⟦Ûšîñĝ ţĥé ķéý ƒŕöɱ ţĥé ÅÎṀĻÅÞÎ_ĶÉÝ éñṽîŕöñɱéñţ ṽåŕîåƀļé ({key}). Îţ öṽéŕŕîðéš åñý ķéý šåṽéð ĥéŕé.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Saved in the system keychain ({key}).</source>
            <translation>⟦Šåṽéð îñ ţĥé šýšţéɱ ķéýçĥåîñ ({key}).~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>No system keychain is available, so the key is saved in a file that only your user account can read ({key}). Anyone who can log in as you can read it.</source>
            <translation>⟦Ñö šýšţéɱ ķéýçĥåîñ îš åṽåîļåƀļé, šö ţĥé ķéý îš šåṽéð îñ å ƒîļé ţĥåţ öñļý ýöûŕ ûšéŕ åççöûñţ çåñ ŕéåð ({key}). Åñýöñé ŵĥö çåñ ļöĝ îñ åš ýöû çåñ ŕéåð îţ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>No key yet. Paste the key from your AI/ML API dashboard.</source>
            <translation>⟦Ñö ķéý ýéţ. Þåšţé ţĥé ķéý ƒŕöɱ ýöûŕ ÅÎ/ṀĻ ÅÞÎ ðåšĥƀöåŕð.~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>veodesk settings</source>
            <translation>⟦ṽéöðéšķ šéţţîñĝš~~~~~⟧</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>⟦ÅÞÎ ķéý~⟧</translation>
        </message>
        <message>
            <source>Saved key {key} — type to replace</source>
            <translation>⟦Šåṽéð ķéý {key} — ţýþé ţö ŕéþļåçé~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Paste your API key</source>
            <translation>⟦Þåšţé ýöûŕ ÅÞÎ ķéý~~~~~~⟧</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>⟦Šĥöŵ~⟧</translation>
        </message>
        <message>
            <source>Show the key while typing</source>
            <translation>⟦Šĥöŵ ţĥé ķéý ŵĥîļé ţýþîñĝ~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Remove saved key</source>
            <translation>⟦Ŕéɱöṽé šåṽéð ķéý~~~~~⟧</translation>
        </message>
        <message>
            <source>⚠ {warning}</source>
            <translation>⚠ {warning}</translation>
        </message>
        <message>
            <source>Get a key at &lt;a href="{url}"&gt;{url}&lt;/a&gt;</source>
            <translation>⟦Ĝéţ å ķéý åţ &lt;a href="{url}"&gt;{url}&lt;/a&gt;~~~~⟧</translation>
        </message>
        <message>
            <source>Output folder</source>
            <translation>⟦Öûţþûţ ƒöļðéŕ~~~~⟧</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>⟦Ɓŕöŵšé…~⟧</translation>
        </message>
        <message>
            <source>Default duration</source>
            <translation>⟦Ðéƒåûļţ ðûŕåţîöñ~~~~~⟧</translation>
        </message>
        <message>
            <source>Default resolution</source>
            <translation>⟦Ðéƒåûļţ ŕéšöļûţîöñ~~~~~~⟧</translation>
        </message>
        <message>
            <source>Default aspect ratio</source>
            <translation>⟦Ðéƒåûļţ åšþéçţ ŕåţîö~~~~~~⟧</translation>
        </message>
        <message>
            <source>Default fit</source>
            <translation>⟦Ðéƒåûļţ ƒîţ~~~⟧</translation>
        </message>
        <message>
            <source>Jobs that may run at once</source>
            <translation>⟦Ĵöƀš ţĥåţ ɱåý ŕûñ åţ öñçé~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Notify me when a video is ready and the window is in the background</source>
            <translation>⟦Ñöţîƒý ɱé ŵĥéñ å ṽîðéö îš ŕéåðý åñð ţĥé ŵîñðöŵ îš îñ ţĥé ƀåçķĝŕöûñð~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Play each video as soon as it is ready</source>
            <translation>⟦Þļåý éåçĥ ṽîðéö åš šööñ åš îţ îš ŕéåðý~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Videos</source>
            <translation>⟦Ṽîðéöš~⟧</translation>
        </message>
        <message>
            <source>Save videos in</source>
            <translation>⟦Šåṽé ṽîðéöš îñ~~~~⟧</translation>
        </message>
        <message>
            <source>Jobs at once</source>
            <translation>⟦Ĵöƀš åţ öñçé~~~⟧</translation>
        </message>
        <message>
            <source>Defaults for new videos</source>
            <translation>⟦Ðéƒåûļţš ƒöŕ ñéŵ ṽîðéöš~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>API base URL</source>
            <translation>⟦ÅÞÎ ƀåšé ÛŔĻ~~~⟧</translation>
        </message>
        <message>
            <source>{url} (default)</source>
            <translation>⟦{url} (ðéƒåûļţ)~~⟧</translation>
        </message>
        <message>
            <source>CA bundle file</source>
            <translation>⟦ÇÅ ƀûñðļé ƒîļé~~~~⟧</translation>
        </message>
        <message>
            <source>the system's certificates (default)</source>
            <translation>⟦ţĥé šýšţéɱ'š çéŕţîƒîçåţéš (ðéƒåûļţ)~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>⟦Åðṽåñçéð~~⟧</translation>
        </message>
        <message>
            <source>CA bundle</source>
            <translation>⟦ÇÅ ƀûñðļé~~⟧</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>⟦Ļåñĝûåĝé~~⟧</translation>
        </message>
        <message>
            <source>System</source>
            <translation>⟦Šýšţéɱ~⟧</translation>
        </message>
        <message>
            <source>Takes effect when veodesk starts.</source>
            <translation>⟦Ţåķéš éƒƒéçţ ŵĥéñ ṽéöðéšķ šţåŕţš.~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The saved key will be removed when you press Save.</source>
            <translation>⟦Ţĥé šåṽéð ķéý ŵîļļ ƀé ŕéɱöṽéð ŵĥéñ ýöû þŕéšš Šåṽé.~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
    </context>
    <context>
        <name>SettingsFlow</name>
        <message>
            <source>No system keychain was found, so your API key is stored in a file only your user account can read. Anyone who can log in as you can read it.</source>
            <translation>⟦Ñö šýšţéɱ ķéýçĥåîñ ŵåš ƒöûñð, šö ýöûŕ ÅÞÎ ķéý îš šţöŕéð îñ å ƒîļé öñļý ýöûŕ ûšéŕ åççöûñţ çåñ ŕéåð. Åñýöñé ŵĥö çåñ ļöĝ îñ åš ýöû çåñ ŕéåð îţ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Settings saved. The new language takes effect when veodesk starts again.</source>
            <translation>⟦Šéţţîñĝš šåṽéð. Ţĥé ñéŵ ļåñĝûåĝé ţåķéš éƒƒéçţ ŵĥéñ ṽéöðéšķ šţåŕţš åĝåîñ.~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>⟦Šéţţîñĝš šåṽéð.~~~~⟧</translation>
        </message>
        <message>
            <source>Settings not saved: {error}</source>
            <translation>⟦Šéţţîñĝš ñöţ šåṽéð: {error}~~~~~~⟧</translation>
        </message>
    </context>
    <context>
        <name>Staging</name>
        <message>
            <source>The job history could not be opened: {error}</source>
            <translation>⟦Ţĥé ĵöƀ ĥîšţöŕý çöûļð ñöţ ƀé öþéñéð: {error}~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Ready. Add an API key, or try the demo.</source>
            <translation>⟦Ŕéåðý. Åðð åñ ÅÞÎ ķéý, öŕ ţŕý ţĥé ðéɱö.~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Welcome to veodesk. To make videos with Veo 3.1 you need an AI/ML API key: create one at {url} and paste it in the settings. Or try the demo first: it renders a sample video on this computer, with no key and no cost.</source>
            <translation>⟦Ŵéļçöɱé ţö ṽéöðéšķ. Ţö ɱåķé ṽîðéöš ŵîţĥ Ṽéö 3.1 ýöû ñééð åñ ÅÎ/ṀĻ ÅÞÎ ķéý: çŕéåţé öñé åţ {url} åñð þåšţé îţ îñ ţĥé šéţţîñĝš. Öŕ ţŕý ţĥé ðéɱö ƒîŕšţ: îţ ŕéñðéŕš å šåɱþļé ṽîðéö öñ ţĥîš çöɱþûţéŕ, ŵîţĥ ñö ķéý åñð ñö çöšţ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Get a key</source>
            <translation>⟦Ĝéţ å ķéý~~⟧</translation>
        </message>
        <message>
            <source>Open settings</source>
            <translation>⟦Öþéñ šéţţîñĝš~~~~⟧</translation>
        </message>
        <message>
            <source>Try the demo</source>
            <translation>⟦Ţŕý ţĥé ðéɱö~~~⟧</translation>
        </message>
    </context>
    <context>
        <name>StatusPresenter</name>
        <message>
            <source>Opening the history…</source>
            <translation>⟦Öþéñîñĝ ţĥé ĥîšţöŕý…~~~~~~⟧</translation>
        </message>
        <message>
            <source>Ready.</source>
            <translation>⟦Ŕéåðý.~⟧</translation>
        </message>
        <message numerus="yes">
            <source>%n job(s) running</source>
            <translation>
                <numerusform>⟦%n ĵöƀ(š) ŕûññîñĝ~~~~⟧</numerusform>
                <numerusform>⟦%n ĵöƀ(š) ŕûññîñĝ~~~~⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting for a free slot</source>
            <translation>
                <numerusform>⟦%n ŵåîţîñĝ ƒöŕ å ƒŕéé šļöţ~~~~~~~~⟧</numerusform>
                <numerusform>⟦%n ŵåîţîñĝ ƒöŕ å ƒŕéé šļöţ~~~~~~~~⟧</numerusform>
            </translation>
        </message>
    </context>
</TS>
