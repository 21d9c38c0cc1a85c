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
            <source>Demo ready: press Generate to render the sample locally, or open the Storyboard tab for a three-keyframe film.</source>
            <translation>⟦Ðéɱö ŕéåðý: þŕéšš Ĝéñéŕåţé ţö ŕéñðéŕ ţĥé šåɱþļé ļöçåļļý, öŕ öþéñ ţĥé Šţöŕýƀöåŕð ţåƀ ƒöŕ å ţĥŕéé-ķéýƒŕåɱé ƒîļɱ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
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
            <source>job {job}: sent to the API</source>
            <translation>⟦ĵöƀ {job}: šéñţ ţö ţĥé ÅÞÎ~~~~~~~⟧</translation>
        </message>
        <message>
            <source>job {job}: {event}</source>
            <translation>⟦ĵöƀ {job}: {event}~⟧</translation>
        </message>
        <message>
            <source>Job {job}: {event}</source>
            <translation>⟦Ĵöƀ {job}: {event}~⟧</translation>
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
            <source>Single clip or storyboard</source>
            <translation>⟦Šîñĝļé çļîþ öŕ šţöŕýƀöåŕð~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Single clip</source>
            <translation>⟦Šîñĝļé çļîþ~~~⟧</translation>
        </message>
        <message>
            <source>Loading the storyboard…</source>
            <translation>⟦Ļöåðîñĝ ţĥé šţöŕýƀöåŕð…~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Storyboard</source>
            <translation>⟦Šţöŕýƀöåŕð~~⟧</translation>
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
            <source>&amp;New storyboard</source>
            <translation>⟦&amp;Néŵ šţöŕýƀöåŕð~~~~⟧</translation>
        </message>
        <message>
            <source>Open story&amp;board…</source>
            <translation>⟦Öþéñ šţöŕý&amp;böåŕð…~~~~⟧</translation>
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
            <source>Ask before a storyboard run that costs more than</source>
            <translation>⟦Åšķ ƀéƒöŕé å šţöŕýƀöåŕð ŕûñ ţĥåţ çöšţš ɱöŕé ţĥåñ~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Generate all and several takes at once ask first when their expected cost is higher than this (0 asks every time)</source>
            <translation>⟦Ĝéñéŕåţé åļļ åñð šéṽéŕåļ ţåķéš åţ öñçé åšķ ƒîŕšţ ŵĥéñ ţĥéîŕ éẋþéçţéð çöšţ îš ĥîĝĥéŕ ţĥåñ ţĥîš (0 åšķš éṽéŕý ţîɱé)~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
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
            <source>Ask before a storyboard run above</source>
            <translation>⟦Åšķ ƀéƒöŕé å šţöŕýƀöåŕð ŕûñ åƀöṽé~~~~~~~~~~~~⟧</translation>
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
    <context>
        <name>Storyboard</name>
        <message>
            <source>Keyframe {number}</source>
            <translation>⟦Ķéýƒŕåɱé {number}~~⟧</translation>
        </message>
        <message>
            <source>missing — relink</source>
            <translation>⟦ɱîššîñĝ — ŕéļîñķ~~~~~⟧</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>⟦Ļöåðîñĝ…~~⟧</translation>
        </message>
        <message>
            <source>Move keyframe {number} left</source>
            <translation>⟦Ṁöṽé ķéýƒŕåɱé {number} ļéƒţ~~~~~~⟧</translation>
        </message>
        <message>
            <source>Move keyframe {number} right</source>
            <translation>⟦Ṁöṽé ķéýƒŕåɱé {number} ŕîĝĥţ~~~~~~⟧</translation>
        </message>
        <message>
            <source>Relink…</source>
            <translation>⟦Ŕéļîñķ…~⟧</translation>
        </message>
        <message>
            <source>Replace…</source>
            <translation>⟦Ŕéþļåçé…~~⟧</translation>
        </message>
        <message>
            <source>Replace the picture of keyframe {number}</source>
            <translation>⟦Ŕéþļåçé ţĥé þîçţûŕé öƒ ķéýƒŕåɱé {number}~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Delete keyframe {number}</source>
            <translation>⟦Ðéļéţé ķéýƒŕåɱé {number}~~~~~⟧</translation>
        </message>
        <message>
            <source>Drag to move this keyframe; drop pictures here to insert them after it.</source>
            <translation>⟦Ðŕåĝ ţö ɱöṽé ţĥîš ķéýƒŕåɱé; ðŕöþ þîçţûŕéš ĥéŕé ţö îñšéŕţ ţĥéɱ åƒţéŕ îţ.~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Unreadable picture</source>
            <translation>⟦Ûñŕéåðåƀļé þîçţûŕé~~~~~~⟧</translation>
        </message>
        <message>
            <source>Wait for the storyboard's run to end, or stop it, first.</source>
            <translation>⟦Ŵåîţ ƒöŕ ţĥé šţöŕýƀöåŕð'š ŕûñ ţö éñð, öŕ šţöþ îţ, ƒîŕšţ.~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Opened {path}.</source>
            <translation>⟦Öþéñéð {path}.~~⟧</translation>
        </message>
        <message>
            <source>The storyboard could not be saved: {error}</source>
            <translation>⟦Ţĥé šţöŕýƀöåŕð çöûļð ñöţ ƀé šåṽéð: {error}~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Choose keyframes</source>
            <translation>⟦Çĥööšé ķéýƒŕåɱéš~~~~~⟧</translation>
        </message>
        <message>
            <source>Choose keyframes to insert</source>
            <translation>⟦Çĥööšé ķéýƒŕåɱéš ţö îñšéŕţ~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Choose the picture of keyframe {number}</source>
            <translation>⟦Çĥööšé ţĥé þîçţûŕé öƒ ķéýƒŕåɱé {number}~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>A storyboard keeps its pictures in its folder: save the web picture, then drop the file.</source>
            <translation>⟦Å šţöŕýƀöåŕð ķééþš îţš þîçţûŕéš îñ îţš ƒöļðéŕ: šåṽé ţĥé ŵéƀ þîçţûŕé, ţĥéñ ðŕöþ ţĥé ƒîļé.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Every segment needs a finished take before the film plays.</source>
            <translation>⟦Éṽéŕý šéĝɱéñţ ñééðš å ƒîñîšĥéð ţåķé ƀéƒöŕé ţĥé ƒîļɱ þļåýš.~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Segment {number}: {prompt}</source>
            <translation>⟦Šéĝɱéñţ {number}: {prompt}~~⟧</translation>
        </message>
        <message>
            <source>{film}, segment {number}</source>
            <translation>⟦{film}, šéĝɱéñţ {number}~~⟧</translation>
        </message>
        <message>
            <source>Take {number} (job {job})</source>
            <translation>⟦Ţåķé {number} (ĵöƀ {job})~~~⟧</translation>
        </message>
        <message>
            <source>To generate</source>
            <translation>⟦Ţö ĝéñéŕåţé~~~⟧</translation>
        </message>
        <message>
            <source>Running…</source>
            <translation>⟦Ŕûññîñĝ…~~⟧</translation>
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
            <source>Check the dashboard</source>
            <translation>⟦Çĥéçķ ţĥé ðåšĥƀöåŕð~~~~~~⟧</translation>
        </message>
        <message>
            <source>Segment {number}: keyframe {first} to {last}</source>
            <translation>⟦Šéĝɱéñţ {number}: ķéýƒŕåɱé {first} ţö {last}~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>No take yet</source>
            <translation>⟦Ñö ţåķé ýéţ~~~⟧</translation>
        </message>
        <message>
            <source>Prompt of segment {number}</source>
            <translation>⟦Þŕöɱþţ öƒ šéĝɱéñţ {number}~~~~~~⟧</translation>
        </message>
        <message>
            <source>What happens between keyframe {first} and keyframe {last}</source>
            <translation>⟦Ŵĥåţ ĥåþþéñš ƀéţŵééñ ķéýƒŕåɱé {first} åñð ķéýƒŕåɱé {last}~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Duration of segment {number}</source>
            <translation>⟦Ðûŕåţîöñ öƒ šéĝɱéñţ {number}~~~~~~⟧</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>⟦{seconds} š~⟧</translation>
        </message>
        <message>
            <source>Audio of segment {number}</source>
            <translation>⟦Åûðîö öƒ šéĝɱéñţ {number}~~~~~⟧</translation>
        </message>
        <message>
            <source>Film's audio</source>
            <translation>⟦Ƒîļɱ'š åûðîö~~~⟧</translation>
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
            <source>Chosen take of segment {number}</source>
            <translation>⟦Çĥöšéñ ţåķé öƒ šéĝɱéñţ {number}~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>⟦Þļåý~⟧</translation>
        </message>
        <message>
            <source>Play the take of segment {number}</source>
            <translation>⟦Þļåý ţĥé ţåķé öƒ šéĝɱéñţ {number}~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>⟦Ĝéñéŕåţé~~⟧</translation>
        </message>
        <message>
            <source>Generate segment {number}</source>
            <translation>⟦Ĝéñéŕåţé šéĝɱéñţ {number}~~~~~⟧</translation>
        </message>
        <message>
            <source>Takes: </source>
            <translation>⟦Ţåķéš:~⟧ </translation>
        </message>
        <message>
            <source>Takes to generate for segment {number}</source>
            <translation>⟦Ţåķéš ţö ĝéñéŕåţé ƒöŕ šéĝɱéñţ {number}~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Generate several takes at once, then choose the best</source>
            <translation>⟦Ĝéñéŕåţé šéṽéŕåļ ţåķéš åţ öñçé, ţĥéñ çĥööšé ţĥé ƀéšţ~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>+ Keyframe</source>
            <translation>⟦+ Ķéýƒŕåɱé~~⟧</translation>
        </message>
        <message>
            <source>Insert a keyframe inside segment {number}</source>
            <translation>⟦Îñšéŕţ å ķéýƒŕåɱé îñšîðé šéĝɱéñţ {number}~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Too long</source>
            <translation>⟦Ţöö ļöñĝ~~⟧</translation>
        </message>
        <message>
            <source>Segment {number}: {state}</source>
            <translation>⟦Šéĝɱéñţ {number}: {state}~~⟧</translation>
        </message>
        <message>
            <source>No takes yet</source>
            <translation>⟦Ñö ţåķéš ýéţ~~~⟧</translation>
        </message>
        <message>
            <source>No API key yet: save one in Settings, or try the demo, then generate.</source>
            <translation>⟦Ñö ÅÞÎ ķéý ýéţ: šåṽé öñé îñ Šéţţîñĝš, öŕ ţŕý ţĥé ðéɱö, ţĥéñ ĝéñéŕåţé.~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Checking the pictures and prompts…</source>
            <translation>⟦Çĥéçķîñĝ ţĥé þîçţûŕéš åñð þŕöɱþţš…~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Nothing to send: every segment is done.</source>
            <translation>⟦Ñöţĥîñĝ ţö šéñð: éṽéŕý šéĝɱéñţ îš ðöñé.~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Tasks to send: {count}, about {cost}. Send them?</source>
            <translation>⟦Ţåšķš ţö šéñð: {count}, åƀöûţ {cost}. Šéñð ţĥéɱ?~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Each task is a paid generation on the AI/ML API. You are asked because the cost is above {threshold}, the amount set in Settings.</source>
            <translation>⟦Éåçĥ ţåšķ îš å þåîð ĝéñéŕåţîöñ öñ ţĥé ÅÎ/ṀĻ ÅÞÎ. Ýöû åŕé åšķéð ƀéçåûšé ţĥé çöšţ îš åƀöṽé {threshold}, ţĥé åɱöûñţ šéţ îñ Šéţţîñĝš.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>This is more than your balance of {balance}. You can still send (the balance may lag behind), but tasks may fail.</source>
            <translation>⟦Ţĥîš îš ɱöŕé ţĥåñ ýöûŕ ƀåļåñçé öƒ {balance}. Ýöû çåñ šţîļļ šéñð (ţĥé ƀåļåñçé ɱåý ļåĝ ƀéĥîñð), ƀûţ ţåšķš ɱåý ƒåîļ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Send the storyboard's tasks?</source>
            <translation>⟦Šéñð ţĥé šţöŕýƀöåŕð'š ţåšķš?~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>⟦Šéñð~⟧</translation>
        </message>
        <message>
            <source>Nothing was sent.</source>
            <translation>⟦Ñöţĥîñĝ ŵåš šéñţ.~~~~~⟧</translation>
        </message>
        <message>
            <source>Sending tasks: {count}, about {cost}…</source>
            <translation>⟦Šéñðîñĝ ţåšķš: {count}, åƀöûţ {cost}…~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Segment {number}: {message}</source>
            <translation>⟦Šéĝɱéñţ {number}: {message}~~⟧</translation>
        </message>
        <message>
            <source>Segments {segments} did not finish; the finished takes are kept and the next run sends only what is left. {reason}</source>
            <translation>⟦Šéĝɱéñţš {segments} ðîð ñöţ ƒîñîšĥ; ţĥé ƒîñîšĥéð ţåķéš åŕé ķéþţ åñð ţĥé ñéẋţ ŕûñ šéñðš öñļý ŵĥåţ îš ļéƒţ. {reason}~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Takes finished: {count}.</source>
            <translation>⟦Ţåķéš ƒîñîšĥéð: {count}.~~~~~⟧</translation>
        </message>
        <message>
            <source>Joining the takes into {path}…</source>
            <translation>⟦Ĵöîñîñĝ ţĥé ţåķéš îñţö {path}…~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The film is ready: {path}</source>
            <translation>⟦Ţĥé ƒîļɱ îš ŕéåðý: {path}~~~~~~⟧</translation>
        </message>
        <message>
            <source>Stopped. Tasks already sent keep running on the server; Generate all fetches them without sending them again.</source>
            <translation>⟦Šţöþþéð. Ţåšķš åļŕéåðý šéñţ ķééþ ŕûññîñĝ öñ ţĥé šéŕṽéŕ; Ĝéñéŕåţé åļļ ƒéţçĥéš ţĥéɱ ŵîţĥöûţ šéñðîñĝ ţĥéɱ åĝåîñ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Add at least two keyframes: each pair makes one segment.</source>
            <translation>⟦Åðð åţ ļéåšţ ţŵö ķéýƒŕåɱéš: éåçĥ þåîŕ ɱåķéš öñé šéĝɱéñţ.~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Segments: {count}, {seconds} s of film.</source>
            <translation>⟦Šéĝɱéñţš: {count}, {seconds} š öƒ ƒîļɱ.~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{length} Relink the missing pictures before generating.</source>
            <translation>⟦{length} Ŕéļîñķ ţĥé ɱîššîñĝ þîçţûŕéš ƀéƒöŕé ĝéñéŕåţîñĝ.~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{length} Every segment is done.</source>
            <translation>⟦{length} Éṽéŕý šéĝɱéñţ îš ðöñé.~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{length} Tasks to send: {count}, about {cost}, {source}.</source>
            <translation>⟦{length} Ţåšķš ţö šéñð: {count}, åƀöûţ {cost}, {source}.~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>No storyboard open</source>
            <translation>⟦Ñö šţöŕýƀöåŕð öþéñ~~~~~~⟧</translation>
        </message>
        <message>
            <source>New storyboard</source>
            <translation>⟦Ñéŵ šţöŕýƀöåŕð~~~~⟧</translation>
        </message>
        <message>
            <source>Start a new storyboard in your videos folder</source>
            <translation>⟦Šţåŕţ å ñéŵ šţöŕýƀöåŕð îñ ýöûŕ ṽîðéöš ƒöļðéŕ~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>⟦Öþéñ…~⟧</translation>
        </message>
        <message>
            <source>Open a storyboard project (.veoboard)</source>
            <translation>⟦Öþéñ å šţöŕýƀöåŕð þŕöĵéçţ (.ṽéöƀöåŕð)~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Show folder</source>
            <translation>⟦Šĥöŵ ƒöļðéŕ~~~⟧</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>⟦Þŕöĵéçţ~⟧</translation>
        </message>
        <message>
            <source>Project: new, open, folder</source>
            <translation>⟦Þŕöĵéçţ: ñéŵ, öþéñ, ƒöļðéŕ~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>⟦Ûñðö~⟧</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>⟦Ŕéðö~⟧</translation>
        </message>
        <message>
            <source>Resolution of the film</source>
            <translation>⟦Ŕéšöļûţîöñ öƒ ţĥé ƒîļɱ~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Aspect ratio of the film</source>
            <translation>⟦Åšþéçţ ŕåţîö öƒ ţĥé ƒîļɱ~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>How pictures fit the frame</source>
            <translation>⟦Ĥöŵ þîçţûŕéš ƒîţ ţĥé ƒŕåɱé~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Audio</source>
            <translation>⟦Åûðîö~⟧</translation>
        </message>
        <message>
            <source>Style, added to every prompt</source>
            <translation>⟦Šţýļé, åððéð ţö éṽéŕý þŕöɱþţ~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Style added to every prompt (optional)</source>
            <translation>⟦Šţýļé åððéð ţö éṽéŕý þŕöɱþţ (öþţîöñåļ)~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Style</source>
            <translation>⟦Šţýļé~⟧</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>⟦Ŕéšöļûţîöñ~~⟧</translation>
        </message>
        <message>
            <source>Aspect</source>
            <translation>⟦Åšþéçţ~⟧</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>⟦Ƒîţ~⟧</translation>
        </message>
        <message>
            <source>Add keyframes…</source>
            <translation>⟦Åðð ķéýƒŕåɱéš…~~~~⟧</translation>
        </message>
        <message>
            <source>Add pictures at the end; several at once are added in file-name order</source>
            <translation>⟦Åðð þîçţûŕéš åţ ţĥé éñð; šéṽéŕåļ åţ öñçé åŕé åððéð îñ ƒîļé-ñåɱé öŕðéŕ~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Drop two or more pictures here, or press Add keyframes…, to start a storyboard. Each pair of keyframes becomes one segment of the film.</source>
            <translation>⟦Ðŕöþ ţŵö öŕ ɱöŕé þîçţûŕéš ĥéŕé, öŕ þŕéšš Åðð ķéýƒŕåɱéš…, ţö šţåŕţ å šţöŕýƀöåŕð. Éåçĥ þåîŕ öƒ ķéýƒŕåɱéš ƀéçöɱéš öñé šéĝɱéñţ öƒ ţĥé ƒîļɱ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Generate all</source>
            <translation>⟦Ĝéñéŕåţé åļļ~~~⟧</translation>
        </message>
        <message>
            <source>Send only the segments that are not done</source>
            <translation>⟦Šéñð öñļý ţĥé šéĝɱéñţš ţĥåţ åŕé ñöţ ðöñé~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Render film</source>
            <translation>⟦Ŕéñðéŕ ƒîļɱ~~~⟧</translation>
        </message>
        <message>
            <source>Generate what is left, then join the chosen takes into one film</source>
            <translation>⟦Ĝéñéŕåţé ŵĥåţ îš ļéƒţ, ţĥéñ ĵöîñ ţĥé çĥöšéñ ţåķéš îñţö öñé ƒîļɱ~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Play film</source>
            <translation>⟦Þļåý ƒîļɱ~~⟧</translation>
        </message>
        <message>
            <source>Play the chosen takes back to back</source>
            <translation>⟦Þļåý ţĥé çĥöšéñ ţåķéš ƀåçķ ţö ƀåçķ~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>⟦Šţöþ~⟧</translation>
        </message>
        <message>
            <source>Stop waiting; tasks already sent keep running and are fetched later</source>
            <translation>⟦Šţöþ ŵåîţîñĝ; ţåšķš åļŕéåðý šéñţ ķééþ ŕûññîñĝ åñð åŕé ƒéţçĥéð ļåţéŕ~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{action}: {edit}</source>
            <translation>{action}: {edit}</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <source>The API answered with something that is not a generation task ({reason}). This is usually temporary; try again shortly.</source>
            <translation>⟦Ţĥé ÅÞÎ åñšŵéŕéð ŵîţĥ šöɱéţĥîñĝ ţĥåţ îš ñöţ å ĝéñéŕåţîöñ ţåšķ ({reason}). Ţĥîš îš ûšûåļļý ţéɱþöŕåŕý; ţŕý åĝåîñ šĥöŕţļý.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The billing service redirected to another site ({url}); veodesk does not follow it because your key would go with it. Check the URL in the settings.</source>
            <translation>⟦Ţĥé ƀîļļîñĝ šéŕṽîçé ŕéðîŕéçţéð ţö åñöţĥéŕ šîţé ({url}); ṽéöðéšķ ðöéš ñöţ ƒöļļöŵ îţ ƀéçåûšé ýöûŕ ķéý ŵöûļð ĝö ŵîţĥ îţ. Çĥéçķ ţĥé ÛŔĻ îñ ţĥé šéţţîñĝš.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The API redirected to another site ({url}); veodesk does not follow it because your key would go with it. Check the URL in the settings.</source>
            <translation>⟦Ţĥé ÅÞÎ ŕéðîŕéçţéð ţö åñöţĥéŕ šîţé ({url}); ṽéöðéšķ ðöéš ñöţ ƒöļļöŵ îţ ƀéçåûšé ýöûŕ ķéý ŵöûļð ĝö ŵîţĥ îţ. Çĥéçķ ţĥé ÛŔĻ îñ ţĥé šéţţîñĝš.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The billing service answered with something that is not JSON (HTTP {status}). This is usually temporary; try again shortly.</source>
            <translation>⟦Ţĥé ƀîļļîñĝ šéŕṽîçé åñšŵéŕéð ŵîţĥ šöɱéţĥîñĝ ţĥåţ îš ñöţ ĴŠÖÑ (ĤŢŢÞ {status}). Ţĥîš îš ûšûåļļý ţéɱþöŕåŕý; ţŕý åĝåîñ šĥöŕţļý.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The API answered with something that is not JSON (HTTP {status}). This is usually temporary; try again shortly.</source>
            <translation>⟦Ţĥé ÅÞÎ åñšŵéŕéð ŵîţĥ šöɱéţĥîñĝ ţĥåţ îš ñöţ ĴŠÖÑ (ĤŢŢÞ {status}). Ţĥîš îš ûšûåļļý ţéɱþöŕåŕý; ţŕý åĝåîñ šĥöŕţļý.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The billing service redirected too many times. Check the URL in the settings.</source>
            <translation>⟦Ţĥé ƀîļļîñĝ šéŕṽîçé ŕéðîŕéçţéð ţöö ɱåñý ţîɱéš. Çĥéçķ ţĥé ÛŔĻ îñ ţĥé šéţţîñĝš.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The API redirected too many times. Check the URL in the settings.</source>
            <translation>⟦Ţĥé ÅÞÎ ŕéðîŕéçţéð ţöö ɱåñý ţîɱéš. Çĥéçķ ţĥé ÛŔĻ îñ ţĥé šéţţîñĝš.~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The API rejected your key (HTTP {status}). Check the key in the settings or the AIMLAPI_KEY variable, and that your account has credits. The server said: {server}</source>
            <translation>⟦Ţĥé ÅÞÎ ŕéĵéçţéð ýöûŕ ķéý (ĤŢŢÞ {status}). Çĥéçķ ţĥé ķéý îñ ţĥé šéţţîñĝš öŕ ţĥé ÅÎṀĻÅÞÎ_ĶÉÝ ṽåŕîåƀļé, åñð ţĥåţ ýöûŕ åççöûñţ ĥåš çŕéðîţš. Ţĥé šéŕṽéŕ šåîð: {server}~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The API rejected your key (HTTP {status}). Check the key in the settings or the AIMLAPI_KEY variable, and that your account has credits.</source>
            <translation>⟦Ţĥé ÅÞÎ ŕéĵéçţéð ýöûŕ ķéý (ĤŢŢÞ {status}). Çĥéçķ ţĥé ķéý îñ ţĥé šéţţîñĝš öŕ ţĥé ÅÎṀĻÅÞÎ_ĶÉÝ ṽåŕîåƀļé, åñð ţĥåţ ýöûŕ åççöûñţ ĥåš çŕéðîţš.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The API does not know this generation (HTTP 404). Check the id. The server said: {server}</source>
            <translation>⟦Ţĥé ÅÞÎ ðöéš ñöţ ķñöŵ ţĥîš ĝéñéŕåţîöñ (ĤŢŢÞ 404). Çĥéçķ ţĥé îð. Ţĥé šéŕṽéŕ šåîð: {server}~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The API does not know this generation (HTTP 404). Check the id.</source>
            <translation>⟦Ţĥé ÅÞÎ ðöéš ñöţ ķñöŵ ţĥîš ĝéñéŕåţîöñ (ĤŢŢÞ 404). Çĥéçķ ţĥé îð.~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The API is rate limiting requests (HTTP 429). Wait a moment and try again. The server said: {server}</source>
            <translation>⟦Ţĥé ÅÞÎ îš ŕåţé ļîɱîţîñĝ ŕéǫûéšţš (ĤŢŢÞ 429). Ŵåîţ å ɱöɱéñţ åñð ţŕý åĝåîñ. Ţĥé šéŕṽéŕ šåîð: {server}~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The API is rate limiting requests (HTTP 429). Wait a moment and try again.</source>
            <translation>⟦Ţĥé ÅÞÎ îš ŕåţé ļîɱîţîñĝ ŕéǫûéšţš (ĤŢŢÞ 429). Ŵåîţ å ɱöɱéñţ åñð ţŕý åĝåîñ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The API did not accept the request (HTTP {status}). The server said: {server}</source>
            <translation>⟦Ţĥé ÅÞÎ ðîð ñöţ åççéþţ ţĥé ŕéǫûéšţ (ĤŢŢÞ {status}). Ţĥé šéŕṽéŕ šåîð: {server}~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The API did not accept the request (HTTP {status}). Check the inputs.</source>
            <translation>⟦Ţĥé ÅÞÎ ðîð ñöţ åççéþţ ţĥé ŕéǫûéšţ (ĤŢŢÞ {status}). Çĥéçķ ţĥé îñþûţš.~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The API had a problem (HTTP {status}). This is usually temporary; try again in a few minutes. The server said: {server}</source>
            <translation>⟦Ţĥé ÅÞÎ ĥåð å þŕöƀļéɱ (ĤŢŢÞ {status}). Ţĥîš îš ûšûåļļý ţéɱþöŕåŕý; ţŕý åĝåîñ îñ å ƒéŵ ɱîñûţéš. Ţĥé šéŕṽéŕ šåîð: {server}~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The API had a problem (HTTP {status}). This is usually temporary; try again in a few minutes.</source>
            <translation>⟦Ţĥé ÅÞÎ ĥåð å þŕöƀļéɱ (ĤŢŢÞ {status}). Ţĥîš îš ûšûåļļý ţéɱþöŕåŕý; ţŕý åĝåîñ îñ å ƒéŵ ɱîñûţéš.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>updated just now</source>
            <translation>⟦ûþðåţéð ĵûšţ ñöŵ~~~~~⟧</translation>
        </message>
        <message>
            <source>updated {minutes} min ago</source>
            <translation>⟦ûþðåţéð {minutes} ɱîñ åĝö~~~~~⟧</translation>
        </message>
        <message>
            <source>updated {hours} h ago</source>
            <translation>⟦ûþðåţéð {hours} ĥ åĝö~~~~⟧</translation>
        </message>
        <message>
            <source>updated {days} days ago</source>
            <translation>⟦ûþðåţéð {days} ðåýš åĝö~~~~~⟧</translation>
        </message>
        <message>
            <source>'{name}' is missing</source>
            <translation>⟦'{name}' îš ɱîššîñĝ~~~~⟧</translation>
        </message>
        <message>
            <source>'{name}' is not a number</source>
            <translation>⟦'{name}' îš ñöţ å ñûɱƀéŕ~~~~~~⟧</translation>
        </message>
        <message>
            <source>'{name}' is out of range</source>
            <translation>⟦'{name}' îš öûţ öƒ ŕåñĝé~~~~~~⟧</translation>
        </message>
        <message>
            <source>the answer is not an object</source>
            <translation>⟦ţĥé åñšŵéŕ îš ñöţ åñ öƀĵéçţ~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>'{name}' is not true or false</source>
            <translation>⟦'{name}' îš ñöţ ţŕûé öŕ ƒåļšé~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>'{name}' is not a date</source>
            <translation>⟦'{name}' îš ñöţ å ðåţé~~~~~⟧</translation>
        </message>
        <message>
            <source>The billing service rejected your key (HTTP {status}), so the balance is unknown. Check the key in the settings or the AIMLAPI_KEY variable. The server said: {server}</source>
            <translation>⟦Ţĥé ƀîļļîñĝ šéŕṽîçé ŕéĵéçţéð ýöûŕ ķéý (ĤŢŢÞ {status}), šö ţĥé ƀåļåñçé îš ûñķñöŵñ. Çĥéçķ ţĥé ķéý îñ ţĥé šéţţîñĝš öŕ ţĥé ÅÎṀĻÅÞÎ_ĶÉÝ ṽåŕîåƀļé. Ţĥé šéŕṽéŕ šåîð: {server}~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The billing service rejected your key (HTTP {status}), so the balance is unknown. Check the key in the settings or the AIMLAPI_KEY variable.</source>
            <translation>⟦Ţĥé ƀîļļîñĝ šéŕṽîçé ŕéĵéçţéð ýöûŕ ķéý (ĤŢŢÞ {status}), šö ţĥé ƀåļåñçé îš ûñķñöŵñ. Çĥéçķ ţĥé ķéý îñ ţĥé šéţţîñĝš öŕ ţĥé ÅÎṀĻÅÞÎ_ĶÉÝ ṽåŕîåƀļé.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The billing service is rate limiting requests (HTTP 429); the balance will be read again later. The server said: {server}</source>
            <translation>⟦Ţĥé ƀîļļîñĝ šéŕṽîçé îš ŕåţé ļîɱîţîñĝ ŕéǫûéšţš (ĤŢŢÞ 429); ţĥé ƀåļåñçé ŵîļļ ƀé ŕéåð åĝåîñ ļåţéŕ. Ţĥé šéŕṽéŕ šåîð: {server}~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The billing service is rate limiting requests (HTTP 429); the balance will be read again later.</source>
            <translation>⟦Ţĥé ƀîļļîñĝ šéŕṽîçé îš ŕåţé ļîɱîţîñĝ ŕéǫûéšţš (ĤŢŢÞ 429); ţĥé ƀåļåñçé ŵîļļ ƀé ŕéåð åĝåîñ ļåţéŕ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The billing service could not give the balance (HTTP {status}). This is usually temporary; try again later. The server said: {server}</source>
            <translation>⟦Ţĥé ƀîļļîñĝ šéŕṽîçé çöûļð ñöţ ĝîṽé ţĥé ƀåļåñçé (ĤŢŢÞ {status}). Ţĥîš îš ûšûåļļý ţéɱþöŕåŕý; ţŕý åĝåîñ ļåţéŕ. Ţĥé šéŕṽéŕ šåîð: {server}~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The billing service could not give the balance (HTTP {status}). This is usually temporary; try again later.</source>
            <translation>⟦Ţĥé ƀîļļîñĝ šéŕṽîçé çöûļð ñöţ ĝîṽé ţĥé ƀåļåñçé (ĤŢŢÞ {status}). Ţĥîš îš ûšûåļļý ţéɱþöŕåŕý; ţŕý åĝåîñ ļåţéŕ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The billing service answered with something that is not a balance ({reason}). The balance is unknown for now.</source>
            <translation>⟦Ţĥé ƀîļļîñĝ šéŕṽîçé åñšŵéŕéð ŵîţĥ šöɱéţĥîñĝ ţĥåţ îš ñöţ å ƀåļåñçé ({reason}). Ţĥé ƀåļåñçé îš ûñķñöŵñ ƒöŕ ñöŵ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Downloading the video failed: {reason} The video is kept on the server for a while; resume the job to try again.</source>
            <translation>⟦Ðöŵñļöåðîñĝ ţĥé ṽîðéö ƒåîļéð: {reason} Ţĥé ṽîðéö îš ķéþţ öñ ţĥé šéŕṽéŕ ƒöŕ å ŵĥîļé; ŕéšûɱé ţĥé ĵöƀ ţö ţŕý åĝåîñ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Download stopped. Resume the job to finish it.</source>
            <translation>⟦Ðöŵñļöåð šţöþþéð. Ŕéšûɱé ţĥé ĵöƀ ţö ƒîñîšĥ îţ.~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>the partial download no longer matches; starting again</source>
            <translation>⟦ţĥé þåŕţîåļ ðöŵñļöåð ñö ļöñĝéŕ ɱåţçĥéš; šţåŕţîñĝ åĝåîñ~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>the video host answered HTTP {status}</source>
            <translation>⟦ţĥé ṽîðéö ĥöšţ åñšŵéŕéð ĤŢŢÞ {status}~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The video host refused the download (HTTP {status}). The link may have expired; check the job's status again to get a fresh one.</source>
            <translation>⟦Ţĥé ṽîðéö ĥöšţ ŕéƒûšéð ţĥé ðöŵñļöåð (ĤŢŢÞ {status}). Ţĥé ļîñķ ɱåý ĥåṽé éẋþîŕéð; çĥéçķ ţĥé ĵöƀ'š šţåţûš åĝåîñ ţö ĝéţ å ƒŕéšĥ öñé.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The video is {size} bytes, more than the {limit}-byte limit.</source>
            <translation>⟦Ţĥé ṽîðéö îš {size} ƀýţéš, ɱöŕé ţĥåñ ţĥé {limit}-ƀýţé ļîɱîţ.~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The video is larger than the {limit}-byte limit.</source>
            <translation>⟦Ţĥé ṽîðéö îš ļåŕĝéŕ ţĥåñ ţĥé {limit}-ƀýţé ļîɱîţ.~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>the connection broke after {done} bytes</source>
            <translation>⟦ţĥé çöññéçţîöñ ƀŕöķé åƒţéŕ {done} ƀýţéš~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>the connection broke after {done} of {size} bytes</source>
            <translation>⟦ţĥé çöññéçţîöñ ƀŕöķé åƒţéŕ {done} öƒ {size} ƀýţéš~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>What {url} sent is not an MP4 video; nothing was saved.</source>
            <translation>⟦Ŵĥåţ {url} šéñţ îš ñöţ åñ ṀÞ4 ṽîðéö; ñöţĥîñĝ ŵåš šåṽéð.~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>No API key. Set the AIMLAPI_KEY environment variable or save a key in the app's settings. Get a key at {url}.</source>
            <translation>⟦Ñö ÅÞÎ ķéý. Šéţ ţĥé ÅÎṀĻÅÞÎ_ĶÉÝ éñṽîŕöñɱéñţ ṽåŕîåƀļé öŕ šåṽé å ķéý îñ ţĥé åþþ'š šéţţîñĝš. Ĝéţ å ķéý åţ {url}.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>preparing</source>
            <translation>⟦þŕéþåŕîñĝ~~⟧</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>⟦ŕéåðý~⟧</translation>
        </message>
        <message>
            <source>submitting</source>
            <translation>⟦šûƀɱîţţîñĝ~~⟧</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>⟦ǫûéûéð~⟧</translation>
        </message>
        <message>
            <source>generating</source>
            <translation>⟦ĝéñéŕåţîñĝ~~⟧</translation>
        </message>
        <message>
            <source>downloading</source>
            <translation>⟦ðöŵñļöåðîñĝ~~~⟧</translation>
        </message>
        <message>
            <source>done</source>
            <translation>⟦ðöñé~⟧</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>⟦ƒåîļéð~⟧</translation>
        </message>
        <message>
            <source>needs_attention</source>
            <translation>⟦ñééðš_åţţéñţîöñ~~~~⟧</translation>
        </message>
        <message>
            <source>server: {status}</source>
            <translation>⟦šéŕṽéŕ: {status}~~⟧</translation>
        </message>
        <message>
            <source>The join failed (exit code {code}); no film was written.</source>
            <translation>⟦Ţĥé ĵöîñ ƒåîļéð (éẋîţ çöðé {code}); ñö ƒîļɱ ŵåš ŵŕîţţéñ.~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The join was stopped; no film was written.</source>
            <translation>⟦Ţĥé ĵöîñ ŵåš šţöþþéð; ñö ƒîļɱ ŵåš ŵŕîţţéñ.~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The join's result could not be read ({reason}).</source>
            <translation>⟦Ţĥé ĵöîñ'š ŕéšûļţ çöûļð ñöţ ƀé ŕéåð ({reason}).~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Job {job} is {state} and has no video to join.</source>
            <translation>⟦Ĵöƀ {job} îš {state} åñð ĥåš ñö ṽîðéö ţö ĵöîñ.~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Job {job}'s video {path} is missing (moved or deleted).</source>
            <translation>⟦Ĵöƀ {job}'š ṽîðéö {path} îš ɱîššîñĝ (ɱöṽéð öŕ ðéļéţéð).~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Give at least two clips to join.</source>
            <translation>⟦Ĝîṽé åţ ļéåšţ ţŵö çļîþš ţö ĵöîñ.~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>--output {path} must end in .mp4.</source>
            <translation>⟦--öûţþûţ {path} ɱûšţ éñð îñ .ɱþ4.~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>--timeline {path} must end in .otio, .xml (Final Cut Pro 7 XML) or .edl (CMX 3600).</source>
            <translation>⟦--ţîɱéļîñé {path} ɱûšţ éñð îñ .öţîö, .ẋɱļ (Ƒîñåļ Çûţ Þŕö 7 ẊṀĻ) öŕ .éðļ (ÇṀẊ 3600).~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{path} is one of the clips; choose another --output.</source>
            <translation>⟦{path} îš öñé öƒ ţĥé çļîþš; çĥööšé åñöţĥéŕ --öûţþûţ.~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{clips} clips need {needed} keyframes, not {given}.</source>
            <translation>⟦{clips} çļîþš ñééð {needed} ķéýƒŕåɱéš, ñöţ {given}.~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{option} {path}: the folder {folder} does not exist.</source>
            <translation>⟦{option} {path}: ţĥé ƒöļðéŕ {folder} ðöéš ñöţ éẋîšţ.~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{option} {path} is a folder; give a file name.</source>
            <translation>⟦{option} {path} îš å ƒöļðéŕ; ĝîṽé å ƒîļé ñåɱé.~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{path} already exists; add --force to replace it, or choose another name.</source>
            <translation>⟦{path} åļŕéåðý éẋîšţš; åðð --ƒöŕçé ţö ŕéþļåçé îţ, öŕ çĥööšé åñöţĥéŕ ñåɱé.~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{path}: {frames} frames is too short for {transition} (needs {need}).</source>
            <translation>⟦{path}: {frames} ƒŕåɱéš îš ţöö šĥöŕţ ƒöŕ {transition} (ñééðš {need}).~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>No output file given.</source>
            <translation>⟦Ñö öûţþûţ ƒîļé ĝîṽéñ.~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{path} appeared while the film was being made; it was kept. Add --force to replace it.</source>
            <translation>⟦{path} åþþéåŕéð ŵĥîļé ţĥé ƒîļɱ ŵåš ƀéîñĝ ɱåðé; îţ ŵåš ķéþţ. Åðð --ƒöŕçé ţö ŕéþļåçé îţ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{path}: cannot be opened ({reason}).</source>
            <translation>⟦{path}: çåññöţ ƀé öþéñéð ({reason}).~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{path}: no frame could be decoded.</source>
            <translation>⟦{path}: ñö ƒŕåɱé çöûļð ƀé ðéçöðéð.~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{path}: too short for {transition}.</source>
            <translation>⟦{path}: ţöö šĥöŕţ ƒöŕ {transition}.~~~~~⟧</translation>
        </message>
        <message>
            <source>{path}: damaged, cannot be read ({reason}).</source>
            <translation>⟦{path}: ðåɱåĝéð, çåññöţ ƀé ŕéåð ({reason}).~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{path}: damaged, cannot be decoded ({reason}).</source>
            <translation>⟦{path}: ðåɱåĝéð, çåññöţ ƀé ðéçöðéð ({reason}).~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Cannot write {path}: the disk is full. Nothing was saved; free some space or choose another folder, then join again.</source>
            <translation>⟦Çåññöţ ŵŕîţé {path}: ţĥé ðîšķ îš ƒûļļ. Ñöţĥîñĝ ŵåš šåṽéð; ƒŕéé šöɱé šþåçé öŕ çĥööšé åñöţĥéŕ ƒöļðéŕ, ţĥéñ ĵöîñ åĝåîñ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Cannot write {path}: the disk quota is used up. Nothing was saved; free some space or choose another folder, then join again.</source>
            <translation>⟦Çåññöţ ŵŕîţé {path}: ţĥé ðîšķ ǫûöţå îš ûšéð ûþ. Ñöţĥîñĝ ŵåš šåṽéð; ƒŕéé šöɱé šþåçé öŕ çĥööšé åñöţĥéŕ ƒöļðéŕ, ţĥéñ ĵöîñ åĝåîñ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Cannot write {path}: the file is larger than this disk or account allows. Nothing was saved; free some space or choose another folder, then join again.</source>
            <translation>⟦Çåññöţ ŵŕîţé {path}: ţĥé ƒîļé îš ļåŕĝéŕ ţĥåñ ţĥîš ðîšķ öŕ åççöûñţ åļļöŵš. Ñöţĥîñĝ ŵåš šåṽéð; ƒŕéé šöɱé šþåçé öŕ çĥööšé åñöţĥéŕ ƒöļðéŕ, ţĥéñ ĵöîñ åĝåîñ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Cannot write {path}: permission denied. Nothing was saved; free some space or choose another folder, then join again.</source>
            <translation>⟦Çåññöţ ŵŕîţé {path}: þéŕɱîššîöñ ðéñîéð. Ñöţĥîñĝ ŵåš šåṽéð; ƒŕéé šöɱé šþåçé öŕ çĥööšé åñöţĥéŕ ƒöļðéŕ, ţĥéñ ĵöîñ åĝåîñ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Cannot write {path}: the disk is read-only. Nothing was saved; free some space or choose another folder, then join again.</source>
            <translation>⟦Çåññöţ ŵŕîţé {path}: ţĥé ðîšķ îš ŕéåð-öñļý. Ñöţĥîñĝ ŵåš šåṽéð; ƒŕéé šöɱé šþåçé öŕ çĥööšé åñöţĥéŕ ƒöļðéŕ, ţĥéñ ĵöîñ åĝåîñ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}. Nothing was saved; free some space or choose another folder, then join again.</source>
            <translation>⟦Çåññöţ ŵŕîţé {path}: {reason}. Ñöţĥîñĝ ŵåš šåṽéð; ƒŕéé šöɱé šþåçé öŕ çĥööšé åñöţĥéŕ ƒöļðéŕ, ţĥéñ ĵöîñ åĝåîñ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Unknown transition {text}: use cut, crossfade or crossfade:FRAMES (FRAMES from {least} to {most}).</source>
            <translation>⟦Ûñķñöŵñ ţŕåñšîţîöñ {text}: ûšé çûţ, çŕöššƒåðé öŕ çŕöššƒåðé:ƑŔÅṀÉŠ (ƑŔÅṀÉŠ ƒŕöɱ {least} ţö {most}).~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>A cut takes no frame count.</source>
            <translation>⟦Å çûţ ţåķéš ñö ƒŕåɱé çöûñţ.~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>A crossfade of {frames} frames is out of range: use {least} to {most}.</source>
            <translation>⟦Å çŕöššƒåðé öƒ {frames} ƒŕåɱéš îš öûţ öƒ ŕåñĝé: ûšé {least} ţö {most}.~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>--mute-clips needs --music: a film with muted clips and no music is silent.</source>
            <translation>⟦--ɱûţé-çļîþš ñééðš --ɱûšîç: å ƒîļɱ ŵîţĥ ɱûţéð çļîþš åñð ñö ɱûšîç îš šîļéñţ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>A fade of {seconds} s is out of range: use 0 to 10 seconds.</source>
            <translation>⟦Å ƒåðé öƒ {seconds} š îš öûţ öƒ ŕåñĝé: ûšé 0 ţö 10 šéçöñðš.~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Music {path}: no such file.</source>
            <translation>⟦Ṁûšîç {path}: ñö šûçĥ ƒîļé.~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Music {path}: not a sound file FFmpeg can read. Use MP3, WAV, FLAC or AAC.</source>
            <translation>⟦Ṁûšîç {path}: ñöţ å šöûñð ƒîļé ƑƑɱþéĝ çåñ ŕéåð. Ûšé ṀÞ3, ŴÅṼ, ƑĻÅÇ öŕ ÅÅÇ.~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Music {path}: has no sound.</source>
            <translation>⟦Ṁûšîç {path}: ĥåš ñö šöûñð.~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Music {path}: damaged, cannot be decoded ({reason}).</source>
            <translation>⟦Ṁûšîç {path}: ðåɱåĝéð, çåññöţ ƀé ðéçöðéð ({reason}).~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{path}: no picture could be decoded.</source>
            <translation>⟦{path}: ñö þîçţûŕé çöûļð ƀé ðéçöðéð.~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{path}: no such file.</source>
            <translation>⟦{path}: ñö šûçĥ ƒîļé.~~~~⟧</translation>
        </message>
        <message>
            <source>{path}: not a video FFmpeg can read ({reason}). Use an MP4 clip.</source>
            <translation>⟦{path}: ñöţ å ṽîðéö ƑƑɱþéĝ çåñ ŕéåð ({reason}). Ûšé åñ ṀÞ4 çļîþ.~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{path}: has no video stream.</source>
            <translation>⟦{path}: ĥåš ñö ṽîðéö šţŕéåɱ.~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{path}: the video has no picture size.</source>
            <translation>⟦{path}: ţĥé ṽîðéö ĥåš ñö þîçţûŕé šîžé.~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{path}: the video has no frame rate.</source>
            <translation>⟦{path}: ţĥé ṽîðéö ĥåš ñö ƒŕåɱé ŕåţé.~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{path}: damaged ({reason}).</source>
            <translation>⟦{path}: ðåɱåĝéð ({reason}).~~~~⟧</translation>
        </message>
        <message>
            <source>{path}: the video has no frames.</source>
            <translation>⟦{path}: ţĥé ṽîðéö ĥåš ñö ƒŕåɱéš.~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>--timeline {path}: Final Cut Pro XML and EDL need a standard frame rate (23.976, 24, 25, 29.97, 30, 50, 60 ...), and this film is at {fps} fps. Use a .otio timeline instead.</source>
            <translation>⟦--ţîɱéļîñé {path}: Ƒîñåļ Çûţ Þŕö ẊṀĻ åñð ÉÐĻ ñééð å šţåñðåŕð ƒŕåɱé ŕåţé (23.976, 24, 25, 29.97, 30, 50, 60 ...), åñð ţĥîš ƒîļɱ îš åţ {fps} ƒþš. Ûšé å .öţîö ţîɱéļîñé îñšţéåð.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{path}: use .otio, .xml or .edl.</source>
            <translation>⟦{path}: ûšé .öţîö, .ẋɱļ öŕ .éðļ.~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{path} already exists; add --force to replace it.</source>
            <translation>⟦{path} åļŕéåðý éẋîšţš; åðð --ƒöŕçé ţö ŕéþļåçé îţ.~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Could not set up a secure connection to {url}. Check the date and time of this computer, and any proxy or CA setting.</source>
            <translation>⟦Çöûļð ñöţ šéţ ûþ å šéçûŕé çöññéçţîöñ ţö {url}. Çĥéçķ ţĥé ðåţé åñð ţîɱé öƒ ţĥîš çöɱþûţéŕ, åñð åñý þŕöẋý öŕ ÇÅ šéţţîñĝ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{url} did not answer in time. Check your connection and try again.</source>
            <translation>⟦{url} ðîð ñöţ åñšŵéŕ îñ ţîɱé. Çĥéçķ ýöûŕ çöññéçţîöñ åñð ţŕý åĝåîñ.~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The connection to {url} broke before an answer arrived. Check your connection and try again.</source>
            <translation>⟦Ţĥé çöññéçţîöñ ţö {url} ƀŕöķé ƀéƒöŕé åñ åñšŵéŕ åŕŕîṽéð. Çĥéçķ ýöûŕ çöññéçţîöñ åñð ţŕý åĝåîñ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Could not connect to {url}. Check your internet connection (and the API base URL in the settings).</source>
            <translation>⟦Çöûļð ñöţ çöññéçţ ţö {url}. Çĥéçķ ýöûŕ îñţéŕñéţ çöññéçţîöñ (åñð ţĥé ÅÞÎ ƀåšé ÛŔĻ îñ ţĥé šéţţîñĝš).~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The answer from {url} is larger than {limit} bytes; refusing to read it.</source>
            <translation>⟦Ţĥé åñšŵéŕ ƒŕöɱ {url} îš ļåŕĝéŕ ţĥåñ {limit} ƀýţéš; ŕéƒûšîñĝ ţö ŕéåð îţ.~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The connection to {url} broke while reading the answer. Try again.</source>
            <translation>⟦Ţĥé çöññéçţîöñ ţö {url} ƀŕöķé ŵĥîļé ŕéåðîñĝ ţĥé åñšŵéŕ. Ţŕý åĝåîñ.~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{first} or {second}</source>
            <translation>⟦{first} öŕ {second}~⟧</translation>
        </message>
        <message>
            <source>{others}, {before_last} or {last}</source>
            <translation>⟦{others}, {before_last} öŕ {last}~⟧</translation>
        </message>
        <message>
            <source>{first}, {rest}</source>
            <translation>{first}, {rest}</translation>
        </message>
        <message>
            <source>its embedded colour profile could not be used, so colours may shift a little</source>
            <translation>⟦îţš éɱƀéððéð çöļöûŕ þŕöƒîļé çöûļð ñöţ ƀé ûšéð, šö çöļöûŕš ɱåý šĥîƒţ å ļîţţļé~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Resolution {value} is not offered; choose {choices}.</source>
            <translation>⟦Ŕéšöļûţîöñ {value} îš ñöţ öƒƒéŕéð; çĥööšé {choices}.~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Aspect ratio {value} is not offered; choose {choices}.</source>
            <translation>⟦Åšþéçţ ŕåţîö {value} îš ñöţ öƒƒéŕéð; çĥööšé {choices}.~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Fit {value} is not offered; choose {choices}.</source>
            <translation>⟦Ƒîţ {value} îš ñöţ öƒƒéŕéð; çĥööšé {choices}.~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Crop anchor {value} must be two numbers between 0 and 1.</source>
            <translation>⟦Çŕöþ åñçĥöŕ {value} ɱûšţ ƀé ţŵö ñûɱƀéŕš ƀéţŵééñ 0 åñð 1.~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Aspect ratio {value} has no frame size; choose {choices}.</source>
            <translation>⟦Åšþéçţ ŕåţîö {value} ĥåš ñö ƒŕåɱé šîžé; çĥööšé {choices}.~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{frame}: {warning}.</source>
            <translation>{frame}: {warning}.</translation>
        </message>
        <message>
            <source>{frame} is only {width}×{height} pixels; below {min_side} pixels on its short side it will look soft in the video.</source>
            <translation>⟦{frame} îš öñļý {width}×{height} þîẋéļš; ƀéļöŵ {min_side} þîẋéļš öñ îţš šĥöŕţ šîðé îţ ŵîļļ ļööķ šöƒţ îñ ţĥé ṽîðéö.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{frame}: the part kept by the {aspect_ratio} crop is only {width}×{height} pixels, so it will look soft in the video. Choose a larger picture, or the pad fit to keep all of it.</source>
            <translation>⟦{frame}: ţĥé þåŕţ ķéþţ ƀý ţĥé {aspect_ratio} çŕöþ îš öñļý {width}×{height} þîẋéļš, šö îţ ŵîļļ ļööķ šöƒţ îñ ţĥé ṽîðéö. Çĥööšé å ļåŕĝéŕ þîçţûŕé, öŕ ţĥé þåð ƒîţ ţö ķééþ åļļ öƒ îţ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{frame} is {ratio} and is sent as it is, but the video is {aspect_ratio}; the service may crop or stretch it. Choose the crop or pad fit to decide yourself.</source>
            <translation>⟦{frame} îš {ratio} åñð îš šéñţ åš îţ îš, ƀûţ ţĥé ṽîðéö îš {aspect_ratio}; ţĥé šéŕṽîçé ɱåý çŕöþ öŕ šţŕéţçĥ îţ. Çĥööšé ţĥé çŕöþ öŕ þåð ƒîţ ţö ðéçîðé ýöûŕšéļƒ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The first and last frames are the same picture, so the video starts and ends on the same frame. That suits a loop; otherwise choose a different last frame.</source>
            <translation>⟦Ţĥé ƒîŕšţ åñð ļåšţ ƒŕåɱéš åŕé ţĥé šåɱé þîçţûŕé, šö ţĥé ṽîðéö šţåŕţš åñð éñðš öñ ţĥé šåɱé ƒŕåɱé. Ţĥåţ šûîţš å ļööþ; öţĥéŕŵîšé çĥööšé å ðîƒƒéŕéñţ ļåšţ ƒŕåɱé.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The first and last frames have different shapes ({first} and {last}); each is fitted on its own, so the framing may jump.</source>
            <translation>⟦Ţĥé ƒîŕšţ åñð ļåšţ ƒŕåɱéš ĥåṽé ðîƒƒéŕéñţ šĥåþéš ({first} åñð {last}); éåçĥ îš ƒîţţéð öñ îţš öŵñ, šö ţĥé ƒŕåɱîñĝ ɱåý ĵûɱþ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The first and last frames differ a lot in size ({first_width}×{first_height} and {last_width}×{last_height}); the smaller one will look softer.</source>
            <translation>⟦Ţĥé ƒîŕšţ åñð ļåšţ ƒŕåɱéš ðîƒƒéŕ å ļöţ îñ šîžé ({first_width}×{first_height} åñð {last_width}×{last_height}); ţĥé šɱåļļéŕ öñé ŵîļļ ļööķ šöƒţéŕ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>First frame</source>
            <translation>⟦Ƒîŕšţ ƒŕåɱé~~~⟧</translation>
        </message>
        <message>
            <source>Last frame</source>
            <translation>⟦Ļåšţ ƒŕåɱé~~⟧</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>⟦Îɱåĝé~⟧</translation>
        </message>
        <message>
            <source>No first frame was chosen. Choose a JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC or AVIF file.</source>
            <translation>⟦Ñö ƒîŕšţ ƒŕåɱé ŵåš çĥöšéñ. Çĥööšé å ĴÞÉĜ, ÞÑĜ, ŴéƀÞ, ƁṀÞ, ŢÎƑƑ, ĜÎƑ, ĤÉÎÇ öŕ ÅṼÎƑ ƒîļé.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>No last frame was chosen. Choose a JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC or AVIF file.</source>
            <translation>⟦Ñö ļåšţ ƒŕåɱé ŵåš çĥöšéñ. Çĥööšé å ĴÞÉĜ, ÞÑĜ, ŴéƀÞ, ƁṀÞ, ŢÎƑƑ, ĜÎƑ, ĤÉÎÇ öŕ ÅṼÎƑ ƒîļé.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>No image was chosen. Choose a JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC or AVIF file.</source>
            <translation>⟦Ñö îɱåĝé ŵåš çĥöšéñ. Çĥööšé å ĴÞÉĜ, ÞÑĜ, ŴéƀÞ, ƁṀÞ, ŢÎƑƑ, ĜÎƑ, ĤÉÎÇ öŕ ÅṼÎƑ ƒîļé.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>No {frame} was chosen. Choose a JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC or AVIF file.</source>
            <translation>⟦Ñö {frame} ŵåš çĥöšéñ. Çĥööšé å ĴÞÉĜ, ÞÑĜ, ŴéƀÞ, ƁṀÞ, ŢÎƑƑ, ĜÎƑ, ĤÉÎÇ öŕ ÅṼÎƑ ƒîļé.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{frame} "{path}" is a {scheme}: address, which veodesk does not send. Choose a file on this computer, or give an http(s) URL.</source>
            <translation>⟦{frame} "{path}" îš å {scheme}: åððŕéšš, ŵĥîçĥ ṽéöðéšķ ðöéš ñöţ šéñð. Çĥööšé å ƒîļé öñ ţĥîš çöɱþûţéŕ, öŕ ĝîṽé åñ ĥţţþ(š) ÛŔĻ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{frame} "{path}" does not exist. Check the path, or choose the file again.</source>
            <translation>⟦{frame} "{path}" ðöéš ñöţ éẋîšţ. Çĥéçķ ţĥé þåţĥ, öŕ çĥööšé ţĥé ƒîļé åĝåîñ.~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{frame} "{path}" cannot be read ({reason}). Choose another file.</source>
            <translation>⟦{frame} "{path}" çåññöţ ƀé ŕéåð ({reason}). Çĥööšé åñöţĥéŕ ƒîļé.~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{frame} "{path}" is a folder, not an image. Choose a JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC or AVIF file.</source>
            <translation>⟦{frame} "{path}" îš å ƒöļðéŕ, ñöţ åñ îɱåĝé. Çĥööšé å ĴÞÉĜ, ÞÑĜ, ŴéƀÞ, ƁṀÞ, ŢÎƑƑ, ĜÎƑ, ĤÉÎÇ öŕ ÅṼÎƑ ƒîļé.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{frame} "{path}" is not a regular file. Choose a JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC or AVIF file.</source>
            <translation>⟦{frame} "{path}" îš ñöţ å ŕéĝûļåŕ ƒîļé. Çĥööšé å ĴÞÉĜ, ÞÑĜ, ŴéƀÞ, ƁṀÞ, ŢÎƑƑ, ĜÎƑ, ĤÉÎÇ öŕ ÅṼÎƑ ƒîļé.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{frame} "{path}" is empty (0 bytes). Export or download the picture again.</source>
            <translation>⟦{frame} "{path}" îš éɱþţý (0 ƀýţéš). Éẋþöŕţ öŕ ðöŵñļöåð ţĥé þîçţûŕé åĝåîñ.~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{frame} "{path}" cannot be read: permission denied. Check the file's permissions, or copy it to a folder of yours and choose the copy.</source>
            <translation>⟦{frame} "{path}" çåññöţ ƀé ŕéåð: þéŕɱîššîöñ ðéñîéð. Çĥéçķ ţĥé ƒîļé'š þéŕɱîššîöñš, öŕ çöþý îţ ţö å ƒöļðéŕ öƒ ýöûŕš åñð çĥööšé ţĥé çöþý.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{frame} "{path}" is a HEIC/HEIF picture, which needs an optional plugin. Install it with: {command}, or save the picture as JPEG.</source>
            <translation>⟦{frame} "{path}" îš å ĤÉÎÇ/ĤÉÎƑ þîçţûŕé, ŵĥîçĥ ñééðš åñ öþţîöñåļ þļûĝîñ. Îñšţåļļ îţ ŵîţĥ: {command}, öŕ šåṽé ţĥé þîçţûŕé åš ĴÞÉĜ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{frame} "{path}" is an AVIF picture, and this installation of Pillow cannot read AVIF. Install a Pillow with AVIF support ({command}), or save the picture as JPEG.</source>
            <translation>⟦{frame} "{path}" îš åñ ÅṼÎƑ þîçţûŕé, åñð ţĥîš îñšţåļļåţîöñ öƒ Þîļļöŵ çåññöţ ŕéåð ÅṼÎƑ. Îñšţåļļ å Þîļļöŵ ŵîţĥ ÅṼÎƑ šûþþöŕţ ({command}), öŕ šåṽé ţĥé þîçţûŕé åš ĴÞÉĜ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{frame} "{path}" is not an image veodesk can read. Choose a JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC or AVIF file.</source>
            <translation>⟦{frame} "{path}" îš ñöţ åñ îɱåĝé ṽéöðéšķ çåñ ŕéåð. Çĥööšé å ĴÞÉĜ, ÞÑĜ, ŴéƀÞ, ƁṀÞ, ŢÎƑƑ, ĜÎƑ, ĤÉÎÇ öŕ ÅṼÎƑ ƒîļé.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{frame} "{path}" disappeared while it was being read. Choose the file again.</source>
            <translation>⟦{frame} "{path}" ðîšåþþéåŕéð ŵĥîļé îţ ŵåš ƀéîñĝ ŕéåð. Çĥööšé ţĥé ƒîļé åĝåîñ.~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{frame} "{path}" uses a colour mode ({mode}) that veodesk cannot convert. Save it as an RGB JPEG or PNG and choose that.</source>
            <translation>⟦{frame} "{path}" ûšéš å çöļöûŕ ɱöðé ({mode}) ţĥåţ ṽéöðéšķ çåññöţ çöñṽéŕţ. Šåṽé îţ åš åñ ŔĜƁ ĴÞÉĜ öŕ ÞÑĜ åñð çĥööšé ţĥåţ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{frame} "{path}" is too large to decode on this computer. Choose a smaller picture.</source>
            <translation>⟦{frame} "{path}" îš ţöö ļåŕĝé ţö ðéçöðé öñ ţĥîš çöɱþûţéŕ. Çĥööšé å šɱåļļéŕ þîçţûŕé.~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{frame} "{path}" could not be read ({reason}). Choose another file.</source>
            <translation>⟦{frame} "{path}" çöûļð ñöţ ƀé ŕéåð ({reason}). Çĥööšé åñöţĥéŕ ƒîļé.~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{frame} "{path}" is damaged or incomplete (truncated or corrupt). Export or download it again, or choose another file.</source>
            <translation>⟦{frame} "{path}" îš ðåɱåĝéð öŕ îñçöɱþļéţé (ţŕûñçåţéð öŕ çöŕŕûþţ). Éẋþöŕţ öŕ ðöŵñļöåð îţ åĝåîñ, öŕ çĥööšé åñöţĥéŕ ƒîļé.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{frame} "{path}" has {width}×{height} pixels, over the safety limit of {limit} megapixels that guards against decompression bombs. Shrink it in an image editor first, or choose another file.</source>
            <translation>⟦{frame} "{path}" ĥåš {width}×{height} þîẋéļš, öṽéŕ ţĥé šåƒéţý ļîɱîţ öƒ {limit} ɱéĝåþîẋéļš ţĥåţ ĝûåŕðš åĝåîñšţ ðéçöɱþŕéššîöñ ƀöɱƀš. Šĥŕîñķ îţ îñ åñ îɱåĝé éðîţöŕ ƒîŕšţ, öŕ çĥööšé åñöţĥéŕ ƒîļé.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{frame} "{path}" has more pixels, over the safety limit of {limit} megapixels that guards against decompression bombs. Shrink it in an image editor first, or choose another file.</source>
            <translation>⟦{frame} "{path}" ĥåš ɱöŕé þîẋéļš, öṽéŕ ţĥé šåƒéţý ļîɱîţ öƒ {limit} ɱéĝåþîẋéļš ţĥåţ ĝûåŕðš åĝåîñšţ ðéçöɱþŕéššîöñ ƀöɱƀš. Šĥŕîñķ îţ îñ åñ îɱåĝé éðîţöŕ ƒîŕšţ, öŕ çĥööšé åñöţĥéŕ ƒîļé.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{frame} "{path}" is only {width}×{height} pixels, too small to be useful. Choose a picture at least {min_side} pixels on each side (720 or more is best).</source>
            <translation>⟦{frame} "{path}" îš öñļý {width}×{height} þîẋéļš, ţöö šɱåļļ ţö ƀé ûšéƒûļ. Çĥööšé å þîçţûŕé åţ ļéåšţ {min_side} þîẋéļš öñ éåçĥ šîðé (720 öŕ ɱöŕé îš ƀéšţ).~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{frame} "{path}" is a URL; previews are made from files on this computer only.</source>
            <translation>⟦{frame} "{path}" îš å ÛŔĻ; þŕéṽîéŵš åŕé ɱåðé ƒŕöɱ ƒîļéš öñ ţĥîš çöɱþûţéŕ öñļý.~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The prompt is empty. Describe what happens between the frames.</source>
            <translation>⟦Ţĥé þŕöɱþţ îš éɱþţý. Ðéšçŕîƀé ŵĥåţ ĥåþþéñš ƀéţŵééñ ţĥé ƒŕåɱéš.~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The prompt is {length} characters long; shorten it to at most {limit}.</source>
            <translation>⟦Ţĥé þŕöɱþţ îš {length} çĥåŕåçţéŕš ļöñĝ; šĥöŕţéñ îţ ţö åţ ɱöšţ {limit}.~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Choose a first frame.</source>
            <translation>⟦Çĥööšé å ƒîŕšţ ƒŕåɱé.~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Choose a last frame.</source>
            <translation>⟦Çĥööšé å ļåšţ ƒŕåɱé.~~~~~~⟧</translation>
        </message>
        <message>
            <source>Duration {value} is not offered; choose {choices} seconds.</source>
            <translation>⟦Ðûŕåţîöñ {value} îš ñöţ öƒƒéŕéð; çĥööšé {choices} šéçöñðš.~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Audio must be on or off.</source>
            <translation>⟦Åûðîö ɱûšţ ƀé öñ öŕ öƒƒ.~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>expected a JSON object</source>
            <translation>⟦éẋþéçţéð å ĴŠÖÑ öƀĵéçţ~~~~~~~⟧</translation>
        </message>
        <message>
            <source>missing or invalid 'id'</source>
            <translation>⟦ɱîššîñĝ öŕ îñṽåļîð 'îð'~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>missing or invalid 'status'</source>
            <translation>⟦ɱîššîñĝ öŕ îñṽåļîð 'šţåţûš'~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>⟦Ðûŕåţîöñ~~⟧</translation>
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
            <source>Resolution</source>
            <translation>⟦Ŕéšöļûţîöñ~~⟧</translation>
        </message>
        <message>
            <source>Aspect ratio</source>
            <translation>⟦Åšþéçţ ŕåţîö~~~⟧</translation>
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
            <source>Fit</source>
            <translation>⟦Ƒîţ~⟧</translation>
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
            <source>Generate audio</source>
            <translation>⟦Ĝéñéŕåţé åûðîö~~~~⟧</translation>
        </message>
        <message>
            <source>audio</source>
            <translation>⟦åûðîö~⟧</translation>
        </message>
        <message>
            <source>silent</source>
            <translation>⟦šîļéñţ~⟧</translation>
        </message>
        <message>
            <source>Stopped waiting. The API cannot cancel a task, so it keeps running (and is paid for); resume the job later to fetch the video.</source>
            <translation>⟦Šţöþþéð ŵåîţîñĝ. Ţĥé ÅÞÎ çåññöţ çåñçéļ å ţåšķ, šö îţ ķééþš ŕûññîñĝ (åñð îš þåîð ƒöŕ); ŕéšûɱé ţĥé ĵöƀ ļåţéŕ ţö ƒéţçĥ ţĥé ṽîðéö.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The video is not ready yet (last status: {status}). It keeps rendering on the server; resume the job later to fetch it.</source>
            <translation>⟦Ţĥé ṽîðéö îš ñöţ ŕéåðý ýéţ (ļåšţ šţåţûš: {status}). Îţ ķééþš ŕéñðéŕîñĝ öñ ţĥé šéŕṽéŕ; ŕéšûɱé ţĥé ĵöƀ ļåţéŕ ţö ƒéţçĥ îţ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Job {job} has no saved frames to send again; start a new job instead.</source>
            <translation>⟦Ĵöƀ {job} ĥåš ñö šåṽéð ƒŕåɱéš ţö šéñð åĝåîñ; šţåŕţ å ñéŵ ĵöƀ îñšţéåð.~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Job {job}: {reason}</source>
            <translation>⟦Ĵöƀ {job}: {reason}~⟧</translation>
        </message>
        <message>
            <source>copy of job {job} without audio</source>
            <translation>⟦çöþý öƒ ĵöƀ {job} ŵîţĥöûţ åûðîö~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>copy of job {job}</source>
            <translation>⟦çöþý öƒ ĵöƀ {job}~~~⟧</translation>
        </message>
        <message>
            <source>Job {job} is being worked on elsewhere.</source>
            <translation>⟦Ĵöƀ {job} îš ƀéîñĝ ŵöŕķéð öñ éļšéŵĥéŕé.~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>not created; nothing was charged</source>
            <translation>⟦ñöţ çŕéåţéð; ñöţĥîñĝ ŵåš çĥåŕĝéð~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{reason} Trying again in {seconds} s (nothing was created).</source>
            <translation>⟦{reason} Ţŕýîñĝ åĝåîñ îñ {seconds} š (ñöţĥîñĝ ŵåš çŕéåţéð).~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>sending cancelled; nothing was sent</source>
            <translation>⟦šéñðîñĝ çåñçéļļéð; ñöţĥîñĝ ŵåš šéñţ~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Cancelled before the task was created.</source>
            <translation>⟦Çåñçéļļéð ƀéƒöŕé ţĥé ţåšķ ŵåš çŕéåţéð.~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>refused by the API</source>
            <translation>⟦ŕéƒûšéð ƀý ţĥé ÅÞÎ~~~~~~⟧</translation>
        </message>
        <message>
            <source>created as {generation_id}</source>
            <translation>⟦çŕéåţéð åš {generation_id}~~~⟧</translation>
        </message>
        <message>
            <source>The request was sent, but no usable answer came back ({reason}). The task may have been created and charged. Check your dashboard before submitting again: submitting again may cost credits.</source>
            <translation>⟦Ţĥé ŕéǫûéšţ ŵåš šéñţ, ƀûţ ñö ûšåƀļé åñšŵéŕ çåɱé ƀåçķ ({reason}). Ţĥé ţåšķ ɱåý ĥåṽé ƀééñ çŕéåţéð åñð çĥåŕĝéð. Çĥéçķ ýöûŕ ðåšĥƀöåŕð ƀéƒöŕé šûƀɱîţţîñĝ åĝåîñ: šûƀɱîţţîñĝ åĝåîñ ɱåý çöšţ çŕéðîţš.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>outcome of POST unknown</source>
            <translation>⟦öûţçöɱé öƒ ÞÖŠŢ ûñķñöŵñ~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{reason} Checking again in {seconds} s.</source>
            <translation>⟦{reason} Çĥéçķîñĝ åĝåîñ îñ {seconds} š.~~~~~~~⟧</translation>
        </message>
        <message>
            <source>the API no longer knows this generation</source>
            <translation>⟦ţĥé ÅÞÎ ñö ļöñĝéŕ ķñöŵš ţĥîš ĝéñéŕåţîöñ~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The generation failed. The server said: {server}</source>
            <translation>⟦Ţĥé ĝéñéŕåţîöñ ƒåîļéð. Ţĥé šéŕṽéŕ šåîð: {server}~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The generation failed. The server said: no reason given</source>
            <translation>⟦Ţĥé ĝéñéŕåţîöñ ƒåîļéð. Ţĥé šéŕṽéŕ šåîð: ñö ŕéåšöñ ĝîṽéñ~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The generation finished, but the server reported it finished but gave no video URL. Contact the API's support.</source>
            <translation>⟦Ţĥé ĝéñéŕåţîöñ ƒîñîšĥéð, ƀûţ ţĥé šéŕṽéŕ ŕéþöŕţéð îţ ƒîñîšĥéð ƀûţ ĝåṽé ñö ṽîðéö ÛŔĻ. Çöñţåçţ ţĥé ÅÞÎ'š šûþþöŕţ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>saved {name}</source>
            <translation>⟦šåṽéð {name}~⟧</translation>
        </message>
        <message>
            <source>Job {job} is being worked on by another veodesk window or command.</source>
            <translation>⟦Ĵöƀ {job} îš ƀéîñĝ ŵöŕķéð öñ ƀý åñöţĥéŕ ṽéöðéšķ ŵîñðöŵ öŕ çöɱɱåñð.~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>veodesk stopped while sending it</source>
            <translation>⟦ṽéöðéšķ šţöþþéð ŵĥîļé šéñðîñĝ îţ~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The CA bundle {path} in the settings does not exist; choose a PEM file or clear the setting.</source>
            <translation>⟦Ţĥé ÇÅ ƀûñðļé {path} îñ ţĥé šéţţîñĝš ðöéš ñöţ éẋîšţ; çĥööšé å ÞÉṀ ƒîļé öŕ çļéåŕ ţĥé šéţţîñĝ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>A storyboard holds at most {most} keyframes.</source>
            <translation>⟦Å šţöŕýƀöåŕð ĥöļðš åţ ɱöšţ {most} ķéýƒŕåɱéš.~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Add keyframes</source>
            <translation>⟦Åðð ķéýƒŕåɱéš~~~~⟧</translation>
        </message>
        <message>
            <source>Add keyframe</source>
            <translation>⟦Åðð ķéýƒŕåɱé~~~⟧</translation>
        </message>
        <message>
            <source>Delete keyframe</source>
            <translation>⟦Ðéļéţé ķéýƒŕåɱé~~~~⟧</translation>
        </message>
        <message>
            <source>Move keyframe</source>
            <translation>⟦Ṁöṽé ķéýƒŕåɱé~~~~⟧</translation>
        </message>
        <message>
            <source>Swap keyframes</source>
            <translation>⟦Šŵåþ ķéýƒŕåɱéš~~~~⟧</translation>
        </message>
        <message>
            <source>Replace keyframe</source>
            <translation>⟦Ŕéþļåçé ķéýƒŕåɱé~~~~~⟧</translation>
        </message>
        <message>
            <source>A prompt holds at most {most} characters.</source>
            <translation>⟦Å þŕöɱþţ ĥöļðš åţ ɱöšţ {most} çĥåŕåçţéŕš.~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Edit prompt</source>
            <translation>⟦Éðîţ þŕöɱþţ~~~⟧</translation>
        </message>
        <message>
            <source>Duration {value} is not offered.</source>
            <translation>⟦Ðûŕåţîöñ {value} îš ñöţ öƒƒéŕéð.~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Change duration</source>
            <translation>⟦Çĥåñĝé ðûŕåţîöñ~~~~⟧</translation>
        </message>
        <message>
            <source>Change audio</source>
            <translation>⟦Çĥåñĝé åûðîö~~~⟧</translation>
        </message>
        <message>
            <source>Job {job} is not a take of segment {segment}.</source>
            <translation>⟦Ĵöƀ {job} îš ñöţ å ţåķé öƒ šéĝɱéñţ {segment}.~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Choose take</source>
            <translation>⟦Çĥööšé ţåķé~~~⟧</translation>
        </message>
        <message>
            <source>Change film settings</source>
            <translation>⟦Çĥåñĝé ƒîļɱ šéţţîñĝš~~~~~~⟧</translation>
        </message>
        <message>
            <source>The keyframe {number}'s picture "{path}" cannot be read ({reason}). Put the file back or replace the keyframe.</source>
            <translation>⟦Ţĥé ķéýƒŕåɱé {number}'š þîçţûŕé "{path}" çåññöţ ƀé ŕéåð ({reason}). Þûţ ţĥé ƒîļé ƀåçķ öŕ ŕéþļåçé ţĥé ķéýƒŕåɱé.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The picture "{path}" cannot be read ({reason}). Put the file back or replace the keyframe.</source>
            <translation>⟦Ţĥé þîçţûŕé "{path}" çåññöţ ƀé ŕéåð ({reason}). Þûţ ţĥé ƒîļé ƀåçķ öŕ ŕéþļåçé ţĥé ķéýƒŕåɱé.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Storyboard {path} ({where}): {problem}</source>
            <translation>⟦Šţöŕýƀöåŕð {path} ({where}): {problem}~~~~~⟧</translation>
        </message>
        <message>
            <source>Storyboard {path}: {problem}</source>
            <translation>⟦Šţöŕýƀöåŕð {path}: {problem}~~~~⟧</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>⟦åñ öƀĵéçţ~~⟧</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>⟦å ļîšţ~⟧</translation>
        </message>
        <message>
            <source>must be a JSON object {shape}.</source>
            <translation>⟦ɱûšţ ƀé å ĴŠÖÑ öƀĵéçţ {shape}.~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>must be a JSON list {shape}.</source>
            <translation>⟦ɱûšţ ƀé å ĴŠÖÑ ļîšţ {shape}.~~~~~~~⟧</translation>
        </message>
        <message>
            <source>must be a text.</source>
            <translation>⟦ɱûšţ ƀé å ţéẋţ.~~~~⟧</translation>
        </message>
        <message>
            <source>must be a text that is not empty.</source>
            <translation>⟦ɱûšţ ƀé å ţéẋţ ţĥåţ îš ñöţ éɱþţý.~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>contains a NUL character.</source>
            <translation>⟦çöñţåîñš å ÑÛĻ çĥåŕåçţéŕ.~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>must be {choices}, not {value}.</source>
            <translation>⟦ɱûšţ ƀé {choices}, ñöţ {value}.~~~~⟧</translation>
        </message>
        <message>
            <source>must be true or false.</source>
            <translation>⟦ɱûšţ ƀé ţŕûé öŕ ƒåļšé.~~~~~~~⟧</translation>
        </message>
        <message>
            <source>must be a job number (a whole number above 0).</source>
            <translation>⟦ɱûšţ ƀé å ĵöƀ ñûɱƀéŕ (å ŵĥöļé ñûɱƀéŕ åƀöṽé 0).~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>is missing.</source>
            <translation>⟦îš ɱîššîñĝ.~~~⟧</translation>
        </message>
        <message>
            <source>cannot be "auto": every segment must share one shape. Use "16:9" or "9:16".</source>
            <translation>⟦çåññöţ ƀé "åûţö": éṽéŕý šéĝɱéñţ ɱûšţ šĥåŕé öñé šĥåþé. Ûšé "16:9" öŕ "9:16".~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>has no "image": name the picture, e.g. "frames/a.jpg".</source>
            <translation>⟦ĥåš ñö "îɱåĝé": ñåɱé ţĥé þîçţûŕé, é.ĝ. "ƒŕåɱéš/å.ĵþĝ".~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>is not a job state: {value}.</source>
            <translation>⟦îš ñöţ å ĵöƀ šţåţé: {value}.~~~~~~~⟧</translation>
        </message>
        <message>
            <source>has no "prompt".</source>
            <translation>⟦ĥåš ñö "þŕöɱþţ".~~~~~⟧</translation>
        </message>
        <message>
            <source>has no "duration" (4, 6 or 8 seconds).</source>
            <translation>⟦ĥåš ñö "ðûŕåţîöñ" (4, 6 öŕ 8 šéçöñðš).~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>is not a veodesk storyboard (no "format": "{format}").</source>
            <translation>⟦îš ñöţ å ṽéöðéšķ šţöŕýƀöåŕð (ñö "ƒöŕɱåţ": "{format}").~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>must be a whole number; this veodesk writes {version}.</source>
            <translation>⟦ɱûšţ ƀé å ŵĥöļé ñûɱƀéŕ; ţĥîš ṽéöðéšķ ŵŕîţéš {version}.~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>was written by a newer veodesk (format {version}; this one reads {supported}). Update veodesk to open it.</source>
            <translation>⟦ŵåš ŵŕîţţéñ ƀý å ñéŵéŕ ṽéöðéšķ (ƒöŕɱåţ {version}; ţĥîš öñé ŕéåðš {supported}). Ûþðåţé ṽéöðéšķ ţö öþéñ îţ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>has {count}; a storyboard has {least} to {most}.</source>
            <translation>⟦ĥåš {count}; å šţöŕýƀöåŕð ĥåš {least} ţö {most}.~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>has {count}, but {keyframes} keyframes need exactly {needed} (one between each pair).</source>
            <translation>⟦ĥåš {count}, ƀûţ {keyframes} ķéýƒŕåɱéš ñééð éẋåçţļý {needed} (öñé ƀéţŵééñ éåçĥ þåîŕ).~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>two segments have the same "id".</source>
            <translation>⟦ţŵö šéĝɱéñţš ĥåṽé ţĥé šåɱé "îð".~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>is larger than {size} MB; it is not a storyboard.</source>
            <translation>⟦îš ļåŕĝéŕ ţĥåñ {size} ṀƁ; îţ îš ñöţ å šţöŕýƀöåŕð.~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>is not UTF-8 text; it is damaged or not a storyboard.</source>
            <translation>⟦îš ñöţ ÛŢƑ-8 ţéẋţ; îţ îš ðåɱåĝéð öŕ ñöţ å šţöŕýƀöåŕð.~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>is not valid JSON ({reason}); it is damaged.</source>
            <translation>⟦îš ñöţ ṽåļîð ĴŠÖÑ ({reason}); îţ îš ðåɱåĝéð.~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>cannot be read ({reason}).</source>
            <translation>⟦çåññöţ ƀé ŕéåð ({reason}).~~~~~~⟧</translation>
        </message>
        <message>
            <source>The storyboard {path} is open in another veodesk window or command. Close it there (or wait for its render to end), then try again.</source>
            <translation>⟦Ţĥé šţöŕýƀöåŕð {path} îš öþéñ îñ åñöţĥéŕ ṽéöðéšķ ŵîñðöŵ öŕ çöɱɱåñð. Çļöšé îţ ţĥéŕé (öŕ ŵåîţ ƒöŕ îţš ŕéñðéŕ ţö éñð), ţĥéñ ţŕý åĝåîñ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Keyframe {number}'s picture {picture} is missing. Put it back or replace the keyframe (in {path}).</source>
            <translation>⟦Ķéýƒŕåɱé {number}'š þîçţûŕé {picture} îš ɱîššîñĝ. Þûţ îţ ƀåçķ öŕ ŕéþļåçé ţĥé ķéýƒŕåɱé (îñ {path}).~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>segment {segment}: {warning}</source>
            <translation>⟦šéĝɱéñţ {segment}: {warning}~~⟧</translation>
        </message>
        <message>
            <source>{path} already exists; choose another --output or add --force to replace it.</source>
            <translation>⟦{path} åļŕéåðý éẋîšţš; çĥööšé åñöţĥéŕ --öûţþûţ öŕ åðð --ƒöŕçé ţö ŕéþļåçé îţ.~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>{path} is not a file; choose another --output.</source>
            <translation>⟦{path} îš ñöţ å ƒîļé; çĥööšé åñöţĥéŕ --öûţþûţ.~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Cannot write {path}: its folder does not exist or is not writable.</source>
            <translation>⟦Çåññöţ ŵŕîţé {path}: îţš ƒöļðéŕ ðöéš ñöţ éẋîšţ öŕ îš ñöţ ŵŕîţåƀļé.~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Ask for 1 to {most} takes at a time.</source>
            <translation>⟦Åšķ ƒöŕ 1 ţö {most} ţåķéš åţ å ţîɱé.~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>There is no segment {segment}.</source>
            <translation>⟦Ţĥéŕé îš ñö šéĝɱéñţ {segment}.~~~~~~~⟧</translation>
        </message>
        <message>
            <source>segment {segment} (job {job})</source>
            <translation>⟦šéĝɱéñţ {segment} (ĵöƀ {job})~~~~⟧</translation>
        </message>
        <message>
            <source>Segment {segment} has no prompt: describe what happens between keyframes {first} and {last} (in {path}).</source>
            <translation>⟦Šéĝɱéñţ {segment} ĥåš ñö þŕöɱþţ: ðéšçŕîƀé ŵĥåţ ĥåþþéñš ƀéţŵééñ ķéýƒŕåɱéš {first} åñð {last} (îñ {path}).~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Segment {segment}: {reason}</source>
            <translation>⟦Šéĝɱéñţ {segment}: {reason}~~⟧</translation>
        </message>
        <message>
            <source>Nothing was sent. For {segments} a request was sent but no answer came back, so a task may have been created and charged. Check your dashboard; to send one again, run 'veodesk-cli resubmit JOB --yes' (it stays a take of its segment), then render again.</source>
            <translation>⟦Ñöţĥîñĝ ŵåš šéñţ. Ƒöŕ {segments} å ŕéǫûéšţ ŵåš šéñţ ƀûţ ñö åñšŵéŕ çåɱé ƀåçķ, šö å ţåšķ ɱåý ĥåṽé ƀééñ çŕéåţéð åñð çĥåŕĝéð. Çĥéçķ ýöûŕ ðåšĥƀöåŕð; ţö šéñð öñé åĝåîñ, ŕûñ 'ṽéöðéšķ-çļî ŕéšûƀɱîţ ĴÖƁ --ýéš' (îţ šţåýš å ţåķé öƒ îţš šéĝɱéñţ), ţĥéñ ŕéñðéŕ åĝåîñ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>sending job {job}</source>
            <translation>⟦šéñðîñĝ ĵöƀ {job}~~~⟧</translation>
        </message>
        <message>
            <source>resuming job {job} ({generation_id})</source>
            <translation>⟦ŕéšûɱîñĝ ĵöƀ {job} ({generation_id})~~~~~⟧</translation>
        </message>
        <message>
            <source>Job {job} ended {state}: {reason}.</source>
            <translation>⟦Ĵöƀ {job} éñðéð {state}: {reason}.~~~~⟧</translation>
        </message>
        <message>
            <source>Job {job} ended {state}: no video.</source>
            <translation>⟦Ĵöƀ {job} éñðéð {state}: ñö ṽîðéö.~~~~~~~⟧</translation>
        </message>
        <message>
            <source>done (job {job})</source>
            <translation>⟦ðöñé (ĵöƀ {job})~~~⟧</translation>
        </message>
        <message>
            <source>A segment has no finished take to join.</source>
            <translation>⟦Å šéĝɱéñţ ĥåš ñö ƒîñîšĥéð ţåķé ţö ĵöîñ.~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>failed: {reason}</source>
            <translation>⟦ƒåîļéð: {reason}~~⟧</translation>
        </message>
        <message>
            <source>The saved frame {path} is missing ({reason}); start a new job from the original pictures.</source>
            <translation>⟦Ţĥé šåṽéð ƒŕåɱé {path} îš ɱîššîñĝ ({reason}); šţåŕţ å ñéŵ ĵöƀ ƒŕöɱ ţĥé öŕîĝîñåļ þîçţûŕéš.~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>VEODESK_BILLING_URL {url} is not an http(s) URL; use e.g. {example}.</source>
            <translation>⟦ṼÉÖÐÉŠĶ_ƁÎĻĻÎÑĜ_ÛŔĻ {url} îš ñöţ åñ ĥţţþ(š) ÛŔĻ; ûšé é.ĝ. {example}.~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>API base URL {url} is not an http(s) URL; use e.g. {example}.</source>
            <translation>⟦ÅÞÎ ƀåšé ÛŔĻ {url} îš ñöţ åñ ĥţţþ(š) ÛŔĻ; ûšé é.ĝ. {example}.~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>VEODESK_BILLING_URL {url} uses plain http, which would send your key unencrypted; use https (plain http is allowed only for 127.0.0.1/localhost).</source>
            <translation>⟦ṼÉÖÐÉŠĶ_ƁÎĻĻÎÑĜ_ÛŔĻ {url} ûšéš þļåîñ ĥţţþ, ŵĥîçĥ ŵöûļð šéñð ýöûŕ ķéý ûñéñçŕýþţéð; ûšé ĥţţþš (þļåîñ ĥţţþ îš åļļöŵéð öñļý ƒöŕ 127.0.0.1/ļöçåļĥöšţ).~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>API base URL {url} uses plain http, which would send your key unencrypted; use https (plain http is allowed only for 127.0.0.1/localhost).</source>
            <translation>⟦ÅÞÎ ƀåšé ÛŔĻ {url} ûšéš þļåîñ ĥţţþ, ŵĥîçĥ ŵöûļð šéñð ýöûŕ ķéý ûñéñçŕýþţéð; ûšé ĥţţþš (þļåîñ ĥţţþ îš åļļöŵéð öñļý ƒöŕ 127.0.0.1/ļöçåļĥöšţ).~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>VEODESK_BILLING_URL {url} must not contain credentials, a query or a fragment.</source>
            <translation>⟦ṼÉÖÐÉŠĶ_ƁÎĻĻÎÑĜ_ÛŔĻ {url} ɱûšţ ñöţ çöñţåîñ çŕéðéñţîåļš, å ǫûéŕý öŕ å ƒŕåĝɱéñţ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>API base URL {url} must not contain credentials, a query or a fragment.</source>
            <translation>⟦ÅÞÎ ƀåšé ÛŔĻ {url} ɱûšţ ñöţ çöñţåîñ çŕéðéñţîåļš, å ǫûéŕý öŕ å ƒŕåĝɱéñţ.~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The generation finished, but the video URL is not an http(s) URL. Contact the API's support.</source>
            <translation>⟦Ţĥé ĝéñéŕåţîöñ ƒîñîšĥéð, ƀûţ ţĥé ṽîðéö ÛŔĻ îš ñöţ åñ ĥţţþ(š) ÛŔĻ. Çöñţåçţ ţĥé ÅÞÎ'š šûþþöŕţ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The generation finished, but the video URL points at this computer. Contact the API's support.</source>
            <translation>⟦Ţĥé ĝéñéŕåţîöñ ƒîñîšĥéð, ƀûţ ţĥé ṽîðéö ÛŔĻ þöîñţš åţ ţĥîš çöɱþûţéŕ. Çöñţåçţ ţĥé ÅÞÎ'š šûþþöŕţ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
    </context>
    <context>
        <name>problems</name>
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
        <message>
            <source>Job {job}: {problem}</source>
            <translation>⟦Ĵöƀ {job}: {problem}~⟧</translation>
        </message>
        <message>
            <source>Job {job}: The API refused your key ({reason}). Check it in the settings, or create a new one at {url}.</source>
            <translation>⟦Ĵöƀ {job}: Ţĥé ÅÞÎ ŕéƒûšéð ýöûŕ ķéý ({reason}). Çĥéçķ îţ îñ ţĥé šéţţîñĝš, öŕ çŕéåţé å ñéŵ öñé åţ {url}.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>The API refused your key ({reason}). Check it in the settings, or create a new one at {url}.</source>
            <translation>⟦Ţĥé ÅÞÎ ŕéƒûšéð ýöûŕ ķéý ({reason}). Çĥéçķ îţ îñ ţĥé šéţţîñĝš, öŕ çŕéåţé å ñéŵ öñé åţ {url}.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
        <message>
            <source>Job {job}: {problem} The job is kept: resume it from the history when you are ready.</source>
            <translation>⟦Ĵöƀ {job}: {problem} Ţĥé ĵöƀ îš ķéþţ: ŕéšûɱé îţ ƒŕöɱ ţĥé ĥîšţöŕý ŵĥéñ ýöû åŕé ŕéåðý.~~~~~~~~~~~~~~~~~~~~~~~~~~⟧</translation>
        </message>
    </context>
</TS>
